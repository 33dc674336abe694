"""Step 3a: what the copywriter is shown -- the copy context built from the plan (products, facts as
copy lines, the offer, the A/B test, review proof, the linter's context) and the prompt messages.

Split from :mod:`copilot.planner.copywriter` (the model calls), which re-exports these names. The
context type itself is :class:`copilot.planner.copy_compose.CopyContext`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from langchain_core.messages import BaseMessage, HumanMessage, SystemMessage

from copilot.knowledge.hygiene import screen_facts
from copilot.llm.injection import wrap_data
from copilot.llm.prompts import fill, load_prompt
from copilot.planner.checks import Sender
from copilot.planner.copy_compose import CopyContext
from copilot.planner.copy_facts import (
    _FACT,
    _RATING,
    _REVIEW_THEME,
    design_ab_test,
    phrase_of,
    proof_kind,
    proof_options,
)
from copilot.planner.copy_schema import CHANNEL_INSTRUCTIONS
from copilot.planner.plan_schema import CampaignPlan, FactRef
from copilot.planner.zh import (
    ZH_ANGLES,
    ZH_CHANNEL_INSTRUCTIONS,
    ZH_TEST_ANGLES,
    copy_language,
    zh_date,
    zh_fact_phrase,
)

log = logging.getLogger(__name__)


def copy_context(plan: CampaignPlan, *, sender: Sender, tone: str, banned: list[str]) -> CopyContext:
    ev = plan.evidence
    products = [
        (pid, str(ev.catalog.get(pid, {}).get("name", pid)), float(ev.catalog.get(pid, {}).get("price", 0.0)))
        for pid in plan.featured_products
    ]
    from copilot.planner.assemble import OBJECTIVE_LABEL
    from copilot.planner.lint import lint_context
    from copilot.planner.lint_base import offer_arms

    language = copy_language(plan)
    zh = language == "zh"
    sender = sender.for_language(language)
    offer_line = plan.offer.line if plan.offer is not None and plan.offer.line else ""
    if not offer_line and plan.brief.offer:
        offer_line = (
            f"{plan.brief.offer.rstrip('.。')}，{zh_date(plan.end_date)}截止。"
            if zh
            else f"{plan.brief.offer[:1].upper()}{plan.brief.offer[1:].rstrip('.')} until {plan.end_date:%B} {plan.end_date.day}."
        )
    if zh:
        offer = f"{offer_line}（由程序添加，不要自己写）" if offer_line else "无：不要提任何折扣或优惠"
    else:
        offer = (
            f"{offer_line} (added by code: do not write it)"
            if offer_line
            else "none: do not mention any discount or offer"
        )
    what = (plan.brief.category or "").replace("-", " ")
    names = ", ".join(name for _, name, _ in products)
    objective = f"{OBJECTIVE_LABEL[plan.brief.objective]} campaign" + (f" for {what}" if what else "")
    objective += f", featuring {names}" if names else ""
    owned = plan.brief.bought_category
    if owned and not plan.brief.category and names and all(
        ev.catalog.get(pid, {}).get("category") != owned for pid, _, _ in products
    ):  # what goes with what they own (copilot.planner.next_products): no hook about buying it again
        objective += f" (they own {owned.replace('-', ' ')} already; do not ask if they bought some)"
    screened = screen_facts([f for f in ev.facts if not _REVIEW_THEME.search(f.text)])[0]
    named = []
    for f in screened:  # a plain-text fact that opens with its product's name: the rest is the phrasing
        name = next((n for pid, n, _ in products if pid == f.product_id), "")
        first = re.split(r"(?<=[.!?])\s", " ".join(f.text.split()), maxsplit=1)[0].rstrip(".")
        if not phrase_of(f) and name and first.startswith(name + " ") and not _FACT.match(f.text):
            f = f.model_copy(update={"phrasing": first[len(name) + 1 :]})
        named.append(f)
    facts = [f for f in named if phrase_of(f) and not _RATING.search(f.text)]
    if zh:  # a Chinese claim is only ever a fact's fixed rendering
        facts = [f for f in facts if zh_fact_phrase(f.text) is not None]
    themes = screen_facts([f for f in ev.facts if _REVIEW_THEME.search(f.text)])[0]  # proof, never claims
    options = proof_options([*themes, *screened], language)
    proofs = {pid: opts[0] for pid, opts in options.items()}
    test = plan.ab_test or design_ab_test(
        plan, has_offer=bool(offer_line), has_proof=proof_kind(proofs, [pid for pid, _, _ in products])
    )
    angles = (test.variant_a, test.variant_b)
    if zh:
        angles = (ZH_TEST_ANGLES.get(angles[0], angles[0]), ZH_TEST_ANGLES.get(angles[1], angles[1]))
    return CopyContext(
        objective=objective,
        audience=plan.brief.audience or plan.audience.definition,
        offer=offer,
        products=products,
        facts=facts,
        currency=plan.currency,
        brand=sender.brand_name,
        tone=tone,
        banned=banned,
        angles=angles,
        sender=sender,
        offer_line=offer_line,
        objective_key=plan.brief.objective,
        test=test,
        proofs=proofs,
        proof_options=options,
        end_day=zh_date(plan.end_date) if zh else f"{plan.end_date:%B} {plan.end_date.day}",
        # the model's pieces are shared by both arms: no savings words when an arm has no offer
        lint=replace(lint_context(plan, sender), offer_arms=offer_arms(bool(offer_line), test.element)),
        language=language,
        start=plan.start_date,
    )


def _one_line(text: str, limit: int = 220) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _banned_for_prompt(ctx: CopyContext) -> str:
    if not ctx.zh:
        return ", ".join(ctx.banned) or "none"
    from copilot.planner.zh import zh_equivalents

    words = [z for b in ctx.banned for z in zh_equivalents(b)]
    return "、".join(dict.fromkeys([*words, *ctx.banned])) or "无"


def copy_messages(ctx: CopyContext, channels: Sequence[str]) -> list[BaseMessage]:
    suffix = "_zh" if ctx.zh else ""
    system = fill(
        load_prompt(f"copy_system{suffix}.md"), brand=ctx.brand, tone=ctx.tone, banned=_banned_for_prompt(ctx)
    )
    lines = "\n".join(f"{a}: {ctx.fact_line(f)}" for a, f in zip(ctx.aliases, ctx.facts, strict=True))
    facts = wrap_data(lines, "knowledge:product_facts") if lines else ("（无）" if ctx.zh else "(none)")
    instructions = ZH_CHANNEL_INSTRUCTIONS if ctx.zh else CHANNEL_INSTRUCTIONS
    angles = ZH_ANGLES.get(ctx.objective_key) if ctx.zh and ctx.test is None else None
    angle_a, angle_b = angles or ctx.angles
    user = fill(
        load_prompt(f"copy_user{suffix}.md"),
        objective=_one_line(ctx.objective, 200),
        audience=_one_line(ctx.audience, 200),
        offer=ctx.offer,
        facts=facts,
        channels="\n".join(f"- {instructions[c]}" for c in channels),
        angle_a=angle_a,
        angle_b=angle_b,
        example="",  # a small model copies an example verbatim ("Ready for muddy miles?"): none is shown
    )
    return [SystemMessage(content=system.strip()), HumanMessage(content=user.strip())]


def checkable_facts(ctx: CopyContext, supported: Callable[[FactRef], bool]) -> CopyContext:
    """``ctx`` showing only the facts whose copy line (:func:`fact_sentence`) the claim checker
    supports, so whatever facts the model picks, the copy passes the claims check."""
    keep = [f for f in ctx.facts if supported(f)]
    if len(keep) < len(ctx.facts):
        log.info(
            "copy: %d of %d facts left out (their line fails the claim check)",
            len(ctx.facts) - len(keep),
            len(ctx.facts),
        )
    return replace(ctx, facts=keep)
