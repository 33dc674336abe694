"""The budget and each channel's plan: the total (the brief's, or the forecast's send cost), its split
in proportion to each channel's expected revenue (floored and capped), and per channel the audience,
conversion rate, revenue, cost, budget and return -- every number a traced :class:`Figure`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from copilot.planner.figures import derive, fig
from copilot.planner.plan_schema import (
    BudgetLine,
    BudgetSplit,
    CampaignBrief,
    Channel,
    ChannelPlan,
    Evidence,
    Figure,
    ForecastSummary,
    ScheduledSend,
)

if TYPE_CHECKING:
    from copilot.tools.schemas import Forecast

BUDGET_FLOOR = 0.10
BUDGET_CAP = 0.70
ROLES: dict[str, str] = {
    "email": "Lead channel: tells the story, shows the featured products and the offer.",
    "sms": "Short reminder and last-chance nudge to consented mobile subscribers.",
    "push": "Timely nudge to app users who allow marketing push.",
    "paid_social": "Reaches audience members owned channels miss (matched audience).",
}


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


def budget_total(ev: Evidence, brief: CampaignBrief, fc: Forecast) -> Figure:
    """The brief's budget, or (none stated) the forecast's send cost as a derived figure."""
    if brief.budget is not None:
        return fig(ev, "brief.budget", "money")
    cost_known = fc.total_cost if fc.total_cost is not None else 0.0
    return derive(
        ev,
        "budget.total",
        round(cost_known, 2),
        "no budget in the brief: the forecast's send cost (sends × historical cost per send)",
        ["forecast.total_cost"],
        "money",
    )


def plan_channels(
    ev: Evidence,
    fc: Forecast,
    channels: list[Channel],
    schedule: list[ScheduledSend],
    total_fig: Figure,
    cur: str,
) -> tuple[list[ChannelPlan], BudgetSplit]:
    """Each channel's plan and the budget split across them (derived figures recorded in ``ev``)."""
    per = {c.channel: c for c in fc.per_channel}
    weights: dict[str, float] = {ch: per[ch].expected_revenue for ch in channels}
    shares = split_budget(weights)
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
        sends = sum(1 for s in schedule if s.channel == ch)
        plan = _channel_plan(ev, ch, amount, sends=sends, cost_known=per[ch].cost is not None)
        channel_plans.append(plan)
        lines.append(
            BudgetLine(
                channel=ch,
                amount=amount,
                share=share,
                rationale=f"expected revenue {plan.expected_revenue.fmt(cur)} of {fc.total_revenue:,.0f} total"[
                    :200
                ],
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
    return channel_plans, budget


def _channel_plan(ev: Evidence, ch: Channel, amount: Figure, *, sends: int, cost_known: bool) -> ChannelPlan:
    """One channel's plan: its forecast figures, cost, budget and return on budget."""
    p = f"forecast.per_channel.{ch}"
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
    if cost_known:
        cost = fig(ev, f"{p}.cost", "money")
    else:
        cost = derive(ev, f"cost.{ch}", 0.0, "no cost per send recorded for this channel", [p], "money")
    return ChannelPlan(
        channel=ch,
        role=ROLES[ch],
        audience=fig(ev, f"{p}.sends"),
        sends=sends,
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


def budget_risks(
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
