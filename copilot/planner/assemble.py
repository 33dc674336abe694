"""Step 3a, code only: assemble a :class:`CampaignPlan` (without copy) from the evidence.

Every number is a :class:`Figure` copied from a tool output or from a :class:`Derived` value that
code computed here (budget split, return on budget, incremental revenue) with its formula and
inputs, so the numbers check can trace it.

The parts live by responsibility: :mod:`copilot.planner.figures` (traced figures),
:mod:`copilot.planner.schedule` (window and sends), :mod:`copilot.planner.budget` (budget split and
channel plans); this module puts the plan together (audience, holdout, forecast, KPIs) and re-exports
the names it used to hold.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from copilot.data.contract import CHANNELS
from copilot.planner.budget import (
    BUDGET_CAP,
    BUDGET_FLOOR,
    ROLES,
    Sends,
    budget_risks,
    budget_total,
    plan_channels,
    ranged,
    scheduled_sends,
    sends_sentence,
    split_budget,
)
from copilot.planner.copy_occasion import SEASON_OF_MONTH
from copilot.planner.figures import derive, fig
from copilot.planner.plan_schema import (
    KPI,
    Audience,
    CampaignBrief,
    CampaignPlan,
    Channel,
    ChannelPlan,
    ChannelReach,
    Evidence,
    Figure,
    ForecastSummary,
    Holdout,
    Unit,
)
from copilot.planner.render import CHANNEL_LABELS
from copilot.planner.schedule import (
    DEFAULT_CAMPAIGN_DAYS,
    DEFAULT_HOUR,
    MAX_CAMPAIGN_DAYS,
    QUIET_END,
    QUIET_START,
    WEEKDAYS,
    build_schedule,
    campaign_window,
)
from copilot.textfit import clip

if TYPE_CHECKING:
    from copilot.planner.evidence import EvidenceBundle
    from copilot.tools.schemas import AudienceCriteria, ChannelStats, Forecast

__all__ = [
    "BUDGET_CAP",
    "BUDGET_FLOOR",
    "DEFAULT_CAMPAIGN_DAYS",
    "DEFAULT_HOUR",
    "MAX_CAMPAIGN_DAYS",
    "OBJECTIVE_LABEL",
    "QUIET_END",
    "QUIET_START",
    "ROLES",
    "WEEKDAYS",
    "assemble_plan",
    "build_schedule",
    "campaign_window",
    "derive",
    "fig",
    "forecast_method",
    "make_plan_id",
    "plan_name",
    "split_budget",
]

OBJECTIVE_LABEL = {
    "winback": "Win-back",
    "retention": "Retention",
    "acquisition": "Acquisition",
    "cross_sell": "Cross-sell",
    "launch": "Launch",
    "seasonal": "Seasonal",
    "clearance": "Clearance",
}


def plan_name(brief: CampaignBrief, start: date) -> str:
    what = (brief.category or "all products").replace("-", " ")
    if brief.product_ids and not brief.category:
        what = ", ".join(brief.product_ids[:2])
    elif brief.bought_category and not brief.category:  # offered what goes with it (planner/next_products.py)
        what = f"{_singular(brief.bought_category.replace('-', ' '))} buyers"
    season = SEASON_OF_MONTH[start.month]
    season = "fall" if season == "autumn" else season  # plan names are US English
    traits = " ".join(t.replace("_", "-") for t in brief.audience_traits[:2])
    who = f" ({traits})" if traits else ""
    return clip(f"{OBJECTIVE_LABEL[brief.objective]}: {what}{who}, {season} {start.year}", 120)


def _singular(label: str) -> str:
    """``hiking boots`` -> ``hiking boot``, ``accessories`` -> ``accessory`` (a noun before "buyers")."""
    head, _, last = label.rpartition(" ")
    if last.endswith("ies"):
        last = last[:-3] + "y"
    elif last.endswith("s") and not last.endswith("ss"):
        last = last[:-1]
    return f"{head} {last}".strip()


def make_plan_id(name: str, now: datetime, salt: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:40].rstrip("-")
    return f"{now:%Y%m%d}-{slug}-{salt[:6]}"


def assemble_plan(
    brief: CampaignBrief, bundle: EvidenceBundle, *, plan_id: str, now: datetime, start: date, end: date
) -> CampaignPlan:
    """The plan without copy; see the module docstring."""
    ev = bundle.evidence
    fc = bundle.forecast
    cur = brief.currency
    audience = _audience(ev, bundle)
    holdout = _holdout(ev, bundle)
    per = {c.channel: c for c in fc.per_channel}
    stats: dict[str, ChannelStats] = {c.channel: c for c in bundle.channel_report.channels}
    channels = [ch for ch in bundle.channels if ch in per]
    schedule = build_schedule(channels, start, end, stats)
    sends = scheduled_sends(fc, schedule)
    total_fig = budget_total(ev, brief, fc, sends)
    channel_plans, budget = plan_channels(ev, fc, channels, sends, total_fig, cur)
    forecast = _forecast_summary(ev, fc, channel_plans, total_fig, sends)
    kpis = _kpis(ev, bundle, channels, forecast)

    assumptions = list(brief.assumptions) + bundle.assumptions
    if any(per[ch].cost is None for ch in channels):
        assumptions.append("Channels without recorded costs are planned at zero send cost.")
    return CampaignPlan(
        plan_id=plan_id,
        created_at=now,
        name=plan_name(brief, start),
        objective=clip(brief.goal or brief.text, 300),
        brief=brief,
        currency=cur,
        start_date=start,
        end_date=end,
        audience=audience,
        holdout=holdout,
        channels=channel_plans,
        schedule=schedule[:40],
        budget=budget,
        forecast=forecast,
        kpis=kpis[:10],
        featured_products=bundle.featured[:10],
        risks=([clip(r, 300) for r in bundle.risks] + budget_risks(channel_plans))[:12],
        assumptions=[clip(a, 300) for a in assumptions][:20],
        evidence=ev,
    )


def _audience(ev: Evidence, bundle: EvidenceBundle) -> Audience:
    """The audience: its definition, criteria, size and consent-based reach per channel."""
    seg_path = "segment_lookup.segments.0"
    reach = [
        ChannelReach(channel=ch, reachable=fig(ev, f"{seg_path}.reachable.{ch}"))
        for ch in CHANNELS
        if ch in bundle.segment.reachable
    ]
    if bundle.criteria.model_dump(exclude_defaults=True) == {"min_frequency": 0}:
        definition = "All customers"
    else:
        definition = bundle.segment.definition.strip() or bundle.criteria.describe()
    return Audience(
        definition=clip(definition, 300),
        criteria=_criteria_data(bundle.criteria),
        segment=bundle.criteria.segment,
        size=fig(ev, f"{seg_path}.size"),
        reach=reach,
    )


def _holdout(ev: Evidence, bundle: EvidenceBundle) -> Holdout:
    return Holdout(
        share=fig(ev, "derived.holdout.share", "share"),
        size=fig(ev, "forecast.holdout_size"),
        method=clip(bundle.holdout.explanation, 400),
        lift_measurement=(
            "Randomly assign the holdout before the first send and never contact it. Lift = conversion rate of "
            "the treated audience minus that of the holdout over the campaign window plus 7 days, with a "
            "two-proportion z-test; incremental revenue = lift × treated customers × average order value."
        ),
    )


def _forecast_summary(
    ev: Evidence, fc: Forecast, channels: list[ChannelPlan], total_fig: Figure, sends: dict[str, Sends]
) -> ForecastSummary:
    """The scheduled sends' totals over the channels, incremental revenue (the forecast's incremental
    share of its conversions, applied to the scheduled sends' conversions) and return on the budget."""

    def total(key: str, figs: list[Figure], what: str, unit: Unit) -> Figure:
        paths = [f.source for f in figs]
        return ranged(
            ev,
            f"{key}.total",
            (sum(f.value for f in figs), sum(f.low or 0.0 for f in figs), sum(f.high or 0.0 for f in figs)),
            f"sum of the channels' {what} over their scheduled sends",
            (paths, [f"{p}.low" for p in paths], [f"{p}.high" for p in paths]),
            unit,
        )

    conversions = total("conversions", [c.expected_conversions for c in channels], "conversions", "count")
    revenue = total("revenue", [c.expected_revenue for c in channels], "revenue", "money")
    # each end scaled by its own ratio of scheduled-send to one-send conversions (the low end of the
    # follow-up response with the low end of the forecast), so the range stays inside the revenue's
    one = (fc.total_conversions, fc.total_conversions_low, fc.total_conversions_high)
    sched = (conversions.value, conversions.low or 0.0, conversions.high or 0.0)
    scale = [s / o if o > 0 else 1.0 for s, o in zip(sched, one, strict=True)]
    inc = (fc.incremental_conversions, fc.incremental_conversions_low, fc.incremental_conversions_high)
    f = "forecast.incremental_conversions"
    inc_rev = ranged(
        ev,
        "incremental_revenue",
        (inc[0] * scale[0] * fc.expected_aov, inc[1] * scale[1] * fc.expected_aov, inc[2] * scale[2] * fc.expected_aov),
        f"incremental conversions × {scale[0]:.2f} (scheduled sends' conversions / one send's) × expected AOV",
        (
            [f, "derived.conversions.total", "forecast.total_conversions", "forecast.expected_aov"],
            [f"{f}_low", "derived.conversions.total.low", "forecast.total_conversions_low", "forecast.expected_aov"],
            [f"{f}_high", "derived.conversions.total.high", "forecast.total_conversions_high", "forecast.expected_aov"],
        ),
        "money",
    )
    roi_total = derive(
        ev,
        "roi.total",
        round(revenue.value / total_fig.value, 4) if total_fig.value > 0 else 0.0,
        "forecast revenue / total budget",
        ["derived.revenue.total", total_fig.source],
        "multiple",
    )
    k = len(fc.per_channel)  # the forecast's first assumptions are one per channel
    bases = [c.follow_up_basis for c in fc.per_channel if c.follow_up_basis]
    return ForecastSummary(
        conversions=conversions,
        revenue=revenue,
        incremental_revenue=inc_rev,
        roi=roi_total,
        horizon_days=fc.horizon_days,
        method=clip(forecast_method(fc, sends), 1600),
        notes=[*fc.assumptions[:k], *bases, *fc.assumptions[k:]][:16],
    )


def _kpis(
    ev: Evidence, bundle: EvidenceBundle, channels: list[Channel], forecast: ForecastSummary
) -> list[KPI]:
    """Lift, conversions, revenue and return on budget, plus an unsubscribe guardrail per owned channel."""
    one_send = bundle.forecast.total_conversions
    lift = derive(
        ev,
        "lift.scheduled",
        round(ev.derived["lift.expected"].value * forecast.conversions.value / one_send, 8) if one_send > 0 else 0.0,
        "expected lift of one send × scheduled sends' conversions / one send's",
        ["derived.lift.expected", "derived.conversions.total", "forecast.total_conversions"],
        "rate",
    )
    kpis = [
        KPI(
            name="Incremental conversion rate",
            definition="Treated conversion rate minus holdout conversion rate.",
            target=lift,
            measurement="Two-proportion z-test at the end of the window + 7 days.",
        ),
        KPI(
            name="Conversions",
            definition="Orders attributed to the campaign in the window.",
            target=forecast.conversions,
            measurement="Order attribution within the window.",
        ),
        KPI(
            name="Revenue",
            definition="Attributed revenue in the window.",
            target=forecast.revenue,
            measurement="Sum of attributed order value.",
        ),
        KPI(
            name="Return on budget",
            definition="Attributed revenue / budget.",
            target=forecast.roi,
            measurement="Compare with the incremental revenue to avoid paying for sales that would happen anyway.",
        ),
    ]
    for c in bundle.channel_report.channels:
        if c.channel in channels and c.channel in ("email", "sms") and c.unsubscribe_rate is not None:
            kpis.append(
                KPI(
                    name=f"{c.channel} unsubscribe rate (guardrail)",
                    definition="Unsubscribes / delivered; stop sends if it exceeds the historical rate.",
                    target=fig(ev, f"channel_stats.channels.{c.channel}.unsubscribe_rate.value", "rate"),
                    measurement="Per send, against the channel's history.",
                )
            )
    return kpis


def forecast_method(fc: Forecast, sends: dict[str, Sends] | None = None) -> str:
    """How the forecast was computed, in one paragraph that says how the scheduled sends are counted
    and per channel which history the rate came from and whether it was scaled by the propensity lift
    (only where it was)."""
    rates = []
    for c in fc.per_channel:
        scaled = f", × propensity lift {c.lift_applied:.2f}x" if c.lift_applied is not None else ""
        rates.append(
            f"{CHANNEL_LABELS.get(c.channel, c.channel)} from {c.rate_basis or 'past campaigns'}{scaled}"
        )
    text = (
        "Recipients (consented, minus the holdout) × the channel's historical conversions per message "
        "(Wilson 95%) × revenue per order. "
    )
    if sends:
        text += sends_sentence(fc, sends, CHANNEL_LABELS) + " A customer reached on two channels counts on both."
    else:
        text += "One send per recipient and channel; a customer reached on two channels counts on both."
    if rates:
        text += " Rates: " + "; ".join(rates) + "."
    return text


def _criteria_data(criteria: AudienceCriteria) -> dict[str, Any]:
    """The audience criteria as data; a condition tree keeps every field (its ``kind`` tags are defaults)."""
    data = criteria.model_dump(mode="json", exclude_defaults=True)
    if criteria.where is not None:
        data["where"] = criteria.model_dump(mode="json", include={"where"})["where"]
    return data
