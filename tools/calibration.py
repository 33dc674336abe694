"""Learning from read-outs: measured incrementality per channel and campaign objective.

Every final read-out of an approved plan (:mod:`copilot.lifecycle`) records, per channel, what the
forecast said (attributed conversions, with its range) and what the holdout measured (incremental
conversions, with its 95% interval). The forecast tool then calibrates its incremental conversions:
for a channel and objective with read-outs, ``incremental = forecast conversions x k`` where

    k = sum(measured incremental conversions) / sum(forecast conversions)

over those read-outs (a pooled ratio, so big campaigns weigh more), with a range from the pooled
interval. Without read-outs for the objective it falls back to the channel's read-outs of any
objective, and says which. The records live in ``<workspace>/learning/readouts.json`` (aggregates
only, never customer ids), written atomically.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from pydantic import BaseModel, Field, ValidationError

from copilot.fsutil import atomic_write_text
from copilot.workspace import Workspace


class ReadoutRecord(BaseModel):
    """One channel of one final read-out."""

    plan_id: str = Field(max_length=80)
    channel: str = Field(max_length=20)
    objective: str = Field(max_length=40)
    forecast_conversions: float = Field(ge=0)
    forecast_low: float | None = None
    forecast_high: float | None = None
    actual_conversions: float | None = Field(None, description="Attributed conversions from the touches.")
    incremental_conversions: float
    incremental_low: float
    incremental_high: float
    recorded_at: datetime

    @property
    def inside(self) -> bool | None:
        """Were the actual attributed conversions inside the forecast's range?"""
        if self.actual_conversions is None or self.forecast_low is None or self.forecast_high is None:
            return None
        return self.forecast_low <= self.actual_conversions <= self.forecast_high


class Calibration(BaseModel):
    """The calibration of one channel's incremental conversions."""

    channel: str
    objective: str | None = Field(None, description="None: pooled over every objective (fallback).")
    readouts: int = Field(ge=1)
    factor: float = Field(description="Measured incremental conversions per forecast conversion.")
    low: float
    high: float

    def sentence(self) -> str:
        which = f"{self.objective} campaigns" if self.objective else "campaigns of any objective (none of this one)"
        plural = "read-out" if self.readouts == 1 else "read-outs"
        # "x to y" rather than "x-y": the low end can be negative ("-0.44-12.92x" reads as a subtraction)
        none = "; the read-outs cannot rule out no effect" if self.low <= 0 else ""
        return (
            f"{self.channel}: incremental conversions calibrated on {self.readouts} {plural} of {which}: "
            f"measured incremental conversions were {self.factor:.2f}x the forecast conversions "
            f"(95% range {self.low:.2f}x to {self.high:.2f}x{none})."
        )


def store_path(ws: Workspace) -> Path:
    return ws.root / "learning" / "readouts.json"


def load_records(ws: Workspace) -> list[ReadoutRecord]:
    """Every recorded read-out channel (an unreadable file counts as none, and is left for a person)."""
    path = store_path(ws)
    if not path.exists():
        return []
    try:
        return [ReadoutRecord.model_validate(r) for r in json.loads(path.read_text(encoding="utf-8"))]
    except (ValueError, ValidationError):
        return []


def record_readout(ws: Workspace, records: list[ReadoutRecord]) -> None:
    """Replace the records of these plans with ``records`` (a read-out read again replaces its own)."""
    plans = {r.plan_id for r in records}
    kept = [r for r in load_records(ws) if r.plan_id not in plans] + records
    atomic_write_text(store_path(ws), json.dumps([r.model_dump(mode="json") for r in kept], indent=2))


def calibration_for(records: list[ReadoutRecord], channel: str, objective: str | None) -> Calibration | None:
    """The pooled factor for ``channel`` and ``objective`` (fallback: any objective), or None."""
    same = [r for r in records if r.channel == channel and r.forecast_conversions > 0]
    chosen = [r for r in same if objective and r.objective == objective]
    which: str | None = objective
    if not chosen:
        chosen, which = same, None
    if not chosen:
        return None
    f = sum(r.forecast_conversions for r in chosen)
    k = sum(r.incremental_conversions for r in chosen) / f
    half = sum(((r.incremental_high - r.incremental_low) / 2) ** 2 for r in chosen) ** 0.5 / f
    return Calibration(channel=channel, objective=which, readouts=len(chosen), factor=k, low=k - half, high=k + half)


class CalibrationRow(BaseModel):
    plan_id: str
    channel: str
    objective: str
    forecast: str
    actual: str
    inside: bool | None
    incremental: str


class CalibrationTable(BaseModel):
    """Forecast against actual over every read-out plan."""

    rows: list[CalibrationRow] = Field(default_factory=list)
    inside_share: float | None = Field(None, description="Share of actuals inside the forecast range.")
    factors: list[Calibration] = Field(default_factory=list)

    def to_markdown(self) -> str:
        if not self.rows:
            return "No read-outs recorded yet: run `copilot plans readout ID` after a campaign's window.\n"
        lines = [
            "| plan | channel | objective | forecast conversions (range) | actual | inside? | incremental (95%) |",
            "|---|---|---|---|---|---|---|",
        ]
        for r in self.rows:
            mark = "yes" if r.inside else ("no" if r.inside is False else "–")
            lines.append(f"| {r.plan_id} | {r.channel} | {r.objective} | {r.forecast} | {r.actual} | {mark} | "
                         f"{r.incremental} |")
        share = "–" if self.inside_share is None else f"{self.inside_share:.0%}"
        lines += ["", f"Actuals inside the forecast range: {share} of {len(self.rows)} channel read-outs.", ""]
        lines += [f"- {c.sentence()}" for c in self.factors]
        return "\n".join(lines) + "\n"


def calibration_table(ws: Workspace) -> CalibrationTable:
    records = load_records(ws)
    rows = []
    for r in records:
        rng = "" if r.forecast_low is None else f" ({r.forecast_low:,.0f}-{r.forecast_high or 0:,.0f})"
        rows.append(CalibrationRow(
            plan_id=r.plan_id, channel=r.channel, objective=r.objective,
            forecast=f"{r.forecast_conversions:,.0f}{rng}",
            actual="–" if r.actual_conversions is None else f"{r.actual_conversions:,.0f}",
            inside=r.inside,
            incremental=f"{r.incremental_conversions:,.0f} ({r.incremental_low:,.0f} to {r.incremental_high:,.0f})",
        ))
    judged = [r.inside for r in records if r.inside is not None]
    factors = []
    for ch, obj in sorted({(r.channel, r.objective) for r in records}):
        c = calibration_for(records, ch, obj)
        if c is not None:
            factors.append(c)
    return CalibrationTable(rows=rows, inside_share=(sum(judged) / len(judged)) if judged else None, factors=factors)
