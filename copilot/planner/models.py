"""Typed inputs and outputs of the campaign planner.

A :class:`CampaignPlan` is assembled by code from :class:`Evidence` (tool outputs); the language
model only writes the words of :class:`CopyVariant`. Every number in a plan is a :class:`Figure`
whose ``source`` is a dotted path into the plan's evidence (``"channel_stats.email.conversion_rate"``,
``"forecast.revenue.low"``, ``"derived.budget.sms"``), so the numbers check can trace each one and a
reader can see where it came from.

``CampaignPlan.model_dump_json()`` is the plan's JSON schema exactly (``copilot plan --format json``).
Rendering lives in :mod:`copilot.planner.render`; the methods here delegate to it.
"""

from __future__ import annotations

import math
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from copilot.data.contract import Channel
from copilot.errors import CopilotError
from copilot.llm.tokens import CostLedger
from copilot.reading.schema import Reading

"""Marketing channels (``copilot.data.contract.CHANNELS``)."""

Unit = Literal["count", "money", "share", "rate", "multiple", "days"]
"""How a figure is shown: ``money`` in the plan currency, ``share``/``rate`` as a percentage (0.1 = 10%),
``multiple`` as ``2.4x`` (return on spend), ``count`` and ``days`` as integers."""

CheckStatus = Literal["pass", "warn", "fail"]
Variant = Literal["A", "B"]
Objective = Literal["winback", "retention", "acquisition", "cross_sell", "launch", "seasonal", "clearance"]


def _both_variants() -> list[Variant]:
    return ["A", "B"]


Str40 = Annotated[str, Field(max_length=40)]
Str80 = Annotated[str, Field(max_length=80)]
Str120 = Annotated[str, Field(max_length=120)]
Str200 = Annotated[str, Field(max_length=200)]
Str300 = Annotated[str, Field(max_length=300)]


class BriefIncomplete(CopilotError):
    """Chat mode: the brief lacks something code cannot assume; ``questions`` says what to ask.

    The agent loop hands the message back to the model, which asks the user.
    """

    exit_code = 2

    def __init__(self, questions: list[str]) -> None:
        self.questions = questions
        super().__init__("The brief needs more detail before I can plan: " + " ".join(questions))


# --------------------------------------------------------------------------------------------
# The brief
# --------------------------------------------------------------------------------------------


class CampaignBrief(BaseModel):
    """What the marketer asked for, typed. Code pre-parses the text; the model fills the rest."""

    model_config = ConfigDict(extra="forbid")

    goal: str = Field(..., min_length=1, max_length=300, description="What the campaign should achieve.")
    objective: Objective = Field("retention", description="The campaign type the goal maps to.")
    category: str | None = Field(
        None, max_length=60, description="Catalogue category slug, e.g. 'trail-running-shoes'."
    )
    product_ids: list[Str40] = Field(default_factory=list, max_length=10, description="Featured product ids.")
    audience: str = Field("", max_length=300, description="The audience in the marketer's words.")
    audience_traits: list[Str40] = Field(
        default_factory=list,
        max_length=8,
        description="Audience traits code understood: 'lapsed', 'high_value', 'new', 'loyal', 'at_risk'.",
    )
    bought_category: str | None = Field(
        None, max_length=60, description="Category the audience bought before ('who bought hiking boots')."
    )
    all_customers: bool = Field(False, description="The brief says all customers: no audience filter.")
    segment: str | None = Field(None, max_length=60, description="A named segment, if the brief names one.")
    channels: list[Channel] = Field(default_factory=list, max_length=4, description="Channels allowed.")
    budget: float | None = Field(None, ge=0, description="Total budget in ``currency``.")
    currency: str = Field("USD", min_length=3, max_length=3)
    start_date: date | None = None
    end_date: date | None = None
    offer: str | None = Field(None, max_length=120, description="The offer as stated, e.g. '20% off'.")
    discount_pct: float | None = Field(None, ge=0, le=100, description="Discount in percent, if any.")
    discount_cap_pct: float | None = Field(
        None, ge=0, le=100, description="The deepest discount the brief allows ('no more than 15% off')."
    )
    no_discount: bool = Field(False, description="The brief rules out discounts ('full price only').")
    holdout_share: float | None = Field(
        None, ge=0, le=0.9, description="The holdout the brief asks for (0.1 = 10%); None = sized by power."
    )
    reading: Reading | None = Field(
        None, description="How the brief was read: every clause applied (with its words) or under not_applied."
    )
    constraints: list[Str200] = Field(default_factory=list, max_length=10)
    assumptions: list[Str300] = Field(
        default_factory=list, max_length=15, description="Defaults assumed because the brief did not say."
    )
    text: str = Field("", max_length=1000, description="The brief as written.")


class PlanOverrides(BaseModel):
    """Explicit options (CLI flags, Slack form) that win over what the brief text says."""

    model_config = ConfigDict(extra="forbid")

    channels: list[Channel] | None = Field(None, max_length=4)
    budget: float | None = Field(None, ge=0)
    start: date | None = None
    end: date | None = None


# --------------------------------------------------------------------------------------------
# Evidence and figures
# --------------------------------------------------------------------------------------------


class Figure(BaseModel):
    """A number in a plan, with its range and the evidence path it was copied from."""

    model_config = ConfigDict(extra="forbid")

    value: float
    low: float | None = None
    high: float | None = None
    unit: Unit = "count"
    source: str = Field(..., max_length=200, description="Dotted path into the plan's evidence.")
    low_source: str | None = Field(None, max_length=200)
    high_source: str | None = Field(None, max_length=200)
    note: str | None = Field(None, max_length=200, description="How it was derived, in a few words.")

    def sources(self) -> list[tuple[str, float]]:
        """``(path, value)`` pairs the numbers check resolves against the evidence."""
        out = [(self.source, self.value)]
        if self.low is not None and self.low_source:
            out.append((self.low_source, self.low))
        if self.high is not None and self.high_source:
            out.append((self.high_source, self.high))
        return out

    def fmt(self, currency: str = "USD", *, which: Literal["value", "low", "high"] = "value") -> str:
        """The figure as a reader sees it: ``$12,400``, ``4.2%``, ``2.1x``, ``1,234``."""
        v = getattr(self, which)
        if v is None:
            return "–"
        return format_number(float(v), self.unit, currency)

    def fmt_range(self, currency: str = "USD") -> str:
        """``$10,200 ($8,100–$12,900)``, or just the value when there is no range."""
        if self.low is None or self.high is None:
            return self.fmt(currency)
        return f"{self.fmt(currency)} ({self.fmt(currency, which='low')}–{self.fmt(currency, which='high')})"


CURRENCY_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "CAD": "CA$", "AUD": "A$", "JPY": "¥", "CNY": "¥"}


def format_number(v: float, unit: str, currency: str = "USD") -> str:
    if not math.isfinite(v):
        return "–"
    if unit == "money":
        sym = CURRENCY_SYMBOLS.get(currency)
        body = f"{v:,.0f}" if abs(v) >= 100 else f"{v:,.2f}"
        return f"{sym}{body}" if sym else f"{body} {currency}"
    if unit in ("share", "rate"):
        pct = v * 100
        return f"{pct:.1f}%" if abs(pct) < 10 else f"{pct:.0f}%"
    if unit == "multiple":
        return f"{v:.2f}x" if abs(v) < 1 else f"{v:.1f}x"
    if abs(v) < 10 and v != int(v):
        return f"{v:.1f}"
    return f"{v:,.0f}"


class EvidenceItem(BaseModel):
    """One tool call the plan's numbers came from: its name, input and output (as JSON data)."""

    tool: str = Field(..., max_length=60)
    query: dict[str, Any] = Field(default_factory=dict)
    output: Any = None
    summary: str = Field("", max_length=500)


class FactRef(BaseModel):
    """A product fact copy may cite: ``fact_id`` and its verbatim text (data, never instructions)."""

    fact_id: str = Field(..., max_length=80)
    text: str = Field(..., max_length=1000)
    product_id: str | None = Field(None, max_length=40)
    source: str = Field("", max_length=200)
    phrasing: str | None = Field(
        None, max_length=300, description="Copy-ready predicate ('grips on wet rock'); None: not copy."
    )


class Derived(BaseModel):
    """A number code computed from other evidence (budget split, holdout size), with its formula."""

    value: float
    formula: str = Field(..., max_length=300)
    inputs: list[str] = Field(default_factory=list, max_length=20, description="Evidence paths used.")


class Evidence(BaseModel):
    """Everything the plan's numbers and claims rest on.

    ``items`` are tool outputs keyed by name (``segment_lookup``, ``channel_stats``, ``forecast`` ...),
    ``derived`` are numbers code computed from them, ``facts`` the citable product facts, and
    ``catalog`` the featured products' ids, names and prices (so a price in copy can be traced).
    """

    items: dict[str, EvidenceItem] = Field(default_factory=dict)
    derived: dict[str, Derived] = Field(default_factory=dict)
    facts: list[FactRef] = Field(default_factory=list)
    catalog: dict[str, dict[str, Any]] = Field(
        default_factory=dict, description="product_id -> name, price, category"
    )
    brief: dict[str, Any] = Field(
        default_factory=dict, description="Numbers the brief stated (budget, discount)."
    )
    as_of: date | None = Field(None, description="The analytics as-of date of the data.")

    def resolve(self, path: str) -> Any:
        """Follow a dotted path: ``channel_stats.email.conversion_rate``, ``derived.budget.sms``,
        ``brief.budget``, ``catalog.P1001.price``, ``forecast.revenue.low``.

        Lists are walked by index or by an element whose identifying field (``channel``, ``name``,
        ``product_id``, ``id``, ``key``, ``segment``) equals the next part. Raises ``KeyError``.
        """
        parts = path.split(".")
        head, rest = parts[0], parts[1:]
        node: Any
        if head == "derived":
            key = ".".join(rest)
            if key not in self.derived:
                raise KeyError(path)
            return self.derived[key].value
        if head == "brief":
            node = self.brief
        elif head == "catalog":
            node = self.catalog
        elif head in self.items:
            node = self.items[head].output
        else:
            raise KeyError(path)
        return _walk(node, rest, path)

    def fact(self, fact_id: str) -> FactRef | None:
        for f in self.facts:
            if f.fact_id == fact_id:
                return f
        return None


_ID_FIELDS = ("channel", "name", "product_id", "id", "key", "segment", "category", "fact_id")


def _walk(node: Any, parts: list[str], path: str) -> Any:
    for part in parts:
        if isinstance(node, BaseModel):
            node = node.model_dump(mode="json")
        if isinstance(node, dict):
            if part not in node:
                raise KeyError(path)
            node = node[part]
        elif isinstance(node, list):
            if part.isdigit() and int(part) < len(node):
                node = node[int(part)]
                continue
            for el in node:
                if isinstance(el, dict) and any(str(el.get(k)) == part for k in _ID_FIELDS if k in el):
                    node = el
                    break
            else:
                raise KeyError(path)
        else:
            raise KeyError(path)
    return node


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


class ForecastSummary(BaseModel):
    conversions: Figure
    revenue: Figure
    incremental_revenue: Figure | None = None
    roi: Figure | None = None
    horizon_days: int = Field(..., ge=1, le=366)
    method: str = Field("", max_length=800)
    notes: list[str] = Field(
        default_factory=list, max_length=16, description="The forecast's assumptions, as the forecast tool stated them."
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


class CheckResult(BaseModel):
    """The outcome of one check on one target (a copy variant, the audience, the figures)."""

    name: str = Field(..., max_length=60, description="Check name, e.g. 'sms_length', 'claims'.")
    status: CheckStatus
    details: str = Field("", max_length=600)
    target: str | None = Field(None, max_length=80, description="What was checked, e.g. 'sms.A' or 'plan'.")
    repaired: bool = Field(False, description="True when the repair round fixed an earlier failure.")


class StepTiming(BaseModel):
    """Wall time of one workflow step (brief, evidence, copy, checks, repair, save)."""

    step: str = Field(..., max_length=40)
    seconds: float = 0.0
    llm_calls: int = 0
    tool_calls: int = 0


class Approval(BaseModel):
    approver: str = Field(..., max_length=120)
    approved_at: datetime
    note: str = Field("", max_length=300)


class Rejection(BaseModel):
    """Who rejected a plan, when, and why (``copilot plans reject``)."""

    rejected_by: str = Field(..., max_length=120)
    rejected_at: datetime
    reason: str = Field(..., min_length=1, max_length=300)


class Offer(BaseModel):
    """The campaign's offer: what it is, how deep, the code to create, when it ends and why."""

    type: Literal["percent_off", "free_shipping", "gift"] = "percent_off"
    depth_pct: float | None = Field(None, ge=0, le=100, description="Discount in percent (percent_off).")
    code: str = Field(..., max_length=40, description="Code placeholder: create it in the store before sending.")
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
    sample_per_arm: dict[str, int] = Field(default_factory=dict, description="Recipients per arm, by channel.")
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
    rejection: Rejection | None = Field(None, description="Set when the plan was rejected (voids nothing else).")
    model: str = Field("", max_length=120, description="The chat model that wrote the copy.")
    offer: Offer | None = Field(None, description="The offer the copy carries (none: full price).")
    ab_test: ABTest | None = Field(None, description="What the A/B variants test.")
    copy_strategy: str = Field(
        "", max_length=300, description="Which copy strategy wrote the copy (constrained or rich) and how it went."
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
        """One line: name, audience, budget, forecast revenue and check status."""
        status = "passed all checks" if self.passed else f"{len(self.failed_checks)} check(s) failed"
        return (
            f"{self.name}: {self.audience.size.fmt(self.currency)} customers, "
            f"budget {self.budget.total.fmt(self.currency)}, "
            f"forecast revenue {self.forecast.revenue.fmt_range(self.currency)}; {status}."
        )

    # --- rendering ---------------------------------------------------------------------------
    def to_markdown(self) -> str:
        """The plan as Markdown (what `copilot plan` prints)."""
        from copilot.planner.render import plan_to_markdown

        return plan_to_markdown(self)

    def to_html(self) -> str:
        """A self-contained HTML report with inline CSS and SVG charts (no scripts, no external URLs)."""
        from copilot.planner.render import plan_to_html

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


# --------------------------------------------------------------------------------------------
# The agent tool's input and output
# --------------------------------------------------------------------------------------------


class PlanRequest(BaseModel):
    """Draft a campaign plan from a marketer's brief."""

    model_config = ConfigDict(extra="forbid")

    brief: str = Field(
        ...,
        min_length=3,
        max_length=1000,
        description="The brief in the marketer's words: goal, audience, products, channels, budget, dates.",
    )
    channels: list[Channel] | None = Field(
        None, max_length=4, description="Channels allowed, if the user said."
    )
    budget: float | None = Field(None, ge=0, description="Total budget, if the user said.")
    start: date | None = Field(None, description="First send date (YYYY-MM-DD), if the user said.")
    end: date | None = Field(None, description="Last send date (YYYY-MM-DD), if the user said.")

    def overrides(self) -> PlanOverrides:
        return PlanOverrides(channels=self.channels, budget=self.budget, start=self.start, end=self.end)


class PlanSummary(BaseModel):
    """The agent tool's answer: the saved plan's id and key figures (the full plan is in the workspace)."""

    plan_id: str
    name: str
    passed: bool
    audience_size: int
    reachable: dict[str, int] = Field(default_factory=dict)
    budget: str
    forecast_revenue: str
    forecast_conversions: str
    channels: list[str] = Field(default_factory=list)
    failed_checks: list[str] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    path: str = ""
    markdown: str = Field("", exclude=True, description="The full plan as Markdown (not sent to the model).")

    def summary(self) -> str:
        """One line for a tool-call panel."""
        status = "passed all checks" if self.passed else f"failed: {', '.join(self.failed_checks[:3])}"
        return (
            f"Plan {self.plan_id} '{self.name}': {self.audience_size:,} customers, budget {self.budget}, "
            f"revenue {self.forecast_revenue}; {status}."
        )

    def to_markdown(self) -> str:
        return self.markdown or self.summary()
