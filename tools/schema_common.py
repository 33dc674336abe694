"""Shared pieces of the tools' schemas: bounded strings and vocabulary-named fields, the query and
report configs, number formatting for ``summary()``/``to_markdown()``, :class:`AudienceCriteria` (the
audience every query takes), :class:`Rate` and :class:`Interval`. :mod:`copilot.tools.schemas`
re-exports every name.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from pydantic.json_schema import SkipJsonSchema

from copilot.data.contract import ConsentChannel
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

QUERY_CONFIG = ConfigDict(extra="forbid", str_strip_whitespace=True)
REPORT_CONFIG = ConfigDict(extra="forbid")


def fmt_int(x: float) -> str:
    return f"{round(x):,}"


def fmt_money(x: float) -> str:
    return f"${x:,.0f}" if abs(x) >= 100 else f"${x:,.2f}"


def pct(x: float, digits: int = 1) -> str:
    return f"{100 * x:.{digits}f}%"


def md_table(header: list[str], rows: list[list[str]]) -> str:
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(out)


# ----------------------------------------------------------------------------------------------
# Shared pieces
# ----------------------------------------------------------------------------------------------


class AudienceCriteria(BaseModel):
    """Who: a set of customers described by structured criteria. Every field is optional and the
    criteria combine with AND; an empty criteria object means all customers."""

    model_config = QUERY_CONFIG

    segment: SegmentName | None = Field(
        None,
        description=(
            "An RFM segment (e.g. 'Champions', 'At risk', 'Hibernating') or a behavioural cluster name "
            "as listed by segment_lookup. Case-insensitive."
        ),
    )
    min_recency_days: int | None = Field(
        None, ge=0, le=36500, description="Last order at least this many days ago."
    )
    max_recency_days: int | None = Field(
        None, ge=0, le=36500, description="Last order at most this many days ago."
    )
    min_frequency: int | None = Field(None, ge=0, le=100000, description="At least this many orders ever.")
    max_frequency: int | None = Field(None, ge=0, le=100000, description="At most this many orders ever.")
    min_monetary: float | None = Field(
        None, ge=0, description="Lifetime spend at least this much (currency units)."
    )
    max_monetary: float | None = Field(
        None, ge=0, description="Lifetime spend at most this much (currency units)."
    )
    categories_bought: list[CategorySlug] = Field(
        default_factory=list,
        max_length=15,
        description="Bought in at least one of these product categories (category slugs, e.g. 'tents').",
    )
    regions: list[RegionName] = Field(
        default_factory=list, max_length=20, description="In one of these regions."
    )
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

    model_config = REPORT_CONFIG

    value: float = Field(description="Point estimate (successes / n); 0 when n is 0.")
    low: float = Field(description="Lower end of the Wilson 95% interval.")
    high: float = Field(description="Upper end of the Wilson 95% interval.")
    n: int = Field(description="Number of trials (the denominator).")

    def __str__(self) -> str:
        return f"{pct(self.value, 2)} ({pct(self.low, 2)}-{pct(self.high, 2)})"


class Interval(BaseModel):
    """A point estimate with a 95% interval."""

    model_config = REPORT_CONFIG

    value: float
    low: float
    high: float
