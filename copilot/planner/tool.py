"""The agent tool: ``draft_campaign_plan`` (a plain typed function; its docstring is the tool description)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from copilot.planner.models import CampaignPlan, PlanRequest, PlanSummary

if TYPE_CHECKING:
    from copilot.deps import Deps


def plan_summary(plan: CampaignPlan, path: str = "") -> PlanSummary:
    """The key figures of a plan, for the agent and the faces."""
    cur = plan.currency
    return PlanSummary(
        plan_id=plan.plan_id,
        name=plan.name,
        passed=plan.passed,
        audience_size=round(plan.audience.size.value),
        reachable={r.channel: round(r.reachable.value) for r in plan.audience.reach},
        budget=plan.budget.total.fmt(cur),
        forecast_revenue=plan.forecast.revenue.fmt_range(cur),
        forecast_conversions=plan.forecast.conversions.fmt_range(cur),
        channels=[c.channel for c in plan.channels],
        failed_checks=[f"{c.name} ({c.target})" if c.target else c.name for c in plan.failed_checks],
        warnings=[f"{c.name} ({c.target})" if c.target else c.name for c in plan.warnings],
        path=path,
        markdown=plan.to_markdown(),
    )


def draft_campaign_plan(deps: Deps, request: PlanRequest) -> PlanSummary:
    """Draft a complete, checked campaign plan from a marketer's brief and save it.

    Use this when the user asks for a campaign plan, campaign ideas with numbers, or copy for a
    campaign. Pass the brief in the user's words; add channels, budget or dates only if the user
    said them. The plan's audience, forecast, budget split and holdout come from the data tools,
    its copy is checked for channel limits, compliance, brand voice, claims and numbers. If the
    brief lacks the budget, channels or focus, the tool answers with questions to ask the user.
    Returns the plan id, key figures, the checks that failed and the plan as Markdown.
    """
    from copilot.planner.workflow import run_plan

    result = run_plan(deps, request.brief, mode="chat", overrides=request.overrides())
    return plan_summary(result.plan, str(result.path))
