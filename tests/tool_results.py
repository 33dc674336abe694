"""Comparing tool results across two code paths (cached and cold, in memory and as views, old and new).

Equal means equal after a JSON round trip, floats to 1e-9 relative: DuckDB sums floats in whatever order
its threads meet them, so the last bit may differ between two runs of the same query.
"""

from __future__ import annotations

import json
import math
from typing import Any

from pydantic import BaseModel

from copilot.deps import Deps
from copilot.settings import load_settings


def same(a: Any, b: Any, path: str = "") -> None:
    """Assert ``a`` equals ``b``, floats to 1e-9 relative; ``path`` names where a difference is."""
    if isinstance(a, float) or isinstance(b, float):
        assert math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12), f"{path}: {a} != {b}"
    elif isinstance(a, dict):
        assert a.keys() == b.keys(), path
        for k in a:
            same(a[k], b[k], f"{path}.{k}")
    elif isinstance(a, list):
        assert len(a) == len(b), path
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            same(x, y, f"{path}[{i}]")
    else:
        assert a == b, f"{path}: {a!r} != {b!r}"


def dump(report: BaseModel) -> Any:
    """A report as the JSON a face or the model sees."""
    return json.loads(report.model_dump_json())


def fresh(deps: Deps) -> Deps:
    """Deps on the same workspace with an empty artifact store (nothing cached, tables not yet loaded)."""
    return Deps(settings=load_settings(deps.workspace.root), workspace=deps.workspace)
