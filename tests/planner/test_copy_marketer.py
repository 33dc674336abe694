"""Copy a marketer would send: what the copy benchmark's plans (2026-12-04 run, tuning briefs) showed
and code now writes differently. Each test fails on the code of that run."""

from __future__ import annotations

from fakes import ScriptedChatModel
from planner.helpers import SENDER, make_plan, scripted_copy
from planner.test_lint import ctx as lint_ctx
from planner.test_lint import email, rules
from planner.test_social_proof_copy import RATING, THEME, with_reviews

from copilot.knowledge.claims import is_non_claim
from copilot.planner.checks import add_email_footer
from copilot.planner.copy_compose import fallback_piece, verify_proofs
from copilot.planner.copy_grammar import also_sentence, plural_name
from copilot.planner.copywriter import copy_context, creative_body, render_variant, write_copy
from copilot.planner.lint import lint_context, lint_plan_variant
from copilot.planner.plan_schema import CampaignPlan, CopyVariant, FactRef
from copilot.planner.review_checks import creative_text


def _poles_plan() -> CampaignPlan:
    """The sample plan whose second product is a pair of poles (a plural name)."""
    plan = make_plan()
    ev = plan.evidence
    catalog = {**ev.catalog, "P1010": {"name": "Switchback Trek Poles 3", "category": "trekking-poles", "price": 89.0}}
    facts = [
        FactRef(fact_id="P1010-a", text="Switchback Trek Poles 3 (P1010) › Features: fold to 38 cm", product_id="P1010"),
        FactRef(fact_id="P1010-b", text="Switchback Trek Poles 3 (P1010) › Features: extended grip for steep climbs",
                product_id="P1010"),
    ]
    return plan.model_copy(update={"evidence": ev.model_copy(update={"catalog": catalog, "facts": facts}),
                                   "featured_products": ["P1010"], "ab_test": None})


def test_a_plural_product_name_takes_a_plural_verb() -> None:
    # shipped: "The Switchback Trek Poles 3 folds to 38 cm. … Plus, it has extended grip for steep climbs."
    ctx = copy_context(_poles_plan(), sender=SENDER, tone="warm", banned=[])
    alias = ctx.alias_of("P1010-a")
    v = render_variant("email", "A", {"subject": "Ready for the climb?", "preheader": "Ready for the climb? "
                                      "Explore the range.", "intro": "Ready?", "cta": "", "facts": [alias]}, ctx)
    assert "The Switchback Trek Poles 3 fold to 38 cm." in v.body
    assert also_sentence("Switchback Trek Poles 3", "has extended grip") == "Plus, they have extended grip."
    assert also_sentence("Nimbus Bag 20", "has a full-length zip") == "Plus, it has a full-length zip."
    assert not plural_name("Nimbus Ultra 3") and plural_name("Basalt Gaiters")


def test_a_button_naming_a_numbered_product_is_no_claim() -> None:
    # shipped: every email featuring "Nimbus Bag 20", "Wildfern Tent 2P", "Summit Tight 3" … lost its button
    # (the claim checker reads "Shop the Nimbus Bag 20" as a claim with a number; the repair dropped it)
    assert not is_non_claim("Shop the Nimbus Bag 20")
    body = "Ready for a night out?\n\nThe Nimbus Bag 20 has a full-length zip.\n\nShop the Nimbus Bag 20"
    v = CopyVariant(channel="email", variant="A", subject="Ready?", preheader="Ready for a night out? Explore it.",
                    body=add_email_footer(body, SENDER), draft={"cta": "Shop the Nimbus Bag 20"})
    checked = creative_text(v, SENDER)
    assert "Shop the Nimbus Bag 20" not in checked and "The Nimbus Bag 20 has a full-length zip." in checked
    assert creative_body(v, SENDER, keep_button=True).endswith("Shop the Nimbus Bag 20")  # the repair keeps it
    model_line = v.model_copy(update={"draft": {"cta": "Shop the lightest bag we make"}})
    assert "Shop the Nimbus Bag 20" in creative_text(model_line, SENDER)  # only code's name-only button


def test_the_sms_quote_is_sent_with_straight_quotes_and_its_arms_differ_in_the_proof_only() -> None:
    # shipped: the SMS carried curly quotes, the GSM-7 repair replaced them, and the tested element was no
    # longer the text that shipped
    plan = with_reviews(make_plan(), RATING, THEME)
    plan = plan.model_copy(update={"evidence": plan.evidence.model_copy(update={"facts": [
        *plan.evidence.facts,
        FactRef(fact_id="P1003-zz", text="Ridgeline Trail (P1003) › Features: wide toe box", product_id="P1003"),
    ]})})
    ctx = copy_context(plan, sender=SENDER, tone="warm", banned=[])
    variants = {v.key: v for v in write_copy(ScriptedChatModel(script=[scripted_copy()]), ctx, ["sms"],
                                             max_tokens=768)}
    a = variants["sms.A"]
    assert '"Great grip on wet rock and roots," says one of 212 reviewers.' in a.body and "“" not in a.body
    assert (a.draft or {})["elements"]["proof"] in a.body


def test_a_product_with_one_fact_runs_no_proof_test() -> None:
    # shipped: arm A "… weighs 220 g. “Best purchase this year,” says one of 24 reviewers." vs arm B "… weighs
    # 220 g." -- "product detail" with no detail: the proof tested against nothing
    plan = with_reviews(make_plan(), RATING)
    plan = plan.model_copy(update={"evidence": plan.evidence.model_copy(update={"facts": [
        f for f in plan.evidence.facts if f.product_id != "P1003" or "rev" in f.fact_id or f.fact_id.endswith("cc")
    ]})})
    ctx = copy_context(plan, sender=SENDER, tone="warm", banned=[])
    assert sum(f.product_id == "P1003" for f in ctx.facts) == 1
    verify_proofs(ctx)
    assert "P1003" not in ctx.proofs and ctx.test is not None and ctx.test.element == "hook"


def test_a_push_invitation_after_sentences_ends_as_one() -> None:
    # shipped: "The Cirrus Hoody Pro has an adjustable hood. See what is new"
    ctx = copy_context(make_plan(), sender=SENDER, tone="warm", banned=[])
    alias = ctx.alias_of(ctx.facts[0].fact_id)
    v = render_variant("push", "A", {"title": "Back on the trail?", "text": "See what is new", "facts": [alias]}, ctx)
    assert v.body.endswith(". See what is new.")


def test_running_words_in_a_plan_about_no_running() -> None:
    # shipped: "Ready for your next trail run?" on a sleeping-bag clearance and a tent launch
    c = lint_ctx(running_ok=False)
    body = "Ready for your next trail run?\n\nThe Tamarack Rain Jacket has a hood.\n\nShop the Tamarack Rain Jacket"
    assert "activity" in rules(email("Back on the trail?", "Ready for the trails ahead? Explore the range.", body), c)
    assert "activity" not in rules(email("Back on the trail?", "Ready for the trails ahead? Explore the range.",
                                         body), lint_ctx(running_ok=True))
    plan = make_plan()  # a win-back of trail runners: running words fit
    assert lint_context(plan, SENDER).running_ok is True
    bags = plan.model_copy(update={"brief": plan.brief.model_copy(update={
        "text": "Clearance of sleeping bags, email, $2k", "bought_category": None, "category": "sleeping-bags",
        "audience": None, "goal": ""}), "featured_products": []})
    assert lint_context(bags, SENDER).running_ok is False


def test_a_preheader_that_repeats_the_subject() -> None:
    # shipped (README brief, local model): subject "Been a while since your last trip?", preheader "Been a
    # while since your last trip? Explore the Ember Trail GTX." -- code's own fallback repeated it
    body = "Ready to get back out?\n\nThe Ember Trail Crew has a blister-reducing fit.\n\nShop the Ember Trail Crew"
    v = email("Been a while since your last trip?", "Been a while since your last trip? Explore the Ember Trail Crew.",
              body)
    assert "repeated_line" in rules(v)
    ctx = copy_context(make_plan(), sender=SENDER, tone="warm", banned=[])
    subject = fallback_piece("email", "subject", ctx, "Ridgeline Trail")
    assert not fallback_piece("email", "preheader", ctx, "Ridgeline Trail").startswith(subject)


def test_the_benchmark_shapes_pass_the_linter_end_to_end() -> None:
    """The whole plan written from the scripted copy passes the linter with the new rules on."""
    plan = _poles_plan()
    ctx = copy_context(plan, sender=SENDER, tone="warm", banned=[])
    variants = write_copy(ScriptedChatModel(script=[scripted_copy()]), ctx, ["email", "sms"], max_tokens=768)
    plan = plan.model_copy(update={"copy_variants": variants, "ab_test": ctx.test})
    lint = lint_context(plan, SENDER)
    for v in variants:
        assert "folds" not in v.body and "Plus, it " not in v.body
        assert all(f.rule != "repeated_line" for f in lint_plan_variant(v, plan, lint))


def test_a_proof_test_features_a_product_that_has_the_proof() -> None:
    # shipped (benchmark brief 17 after the one-fact rule): the model picked the product without proof, so
    # arms A and B of "review rating vs product detail" were the same copy
    plan = with_reviews(make_plan(), RATING)
    ctx = copy_context(plan, sender=SENDER, tone="warm", banned=[])
    verify_proofs(ctx)
    assert ctx.test is not None and ctx.test.element == "proof" and "P1010" not in ctx.proofs
    draft = {"text": "Back on the trail?", "facts": [ctx.alias_of("P1010-0011223344")]}
    a, b = (render_variant("sms", arm, draft, ctx) for arm in ("A", "B"))  # type: ignore[arg-type]
    assert "Rated 4.4 of 5 stars in 402 reviews." in a.body and a.body != b.body
    assert a.product_ids == b.product_ids == ["P1003"]
