"""A brief's audience tree in plain words: its traits (lapsed, high-value ...), the categories it bought,
the campaign type it implies, a model's campaign type corrected against it, and the audience as a
marketer would say it.
"""

from __future__ import annotations

from copilot.planner.plan_schema import Objective
from copilot.tools.conditions import (
    And,
    Bought,
    Condition,
    Not,
    Or,
    OrderCount,
    Recency,
    RfmSegment,
    SignedUp,
    ValueTier,
)
from copilot.tools.describe import describe_condition


def traits_of(cond: Condition | None) -> list[str]:
    """Plain-word traits of an audience tree (for copy tone and the audience's name)."""
    out: list[str] = []

    def walk(c: Condition, negated: bool = False) -> None:
        if isinstance(c, (And, Or)):
            for x in c.of:
                walk(x, negated)
        elif isinstance(c, Not):
            walk(c.of, not negated)
        elif negated:
            return
        elif isinstance(c, Recency) and c.min_days is not None and "lapsed" not in out:
            out.append("lapsed")
        elif isinstance(c, RfmSegment):
            if {"At risk", "Can't lose them"} & set(c.segments) and "at_risk" not in out:
                out.append("at_risk")
            if {"Champions", "Loyal"} & set(c.segments) and "loyal" not in out:
                out.append("loyal")
        elif isinstance(c, ValueTier) and c.tier == "high" and "high_value" not in out:
            out.append("high_value")
        elif isinstance(c, SignedUp) and "new" not in out:
            out.append("new")
        elif isinstance(c, OrderCount) and (c.min or 0) >= 2 and "loyal" not in out:
            out.append("loyal")

    if cond is not None:
        walk(cond)
    return out


def bought_categories(cond: Condition | None) -> list[str]:
    if cond is None:
        return []
    if isinstance(cond, (And, Or)):
        return [s for c in cond.of for s in bought_categories(c)]
    if isinstance(cond, Bought):
        return list(cond.categories)
    return []


def objective_from_audience(cond: Condition | None) -> Objective | None:
    """The campaign type an audience implies when the brief names none: lapsed or at-risk customers are
    won back, new ones welcomed (acquisition); other audiences say nothing about the type."""
    traits = traits_of(cond)
    if "lapsed" in traits or "at_risk" in traits:
        return "winback"
    if "new" in traits:
        return "acquisition"
    return None


def consistent_objective(objective: Objective, traits: list[str]) -> Objective:
    """A model's campaign type, corrected where it contradicts the audience."""
    if objective == "winback" and not {"lapsed", "at_risk"} & set(traits):
        return "retention"
    if (
        objective == "acquisition"
        and "new" not in traits
        and {"high_value", "loyal", "lapsed", "at_risk"} & set(traits)
    ):
        return "retention"
    return objective


_SIMPLE = (Recency, ValueTier, RfmSegment, SignedUp, OrderCount, Bought)


def with_article(word: str) -> str:
    return ("an " if word[:1] in "aeiou" else "a ") + word


def audience_words(audience: Condition | None, labels: dict[str, str], category: str | None) -> str:
    """The audience in a marketer's words: "lapsed, high-value customers who bought hiking boots interested
    in socks" for simple trees, the condition in words otherwise."""
    parts = audience.of if isinstance(audience, And) else [audience] if audience is not None else []
    interested = f" interested in {labels.get(category, category).lower()}" if category else ""
    if audience is None or audience.kind == "all":
        return ("all customers" if audience is not None else "customers") + interested
    if all(isinstance(p, _SIMPLE) and not getattr(p, "within_days", None) for p in parts):
        traits = traits_of(audience)
        bought = [s for p in parts if isinstance(p, Bought) for s in p.categories]
        if len(traits) == len([p for p in parts if not isinstance(p, Bought)]):
            who = (", ".join(t.replace("_", "-") for t in traits) + " customers") if traits else "customers"
            if bought:
                who += " who bought " + " or ".join(labels.get(b, b).lower() for b in bought)
            if category and category not in bought:
                who += interested
            return who
    words = describe_condition(audience)
    for slug, label in labels.items():
        words = words.replace(slug, label.lower())
    return "customers: " + words + (interested if category else "")
