"""Schemas of the audience tools: ``segment_lookup`` (size and consent-based reach),
``score_propensity`` (purchase probability, tiers, drivers) and ``recommend_products``.
:mod:`copilot.tools.schemas` re-exports every name.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, Field

from copilot.data.contract import Channel
from copilot.tools.schema_common import (
    QUERY_CONFIG,
    REPORT_CONFIG,
    AudienceCriteria,
    CategorySlug,
    SegmentName,
    ShortStr,
    fmt_int,
    fmt_money,
    md_table,
    pct,
)

# ----------------------------------------------------------------------------------------------
# segment_lookup
# ----------------------------------------------------------------------------------------------


class SegmentQuery(BaseModel):
    """Arguments of segment_lookup. With neither field set, every RFM segment and cluster is listed."""

    model_config = QUERY_CONFIG

    segment: SegmentName | None = Field(
        None, description="One RFM segment or cluster name to describe (case-insensitive)."
    )
    criteria: AudienceCriteria | None = Field(
        None, description="Describe an ad-hoc audience defined by these criteria (a live count)."
    )


class SegmentSummary(BaseModel):
    """Size and value of one segment, cluster or filtered audience."""

    model_config = REPORT_CONFIG

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
            f"{self.name}: {fmt_int(self.size)} customers ({pct(self.share)}), "
            f"{pct(self.revenue_share)} of revenue, AOV {fmt_money(self.avg_order_value)}"
        )


class SegmentReport(BaseModel):
    """Result of segment_lookup."""

    model_config = REPORT_CONFIG

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
            f"{len(self.segments)} segments over {fmt_int(self.total_customers)} customers; "
            f"largest {biggest.name} ({pct(biggest.share)})"
        )

    def to_markdown(self) -> str:
        rows = [
            [
                s.name,
                s.kind,
                fmt_int(s.size),
                pct(s.share),
                fmt_money(s.revenue),
                pct(s.revenue_share),
                fmt_money(s.avg_order_value),
                "-" if s.median_recency_days is None else f"{s.median_recency_days:.0f}",
                f"{s.avg_frequency:.2f}",
                ", ".join(s.top_categories[:3]),
                ", ".join(f"{k} {fmt_int(v)}" for k, v in s.reachable.items()),
            ]
            for s in self.segments
        ]
        head = [
            "segment",
            "kind",
            "size",
            "share",
            "revenue",
            "rev share",
            "AOV",
            "median recency (d)",
            "avg orders",
            "top categories",
            "reachable",
        ]
        defs = "\n".join(f"- **{s.name}**: {s.definition}" for s in self.segments)
        return (
            f"**Segments** (as of {self.as_of}, model {self.model_version})\n\n"
            f"{md_table(head, rows)}\n\n{defs}\n"
        )


# ----------------------------------------------------------------------------------------------
# score_propensity
# ----------------------------------------------------------------------------------------------


class PropensityQuery(BaseModel):
    """Arguments of score_propensity."""

    model_config = QUERY_CONFIG

    audience: AudienceCriteria | None = Field(None, description="Who to score; empty = all customers.")
    category: CategorySlug | None = Field(
        None, description="Purchase in this product category (slug); empty = any purchase."
    )
    horizon_days: int = Field(
        30,
        ge=7,
        le=180,
        description="Purchase within this many days. The model is trained at 30 days; other horizons are "
        "converted assuming a constant purchase rate (noted in the report).",
    )


class PropensityTier(BaseModel):
    """Customers whose purchase probability falls in one band."""

    model_config = REPORT_CONFIG

    name: Literal["high", "medium", "low"]
    count: int
    share: float = Field(description="Share of the audience (0-1).")
    min_probability: float = Field(description="Lower bound of the band (inclusive).")
    max_probability: float = Field(description="Upper bound of the band (exclusive, 1 for 'high').")
    expected_buyers: float


class Driver(BaseModel):
    """One feature that moves the score, for this audience, in plain words."""

    model_config = REPORT_CONFIG

    feature: str = Field(description="Feature name in the model.")
    label: str = Field(description="Human name of the feature.")
    direction: Literal["raises", "lowers", "neutral"] = Field(
        description="Whether this audience's value of the feature raises or lowers its score vs all customers."
    )
    importance: float = Field(description="Global importance share (0-1, permutation importance on holdout).")
    audience_value: float = Field(description="Mean value of the feature in the audience.")
    population_value: float = Field(description="Mean value of the feature over all customers.")
    audience_probability: float | None = Field(
        None,
        description="Model probability of buying in the category over the horizon with the feature at the "
        "audience's mean (other features as usual for the category); None for models without per-category curves.",
    )
    population_probability: float | None = Field(
        None, description="The same with the feature at the all-customer mean."
    )
    explanation: str


class PropensityReport(BaseModel):
    """Result of score_propensity: how many of an audience will buy, with honest uncertainty."""

    model_config = REPORT_CONFIG

    audience: str = Field(description="The audience in words.")
    category: str | None = Field(description="Category scored; None = any purchase.")
    horizon_days: int
    audience_size: int
    expected_buyers: float = Field(description="Sum of calibrated probabilities.")
    expected_buyers_low: float = Field(
        description="Lower end: sampling noise plus holdout calibration error."
    )
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
    holdout_auc: float = Field(
        description="Area under the ROC curve on out-of-time, out-of-customer holdout."
    )
    calibration_error: float = Field(description="Expected calibration error (ECE, 10 bins) on holdout.")
    brier: float = Field(description="Brier score on holdout (lower is better).")
    trained_horizon_days: int
    as_of: date
    model_version: str
    notes: list[str] = Field(default_factory=list, description="Caveats the reader should know.")

    def summary(self) -> str:
        what = self.category or "anything"
        return (
            f"{fmt_int(self.expected_buyers)} of {fmt_int(self.audience_size)} expected to buy {what} in "
            f"{self.horizon_days}d ({fmt_int(self.expected_buyers_low)}-{fmt_int(self.expected_buyers_high)}); "
            f"mean p {pct(self.mean_probability)} vs base {pct(self.base_rate)}; AUC {self.holdout_auc:.2f}"
        )

    def to_markdown(self) -> str:
        tiers = md_table(
            ["tier", "customers", "share", "probability", "expected buyers"],
            [
                [
                    t.name,
                    fmt_int(t.count),
                    pct(t.share),
                    f"{pct(t.min_probability)}-{pct(t.max_probability)}",
                    f"{t.expected_buyers:,.0f}",
                ]
                for t in self.tiers
            ],
        )
        drivers = "\n".join(
            f"- **{d.label}** ({d.direction}, importance {d.importance:.2f}): {d.explanation}"
            for d in self.drivers
        )
        notes = "\n".join(f"- {n}" for n in self.notes)
        return (
            f"**Purchase propensity** — {self.audience}; {self.category or 'any category'}; "
            f"next {self.horizon_days} days (as of {self.as_of})\n\n"
            f"- audience: {fmt_int(self.audience_size)} customers\n"
            f"- expected buyers: {self.expected_buyers:,.0f} "
            f"(range {self.expected_buyers_low:,.0f}-{self.expected_buyers_high:,.0f})\n"
            f"- mean probability: {pct(self.mean_probability)} ({pct(self.ci_low)}-{pct(self.ci_high)}), "
            f"base rate {pct(self.base_rate)}, lift {self.lift:.2f}x\n"
            f"- model: {self.model_kind}, holdout AUC {self.holdout_auc:.3f}, ECE {self.calibration_error:.3f}, "
            f"Brier {self.brier:.3f} (version {self.model_version})\n\n{tiers}\n\n**Drivers**\n\n{drivers}\n"
            + (f"\n**Notes**\n\n{notes}\n" if notes else "")
        )


# ----------------------------------------------------------------------------------------------
# recommend_products
# ----------------------------------------------------------------------------------------------


class RecommendQuery(BaseModel):
    """Arguments of recommend_products: give a customer OR an audience (not both)."""

    model_config = QUERY_CONFIG

    customer_id: ShortStr | None = Field(
        None, description="A customer's pseudonym ('cus_' + 10 hex, as returned by tools) or own id."
    )
    audience: AudienceCriteria | None = Field(None, description="Recommend for a segment or audience.")
    category: CategorySlug | None = Field(
        None, description="Only recommend products in this category (slug)."
    )
    k: int = Field(5, ge=1, le=20, description="How many products.")
    include_purchased: bool | None = Field(
        None,
        description="For a customer: also suggest buying again products they bought (true), never (false), "
        "or only in categories where people re-buy, when they are due (empty = that default).",
    )


class RecommendedProduct(BaseModel):
    """One recommended product with the reason it was chosen."""

    model_config = REPORT_CONFIG

    product_id: str
    name: str
    category: str
    price: float
    score: float = Field(description="Model score (relative; higher is better).")
    reason: str = Field(description="'because you bought …' or 'bought by N% of similar customers'.")
    kind: Literal["buy_again", "discover"] = Field(
        "discover",
        description="buy_again = the customer bought it before and is due to again; discover = new to them.",
    )


class Recommendations(BaseModel):
    """Result of recommend_products."""

    model_config = REPORT_CONFIG

    items: list[RecommendedProduct]
    method: Literal["als", "item_cosine", "popular"] = Field(
        description="als = matrix factorisation; item_cosine = item-item similarity; popular = best sellers "
        "(used when there is no purchase history to personalise from)."
    )
    for_customer: str | None = Field(
        description="The customer's pseudonym, when recommending for one customer."
    )
    audience: str | None = Field(description="The audience in words, when recommending for an audience.")
    audience_size: int = Field(description="1 for a customer; the audience size otherwise.")
    history: list[str] = Field(
        default_factory=list,
        description="For a customer: names of products already bought (most recent first).",
    )
    model_version: str

    def summary(self) -> str:
        who = self.for_customer or self.audience or "everyone"
        names = ", ".join(i.name for i in self.items[:3])
        return f"{len(self.items)} products for {who} ({self.method}): {names}"

    def to_markdown(self) -> str:
        who = self.for_customer or f"{self.audience} ({fmt_int(self.audience_size)} customers)"
        rows = [[i.name, i.category, fmt_money(i.price), f"{i.score:.3f}", i.reason] for i in self.items]
        return (
            f"**Recommendations** for {who} — method {self.method}\n\n"
            + md_table(["product", "category", "price", "score", "why"], rows)
            + "\n"
        )
