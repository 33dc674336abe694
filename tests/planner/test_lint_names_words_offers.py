"""Three copy defects a real plan shipped through every check (issue #13): this preheader

    "Time to explore new trails with Switchback Trek Poles or Coyote? Shop now and save ouch."

names two products by halves (product_name_cut), ends in a garbled "save ouch" (non_word) and says
"save" in an A/B arm that tests copy without the offer (offer_language). Each rule fails on it, passes
good copy, and the repair round fixes it (the one scripted model)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from fakes import ScriptedChatModel
from planner.helpers import SENDER, make_plan, scripted_copy

from copilot.deps import Deps
from copilot.planner.checks import add_email_footer, email_footer
from copilot.planner.copy_facts import AB_TESTS
from copilot.planner.lint import (
    RULES,
    LintContext,
    Product,
    check_lint,
    lint_context,
    lint_text,
    lint_variant,
)
from copilot.planner.plan_schema import CampaignPlan, CopyVariant, Offer
from copilot.planner.workflow import run_plan

SHIPPED = "Time to explore new trails with Switchback Trek Poles or Coyote? Shop now and save ouch."

#: Real names from the demo catalogue (copilot.data.catalog.build_catalog).
PRODUCTS = (
    Product("P1260", "Switchback Trek Poles 3", "trekking-poles"),
    Product("P1265", "Coyote Carbon Poles", "trekking-poles"),
    Product("P1022", "Coyote Trail GTX", "trail-running-shoes"),
    Product("P1026", "Saddle Trail GTX", "trail-running-shoes"),
    Product("P1024", "Saddle Trail GTX Pro", "trail-running-shoes"),
    Product("P1021", "Glacier Trail", "trail-running-shoes"),
    Product("P1003", "Glacier Trail GTX", "trail-running-shoes"),
    Product("P1002", "Summit Trail GTX", "trail-running-shoes"),
    Product("P1090", "Sierra Storm Shell", "rain-jackets"),
    Product("P1150", "Wildfern Pace LT", "road-running-shoes"),
    Product("P1271", "Col Buff", "accessories"),
)
VOCAB = frozenset(["flatlock", "seams", "lever-lock", "length", "adjustment", "megagrip", "vibram"])


def ctx(**kw: Any) -> LintContext:
    base: dict[str, Any] = {
        "products": PRODUCTS,
        "vocabulary": VOCAB,
        "brand_words": frozenset({"GTX", "LT"}),
        "sender_brand": SENDER.brand_name,
        "footer": email_footer(SENDER),
    }
    base.update(kw)
    return LintContext(**base)


def found(
    text: str, c: LintContext | None = None, field: str = "preheader", **kw: Any
) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for f in lint_text(field, text, c or ctx(), **kw):
        out.setdefault(f.rule, []).append(f.text)
    return out


def test_the_new_rules_are_listed() -> None:
    assert {"product_name_cut", "non_word", "offer_language"} <= set(RULES)


# --------------------------------------------------------------------------------------------
# a) a product name cut short
# --------------------------------------------------------------------------------------------


def test_the_shipped_preheader_names_products_by_halves() -> None:
    assert found(SHIPPED)["product_name_cut"] == ["Switchback Trek Poles"]
    assert found("Time to explore new trails with Coyote? Shop now.")["product_name_cut"] == ["Coyote"]
    cut = lint_text("subject", "Still want to run on Saddle Trail GT?", ctx())
    assert [f.rule for f in cut] == ["product_name_cut"] and "Saddle Trail GTX" in cut[0].message
    assert found("Meet the Saddle Trail this spring.")["product_name_cut"] == ["Saddle Trail"]


@pytest.mark.parametrize(
    "text",
    [
        "Time to explore new trails with Switchback Trek Poles 3 or Coyote Carbon Poles? Shop now.",
        "Still want to run on Saddle Trail GTX?",  # a full name that begins a longer one
        "The Saddle Trail GTX Pro is back.",
        "The Glacier Trail has a wide toe box.",  # Glacier Trail is a product, Glacier Trail GTX too
        "Explore the trail in the rain.",  # lower-case words never match a name
        "Summit days are here.",  # a common word capitalised at a sentence start
        "Reach The Summit This Spring With New Gear",  # Title Case
        "Hike the Sierra Nevada this summer.",  # part of a longer proper noun
        "Grab the Col Buff before it is gone.",
    ],
)
def test_whole_names_and_common_words_are_not_cut_names(text: str) -> None:
    assert "product_name_cut" not in found(text)


def test_a_one_word_start_that_is_no_english_word_is_a_cut_name_anywhere() -> None:
    assert found("Wildfern? Explore the collection.")["product_name_cut"] == ["Wildfern"]
    assert found("Grab the Col before it is gone.")["product_name_cut"] == ["Col"]  # capital mid-sentence
    assert found("Coyote? Explore the collection.")["product_name_cut"] == ["Coyote"]  # a sentence by itself


def test_chinese_copy_naming_half_a_product() -> None:
    zh = ctx(language="zh")
    assert found("想换一根新的登山杖吗？试试Coyote吧。", zh)["product_name_cut"] == ["Coyote"]
    assert "product_name_cut" not in found("想换一根新的登山杖吗？试试Coyote Carbon Poles吧。", zh)


# --------------------------------------------------------------------------------------------
# b) non-words and garbled endings
# --------------------------------------------------------------------------------------------


def test_the_shipped_preheader_ends_in_garble() -> None:
    assert found(SHIPPED)["non_word"] == ["now and save ouch"]
    assert "non_word" in found("Find your pair and shop now wow!")
    assert found("Grab the blisterreduc socks today.")["non_word"] == ["blisterreduc"]


@pytest.mark.parametrize(
    "text",
    [
        "Wow, that is light.",
        "Ouch! Blisters again? Find your pair.",
        "And oh, the views from the top.",
        "The Saddle Trail GTX has flatlock seams and lever-lock length adjustment.",  # the facts' words
        "Use code COMEBACK15 at https://nt.co/r?x=1 before it ends.",  # codes and URLs
        "Tag #TrailReadyNorth and @northtrailhq on your next run.",  # hashtags and handles
        "You're receiving this because you signed up. Unsubscribe: {unsubscribe_url}",
        "It weighs 70 g and packs small.",
        "The trail's best friend is the brief's first pick.",  # possessives are read by their stem
        "想换一根新的登山杖吗？",  # Chinese copy has its own rules
    ],
)
def test_real_copy_has_no_non_words(text: str) -> None:
    assert "non_word" not in found(text, field="body")


# --------------------------------------------------------------------------------------------
# c) savings language in an arm without the offer
# --------------------------------------------------------------------------------------------

WITH_VS_WITHOUT = frozenset({"A"})  # the offer test: A with the offer, B without


@pytest.mark.parametrize(
    "text",
    [
        SHIPPED,
        "Shop now and get 20% off.",
        "Find a great deal on trail shoes.",
        "Grab them at the sale price.",
        "Discounted poles for your next hike.",
        "别错过本季优惠，立即选购。",
        "全场8折，立即选购。",
        "满200立减30，来看看吧。",
        "满减活动进行中，来看看吧。",
        "领券下单更划算。",
        "现在下单立省50元。",
    ],
)
def test_savings_words_in_the_arm_without_the_offer(text: str) -> None:
    c = ctx(offer_arms=WITH_VS_WITHOUT, language="zh" if "。" in text else "en")
    assert "offer_language" in found(text, c, has_offer=False)
    assert "offer_language" not in found(text, c, has_offer=True)  # the arm with the offer may
    assert "offer_language" in found(text, ctx(offer_arms=frozenset()), has_offer=False)  # no offer at all


@pytest.mark.parametrize(
    "text",
    [
        "Save the date: our trail day is back.",
        "The carbon shafts save weight on long climbs.",
        "The Coyote Carbon Poles offer a lever-lock length adjustment.",  # 'offer' the verb
        "Nobody deals with wet rock better.",
        "Ready for a great deal of climbing?",
        "这款登山杖可折叠，收纳方便。",  # 折叠 = folds
        "轻巧省力，爬坡更轻松。",  # 省力 = less effort
    ],
)
def test_words_that_promise_no_saving_pass(text: str) -> None:
    assert "offer_language" not in found(text, ctx(offer_arms=frozenset()), has_offer=False)


def test_a_model_piece_is_checked_when_any_arm_lacks_the_offer() -> None:
    # the model's pieces are shared by A and B: a piece may not promise a saving B does not carry
    assert "offer_language" in found(SHIPPED, ctx(offer_arms=WITH_VS_WITHOUT))
    assert "offer_language" not in found(SHIPPED, ctx(offer_arms=frozenset({"A", "B"})))
    assert "offer_language" not in found(SHIPPED, ctx())  # arms unknown: the rule is off


def _offer_plan(element: str | None, with_offer: bool = True) -> CampaignPlan:
    plan = make_plan()
    offer = Offer(
        code="COMEBACK15", depth_pct=15, expires=date(2025, 3, 21), line="Save 15% with code COMEBACK15."
    )
    test = AB_TESTS[element] if element else None
    return plan.model_copy(update={"offer": offer if with_offer else None, "ab_test": test})


def test_the_plan_says_which_arms_carry_the_offer() -> None:
    assert lint_context(_offer_plan("offer"), SENDER).offer_arms == {"A"}
    assert lint_context(_offer_plan("hook"), SENDER).offer_arms == {"A", "B"}
    assert lint_context(_offer_plan("hook", with_offer=False), SENDER).offer_arms == frozenset()


def _email(variant: str, preheader: str, offer: str) -> CopyVariant:
    body = "Ready for your next trail run?\n\nThe Ridgeline Trail has 5 mm lugs for mud.\n\n"
    body += (offer + "\n\n" if offer else "") + "Shop the Ridgeline Trail"
    return CopyVariant(
        channel="email",
        variant=variant,
        subject="Back on the trail?",
        preheader=preheader,
        body=add_email_footer(body, SENDER),
        product_ids=["P1003"],
        draft={"elements": {"hook": "", "offer": offer, "proof": ""}},
    )


def test_the_arm_without_the_offer_fails_the_lint_check_and_the_arm_with_it_passes() -> None:
    plan = _offer_plan("offer")
    c = lint_context(plan, SENDER)
    good = "Ready for your next trail run? Shop the trail collection now."
    offer = "Save 15% with code COMEBACK15."
    a, b = _email("A", good, offer), _email("B", good, "")
    assert lint_variant(a, c) == [] and lint_variant(b, c) == []
    b_saves = _email("B", "Ready for your next trail run? Shop now and save big.", "")
    assert [f.rule for f in lint_variant(b_saves, c)] == ["offer_language"]
    result = check_lint(b_saves, plan.model_copy(update={"copy_variants": [a, b_saves]}), c)
    assert result.status == "fail" and "offer_language" in result.details


# --------------------------------------------------------------------------------------------
# the repair round fixes them
# --------------------------------------------------------------------------------------------

BRIEF = "Win back lapsed high-value trail runners this spring, email and SMS, $20k"


def with_preheader(text: str) -> Any:
    """The scripted copy, every email draft with ``text`` as its preheader."""
    reply = scripted_copy()

    def answer(messages: list[Any], kwargs: dict[str, Any]) -> dict[str, Any]:
        out = reply(messages, kwargs)
        for key, value in out.items():
            drafts = value if isinstance(value, list) else [value]
            if key == "email" or key.startswith("email_"):
                for d in drafts:
                    if isinstance(d, dict) and "preheader" in d:
                        d["preheader"] = text
        return out

    return answer


#: The shipped preheader without "Trek Poles": in this trail-shoe plan "poles" alone already fails the
#: product_type rule, and the test is about the three new ones ("Coyote Trail GTX" is in its catalogue).
SHIPPED_IN_A_SHOE_PLAN = "Time to explore new trails with Coyote? Shop now and save ouch."


@pytest.mark.parametrize("strategy", ["constrained", "rich"])
def test_the_repair_round_replaces_the_shipped_preheader(plan_deps: Deps, strategy: str) -> None:
    plan_deps.settings = plan_deps.settings.model_copy(update={"copy_strategy": strategy})
    model = ScriptedChatModel(script=[with_preheader(SHIPPED_IN_A_SHOE_PLAN), scripted_copy()])
    plan = run_plan(plan_deps, BRIEF, chat_model=model).plan
    model.assert_complete()
    assert plan.passed, [c.details for c in plan.failed_checks]
    for v in plan.copy_variants:
        if v.channel == "email":
            assert "ouch" not in (v.preheader or "") and "with Coyote?" not in (v.preheader or ""), (
                v.preheader
            )
    if strategy == "constrained":  # the plan check failed first and the repair round fixed it
        lint = [c for c in plan.checks if c.name == "copy_lint" and c.target in ("email.A", "email.B")]
        assert lint and all(c.repaired for c in lint), [c.details for c in lint]
        assert plan.ledger.calls[1].purpose == "plan.repair"
        problems = model.requests[1].last_text  # the model was shown the three problems
        assert all(rule in problems for rule in ("product_name_cut", "non_word", "offer_language")), problems
    else:  # rich: the sentence judge caught it and the sentence repair replaced it
        email = next(v for v in plan.copy_variants if v.key == "email.A")
        (removed,) = [r for r in email.draft["removed"] if "ouch" in r["text"]]
        assert "only the start of a product name" in removed["why"]


def test_the_repair_round_removes_savings_words_from_chinese_copy(plan_deps: Deps) -> None:
    from planner.test_chinese_copy import ZH_BRIEF, scripted_zh_copy

    # the model's subject (shared by both arms) mentions a discount; arm B tests copy without the offer
    model = ScriptedChatModel(script=[scripted_zh_copy({"email.A": "，有优惠"}), scripted_zh_copy()])
    plan = run_plan(plan_deps, ZH_BRIEF, chat_model=model).plan
    model.assert_complete()
    assert plan.ab_test is not None and plan.ab_test.element == "offer"
    assert plan.passed, [c.details for c in plan.failed_checks]
    lint_b = next(c for c in plan.checks if c.name == "copy_lint" and c.target == "email.B")
    assert lint_b.repaired and "offer_language" in model.requests[1].last_text
    email_b = next(v for v in plan.copy_variants if v.key == "email.B")
    assert "优惠" not in (email_b.subject or "") and "优惠" not in email_b.body
