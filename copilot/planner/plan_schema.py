"""Typed inputs and outputs of the campaign planner.

Named ``plan_schema``, not ``models``: in copilot a model is a language model or a trained model.

A :class:`CampaignPlan` is assembled by code from :class:`Evidence` (tool outputs); the language
model only writes the words of :class:`CopyVariant`. Every number in a plan is a :class:`Figure`
whose ``source`` is a dotted path into the plan's evidence (``"channel_stats.email.conversion_rate"``,
``"forecast.revenue.low"``, ``"derived.budget.sms"``), so the numbers check can trace each one and a
reader can see where it came from.

``CampaignPlan.model_dump_json()`` is the plan's JSON schema exactly (``copilot plan --format json``). Rendering lives
in :mod:`copilot.planner.render` (Markdown) and :mod:`copilot.planner.render_html`; the methods here delegate to them.

The request types live in :mod:`copilot.planner.brief_schema`, the evidence and figure types in
:mod:`copilot.planner.evidence_schema`, the plan's record (checks, timings, approval, the tool's
summary) in :mod:`copilot.planner.plan_records`; this module holds the plan and re-exports every name.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field

from copilot.data.contract import Channel
from copilot.llm.tokens import CostLedger
from copilot.planner.brief_schema import (
    BriefIncomplete,
    CampaignBrief,
    Objective,
    PlanOverrides,
    PlanRequest,
    Str40,
    Str80,
    Str120,
    Str200,
    Str300,
)
from copilot.planner.evidence_schema import (
    CURRENCY_SYMBOLS,
    Derived,
    Evidence,
    EvidenceItem,
    FactRef,
    Figure,
    Unit,
    format_number,
)
from copilot.planner.plan_records import (
    Approval,
    CheckResult,
    CheckStatus,
    PlanSummary,
    Rejection,
    StepTiming,
)

__all__ = [
    "CURRENCY_SYMBOLS",
    "KPI",
    "ABTest",
    "Approval",
    "Audience",
    "BriefIncomplete",
    "BudgetLine",
    "BudgetSplit",
    "CampaignBrief",
    "CampaignPlan",
    "Channel",
    "ChannelPlan",
    "ChannelReach",
    "CheckResult",
    "CheckStatus",
    "Citation",
    "CopyVariant",
    "Derived",
    "Evidence",
    "EvidenceItem",
    "FactRef",
    "Figure",
    "ForecastSummary",
    "Holdout",
    "Objective",
    "Offer",
    "PlanOverrides",
    "PlanRequest",
    "PlanResult",
    "PlanSummary",
    "Rejection",
    "ScheduledSend",
    "StepTiming",
    "Str40",
    "Str80",
    "Str120",
    "Str200",
    "Str300",
    "Unit",
    "Variant",
    "format_number",
]

Variant = Literal["A", "B"]


def _both_variants() -> list[Variant]:
    return ["A", "B"]


# --------------------------------------------------------------------------------------------
# The plan
# --------------------------------------------------------------------------------------------


class ChannelReach(BaseModel):
    channel: Channel
    reachable: Figure = Field(..., description="Audience members consented and addressable on this channel.")


class Audience(BaseModel):
    definition: str = Field(..., max_length=300, description="Who, in words.")
    criteria: dict[str, Any] = Field(
        default_factory=dict, description="The criteria passed to segment_lookup (the tool's model, as data)."
    )
    segment: str | None = Field(None, max_length=60)
    size: Figure
    reach: list[ChannelReach] = Field(default_factory=list, max_length=4)

    def reachable(self, channel: str) -> Figure | None:
        for r in self.reach:
            if r.channel == channel:
                return r.reachable
        return None


class Holdout(BaseModel):
    share: Figure = Field(..., description="Share of the audience held out (never contacted).")
    size: Figure
    method: str = Field(..., max_length=400, description="How the size was chosen.")
    lift_measurement: str = Field(..., max_length=400, description="How lift is measured against it.")


class ChannelPlan(BaseModel):
    channel: Channel
    role: str = Field(..., max_length=120, description="What the channel does in this campaign.")
    audience: Figure = Field(..., description="Recipients targeted on this channel (after the holdout).")
    sends: int = Field(..., ge=0, le=20, description="Scheduled sends on this channel.")
    conversion_rate: Figure
    expected_conversions: Figure
    expected_revenue: Figure
    cost: Figure
    budget: Figure
    roi: Figure = Field(..., description="Expected revenue per unit of spend.")


class BudgetLine(BaseModel):
    channel: Channel
    amount: Figure
    share: Figure
    rationale: str = Field("", max_length=200)


class BudgetSplit(BaseModel):
    total: Figure
    lines: list[BudgetLine] = Field(default_factory=list, max_length=4)
    rule: str = Field(..., max_length=300, description="How the split was made.")
    sized_to_sends: bool = Field(False, description="No budget from the request: the total is the cost of the sends.")


class ForecastSummary(BaseModel):
    conversions: Figure
    revenue: Figure
    incremental_revenue: Figure | None = None
    roi: Figure | None = None
    horizon_days: int = Field(..., ge=1, le=366)
    method: str = Field("", max_length=1600)
    notes: list[str] = Field(
        default_factory=list,
        max_length=16,
        description="The forecast's assumptions, as the forecast tool stated them.",
    )


class KPI(BaseModel):
    name: str = Field(..., max_length=80)
    definition: str = Field(..., max_length=300)
    target: Figure | None = None
    measurement: str = Field("", max_length=300)


class ScheduledSend(BaseModel):
    send_date: date
    channel: Channel
    step: str = Field(..., max_length=80, description="e.g. 'launch', 'reminder', 'last chance'.")
    send_hour: int | None = Field(None, ge=0, le=23, description="Send hour in the recipient's local time.")
    variants: list[Variant] = Field(default_factory=_both_variants, max_length=2)
    audience_note: str = Field("", max_length=200)


class Citation(BaseModel):
    """A product claim in a piece of copy and the fact ids it rests on."""

    claim: str = Field(..., max_length=200)
    fact_ids: list[Str80] = Field(default_factory=list, max_length=5)


class CopyVariant(BaseModel):
    """One A/B variant of the copy for one channel. Fields unused by the channel stay ``None``.

    email: subject, preheader, body · sms: body · push: title, body · paid_social: headline, body.
    """

    channel: Channel
    variant: Variant
    angle: str = Field("", max_length=120, description="What this variant tests.")
    subject: str | None = Field(None, max_length=200)
    preheader: str | None = Field(None, max_length=200)
    title: str | None = Field(None, max_length=120)
    headline: str | None = Field(None, max_length=120)
    body: str = Field(..., max_length=1200)
    product_ids: list[Str40] = Field(default_factory=list, max_length=5)
    citations: list[Citation] = Field(default_factory=list, max_length=8)
    draft: dict[str, Any] = Field(
        default_factory=dict,
        description="The model's pieces before code assembled them (subject, intro, cta, text, fact ids).",
    )

    @property
    def key(self) -> str:
        """``sms.A``: how checks point at this variant."""
        return f"{self.channel}.{self.variant}"

    @property
    def fact_ids(self) -> list[str]:
        seen: list[str] = []
        for c in self.citations:
            for f in c.fact_ids:
                if f not in seen:
                    seen.append(f)
        return seen

    def parts(self) -> dict[str, str]:
        """The text pieces that are set, by field name (``subject``, ``preheader``, ``body`` ...)."""
        out: dict[str, str] = {}
        for name in ("subject", "preheader", "title", "headline", "body"):
            v = getattr(self, name)
            if v:
                out[name] = v
        return out


class Offer(BaseModel):
    """The campaign's offer: what it is, how deep, the code to create, when it ends and why."""

    type: Literal["percent_off", "amount_off", "free_shipping", "gift", "bogo"] = "percent_off"
    depth_pct: float | None = Field(None, ge=0, le=100, description="Discount in percent (percent_off).")
    amount: float | None = Field(None, ge=0, description="Money off (amount_off), in ``currency``.")
    currency: str | None = Field(None, max_length=3)
    words: str = Field("", max_length=120, description="The brief's own words for an offer code does not price (满300减40).")
    min_order: float | None = Field(None, ge=0, description="The order total the offer needs (满400减50, 'orders over $75'), in ``currency``.")
    code: str = Field(
        ..., max_length=40, description="Code placeholder: create it in the store before sending."
    )
    expires: date
    reason: str = Field("", max_length=300, description="Why this offer (the brief's, or the objective's).")
    margin_note: str = Field("", max_length=300, description="Priced against margin, or the assumption made.")
    line: str = Field("", max_length=160, description="The offer as copy says it.")


class ABTest(BaseModel):
    """The one hypothesis the A/B variants test: they differ in ``element`` only."""

    hypothesis: str = Field(..., max_length=300)
    element: Literal["hook", "offer", "proof"] = Field(..., description="The one element A and B differ in.")
    variant_a: str = Field(..., max_length=80)
    variant_b: str = Field(..., max_length=80)
    metric: str = Field(..., max_length=160)
    sample_per_arm: dict[str, int] = Field(
        default_factory=dict, description="Recipients per arm, by channel."
    )
    mde_note: str = Field("", max_length=300, description="The smallest difference the test can detect.")


class CampaignPlan(BaseModel):
    """A complete, checked campaign plan. Numbers are :class:`Figure` s traced to ``evidence``."""

    plan_id: str = Field(..., max_length=80)
    created_at: datetime
    name: str = Field(..., max_length=120)
    objective: str = Field(..., max_length=300)
    brief: CampaignBrief
    currency: str = Field("USD", max_length=3)
    start_date: date
    end_date: date
    audience: Audience
    holdout: Holdout
    channels: list[ChannelPlan] = Field(default_factory=list, max_length=4)
    schedule: list[ScheduledSend] = Field(default_factory=list, max_length=40)
    budget: BudgetSplit
    forecast: ForecastSummary
    kpis: list[KPI] = Field(default_factory=list, max_length=10)
    featured_products: list[Str40] = Field(default_factory=list, max_length=10)
    risks: list[Str300] = Field(default_factory=list, max_length=12)
    assumptions: list[Str300] = Field(default_factory=list, max_length=20)
    copy_variants: list[CopyVariant] = Field(default_factory=list, max_length=8)
    checks: list[CheckResult] = Field(default_factory=list)
    evidence: Evidence = Field(default_factory=Evidence)
    ledger: CostLedger = Field(default_factory=CostLedger, description="LLM calls, tokens, time and cost.")
    timings: list[StepTiming] = Field(default_factory=list, description="Wall time per workflow step.")
    approval: Approval | None = None
    rejection: Rejection | None = Field(
        None, description="Set when the plan was rejected (voids nothing else)."
    )
    model: str = Field("", max_length=120, description="The chat model that wrote the copy.")
    offer: Offer | None = Field(None, description="The offer the copy carries (none: full price).")
    ab_test: ABTest | None = Field(None, description="What the A/B variants test.")
    copy_strategy: str = Field(
        "",
        max_length=300,
        description="Which copy strategy wrote the copy (constrained or rich) and how it went.",
    )

    # --- status ----------------------------------------------------------------------------
    @property
    def passed(self) -> bool:
        """True when no check failed (warnings are allowed)."""
        return not any(c.status == "fail" for c in self.checks)

    @property
    def failed_checks(self) -> list[CheckResult]:
        return [c for c in self.checks if c.status == "fail"]

    @property
    def warnings(self) -> list[CheckResult]:
        return [c for c in self.checks if c.status == "warn"]

    def figures(self) -> list[tuple[str, Figure]]:
        """Every :class:`Figure` in the plan with its location (``channels.email.budget`` ...)."""
        out: list[tuple[str, Figure]] = []
        _collect_figures(self, "", out, skip={"evidence", "brief", "ledger", "checks", "copy_variants"})
        return out

    def variants(self, channel: str) -> list[CopyVariant]:
        return [v for v in self.copy_variants if v.channel == channel]

    def summary(self) -> str:
        """One line: name, audience, budget, forecast revenue and check status (in Chinese for a Chinese plan)."""
        from copilot.planner.render_zh_text import summary_zh

        if (zh := summary_zh(self)) is not None:
            return zh
        status = "passed all checks" if self.passed else f"{len(self.failed_checks)} check(s) failed"
        return (
            f"{self.name}: {self.audience.size.fmt(self.currency)} customers, "
            f"{'no budget applied, send cost' if self.budget.sized_to_sends else 'budget'} {self.budget.total.fmt(self.currency)}, "
            f"forecast revenue {self.forecast.revenue.fmt_range(self.currency)}; {status}."
        )

    # --- rendering ---------------------------------------------------------------------------
    def to_markdown(self) -> str:
        """The plan as Markdown (what `copilot plan` prints)."""
        from copilot.planner.render import plan_to_markdown

        return plan_to_markdown(self)

    def to_html(self) -> str:
        """A self-contained HTML report with inline CSS and SVG charts (no scripts, no external URLs)."""
        from copilot.planner.render_html import plan_to_html

        return plan_to_html(self)


def _collect_figures(
    node: Any, prefix: str, out: list[tuple[str, Figure]], skip: set[str] | None = None
) -> None:
    if isinstance(node, Figure):
        out.append((prefix, node))
        return
    if isinstance(node, BaseModel):
        for name in type(node).model_fields:
            if skip and name in skip:
                continue
            _collect_figures(getattr(node, name), f"{prefix}.{name}" if prefix else name, out)
    elif isinstance(node, list):
        for i, el in enumerate(node):
            label = getattr(el, "channel", None) or getattr(el, "name", None) or str(i)
            _collect_figures(el, f"{prefix}.{label}", out)


class PlanResult(BaseModel):
    """What ``run_plan`` returns: the plan and where it was saved."""

    plan: CampaignPlan
    path: Path

    @property
    def passed(self) -> bool:
        return self.plan.passed
