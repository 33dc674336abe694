"""The copywriter's schema, prompt and assembly (the model's words + facts word for word + compliance)."""

from __future__ import annotations

import json
import re

import pytest
from fakes import ScriptedChatModel
from planner.helpers import SENDER
from pydantic import ValidationError

from copilot.knowledge.claims import is_non_claim
from copilot.llm.schema import model_schema, unbounded_fields
from copilot.llm.tokens import CostLedger
from copilot.planner.checks import check_email_compliance, check_sms_compliance
from copilot.planner.copywriter import (
    CTA_VERBS,
    PATTERNS,
    batches,
    copy_context,
    copy_messages,
    copy_schema,
    draft_model,
    fact_sentence,
    label_line,
    render_variant,
    variant_as_draft,
    write_copy,
)
from copilot.planner.plan_schema import CampaignPlan, FactRef


def fact(text: str, fid: str = "P1-x") -> FactRef:
    return FactRef(fact_id=fid, text=text, product_id="P1003")


def test_label_lines_are_word_for_word() -> None:
    assert (
        label_line(fact("Glacier Trail GTX (P1003) › Features: wide toe box"))
        == "Glacier Trail GTX: wide toe box."
    )
    assert (
        label_line(fact("Glacier Trail GTX (P1003) › Price: List price: $144.95 (USD)."))
        == "Glacier Trail GTX: list price $144.95."
    )
    rating = (
        "Glacier Trail GTX (P1003) reviews › Rating summary: 45 reviews, average 3.9 of 5 stars (5★ 20, 4★ 14); "
        "sentiment 78% positive."
    )
    assert label_line(fact(rating)) == "Glacier Trail GTX: 45 reviews, average 3.9 of 5 stars."
    assert (
        label_line(fact("Free returns within 60 days. Some more text.")) == "Free returns within 60 days."
    )
    overview = (
        "Glacier Road SE (P1040) › Overview: Product type: a unisex road running shoe from Northtrail "
        "Outfitters (category: road-running-shoes), launched in April 2023."
    )
    assert label_line(fact(overview)) == (
        "Glacier Road SE: a unisex road running shoe from Northtrail Outfitters, launched in April 2023."
    )
    assert label_line(fact("Glacier Trail GTX (P1003) › Specifications: Weight: 310 g")) == (
        "Glacier Trail GTX: Weight: 310 g."
    )


def test_schema_is_bounded_with_fact_id_enum_and_two_variants(sample_plan: CampaignPlan) -> None:
    schema = model_schema(copy_schema(["email", "sms", "push", "paid_social"], ["F1", "F2", "F3"]))
    assert unbounded_fields(schema) == []
    email = schema["properties"]["email"]
    assert email["minItems"] == 2 and email["maxItems"] == 2
    item = email["items"]["properties"]
    assert item["facts"]["items"]["enum"] == ["F1", "F2", "F3"]
    assert set(item) == {"subject", "preheader", "intro", "facts", "cta"}
    assert set(schema["properties"]["sms"]["items"]["properties"]) == {"text", "facts"}
    no_facts = model_schema(copy_schema(["sms"], []))
    assert "facts" not in no_facts["properties"]["sms"]["items"]["properties"]


def test_prompt_lists_facts_and_not_the_budget(sample_plan: CampaignPlan) -> None:
    ctx = copy_context(sample_plan, sender=SENDER, tone="warm", banned=["best ever"])
    system, user = copy_messages(ctx, ["email", "sms"])
    assert "best ever" in str(system.content)
    text = str(user.content)
    assert "F1: Ridgeline Trail has 5 mm lugs for mud and loose ground." in text
    assert "20k" not in text and "20,000" not in text
    assert "Win-back campaign for trail running shoes" in text


def test_render_assembles_words_facts_and_compliance(sample_plan: CampaignPlan) -> None:
    ctx = copy_context(sample_plan, sender=SENDER, tone="warm", banned=[])
    email = render_variant(
        "email",
        "A",
        {
            "subject": "Ready?",
            "preheader": "p" * 50,
            "intro": "Missed the trails?",
            "facts": ["F1", "F2", "F1"],
            "cta": "Shop the Ridgeline Trail",
        },
        ctx,
    )
    # one sentence names the product and carries both facts (not "... It also ...")
    assert email.body.startswith(
        "Missed the trails?\n\nThe Ridgeline Trail has 5 mm lugs for mud and loose ground, and uses a"
    )
    assert "It also" not in email.body
    # the sentence is cited with both its facts
    assert email.citations[0].claim in email.body and email.citations[0].claim.startswith("The Ridgeline Trail has")
    assert "\n\nShop the Ridgeline Trail\n\n" in email.body
    assert check_email_compliance(email, SENDER).status == "pass"
    assert [c.fact_ids for c in email.citations] == [["P1003-aa11bb22cc", "P1003-dd33ee44ff"]]
    assert email.product_ids == ["P1003"]
    assert email.draft["facts"] == ["P1003-aa11bb22cc", "P1003-dd33ee44ff"]
    sms = render_variant("sms", "B", {"text": "Back on the trail?", "facts": ["F3"]}, ctx)
    assert check_sms_compliance(sms, SENDER).status == "pass"
    assert "Cairn Sky drains quickly after stream crossings." in sms.body
    assert sms.citations[0].fact_ids == ["P1010-0011223344"]
    # the rewrite request shows the model its own pieces with the aliases it knows
    assert variant_as_draft(email, ctx) == {
        "subject": "Ready?",
        "preheader": "p" * 50,
        "intro": "Missed the trails?",
        "cta": "Shop the Ridgeline Trail",
        "facts": ["F1", "F2"],
    }


def test_batches_fit_max_tokens() -> None:
    assert batches(["email", "sms"], 768) == [["email", "sms"]]
    assert batches(["email", "sms", "push", "paid_social"], 768) == [["email", "sms", "push", "paid_social"]]
    assert batches(["email", "sms", "push", "paid_social"], 200) == [
        ["email"],
        ["sms", "push"],
        ["paid_social"],
    ]


def test_write_copy_one_call(sample_plan: CampaignPlan) -> None:
    ctx = copy_context(sample_plan, sender=SENDER, tone="warm", banned=[])
    reply = {
        "email": [
            {
                "subject": "Ready for the trails?",
                "preheader": "Missed your favorite loop this winter? See what is new this season.",
                "intro": "Missed the trails this winter?",
                "facts": ["F1"],
                "cta": "Shop the Ridgeline Trail",
            },
            {
                "subject": "Back on the trail soon?",
                "preheader": "Are your old shoes worn out by now, runner? Explore the new trail range.",
                "intro": "Ready for muddy spring miles?",
                "facts": ["F2"],
                "cta": "See what is new",
            },
        ],
        "sms": [
            {"text": "Back on the trail this spring?", "facts": ["F1"]},
            {"text": "Ready for mud season?", "facts": ["F3"]},
        ],
    }
    model = ScriptedChatModel(script=[reply])
    ledger = CostLedger()
    variants = write_copy(model, ctx, ["email", "sms"], max_tokens=768, ledger=ledger)
    model.assert_complete()
    assert [v.key for v in variants] == ["email.A", "email.B", "sms.A", "sms.B"]
    assert ledger.llm_calls == 1 and ledger.calls[0].purpose == "plan.copy"
    schema = model.requests[0].response_format["json_schema"]["schema"]
    assert set(schema["properties"]) == {"email", "sms"}
    assert model.requests[0].response_format["json_schema"]["name"] == "CampaignCopy"


# --------------------------------------------------------------------------------------------
# the patterns: the model's own words cannot carry a number or a product claim
# --------------------------------------------------------------------------------------------


def _fits(kind: str, text: str) -> bool:
    pattern, max_len = PATTERNS[kind]
    return re.fullmatch(pattern.strip("^$"), text) is not None and len(text) <= max_len


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("subject", "Ready for muddy miles?"),
        ("intro", "Missed the trails this winter, runner?"),
        ("text_question", "Back on the trail this spring?"),
        ("preheader", "Missed your favorite loop this winter? See what is new for the season."),
        ("cta", "Shop the Glacier Trail"),
        ("text_invitation", "Explore the new trail range."),
    ],
)
def test_patterns_accept_questions_and_invitations(kind: str, text: str) -> None:
    assert _fits(kind, text)


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("subject", "Save 20 percent today?"),  # a digit
        ("subject", "Our lightest shoe ever."),  # a statement, not a question
        ("subject", "Lightest shoe ever! Ready?"),  # a sentence before the question
        ("subject", "New trail shoes for the Glacier?"),  # a statement with a question mark
        ("intro", "Only $99 this week?"),
        ("text_question", "The Glacier Trail weighs grams?"[:5] + "180 g?"),
        ("preheader", "Missed your favorite loop this winter? It is waterproof."),  # no invitation
        ("cta", "Shop now, 35% off"),
        ("text_invitation", "Our shoes are waterproof."),  # not a call to action
    ],
)
def test_patterns_reject_numbers_and_statements(kind: str, text: str) -> None:
    assert not _fits(kind, text)


def test_the_prompt_example_fits_the_schema() -> None:
    from copilot.planner.copywriter import EXAMPLE

    example = json.loads(EXAMPLE.split("(style only): ", 1)[1])
    draft_model("email", ["F1", "F2"]).model_validate(example)


def test_the_schema_rejects_a_number_in_the_model_words() -> None:
    model = draft_model("sms", ["F1"])
    model.model_validate({"text": "Back on the trail this spring?", "facts": ["F1"]})
    with pytest.raises(ValidationError):
        model.model_validate({"text": "Back on the trail for 180 days?", "facts": ["F1"]})
    with pytest.raises(ValidationError):
        model.model_validate({"text": "Back on the trail?", "facts": []})  # at least one fact


def test_pattern_bounds_match_max_length() -> None:
    # pydantic must accept anything the grammar lets through: the longest match fits maxLength
    longest_subject = "Planning " + "a" * 50 + "?"
    assert _fits("subject", longest_subject) and len(longest_subject) == PATTERNS["subject"][1]
    assert not _fits("subject", "Planning " + "a" * 51 + "?")
    longest_cta = "Check out" + " wwwwwwwwwwww" * 8
    assert _fits("cta", longest_cta) and len(longest_cta) == PATTERNS["cta"][1]


@pytest.mark.parametrize("verb", CTA_VERBS)
def test_every_invitation_verb_reads_as_a_call_to_action(verb: str) -> None:
    """The claim checker's fixed rules see an invitation as no product claim (so it needs no fact)."""
    longest = f"{verb} the new range for your next run."  # the most words a pattern allows (preheader)
    assert _fits("preheader", f"Missed your favorite loop this winter? {longest}")
    too_long = f"{verb} the new range for your next long muddy run."  # 9 words after the verb
    assert not _fits("preheader", f"Missed your favorite loop this winter? {too_long}")
    assert is_non_claim(longest)
    assert is_non_claim("Missed your favorite loop this winter?")


def test_the_offer_is_added_by_code_and_passes_the_checks(sample_plan: CampaignPlan) -> None:
    from copilot.planner.checks import check_copy_numbers
    from copilot.planner.review import creative_text, plan_allowed_numbers

    brief = sample_plan.brief.model_copy(update={"offer": "20% off", "discount_pct": 20.0})
    plan = sample_plan.model_copy(update={"brief": brief})
    ctx = copy_context(plan, sender=SENDER, tone="warm", banned=[])
    assert "20% off until March 21. (added by code: do not write it)" in str(copy_messages(ctx, ["sms"])[1].content)
    sms = render_variant("sms", "A", {"text": "Back on the trail this spring?", "facts": ["F1"]}, ctx)
    email = render_variant(
        "email",
        "A",
        {
            "subject": "Ready?",
            "preheader": "",
            "intro": "Missed the trails?",
            "facts": ["F1"],
            "cta": "Shop now",
        },
        ctx,
    )
    assert "Back on the trail this spring? The Ridgeline Trail" in sms.body and "20% off until March 21." in sms.body
    assert email.body.startswith("Missed the trails?\n\nThe Ridgeline Trail")
    assert "\n\n20% off until March 21.\n\n" in email.body
    allowed = plan_allowed_numbers(plan, SENDER)
    for v in (sms, email):
        assert check_copy_numbers(v, allowed).status == "pass"
        assert "20%" not in creative_text(v, SENDER, brief.offer)  # the offer is no product claim


def test_long_facts_are_left_out_of_short_channels(sample_plan: CampaignPlan) -> None:
    from copilot.planner.copywriter import FACT_MAX_CHARS, checkable_facts

    long = fact(
        "Ridgeline Trail (P1003) › Materials: " + "recycled mesh, " * 8 + "and rubber.", "P1003-long"
    )
    plan = sample_plan.model_copy(
        update={
            "evidence": sample_plan.evidence.model_copy(update={"facts": [*sample_plan.evidence.facts, long]})
        }
    )
    ctx = copy_context(plan, sender=SENDER, tone="warm", banned=[])
    alias = ctx.alias_of("P1003-long")
    assert alias is not None and len(fact_sentence(long)) > FACT_MAX_CHARS["push"]
    per_channel = ctx.channel_aliases(["email", "push"])
    assert alias in per_channel["email"] and alias not in per_channel["push"]
    schema = model_schema(copy_schema(["email", "push"], per_channel))
    items = schema["properties"]["push"]["items"]["properties"]["facts"]["items"]
    assert alias not in items.get("enum", [items.get("const")])
    # facts whose line the claim checker rejects are not offered at all
    only = checkable_facts(ctx, lambda f: f.fact_id != "P1003-long")
    assert only.alias_of("P1003-long") is None and len(only.facts) == len(ctx.facts) - 1
