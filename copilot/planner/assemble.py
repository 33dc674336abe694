"""Step 3a, code only: assemble a :class:`CampaignPlan` (without copy) from the evidence.

Every number is a :class:`Figure` copied from a tool output or from a :class:`Derived` value that
code computed here (budget split, return on budget, incremental revenue) with its formula and
inputs, so the numbers check can trace it.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from copilot.planner.models import (
    KPI,
    Audience,
    BudgetLine,
    BudgetSplit,
    CampaignBrief,
    CampaignPlan,
    Channel,
    ChannelPlan,
    ChannelReach,
    Derived,
    Evidence,
    Figure,
    ForecastSummary,
    Holdout,
    ScheduledSend,
    Unit,
)
from copilot.planner.render import CHANNEL_LABELS

if TYPE_CHECKING:
    from copilot.planner.evidence import EvidenceBundle
    from copilot.tools.models import AudienceCriteria, ChannelStats, Forecast

BUDGET_FLOOR = 0.10
BUDGET_CAP = 0.70
MAX_CAMPAIGN_DAYS = 42
DEFAULT_CAMPAIGN_DAYS = 21
QUIET_START, QUIET_END = 21, 8  # SMS quiet hours, recipient local time (compliance guide)

DEFAULT_HOUR: dict[str, int | None] = {"email": 9, "sms": 12, "push": 18, "paid_social": None}
ROLES: dict[str, str] = {
    "email": "Lead channel: tells the story, shows the featured products and the offer.",
    "sms": "Short reminder and last-chance nudge to consented mobile subscribers.",
    "push": "Timely nudge to app users who allow marketing push.",
    "paid_social": "Reaches audience members owned channels miss (matched audience).",
}
OBJECTIVE_LABEL = {
    "winback": "Win-back",
    "retention": "Retention",
    "acquisition": "Acquisition",
    "cross_sell": "Cross-sell",
    "launch": "Launch",
    "seasonal": "Seasonal",
    "clearance": "Clearance",
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


# --------------------------------------------------------------------------------------------
# figures
# --------------------------------------------------------------------------------------------


def fig(
    ev: Evidence,
    path: str,
    unit: Unit = "count",
    *,
    low: str | None = None,
    high: str | None = None,
    note: str | None = None,
) -> Figure:
    """A :class:`Figure` whose value (and range) are read from ``ev`` at the given paths."""
    value = float(ev.resolve(path))
    lo = float(ev.resolve(low)) if low else None
    hi = float(ev.resolve(high)) if high else None
    return Figure(
        value=value, low=lo, high=hi, unit=unit, source=path, low_source=low, high_source=high, note=note
    )


def derive(
    ev: Evidence, key: str, value: float, formula: str, inputs: list[str], unit: Unit = "count"
) -> Figure:
    """Record a code-computed value in ``ev.derived`` and return its :class:`Figure`."""
    ev.derived[key] = Derived(value=value, formula=formula[:300], inputs=inputs[:20])
    return Figure(value=value, unit=unit, source=f"derived.{key}", note=formula[:200])


# --------------------------------------------------------------------------------------------
# budget
# --------------------------------------------------------------------------------------------


def split_budget(
    weights: dict[str, float], floor: float = BUDGET_FLOOR, cap: float = BUDGET_CAP
) -> dict[str, float]:
    """Shares proportional to ``weights`` with each share in [floor, cap] (when feasible); sums to 1."""
    keys = list(weights)
    n = len(keys)
    if n == 0:
        return {}
    if n == 1:
        return {keys[0]: 1.0}
    floor = min(floor, 1.0 / n)
    cap = max(cap, 1.0 / n)
    w = {k: max(0.0, weights[k]) for k in keys}
    if sum(w.values()) <= 0:
        w = dict.fromkeys(keys, 1.0)
    fixed: dict[str, float] = {}
    for _ in range(n + 1):
        free = [k for k in keys if k not in fixed]
        left = 1.0 - sum(fixed.values())
        total = sum(w[k] for k in free) or 1.0
        shares = {k: left * w[k] / total for k in free}
        changed = False
        for k, s in shares.items():
            if s < floor - 1e-12:
                fixed[k] = floor
                changed = True
            elif s > cap + 1e-12:
                fixed[k] = cap
                changed = True
        if not changed:
            return {**fixed, **shares}
    return {
        **fixed,
        **{k: (1.0 - sum(fixed.values())) / max(1, n - len(fixed)) for k in keys if k not in fixed},
    }


def _amounts(total: float, shares: dict[str, float]) -> dict[str, float]:
    amounts = {k: round(total * s, 2) for k, s in shares.items()}
    if amounts:
        last = list(amounts)[-1]
        amounts[last] = round(total - sum(v for k, v in amounts.items() if k != last), 2)
    return amounts


# --------------------------------------------------------------------------------------------
# schedule
# --------------------------------------------------------------------------------------------


def _next_weekday(d: date, weekday: str | None, limit: date) -> date:
    if not weekday or weekday.lower() not in WEEKDAYS:
        return d
    target = WEEKDAYS.index(weekday.lower())
    shifted = d + timedelta(days=(target - d.weekday()) % 7)
    return shifted if shifted <= limit else d


def _send_hour(channel: str, stats: ChannelStats | None) -> tuple[int | None, str]:
    hour = stats.best_hour if stats is not None and stats.best_hour is not None else DEFAULT_HOUR.get(channel)
    note = "best hour in past sends" if stats is not None and stats.best_hour is not None else "default hour"
    if channel == "sms" and hour is not None and (hour >= QUIET_START or hour < QUIET_END):
        return 12, "noon: the best past hour falls in SMS quiet hours (21:00-08:00)"
    return hour, note


def build_schedule(
    channels: list[Channel], start: date, end: date, stats: dict[str, ChannelStats]
) -> list[ScheduledSend]:
    days = (end - start).days + 1
    out: list[ScheduledSend] = []
    for ch in channels:
        st = stats.get(ch)
        hour, why = _send_hour(ch, st)
        launch = _next_weekday(start, st.best_day if st else None, min(end, start + timedelta(days=6)))
        steps: list[tuple[date, str, str]] = []
        if ch == "email":
            steps.append((launch, "launch", "A/B split 50/50 of the treated audience"))
            if days >= 10:
                steps.append(
                    (launch + timedelta(days=7), "reminder", "non-openers and non-buyers; launch winner")
                )
            if days >= 14:
                steps.append((end - timedelta(days=2), "last chance", "non-buyers; launch winner"))
        elif ch == "sms":
            steps.append(
                (min(end, launch + timedelta(days=2)), "reminder", "A/B split; non-buyers since the email")
            )
            if days >= 7:
                steps.append((end - timedelta(days=1), "last chance", "non-buyers; winning variant"))
        elif ch == "push":
            steps.append((min(end, launch + timedelta(days=1)), "nudge", "A/B split; app users"))
            if days >= 10:
                steps.append(
                    (min(end, launch + timedelta(days=8)), "reminder", "non-buyers; winning variant")
                )
        else:
            steps.append((start, "flight start", "A/B creative test across the flight"))
            if days >= 14:
                steps.append(
                    (start + timedelta(days=days // 2), "creative refresh", "keep the winner, rotate copy")
                )
        for d, step, note in steps:
            d = min(max(d, start), end)
            when = f"; {hour:02d}:00 recipient local time ({why})" if hour is not None else ""
            out.append(
                ScheduledSend(
                    send_date=d, channel=ch, step=step, send_hour=hour, audience_note=(note + when)[:200]
                )
            )
    out.sort(key=lambda s: (s.send_date, s.channel))
    return out


# --------------------------------------------------------------------------------------------
# the plan
# --------------------------------------------------------------------------------------------


def campaign_window(brief: CampaignBrief, today: date) -> tuple[date, date, list[str]]:
    """Start and end dates: the brief's window, shortened to a 3-week flight when it spans a season."""
    notes: list[str] = []
    start = brief.start_date or today + timedelta(days=7)
    end = brief.end_date
    if end is None:
        end = start + timedelta(days=DEFAULT_CAMPAIGN_DAYS - 1)
    if end < start:
        end = start + timedelta(days=DEFAULT_CAMPAIGN_DAYS - 1)
        notes.append("The end date was before the start; the campaign runs 21 days from the start.")
    if (end - start).days + 1 > MAX_CAMPAIGN_DAYS:
        window_end = end
        end = start + timedelta(days=DEFAULT_CAMPAIGN_DAYS - 1)
        notes.append(
            f"The window {start:%b %-d}–{window_end:%b %-d} is long; the campaign runs a 3-week flight "
            f"{start:%b %-d}–{end:%b %-d} at its start, leaving room for a follow-up."
        )
    return start, end, notes


def plan_name(brief: CampaignBrief, start: date) -> str:
    what = (brief.category or "all products").replace("-", " ")
    if brief.product_ids and not brief.category:
        what = ", ".join(brief.product_ids[:2])
    season = {
        12: "winter",
        1: "winter",
        2: "winter",
        3: "spring",
        4: "spring",
        5: "spring",
        6: "summer",
        7: "summer",
        8: "summer",
        9: "fall",
        10: "fall",
        11: "fall",
    }[start.month]
    traits = " ".join(t.replace("_", "-") for t in brief.audience_traits[:2])
    who = f" ({traits})" if traits else ""
    return f"{OBJECTIVE_LABEL[brief.objective]}: {what}{who}, {season} {start.year}"[:120]


def make_plan_id(name: str, now: datetime, salt: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:40].rstrip("-")
    return f"{now:%Y%m%d}-{slug}-{salt[:6]}"


def assemble_plan(
    brief: CampaignBrief, bundle: EvidenceBundle, *, plan_id: str, now: datetime, start: date, end: date
) -> CampaignPlan:
    """The plan without copy; see the module docstring."""
    ev = bundle.evidence
    fc = bundle.forecast
    seg_path = "segment_lookup.segments.0"
    cur = brief.currency

    # audience and holdout
    reach = [
        ChannelReach(channel=ch, reachable=fig(ev, f"{seg_path}.reachable.{ch}"))
        for ch in ("email", "sms", "push", "paid_social")
        if ch in bundle.segment.reachable
    ]
    if bundle.criteria.model_dump(exclude_defaults=True) == {"min_frequency": 0}:
        definition = "All customers"
    else:
        definition = bundle.segment.definition.strip() or bundle.criteria.describe()
    audience = Audience(
        definition=definition[:300],
        criteria=_criteria_data(bundle.criteria),
        segment=bundle.criteria.segment,
        size=fig(ev, f"{seg_path}.size"),
        reach=reach,
    )
    holdout = Holdout(
        share=fig(ev, "derived.holdout.share", "share"),
        size=fig(ev, "forecast.holdout_size"),
        method=bundle.holdout.explanation[:400],
        lift_measurement=(
            "Randomly assign the holdout before the first send and never contact it. Lift = conversion rate of "
            "the treated audience minus that of the holdout over the campaign window plus 7 days, with a "
            "two-proportion z-test; incremental revenue = lift × treated customers × average order value."
        ),
    )

    # channels, budget
    per = {c.channel: c for c in fc.per_channel}
    stats: dict[str, ChannelStats] = {c.channel: c for c in bundle.channel_report.channels}
    channels = [ch for ch in bundle.channels if ch in per]
    schedule = build_schedule(channels, start, end, stats)
    weights: dict[str, float] = {ch: per[ch].expected_revenue for ch in channels}
    shares = split_budget(weights)
    if brief.budget is not None:
        total_fig = fig(ev, "brief.budget", "money")
    else:
        cost_known = fc.total_cost if fc.total_cost is not None else 0.0
        total_fig = derive(
            ev,
            "budget.total",
            round(cost_known, 2),
            "no budget in the brief: the forecast's send cost (sends × historical cost per send)",
            ["forecast.total_cost"],
            "money",
        )
    amounts = _amounts(total_fig.value, shares)
    lines: list[BudgetLine] = []
    channel_plans: list[ChannelPlan] = []
    for ch in channels:
        p = f"forecast.per_channel.{ch}"
        amount = derive(
            ev,
            f"budget.{ch}",
            amounts[ch],
            f"total budget × share ({shares[ch]:.1%}) proportional to expected revenue, "
            f"floor {BUDGET_FLOOR:.0%}, cap {BUDGET_CAP:.0%}",
            [total_fig.source, f"{p}.expected_revenue"],
            "money",
        )
        share = derive(
            ev,
            f"budget_share.{ch}",
            round(shares[ch], 6),
            "share of expected revenue, floored/capped",
            [f"{p}.expected_revenue"],
            "share",
        )
        rev = fig(
            ev,
            f"{p}.expected_revenue",
            "money",
            low=f"{p}.expected_revenue_low",
            high=f"{p}.expected_revenue_high",
        )
        roi_value = round(rev.value / amount.value, 4) if amount.value > 0 else 0.0
        roi = derive(
            ev,
            f"roi.{ch}",
            roi_value,
            "expected revenue / channel budget",
            [f"{p}.expected_revenue", f"derived.budget.{ch}"],
            "multiple",
        )
        if per[ch].cost is not None:
            cost = fig(ev, f"{p}.cost", "money")
        else:
            cost = derive(ev, f"cost.{ch}", 0.0, "no cost per send recorded for this channel", [p], "money")
        channel_plans.append(
            ChannelPlan(
                channel=ch,
                role=ROLES[ch],
                audience=fig(ev, f"{p}.sends"),
                sends=sum(1 for s in schedule if s.channel == ch),
                conversion_rate=fig(
                    ev,
                    f"{p}.conversion_rate.value",
                    "rate",
                    low=f"{p}.conversion_rate.low",
                    high=f"{p}.conversion_rate.high",
                ),
                expected_conversions=fig(
                    ev,
                    f"{p}.expected_conversions",
                    low=f"{p}.expected_conversions_low",
                    high=f"{p}.expected_conversions_high",
                ),
                expected_revenue=rev,
                cost=cost,
                budget=amount,
                roi=roi,
            )
        )
        lines.append(
            BudgetLine(
                channel=ch,
                amount=amount,
                share=share,
                rationale=f"expected revenue {rev.fmt(cur)} of {fc.total_revenue:,.0f} total"[:200],
            )
        )
    budget = BudgetSplit(
        total=total_fig,
        lines=lines,
        rule=(
            f"Split in proportion to each channel's expected revenue (forecast), each channel between "
            f"{BUDGET_FLOOR:.0%} and {BUDGET_CAP:.0%} of the total; the budget covers send costs first, the rest "
            "funds the offer and creative."
        ),
    )

    # forecast
    aov = fc.expected_aov
    inc_rev = derive(
        ev,
        "incremental_revenue",
        round(fc.incremental_conversions * aov, 2),
        "incremental conversions × expected AOV",
        ["forecast.incremental_conversions", "forecast.expected_aov"],
        "money",
    )
    ev.derived["incremental_revenue.low"] = Derived(
        value=round(fc.incremental_conversions_low * aov, 2),
        formula="incremental conversions low × expected AOV",
        inputs=["forecast.incremental_conversions_low", "forecast.expected_aov"],
    )
    ev.derived["incremental_revenue.high"] = Derived(
        value=round(fc.incremental_conversions_high * aov, 2),
        formula="incremental conversions high × expected AOV",
        inputs=["forecast.incremental_conversions_high", "forecast.expected_aov"],
    )
    inc_rev = inc_rev.model_copy(
        update={
            "low": ev.derived["incremental_revenue.low"].value,
            "low_source": "derived.incremental_revenue.low",
            "high": ev.derived["incremental_revenue.high"].value,
            "high_source": "derived.incremental_revenue.high",
        }
    )
    roi_total = derive(
        ev,
        "roi.total",
        round(fc.total_revenue / total_fig.value, 4) if total_fig.value > 0 else 0.0,
        "forecast revenue / total budget",
        ["forecast.total_revenue", total_fig.source],
        "multiple",
    )
    forecast = ForecastSummary(
        conversions=fig(
            ev,
            "forecast.total_conversions",
            low="forecast.total_conversions_low",
            high="forecast.total_conversions_high",
        ),
        revenue=fig(
            ev,
            "forecast.total_revenue",
            "money",
            low="forecast.total_revenue_low",
            high="forecast.total_revenue_high",
        ),
        incremental_revenue=inc_rev,
        roi=roi_total,
        horizon_days=fc.horizon_days,
        method=forecast_method(fc),
        notes=fc.assumptions[:16],
    )

    # KPIs
    kpis = [
        KPI(
            name="Incremental conversion rate",
            definition="Treated conversion rate minus holdout conversion rate.",
            target=fig(ev, "derived.lift.expected", "rate"),
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
            target=roi_total,
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

    assumptions = list(brief.assumptions) + bundle.assumptions
    if any(per[ch].cost is None for ch in channels):
        assumptions.append("Channels without recorded costs are planned at zero send cost.")
    return CampaignPlan(
        plan_id=plan_id,
        created_at=now,
        name=plan_name(brief, start),
        objective=(brief.goal or brief.text)[:300],
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
        risks=([r[:300] for r in bundle.risks] + _budget_risks(channel_plans, forecast, total_fig, cur))[:12],
        assumptions=[a[:300] for a in assumptions][:20],
        evidence=ev,
    )


def _budget_risks(
    channels: list[ChannelPlan], forecast: ForecastSummary, budget: Figure, cur: str
) -> list[str]:
    out = []
    if budget.value > 0 and forecast.revenue.value < budget.value:
        out.append(
            f"Forecast revenue ({forecast.revenue.fmt(cur)}) is below the budget ({budget.fmt(cur)}): spend less, "
            "widen the audience, or treat this as an investment in reactivation."
        )
    for c in channels:
        if c.cost.value > c.budget.value:
            out.append(
                f"The {c.channel} budget is below its estimated send cost; trim the audience or move budget."
            )
    return out


def forecast_method(fc: Forecast) -> str:
    """How the forecast was computed, in one paragraph that says per channel which history the rate
    came from and whether it was scaled by the propensity lift (only where it was)."""
    rates = []
    for c in fc.per_channel:
        scaled = f", × propensity lift {c.lift_applied:.2f}x" if c.lift_applied is not None else ""
        rates.append(f"{CHANNEL_LABELS.get(c.channel, c.channel)} from {c.rate_basis or 'past campaigns'}{scaled}")
    text = (
        "Recipients (consented, minus the holdout) × the channel's historical conversions per message "
        "(Wilson 95%) × revenue per order. Each recipient counts once per channel: follow-up sends add "
        "nothing on top, and a customer reached on two channels counts on both."
    )
    if rates:
        text += " Rates: " + "; ".join(rates) + "."
    return text


def _criteria_data(criteria: AudienceCriteria) -> dict[str, Any]:
    """The audience criteria as data; a condition tree keeps every field (its ``kind`` tags are defaults)."""
    data = criteria.model_dump(mode="json", exclude_defaults=True)
    if criteria.where is not None:
        data["where"] = criteria.model_dump(mode="json", include={"where"})["where"]
    return data
