"""A copy linter: what a marketer would not ship, found by code.

Each rule looks at one variant (or an A/B pair) and returns :class:`LintFinding` s naming the rule,
the field and the offending text. The rules, and the examples they were written against (issue #13):

* ``truncated``: a word or sentence cut off by a length limit -- "…hiking and h?", "…for your?",
  "…blister-reduc?", "…a comfortable, cha?" (a product name cut short, "Saddle Trail GT?" for Saddle
  Trail GTX, is ``product_name_cut``);
* ``raw_fact``: fact, spec or meta text pasted into copy -- "Marketing copy may say:", "Waterproof: yes",
  ``Label: value`` lines ("Ember Trail Crew: blister-reducing fit."), bullet lists run into a sentence;
* ``ab_identical``: A and B identical or near-identical in the element they test;
* ``product_mismatch``: subject, button and body naming different products, or a cited fact about
  a product the variant never names;
* ``product_repeated``: a product named more than once in a short message (SMS, push, social);
* ``product_type``: the product type contradicted ("running shoe" in copy for a pair of shorts),
  from the catalogue category of the products the variant names, or implied by a word ("Looking for
  your next pair?" on a tent): :mod:`copilot.planner.lint_types`;
* ``language``: copy not in the brief's language (CJK share of the letters);
* ``placeholder``: an unfilled template slot (``{name}``, ``[PRODUCT]``, ``{{first_name}}``);
* ``shouting``: ALL-CAPS words beyond brand and product names, or "!!";
* ``stutter``: a Chinese character four times in a row or a word three times over ("马上看看吧哦哦哦哦",
  "the the the"): what a small model writes when a grammar asks for more characters than it has words;
* ``question_form``: a Chinese A-not-A question (有没有, 是不是, 要不要 …) that also ends in 吗
  ("最近你有没有考虑买个背包吗？" asks twice), stacked final particles ("发现了吗呢。"), or a thing
  bought asked about with no verb ("你最近买的帐篷或睡袋了吗？");
* ``question_claim``: a Chinese question that describes the product ("我们的防震背心不仅非常舒适，而且
  非常实用……有没有试过呢？"), or any piece of the model's that repeats a product fact's wording
  ("选购一个旅行锁定模式的头灯吧。"): the model's words are questions and invitations only, and a claim
  wrapped in a question mark escapes the claims check (code writes the claims, from facts);
* ``occasion``: a season the plan does not send in ("Ready for muddy spring trails?" in December) or
  lapsed-customer framing outside a win-back ("Missed the trails this winter?" in a socks cross-sell):
  :mod:`copilot.planner.copy_occasion`;
* ``product_name_cut``: a line naming only the start of a product's name ("… with Switchback Trek Poles
  or Coyote?" for Switchback Trek Poles 3 and Coyote Carbon Poles; "Saddle Trail GT?"), with the rule
  for which one-word starts are distinctive: :mod:`copilot.planner.lint_names`;
* ``non_word``: a token of English copy that is no word, or an interjection inside a sentence
  ("Shop now and save ouch."): :mod:`copilot.planner.lint_nonwords`;
* ``offer_language``: savings words ("save", "% off", "deal", 优惠, 8折 …) in an arm that carries no
  offer -- arm B of a with-vs-without-the-offer test, or any arm of a plan without an offer:
  :mod:`copilot.planner.lint_offer`;
* ``activity``: running words in a plan about no running ("Ready for your next trail run?" on a
  sleeping-bag clearance): the brief, the audience's purchases and the featured products decide;
* ``repeated_line``: an email preheader that repeats the subject ("Been a while since your last trip?"
  twice, side by side in the inbox);
* ``jargon``: words marketers use about customers and campaigns ("Are you ready for a win-back
  campaign?", "lapsed", 召回, 流失用户) in copy the customer reads: :mod:`copilot.planner.lint_jargon`;
* ``repeated_opener``: two sentences of an email body opening with the same words ("… It also has front pole
  holders. It also has a whistle …"): :mod:`copilot.planner.lint_jargon`.

Nothing here calls a model or a store: :func:`lint_context` takes what it needs from the plan.
Compliance text added by code (footer, STOP/HELP, the SMS brand prefix) is not linted.

**Chinese copy** gets the same rules, read the Chinese way: a sentence cut off is one that ends
without 。！？ (or the invitation that closes a push), ends on a particle that needs a continuation
(的, 和, 与 …) or on "，"; a label line is ``产品名：事实。`` with a full-width colon; shouting is ！！ or
Latin capitals inside Chinese (限时SALE); names and numbers are found with CJK characters as word
boundaries (``试试Alder Sky吧`` names Alder Sky). The compliance text stripped is the Chinese one
(【品牌】, 回复TD退订, the Chinese unsubscribe line).

The context and finding types are in :mod:`copilot.planner.lint_base`, the rules on one field's text
in :mod:`copilot.planner.lint_wording`, the rules on products and A/B pairs in
:mod:`copilot.planner.lint_products`; this module lists the rules and runs them. The names stay
importable from here.
"""

from __future__ import annotations

from collections.abc import Sequence

from copilot.planner.copy_occasion import occasion_problems
from copilot.planner.lint_base import (
    ALLOWED_CAPS,
    DANGLING,
    NEAR_IDENTICAL,
    RUNNING,
    SHORT_CHANNELS,
    TYPE_NOUNS,
    ZH_TYPE_NOUNS,
    LintContext,
    LintFinding,
    Product,
    brief_language,
    creative_parts,
    detect_language,
    lint_context,
)
from copilot.planner.lint_jargon import jargon, repeated_opener
from copilot.planner.lint_names import name_cut
from copilot.planner.lint_nonwords import non_words
from copilot.planner.lint_offer import arm_has_offer, offer_language
from copilot.planner.lint_products import ab_pair, named_products, products, similarity
from copilot.planner.lint_types import for_products, implied_type
from copilot.planner.lint_wording import (
    ZH_CLAIM_WORDS,
    ZH_DANGLING,
    language,
    piece_claim,
    placeholders,
    question_claim,
    question_form,
    raw_fact,
    shouting,
    stutter,
    truncation,
    zh_truncation,
)
from copilot.planner.plan_schema import CampaignPlan, CheckResult, CopyVariant
from copilot.planner.zh import cjk_share as cjk_share

__all__ = [
    "ALLOWED_CAPS",
    "DANGLING",
    "NEAR_IDENTICAL",
    "RULES",
    "SHORT_CHANNELS",
    "TYPE_NOUNS",
    "ZH_CLAIM_WORDS",
    "ZH_DANGLING",
    "ZH_TYPE_NOUNS",
    "LintContext",
    "LintFinding",
    "Product",
    "ab_pair",
    "brief_language",
    "check_lint",
    "cjk_share",
    "creative_parts",
    "detect_language",
    "jargon",
    "language",
    "lint_context",
    "lint_plan_variant",
    "lint_text",
    "lint_variant",
    "name_cut",
    "non_words",
    "occasion",
    "offer_language",
    "piece_claim",
    "placeholders",
    "products",
    "question_claim",
    "question_form",
    "raw_fact",
    "repeated_opener",
    "shouting",
    "similarity",
    "stutter",
    "truncation",
    "zh_truncation",
]

RULES = (
    "truncated",
    "raw_fact",
    "ab_identical",
    "product_mismatch",
    "product_repeated",
    "product_type",
    "language",
    "placeholder",
    "shouting",
    "stutter",
    "question_form",
    "question_claim",
    "occasion",
    "product_name_cut",
    "non_word",
    "offer_language",
    "activity",
    "repeated_line",
    "jargon",
    "repeated_opener",
)


# --------------------------------------------------------------------------------------------
# entry points
# --------------------------------------------------------------------------------------------


def lint_text(name: str, text: str, ctx: LintContext, *, has_offer: bool | None = None) -> list[LintFinding]:
    """The rules that need only one field's text. ``has_offer``: whether the field's arm carries the offer
    (None for a model piece shared by both arms: :func:`copilot.planner.lint_offer.offer_language`)."""
    return [
        *truncation(name, text, ctx),
        *name_cut(name, text, ctx),
        *non_words(name, text, ctx),
        *offer_language(name, text, ctx, has_offer),
        *raw_fact(name, text, ctx),
        *placeholders(name, text),
        *shouting(name, text, ctx),
        *stutter(name, text),
        *question_form(name, text),
        *question_claim(name, text),
        *piece_claim(name, text, ctx),
        *occasion(name, text, ctx),
        *activity(name, text, ctx),
        *implied_type(name, text, ctx),
        *jargon(name, text, ctx),
    ]


def activity(name: str, text: str, ctx: LintContext) -> list[LintFinding]:
    """Running words ("your next trail run") in a plan about no running: not its brief, not its
    audience's purchases, not its featured products."""
    m = RUNNING.search(text) if ctx.running_ok is False and ctx.language == "en" else None
    if m is None:
        return []
    return [LintFinding("activity", name, text, f'"{m.group(0)}" in a plan about no running')]


def repeated_line(parts: dict[str, str]) -> list[LintFinding]:
    """An email preheader that repeats the subject (the inbox shows them side by side), or a body that opens
    with it ("最近有没有考虑买雨衣了呢？" as subject and intro: the reader reads it twice)."""
    subject = " ".join(parts.get("subject", "").split()).lower().rstrip("?.! ？")
    pre = " ".join(parts.get("preheader", "").split()).lower()
    if subject and pre.startswith(subject):
        return [LintFinding("repeated_line", "preheader", parts["preheader"], "repeats the subject")]
    first = " ".join(parts.get("body", "").strip().split("\n")[0].split()).lower().rstrip("?.! ？")
    if subject and first == subject:
        return [LintFinding("repeated_line", "body", parts["subject"], "the body opens with the subject")]
    return []


def occasion(name: str, text: str, ctx: LintContext) -> list[LintFinding]:
    """A season the plan does not send in, or lapsed-customer framing outside a win-back
    (:mod:`copilot.planner.copy_occasion`)."""
    return [
        LintFinding("occasion", name, text, p)
        for p in occasion_problems(text, seasons=ctx.seasons, objective=ctx.objective)
    ]


def lint_variant(v: CopyVariant, ctx: LintContext, cited_products: Sequence[str] = ()) -> list[LintFinding]:
    """Every one-variant rule on ``v`` (its compliance text excluded); words implying a product type are
    read against the variant's own products (named, cited or featured by it)."""
    parts = creative_parts(v, ctx)
    named = [p.product_id for p in named_products(" ".join(parts.values()), ctx)]
    ctx = for_products(ctx, [*named, *cited_products, *v.product_ids])
    has_offer = arm_has_offer(v, ctx)
    out: list[LintFinding] = []
    for name, text in parts.items():
        out.extend(lint_text(name, text, ctx, has_offer=has_offer))
    for name, text in (v.draft or {}).items():  # the model's pieces in the body (SMS question, invitation)
        if name not in parts and isinstance(text, str):
            out.extend(piece_claim(name, text, ctx))
    out.extend(language(parts, ctx))
    out.extend(repeated_line(parts))
    if v.channel == "email":  # a short message has one claim sentence; an email lists several
        out.extend(repeated_opener("body", parts.get("body", ""), ctx))
    out.extend(products(v, parts, ctx, cited_products))
    return out


def lint_plan_variant(v: CopyVariant, plan: CampaignPlan, ctx: LintContext) -> list[LintFinding]:
    """:func:`lint_variant` plus, for a B variant, the A/B rule against its A."""
    cited = [f.product_id for fid in v.fact_ids if (f := plan.evidence.fact(fid)) and f.product_id]
    out = lint_variant(v, ctx, cited)
    if v.variant == "B":
        a = next((x for x in plan.copy_variants if x.channel == v.channel and x.variant == "A"), None)
        if a is not None:
            test = getattr(plan, "ab_test", None)
            out.extend(ab_pair(a, v, ctx, getattr(test, "element", None)))
    return out


def check_lint(v: CopyVariant, plan: CampaignPlan, ctx: LintContext) -> CheckResult:
    """The linter as a plan check (``copy_lint``): fail with every finding, or pass."""
    findings = lint_plan_variant(v, plan, ctx)
    if findings:
        text = "; ".join(f"{f.rule} in {f.sentence()}" for f in findings[:6])
        return CheckResult(
            name="copy_lint",
            status="fail",
            target=v.key,
            details=f"Copy a marketer would not ship: {text}."[:600],
        )
    return CheckResult(
        name="copy_lint",
        status="pass",
        target=v.key,
        details="No truncated, raw, repeated or mismatched copy.",
    )
