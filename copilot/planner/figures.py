"""Figures of a plan, made two ways: read from the evidence at a dotted path (:func:`fig`), or
computed by code and recorded in ``evidence.derived`` with its formula and inputs (:func:`derive`),
so the numbers check can trace every number.
"""

from __future__ import annotations

from copilot.planner.plan_schema import Derived, Evidence, Figure, Unit
from copilot.textfit import clip


def fig(
    ev: Evidence,
    path: str,
    unit: Unit = "count",
    *,
    low: str | None = None,
    high: str | None = None,
    note: str | None = None,
) -> Figure:
    """A :class:`Figure` whose value (and range) are read from ``ev`` at the given paths."""
    value = float(ev.resolve(path))
    lo = float(ev.resolve(low)) if low else None
    hi = float(ev.resolve(high)) if high else None
    return Figure(
        value=value, low=lo, high=hi, unit=unit, source=path, low_source=low, high_source=high, note=note
    )


def derive(
    ev: Evidence, key: str, value: float, formula: str, inputs: list[str], unit: Unit = "count"
) -> Figure:
    """Record a code-computed value in ``ev.derived`` and return its :class:`Figure`."""
    ev.derived[key] = Derived(value=value, formula=clip(formula, 300), inputs=inputs[:20])
    return Figure(value=value, unit=unit, source=f"derived.{key}", note=clip(formula, 200))
