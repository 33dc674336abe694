"""Step 2 of the workflow, code only: gather every number and fact the plan will use.

From a :class:`CampaignBrief`: the audience criteria (traits -> :class:`AudienceCriteria`),
``segment_lookup`` (size and consent-based reach), ``score_propensity`` (baseline purchase rate),
``recommend_products`` (featured products), ``channel_stats`` (history per channel), the holdout
design (:mod:`copilot.planner.holdout`), ``forecast`` (with that holdout), and the product facts of
the featured products (``search_product_facts``; facts that read like instructions to a model are
left out and named as a risk, see :mod:`copilot.planner.hygiene`). Each tool output is kept as an :class:`EvidenceItem`
so every figure in the plan can point back to it.

The steps live by subject: :mod:`copilot.planner.audience` (criteria, relaxation, lookup) and
:mod:`copilot.planner.featured` (recommendations, featured products, facts); this module runs them in
order with the propensity, channel-history and forecast tools and the holdout design, and
re-exports the names it used to hold.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from copilot.planner.audience import (
    AT_RISK_DAYS,
    LAPSED_DAYS,
    LOYAL_MIN_ORDERS,
    MIN_AUDIENCE,
    audience_criteria,
    relaxations,
    resolve_audience,
)
from copilot.planner.featured import (
    FACTS_PER_PRODUCT,
    FEATURED_PRODUCTS,
    MAX_FACTS,
    catalog_rows,
    collect_facts,
    featured_products,
    rank_by_lift,
    recommend_for,
)
from copilot.planner.holdout import HoldoutDesign, design_holdout, requested_holdout
from copilot.planner.plan_schema import CampaignBrief, Channel, Derived, Evidence, EvidenceItem
from copilot.textfit import clip

if TYPE_CHECKING:
    from pydantic import BaseModel

    from copilot.deps import Deps
    from copilot.knowledge.schemas import Fact
    from copilot.tools.schemas import (
        AudienceCriteria,
        ChannelReport,
        Forecast,
        PropensityReport,
        Recommendations,
        SegmentReport,
        SegmentSummary,
    )

__all__ = [
    "AT_RISK_DAYS",
    "FACTS_PER_PRODUCT",
    "FEATURED_PRODUCTS",
    "LAPSED_DAYS",
    "LOYAL_MIN_ORDERS",
    "MAX_FACTS",
    "MIN_AUDIENCE",
    "EvidenceBundle",
    "Progress",
    "audience_criteria",
    "evidence_item",
    "gather_evidence",
    "horizon_days",
    "rank_by_lift",
    "record_holdout",
    "relaxations",
]

Progress = Callable[[str], None]


@dataclass
class EvidenceBundle:
    """The typed tool outputs (for code) and their serialisable :class:`Evidence` (for the plan)."""

    criteria: AudienceCriteria
    segment: SegmentSummary
    segments: SegmentReport
    propensity: PropensityReport
    recommendations: Recommendations
    channel_report: ChannelReport
    forecast: Forecast
    holdout: HoldoutDesign
    facts: list[Fact]
    channels: list[Channel]
    evidence: Evidence
    featured: list[str] = field(default_factory=list)
    assumptions: list[str] = field(default_factory=list)
    risks: list[str] = field(default_factory=list)
    tool_calls: int = 0
    seconds: float = 0.0


def evidence_item(tool: str, query: BaseModel | dict[str, Any], output: BaseModel, summary: str) -> EvidenceItem:
    q = query if isinstance(query, dict) else query.model_dump(mode="json", exclude_none=True)
    return EvidenceItem(tool=tool, query=q, output=output.model_dump(mode="json"), summary=clip(summary, 500))


def horizon_days(brief: CampaignBrief) -> int:
    if brief.start_date and brief.end_date:
        return max(7, min(180, (brief.end_date - brief.start_date).days + 1))
    return 30


def gather_evidence(
    deps: Deps, brief: CampaignBrief, *, horizon: int | None = None, progress: Progress | None = None
) -> EvidenceBundle:
    """Run the tools for ``brief`` and return their outputs; see the module docstring."""
    from copilot.tools.channels import channel_stats
    from copilot.tools.propensity import score_propensity
    from copilot.tools.schemas import ChannelQuery, PropensityQuery

    t0 = time.perf_counter()
    say = progress or (lambda _msg: None)
    assumptions: list[str] = []
    risks: list[str] = []
    ev = Evidence()

    say("Resolving the audience")
    aud = resolve_audience(deps, brief)
    criteria, seg, calls = aud.criteria, aud.segment, aud.calls
    assumptions.extend(aud.notes)
    ev.items["segment_lookup"] = evidence_item("segment_lookup", aud.query, aud.report, aud.report.summary())
    ev.as_of = aud.report.as_of
    channels = _reachable_channels(brief, seg, assumptions, risks)

    horizon = horizon or horizon_days(brief)
    say("Scoring purchase propensity")
    pq = PropensityQuery(audience=criteria, category=brief.category, horizon_days=horizon)
    prop = score_propensity(deps, pq)
    ev.items["score_propensity"] = evidence_item("score_propensity", pq, prop, prop.summary())

    say("Recommending products")
    rq, recs, why = recommend_for(deps, brief, criteria)
    if why:  # why these products: what past buyers of a category are offered next
        assumptions.append(why)
    if brief.product_ids:
        ev.brief["product_ids"] = list(brief.product_ids)
    ev.items["recommend_products"] = evidence_item("recommend_products", rq, recs, recs.summary())

    say("Reading channel history")
    cq = ChannelQuery(channels=list(channels), audience=criteria)
    chan = channel_stats(deps, cq)
    ev.items["channel_stats"] = evidence_item("channel_stats", cq, chan, chan.summary())
    calls += 3

    say("Forecasting results")
    fc, design, n = _forecast_with_holdout(
        deps, brief, ev, criteria, channels, seg, prop, horizon, assumptions
    )
    calls += n

    featured = featured_products(brief, recs)
    ev.catalog = catalog_rows(deps, featured, recs)
    say("Retrieving product facts")
    facts, n = collect_facts(deps, brief, ev, featured, risks)
    calls += n

    # the brief's own numbers
    if brief.budget is not None:
        ev.brief["budget"] = brief.budget
    if brief.discount_pct is not None:
        ev.brief["discount_pct"] = brief.discount_pct
    ev.brief["text"] = brief.text

    risks.extend(_risks(seg, prop, recs, chan, fc, design, channels))
    return EvidenceBundle(
        criteria=criteria,
        segment=seg,
        segments=aud.report,
        propensity=prop,
        recommendations=recs,
        channel_report=chan,
        forecast=fc,
        holdout=design,
        facts=facts,
        channels=channels,
        evidence=ev,
        featured=featured,
        assumptions=assumptions,
        risks=risks,
        tool_calls=calls,
        seconds=time.perf_counter() - t0,
    )


def _reachable_channels(
    brief: CampaignBrief, seg: SegmentSummary, assumptions: list[str], risks: list[str]
) -> list[Channel]:
    """The brief's channels that reach someone in the audience; none: the one that reaches most."""
    channels: list[Channel] = []
    for ch in brief.channels:
        if seg.reachable.get(ch, 0) > 0:
            channels.append(ch)
        else:
            risks.append(f"No one in the audience is reachable by {ch} (no consent); it was left out.")
    if not channels:
        reach = {str(k): v for k, v in seg.reachable.items()}
        best = max(("email", "sms", "push"), key=lambda c: reach.get(c, 0))
        channels = [best]  # type: ignore[list-item]
        assumptions.append(
            f"None of the requested channels reaches this audience; planned on {best} instead."
        )
    return channels


def _forecast_with_holdout(
    deps: Deps,
    brief: CampaignBrief,
    ev: Evidence,
    criteria: AudienceCriteria,
    channels: list[Channel],
    seg: SegmentSummary,
    prop: PropensityReport,
    horizon: int,
    assumptions: list[str],
) -> tuple[Forecast, HoldoutDesign, int]:
    """The forecast, the holdout designed from it (or the brief's), and the forecast again with that
    holdout when it differs; records the holdout's derived figures in ``ev``. Returns the forecast,
    the design and the number of tool calls."""
    from copilot.tools.forecast import forecast
    from copilot.tools.schemas import ForecastQuery

    fq = ForecastQuery(
        audience=criteria,
        channels=list(channels),
        category=brief.category,
        horizon_days=horizon,
        objective=brief.objective,
    )
    fc = forecast(deps, fq)
    calls = 1
    treated = max(1, seg.size - fc.holdout_size)
    delta = max(0.0, fc.incremental_conversions) / treated
    design = design_holdout(seg.size, prop.mean_probability, delta)
    share = round(design.size / seg.size, 6) if seg.size else 0.0
    share = min(0.5, share)
    if brief.holdout_share is not None:  # the brief asked for a holdout size: that one is used, its power read
        share = round(brief.holdout_share, 6)
        designed = 100 * min(0.5, design.size / seg.size if seg.size else 0)
        assumptions.append(
            f"Holdout {100 * share:g}% as the brief asks ("
            + (f"a power calculation suggested {designed:.1f}%)." if design.powered
               else f"no share up to 30% has the power for the expected lift; the default would be {designed:.1f}%).")
        )
        design = requested_holdout(seg.size, share, prop.mean_probability, delta)
    if abs(share - fq.holdout_share) > 1e-9:
        fq = fq.model_copy(update={"holdout_share": share})
        fc = forecast(deps, fq)
        calls += 1
    ev.items["forecast"] = evidence_item("forecast", fq, fc, fc.summary())
    record_holdout(ev, design, share, delta)
    return fc, design, calls


def record_holdout(ev: Evidence, design: HoldoutDesign, share: float, delta: float) -> None:
    """Record the holdout's derived figures in ``ev`` (its share, minimum detectable lift and the
    expected lift per treated customer) with their formulas and inputs, as the plan cites them."""
    ev.derived["holdout.share"] = Derived(
        value=share,
        formula="holdout size / audience size, size from a two-proportion power calculation "
        "(alpha 0.05, power 0.8) or a fixed 10% with a minimum",
        inputs=[
            "segment_lookup.segments.0.size",
            "score_propensity.mean_probability",
            "forecast.incremental_conversions",
        ],
    )
    ev.derived["holdout.mde"] = Derived(
        value=round(design.mde, 6),
        formula="minimum detectable absolute lift at the chosen holdout",
        inputs=["score_propensity.mean_probability", "forecast.holdout_size"],
    )
    ev.derived["lift.expected"] = Derived(
        value=round(delta, 8),
        formula="forecast incremental conversions / treated customers",
        inputs=["forecast.incremental_conversions", "forecast.holdout_size"],
    )


def _risks(
    seg: SegmentSummary,
    prop: PropensityReport,
    recs: Recommendations,
    chan: ChannelReport,
    fc: Forecast,
    design: HoldoutDesign,
    channels: list[Channel],
) -> list[str]:
    risks: list[str] = []
    if seg.size < 500:
        risks.append(f"Small audience ({seg.size:,} customers): results will be noisy.")
    if not design.powered:
        risks.append(
            f"The holdout cannot confirm the expected lift with 80% power (detectable lift ≥ {design.mde * 100:.1f} "
            "points); treat the lift read as directional."
        )
    if fc.total_revenue_low > 0 and fc.total_revenue_high / fc.total_revenue_low > 3:
        risks.append("Wide forecast range (high is more than 3x low): little comparable history.")
    elif fc.total_revenue_low <= 0:
        risks.append("The low end of the revenue forecast is zero: the campaign may not pay back.")
    if prop.holdout_auc < 0.6:
        risks.append(f"The propensity model separates buyers weakly (AUC {prop.holdout_auc:.2f}).")
    if recs.method == "popular":
        risks.append(
            "Featured products are best sellers, not personalised (too little history for this audience)."
        )
    for c in chan.channels:
        if c.channel in channels and c.sends == 0:
            risks.append(f"No past {c.channel} sends to this audience: no history to ground its rates in.")
        elif c.channel in channels and c.sends < 200:
            risks.append(
                f"Little {c.channel} history for this audience ({c.sends:,} past sends): rates are uncertain."
            )
        if c.channel in channels and c.unsubscribe_rate is not None and c.unsubscribe_rate.value > 0.01:
            risks.append(f"{c.channel} unsubscribe rate is {c.unsubscribe_rate.value:.1%}: cap frequency.")
    risks.extend(prop.notes[:2])
    return [clip(r, 300) for r in risks][:10]
