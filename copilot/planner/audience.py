"""The plan's audience: the brief's traits or the reader's condition tree as tool criteria, looser
criteria to try when the audience is too small, and the segment lookup that sizes it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from copilot.planner.plan_schema import CampaignBrief

if TYPE_CHECKING:
    from copilot.deps import Deps
    from copilot.tools.schemas import AudienceCriteria, SegmentQuery, SegmentReport, SegmentSummary

LAPSED_DAYS = 180
AT_RISK_DAYS = (90, 180)
LOYAL_MIN_ORDERS = 3
MIN_AUDIENCE = 20


def audience_criteria(brief: CampaignBrief) -> tuple[AudienceCriteria, list[str]]:
    """The tools' criteria for the brief's audience, and how each trait was mapped (for assumptions)."""
    from copilot.tools.schemas import AudienceCriteria

    kw: dict[str, Any] = {}
    notes: list[str] = []
    reading = brief.reading
    if reading is not None:
        crit = _criteria_from_reading(brief)
        if crit.where is None:
            notes.append(
                "The brief says all customers: no audience filter (only consented customers are reached)."
                if reading.audience is not None
                else "No audience named: the audience is all customers."
            )
        elif crit.where is not reading.audience:
            notes.append(
                f"The audience bought {brief.category} before, as a win-back of {brief.category} implies."
            )
        return crit, notes
    traits = set(brief.audience_traits)
    if brief.segment:
        kw["segment"] = brief.segment
    if "lapsed" in traits:
        kw["min_recency_days"] = LAPSED_DAYS
        notes.append(f"'Lapsed' means no order in the last {LAPSED_DAYS} days.")
    elif "at_risk" in traits:
        kw["min_recency_days"], kw["max_recency_days"] = AT_RISK_DAYS
        notes.append(f"'At risk' means the last order was {AT_RISK_DAYS[0]}-{AT_RISK_DAYS[1]} days ago.")
    if "high_value" in traits:
        kw["value_tier"] = "high"
        notes.append("'High-value' means the top 20% of buyers by lifetime spend.")
    if "loyal" in traits:
        kw["min_frequency"] = LOYAL_MIN_ORDERS
        notes.append(f"'Loyal' means at least {LOYAL_MIN_ORDERS} orders.")
    if "new" in traits:
        kw["max_frequency"] = 1
        notes.append("'New' means at most one order so far.")
    if brief.bought_category:
        kw["categories_bought"] = [brief.bought_category]
        notes.append(f"The audience bought {brief.bought_category} before, as the brief says.")
    elif brief.category and brief.objective == "winback" and "new" not in traits and not brief.all_customers:
        # winning back trail runners means customers who bought trail-running shoes; other campaign
        # types promote a category to customers who may never have bought it
        kw["categories_bought"] = [brief.category]
        notes.append(f"The audience bought {brief.category} before.")
    if not kw:
        # an empty criteria object lists every segment; "at least 0 orders" is a live count of everyone
        kw["min_frequency"] = 0
        notes.append(
            "The brief says all customers: no audience filter (only consented customers are reached)."
            if brief.all_customers
            else "No audience traits named: the audience is all customers."
        )
    return AudienceCriteria(**kw), notes


def _criteria_from_reading(brief: CampaignBrief) -> AudienceCriteria:
    """The audience exactly as read: the reader's condition tree. A win-back that promotes a category
    and names no past purchase is limited to past buyers of that category ("win back trail runners")."""
    from copilot.tools.conditions import AllCustomers, And, Bought
    from copilot.tools.schemas import AudienceCriteria

    assert brief.reading is not None
    cond = brief.reading.audience
    if cond is None or isinstance(cond, AllCustomers):
        # an empty criteria object lists every segment; "at least 0 orders" is a live count of everyone
        return AudienceCriteria(min_frequency=0)
    if (
        brief.objective == "winback"
        and brief.category
        and brief.bought_category is None
        and "new" not in brief.audience_traits
    ):
        cond = And(of=[*(cond.of if isinstance(cond, And) else [cond]), Bought(categories=[brief.category])])
    return AudienceCriteria(where=cond)


def relaxations(criteria: AudienceCriteria) -> list[tuple[AudienceCriteria, str]]:
    """Looser criteria to try, in order, when an audience is too small to plan for. An audience read
    from the request is never loosened: the plan says it is small instead."""
    out: list[tuple[AudienceCriteria, str]] = []
    if criteria.where is not None:
        return out
    c = criteria
    if c.categories_bought:
        c = c.model_copy(update={"categories_bought": []})
        out.append((c, "dropped the category-bought filter"))
    if c.value_tier:
        c = c.model_copy(update={"value_tier": None})
        out.append((c, "dropped the value-tier filter"))
    if c.min_recency_days and c.min_recency_days > 90:
        c = c.model_copy(update={"min_recency_days": 90})
        out.append((c, "counted customers lapsed 90+ days"))
    return out


@dataclass
class ResolvedAudience:
    """The criteria used (after any relaxation), the lookup's query and report, its first segment, what
    was assumed on the way, and how many tool calls it took."""

    criteria: AudienceCriteria
    query: SegmentQuery
    report: SegmentReport
    segment: SegmentSummary
    notes: list[str] = field(default_factory=list)
    calls: int = 0


def resolve_audience(deps: Deps, brief: CampaignBrief) -> ResolvedAudience:
    """Look the brief's audience up; when fewer than :data:`MIN_AUDIENCE` match, try the
    :func:`relaxations` in order and keep the first that reaches it (and say so)."""
    from copilot.tools.schemas import SegmentQuery
    from copilot.tools.segments import segment_lookup

    criteria, notes = audience_criteria(brief)
    seg_query = SegmentQuery(criteria=criteria)
    seg_report = segment_lookup(deps, seg_query)
    calls = 1
    seg = seg_report.segments[0]
    if seg.size < MIN_AUDIENCE:
        for looser, what in relaxations(criteria):
            q = SegmentQuery(criteria=looser)
            r = segment_lookup(deps, q)
            calls += 1
            if r.segments and r.segments[0].size >= MIN_AUDIENCE:
                notes.append(
                    f"Only {seg.size} customers matched ({criteria.describe()}); {what} to reach "
                    f"{r.segments[0].size:,}."
                )
                criteria, seg_query, seg_report, seg = looser, q, r, r.segments[0]
                break
    return ResolvedAudience(criteria, seg_query, seg_report, seg, notes, calls)
