"""The copywriter's schema, prompt and assembly (the model's words + facts word for word + compliance)."""

from __future__ import annotations

from fakes import ScriptedChatModel
from planner.helpers import SENDER

from copilot.llm.schema import model_schema, unbounded_fields
from copilot.llm.tokens import CostLedger
from copilot.planner.checks import check_email_compliance, check_sms_compliance
from copilot.planner.copywriter import (
    batches,
    copy_context,
    copy_messages,
    copy_schema,
    fact_sentence,
    render_variant,
    variant_as_draft,
    write_copy,
)
from copilot.planner.models import CampaignPlan, FactRef


def fact(text: str, fid: str = "P1-x") -> FactRef:
    return FactRef(fact_id=fid, text=text, product_id="P1003")


def test_fact_sentences_are_word_for_word() -> None:
    assert (
        fact_sentence(fact("Glacier Trail GTX (P1003) › Features: wide toe box"))
        == "Glacier Trail GTX: wide toe box."
    )
    assert (
        fact_sentence(fact("Glacier Trail GTX (P1003) › Price: List price: $144.95 (USD)."))
        == "Glacier Trail GTX: list price $144.95."
    )
    rating = (
        "Glacier Trail GTX (P1003) reviews › Rating summary: 45 reviews, average 3.9 of 5 stars (5★ 20, 4★ 14); "
        "sentiment 78% positive."
    )
    assert fact_sentence(fact(rating)) == "Glacier Trail GTX: 45 reviews, average 3.9 of 5 stars."
    assert (
        fact_sentence(fact("Free returns within 60 days. Some more text.")) == "Free returns within 60 days."
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
    assert email.body.startswith("Missed the trails?\n\n- Ridgeline Trail has 5 mm lugs")
    assert "\n\nShop the Ridgeline Trail\n\n" in email.body
    assert check_email_compliance(email, SENDER).status == "pass"
    assert [c.fact_ids for c in email.citations] == [["P1003-aa11bb22cc"], ["P1003-dd33ee44ff"]]
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
                "subject": "Ready?",
                "preheader": "p" * 50,
                "intro": "Missed it?",
                "facts": ["F1"],
                "cta": "Shop",
            },
            {"subject": "Back?", "preheader": "q" * 50, "intro": "Ready?", "facts": ["F2"], "cta": "See it"},
        ],
        "sms": [{"text": "Back?", "facts": ["F1"]}, {"text": "Ready?", "facts": []}],
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
