"""The language model's part of reading (`read(..., use_model=True)`): only a question's intent."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from fakes import ScriptedChatModel

from copilot.reading import read
from copilot.reading.model import fill_with_model

TODAY = dt.date(2026, 3, 2)


def _deps(model: ScriptedChatModel) -> SimpleNamespace:
    return SimpleNamespace(get_chat_model=lambda: model)


def test_a_brief_naming_no_campaign_type_is_not_given_one_by_the_model() -> None:
    # The planner chooses the campaign type of such a brief as a listed assumption; the reading says only
    # what the marketer wrote. The old code asked the model and wrote its guess into `objective`.
    reading = read("Email everyone in the Northeast next week, budget $2,000.", today=TODAY, kind="brief")
    assert reading.objective is None
    model = ScriptedChatModel(script=[{"objective": "launch"}])
    filled = fill_with_model(_deps(model), reading)  # type: ignore[arg-type]
    assert filled.objective is None and filled.model_notes == []
    assert model.requests == []  # nothing was asked


def test_a_question_the_rules_leave_as_other_gets_the_models_intent_as_a_note() -> None:
    reading = read("hello, are you there?", today=TODAY, kind="question")
    assert reading.intent == "other"
    model = ScriptedChatModel(script=[{"intent": "segments"}])
    filled = fill_with_model(_deps(model), reading)  # type: ignore[arg-type]
    assert filled.intent == "segments"
    assert filled.model_notes == ["Question read by the model as asking for segments."]
    schema = model.requests[0].response_format["json_schema"]["schema"]
    assert set(schema["properties"]) == {"intent"}
