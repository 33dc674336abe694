"""The budget and each channel's plan: the total (the brief's, or the cost of the scheduled sends), its
split in proportion to each channel's expected revenue (floored and capped), and per channel the
audience, conversion rate, revenue, cost, budget and return -- every number a traced :class:`Figure`.

A channel's conversions, revenue and cost count every send the schedule plans on it: the forecast
tool's figures are for one send per recipient, so n sends cost n times one send and convert
``1 + d + ... + d^(n-1)`` times one send, ``d`` the channel's follow-up response
(:mod:`copilot.tools.forecast_sends`: measured on the brand's repeat sends, or an assumed 0.5).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from copilot.planner.figures import derive, fig
from copilot.planner.plan_schema import (
    BudgetLine,
    BudgetSplit,
    CampaignBrief,
    Channel,
    ChannelPlan,
    Derived,
    Evidence,
    Figure,
    ScheduledSend,
    Unit,
)
from copilot.textfit import clip
from copilot.tools.forecast_sends import ASSUMED_FOLLOW_UP, effective_sends

if TYPE_CHECKING:
    from copilot.tools.schemas import ChannelForecast, Forecast

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


class Sends(NamedTuple):
    """One channel's scheduled sends and what they are worth in first sends (mid, low, high)."""

    n: int
    d: tuple[float, float, float]
    worth: tuple[float, float, float]

    @classmethod
    def of(cls, c: ChannelForecast, schedule: list[ScheduledSend]) -> Sends:
        n = sum(1 for s in schedule if s.channel == c.channel)
        f = c.follow_up or ASSUMED_FOLLOW_UP
        d = (f.value, f.low, f.high)
        return cls(n, d, (effective_sends(n, d[0]), effective_sends(n, d[1]), effective_sends(n, d[2])))

    def formula(self, what: str) -> str:
        """How a channel's ``what`` (conversions, revenue) counts its scheduled sends."""
        return (
            f"one send's {what} × {self.worth[0]:.2f} for {self.n} scheduled send(s): each later send "
            f"{self.d[0]:.2f}x the one before (range {self.d[1]:.2f}-{self.d[2]:.2f}x)"
        )


def scheduled_sends(fc: Forecast, schedule: list[ScheduledSend]) -> dict[str, Sends]:
    return {c.channel: Sends.of(c, schedule) for c in fc.per_channel}


def sends_sentence(fc: Forecast, sends: dict[str, Sends], labels: dict[str, str]) -> str:
    """The one sentence that says how the forecast and the cost count the scheduled sends."""
    parts = []
    for c in fc.per_channel:
        s = sends.get(c.channel)
        if s is None:
            continue
        assumed = c.follow_up is None or c.follow_up == ASSUMED_FOLLOW_UP
        how = "assumed: too few repeat sends in the history" if assumed else "measured on the brand's repeat sends"
        plural = "s" if s.n != 1 else ""
        parts.append(
            f"{labels.get(c.channel, c.channel)}'s {s.n} send{plural} convert {s.worth[0]:.2f}x one send "
            f"(each later send {s.d[0]:.2f}x the one before, {how})"
        )
    return "Forecast and cost count every scheduled send: " + "; ".join(parts) + "; each send is costed in full."


def ranged(
    ev: Evidence,
    key: str,
    values: tuple[float, float, float],
    formula: str,
    inputs: tuple[list[str], list[str], list[str]],
    unit: Unit,
) -> Figure:
    """A derived figure (``key``) with its low and high recorded beside it (``key.low``, ``key.high``);
    ``inputs`` are the evidence paths of the value, the low and the high."""
    mid, low, high = (round(v, 6) for v in values)
    f = derive(ev, key, mid, formula, inputs[0], unit)
    for end, v, used in (("low", low, inputs[1]), ("high", high, inputs[2])):
        ev.derived[f"{key}.{end}"] = Derived(value=v, formula=clip(f"{formula} ({end} ends)", 300), inputs=used[:20])
    return f.model_copy(
        update={"low": low, "low_source": f"derived.{key}.low", "high": high, "high_source": f"derived.{key}.high"}
    )


def _one_send(p: str, what: str) -> tuple[list[str], list[str], list[str]]:
    """The inputs of a channel's scheduled-send figure: the forecast's one-send ``what`` and the
    follow-up response, each end with its own."""
    return (
        [f"{p}.{what}", f"{p}.follow_up.value"],
        [f"{p}.{what}_low", f"{p}.follow_up.low"],
        [f"{p}.{what}_high", f"{p}.follow_up.high"],
    )


def budget_total(ev: Evidence, brief: CampaignBrief, fc: Forecast, sends: dict[str, Sends]) -> Figure:
    """The brief's budget, or (none stated) the cost of the scheduled sends as a derived figure."""
    if brief.budget is not None:
        return fig(ev, "brief.budget", "money")
    cost = sum((c.cost or 0.0) * sends[c.channel].n for c in fc.per_channel if c.channel in sends)
    return derive(
        ev,
        "budget.total",
        round(cost, 2),
        "no budget in the brief: the cost of the scheduled sends (recipients × sends × historical cost per send)",
        ["forecast.total_cost"] + [f"forecast.per_channel.{ch}.cost" for ch in sends],
        "money",
    )


def plan_channels(
    ev: Evidence,
    fc: Forecast,
    channels: list[Channel],
    sends: dict[str, Sends],
    total_fig: Figure,
    cur: str,
) -> tuple[list[ChannelPlan], BudgetSplit]:
    """Each channel's plan and the budget split across them (derived figures recorded in ``ev``)."""
    per = {c.channel: c for c in fc.per_channel}
    weights: dict[str, float] = {ch: per[ch].expected_revenue * sends[ch].worth[0] for ch in channels}
    shares = split_budget(weights)
    amounts = _amounts(total_fig.value, shares)
    lines: list[BudgetLine] = []
    channel_plans: list[ChannelPlan] = []
    total_revenue = sum(weights.values())
    for ch in channels:
        amount = derive(
            ev,
            f"budget.{ch}",
            amounts[ch],
            f"total budget × share ({shares[ch]:.1%}) proportional to expected revenue, "
            f"floor {BUDGET_FLOOR:.0%}, cap {BUDGET_CAP:.0%}",
            [total_fig.source, f"derived.revenue.{ch}"],
            "money",
        )
        share = derive(
            ev,
            f"budget_share.{ch}",
            round(shares[ch], 6),
            "share of expected revenue, floored/capped",
            [f"derived.revenue.{ch}"],
            "share",
        )
        plan = _channel_plan(ev, per[ch], amount, sends[ch])
        channel_plans.append(plan)
        lines.append(
            BudgetLine(
                channel=ch,
                amount=amount,
                share=share,
                rationale=clip(f"expected revenue {plan.expected_revenue.fmt(cur)} of {total_revenue:,.0f} total", 200),
            )
        )
    if total_fig.source == "derived.budget.total":  # budget_total's: no budget from the request
        return channel_plans, BudgetSplit(
            total=total_fig, lines=lines, sized_to_sends=True,
            rule=(f"No budget from the request: the plan is sized to the cost of its scheduled sends, split in proportion to each "
                  f"channel's expected revenue (each between {BUDGET_FLOOR:.0%} and {BUDGET_CAP:.0%})."),
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


def _channel_plan(ev: Evidence, c: ChannelForecast, amount: Figure, sends: Sends) -> ChannelPlan:
    """One channel's plan: its forecast figures for the scheduled sends, cost, budget and return."""
    ch = c.channel
    p = f"forecast.per_channel.{ch}"
    w = sends.worth
    conv = ranged(
        ev,
        f"conversions.{ch}",
        (c.expected_conversions * w[0], c.expected_conversions_low * w[1], c.expected_conversions_high * w[2]),
        sends.formula("conversions"),
        _one_send(p, "expected_conversions"),
        "count",
    )
    rev = ranged(
        ev,
        f"revenue.{ch}",
        (c.expected_revenue * w[0], c.expected_revenue_low * w[1], c.expected_revenue_high * w[2]),
        sends.formula("revenue"),
        _one_send(p, "expected_revenue"),
        "money",
    )
    roi_value = round(rev.value / amount.value, 4) if amount.value > 0 else 0.0
    roi = derive(
        ev, f"roi.{ch}", roi_value, "expected revenue / channel budget", [f"derived.revenue.{ch}", f"derived.budget.{ch}"],
        "multiple",
    )
    if c.cost is not None:
        cost = derive(
            ev, f"cost.{ch}", round(c.cost * sends.n, 2),
            f"one send's cost (recipients × historical cost per send) × {sends.n} scheduled send(s)",
            [f"{p}.cost"], "money",
        )
    else:
        cost = derive(ev, f"cost.{ch}", 0.0, "no cost per send recorded for this channel", [p], "money")
    return ChannelPlan(
        channel=ch,
        role=ROLES[ch],
        audience=fig(ev, f"{p}.sends"),
        sends=sends.n,
        conversion_rate=fig(
            ev,
            f"{p}.conversion_rate.value",
            "rate",
            low=f"{p}.conversion_rate.low",
            high=f"{p}.conversion_rate.high",
        ),
        expected_conversions=conv,
        expected_revenue=rev,
        cost=cost,
        budget=amount,
        roi=roi,
    )


def budget_risks(channels: list[ChannelPlan]) -> list[str]:
    """Channels whose budget is below the cost of their scheduled sends (the spend against what the
    forecast returns is the ``spend`` check, :mod:`copilot.planner.checks_spend`)."""
    return [
        f"The {c.channel} budget is below the cost of its scheduled sends; trim the audience or move budget."
        for c in channels
        if c.cost.value > c.budget.value
    ]
