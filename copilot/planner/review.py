"""Step 4: run every check on a plan, one automatic repair round, and mark what still fails.

The round: (1) check everything; (2) apply the safe, deterministic repairs (compliance lines, GSM-7
transliteration, preheader trim, extra exclamation marks) to failing variants; (3) give the pieces
that still fail to the model in ONE rewrite call with their problems; (4) check again. A check that
failed first and passes now is marked ``repaired``; whatever still fails stays ``fail`` on the plan,
so the faces show it and ``plan.passed`` is False. Nothing is silently shipped.

The checks themselves, and the context they need, are in :mod:`copilot.planner.review_checks`; this
module runs the repair round and re-exports the names it used to hold.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from copilot.errors import ModelError
from copilot.knowledge.hygiene import instruction_reason
from copilot.planner.checks import find_banned, safe_repair
from copilot.planner.plan_schema import CampaignPlan, CheckResult, Citation, CopyVariant
from copilot.planner.review_checks import (
    ClaimChecker,
    ReviewContext,
    Rewriter,
    _offer_text,
    check_budget,
    check_copy_coverage,
    check_exclamations,
    check_plan,
    check_schedule,
    check_variant,
    creative_text,
    default_claim_checker,
    memoized,
    plan_allowed_numbers,
    review_context,
    tame_exclamations,
)
from copilot.textfit import clip

if TYPE_CHECKING:
    from copilot.knowledge.schemas import ClaimReport

__all__ = [
    "DROPPABLE",
    "REWRITABLE",
    "ClaimChecker",
    "ReviewContext",
    "Rewriter",
    "check_budget",
    "check_copy_coverage",
    "check_exclamations",
    "check_plan",
    "check_schedule",
    "check_variant",
    "creative_text",
    "default_claim_checker",
    "drop_rejected_sentences",
    "memoized",
    "plan_allowed_numbers",
    "review_context",
    "review_plan",
    "tame_exclamations",
]

log = logging.getLogger(__name__)

#: Checks whose failures the model can fix by rewriting (the others are fixed by code or not at all).
#: Failures that removing the offending body sentences can fix (the last-resort safe repair).
DROPPABLE = {"claims", "numbers", "brand_voice"}
REWRITABLE = {
    "sms_length",
    "email_subject",
    "email_preheader",
    "push_length",
    "brand_voice",
    "claims",
    "numbers",
    "copy_lint",
}


def _failures_by_variant(results: list[CheckResult]) -> dict[str, list[CheckResult]]:
    out: dict[str, list[CheckResult]] = {}
    for r in results:
        if r.status == "fail" and r.target:
            out.setdefault(r.target, []).append(r)
    return out


def _claim_words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _merge_citations(v: CopyVariant, report: ClaimReport | None) -> CopyVariant:
    """Add the claim checker's supporting fact ids for claims the model did not cite."""
    if report is None:
        return v
    cites = list(v.citations)
    cited = [_claim_words(c.claim) for c in cites]
    for c in report.claims:
        words = _claim_words(c.claim)
        # the checker's sentence may differ from a cited one by its quotes or punctuation only
        # ('Soft flasks …,” says' for '“Soft flasks …,” says'): the same claim is not listed twice
        if c.supported and c.fact_ids and not any(words in w for w in cited) and len(cites) < 8:
            cites.append(Citation(claim=c.claim[:200], fact_ids=list(c.fact_ids)[:5]))
            cited.append(words)
    return v.model_copy(update={"citations": cites}) if len(cites) != len(v.citations) else v


def review_plan(plan: CampaignPlan, ctx: ReviewContext, rewrite: Rewriter | None = None) -> CampaignPlan:
    """Check, repair once (code, then one model rewrite), re-check; return the plan with its checks."""
    first = check_plan(plan, ctx)
    failing = _failures_by_variant(first)
    variants = {v.key: v for v in plan.copy_variants}
    repaired_notes: dict[str, list[str]] = {}

    if failing:
        _safe_repairs(failing, variants, ctx, repaired_notes)  # (2) safe deterministic repairs
        plan = _model_rewrite(plan, failing, variants, ctx, rewrite, repaired_notes)  # (3)
        _drop_rejected(plan, failing, variants, ctx, repaired_notes)  # (4) last resort, still safe

    plan = plan.model_copy(update={"copy_variants": _ordered(plan, variants)})
    final = check_plan(plan, ctx) if failing else first
    plan = _cite_supported(plan, final, ctx)
    return plan.model_copy(update={"checks": _marked(first, final, repaired_notes)})


def _safe_repairs(
    failing: dict[str, list[CheckResult]],
    variants: dict[str, CopyVariant],
    ctx: ReviewContext,
    notes: dict[str, list[str]],
) -> None:
    """Compliance lines, GSM-7, preheader trim and extra exclamation marks, on each failing variant."""
    for key in failing:
        v = variants.get(key)
        if v is None:
            continue
        fixed, done = safe_repair(v, ctx.sender, ctx.config)
        tamed = tame_exclamations(fixed, ctx.max_exclamations)
        if tamed is not fixed:
            done.append("turned extra exclamation marks into full stops")
        if done:
            variants[key] = tamed
            notes[key] = done


def _still_failing(
    plan: CampaignPlan,
    failing: dict[str, list[CheckResult]],
    variants: dict[str, CopyVariant],
    ctx: ReviewContext,
) -> tuple[CampaignPlan, set[float], list[tuple[str, CopyVariant, list[CheckResult]]]]:
    """The plan with the current variants, its allowed numbers, and each failing variant's failures now."""
    interim = plan.model_copy(update={"copy_variants": list(variants.values())})
    allowed = plan_allowed_numbers(interim, ctx.sender)
    out: list[tuple[str, CopyVariant, list[CheckResult]]] = []
    for key in failing:
        v = variants.get(key)
        if v is None:
            continue
        out.append((key, v, [r for r in check_variant(v, interim, ctx, allowed) if r.status == "fail"]))
    return interim, allowed, out


def _model_rewrite(
    plan: CampaignPlan,
    failing: dict[str, list[CheckResult]],
    variants: dict[str, CopyVariant],
    ctx: ReviewContext,
    rewrite: Rewriter | None,
    notes: dict[str, list[str]],
) -> CampaignPlan:
    """One model call rewrites what still fails a rewritable check; a failed call becomes a risk."""
    _, _, now = _still_failing(plan, failing, variants, ctx)
    still = [
        (v, [f"{r.name}: {r.details}" for r in problems])
        for _key, v, problems in now
        if problems and any(r.name in REWRITABLE for r in problems)
    ]
    if not still or rewrite is None:
        return plan
    try:
        replacements = rewrite(still)
    except ModelError as exc:  # the failures stay marked on the plan
        log.warning("copy rewrite failed: %s", exc)
        replacements = {}
        plan = plan.model_copy(update={"risks": [*plan.risks, f"Copy rewrite failed: {exc}"[:300]][:12]})
    for key, new in replacements.items():
        fixed, _done = safe_repair(new, ctx.sender, ctx.config)
        variants[key] = tame_exclamations(fixed, ctx.max_exclamations)
        notes.setdefault(key, []).append("rewritten by the model")
    return plan


def _drop_rejected(
    plan: CampaignPlan,
    failing: dict[str, list[CheckResult]],
    variants: dict[str, CopyVariant],
    ctx: ReviewContext,
    notes: dict[str, list[str]],
) -> None:
    """Drop the body sentences the checks reject (never adds words), where only droppable checks fail."""
    _, allowed, now = _still_failing(plan, failing, variants, ctx)
    for key, v, problems in now:
        if problems and {r.name for r in problems} <= DROPPABLE:
            trimmed, dropped = drop_rejected_sentences(v, ctx, allowed, _offer_text(plan))
            if dropped:
                variants[key] = trimmed
                notes.setdefault(key, []).append(f"removed {dropped} sentence(s) the checks rejected")


def _cite_supported(plan: CampaignPlan, final: list[CheckResult], ctx: ReviewContext) -> CampaignPlan:
    """Add checker-found citations to variants that pass their claims check."""
    if ctx.claim_checker is None:
        return plan
    merged = []
    for v in plan.copy_variants:
        ok = any(r.name == "claims" and r.target == v.key and r.status == "pass" for r in final)
        merged.append(
            _merge_citations(
                v, ctx.claim_checker(creative_text(v, ctx.sender, _offer_text(plan)), list(v.product_ids))
            )
            if ok
            else v
        )
    return plan.model_copy(update={"copy_variants": merged})


def _marked(
    first: list[CheckResult], final: list[CheckResult], notes: dict[str, list[str]]
) -> list[CheckResult]:
    """The final checks, marked ``repaired`` where they failed first and pass now, or still failing."""
    failed_first = {(r.name, r.target) for r in first if r.status == "fail"}
    marked: list[CheckResult] = []
    for r in final:
        if (r.name, r.target) in failed_first and r.status != "fail":
            how = "; ".join(notes.get(r.target or "", [])) or "repaired"
            r = r.model_copy(update={"repaired": True, "details": f"{r.details} (repaired: {how})"[:600]})
        elif (r.name, r.target) in failed_first and r.status == "fail":
            still = "Still failing after the repair round."
            r = r.model_copy(update={"details": f"{clip(r.details, 600 - len(still) - 1)} {still}"})
        marked.append(r)
    return marked


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def drop_rejected_sentences(
    v: CopyVariant, ctx: ReviewContext, allowed: set[float], offer: str | None = None
) -> tuple[CopyVariant, int]:
    """Remove body sentences with a banned phrase, an untraced number or an unsupported claim.

    Returns the variant (compliance text re-added by code) and how many sentences went; nothing is
    removed when that would leave the body empty or when the problem is not in the body.
    """
    from copilot.planner.checks import add_email_footer, add_sms_compliance, numbers_in
    from copilot.planner.copywriter import creative_body

    body = creative_body(v, ctx.sender, keep_button=True)

    def rejected(sentence: str) -> bool:
        text = re.sub(r"^\s*-\s+", "", sentence)  # a fact bullet
        if find_banned(text, ctx.banned) or any(round(val, 2) not in allowed for _, val in numbers_in(text)):
            return True
        if instruction_reason(text) is not None:
            return True
        if ctx.claim_checker is not None:
            claim = re.sub(re.escape(offer), " ", text, flags=re.IGNORECASE) if offer else text
            return not ctx.claim_checker(claim, list(v.product_ids)).all_supported
        return False

    # line by line, so an email keeps its paragraphs and fact bullets
    total = dropped = 0
    lines: list[str] = []
    for line in body.split("\n"):
        sentences = [x for x in _SENTENCE_END.split(line) if x.strip()]
        keep = [x for x in sentences if not rejected(x)]
        total += len(sentences)
        dropped += len(sentences) - len(keep)
        if keep or not sentences:
            lines.append(" ".join(keep))
    if not dropped or dropped == total:
        return v, 0
    new_body = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    if v.channel == "email":
        new_body = add_email_footer(new_body, ctx.sender)
    elif v.channel == "sms":
        new_body = add_sms_compliance(new_body, ctx.sender)
    citations = [c for c in v.citations if c.claim in new_body]  # a dropped fact line loses its citation
    return v.model_copy(update={"body": new_body, "citations": citations}), dropped


def _ordered(plan: CampaignPlan, variants: dict[str, CopyVariant]) -> list[CopyVariant]:
    order = [v.key for v in plan.copy_variants]
    return [variants[k] for k in order if k in variants] + [v for k, v in variants.items() if k not in order]
