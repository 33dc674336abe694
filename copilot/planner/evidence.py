"""Step 2 of the workflow, code only: gather every number and fact the plan will use.

From a :class:`CampaignBrief`: the audience criteria (traits -> :class:`AudienceCriteria`),
``segment_lookup`` (size and consent-based reach), ``score_propensity`` (baseline purchase rate),
``recommend_products`` (featured products), ``channel_stats`` (history per channel), the holdout
design (:mod:`copilot.planner.holdout`), ``forecast`` (with that holdout), and the product facts of
the featured products (``search_product_facts``; facts that read like instructions to a model are
left out and named as a risk, see :mod:`copilot.planner.hygiene`). Each tool output is kept as an :class:`EvidenceItem`
so every figure in the plan can point back to it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from copilot.knowledge.hygiene import screen_facts
from copilot.planner.holdout import HoldoutDesign, design_holdout
from copilot.planner.models import CampaignBrief, Channel, Derived, Evidence, EvidenceItem, FactRef

if TYPE_CHECKING:
    from pydantic import BaseModel

    from copilot.deps import Deps
    from copilot.knowledge.models import Fact
    from copilot.tools.models import (
        AudienceCriteria,
        ChannelReport,
        Forecast,
        PropensityReport,
        Recommendations,
        SegmentReport,
        SegmentSummary,
    )

log = logging.getLogger(__name__)

LAPSED_DAYS = 180
AT_RISK_DAYS = (90, 180)
LOYAL_MIN_ORDERS = 3
FEATURED_PRODUCTS = 2
FACTS_PER_PRODUCT = 4
MAX_FACTS = 8
MIN_AUDIENCE = 20

Progress = Callable[[str], None]


def audience_criteria(brief: CampaignBrief) -> tuple[AudienceCriteria, list[str]]:
    """The tools' criteria for the brief's audience, and how each trait was mapped (for assumptions)."""
    from copilot.tools.models import AudienceCriteria

    kw: dict[str, Any] = {}
    notes: list[str] = []
    reading = brief.reading
    if reading is not None:
        crit = _criteria_from_reading(brief)
        if crit.where is None:
            notes.append(
                "The brief says all customers: no audience filter (only consented customers are reached)."
                if reading.audience is not None else "No audience named: the audience is all customers."
            )
        elif crit.where is not reading.audience:
            notes.append(f"The audience bought {brief.category} before, as a win-back of {brief.category} implies.")
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
    from copilot.tools.models import AudienceCriteria

    assert brief.reading is not None
    cond = brief.reading.audience
    if cond is None or isinstance(cond, AllCustomers):
        # an empty criteria object lists every segment; "at least 0 orders" is a live count of everyone
        return AudienceCriteria(min_frequency=0)
    if (brief.objective == "winback" and brief.category and brief.bought_category is None
            and "new" not in brief.audience_traits):
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


def _item(tool: str, query: BaseModel | dict[str, Any], output: BaseModel, summary: str) -> EvidenceItem:
    q = query if isinstance(query, dict) else query.model_dump(mode="json", exclude_none=True)
    return EvidenceItem(tool=tool, query=q, output=output.model_dump(mode="json"), summary=summary[:500])


def horizon_days(brief: CampaignBrief) -> int:
    if brief.start_date and brief.end_date:
        return max(7, min(180, (brief.end_date - brief.start_date).days + 1))
    return 30


def gather_evidence(
    deps: Deps, brief: CampaignBrief, *, horizon: int | None = None, progress: Progress | None = None
) -> EvidenceBundle:
    """Run the tools for ``brief`` and return their outputs; see the module docstring."""
    from copilot.tools.channels import channel_stats
    from copilot.tools.forecast import forecast
    from copilot.tools.models import (
        ChannelQuery,
        ForecastQuery,
        PropensityQuery,
        RecommendQuery,
        SegmentQuery,
    )
    from copilot.tools.propensity import score_propensity
    from copilot.tools.recommend import recommend_products
    from copilot.tools.segments import segment_lookup

    t0 = time.perf_counter()
    say = progress or (lambda _msg: None)
    calls = 0
    assumptions: list[str] = []
    risks: list[str] = []
    ev = Evidence()

    # --- audience -------------------------------------------------------------------------
    say("Resolving the audience")
    criteria, notes = audience_criteria(brief)
    assumptions.extend(notes)
    seg_query = SegmentQuery(criteria=criteria)
    seg_report = segment_lookup(deps, seg_query)
    calls += 1
    seg = seg_report.segments[0]
    if seg.size < MIN_AUDIENCE:
        for looser, what in relaxations(criteria):
            q = SegmentQuery(criteria=looser)
            r = segment_lookup(deps, q)
            calls += 1
            if r.segments and r.segments[0].size >= MIN_AUDIENCE:
                assumptions.append(
                    f"Only {seg.size} customers matched ({criteria.describe()}); {what} to reach "
                    f"{r.segments[0].size:,}."
                )
                criteria, seg_query, seg_report, seg = looser, q, r, r.segments[0]
                break
    ev.items["segment_lookup"] = _item("segment_lookup", seg_query, seg_report, seg_report.summary())
    ev.as_of = seg_report.as_of

    # --- channels: the brief's, that reach someone -----------------------------------------
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

    # --- propensity, recommendations, channel history ------------------------------------
    horizon = horizon or horizon_days(brief)
    say("Scoring purchase propensity")
    pq = PropensityQuery(audience=criteria, category=brief.category, horizon_days=horizon)
    prop = score_propensity(deps, pq)
    calls += 1
    ev.items["score_propensity"] = _item("score_propensity", pq, prop, prop.summary())

    say("Recommending products")
    # the promoted category first; a win-back or retention of past buyers of a category, with none
    # promoted, features that category (new boots for lapsed boot buyers), not the store's best sellers
    rec_category = brief.category
    if rec_category is None and brief.bought_category and brief.objective != "cross_sell":
        rec_category = brief.bought_category
    rq = RecommendQuery(audience=criteria, category=rec_category, k=5)
    recs = rank_by_lift(deps, rq, recommend_products(deps, rq.model_copy(update={"k": 15})))
    calls += 1
    if brief.product_ids:
        ev.brief["product_ids"] = list(brief.product_ids)
    ev.items["recommend_products"] = _item("recommend_products", rq, recs, recs.summary())

    say("Reading channel history")
    cq = ChannelQuery(channels=list(channels), audience=criteria)
    chan = channel_stats(deps, cq)
    calls += 1
    ev.items["channel_stats"] = _item("channel_stats", cq, chan, chan.summary())

    # --- holdout design, then the forecast with it -------------------------------------------
    say("Forecasting results")
    fq = ForecastQuery(
        audience=criteria, channels=list(channels), category=brief.category, horizon_days=horizon,
        objective=brief.objective,
    )
    fc = forecast(deps, fq)
    calls += 1
    treated = max(1, seg.size - fc.holdout_size)
    delta = max(0.0, fc.incremental_conversions) / treated
    design = design_holdout(seg.size, prop.mean_probability, delta)
    share = round(design.size / seg.size, 6) if seg.size else 0.0
    share = min(0.5, share)
    if brief.holdout_share is not None:  # the brief asked for a holdout size: that one is used
        share = round(brief.holdout_share, 6)
        assumptions.append(
            f"Holdout {100 * share:g}% as the brief asks (a power calculation suggested "
            f"{100 * min(0.5, design.size / seg.size if seg.size else 0):.1f}%)."
        )
    if abs(share - fq.holdout_share) > 1e-9:
        fq = fq.model_copy(update={"holdout_share": share})
        fc = forecast(deps, fq)
        calls += 1
    ev.items["forecast"] = _item("forecast", fq, fc, fc.summary())
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

    # --- featured products and their facts ---------------------------------------------------
    featured = list(brief.product_ids)[:FEATURED_PRODUCTS]
    for item in recs.items:
        if len(featured) >= FEATURED_PRODUCTS:
            break
        if item.product_id not in featured:
            featured.append(item.product_id)
    ev.catalog = _catalog(deps, featured, recs)
    say("Retrieving product facts")
    facts, refused = screen_facts(_facts(deps, featured, brief))
    calls += len(featured) or 1
    if refused:  # instruction-like "facts" never reach the copy, the prompt or the allowed numbers
        log.warning("planner: %d stored fact(s) read like instructions and were left out", len(refused))
        risks.append(
            f"{len(refused)} stored fact(s) read like instructions to a model, not product facts, and were "
            f"left out of the copy ({', '.join(f.fact_id for f, _ in refused[:3])}): review the knowledge base."
        )
    facts += [f for f in _rating_facts(deps, featured) if f.fact_id not in {x.fact_id for x in facts}]
    from copilot.knowledge.phrasing import load_phrasings

    phrasings = load_phrasings(deps.workspace)
    ev.facts = [
        FactRef(
            fact_id=f.fact_id, text=f.text[:1000], product_id=f.product_id, source=f.source[:200],
            phrasing=(phrasings.phrase(f.fact_id, f.text, f.phrasing) or None) if f.product_id else None,
        )
        for f in facts
    ]
    ev.items["search_product_facts"] = EvidenceItem(
        tool="search_product_facts",
        query={"product_ids": featured},
        output=[f.model_dump(mode="json") for f in facts],
        summary=f"{len(facts)} facts for {', '.join(featured) or 'the category'}",
    )

    # --- the brief's own numbers --------------------------------------------------------------
    if brief.budget is not None:
        ev.brief["budget"] = brief.budget
    if brief.discount_pct is not None:
        ev.brief["discount_pct"] = brief.discount_pct
    ev.brief["text"] = brief.text

    risks.extend(_risks(seg, prop, recs, chan, fc, design, channels))
    return EvidenceBundle(
        criteria=criteria,
        segment=seg,
        segments=seg_report,
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


def _catalog(deps: Deps, product_ids: list[str], recs: Recommendations) -> dict[str, dict[str, Any]]:
    """Name, category and list price of the featured (and recommended) products, from the workspace."""
    out: dict[str, dict[str, Any]] = {
        i.product_id: {"name": i.name, "category": i.category, "price": i.price} for i in recs.items
    }
    missing = [p for p in product_ids if p not in out]
    if missing:
        with deps.workspace.connect() as con:
            rows = con.execute(
                "SELECT product_id, name, category, price FROM products WHERE product_id IN "
                f"({', '.join('?' for _ in missing)})",
                missing,
            ).fetchall()
        for pid, name, cat, price in rows:
            out[str(pid)] = {"name": str(name), "category": str(cat), "price": float(price)}
    return out


def rank_by_lift(deps: Deps, rq: Any, recs: Recommendations, k: int = 5) -> Recommendations:
    """The audience's recommendations re-ranked by lift over global popularity, so featured products
    are the ones this audience favours more than everyone does, not the store's best sellers.

    lift = (item's share of the audience's scores) / (its share of everyone's scores, same category),
    over the audience's top 15 (so every featured product is one the audience ranks high). Falls back to the tool's order when there is no
    global ranking to compare with.
    """
    from copilot.tools.models import AudienceCriteria
    from copilot.tools.recommend import recommend_products

    if rq.audience is None or rq.audience.model_dump(exclude_defaults=True) in ({}, {"min_frequency": 0}):
        return recs.model_copy(update={"items": recs.items[:k]})
    everyone = recommend_products(
        deps, rq.model_copy(update={"audience": AudienceCriteria(min_frequency=0), "k": 20})
    )
    total_a = sum(max(i.score, 0.0) for i in recs.items) or 1.0
    total_g = sum(max(i.score, 0.0) for i in everyone.items) or 1.0
    floor = min((max(i.score, 0.0) for i in everyone.items), default=0.0) / total_g or 1e-6
    glob = {i.product_id: max(i.score, 0.0) / total_g for i in everyone.items}

    def key(item: Any) -> float:
        share = max(item.score, 0.0) / total_a
        return -share / max(glob.get(item.product_id, floor * 0.5), 1e-9)  # lift over everyone

    ranked = sorted(recs.items, key=key)
    return recs.model_copy(update={"items": ranked[:k]})


def _rating_facts(deps: Deps, product_ids: list[str]) -> list[Fact]:
    """Each featured product's review rating summary (social proof for the copy), when stored."""
    from copilot.knowledge.models import FactQuery
    from copilot.knowledge.retrieval import search_product_facts

    out: list[Fact] = []
    for pid in product_ids:
        found = search_product_facts(deps, FactQuery(query="rating summary reviews average stars", k=5, product_id=pid))
        out += [f for f in found.facts if f.section.lower().startswith("rating") or "› Rating summary" in f.text][:1]
        # issue #13: the praised review themes too (social proof quoted from reviews, copy_facts.review_proofs)
        themes = search_product_facts(deps, FactQuery(query="reviewers mention mostly positive", k=8, product_id=pid))
        out += [f for f in themes.facts if "› Theme" in f.text and "mostly positive" in f.text][:2]
    return out


def _facts(deps: Deps, product_ids: list[str], brief: CampaignBrief) -> list[Fact]:
    from copilot.knowledge.models import FactQuery
    from copilot.knowledge.retrieval import search_product_facts

    facts: list[Fact] = []
    seen: set[str] = set()
    topic = brief.goal[:200] or "key features and benefits"
    queries = [
        FactQuery(query=f"features and benefits {topic}"[:300], k=FACTS_PER_PRODUCT, product_id=pid)
        for pid in product_ids
    ]
    if not queries and brief.category:
        queries = [FactQuery(query=topic, k=MAX_FACTS, category=brief.category)]
    for q in queries:
        found = search_product_facts(deps, q)
        for f in [*found.facts, *found.withheld]:  # withheld: screened below and named in the plan's risks
            if f.fact_id not in seen:
                seen.add(f.fact_id)
                facts.append(f)
    return facts[:MAX_FACTS]


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
    return [r[:300] for r in risks][:10]
