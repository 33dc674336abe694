"""The plan workflow: brief -> evidence -> plan -> copy -> checks (+ one repair round) -> save.

A workflow, not a free-form chat, so a small local model produces a sound plan in few calls:

1. **Brief**: the one reader (:mod:`copilot.reading`, via :mod:`copilot.planner.briefing`); the model is asked, with a tiny
   schema, only for the fields code could not find (often no call at all). One-shot mode assumes
   stated defaults and lists them; chat mode raises :class:`BriefIncomplete` with questions.
2. **Evidence**: tools only (:mod:`copilot.planner.evidence`).
3. **Plan**: code assembles every number (:mod:`copilot.planner.assemble`); the model writes the copy
   in one call (:mod:`copilot.planner.copywriter`).
4. **Checks** and one repair round (:mod:`copilot.planner.review`).
5. **Save** (:mod:`copilot.planner.store`); rendering is on the plan itself.

Typically 1 model call (copy), 2 with a repair round, 3 when the brief is vague.
"""

from __future__ import annotations

import logging
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, Literal

from copilot.deps import Deps  # runtime import: the agent resolves the tool's type hints
from copilot.llm.tokens import CostLedger, PriceTable, charge_enclosing
from copilot.planner.assemble import (
    assemble_plan,
    campaign_window,
    make_plan_id,
    plan_name,
)
from copilot.planner.briefing import build_brief
from copilot.planner.copywriter import (
    checkable_facts,
    copy_context,
    fact_sentence,
    rewrite_copy,
    strategy_line,
    write_copy,
)
from copilot.planner.evidence import gather_evidence
from copilot.planner.offers import with_offer
from copilot.planner.plan_schema import (
    CampaignPlan,
    PlanOverrides,
    PlanRequest,
    PlanResult,
    PlanSummary,
    StepTiming,
)
from copilot.planner.review import ReviewContext, review_context, review_plan
from copilot.planner.rich_copy import resolve_strategy
from copilot.planner.store import save_plan, updating

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

log = logging.getLogger(__name__)

Progress = Callable[[str], None]
Mode = Literal["oneshot", "chat"]



# --------------------------------------------------------------------------------------------
# step 1: the brief
# --------------------------------------------------------------------------------------------


@dataclass
class _Calls:
    """The LLM and its bookkeeping for one run."""

    deps: Deps
    chat_model: BaseChatModel | None
    ledger: CostLedger
    prices: PriceTable
    timings: list[StepTiming] = field(default_factory=list)

    def model(self) -> BaseChatModel:
        if self.chat_model is None:
            self.chat_model = self.deps.get_chat_model()
        return self.chat_model

    def step(self, name: str, t0: float, calls_before: int, tool_calls: int = 0) -> None:
        self.timings.append(
            StepTiming(
                step=name,
                seconds=round(time.perf_counter() - t0, 3),
                llm_calls=self.ledger.llm_calls - calls_before,
                tool_calls=tool_calls,
            )
        )


# --------------------------------------------------------------------------------------------
# steps 2-5
# --------------------------------------------------------------------------------------------


def _say(progress: Progress | None, msg: str) -> None:
    log.info("planner: %s", msg)
    if progress is not None:
        progress(msg)


def _voice(deps: Deps) -> tuple[str, list[str]]:
    from copilot.knowledge.guides import load_brand_voice

    voice = load_brand_voice(deps.workspace)
    return voice.tone, list(voice.banned_phrases)


def _write_and_review(
    deps: Deps, plan: CampaignPlan, calls: _Calls, review: ReviewContext, progress: Progress | None
) -> CampaignPlan:
    tone, banned = _voice(deps)
    plan = with_offer(deps, plan)  # the offer (if any) before the copy that mentions it
    ctx = copy_context(plan, sender=review.sender, tone=tone, banned=review.banned or banned)
    plan = plan.model_copy(update={"ab_test": ctx.test})
    checker = review.claim_checker
    if checker is not None:  # offer the model only facts whose copy line passes the claims check
        ctx = checkable_facts(
            ctx, lambda f: checker(fact_sentence(f), [f.product_id] if f.product_id else []).all_supported
        )
    ctx.strategy, ctx.checker = resolve_strategy(deps.settings), checker  # issue #13: rich or constrained
    _say(progress, "Writing copy")
    t0, before = time.perf_counter(), calls.ledger.llm_calls
    model = calls.model()
    variants = write_copy(
        model,
        ctx,
        [c.channel for c in plan.channels],
        max_tokens=deps.settings.max_tokens,
        ledger=calls.ledger,
        prices=calls.prices,
    )
    calls.step("copy", t0, before)
    plan = plan.model_copy(
        update={"copy_variants": variants, "copy_strategy": strategy_line(ctx), "ab_test": ctx.test}
    )

    _say(progress, "Checking the plan")
    t0, before = time.perf_counter(), calls.ledger.llm_calls

    def rewrite(failing: Any) -> Any:
        _say(progress, f"Repairing {len(failing)} piece(s) of copy")
        return rewrite_copy(model, ctx, failing, ledger=calls.ledger, prices=calls.prices)

    plan = review_plan(plan, review, rewrite=rewrite)
    calls.step("checks", t0, before)
    return plan


def _model_name(model: BaseChatModel | None) -> str:
    if model is None:
        return ""
    from copilot.llm.providers import model_capabilities

    caps = model_capabilities(model)
    return f"{caps.provider}:{caps.model_name}"[:120]


def run_plan(
    deps: Deps,
    brief_text: str,
    *,
    mode: Mode = "oneshot",
    overrides: PlanOverrides | None = None,
    chat_model: BaseChatModel | None = None,
    progress: Progress | None = None,
) -> PlanResult:
    """Draft, check and save a campaign plan from a brief; see the module docstring.

    ``chat_model`` defaults to ``deps.get_chat_model()``. ``progress`` receives short status lines.
    The plan's ledger holds its model calls; inside :func:`copilot.llm.tokens.charging_to` (an
    agent's tool call, ``Session.plan``) they are also handed to the enclosing conversation.
    Raises :class:`BriefIncomplete` (chat mode), :class:`MissingArtifactError` (untrained
    workspace), :class:`ModelError` (the model failed).
    """
    calls = _Calls(deps, chat_model or deps.chat_model, CostLedger(), PriceTable.from_settings(deps.settings))
    try:
        return _run_plan(deps, brief_text, calls, mode=mode, overrides=overrides, progress=progress)
    finally:  # a conversation that drafted this plan counts its calls, even those of a failed run
        charge_enclosing(calls.ledger)


def _run_plan(
    deps: Deps,
    brief_text: str,
    calls: _Calls,
    *,
    mode: Mode,
    overrides: PlanOverrides | None,
    progress: Progress | None,
) -> PlanResult:
    t_start = time.perf_counter()
    _say(progress, "Reading the brief")
    brief = build_brief(deps, brief_text, mode=mode, overrides=overrides, calls=calls)
    today = deps.clock().date()
    start, end, window_notes = campaign_window(brief, today)

    _say(progress, "Gathering evidence")
    t0 = time.perf_counter()
    bundle = gather_evidence(deps, brief, horizon=_horizon(start, end), progress=progress)
    calls.step("evidence", t0, calls.ledger.llm_calls, tool_calls=bundle.tool_calls)
    bundle.assumptions[:0] = window_notes

    now = deps.clock()
    plan_id = make_plan_id(plan_name(brief, start), now, secrets.token_hex(3))
    calls.ledger.scope = f"plan:{plan_id}"
    t0 = time.perf_counter()
    plan = assemble_plan(brief, bundle, plan_id=plan_id, now=now, start=start, end=end)
    calls.step("assemble", t0, calls.ledger.llm_calls)

    review = review_context(deps)
    plan = _write_and_review(deps, plan, calls, review, progress)

    calls.timings.append(
        StepTiming(
            step="total",
            seconds=round(time.perf_counter() - t_start, 3),
            llm_calls=calls.ledger.llm_calls,
            tool_calls=bundle.tool_calls,
        )
    )
    plan = plan.model_copy(
        update={"ledger": calls.ledger, "timings": calls.timings, "model": _model_name(calls.chat_model)}
    )
    _say(progress, "Saving the plan")
    path = save_plan(deps, plan)
    return PlanResult(plan=plan, path=path)


def _horizon(start: date, end: date) -> int:
    return max(7, min(180, (end - start).days + 1))


def regenerate_copy(
    deps: Deps,
    plan_id: str,
    *,
    chat_model: BaseChatModel | None = None,
    progress: Progress | None = None,
) -> PlanResult:
    """Re-write and re-check the copy of a saved plan (steps 3-4 only); the evidence and numbers stay.

    The new copy voids an earlier approval; the LLM calls are added to the plan's ledger (and to an
    enclosing conversation's, as in :func:`run_plan`).
    """
    calls = _Calls(deps, chat_model or deps.chat_model, CostLedger(), PriceTable.from_settings(deps.settings))
    try:
        return _regenerate_copy(deps, plan_id, calls, progress)
    finally:
        charge_enclosing(calls.ledger)


def _regenerate_copy(deps: Deps, plan_id: str, calls: _Calls, progress: Progress | None) -> PlanResult:
    from copilot.planner.store import load_plan, plan_path

    plan = load_plan(deps, plan_id)
    calls.ledger.scope = plan.ledger.scope or f"plan:{plan_id}"
    new = _write_and_review(deps, plan, calls, review_context(deps), progress)
    # the model call takes minutes: merge into the saved plan under the lock only at the end
    with updating(deps, plan_id) as box:
        current = box[0]
        ledger = CostLedger(scope=calls.ledger.scope, calls=[*current.ledger.calls, *calls.ledger.calls])
        box[0] = current.model_copy(
            update={
                "copy_variants": new.copy_variants,
                "copy_strategy": new.copy_strategy,
                "ab_test": new.ab_test,
                "checks": new.checks,
                "risks": new.risks,
                "approval": None,
                "ledger": ledger,
                "timings": [
                    *current.timings,
                    *(t.model_copy(update={"step": f"regenerate.{t.step}"}) for t in calls.timings),
                ],
                "model": _model_name(calls.chat_model) or current.model,
            }
        )
        result = box[0]
    return PlanResult(plan=result, path=plan_path(deps, plan_id))


# --------------------------------------------------------------------------------------------
# the agent tool
# --------------------------------------------------------------------------------------------


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
    """Draft a complete, checked campaign plan from a marketer's brief and save it. Use it when the user
    asks for a campaign plan or campaign copy; pass the brief in the user's words and add channels,
    budget or dates only if the user gave them. Audience, forecast, budget split and holdout come from
    the data tools; the copy is checked for channel limits, compliance, brand voice, claims and numbers.
    If the brief lacks the budget, channels or focus, the answer is the questions to ask the user.
    Returns the plan id, key figures, failed checks and the plan as Markdown.
    """
    mode: Mode = "oneshot" if request.what_if else "chat"  # a what-if forecast states its assumptions
    result = run_plan(deps, request.brief, mode=mode, overrides=request.overrides())
    return plan_summary(result.plan, str(result.path))
