"""structured_call: the response format per provider, validation, one retry with feedback, the ledger."""

from __future__ import annotations

import pytest
from fakes import ScriptedChatModel
from langchain_core.messages import HumanMessage, SystemMessage
from pydantic import BaseModel, Field, ValidationError

from copilot.errors import ModelError
from copilot.llm.providers import structured_call
from copilot.llm.tokens import CostLedger, PriceTable


class Channel(BaseModel):
    name: str = Field(..., max_length=20)


class Copy(BaseModel):
    subject: str = Field(..., max_length=60)
    body: str
    channels: list[Channel] = Field(default_factory=list)


MESSAGES = [SystemMessage(content="You write copy."), HumanMessage(content="Spring sale email.")]
GOOD = {
    "subject": "Spring trails are calling",
    "body": "20% off trail shoes.",
    "channels": [{"name": "email"}],
}


def test_valid_reply_first_time_with_a_bounded_json_schema() -> None:
    model = ScriptedChatModel(script=[GOOD])
    ledger = CostLedger(scope="plan:p1")
    out = structured_call(model, MESSAGES, Copy, ledger=ledger, purpose="copy")
    assert out == Copy.model_validate(GOOD)
    model.assert_complete()
    rf = model.requests[0].response_format
    assert rf["type"] == "json_schema" and rf["json_schema"]["name"] == "Copy"
    schema = rf["json_schema"]["schema"]
    assert schema["properties"]["subject"]["maxLength"] == 60
    assert schema["properties"]["body"]["maxLength"] > 0  # unbounded strings get a bound
    assert schema["properties"]["channels"]["maxItems"] > 0
    assert schema["properties"]["channels"]["items"]["properties"]["name"]["maxLength"] == 20  # refs inlined
    assert ledger.llm_calls == 1 and ledger.calls[0].purpose == "copy" and ledger.tokens_in > 0


def test_fenced_json_is_accepted() -> None:
    model = ScriptedChatModel(script=['Here you go:\n```json\n{"subject": "Hi", "body": "b"}\n```'])
    assert structured_call(model, MESSAGES, Copy).subject == "Hi"


def test_invalid_reply_is_retried_once_with_the_validation_errors() -> None:
    model = ScriptedChatModel(script=['{"subject": "' + "x" * 80 + '", "body": "b"}', GOOD])
    ledger = CostLedger()
    out = structured_call(model, MESSAGES, Copy, ledger=ledger)
    assert out.subject == GOOD["subject"]
    retry = model.requests[1]
    assert "was not a valid Copy" in retry.last_text
    assert "subject: String should have at most 60 characters" in retry.last_text
    assert retry.messages[:2] == MESSAGES
    assert ledger.llm_calls == 2


def test_two_invalid_replies_raise_a_model_error() -> None:
    model = ScriptedChatModel(script=["not json at all", '{"subject": 3}'])
    with pytest.raises(ModelError) as info:
        structured_call(model, MESSAGES, Copy)
    assert "did not return a valid Copy after 2 tries" in str(info.value)
    model.assert_complete()


def test_native_structured_output_passes_the_class() -> None:
    model = ScriptedChatModel(script=[GOOD], structured_output="native", free=False, model_name="gpt-4o-mini")
    ledger = CostLedger()
    prices = PriceTable({"gpt-4o-mini": 1.0}, {"gpt-4o-mini": 2.0})
    structured_call(model, MESSAGES, Copy, ledger=ledger, prices=prices)
    assert model.requests[0].response_format is Copy
    call = ledger.calls[0]
    assert call.priced and call.cost_usd == pytest.approx(
        (call.tokens_in * 1.0 + call.tokens_out * 2.0) / 1000
    )


def test_native_mode_falls_back_to_a_plain_json_schema_when_strict_is_refused() -> None:
    model = ScriptedChatModel(
        script=[ValueError("cannot make schema strict"), GOOD], structured_output="native"
    )
    out = structured_call(model, MESSAGES, Copy)
    assert out.subject == GOOD["subject"]
    assert model.requests[0].response_format is Copy
    assert model.requests[1].response_format["type"] == "json_schema"


def test_provider_failures_become_one_sentence_model_errors_and_bugs_propagate() -> None:
    model = ScriptedChatModel(script=[ConnectionResetError("socket closed")])
    with pytest.raises(ModelError, match="model call failed"):
        structured_call(model, MESSAGES, Copy)
    with pytest.raises(ZeroDivisionError):
        structured_call(ScriptedChatModel(script=[ZeroDivisionError("bug")]), MESSAGES, Copy)


def test_native_reply_failing_validation_is_retried_with_feedback_not_taken_for_a_refused_schema() -> None:
    try:
        Copy.model_validate({"subject": 1})
    except ValidationError as exc:
        invalid = exc
    model = ScriptedChatModel(script=[invalid, GOOD], structured_output="native")
    out = structured_call(model, MESSAGES, Copy)
    assert out.subject == GOOD["subject"]
    assert model.requests[1].response_format is Copy  # still strict: the schema was not refused
    assert "Copy" in model.requests[1].last_text  # the validation errors were fed back
