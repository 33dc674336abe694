"""Inputs and outputs of the classical-model tools (pydantic models, the tools' public contract).

* Query models (``*Query``, :class:`AudienceCriteria`) are what a language model fills in: every
  string and list has a ``max_length`` (small local models loop on unbounded strings) and unknown
  fields are rejected, so a hallucinated argument fails loudly instead of being ignored.
* Report models carry aggregates and pseudonymous ids only (never names, emails, phones or raw
  customer ids) and render themselves: ``summary()`` is a one-line digest for the chat's tool
  panel, ``to_markdown()`` a fuller view for plans and the terminal.

Names here are stable: the agent, the planner and the faces code against them.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from pydantic.json_schema import SkipJsonSchema

from copilot.data.contract import Channel, ConsentChannel
from copilot.tools.conditions import Condition

ValueTier = Literal["high", "mid", "low"]

#: A short identifier-like string in a query (segment, category, region, product or customer id).
ShortStr = Annotated[str, Field(min_length=1, max_length=64)]


def _named(vocabulary: str) -> Any:
    """Field constraints of a short name whose JSON schema says which vocabulary its values come
    from (``x-vocabulary``): the agent turns that into an ``enum`` of the names in the current
    artifacts (:func:`copilot.llm.schema.apply_vocabulary`), so a model cannot invent a segment."""
    return Field(min_length=1, max_length=64, json_schema_extra={"x-vocabulary": vocabulary})


#: A segment or cluster name, a category slug, a region (see :func:`copilot.tools.schema_vocabulary`).
SegmentName = Annotated[str, _named("segments")]
CategorySlug = Annotated[str, _named("categories")]
RegionName = Annotated[str, _named("regions")]

_QUERY = ConfigDict(extra="forbid", str_strip_whitespace=True)
_REPORT = ConfigDict(extra="forbid")


def _fmt_int(x: float) -> str:
    return f"{round(x):,}"


def _fmt_money(x: float) -> str:
    return f"${x:,.0f}" if abs(x) >= 100 else f"${x:,.2f}"


def _pct(x: float, digits: int = 1) -> str:
    return f"{100 * x:.{digits}f}%"


def _md_table(header: list[str], rows: list[list[str]]) -> str:
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(out)


# ----------------------------------------------------------------------------------------------
# Shared pieces
# ----------------------------------------------------------------------------------------------


class AudienceCriteria(BaseModel):
    """Who: a set of customers described by structured criteria. Every field is optional and the
    criteria combine with AND; an empty criteria object means all customers."""

    model_config = _QUERY

    segment: SegmentName | None = Field(
        None,
        description=(
            "An RFM segment (e.g. 'Champions', 'At risk', 'Hibernating') or a behavioural cluster name "
            "as listed by segment_lookup. Case-insensitive."
        ),
    )
    min_recency_days: int | None = Field(None, ge=0, le=36500, description="Last order at least this many days ago.")
    max_recency_days: int | None = Field(None, ge=0, le=36500, description="Last order at most this many days ago.")
    min_frequency: int | None = Field(None, ge=0, le=100000, description="At least this many orders ever.")
    max_frequency: int | None = Field(None, ge=0, le=100000, description="At most this many orders ever.")
    min_monetary: float | None = Field(None, ge=0, description="Lifetime spend at least this much (currency units).")
    max_monetary: float | None = Field(None, ge=0, description="Lifetime spend at most this much (currency units).")
    categories_bought: list[CategorySlug] = Field(
        default_factory=list, max_length=15,
        description="Bought in at least one of these product categories (category slugs, e.g. 'tents').",
    )
    regions: list[RegionName] = Field(default_factory=list, max_length=20, description="In one of these regions.")
    consent: list[ConsentChannel] = Field(
        default_factory=list, max_length=3, description="Opted in to ALL of these channels."
    )
    value_tier: ValueTier | None = Field(
        None,
        description="Lifetime-spend tier: 'high' = top 20% of buyers, 'mid' = next 30%, 'low' = the rest "
        "(including customers without orders).",
    )

    where: SkipJsonSchema[Condition | None] = Field(
        None,
        description="A condition tree (AND/OR/NOT of segments, windows, thresholds, engagement, propensity), "
        "as read from the request by copilot.reading; combined with the fields above by AND.",
    )

    def is_empty(self) -> bool:
        """True when no criterion is set (the audience is every customer)."""
        return self.model_dump(exclude_defaults=True) == {}

    def describe(self) -> str:
        """The criteria in words, e.g. "segment 'At risk', bought tents, consent email"."""
        parts: list[str] = []
        if self.segment:
            parts.append(f"segment '{self.segment}'")
        for lo, hi, what, unit in (
            (self.min_recency_days, self.max_recency_days, "last order", " days ago"),
            (self.min_frequency, self.max_frequency, "orders", ""),
            (self.min_monetary, self.max_monetary, "lifetime spend", ""),
        ):
            if lo is not None and hi is not None:
                parts.append(f"{what} {lo:g}-{hi:g}{unit}")
            elif lo is not None:
                parts.append(f"{what} >= {lo:g}{unit}")
            elif hi is not None:
                parts.append(f"{what} <= {hi:g}{unit}")
        if self.categories_bought:
            parts.append("bought " + " or ".join(self.categories_bought))
        if self.regions:
            parts.append("region " + " or ".join(self.regions))
        if self.consent:
            parts.append("consent " + " and ".join(self.consent))
        if self.value_tier:
            parts.append(f"{self.value_tier}-value tier")
        if self.where is not None:
            from copilot.tools.describe import describe_condition

            parts.append(describe_condition(self.where))
        return ", ".join(parts) if parts else "all customers"


class Rate(BaseModel):
    """A proportion with its Wilson 95% interval over ``n`` trials."""

    model_config = _REPORT

    value: float = Field(description="Point estimate (successes / n); 0 when n is 0.")
    low: float = Field(description="Lower end of the Wilson 95% interval.")
    high: float = Field(description="Upper end of the Wilson 95% interval.")
    n: int = Field(description="Number of trials (the denominator).")

    def __str__(self) -> str:
        return f"{_pct(self.value, 2)} ({_pct(self.low, 2)}-{_pct(self.high, 2)})"


class Interval(BaseModel):
    """A point estimate with a 95% interval."""

    model_config = _REPORT

    value: float
    low: float
    high: float


# ----------------------------------------------------------------------------------------------
# segment_lookup
# ----------------------------------------------------------------------------------------------


class SegmentQuery(BaseModel):
    """Arguments of segment_lookup. With neither field set, every RFM segment and cluster is listed."""

    model_config = _QUERY

    segment: SegmentName | None = Field(
        None, description="One RFM segment or cluster name to describe (case-insensitive)."
    )
    criteria: AudienceCriteria | None = Field(
        None, description="Describe an ad-hoc audience defined by these criteria (a live count)."
    )


class SegmentSummary(BaseModel):
    """Size and value of one segment, cluster or filtered audience."""

    model_config = _REPORT

    name: str = Field(description="Segment or cluster name (usable as AudienceCriteria.segment).")
    kind: Literal["rfm", "cluster", "filter"]
    definition: str = Field(description="How membership is defined, in words.")
    size: int = Field(description="Number of customers.")
    share: float = Field(description="Share of all customers (0-1).")
    revenue: float = Field(description="Lifetime revenue of these customers.")
    revenue_share: float = Field(description="Share of all revenue (0-1).")
    avg_order_value: float = Field(description="Revenue / orders (0 if no orders).")
    median_recency_days: float | None = Field(description="Median days since last order (None if no buyers).")
    avg_frequency: float = Field(description="Mean number of orders per customer.")
    top_categories: list[str] = Field(description="Categories with the most revenue from these customers.")
    reachable: dict[Channel, int] = Field(
        description="Customers reachable per channel (consented; paid_social needs no consent)."
    )

    def summary(self) -> str:
        return (
            f"{self.name}: {_fmt_int(self.size)} customers ({_pct(self.share)}), "
            f"{_pct(self.revenue_share)} of revenue, AOV {_fmt_money(self.avg_order_value)}"
        )


class SegmentReport(BaseModel):
    """Result of segment_lookup."""

    model_config = _REPORT

    segments: list[SegmentSummary]
    total_customers: int = Field(description="All customers in the workspace.")
    as_of: date = Field(description="The data's analytics date (day after the last order).")
    model_version: str

    def summary(self) -> str:
        if not self.segments:
            return "no segments"
        if len(self.segments) == 1:
            return self.segments[0].summary()
        biggest = max(self.segments, key=lambda s: s.size)
        return (
            f"{len(self.segments)} segments over {_fmt_int(self.total_customers)} customers; "
            f"largest {biggest.name} ({_pct(biggest.share)})"
        )

    def to_markdown(self) -> str:
        rows = [
            [
                s.name, s.kind, _fmt_int(s.size), _pct(s.share), _fmt_money(s.revenue), _pct(s.revenue_share),
                _fmt_money(s.avg_order_value),
                "-" if s.median_recency_days is None else f"{s.median_recency_days:.0f}",
                f"{s.avg_frequency:.2f}", ", ".join(s.top_categories[:3]),
                ", ".join(f"{k} {_fmt_int(v)}" for k, v in s.reachable.items()),
            ]
            for s in self.segments
        ]
        head = ["segment", "kind", "size", "share", "revenue", "rev share", "AOV", "median recency (d)",
                "avg orders", "top categories", "reachable"]
        defs = "\n".join(f"- **{s.name}**: {s.definition}" for s in self.segments)
        return (
            f"**Segments** (as of {self.as_of}, model {self.model_version})\n\n"
            f"{_md_table(head, rows)}\n\n{defs}\n"
        )


# ----------------------------------------------------------------------------------------------
# score_propensity
# ----------------------------------------------------------------------------------------------


class PropensityQuery(BaseModel):
    """Arguments of score_propensity."""

    model_config = _QUERY

    audience: AudienceCriteria | None = Field(None, description="Who to score; empty = all customers.")
    category: CategorySlug | None = Field(
        None, description="Purchase in this product category (slug); empty = any purchase."
    )
    horizon_days: int = Field(
        30, ge=7, le=180,
        description="Purchase within this many days. The model is trained at 30 days; other horizons are "
        "converted assuming a constant purchase rate (noted in the report).",
    )


class PropensityTier(BaseModel):
    """Customers whose purchase probability falls in one band."""

    model_config = _REPORT

    name: Literal["high", "medium", "low"]
    count: int
    share: float = Field(description="Share of the audience (0-1).")
    min_probability: float = Field(description="Lower bound of the band (inclusive).")
    max_probability: float = Field(description="Upper bound of the band (exclusive, 1 for 'high').")
    expected_buyers: float


class Driver(BaseModel):
    """One feature that moves the score, for this audience, in plain words."""

    model_config = _REPORT

    feature: str = Field(description="Feature name in the model.")
    label: str = Field(description="Human name of the feature.")
    direction: Literal["raises", "lowers", "neutral"] = Field(
        description="Whether this audience's value of the feature raises or lowers its score vs all customers."
    )
    importance: float = Field(description="Global importance share (0-1, permutation importance on holdout).")
    audience_value: float = Field(description="Mean value of the feature in the audience.")
    population_value: float = Field(description="Mean value of the feature over all customers.")
    audience_probability: float | None = Field(
        None, description="Model probability of buying in the category over the horizon with the feature at the "
        "audience's mean (other features as usual for the category); None for models without per-category curves.")
    population_probability: float | None = Field(
        None, description="The same with the feature at the all-customer mean.")
    explanation: str


class PropensityReport(BaseModel):
    """Result of score_propensity: how many of an audience will buy, with honest uncertainty."""

    model_config = _REPORT

    audience: str = Field(description="The audience in words.")
    category: str | None = Field(description="Category scored; None = any purchase.")
    horizon_days: int
    audience_size: int
    expected_buyers: float = Field(description="Sum of calibrated probabilities.")
    expected_buyers_low: float = Field(description="Lower end: sampling noise plus holdout calibration error.")
    expected_buyers_high: float
    mean_probability: float
    ci_low: float = Field(description="Lower end of the 95% interval of the mean probability.")
    ci_high: float
    base_rate: float = Field(
        description="Mean probability over all customers for the same category and horizon (the baseline)."
    )
    lift: float = Field(description="mean_probability / base_rate (1 = average).")
    tiers: list[PropensityTier]
    drivers: list[Driver]
    model_kind: str = Field(description="Which model family won on holdout (logistic or gradient boosting).")
    holdout_auc: float = Field(description="Area under the ROC curve on out-of-time, out-of-customer holdout.")
    calibration_error: float = Field(description="Expected calibration error (ECE, 10 bins) on holdout.")
    brier: float = Field(description="Brier score on holdout (lower is better).")
    trained_horizon_days: int
    as_of: date
    model_version: str
    notes: list[str] = Field(default_factory=list, description="Caveats the reader should know.")

    def summary(self) -> str:
        what = self.category or "anything"
        return (
            f"{_fmt_int(self.expected_buyers)} of {_fmt_int(self.audience_size)} expected to buy {what} in "
            f"{self.horizon_days}d ({_fmt_int(self.expected_buyers_low)}-{_fmt_int(self.expected_buyers_high)}); "
            f"mean p {_pct(self.mean_probability)} vs base {_pct(self.base_rate)}; AUC {self.holdout_auc:.2f}"
        )

    def to_markdown(self) -> str:
        tiers = _md_table(
            ["tier", "customers", "share", "probability", "expected buyers"],
            [[t.name, _fmt_int(t.count), _pct(t.share), f"{_pct(t.min_probability)}-{_pct(t.max_probability)}",
              f"{t.expected_buyers:,.0f}"] for t in self.tiers],
        )
        drivers = "\n".join(f"- **{d.label}** ({d.direction}, importance {d.importance:.2f}): {d.explanation}"
                            for d in self.drivers)
        notes = "\n".join(f"- {n}" for n in self.notes)
        return (
            f"**Purchase propensity** — {self.audience}; {self.category or 'any category'}; "
            f"next {self.horizon_days} days (as of {self.as_of})\n\n"
            f"- audience: {_fmt_int(self.audience_size)} customers\n"
            f"- expected buyers: {self.expected_buyers:,.0f} "
            f"(range {self.expected_buyers_low:,.0f}-{self.expected_buyers_high:,.0f})\n"
            f"- mean probability: {_pct(self.mean_probability)} ({_pct(self.ci_low)}-{_pct(self.ci_high)}), "
            f"base rate {_pct(self.base_rate)}, lift {self.lift:.2f}x\n"
            f"- model: {self.model_kind}, holdout AUC {self.holdout_auc:.3f}, ECE {self.calibration_error:.3f}, "
            f"Brier {self.brier:.3f} (version {self.model_version})\n\n{tiers}\n\n**Drivers**\n\n{drivers}\n"
            + (f"\n**Notes**\n\n{notes}\n" if notes else "")
        )


# ----------------------------------------------------------------------------------------------
# recommend_products
# ----------------------------------------------------------------------------------------------


class RecommendQuery(BaseModel):
    """Arguments of recommend_products: give a customer OR an audience (not both)."""

    model_config = _QUERY

    customer_id: ShortStr | None = Field(
        None, description="A customer's pseudonym ('cus_' + 10 hex, as returned by tools) or own id."
    )
    audience: AudienceCriteria | None = Field(None, description="Recommend for a segment or audience.")
    category: CategorySlug | None = Field(None, description="Only recommend products in this category (slug).")
    k: int = Field(5, ge=1, le=20, description="How many products.")
    include_purchased: bool | None = Field(
        None, description="For a customer: also suggest buying again products they bought (true), never (false), "
                          "or only in categories where people re-buy, when they are due (empty = that default).")


class RecommendedProduct(BaseModel):
    """One recommended product with the reason it was chosen."""

    model_config = _REPORT

    product_id: str
    name: str
    category: str
    price: float
    score: float = Field(description="Model score (relative; higher is better).")
    reason: str = Field(description="'because you bought …' or 'bought by N% of similar customers'.")
    kind: Literal["buy_again", "discover"] = Field(
        "discover", description="buy_again = the customer bought it before and is due to again; discover = new to them.")


class Recommendations(BaseModel):
    """Result of recommend_products."""

    model_config = _REPORT

    items: list[RecommendedProduct]
    method: Literal["als", "item_cosine", "popular"] = Field(
        description="als = matrix factorisation; item_cosine = item-item similarity; popular = best sellers "
        "(used when there is no purchase history to personalise from)."
    )
    for_customer: str | None = Field(description="The customer's pseudonym, when recommending for one customer.")
    audience: str | None = Field(description="The audience in words, when recommending for an audience.")
    audience_size: int = Field(description="1 for a customer; the audience size otherwise.")
    history: list[str] = Field(
        default_factory=list, description="For a customer: names of products already bought (most recent first)."
    )
    model_version: str

    def summary(self) -> str:
        who = self.for_customer or self.audience or "everyone"
        names = ", ".join(i.name for i in self.items[:3])
        return f"{len(self.items)} products for {who} ({self.method}): {names}"

    def to_markdown(self) -> str:
        who = self.for_customer or f"{self.audience} ({_fmt_int(self.audience_size)} customers)"
        rows = [[i.name, i.category, _fmt_money(i.price), f"{i.score:.3f}", i.reason] for i in self.items]
        return (
            f"**Recommendations** for {who} — method {self.method}\n\n"
            + _md_table(["product", "category", "price", "score", "why"], rows) + "\n"
        )


# ----------------------------------------------------------------------------------------------
# channel_stats
# ----------------------------------------------------------------------------------------------


class ChannelQuery(BaseModel):
    """Arguments of channel_stats; empty = every channel, all customers, all history."""

    model_config = _QUERY

    channels: list[Channel] | None = Field(None, max_length=4, description="Channels to report; empty = all.")
    audience: AudienceCriteria | None = Field(None, description="Only touches sent to this audience.")
    since: date | None = Field(None, description="Only sends on or after this date.")
    until: date | None = Field(None, description="Only sends on or before this date.")


class ChannelStats(BaseModel):
    """Funnel performance of one channel in past campaigns, with Wilson 95% intervals."""

    model_config = _REPORT

    channel: Channel
    campaigns: int
    sends: int
    delivered: int
    delivery_rate: Rate | None = Field(description="Delivered / sent; None with no sends.")
    open_rate: Rate | None = Field(description="Opened / delivered; None where opens are not tracked or no sends.")
    click_rate: Rate | None = Field(description="Clicked / delivered; None with no sends.")
    conversion_rate: Rate | None = Field(description="Attributed conversions / sent; None with no sends.")
    conversions: int
    revenue: float = Field(description="Attributed revenue.")
    revenue_per_send: Interval | None = Field(
        description="Revenue / sent with a 95% interval (normal approximation); None with no sends.")
    unsubscribe_rate: Rate | None = Field(description="Unsubscribes / delivered; None with no sends.")
    best_day: str | None = Field(description="Send weekday with the best conversion rate (Wilson lower bound).")
    best_hour: int | None = Field(description="Send hour (0-23) with the best conversion rate.")
    best_time_note: str = Field(description="How best day/hour were chosen and how much data backs them.")
    reachable: int = Field(description="Customers in the audience reachable now (consent; paid_social = all).")
    cost_per_send: float | None = Field(description="Campaign cost / sends, where costs are recorded.")
    note: str | None = Field(None, description="Why there are no rates (no campaign history / no sends), if so.")

    def summary(self) -> str:
        if self.conversion_rate is None or self.revenue_per_send is None:
            return f"{self.channel}: no past sends, reachable {_fmt_int(self.reachable)}"
        return (
            f"{self.channel}: {_fmt_int(self.sends)} sends, conv {self.conversion_rate}, "
            f"{_fmt_money(self.revenue_per_send.value)}/send, reachable {_fmt_int(self.reachable)}"
        )


class ChannelReport(BaseModel):
    """Result of channel_stats."""

    model_config = _REPORT

    channels: list[ChannelStats]
    audience: str = Field(description="The audience in words.")
    audience_size: int
    since: date | None
    until: date | None
    as_of: date

    def summary(self) -> str:
        if not self.channels:
            return "no channel data"
        rated = [(c, c.conversion_rate) for c in self.channels if c.conversion_rate is not None]
        without = [c.channel for c in self.channels if c.conversion_rate is None]
        none_note = f"no past sends on {', '.join(without)}" if without else ""
        if not rated:
            reach = ", ".join(f"{c.channel} {_fmt_int(c.reachable)}" for c in self.channels)
            return f"{none_note} for {self.audience} (no campaign history to rate); reachable now: {reach}"
        best, rate = max(rated, key=lambda cr: cr[1].value)
        return (
            f"{len(self.channels)} channels for {self.audience}; best conversion {best.channel} {rate}"
            + (f"; {none_note}" if none_note else "")
        )

    def to_markdown(self) -> str:
        def cell(v: Rate | None) -> str:
            return "-" if v is None else str(v)

        rows = [
            [
                c.channel, _fmt_int(c.campaigns), _fmt_int(c.sends), cell(c.delivery_rate), cell(c.open_rate),
                cell(c.click_rate), cell(c.conversion_rate),
                "-" if c.revenue_per_send is None else
                f"{_fmt_money(c.revenue_per_send.value)} ({_fmt_money(c.revenue_per_send.low)}-"
                f"{_fmt_money(c.revenue_per_send.high)})",
                cell(c.unsubscribe_rate), f"{c.best_day or '-'} {'' if c.best_hour is None else f'{c.best_hour}h'}",
                _fmt_int(c.reachable), "-" if c.cost_per_send is None else _fmt_money(c.cost_per_send),
            ]
            for c in self.channels
        ]
        head = ["channel", "campaigns", "sends", "delivered", "opened", "clicked", "converted", "revenue/send",
                "unsubscribed", "best time", "reachable", "cost/send"]
        period = f"{self.since or 'start'} to {self.until or self.as_of}"
        notes = "".join(f"\n- {c.note}" for c in self.channels if c.note)
        return (
            f"**Channel performance** — {self.audience} ({_fmt_int(self.audience_size)} customers), {period}; "
            f"rates with Wilson 95% intervals\n\n{_md_table(head, rows)}\n{notes}" + ("\n" if notes else "")
        )


# ----------------------------------------------------------------------------------------------
# forecast
# ----------------------------------------------------------------------------------------------


def _default_channels() -> list[Channel]:
    return ["email"]


class ForecastQuery(BaseModel):
    """Arguments of forecast: expected results of sending to an audience on some channels."""

    model_config = _QUERY

    audience: AudienceCriteria | None = Field(None, description="Who; empty = all customers.")
    channels: list[Channel] = Field(
        default_factory=_default_channels, min_length=1, max_length=4, description="Channels to send on."
    )
    category: CategorySlug | None = Field(None, description="Product category promoted (slug); empty = any.")
    horizon_days: int = Field(30, ge=7, le=180, description="Campaign window in days.")
    audience_size_override: int | None = Field(
        None, ge=0, description="Use this audience size instead of the criteria's count (scaled proportionally)."
    )
    holdout_share: float = Field(
        0.1, ge=0, le=0.5, description="Share of the audience kept as an untouched holdout to measure lift."
    )
    objective: str | None = Field(
        None, max_length=40,
        description="Campaign type (winback, retention, ...): incrementality is calibrated on past read-outs of it.",
    )


class ChannelForecast(BaseModel):
    """Expected results on one channel."""

    model_config = _REPORT

    channel: Channel
    reachable: int = Field(description="Audience members reachable on this channel (consent).")
    sends: int = Field(description="reachable minus the holdout.")
    conversion_rate: Rate = Field(description="Historical conversions per send used (Wilson 95%).")
    rate_basis: str = Field("", description="Which history the rate comes from, in words.")
    lift_applied: float | None = Field(
        None, description="Propensity lift the rate was multiplied by (bounded), or None when the rate is the "
        "audience's own history and needs no scaling.")
    expected_conversions: float
    expected_conversions_low: float
    expected_conversions_high: float
    expected_revenue: float
    expected_revenue_low: float
    expected_revenue_high: float
    cost: float | None = Field(description="sends × historical cost per send, if costs are recorded.")


class Forecast(BaseModel):
    """Result of forecast. Every number comes from the workspace's history; ranges are 95%-style."""

    model_config = _REPORT

    audience: str
    audience_size: int
    category: str | None
    horizon_days: int
    per_channel: list[ChannelForecast]
    total_conversions: float
    total_conversions_low: float
    total_conversions_high: float
    total_revenue: float
    total_revenue_low: float
    total_revenue_high: float
    total_cost: float | None
    incremental_conversions: float = Field(
        description="Conversions beyond those the audience would have made anyway (propensity baseline)."
    )
    incremental_conversions_low: float
    incremental_conversions_high: float
    expected_aov: float = Field(description="Average order value used (audience history).")
    propensity_lift: float = Field(description="Audience propensity relative to all customers (applied to rates).")
    holdout_size: int
    assumptions: list[str]
    as_of: date
    model_version: str

    def summary(self) -> str:
        return (
            f"{', '.join(c.channel for c in self.per_channel)} to {_fmt_int(self.audience_size)}: "
            f"{self.total_conversions:,.0f} conversions ({self.total_conversions_low:,.0f}-"
            f"{self.total_conversions_high:,.0f}), {_fmt_money(self.total_revenue)} "
            f"({_fmt_money(self.total_revenue_low)}-{_fmt_money(self.total_revenue_high)}), "
            f"incremental {self.incremental_conversions:,.0f}"
        )

    def to_markdown(self) -> str:
        rows = [
            [
                c.channel, _fmt_int(c.reachable), _fmt_int(c.sends), str(c.conversion_rate),
                f"{c.expected_conversions:,.0f} ({c.expected_conversions_low:,.0f}-{c.expected_conversions_high:,.0f})",
                f"{_fmt_money(c.expected_revenue)} ({_fmt_money(c.expected_revenue_low)}-"
                f"{_fmt_money(c.expected_revenue_high)})",
                "-" if c.cost is None else _fmt_money(c.cost),
            ]
            for c in self.per_channel
        ]
        table = _md_table(["channel", "reachable", "sends", "conv/send", "conversions", "revenue", "cost"], rows)
        assumptions = "\n".join(f"- {a}" for a in self.assumptions)
        return (
            f"**Forecast** — {self.audience} ({_fmt_int(self.audience_size)} customers), "
            f"{self.category or 'any category'}, {self.horizon_days} days (as of {self.as_of})\n\n{table}\n\n"
            f"- total: {self.total_conversions:,.0f} conversions ({self.total_conversions_low:,.0f}-"
            f"{self.total_conversions_high:,.0f}), {_fmt_money(self.total_revenue)} "
            f"({_fmt_money(self.total_revenue_low)}-{_fmt_money(self.total_revenue_high)})\n"
            f"- incremental over the holdout baseline: {self.incremental_conversions:,.0f} "
            f"({self.incremental_conversions_low:,.0f}-{self.incremental_conversions_high:,.0f}); "
            f"holdout {_fmt_int(self.holdout_size)} customers\n\n**Assumptions**\n\n{assumptions}\n"
        )


# ----------------------------------------------------------------------------------------------
# training
# ----------------------------------------------------------------------------------------------


class TrainStep(BaseModel):
    """One model fitted by ``copilot train``."""

    model_config = _REPORT

    name: str = Field(description="segments, propensity or recommender.")
    seconds: float
    detail: str = Field(description="What was chosen, in words (or why it was not trained).")
    metrics: dict[str, float] = Field(default_factory=dict, description="Holdout metrics.")
    trained: bool = Field(True, description="False when this data cannot train the model (detail says why).")


class TrainReport(BaseModel):
    """Result of train_all."""

    model_config = _REPORT

    version: str
    trained_at: datetime
    as_of: date
    data_fingerprint: str
    customers: int
    seconds: float
    steps: list[TrainStep]
    missing: dict[str, str] = Field(default_factory=dict,
                                    description="Models this data could not train, with the reason.")

    def summary(self) -> str:
        text = (
            f"trained {self.version} on {_fmt_int(self.customers)} customers (as of {self.as_of}) "
            f"in {self.seconds:.1f}s"
        )
        return text + "".join(f"; {name} not trained: {why}" for name, why in self.missing.items())

    def to_markdown(self) -> str:
        rows = [
            [s.name, f"{s.seconds:.1f}", s.detail, ", ".join(f"{k} {v:.3f}" for k, v in s.metrics.items())]
            for s in self.steps
        ]
        return (
            f"**Training** {self.version} — as of {self.as_of}, {_fmt_int(self.customers)} customers, "
            f"{self.seconds:.1f}s\n\n{_md_table(['model', 'seconds', 'chosen', 'holdout metrics'], rows)}\n"
        )
