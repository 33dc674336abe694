"""Audience conditions: a composable tree (AND / OR / NOT) of facts about a customer.

The reader (``copilot.reading``) turns the marketer's words into this tree; the tools compile it to SQL
(``copilot.tools.audience``). Every leaf keeps the span of the request it came from, so a plan can say
which words each condition applied. Windows are in days before the data's as-of date.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from copilot.data.contract import Channel, ConsentChannel

_STRICT = ConfigDict(extra="forbid")


class Span(BaseModel):
    """Where in the request a value came from: ``text[start:end]``."""

    model_config = _STRICT
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str = Field(max_length=400)


class _Leaf(BaseModel):
    model_config = _STRICT
    span: Span | None = Field(None, description="The words of the request this condition came from.")


class AllCustomers(_Leaf):
    """Every customer ("all customers", "everyone", 全部客户)."""

    kind: Literal["all"] = "all"


class RfmSegment(_Leaf):
    """In one of these RFM segments (Champions, Loyal, At risk, Can't lose them, Hibernating, ...)."""

    kind: Literal["rfm_segment"] = "rfm_segment"
    segments: list[str] = Field(min_length=1, max_length=11)


class Cluster(_Leaf):
    """In this behavioural cluster (a name listed by segment_lookup)."""

    kind: Literal["cluster"] = "cluster"
    name: str = Field(max_length=80)


class ValueTier(_Leaf):
    """Lifetime-spend tier: high = top 20% of buyers, mid = next 30%, low = the rest."""

    kind: Literal["value_tier"] = "value_tier"
    tier: Literal["high", "mid", "low"]


class Recency(_Leaf):
    """Last order at least ``min_days`` and/or at most ``max_days`` days ago ("not ordered in 6 months" =
    min_days 180; "ordered in the last 30 days" = max_days 30). Customers with no order match a
    ``min_days`` condition only when ``include_never`` is true."""

    kind: Literal["recency"] = "recency"
    min_days: int | None = Field(None, ge=0, le=36500)
    max_days: int | None = Field(None, ge=0, le=36500)
    include_never: bool = False


class OrderCount(_Leaf):
    """Number of orders (ever, or within the last ``within_days``) between min and max inclusive."""

    kind: Literal["order_count"] = "order_count"
    min: int | None = Field(None, ge=0, le=100000)
    max: int | None = Field(None, ge=0, le=100000)
    within_days: int | None = Field(None, ge=1, le=36500)


class Spend(_Leaf):
    """Money spent (ever, or within the last ``within_days``): at least ``min`` and/or at most ``max``,
    in the workspace's currency (``currency`` is the request's, kept to say so when they differ)."""

    kind: Literal["spend"] = "spend"
    min: float | None = Field(None, ge=0)
    max: float | None = Field(None, ge=0)
    within_days: int | None = Field(None, ge=1, le=36500)
    calendar_year: int | None = Field(None, ge=1990, le=2100, description="'last year' as a calendar year.")
    currency: str | None = Field(None, max_length=3)


class Bought(_Leaf):
    """Bought any of these categories or products (ever, or within the last ``within_days``).
    Wrap in :class:`Not` for "never bought X"."""

    kind: Literal["bought"] = "bought"
    categories: list[str] = Field(default_factory=list, max_length=15)
    product_ids: list[str] = Field(default_factory=list, max_length=20)
    within_days: int | None = Field(None, ge=1, le=36500)


class Region(_Leaf):
    kind: Literal["region"] = "region"
    regions: list[str] = Field(min_length=1, max_length=20)


class Consent(_Leaf):
    """Opted in to this channel (can be reached on it)."""

    kind: Literal["consent"] = "consent"
    channel: ConsentChannel


class Engagement(_Leaf):
    """Did ``event`` on ``channel`` (any channel when None) within the last ``within_days``. Wrap in
    :class:`Not` for "has not clicked anything in 90 days"."""

    kind: Literal["engagement"] = "engagement"
    event: Literal["received", "opened", "clicked", "converted", "unsubscribed"]
    channel: Channel | None = None
    within_days: int | None = Field(None, ge=1, le=36500)


class SignedUp(_Leaf):
    """Joined within the last ``within_days`` (new customers, new sign-ups)."""

    kind: Literal["signed_up"] = "signed_up"
    within_days: int = Field(ge=1, le=36500)


class Age(_Leaf):
    """Aged at least ``min_age`` and/or at most ``max_age`` ("under 30" = max_age 29, "50 and over" = min_age 50,
    "35-54" = both). The data keeps age in bands (``customers.age_band``): ``bands`` are the bands the range uses
    and ``left_out`` the ones only partly in it (see :mod:`copilot.tools.age_bands`), set by the reader from the
    data, else worked out when the audience is counted. Customers with no age band never match."""

    kind: Literal["age"] = "age"
    min_age: int | None = Field(None, ge=0, le=120)
    max_age: int | None = Field(None, ge=0, le=120)
    bands: list[str] | None = Field(None, max_length=20)
    left_out: list[str] | None = Field(None, max_length=20)

    @model_validator(mode="after")
    def _a_range(self) -> Age:
        if self.min_age is None and self.max_age is None:
            raise ValueError("an age condition needs min_age or max_age")
        if self.min_age is not None and self.max_age is not None and self.min_age > self.max_age:
            raise ValueError(f"min_age ({self.min_age}) is greater than max_age ({self.max_age})")
        return self


class TopPropensity(_Leaf):
    """The customers most likely to buy ``category`` (any purchase when None) within ``horizon_days``:
    the top ``top_n`` or the top ``top_share`` (0-1) by calibrated propensity, of the rest of the tree."""

    kind: Literal["top_propensity"] = "top_propensity"
    category: str | None = Field(None, max_length=80)
    horizon_days: int = Field(30, ge=7, le=365)
    top_n: int | None = Field(None, ge=1, le=10_000_000)
    top_share: float | None = Field(None, gt=0, le=1)


class TopUplift(_Leaf):
    """The customers a campaign is most likely to *persuade* ("customers most likely to be persuaded",
    "the persuadables", 最容易被说服的客户): the top ``top_n`` or top ``top_share`` (0-1; the top fifth
    when neither is given) of the rest of the tree by estimated uplift -- the difference a message makes to
    their chance of ordering, learned from past campaigns' randomised holdouts (the ``uplift`` model) --
    not by how likely they are to buy anyway (that is ``top_propensity``)."""

    kind: Literal["top_uplift"] = "top_uplift"
    top_n: int | None = Field(None, ge=1, le=10_000_000)
    top_share: float | None = Field(None, gt=0, le=1)


# --- customer attributes (the optional customer_attributes table; issue #17) -----------------------------
class Attribute(_Leaf):
    """A customer attribute -- a column of the brand's optional customer_attributes table, e.g.
    loyalty_tier -- compared with ``values``: ``eq`` (one value) or ``in`` (any of them) for text (case
    does not matter), numbers or true/false; ``gte`` / ``lte`` (one value) for numbers or dates
    (YYYY-MM-DD)."""

    kind: Literal["attribute"] = "attribute"
    column: str = Field(min_length=1, max_length=63, pattern=r"^[a-z_][a-z0-9_]*$")
    op: Literal["eq", "in", "gte", "lte"] = "eq"
    values: list[str | float | bool] = Field(min_length=1, max_length=50)

    @model_validator(mode="after")
    def _one_value(self) -> Attribute:
        if self.op != "in" and len(self.values) != 1:
            raise ValueError(f"op '{self.op}' takes one value; use 'in' for several")
        return self

    def describe(self) -> str:
        shown = [str(v) for v in self.values]
        if self.op == "in":
            return f"{self.column} is " + " or ".join(shown)
        word = {"eq": "is", "gte": "is at least", "lte": "is at most"}[self.op]
        return f"{self.column} {word} {shown[0]}"


# ---------------------------------------------------------------------------------------------------------
class And(BaseModel):
    model_config = _STRICT
    kind: Literal["and"] = "and"
    of: list[Condition] = Field(min_length=1, max_length=20)


class Or(BaseModel):
    model_config = _STRICT
    kind: Literal["or"] = "or"
    of: list[Condition] = Field(min_length=1, max_length=20)


class Not(BaseModel):
    model_config = _STRICT
    kind: Literal["not"] = "not"
    of: Condition


Condition = Annotated[
    AllCustomers | RfmSegment | Cluster | ValueTier | Recency | OrderCount | Spend | Bought | Region | Consent | Engagement | SignedUp | Age | TopPropensity | TopUplift | Attribute | And | Or | Not,
    Field(discriminator="kind"),
]  # fmt: skip

And.model_rebuild()
Or.model_rebuild()
Not.model_rebuild()


def leaves(cond: Condition) -> list[Condition]:
    """Every leaf of the tree, depth first."""
    if isinstance(cond, (And, Or)):
        return [leaf for c in cond.of for leaf in leaves(c)]
    if isinstance(cond, Not):
        return leaves(cond.of)
    return [cond]


def without_spans(cond: Condition) -> dict[str, object]:
    """The tree as plain data with every span removed (for comparing two readings)."""
    data = _TREE.dump_python(cond, mode="json", exclude_none=True)
    return _strip(data)  # type: ignore[return-value]


def _strip(obj: object) -> object:
    if isinstance(obj, dict):
        return {k: _strip(v) for k, v in obj.items() if k != "span"}
    if isinstance(obj, list):
        return [_strip(v) for v in obj]
    return obj


from pydantic import TypeAdapter  # noqa: E402

_TREE: TypeAdapter[Condition] = TypeAdapter(Condition)


def parse_condition(data: object) -> Condition:
    """A condition tree from plain data (JSON)."""
    return _TREE.validate_python(data)
