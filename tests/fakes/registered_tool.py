"""A small classical-model tool with its own trained model, for the registry test
(tests/tools/test_registry.py): ``count_customers`` reads what its training step ``train_count``
wrote under ``models/customer_count/``. Registered only inside that test."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field

from copilot.tools.schemas import TrainStep

if TYPE_CHECKING:
    from copilot.deps import Deps
    from copilot.tools.training import TrainingRun

MODEL = "customer_count"


class CountQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")
    region: str | None = Field(None, max_length=64, description="Only customers of this region.")
    top: int = Field(3, ge=1, le=10, description="How many regions to list.")


class CountReport(BaseModel):
    customers: int
    top_regions: list[str]
    model_version: str


def count_customers(deps: Deps, query: CountQuery) -> CountReport:
    """Count customers, in all or in one region, from the trained customer_count model."""
    art = deps.artifacts.load(MODEL)
    counts: dict[str, int] = art.meta["regions"]
    total = counts.get(query.region, 0) if query.region else sum(counts.values())
    top = sorted(counts, key=lambda r: (-counts[r], r))[: query.top]
    return CountReport(customers=total, top_regions=top, model_version=art.version)


def train_count(run: TrainingRun) -> TrainStep:
    """Customers per region, kept in the model's metadata."""
    t0 = time.perf_counter()
    rows = run.con.execute("SELECT region, COUNT(*) FROM customers GROUP BY 1").fetchall()
    regions = {str(r): int(n) for r, n in rows}
    run.progress("counting", 1.0)
    with run.store.writer(MODEL, run.version, run.common | {"regions": regions}):
        pass
    return TrainStep(name=MODEL, seconds=time.perf_counter() - t0, detail=f"{len(regions)} regions")
