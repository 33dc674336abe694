"""Copy a marketer would send, continued (issue #13, after the 2026-12-04 copy benchmark): the rich strategy's
A/B pairs test the one stated hypothesis, words implying another product type are caught, and a campaign the
brief calls seasonal carries an offer. Each test fails on the code before it."""

from __future__ import annotations

from typing import Any

from fakes import ScriptedChatModel
from planner.helpers import SENDER, make_plan, rich_facts, scripted_copy
from planner.test_lint import PRODUCTS, email, rules
from planner.test_lint import ctx as lint_ctx
from planner.test_rich_copy import rich_ctx
from planner.test_social_proof_copy import RATING, with_reviews

from copilot.deps import Deps
from copilot.planner.copywriter import fact_sentence, write_copy
from copilot.planner.lint import Product, ab_pair, lint_context, lint_plan_variant
from copilot.planner.offers import check_offer, make_offer
from copilot.planner.plan_schema import CampaignPlan, CopyVariant, FactRef
from copilot.planner.workflow import run_plan
from copilot.reading import read


def _shipped(v: CopyVariant) -> str:
    return " ".join(v.parts().values())


def _by_key(variants: list[CopyVariant]) -> dict[str, CopyVariant]:
    return {v.key: v for v in variants}


# --------------------------------------------------------------------------------------------
# the rich strategy's A/B pairs
# --------------------------------------------------------------------------------------------


def _reviewed_product_second() -> CampaignPlan:
    """The sample plan featuring first a product without reviews (Cairn Sky), then one with (Ridgeline)."""
    plan = with_reviews(make_plan(), RATING)
    facts = sorted(plan.evidence.facts, key=lambda f: f.product_id != "P1010")
    return plan.model_copy(update={"evidence": plan.evidence.model_copy(update={"facts": facts}),
                                   "featured_products": ["P1010", "P1003"]})


def test_a_rich_proof_test_writes_about_the_product_whose_reviews_it_quotes() -> None:
    # benchmark brief 17, rich: the model wrote about the product without reviews (its facts came first),
    # so arm A had no proof and arm B no detail -- "social proof vs product detail" arms were the same copy
    plan = _reviewed_product_second()
    ctx = rich_ctx(plan)
    variants = _by_key(write_copy(ScriptedChatModel(script=[scripted_copy(), scripted_copy()]), ctx,
                                  ["email", "sms"], max_tokens=768))
    assert ctx.test is not None and ctx.test.element == "proof"
    lint = lint_context(plan.model_copy(update={"ab_test": ctx.test}), SENDER)
    for ch in ("email", "sms"):
        a, b = variants[f"{ch}.A"], variants[f"{ch}.B"]
        assert a.product_ids == b.product_ids == ["P1003"]
        proof, detail = a.draft["elements"]["proof"], b.draft["elements"]["proof"]
        assert proof.startswith("Rated 4.4 of 5 stars") and proof in _shipped(a) and proof not in _shipped(b)
        assert detail.startswith("Plus,") and detail in _shipped(b) and detail not in _shipped(a)
        assert ab_pair(a, b, lint, "proof") == []
        assert _shipped(a).replace(proof, "").split() == _shipped(b).replace(detail, "").split()


def _cites_every_fact(messages: list[Any], kwargs: dict[str, Any]) -> dict[str, Any]:
    """A rich draft whose body cites every fact it was shown: nothing is left for arm B's detail."""
    found = rich_facts(messages)
    body = [f"{sentence} [fact:{alias}]" for alias, _, sentence in found]
    return {
        "email": {"subject": "Ready for spring trails?", "preheader": "Explore grip made for wet spring rock.",
                  "body": body, "cta": f"Shop the {found[0][1]}"},
        "sms": {"body": body[:2]},
    }


def test_rich_drafts_that_leave_no_detail_for_arm_b_run_the_hook_test() -> None:
    # the rich path kept "review proof vs product detail" when the copy already said every detail: arm B
    # carried nothing in place of the proof (a proof tested against no copy at all)
    plan = with_reviews(make_plan(), RATING)
    ctx = rich_ctx(plan)
    variants = _by_key(write_copy(ScriptedChatModel(script=[_cites_every_fact, scripted_copy()]), ctx,
                                  ["email", "sms"], max_tokens=768))
    assert ctx.test is not None and ctx.test.element == "hook"
    assert ctx.angles == ("benefit-led opening", "urgency-led opening")
    lint = lint_context(plan.model_copy(update={"ab_test": ctx.test}), SENDER)
    for ch in ("email", "sms"):
        a, b = variants[f"{ch}.A"], variants[f"{ch}.B"]
        assert a.draft["elements"]["proof"] == b.draft["elements"]["proof"] == ""
        assert a.draft["elements"]["hook"] != b.draft["elements"]["hook"]
        assert ab_pair(a, b, lint, "hook") == []


def test_a_repaired_sentence_the_body_already_says_ships_once() -> None:
    # the scripted repair answers with the body's own claim: "The Ridgeline Trail has 5 mm lugs … " twice
    plan = make_plan()
    ctx = rich_ctx(plan)
    first = {"email": {"subject": "Ready for spring trails?", "preheader": "Explore grip made for wet spring rock.",
                       "body": ["Loved by thousands of runners.", "The Ridgeline Trail has 5 mm lugs for mud and "
                                "loose ground [fact:F1]."], "cta": "Shop the Ridgeline Trail"}}
    variants = _by_key(write_copy(ScriptedChatModel(script=[first, scripted_copy()]), ctx, ["email"],
                                  max_tokens=768))
    body = variants["email.A"].body
    assert body.count("5 mm lugs") == 1 and "Loved by" not in body


# --------------------------------------------------------------------------------------------
# words implying a product type
# --------------------------------------------------------------------------------------------

TENT = Product("P1200", "Wildfern Tent 2P", "tents")
LAMP_PACK = (Product("P1300", "Col Daypack", "backpacks"), Product("P1301", "Kestrel Trail Lamp", "headlamps"))
TENT_BODY = "Looking for your next pair?\n\nThe Wildfern Tent 2P has two doors.\n\nShop the Wildfern Tent 2P"


def test_a_word_implying_another_product_type_is_caught_by_category() -> None:
    # shipped (rich path): "Looking for your next pair?" on a tent passed every rule
    c = lint_ctx(products=(*PRODUCTS, TENT, *LAMP_PACK))
    assert "product_type" in rules(email("Ready for a night out?", "Planning a night under the stars? Explore the range.",
                                         TENT_BODY), c)
    socks = "Looking for your next pair?\n\nThe Ember Trail Crew has a blister-reducing fit.\n\nShop the Ember Trail Crew"
    assert "product_type" not in rules(email("Ready for the trail?", "Planning your next outing? Explore the range.",
                                             socks), c)
    pairs_with = "The Wildfern Tent 2P has two doors. It pairs well with a sleeping pad.\n\nShop the Wildfern Tent 2P"
    assert "product_type" not in rules(email("Ready for a night out?", "Planning a night under the stars? Explore it.",
                                             pairs_with), c)
    # other words and other categories, the same rule: lumens on a pack, not on a headlamp; laces on a jacket
    pack = "The Col Daypack has 400 lumens of light.\n\nShop the Col Daypack"
    lamp = "The Kestrel Trail Lamp has 400 lumens of light.\n\nShop the Kestrel Trail Lamp"
    jacket = "New laces for spring?\n\nThe Tamarack Rain Jacket has a hood.\n\nShop the Tamarack Rain Jacket"
    assert "product_type" in rules(email("Ready?", "Planning your next outing? Explore the range.", pack), c)
    assert "product_type" not in rules(email("Ready?", "Planning your next outing? Explore the range.", lamp), c)
    assert "product_type" in rules(email("Ready?", "Planning your next outing? Explore the range.", jacket), c)
    # a word the product's own facts use is no contradiction
    own = lint_ctx(products=(*PRODUCTS, TENT), product_facts={"P1200": "comes with a pair of spare stakes"})
    assert "product_type" not in rules(email("Ready for a night out?", "Planning a night under the stars? Explore the range.",
                                             TENT_BODY), own)


def _tent_plan() -> CampaignPlan:
    plan = make_plan()
    ev = plan.evidence
    facts = [
        FactRef(fact_id="P1200-a", text="Wildfern Tent 2P has two doors and two vestibules.", product_id="P1200"),
        FactRef(fact_id="P1200-b", text="Wildfern Tent 2P has a freestanding frame.", product_id="P1200"),
    ]
    catalog = {"P1200": {"name": "Wildfern Tent 2P", "category": "tents", "price": 349.0}}
    brief = plan.brief.model_copy(update={"category": "tents", "text": "Launch the new tents, email, $9k",
                                          "goal": "Launch the new tents", "objective": "launch"})
    return plan.model_copy(update={"evidence": ev.model_copy(update={"facts": facts, "catalog": catalog}),
                                   "featured_products": ["P1200"], "brief": brief, "ab_test": None})


def test_the_rich_path_removes_a_sentence_implying_another_product_type() -> None:
    plan = _tent_plan()
    ctx = rich_ctx(plan)
    model = ScriptedChatModel(script=[scripted_copy(), scripted_copy()])
    variants = write_copy(model, ctx, ["email"], max_tokens=768)
    assert '"pair" implies another product type than tents' in model.requests[1].last_text  # the repair
    plan = plan.model_copy(update={"copy_variants": variants, "ab_test": ctx.test})
    lint = lint_context(plan, SENDER)
    for v in variants:
        assert "pair" not in v.body and v.body.count("two doors") == 1
        assert all(f.rule != "product_type" for f in lint_plan_variant(v, plan, lint))


def test_a_fit_in_the_reviews_is_no_running() -> None:
    # benchmark briefs 3 and 15: "runs large" in a down jacket's reviews let "Ready for your next trail run?"
    # pass the activity rule in a winter jacket campaign
    plan = _tent_plan()
    review = FactRef(fact_id="P1200-rev", product_id="P1200", source="reviews",
                     text="Wildfern Tent 2P (P1200) reviews › Theme: boxy · runs large: Reviewers mention it.")
    plan = plan.model_copy(update={"evidence": plan.evidence.model_copy(update={
        "facts": [*plan.evidence.facts, review]})})
    assert lint_context(plan, SENDER).running_ok is False


# --------------------------------------------------------------------------------------------
# offers for a campaign the brief calls seasonal
# --------------------------------------------------------------------------------------------

SEASONAL = "Seasonal spring campaign for trail running shoes to all customers, email and SMS, $12k"


def _as_brief(plan: CampaignPlan, text: str, **kw: object) -> CampaignPlan:
    brief = plan.brief.model_copy(update={"text": text, "objective": "retention", "reading": read(text), **kw})
    return plan.model_copy(update={"brief": brief})


def test_a_campaign_the_brief_calls_seasonal_carries_an_offer_within_the_cap() -> None:
    # benchmark briefs 8 and 15 ("Seasonal spring/winter campaign for …") had no offer: the reader names no
    # objective for "seasonal", so the plan's default "retention" stood
    plan = _as_brief(make_plan(), SEASONAL)
    offer, notes = make_offer(plan)
    assert offer is not None and offer.depth_pct == 20 and offer.code == "SEASON20"
    assert "seasonal campaign" in offer.reason and any("assumed for a seasonal campaign" in n for n in notes)
    assert "no product cost" in offer.margin_note
    capped, _ = make_offer(_as_brief(make_plan(), SEASONAL, discount_cap_pct=15))
    assert capped is not None and capped.depth_pct == 15
    chinese = "换季促销：给所有客户推越野跑鞋，邮件和短信，预算一万二"
    assert make_offer(_as_brief(make_plan(), chinese))[0] is not None
    # a brief that rules discounts out, or names another campaign type, gets none
    assert make_offer(_as_brief(make_plan(), SEASONAL + ", full price only", no_discount=True))[0] is None
    other = "Retention campaign for loyal customers, seasonal picks of trail running shoes, email, $5k"
    assert make_offer(_as_brief(make_plan(), other))[0] is None


def test_the_seasonal_plan_mentions_its_offer_and_a_full_price_one_has_none(plan_deps: Deps) -> None:
    # the brief names no objective: the model fills it, as the benchmark's fake does, with "retention"
    fill = {"objective": "retention", "audience": "all customers"}
    plan = run_plan(plan_deps, SEASONAL, chat_model=ScriptedChatModel(script=[fill, *[scripted_copy()] * 3])).plan
    assert plan.brief.objective == "retention"
    assert plan.offer is not None and plan.offer.depth_pct == 20
    assert plan.ab_test is not None and plan.ab_test.element == "offer"
    by = _by_key(plan.copy_variants)
    assert plan.offer.line in by["email.A"].body and plan.offer.line in by["sms.A"].body
    assert all(r.status == "pass" for r in check_offer(plan))
    full = run_plan(plan_deps, SEASONAL + ", full price only",
                    chat_model=ScriptedChatModel(script=[fill, *[scripted_copy()] * 3])).plan
    assert full.brief.no_discount and full.offer is None
    assert not any("Save" in _shipped(v) or "%" in _shipped(v) for v in full.copy_variants)


def test_the_kind_a_product_name_carries_decides_within_a_mixed_category() -> None:
    # rich benchmark brief 10: "Looking for your next pair?" on the Juniper Singlet passed, because its
    # category (running apparel) also sells shorts and tights
    c = lint_ctx(products=(*PRODUCTS, Product("P1130", "Juniper Singlet", "running-apparel")))
    singlet = "Looking for your next pair?\n\nThe Juniper Singlet has a built-in liner.\n\nShop the Juniper Singlet"
    shorts = "Looking for your next pair?\n\nThe Talus Run Short has a built-in liner.\n\nShop the Talus Run Short"
    assert "product_type" in rules(email("Ready?", "Planning your next outing? Explore the range.", singlet), c)
    assert "product_type" not in rules(email("Ready?", "Planning your next outing? Explore the range.", shorts), c)


def test_a_fact_sentence_about_a_plural_product_takes_a_plural_verb() -> None:
    # rich benchmark brief 13: "The Switchback Trek Poles 3 folds to 38 cm." (the rich prompt's fact lines and
    # the rich fallback sentence are fact_sentence; the constrained path agreed already)
    poles = FactRef(fact_id="P1010-a", text="Switchback Trek Poles 3 (P1010) › Features: folds to 38 cm",
                    product_id="P1010")
    assert fact_sentence(poles) == "The Switchback Trek Poles 3 fold to 38 cm."
    bag = FactRef(fact_id="P1011-a", text="Nimbus Bag 20 (P1011) › Features: full-length zip", product_id="P1011")
    assert fact_sentence(bag) == "The Nimbus Bag 20 has a full-length zip."
