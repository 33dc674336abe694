"""Copy-lint rule ``offer_language``: savings language in an A/B arm that carries no offer.

When the A/B test is *with vs without the offer* (:data:`copilot.planner.copy_facts.AB_TESTS`), arm B
must say nothing about saving money, or the test measures two discounts; a plan with no offer at all
must not promise one. The plan's offer line is added by code to the arms that carry it
(``CopyVariant.draft["elements"]["offer"]``); this rule reads the rest of the copy of the arms that do
not: "save", "% off", "discount", "deal", "sale", "coupon", "clearance", "free shipping" …, and in
Chinese 省钱/立省, N折/打折/折扣 (not 折叠, folding), 优惠, 立减, 满减, 券, 特价, 促销, 包邮 ….

Uses of the words that promise no saving are left alone: "save the date", "saves weight" (space, time,
energy, your knees), "a great deal of", "deals with", "offers ankle support" (``offer`` alone is never
matched), 省力 (less effort), 折叠. "Clearance" and "sale" are savings words: a clearance arm without
the offer must not say them either.

The model's pieces are shared by both arms of a channel (:func:`copilot.planner.copy_compose.compose`),
so a piece is checked whenever one arm lacks the offer (:func:`pieces_need_no_offer`): the repair round
then replaces it with code's wording.
"""

from __future__ import annotations

import re

from copilot.planner.lint_base import LintContext, LintFinding
from copilot.planner.plan_schema import CopyVariant

_EN_SAVINGS = re.compile(
    r"\bsav(?:e|es|ed|ing|ings)\b"
    r"(?!\s+(?:the\s+date|your\s+(?:spot|place|seat|legs|knees|energy)|weight|space|time|energy|effort)\b)"
    r"|(?<![\d.])\d+(?:\.\d+)?\s*%\s*off\b|\d+\s*percent\s+off\b|[$€£]\s*\d[\d,.]*\s+off\b"
    r"|\bhalf[- ](?:off|price)\b"
    r"|\bdiscount(?:s|ed)?\b"
    r"|\bdeals?\b(?!\s+(?:with|of)\b)"
    r"|\bsales?\b|\bsale[- ]price[sd]?\b"
    r"|\bcoupons?\b|\bvouchers?\b|\bpromo(?:tion|tional)?s?\b|\bpromo\s+codes?\b"
    r"|\bclearance\b|\bmark(?:ed)?[- ]?downs?\b|\breduced\s+prices?\b|\bprice\s+(?:drops?|cuts?)\b"
    r"|\blower\s+prices?\b|\bbargains?\b|\bcheaper\b|\bfree\s+shipping\b|\bcash\s*back\b|\brebates?\b"
    r"|\bbuy\s+one,?\s+get\s+one\b|\bBOGO\b"
    r"|\b(?:special|limited[- ]time|exclusive)\s+offers?\b",
    re.IGNORECASE,
)

_ZH_SAVINGS = re.compile(
    r"省钱|立省|省下|可省|省\s*[¥￥$\d]"
    r"|(?:\d+(?:\.\d+)?|[一二两三四五六七八九]{1,2})\s*折(?!叠|射|腾|返)|打折|折扣|折起"
    r"|优惠|立减|满减|满\d+减|直降|降价|减价|特价|促销|大促|让利|低至|半价|清仓|包邮|返现|秒杀|买一送一|券"
)


def savings_words(text: str) -> list[str]:
    """The savings words in ``text`` (English and Chinese), in order."""
    found = [m.group(0) for m in _EN_SAVINGS.finditer(text)]
    found += [m.group(0) for m in _ZH_SAVINGS.finditer(text)]
    return found


def pieces_need_no_offer(ctx: LintContext) -> bool:
    """True when some arm of the plan carries no offer, so the model's pieces (shared by both arms)
    must not promise one. False when the arms are unknown (``offer_arms`` None)."""
    return ctx.offer_arms is not None and ctx.offer_arms != frozenset({"A", "B"})


def arm_has_offer(v: CopyVariant, ctx: LintContext) -> bool | None:
    """Whether ``v``'s copy carries the offer: its recorded tested elements when it has them, else the
    plan's arms (:attr:`LintContext.offer_arms`); None when neither says."""
    elements = (v.draft or {}).get("elements")
    if isinstance(elements, dict) and "offer" in elements and ctx.offer_arms is not None:
        return bool(elements.get("offer"))
    if ctx.offer_arms is None:
        return None
    return v.variant in ctx.offer_arms


def offer_language(
    name: str, text: str, ctx: LintContext, has_offer: bool | None = None
) -> list[LintFinding]:
    """Savings words in copy without an offer. ``has_offer``: the arm's (None: a model piece, checked
    when any arm lacks the offer)."""
    if has_offer is None:
        if not pieces_need_no_offer(ctx):
            return []
    elif has_offer:
        return []
    words = savings_words(text)
    if not words:
        return []
    # the kind of word, not its figure: the finding goes back to the model in the repair round, and a
    # figure in copy may be planted text ("everything is 90% off", tests/planner/test_injection.py)
    word = re.sub(r"\d[\d.,]*\s*", "", words[0]).strip() or words[0]
    why = (
        "the plan has no offer" if ctx.offer_arms == frozenset() else "this arm tests copy without the offer"
    )
    return [
        LintFinding(
            "offer_language",
            name,
            word,
            f"'{word}' promises a saving but {why}: no savings language here",
        )
    ]
