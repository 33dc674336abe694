"""The read-out's result types: arms, lift, channels, A/B variants, forecast checks, the read-out.

:class:`Readout` renders itself in the core formats (Markdown, HTML with an SVG chart: see
``copilot.lifecycle.readout_render``) and as JSON (``model_dump_json``). Computed by
``copilot.lifecycle.readout.compute_readout``, which re-exports these names. Split out so the
statistics code and the types a face reads (``copilot/faces/slack/readout_blocks.py``) are apart.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from copilot.lifecycle.readout_render import pts, readout_html, readout_markdown, readout_svg
from copilot.lifecycle.stats import Difference, Interval
from copilot.planner.plan_schema import format_number


class ArmResult(BaseModel):
    customers: int = Field(ge=0)
    conversions: int = Field(ge=0)
    conversion_rate: Interval
    revenue: float
    revenue_per_customer: Interval


class Lift(BaseModel):
    """Treated minus holdout: raw and CUPED, for conversion rate and revenue per customer."""

    conversion: Difference
    conversion_cuped: Difference
    revenue: Difference
    revenue_cuped: Difference
    incremental_conversions: Interval
    incremental_revenue: Interval
    variance_reduction: float = Field(ge=0, le=1, description="CUPED's variance reduction on revenue.")


class VariantResult(BaseModel):
    variant: Literal["A", "B"]
    customers: int = Field(ge=0)
    conversions: int = Field(ge=0)
    conversion_rate: Interval
    revenue_per_customer: Interval
    lift_vs_holdout: Difference


class ForecastCheck(BaseModel):
    """A forecast figure against what happened."""

    what: str = Field(max_length=80)
    unit: str = Field(max_length=10)
    forecast: float
    low: float | None = None
    high: float | None = None
    actual: float | None = None
    inside: bool | None = Field(None, description="Was the actual inside the forecast's range?")


class ChannelReadout(BaseModel):
    channel: str = Field(max_length=20)
    treated: ArmResult
    holdout: ArmResult
    lift: Lift
    sends: int = Field(0, ge=0)
    attributed_conversions: int = Field(0, ge=0)
    attributed_revenue: float = 0.0
    cost: float = 0.0
    variants: list[VariantResult] = Field(default_factory=list, max_length=2)
    ab_test: Difference | None = None
    winner: Literal["A", "B"] | None = None
    ab_reason: str = Field("", max_length=200)
    forecast: list[ForecastCheck] = Field(default_factory=list)


class Readout(BaseModel):
    """The read-out of one plan; renders itself as Markdown, HTML and JSON."""

    plan_id: str = Field(max_length=80)
    name: str = Field(max_length=120)
    objective: str = Field("", max_length=40)
    currency: str = Field("USD", max_length=3)
    window_start: date
    window_end: date
    data_until: date | None
    final: bool
    status: str = Field(max_length=300)
    treated: ArmResult
    holdout: ArmResult
    lift: Lift
    channels: list[ChannelReadout] = Field(default_factory=list, max_length=4)
    forecast: list[ForecastCheck] = Field(default_factory=list)
    cost: float
    cost_basis: str = Field(max_length=200)
    attributed_revenue: float
    roi: float | None = Field(None, description="Attributed revenue / cost.")
    incremental_roi: Interval | None = Field(None, description="Incremental revenue / cost.")
    holdout_contacted: int = Field(0, ge=0, description="Holdout customers with a touch of this campaign.")
    method: str = Field(max_length=1500)
    notes: list[str] = Field(default_factory=list, max_length=12)
    computed_at: datetime

    # --- rendering ---------------------------------------------------------------------------
    def money(self, v: float) -> str:
        return format_number(v, "money", self.currency)

    def headline(self) -> str:
        """One line: the lift with its interval and significance."""
        d = self.lift.conversion_cuped
        sig = "significant" if d.significant else "not significant"
        return (
            f"Lift {pts(d.diff.value)} conversion ({pts(d.diff.low)} to {pts(d.diff.high)}, 95%; "
            f"p = {d.p_value:.3g}, {sig}); incremental revenue {self.money(self.lift.incremental_revenue.value)} "
            f"({self.money(self.lift.incremental_revenue.low)} to {self.money(self.lift.incremental_revenue.high)})."
        )

    def ab_lines(self) -> list[str]:
        out = []
        for c in self.channels:
            if c.ab_test is None:
                continue
            if c.winner:
                out.append(f"{c.channel}: variant {c.winner} wins — {c.ab_reason}.")
            else:
                out.append(f"{c.channel}: no winner — {c.ab_reason}.")
        return out

    def to_markdown(self) -> str:
        return readout_markdown(self)

    def to_html(self) -> str:
        """A self-contained page (inline CSS and SVG, no scripts, no external URLs)."""
        return readout_html(self)

    def svg_chart(self) -> str:
        """Bars of the conversion rate per arm (overall and per channel) with 95% whiskers."""
        return readout_svg(self)


def readout_summary(r: Readout) -> dict[str, Any]:
    """Aggregates only (no customer ids): what a face or the model may see."""
    return {
        "plan_id": r.plan_id,
        "final": r.final,
        "headline": r.headline(),
        "ab": r.ab_lines(),
        "incremental_revenue": r.lift.incremental_revenue.model_dump(),
    }
