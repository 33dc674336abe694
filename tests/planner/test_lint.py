"""The copy linter on the verbatim failures of issue #13 (each test fails on the copy that shipped)."""

from __future__ import annotations

import pytest
from planner.helpers import SENDER, make_plan

from copilot.planner.checks import add_email_footer, add_sms_compliance, email_footer
from copilot.planner.lint import (
    LintContext,
    Product,
    ab_pair,
    detect_language,
    lint_context,
    lint_variant,
)
from copilot.planner.plan_schema import CopyVariant

PRODUCTS = (
    Product("P1175", "Ember Trail Crew", "socks"),
    Product("P1122", "Talus Run Short", "running-apparel"),
    Product("P1019", "Saddle Trail GTX", "trail-running-shoes"),
    Product("P1003", "Glacier Trail GTX", "trail-running-shoes"),
    Product("P1088", "Tamarack Rain Jacket", "rain-jackets"),
)
VOCAB = frozenset(
    ["arch", "support", "band", "blister-reducing", "blister", "reducing", "fit", "cushioned", "heel", "and", "toe", "free", "returns", "within", "days", "designed", "in", "portland", "oregon", "warranty", "waterproof", "grips", "on", "wet", "rock", "trail", "running", "shoes", "socks"]
)


def ctx(**kw: object) -> LintContext:
    base: dict[str, object] = {
        "products": PRODUCTS,
        "vocabulary": VOCAB,
        "brand_words": frozenset({"GTX"}),
        "sender_brand": SENDER.brand_name,
        "sms_opt_out": SENDER.sms_opt_out,
        "footer": email_footer(SENDER),
    }
    base.update(kw)
    return LintContext(**base)  # type: ignore[arg-type]


def email(subject: str, preheader: str, body: str, variant: str = "B") -> CopyVariant:
    return CopyVariant(
        channel="email", variant=variant, subject=subject, preheader=preheader, body=add_email_footer(body, SENDER)  # type: ignore[arg-type]
    )


def sms(body: str, variant: str = "A") -> CopyVariant:
    return CopyVariant(channel="sms", variant=variant, body=add_sms_compliance(body, SENDER))  # type: ignore[arg-type]


def rules(v: CopyVariant, c: LintContext | None = None, cited: tuple[str, ...] = ()) -> set[str]:
    return {f.rule for f in lint_variant(v, c or ctx(), cited)}


GOOD_BODY = "Missed the trails this winter?\n\nThe Ember Trail Crew has a blister-reducing fit.\n\nShop the Ember Trail Crew"


@pytest.mark.parametrize(
    "preheader",
    [
        "Are you ready for the new season of hiking and h?",
        "the perfect trail shoes for your?",
        "Missed your favorite arch support and blister-reduc?",
    ],
)
def test_truncated_preheaders(preheader: str) -> None:
    v = email("Ready for the trails?", preheader, GOOD_BODY)
    assert "truncated" in rules(v)


def test_truncated_sms_and_product_name() -> None:
    assert "truncated" in rules(sms("Ready for long runs? The Ember Trail Crew lets you enjoy a comfortable, cha?"))
    v = email("Still want to run on Saddle Trail GT?", "Missed the trails? See what is new for the season.", GOOD_BODY)
    found = lint_variant(v, ctx())
    assert any(f.rule == "product_name_cut" and "Saddle Trail GTX" in f.message for f in found)


def test_whole_words_are_not_truncated() -> None:
    ok = email(
        "Ready for the trails?",
        "Missed your favorite loop? Explore what is new for the season.",
        "Cold mornings ahead?\n\nThe Ember Trail Crew has a cushioned heel and toe.\n\nShop the Ember Trail Crew",
    )
    assert rules(ok) == set()
    assert rules(sms("Still want to run on Saddle Trail GTX? The Saddle Trail GTX is waterproof.")) >= {
        "product_repeated"
    }
    assert "truncated" not in rules(sms("Got mud? The Saddle Trail GTX is waterproof."))


@pytest.mark.parametrize(
    "body",
    [
        "Ember Trail Crew: Marketing copy may say: - arch support band - blister-reducing fit - cushioned heel "
        "and toe - free returns within 60 days - designed in Portland, Oregon - 3-year warranty.",
        "Ready for rain? Glacier Trail GTX: Waterproof: yes.",
        "Ready for rain? Tamarack Rain Jacket: Waterproof rating: 10,000 mm hydrostatic head.",
        "Missing the trails this winter? Ember Trail Crew: blister-reducing fit.",
    ],
)
def test_raw_fact_text(body: str) -> None:
    assert "raw_fact" in rules(sms(body))


def test_fact_bullets_in_an_email_are_raw() -> None:
    v = email(
        "Ready for muddy miles?",
        "Missed your favorite muddy loop? See what is new for the season.",
        "Missed the trails this winter?\n\n- Ember Trail Crew: blister-reducing fit.\n"
        "- Ember Trail Crew: cushioned heel and toe.\n\nShop the Ember Trail Crew",
    )
    assert "raw_fact" in rules(v)


def test_identical_and_near_identical_ab() -> None:
    a = sms("Missing the trails this winter? The Ember Trail Crew has a blister-reducing fit.", "A")
    b = sms("Missing the trails this winter? The Ember Trail Crew has a blister-reducing fit.", "B")
    assert [f.rule for f in ab_pair(a, b, ctx())] == ["ab_identical"]
    near = sms("Missing the trails this winter?! The Ember Trail Crew has a blister-reducing fit.", "B")
    assert [f.rule for f in ab_pair(a, near, ctx())] == ["ab_identical"]
    other = sms("Cold feet on long runs? The Ember Trail Crew has a cushioned heel and toe.", "B")
    assert ab_pair(a, other, ctx()) == []


def test_ab_element_must_differ() -> None:
    a = sms("Cold feet? The Ember Trail Crew has a cushioned heel and toe.", "A")
    b = sms("Cold feet? The Ember Trail Crew has a cushioned heel and toe. Save 15%.", "B")
    a = a.model_copy(update={"draft": {"elements": {"offer": "Save 15%."}}})
    b = b.model_copy(update={"draft": {"elements": {"offer": "Save 15%."}}})
    assert [f.rule for f in ab_pair(a, b, ctx(), "offer")] == ["ab_identical"]
    b = b.model_copy(update={"draft": {"elements": {"offer": ""}}})
    assert ab_pair(a, b, ctx(), "offer") == []


def test_subject_button_and_body_name_different_products() -> None:
    v = email(
        "Ready for the Ember Trail Crew?",
        "Missed your favorite loop? See what is new for the season.",
        "Summer runs ahead?\n\nThe Talus Run Short has a phone pocket.\n\nShop the Ember Trail Crew",
    )
    assert "product_mismatch" in rules(v)
    cites_other = sms("Cold feet? The Ember Trail Crew has a cushioned heel and toe.")
    assert "product_mismatch" in rules(cites_other, cited=("P1122",))


def test_product_named_twice_in_an_sms() -> None:
    v = sms("Ember Trail Crew: arch support band. Ember Trail Crew: blister-reducing fit. Ember Trail Crew: cushioned.")
    assert "product_repeated" in rules(v)


def test_product_type_contradicted() -> None:
    v = sms("Missing your favorite low-light running shoe? The Talus Run Short has reflective trim.")
    assert "product_type" in rules(v)
    socks = email(
        "Missed the trails this winter?",
        "Missed your favorite loop? See what is new for the season.",
        "Missed the trails this winter?\n\nThe Ember Trail Crew has an arch support band.\n\nShop trail shoes",
    )
    assert "product_type" in rules(socks)
    # a cross-sell to shoe buyers may name their shoes
    assert "product_type" not in rules(socks, ctx(bought_category="trail-running-shoes"))


def test_language_not_the_briefs() -> None:
    assert detect_language("给买过越野跑鞋的顾客交叉销售袜子，邮件和短信，预算5000美元") == "zh"
    assert detect_language("Cross-sell socks to trail runners, email and SMS") == "en"
    v = sms("Cold feet? The Ember Trail Crew has a cushioned heel and toe.")
    assert "language" in rules(v, ctx(language="zh"))
    assert "language" not in rules(v, ctx(language="en"))
    zh = sms("跑步时脚冷吗？Ember Trail Crew 袜子的脚跟和脚趾都有缓冲。")
    assert "language" in rules(zh) and "language" not in rules(zh, ctx(language="zh"))


@pytest.mark.parametrize("text", ["Hi {name}, cold feet?", "Meet [PRODUCT] today.", "Hey {{first_name}}, ready?"])
def test_unfilled_placeholders(text: str) -> None:
    assert "placeholder" in rules(sms(text))


def test_shouting() -> None:
    assert "shouting" in rules(sms("HUGE savings on the Ember Trail Crew today."))
    assert "shouting" in rules(sms("Cold feet? The Ember Trail Crew is here!!!"))
    # brand and product capitals, STOP/HELP are not shouting
    assert "shouting" not in rules(sms("Rain again? The Saddle Trail GTX is waterproof."))


def test_lint_is_a_plan_check_that_fails_raw_copy() -> None:
    from copilot.planner.review import ReviewContext, check_plan

    plan = make_plan()
    raw = sms("Missing the trails? Ridgeline Trail: 5 mm lugs for mud and loose ground.", "B")
    plan = plan.model_copy(update={"copy_variants": [*plan.copy_variants[:3], raw]})
    results = check_plan(plan, ReviewContext(sender=SENDER, banned=[]))
    lint = {r.target: r for r in results if r.name == "copy_lint"}
    assert lint["sms.B"].status == "fail" and "raw_fact" in lint["sms.B"].details
    assert lint["email.A"].status == "pass", lint["email.A"].details
    assert lint_context(plan, SENDER).language == "en"


def test_units_codes_and_fact_nouns_are_not_findings() -> None:
    c = ctx(product_facts={"P1122": "talus run short (p1122) › features: front pole holders"},
            brand_words=frozenset({"GTX", "FREESHIP"}))
    assert rules(sms("Light on the trail? The Talus Run Short weighs 70 g."), c) == set()
    assert "product_type" not in rules(sms("Long days out? The Talus Run Short has front pole holders."), c)
    assert "shouting" not in rules(sms("Summer runs? Free shipping with code FREESHIP until June 21."), c)
