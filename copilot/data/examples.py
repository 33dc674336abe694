"""Real example datasets mapped onto the data contract.

``cdnow``: the CDNOW purchase log (69,659 purchases by 23,570 customers, 1997-01-01 to
1998-06-30; Fader, Hardie & Lee), shipped inside the PyPI package ``lifetimes``
(``lifetimes/datasets/CDNOW_master.txt``). It is located with ``importlib.util.find_spec`` --
``lifetimes`` itself is never imported -- and read in place; nothing is copied into the repo.

Mapping: one ``customers`` row per customer (signup = first purchase date, region ``unknown``,
no age band; **CDNOW has no consent data, so every consent is False** and no channel is
reachable), one ``orders`` row per line of the log (a customer can have several on one day),
a single product ``cdnow-cd`` "CD (CDNOW catalogue)" in category ``music``, and one
``order_lines`` row per order carrying the number of CDs and the amount. CDNOW has no
campaigns, touches or reviews; those tables stay empty.
"""

from __future__ import annotations

import importlib.util
import json
import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pandas as pd
from pydantic import BaseModel, Field

from copilot.data.contract import LOAD_ORDER
from copilot.data.demo import insert_frame, reset_schema
from copilot.errors import DataError, MissingArtifactError, UsageError
from copilot.workspace import Workspace

log = logging.getLogger(__name__)

EXAMPLES: dict[str, str] = {
    "cdnow": "CDNOW purchase log, 1997-98: 69,659 purchases by 23,570 customers (real data, from `lifetimes`).",
}
CDNOW_PRODUCT_ID = "cdnow-cd"


class ExampleReport(BaseModel):
    """What ``import_example`` loaded."""

    name: str
    source: str = Field(description="The file read.")
    rows: dict[str, int]
    first_order_date: date
    last_order_date: date
    notes: list[str]

    def to_text(self) -> str:
        counts = ", ".join(f"{k} {v:,}" for k, v in self.rows.items())
        return (
            f"Loaded example '{self.name}' (real data) from {self.source}: {counts}. Orders "
            f"{self.first_order_date} to {self.last_order_date}. " + " ".join(self.notes)
        )


def cdnow_path() -> Path:
    """Where ``lifetimes`` keeps ``CDNOW_master.txt``; MissingArtifactError if it is not installed."""
    hint = "Install it with `pip install 'copilot[cdnow]'`."
    spec = importlib.util.find_spec("lifetimes")
    if spec is None or not spec.submodule_search_locations:
        raise MissingArtifactError("The CDNOW example ships in the package 'lifetimes', which is not installed.",
                                   hint=hint)
    for base in spec.submodule_search_locations:
        path = Path(base) / "datasets" / "CDNOW_master.txt"
        if path.exists():
            return path
    raise MissingArtifactError("The installed 'lifetimes' package has no datasets/CDNOW_master.txt.", hint=hint)


def cdnow_frames(path: Path | None = None) -> dict[str, pd.DataFrame]:
    """The CDNOW log mapped to contract tables (customers, products, orders, order_lines)."""
    path = path or cdnow_path()
    raw = pd.read_csv(
        path, sep=r"\s+", skiprows=1, header=None, names=["customer", "day", "cds", "dollars"],
        dtype={"customer": str, "day": str, "cds": "int64", "dollars": "float64"},
    )
    if raw.empty:
        raise DataError("the CDNOW file has no rows.", file=str(path))
    ts = pd.to_datetime(raw["day"], format="%Y%m%d")
    orders = pd.DataFrame({
        "order_id": [f"CDNOW-{i:05d}" for i in range(1, len(raw) + 1)],
        "customer_id": raw["customer"].astype(object),
        "order_ts": ts,
        "amount": raw["dollars"].round(2),
    })
    firsts = orders.groupby("customer_id", sort=True)["order_ts"].min()
    customers = pd.DataFrame({
        "customer_id": firsts.index.astype(object),
        "signup_date": firsts.dt.date.to_numpy(),
        "region": "unknown",
        "age_band": None,
        "consent_email": False,
        "consent_sms": False,
        "consent_push": False,
    })
    price = round(float(raw["dollars"].sum() / max(int(raw["cds"].sum()), 1)), 2)
    products = pd.DataFrame([{
        "product_id": CDNOW_PRODUCT_ID,
        "name": "CD (CDNOW catalogue)",
        "category": "music",
        "price": price,
        "attributes": json.dumps({"source": "CDNOW", "note": "all CDs of the log are one product; price is "
                                  "the average paid per CD"}, sort_keys=True),
    }])
    order_lines = pd.DataFrame({
        "order_id": orders["order_id"],
        "line_no": 1,
        "product_id": CDNOW_PRODUCT_ID,
        "quantity": raw["cds"].clip(lower=1),
        "amount": orders["amount"],
    })
    return {"customers": customers, "products": products, "orders": orders, "order_lines": order_lines}


def import_example(
    workspace: Workspace,
    name: str,
    *,
    force: bool = False,
    progress: Callable[[str, float], None] | None = None,
) -> ExampleReport:
    """Load the example dataset ``name`` (only ``cdnow`` so far) as the workspace's whole data.

    An example is a complete dataset, so it replaces every table (atomically, through
    ``Workspace.rebuild_database``). A workspace that already has data is refused unless ``force``.
    """
    if name not in EXAMPLES:
        raise UsageError(f"unknown example '{name}'; known: {', '.join(EXAMPLES)}.")
    if workspace.exists() and not force:
        raise UsageError(
            f"Workspace {workspace.root} already has data; loading '{name}' would replace all of it.",
            hint="Pass --force to replace it, or choose another folder with --workspace.",
        )
    prog = progress or (lambda _s, _f: None)
    path = cdnow_path()
    prog("reading CDNOW", 0.1)
    frames = cdnow_frames(path)
    with workspace.rebuild_database() as con:
        reset_schema(con)
        for i, table in enumerate(n for n in LOAD_ORDER if n in frames):
            prog(f"writing {table}", 0.3 + 0.7 * i / len(frames))
            insert_frame(con, table, frames[table])
    prog("done", 1.0)
    ts = frames["orders"]["order_ts"]
    return ExampleReport(
        name=name,
        source=str(path),
        rows={t: len(frames[t]) if t in frames else 0 for t in LOAD_ORDER},
        first_order_date=ts.min().date(),
        last_order_date=ts.max().date(),
        notes=[
            "CDNOW has no consent data: every consent is False, so no channel is reachable.",
            "It has no regions, campaigns, touches or reviews; all CDs are one product 'cdnow-cd'.",
        ],
    )
