"""The plan workflow: brief -> evidence -> plan -> copy -> checks (+ one repair round) -> save.

A workflow, not a free-form chat, so a small local model produces a sound plan in few calls:

1. **Brief**: code reads what it can (:mod:`copilot.planner.brief`); the model is asked, with a tiny
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
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, Literal, cast

from langchain_core.messages import HumanMessage, SystemMessage
from pydantic import BaseModel, ConfigDict, Field, create_model

from copilot.deps import Deps  # runtime import: the agent resolves the tool's type hints
from copilot.llm.prompts import render_prompt
from copilot.llm.tokens import CostLedger, PriceTable, charge_enclosing
from copilot.planner.assemble import (
    DEFAULT_CAMPAIGN_DAYS,
    assemble_plan,
    campaign_window,
    make_plan_id,
    plan_name,
)
from copilot.planner.brief import TRAIT_WORDS, category_grounded, parse_brief_text
from copilot.planner.copywriter import checkable_facts, copy_context, fact_sentence, rewrite_copy, write_copy
from copilot.planner.evidence import gather_evidence
from copilot.planner.models import (
    BriefIncomplete,
    CampaignBrief,
    CampaignPlan,
    Channel,
    Objective,
    PlanOverrides,
    PlanRequest,
    PlanResult,
    PlanSummary,
    StepTiming,
)
from copilot.planner.review import ReviewContext, review_context, review_plan
from copilot.planner.store import save_plan, updating

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

log = logging.getLogger(__name__)

Progress = Callable[[str], None]
Mode = Literal["oneshot", "chat"]

DEFAULT_CHANNELS: list[Channel] = ["email", "sms", "push"]
OBJECTIVES: tuple[str, ...] = (
    "winback",
    "retention",
    "acquisition",
    "cross_sell",
    "launch",
    "seasonal",
    "clearance",
)


# --------------------------------------------------------------------------------------------
# step 1: the brief
# --------------------------------------------------------------------------------------------


def catalogue_names(deps: Deps) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """``(categories as (slug, label), products as (id, name))`` of the workspace."""
    from copilot.data.catalog import CATEGORIES

    labels = {c.slug: c.label for c in CATEGORIES}
    with deps.workspace.connect() as con:
        cats = [
            str(r[0]) for r in con.execute("SELECT DISTINCT category FROM products ORDER BY 1").fetchall()
        ]
        prods = [
            (str(r[0]), str(r[1])) for r in con.execute("SELECT product_id, name FROM products").fetchall()
        ]
    return [(c, labels.get(c, c.replace("-", " "))) for c in cats], prods


_CONSTRAINT = re.compile(
    r"[^,.;]*\b(?:no|not|don'?t|do not|never|avoid|without|must|only|exclude|excluding)\b[^,.;]*",
    re.IGNORECASE,
)


def _constraints(text: str) -> list[str]:
    out = []
    for m in _CONSTRAINT.finditer(text):
        c = " ".join(m.group(0).split())
        if c and len(c) > 3:
            out.append(c[:200])
    return out[:5]


def _goal(text: str) -> str:
    first = re.split(r"(?<=[.!?])\s", " ".join(text.split()), maxsplit=1)[0]
    return (first or text)[:300]


def _audience_words(
    traits: list[str], category_label: str | None, bought_label: str | None = None, everyone: bool = False
) -> str:
    words = [t.replace("_", "-") for t in traits]
    who = ", ".join(words) + " customers" if words else ("all customers" if everyone else "customers")
    if bought_label:
        who += f" who bought {bought_label.lower()}"
    if category_label and category_label != bought_label:
        who += f" interested in {category_label.lower()}"
    return who


def _a(word: str) -> str:
    return ("an " if word[:1] in "aeiou" else "a ") + word


def objective_from_traits(traits: list[str]) -> Objective | None:
    """The campaign type an audience implies when the brief names no type: lapsed or at-risk customers
    are won back, new ones welcomed (acquisition); other audiences say nothing about the type."""
    if "lapsed" in traits or "at_risk" in traits:
        return "winback"
    if "new" in traits:
        return "acquisition"
    return None


def consistent_objective(objective: Objective, traits: list[str]) -> Objective:
    """A model's campaign type, corrected where it contradicts the audience: winning back customers who
    are not lapsed, or 'acquiring' existing high-value or loyal customers, is retention."""
    if objective == "winback" and not {"lapsed", "at_risk"} & set(traits):
        return "retention"
    if objective == "acquisition" and "new" not in traits and {"high_value", "loyal", "lapsed", "at_risk"} & set(
        traits
    ):
        return "retention"
    return objective


def brief_fill_schema(missing: list[str], categories: list[tuple[str, str]]) -> type[BaseModel]:
    """A tiny schema holding only the brief fields code could not read."""
    fields: dict[str, Any] = {}
    lit: Any = Literal
    if "objective" in missing:
        fields["objective"] = (lit[OBJECTIVES], Field(..., description="Campaign type."))
    if "category" in missing and categories:
        slugs = tuple([c for c, _ in categories] + ["none"])
        fields["category"] = (lit[slugs], Field(..., description="Catalogue category the campaign is about."))
    if "traits" in missing:
        traits = tuple(TRAIT_WORDS)
        trait_list: Any = list[lit[traits]]
        fields["traits"] = (
            trait_list,
            Field(..., max_length=3, description="Audience traits (may be empty)."),
        )
    fields["audience"] = (str, Field(..., max_length=150, description="The audience in a few words."))
    model: type[BaseModel] = create_model("BriefFill", __config__=ConfigDict(extra="forbid"), **fields)
    return model


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


def build_brief(
    deps: Deps,
    text: str,
    *,
    mode: Mode = "oneshot",
    overrides: PlanOverrides | None = None,
    calls: _Calls | None = None,
) -> CampaignBrief:
    """The typed brief: code first, the model only for what code could not read, then defaults."""
    from copilot.llm.providers import structured_call

    text = " ".join(text.split())[:1000]
    if not text:
        raise BriefIncomplete(["What should the campaign achieve, for whom, and on which channels?"])
    today = deps.clock().date()
    categories, products = catalogue_names(deps)
    h = parse_brief_text(text, today, categories=categories, products=products)
    assumptions: list[str] = []
    category = h.category
    traits = list(h.traits)
    objective: Objective | None = h.objective
    labels = dict(categories)
    audience = ""

    objective_by_model = False
    if objective is None:
        objective = objective_from_traits(traits)
    missing = []
    if objective is None:
        missing.append("objective")
    if category is None and not h.product_ids:
        missing.append("category")
    if not traits and not h.all_customers and not h.bought_category and h.audience_named:
        missing.append("traits")  # the brief describes an audience in words the lexicon does not know
    if missing and calls is not None:
        schema = brief_fill_schema(missing, categories)
        cats = ", ".join(c for c, _ in categories)
        messages = [
            SystemMessage(content=render_prompt("brief_system", categories=cats).strip()),
            HumanMessage(content=render_prompt("brief_user", brief=text).strip()),
        ]
        t0, before = time.perf_counter(), calls.ledger.llm_calls
        fill = structured_call(
            calls.model(), messages, schema, ledger=calls.ledger, prices=calls.prices, purpose="plan.brief"
        )
        calls.step("brief", t0, before)
        got = fill.model_dump()
        if "objective" in got:
            objective, objective_by_model = cast(Objective, got["objective"]), True
        cat = str(got.get("category") or "none")
        if cat != "none" and cat in labels and category_grounded(cat, labels[cat], text):
            category = cat  # kept only when the brief's words point at it: never an invented product focus
        if got.get("traits"):
            traits = list(dict.fromkeys(str(t) for t in got["traits"]))
            assumptions.append(
                f"Audience read as {', '.join(t.replace('_', '-') for t in traits)} customers from the brief's "
                "wording: say 'lapsed', 'at-risk', 'high-value', 'loyal' or 'new' to be exact."
            )
        audience = str(got.get("audience") or "") if traits else ""
    if objective_by_model and objective is not None:
        fixed = consistent_objective(objective, traits)
        if fixed != objective:
            assumptions.append(
                f"Planned as a {fixed.replace('_', '-')} campaign: {_a(objective.replace('_', '-'))} campaign needs "
                f"{'lapsed or at-risk' if objective == 'winback' else 'new'} customers, and the brief names none."
            )
            objective = fixed
        else:
            assumptions.append(
                f"Campaign type read as {objective.replace('_', '-')} (the brief names none): say 'win back', "
                "'launch', 'cross-sell', 'clearance' or 'retention' to choose."
            )

    questions: list[str] = []
    channels = list(h.channels)
    budget = h.budget
    start, end = h.start_date, h.end_date
    if overrides is not None:
        channels = list(overrides.channels) if overrides.channels else channels
        budget = overrides.budget if overrides.budget is not None else budget
        start = overrides.start or start
        end = overrides.end or end
    if not channels:
        if mode == "chat":
            questions.append("Which channels should I use (email, SMS, push, paid social)?")
        channels = [c for c in DEFAULT_CHANNELS if c not in h.excluded_channels] or ["email"]
        assumptions.append(
            f"No channels named: planned on {', '.join(channels)} (owned channels with consent)."
        )
    if budget is None and h.budget_text:  # mentioned but not readable: say so, never replace silently
        if mode == "chat":
            questions.append(f'I could not read an amount from "{h.budget_text}": what is the budget (e.g. $20k)?')
        assumptions.append(
            f'The brief mentions a budget ("{h.budget_text}") but no amount could be read from it: planned '
            "at the forecast's send cost. State the amount (e.g. $20k) to plan to it."
        )
    elif budget is None:
        if mode == "chat":
            questions.append("What is the budget?")
        assumptions.append("No budget given: planned at the forecast's send cost.")
    if category is None and not h.product_ids and not traits and not h.all_customers:
        if mode == "chat":
            questions.append("Which products or customers is the campaign about?")
        assumptions.append("No product focus or audience named: all customers and the best-selling products.")
    elif category is None and not h.product_ids:
        assumptions.append(
            "No product or category named: the plan features the products most recommended for this audience."
        )
    if questions:
        raise BriefIncomplete(questions)
    if objective is None:
        objective = "retention"
        assumptions.append("No campaign type recognised: planned as a retention campaign.")
    if start is None:
        start = today + timedelta(days=7)
        assumptions.append(
            f"No dates given: starts {start:%b %-d, %Y} (a week from today) and runs "
            f"{DEFAULT_CAMPAIGN_DAYS} days."
        )
    elif h.window_note and (overrides is None or overrides.start is None):
        assumptions.append(f"Dates read from the brief as {h.window_note}.")
    if start < today:
        start = today + timedelta(days=1)
        assumptions.append("The start date was in the past; the campaign starts tomorrow.")
    currency = h.currency or deps.settings.currency
    if h.currency and h.currency != deps.settings.currency:
        assumptions.append(f"Budget stated in {h.currency}; the store reports in {deps.settings.currency}.")
    return CampaignBrief(
        goal=_goal(text),
        objective=objective,
        category=category,
        product_ids=h.product_ids,
        audience=(
            audience
            or _audience_words(
                traits, labels.get(category or ""), labels.get(h.bought_category or ""), h.all_customers
            )
        )[:300],
        audience_traits=traits[:8],
        bought_category=h.bought_category,
        all_customers=h.all_customers and not traits,
        channels=channels,
        budget=budget,
        currency=currency,
        start_date=start,
        end_date=end,
        offer=h.offer,
        discount_pct=h.discount_pct,
        constraints=_constraints(text),
        assumptions=[a[:300] for a in assumptions][:15],
        text=text,
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
    ctx = copy_context(plan, sender=review.sender, tone=tone, banned=review.banned or banned)
    checker = review.claim_checker
    if checker is not None:  # offer the model only facts whose copy line passes the claims check
        ctx = checkable_facts(
            ctx, lambda f: checker(fact_sentence(f), [f.product_id] if f.product_id else []).all_supported
        )
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
    plan = plan.model_copy(update={"copy_variants": variants})

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
    result = run_plan(deps, request.brief, mode="chat", overrides=request.overrides())
    return plan_summary(result.plan, str(result.path))
