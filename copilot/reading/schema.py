"""The typed reading of a request: what the marketer asked, each value with the span it came from.

One reader (``copilot.reading.read``) produces a :class:`Reading` for briefs (``copilot plan``) and
questions (``copilot ask``, chat, Slack). Every clause of the request is either applied (a field below,
with its span) or listed in :attr:`Reading.not_applied` with the reason. Nothing is dropped silently.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from copilot.tools.conditions import Channel, Condition, Span

_STRICT = ConfigDict(extra="forbid")

Objective = Literal["winback", "retention", "acquisition", "cross_sell", "launch", "seasonal", "clearance"]
Language = Literal["en", "zh"]
#: What a question asks for (chat); a brief's intent is always "plan".
Intent = Literal[
    "plan",            # draft a campaign plan
    "count",           # how many customers match (audience size / reach on a channel)
    "segments",        # segment sizes and value
    "channel_performance",  # which channel converts best, best day/hour
    "propensity",      # who is likely to buy, expected buyers with intervals
    "recommend",       # products to recommend for a customer or audience
    "forecast",        # expected results of a campaign
    "product_facts",   # what is true about a product (cited facts)
    "reviews",         # what customers say (review themes)
    "refuse",          # asks for PII or something copilot must not do
    "other",
]  # fmt: skip
#: What a clause that was not applied would have changed.
Affects = Literal["audience", "product", "offer", "channel", "budget", "timing", "holdout", "ab_test", "other"]


class Promoted(BaseModel):
    """What the campaign or question is about: catalogue categories and/or products."""

    model_config = _STRICT
    categories: list[str] = Field(default_factory=list, max_length=15, description="Category slugs.")
    product_ids: list[str] = Field(default_factory=list, max_length=20)
    span: Span | None = None


class Channels(BaseModel):
    """Channels the request allows and excludes. ``all_channels`` for "all channels" / 全渠道."""

    model_config = _STRICT
    allowed: list[Channel] = Field(default_factory=list, max_length=4)
    excluded: list[Channel] = Field(default_factory=list, max_length=4)
    all_channels: bool = False
    only: bool = Field(False, description="'email only', 'just SMS': no other channel may be added.")
    spans: list[Span] = Field(default_factory=list, max_length=10)


class Budget(BaseModel):
    """The campaign's total budget. A spend threshold of the audience is never a budget."""

    model_config = _STRICT
    amount: float = Field(gt=0)
    currency: str | None = Field(None, max_length=3, description="ISO 4217 (USD, EUR, CNY...); None if unstated.")
    span: Span


class Window(BaseModel):
    """When the campaign runs: dates, a duration inside a period, an occasion."""

    model_config = _STRICT
    start: date | None = None
    end: date | None = None
    duration_days: int | None = Field(None, ge=1, le=366, description="'two weeks in April' = 14.")
    occasion: str | None = Field(None, max_length=40, description="black_friday, singles_day, mothers_day...")
    span: Span


class Offer(BaseModel):
    """An offer the request names ("20% off", 八折 = 20% off, "free shipping")."""

    model_config = _STRICT
    kind: Literal["percent_off", "amount_off", "free_shipping", "gift", "bogo"]
    value: float | None = Field(None, ge=0, description="Percent for percent_off; money for amount_off.")
    currency: str | None = Field(None, max_length=3)
    code: str | None = Field(None, max_length=40, pattern=r"^[A-Z0-9_-]+$", description="The code the request dictates (WELCOME10).")
    min_order: float | None = Field(None, ge=0, description="The order total the offer needs: 'orders over $75', 满400减50.")
    span: Span


class DiscountCap(BaseModel):
    """"no discount deeper than 15%", "without discounting more than 20%", 折扣不超过八五折."""

    model_config = _STRICT
    max_percent: float = Field(ge=0, le=100)
    span: Span


class NoDiscount(BaseModel):
    """"no discounts", "full price only", 不打折."""

    model_config = _STRICT
    span: Span


class ABTest(BaseModel):
    """What the request wants tested ("A/B test the subject line", "test urgency vs benefit")."""

    model_config = _STRICT
    element: Literal["subject", "offer", "timing", "channel", "message", "creative", "unspecified"]
    span: Span


class Holdout(BaseModel):
    model_config = _STRICT
    share: float = Field(ge=0, le=0.9, description="0.1 = 10% held out.")
    span: Span


class Metric(BaseModel):
    """The outcome the request optimises or asks about (revenue, conversions, reach, clicks...)."""

    model_config = _STRICT
    name: Literal["revenue", "conversions", "reach", "clicks", "opens", "aov", "retention", "roi"]
    span: Span


#: What a question's figures are broken down by ("conversion by channel", 各品类, "per month", "in each segment").
BreakdownBy = Literal["region", "channel", "category", "segment", "tier", "age", "month", "quarter", "week"]


class Breakdown(BaseModel):
    """A question asks its figure group by group or period by period (copilot/reading/breakdown.py)."""

    model_config = _STRICT
    by: BreakdownBy
    span: Span


class NotApplied(BaseModel):
    """A clause of the request that copilot did not apply, and why."""

    model_config = _STRICT
    text: str = Field(max_length=400, description="The words of the request.")
    span: Span | None = None
    affects: Affects
    reason: str = Field(max_length=300, description="Why: 'the catalogue has no insoles'.")


class Reading(BaseModel):
    """How copilot read one request."""

    model_config = _STRICT
    text: str = Field(max_length=8000)
    kind: Literal["brief", "question"]
    language: Language
    intent: Intent
    today: date = Field(description="The date relative dates were read against.")
    objective: Objective | None = None
    objective_span: Span | None = None
    audience: Condition | None = Field(None, description="Who; None = not stated (a default applies).")
    promoted: Promoted = Field(default_factory=Promoted)
    channels: Channels = Field(default_factory=Channels)
    budget: Budget | None = None
    window: Window | None = None
    period: Window | None = Field(None, description="A question's past period: 'last month', 上个月, 'in Q3' asked in the past.")
    compare_period: Window | None = Field(
        None, description="A second past period the question sets against its period: 'vs Q1 2025', 和去年同期相比, 环比."
    )
    breakdown: Breakdown | None = Field(None, description="'by channel', 'per month', 各品类, 分渠道: figures group by group.")
    offer: Offer | None = None
    discount_cap: DiscountCap | None = None
    no_discount: NoDiscount | None = None
    ab_test: ABTest | None = None
    holdout: Holdout | None = None
    metric: Metric | None = None
    top_n: int | None = Field(None, ge=1, le=1000, description="'top 5 products', 'the 3 best channels'.")
    not_applied: list[NotApplied] = Field(default_factory=list, max_length=40)
    model_notes: list[str] = Field(
        default_factory=list, max_length=20, description="What a language model read (not code); assumptions."
    )

    def changes_request(self) -> list[NotApplied]:
        """Not-applied clauses that change who is targeted, what is promoted or the offer: a plan with
        any of these needs review (``copilot plan`` exits 1)."""
        return [n for n in self.not_applied if n.affects in ("audience", "product", "offer")]

    def to_markdown(self) -> str:
        """The reading in words: each applied value with its words, then Not applied."""
        from copilot.reading.render import reading_markdown

        return reading_markdown(self)
