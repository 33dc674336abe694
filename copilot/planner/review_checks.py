"""The plan's checks as one pass, and what they need: the :class:`ReviewContext` (sender, banned phrases,
limits, the claim checker) built from the guides, each variant's checks (limits, compliance, brand
voice, claims, numbers, lint, injected instructions), and the plan-level checks (schedule, budget,
copy coverage, consent, figures, offer, the request). The repair round is :mod:`copilot.planner.review`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from copilot.knowledge.hygiene import instruction_reason
from copilot.planner.checks import (
    DEFAULT_CONFIG,
    SMS_STOP_LINE,
    UNSUBSCRIBE_LINE,
    CheckConfig,
    Sender,
    allowed_numbers,
    check_brand_voice,
    check_claims,
    check_compliance,
    check_consent,
    check_copy_numbers,
    check_limits,
    check_plan_figures,
    check_spend,
    email_footer,
    find_banned,
)
from copilot.planner.lint import check_lint, lint_context
from copilot.planner.offers import check_offer
from copilot.planner.plan_schema import CampaignPlan, CheckResult, CopyVariant
from copilot.planner.request_checks import check_request

if TYPE_CHECKING:
    from copilot.deps import Deps
    from copilot.knowledge.schemas import ClaimReport

ClaimChecker = Callable[[str, list[str]], "ClaimReport"]
Rewriter = Callable[[Sequence[tuple[CopyVariant, list[str]]]], dict[str, CopyVariant]]


@dataclass
class ReviewContext:
    """Everything the checks need besides the plan."""

    sender: Sender
    banned: list[str]
    avoid: list[str] = field(default_factory=list)
    max_exclamations: int = 1
    quiet_hours: tuple[int, int] = (21, 8)
    config: CheckConfig = DEFAULT_CONFIG
    claim_checker: ClaimChecker | None = None


def review_context(deps: Deps, *, claim_checker: ClaimChecker | None = None) -> ReviewContext:
    """Sender identity and rules from the compliance and brand-voice guides (settings as fallback)."""
    from copilot.knowledge.guides import load_brand_voice, load_compliance

    voice = load_brand_voice(deps.workspace)
    rules = load_compliance(deps.workspace)
    s = deps.settings
    sender = Sender(
        brand_name=rules.sms.brand_prefix.rstrip(": ").strip() or s.brand_name,
        sender_name=rules.email.sender_identity or s.sender_name,
        sender_address=rules.email.physical_address or s.sender_address,
        unsubscribe_text=rules.email.unsubscribe_text or UNSUBSCRIBE_LINE,
        sms_opt_out=rules.sms.opt_out_text or SMS_STOP_LINE,
    )
    banned = list(dict.fromkeys([*voice.banned_phrases, *rules.banned_claims]))
    qh = rules.sms.quiet_hours
    if claim_checker is None:
        claim_checker = default_claim_checker(deps)
    claim_checker = memoized(claim_checker)
    return ReviewContext(
        sender=sender,
        banned=banned,
        avoid=list(voice.avoid_words),
        max_exclamations=voice.max_exclamation_marks,
        quiet_hours=(int(qh.start[:2]), int(qh.end[:2])),
        config=CheckConfig(subject_max=voice.max_subject_chars),
        claim_checker=claim_checker,
    )


def memoized(checker: ClaimChecker) -> ClaimChecker:
    """The same checker, answering a repeated (text, products) question from memory."""
    memo: dict[tuple[str, tuple[str, ...]], ClaimReport] = {}

    def run(text: str, product_ids: list[str]) -> ClaimReport:
        key = (text, tuple(product_ids))
        if key not in memo:
            memo[key] = checker(text, product_ids)
        return memo[key]

    return run


def default_claim_checker(deps: Deps) -> ClaimChecker:
    def run(text: str, product_ids: list[str]) -> ClaimReport:
        from copilot.knowledge.claims import check_claims as kb_check_claims

        return kb_check_claims(deps, text, product_ids=product_ids or None)

    return run


# --------------------------------------------------------------------------------------------
# individual pieces
# --------------------------------------------------------------------------------------------


def creative_text(v: CopyVariant, sender: Sender, offer: str | None = None) -> str:
    """The copy without the code-owned compliance text, for claim checking. The brief's own offer
    ("20% off") is not a product claim: it is taken out here and checked by the numbers check."""
    from copilot.planner.copywriter import creative_body

    parts = [p for k, p in v.parts().items() if k != "body"]
    parts.append(creative_body(v, sender))
    text = "\n".join(p for p in parts if p)
    if offer:
        text = re.sub(re.escape(offer), " ", text, flags=re.IGNORECASE)
    return text


def plan_allowed_numbers(plan: CampaignPlan, sender: Sender) -> set[float]:
    """Numbers copy may use: the brief, facts, featured products' names and prices, sender address,
    the campaign dates and the brand name."""
    ev = plan.evidence
    texts = [plan.brief.text, sender.sender_address, sender.brand_name, sender.sender_name]
    texts += [f.text for f in ev.facts]
    texts += [str(p.get("name", "")) for p in ev.catalog.values()]
    d: date
    for d in (plan.start_date, plan.end_date, *(s.send_date for s in plan.schedule)):
        texts.append(f"{d.day} {d.year}")
    values = [float(p["price"]) for p in ev.catalog.values() if isinstance(p.get("price"), int | float)]
    if plan.brief.discount_pct is not None:
        values.append(plan.brief.discount_pct)
    if plan.offer is not None:
        texts.append(plan.offer.line)
    return allowed_numbers(texts, values)


def _offer_text(plan: CampaignPlan) -> str | None:
    """The offer as copy says it (not a product claim: the offer check reads it)."""
    if plan.offer is not None and plan.offer.line:
        return plan.offer.line
    return plan.brief.offer


def check_exclamations(v: CopyVariant, limit: int) -> CheckResult | None:
    n = sum(p.count("!") for p in v.parts().values())
    if n > limit:
        return CheckResult(
            name="brand_voice",
            status="fail",
            target=v.key,
            details=f"{n} exclamation marks; the brand voice allows at most {limit} per message.",
        )
    return None


def tame_exclamations(v: CopyVariant, limit: int) -> CopyVariant:
    """Keep the first ``limit`` exclamation marks, turn the rest into full stops (safe repair)."""
    seen = 0

    def sub(m: re.Match[str]) -> str:
        nonlocal seen
        seen += 1
        return "!" if seen <= limit else "."

    upd = {}
    for name, text in v.parts().items():
        new = re.sub(r"!", sub, text)
        if new != text:
            upd[name] = new
    return v.model_copy(update=upd) if upd else v


def check_variant(
    v: CopyVariant, plan: CampaignPlan, ctx: ReviewContext, allowed: set[float]
) -> list[CheckResult]:
    """Every check on one copy variant."""
    out: list[CheckResult] = []
    out.extend(check_limits(v, ctx.config))
    out.extend(check_compliance(v, ctx.sender))
    voice = check_brand_voice(v, ctx.banned)
    excl = check_exclamations(v, ctx.max_exclamations)
    if voice.status == "pass" and excl is not None:
        voice = excl
    elif excl is not None:
        voice = voice.model_copy(update={"details": f"{voice.details} {excl.details}"[:600]})
    if voice.status == "pass":
        soft = find_banned(" ".join(v.parts().values()), ctx.avoid)
        if soft:
            voice = CheckResult(
                name="brand_voice",
                status="warn",
                target=v.key,
                details=f"Words the brand avoids: {', '.join(soft)}.",
            )
    out.append(voice)
    creative = creative_text(v, ctx.sender, _offer_text(plan))
    injected = instruction_reason(creative)
    if injected is not None:  # a stored "fact" that talks to the model: never a claim, never copy
        out.append(
            CheckResult(
                name="claims",
                status="fail",
                target=v.key,
                details=f"Copy contains text that reads like an instruction to a model ({injected}), "
                "not a product fact.",
            )
        )
    elif ctx.claim_checker is not None:
        report = ctx.claim_checker(creative, list(v.product_ids))
        out.append(check_claims(v, report, plan.evidence))
    footer = email_footer(ctx.sender) if v.channel == "email" else ""
    out.append(check_copy_numbers(v, allowed, required_text=footer))
    out.append(check_lint(v, plan, lint_context(plan, ctx.sender)))
    return out


def check_schedule(plan: CampaignPlan, ctx: ReviewContext) -> list[CheckResult]:
    start, end = ctx.quiet_hours
    bad = [
        s
        for s in plan.schedule
        if s.channel == "sms" and s.send_hour is not None and (s.send_hour >= start or s.send_hour < end)
    ]
    outside = [s for s in plan.schedule if not plan.start_date <= s.send_date <= plan.end_date]
    out = []
    if bad:
        sends = ", ".join(f"{s.send_date:%b %-d} at {s.send_hour:02d}:00 ({s.step})" for s in bad[:4])
        out.append(
            CheckResult(
                name="quiet_hours",
                status="fail",
                target="schedule",
                details=f"schedule: {len(bad)} SMS send(s) fall in quiet hours {start:02d}:00-{end:02d}:00 "
                f"recipient local: {sends}. Move them to between {end:02d}:00 and {start:02d}:00.",
            )
        )
    else:
        out.append(
            CheckResult(
                name="quiet_hours",
                status="pass",
                target="schedule",
                details=f"No SMS in quiet hours ({start:02d}:00-{end:02d}:00 recipient local).",
            )
        )
    if outside:
        sends = ", ".join(f"{s.channel} {s.step} on {s.send_date:%b %-d, %Y}" for s in outside[:4])
        out.append(
            CheckResult(
                name="schedule",
                status="fail",
                target="schedule",
                details=f"schedule: {len(outside)} send(s) outside the campaign window "
                f"{plan.start_date:%b %-d} to {plan.end_date:%b %-d, %Y}: {sends}.",
            )
        )
    return out


def check_budget(plan: CampaignPlan) -> CheckResult:
    total = sum(line.amount.value for line in plan.budget.lines)
    if plan.budget.lines and abs(total - plan.budget.total.value) > 0.01:
        return CheckResult(
            name="budget",
            status="fail",
            target="budget",
            details="budget: the channel lines ("
            + ", ".join(f"{line.channel} {line.amount.value:,.2f}" for line in plan.budget.lines)
            + f") add up to {total:,.2f}, not the total budget {plan.budget.total.value:,.2f}.",
        )
    return CheckResult(
        name="budget", status="pass", target="budget", details="Channel budgets add up to the total."
    )


def check_copy_coverage(plan: CampaignPlan) -> list[CheckResult]:
    out = []
    for ch in plan.channels:
        have = sorted(v.variant for v in plan.variants(ch.channel))
        if have != ["A", "B"]:
            out.append(
                CheckResult(
                    name="copy",
                    status="fail",
                    target=ch.channel,
                    details=f"copy: {ch.channel} needs variants A and B; has {', '.join(have) or 'none'}.",
                )
            )
    return out


def check_plan(plan: CampaignPlan, ctx: ReviewContext) -> list[CheckResult]:
    """Every check on the plan: per-variant copy checks, consent, schedule, budget and figures."""
    allowed = plan_allowed_numbers(plan, ctx.sender)
    out: list[CheckResult] = []
    for v in plan.copy_variants:
        out.extend(check_variant(v, plan, ctx, allowed))
    out.extend(check_copy_coverage(plan))
    out.extend(check_offer(plan))
    out.extend(check_consent(plan))
    out.extend(check_schedule(plan, ctx))
    out.append(check_budget(plan))
    out.append(check_spend(plan))
    out.append(check_plan_figures(plan))
    out.extend(check_request(plan))
    return out
