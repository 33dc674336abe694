"""The campaign planner: a workflow from a brief to a checked, evidence-backed :class:`CampaignPlan`.

Public API::

    run_plan(deps, brief_text, *, mode="oneshot", overrides=None, chat_model=None, progress=None) -> PlanResult
    draft_campaign_plan(deps, PlanRequest) -> PlanSummary          # the agent tool
    regenerate_copy(deps, plan_id) -> PlanResult                   # steps 3-4 again
    load_plan(deps, plan_id) / list_plans(deps) / approve_plan(deps, plan_id, approver)
    CampaignPlan.to_markdown() / .to_html() / .model_dump_json()   # a face renders its own format

Submodules import lazily so ``import copilot.planner`` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from copilot.planner.plan_schema import (
    BriefIncomplete,
    CampaignBrief,
    CampaignPlan,
    CheckResult,
    CopyVariant,
    Figure,
    PlanOverrides,
    PlanRequest,
    PlanResult,
    PlanSummary,
)

if TYPE_CHECKING:
    from copilot.planner.store import (
        PlanInfo,
        PlanNotFoundError,
        approve_plan,
        list_plans,
        load_plan,
        save_plan,
    )
    from copilot.planner.workflow import draft_campaign_plan, plan_summary, regenerate_copy, run_plan

_LAZY = {
    "run_plan": "copilot.planner.workflow",
    "regenerate_copy": "copilot.planner.workflow",
    "draft_campaign_plan": "copilot.planner.workflow",
    "plan_summary": "copilot.planner.workflow",
    "load_plan": "copilot.planner.store",
    "save_plan": "copilot.planner.store",
    "list_plans": "copilot.planner.store",
    "approve_plan": "copilot.planner.store",
    "PlanInfo": "copilot.planner.store",
    "PlanNotFoundError": "copilot.planner.store",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'copilot.planner' has no attribute {name!r}")


__all__ = [
    "BriefIncomplete",
    "CampaignBrief",
    "CampaignPlan",
    "CheckResult",
    "CopyVariant",
    "Figure",
    "PlanInfo",
    "PlanNotFoundError",
    "PlanOverrides",
    "PlanRequest",
    "PlanResult",
    "PlanSummary",
    "approve_plan",
    "draft_campaign_plan",
    "list_plans",
    "load_plan",
    "plan_summary",
    "regenerate_copy",
    "run_plan",
    "save_plan",
]
