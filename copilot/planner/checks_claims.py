"""What copy asserts, checked against evidence: product claims backed by stored facts (Chinese claims
must be code's rendering of a cited fact), numbers that trace to the evidence or the brief, and the
plan's figures resolved to their evidence paths. :mod:`copilot.planner.checks` re-exports every name.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from copilot.planner.checks_limits import _res
from copilot.planner.plan_schema import CampaignPlan, CheckResult, CopyVariant, Evidence
from copilot.planner.zh import (
    NOT_AFTER_WORD,
    ZH_CTA_VERBS,
    ZH_OFFER_LINE,
    has_cjk,
    zh_fact_phrase,
    zh_review_proof,
    zh_sentence_forms,
)

if TYPE_CHECKING:
    from copilot.knowledge.schemas import ClaimReport

# --------------------------------------------------------------------------------------------
# Claims
# --------------------------------------------------------------------------------------------


def check_claims(v: CopyVariant, report: ClaimReport, evidence: Evidence) -> CheckResult:
    """Every product claim in the copy is supported by a stored fact, and every cited fact id exists.

    ``report`` is ``copilot.knowledge.claims.check_claims`` run on the variant's text.
    """
    unknown = [f for f in v.fact_ids if evidence.fact(f) is None]
    # the claim checker reads English; Chinese sentences are judged by zh_claim_problems
    bad = [c.claim for c in report.unsupported if not has_cjk(c.claim)]
    bad += zh_claim_problems(v, evidence)
    problems = []
    if bad:
        problems.append("unsupported claim(s): " + "; ".join(repr(c[:120]) for c in bad[:4]))
    if unknown:
        problems.append("cites unknown fact id(s) " + ", ".join(unknown[:5]))
    if problems:
        return _res("claims", "fail", "Copy has " + " and ".join(problems) + ".", v.key)
    n = len([c for c in report.claims if not has_cjk(c.claim)]) + len(zh_claims(v))
    cited = len(v.fact_ids)
    return _res("claims", "pass", f"{n} claim(s) checked, all supported; {cited} fact(s) cited.", v.key)


_ZH_SENTENCE = re.compile(r"(?<=[。！？!?])\s*|\n+")
_ZH_COMPLIANCE = re.compile(r"退订|取消订阅|^您收到这封邮件|\{[a-z_]+\}|^【[^】]{1,40}】$")


def _zh_sentences(v: CopyVariant) -> list[str]:
    out: list[str] = []
    for text in v.parts().values():
        text = re.sub(r"^\s*【[^】]{1,40}】", "", text)  # the SMS signature
        out.extend(x.strip() for x in _ZH_SENTENCE.split(text) if x and x.strip() and has_cjk(x))
    return out


def _zh_non_claim(sentence: str) -> bool:
    """A question, an invitation (a CTA verb first), the offer line or compliance text."""
    s = sentence.strip()
    return (
        s.endswith(("？", "?"))
        or s.startswith(ZH_CTA_VERBS)
        or ZH_OFFER_LINE.match(s) is not None
        or _ZH_COMPLIANCE.search(s) is not None
    )


def zh_claims(v: CopyVariant) -> list[str]:
    """The Chinese sentences of ``v`` that make a claim (not a question, invitation, offer or compliance)."""
    return [s for s in _zh_sentences(v) if not _zh_non_claim(s)]


def zh_claim_problems(v: CopyVariant, evidence: Evidence) -> list[str]:
    """Chinese claims no cited fact renders: every Chinese claim sentence must be code's fixed
    rendering (:mod:`copilot.planner.zh`) of a fact the variant cites, re-derived here from the
    stored fact -- so a Chinese claim carries exactly what its English fact says, or fails."""
    renderings: set[str] = set()
    for fid in v.fact_ids:
        f = evidence.fact(fid)
        if f is None:
            continue
        name = str(evidence.catalog.get(f.product_id or "", {}).get("name", "")) if f.product_id else ""
        phrase = zh_fact_phrase(f.text)
        if phrase is not None:
            renderings |= zh_sentence_forms(name, phrase)
        proof = zh_review_proof(f.text)
        if proof is not None:
            renderings.add(proof)
    return [s for s in zh_claims(v) if s not in renderings]


# --------------------------------------------------------------------------------------------
# Numbers
# --------------------------------------------------------------------------------------------

#: A number: CJK characters around it are boundaries (``立享85折``, ``3月21日``), Latin letters are not
#: (``COMEBACK15`` is a code, not a number).
_NUMBER = re.compile(
    rf"(?<!\.){NOT_AFTER_WORD}([$€£¥])?\s?(\d{{1,3}}(?:,\d{{3}})+|\d+)(\.\d+)?\s*(k\b|%|percent\b)?",
    re.IGNORECASE,
)
_CITATION = re.compile(r"\[[^\]]{1,80}\]|\{[a-z_]+\}")


def numbers_in(text: str) -> list[tuple[str, float]]:
    """``(as written, value)`` for every number in ``text`` (``$129.95`` -> 129.95, ``20%`` -> 20, ``$5k`` -> 5000).

    Citation markers (``[F1]``) and template slots (``{unsubscribe_link}``) are ignored.
    """
    text = _CITATION.sub(" ", text)
    out: list[tuple[str, float]] = []
    for m in _NUMBER.finditer(text):
        raw = m.group(0).strip()
        value = float(m.group(2).replace(",", "") + (m.group(3) or ""))
        if (m.group(4) or "").lower() == "k":
            value *= 1000
        out.append((raw, value))
    return out


def allowed_numbers(texts: Iterable[str], values: Iterable[float] = ()) -> set[float]:
    """The set of numbers copy may use: those written in ``texts`` (brief, facts, product names,
    sender address, campaign dates) plus ``values`` (prices, the discount)."""
    allowed: set[float] = set()
    for t in texts:
        for _, v in numbers_in(t):
            allowed.add(round(v, 2))
    for v in values:
        allowed.add(round(float(v), 2))
    return allowed


def check_copy_numbers(v: CopyVariant, allowed: set[float], required_text: str = "") -> CheckResult:
    """Every number in the copy (a price, a discount, a count) appears in the evidence, the catalogue
    or the brief. ``required_text`` (the compliance footer) is exempt."""
    invented = []
    for name, text in v.parts().items():
        if required_text and name == "body":
            text = text.replace(required_text, " ")
        for raw, value in numbers_in(text):
            if round(value, 2) not in allowed:
                invented.append(raw)
    if invented:
        shown = ", ".join(repr(x) for x in dict.fromkeys(invented))
        return _res(
            "numbers", "fail", f"Number(s) {shown} are not in the evidence, catalogue or brief.", v.key
        )
    return _res("numbers", "pass", "Every number in the copy traces to evidence or the brief.", v.key)


def check_plan_figures(plan: CampaignPlan, *, rel_tol: float = 1e-6) -> CheckResult:
    """Every :class:`Figure` in the plan resolves to its evidence path and carries the same value."""
    problems: list[str] = []
    n = 0
    for where, fig in plan.figures():
        for path, value in fig.sources():
            n += 1
            try:
                found = plan.evidence.resolve(path)
            except KeyError:
                problems.append(f"{where}: source '{path}' not in evidence")
                continue
            try:
                ok = math.isclose(float(found), float(value), rel_tol=rel_tol, abs_tol=1e-9)
            except (TypeError, ValueError):
                problems.append(f"{where}: source '{path}' is not a number")
                continue
            if not ok:
                problems.append(f"{where}: {value:g} differs from evidence '{path}' = {float(found):g}")
    if problems:
        return _res(
            "figures",
            "fail",
            f"{len(problems)} of {n} figure(s) untraced: " + "; ".join(problems[:5]),
            "plan",
        )
    return _res("figures", "pass", f"All {n} figures trace to evidence.", "plan")
