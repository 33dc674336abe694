"""An audience condition tree in words: "bought socks in the last 30 days AND not clicked in 90 days"."""

from __future__ import annotations

from copilot.tools.conditions import (
    Age,
    AllCustomers,
    And,
    Attribute,
    Bought,
    Cluster,
    Condition,
    Consent,
    Engagement,
    Not,
    Or,
    OrderCount,
    Recency,
    Region,
    RfmSegment,
    SignedUp,
    Spend,
    TopPropensity,
    TopUplift,
    ValueTier,
)


def _window(days: int | None) -> str:
    if days is None:
        return ""
    if days % 365 == 0:
        n = days // 365
        return " in the last year" if n == 1 else f" in the last {n} years"
    if days % 30 == 0 and days >= 60:
        return f" in the last {days // 30} months"
    if days % 7 == 0 and days >= 14:
        return f" in the last {days // 7} weeks"
    return f" in the last {days} days"


def _range(lo: float | None, hi: float | None, unit: str = "", money: bool = False) -> str:
    def f(v: float) -> str:
        return f"{v:,.0f}" if money else f"{v:g}"

    if lo is not None and hi is not None:
        return f"{f(lo)}–{f(hi)}{unit}" if lo != hi else f"exactly {f(lo)}{unit}"
    if lo is not None:
        return f"at least {f(lo)}{unit}"
    if hi is not None:
        return f"at most {f(hi)}{unit}"
    return "any"


def describe_condition(c: Condition, *, nested: bool = False) -> str:
    if isinstance(c, AllCustomers):
        return "all customers"
    if isinstance(c, And):
        s = " AND ".join(describe_condition(x, nested=True) for x in c.of)
        return f"({s})" if nested else s
    if isinstance(c, Or):
        s = " OR ".join(describe_condition(x, nested=True) for x in c.of)
        return f"({s})" if nested else s
    if isinstance(c, Not):
        inner = c.of
        if isinstance(inner, Bought):
            return "never bought " + _bought_what(inner) + _window(inner.within_days)
        if isinstance(inner, Engagement):
            ch = f" {inner.channel}" if inner.channel else " anything"
            return f"not {inner.event}{ch}{_window(inner.within_days)}"
        return "NOT " + describe_condition(inner, nested=True)
    if isinstance(c, RfmSegment):
        return "RFM segment " + " or ".join(f"'{s}'" for s in c.segments)
    if isinstance(c, Cluster):
        return f"cluster '{c.name}'"
    if isinstance(c, ValueTier):
        return f"{c.tier}-value tier"
    if isinstance(c, Recency):
        if c.min_days is not None and c.max_days is not None:
            return f"last order {c.min_days}–{c.max_days} days ago"
        if c.min_days is not None:
            return f"no order in the last {c.min_days} days" + (" (or never ordered)" if c.include_never else "")
        return f"ordered in the last {c.max_days} days"
    if isinstance(c, OrderCount):
        one = (c.max if c.max is not None else c.min) == 1 and c.min in (None, 1)  # "at least 1 order", "exactly 1 order"
        return f"{_range(c.min, c.max)} order{'' if one else 's'}{_window(c.within_days)}"
    if isinstance(c, Spend):
        cur = f" {c.currency}" if c.currency else ""
        return f"spent {_range(c.min, c.max, cur, money=True)}{_window(c.within_days)}"
    if isinstance(c, Bought):
        return "bought " + _bought_what(c) + _window(c.within_days)
    if isinstance(c, Region):
        return "region " + " or ".join(c.regions)
    if isinstance(c, Consent):
        return f"opted in to {c.channel}"
    if isinstance(c, Engagement):
        ch = f" {c.channel}" if c.channel else ""
        return f"{c.event}{ch}{_window(c.within_days)}"
    if isinstance(c, SignedUp):
        return f"signed up in the last {c.within_days} days"
    if isinstance(c, TopPropensity):
        what = c.category or "anything"
        top = (f"top {c.top_n:,}" if c.top_n else f"top {100 * c.top_share:g}%" if c.top_share
               else "top 20% (no number given)")
        return f"{top} most likely to buy {what} in {c.horizon_days} days"
    if isinstance(c, TopUplift):
        top = (f"top {c.top_n:,}" if c.top_n else f"top {100 * c.top_share:g}%" if c.top_share
               else "top 20% (no number given)")
        return f"{top} most likely to be persuaded (uplift from past holdouts)"
    if isinstance(c, Attribute):
        return c.describe()
    if isinstance(c, Age):
        from copilot.tools.age_bands import bands_words, range_words

        bands = bands_words(c.bands, c.left_out, c.min_age, c.max_age)
        return range_words(c.min_age, c.max_age) + (f": {bands}" if bands else "")
    return type(c).__name__


def _bought_what(c: Bought) -> str:
    what = list(c.categories) + list(c.product_ids)
    return " or ".join(what) if what else "anything"
