"""The spend check: is the budget in proportion to what the audience can return?

A plan spends its budget (the brief's, or the cost of its sends); the forecast says what the audience
can bring back over the scheduled sends. When the forecast revenue is below the budget (a return under
1x) the plan is not wrong -- a reactivation campaign may be worth it -- but nobody should spend it
without seeing the numbers, so this is a warning (a failure is kept for what is wrong or unsafe, like
copy over a channel's limit or sends outside consent). The warning names the budget, the forecast
revenue with its range, the return, the cost of the scheduled sends and a recommended spend: the
largest budget whose forecast return is still 1x (the forecast revenue), never less than what the
scheduled sends cost.
"""

from __future__ import annotations

from copilot.planner.evidence_schema import format_number
from copilot.planner.plan_records import CheckResult
from copilot.planner.plan_schema import CampaignPlan
from copilot.textfit import clip

MIN_RETURN = 1.0
"""Forecast revenue / budget below this is flagged."""


def recommended_spend(plan: CampaignPlan) -> float:
    """The largest budget whose forecast return is still :data:`MIN_RETURN`, but at least the cost of
    the scheduled sends (a plan cannot send for less)."""
    sends = sum(c.cost.value for c in plan.channels)
    return max(sends, plan.forecast.revenue.value / MIN_RETURN)


def check_spend(plan: CampaignPlan) -> CheckResult:
    """Warn when the budget is above what the forecast says the audience returns (return < 1x)."""
    cur = plan.currency
    budget = plan.budget.total.value
    rev = plan.forecast.revenue
    if budget <= 0:
        return CheckResult(name="spend", status="pass", target="budget", details="No spend to weigh.")
    ret = rev.value / budget

    def money(v: float) -> str:
        return format_number(v, "money", cur)

    if ret >= MIN_RETURN:
        what = "the cost of the sends (no budget applied)" if plan.budget.sized_to_sends else "the budget"
        return CheckResult(
            name="spend",
            status="pass",
            target="budget",
            details=f"Forecast revenue {rev.fmt(cur)} is {ret:.2f}x {what} {money(budget)}.",
        )
    sends = sum(c.cost.value for c in plan.channels)
    high = f"; {rev.high / budget:.2f}x even at the high end" if rev.high is not None else ""
    ask = recommended_spend(plan)
    against = (
        f"is {budget / rev.value:.1f}x the forecast revenue {rev.fmt_range(cur)}"
        if rev.value > 0
        else f"has no forecast revenue against it ({rev.fmt_range(cur)})"
    )
    if sends > rev.value:
        advice = (
            f"Even the scheduled sends ({money(sends)}) cost more than the forecast revenue: send less often, "
            "narrow the audience to its likelier buyers, or state why the spend is an investment."
        )
    else:
        advice = (
            f"The scheduled sends cost {money(sends)}; a budget of at most {money(ask)} keeps the forecast "
            "return at 1x or more. Spend that, widen the audience, or state why the rest is an investment "
            "(e.g. reactivation)."
        )
    return CheckResult(
        name="spend",
        status="warn",
        target="budget",
        details=clip(f"The budget {money(budget)} {against}: a return of {ret:.2f}x{high}. {advice}", 600),
    )
