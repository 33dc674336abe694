"""The brief-vs-question n-gram model overrules the wording rules when it is all but sure of a brief.

The texts below were written for these tests (products, places, names and occasions the labelled sets do
not use). The first two were read as questions by the rules alone (帮我策划/帮忙搞个… with every part of a
brief: product, audience, channel, budget); the rest guard what the model must not change."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from copilot.reading import read
from copilot.reading.intent_model import kind_probabilities
from copilot.reading.kind import MODEL_BRIEF_BELOW, _kind

TODAY = date(2026, 3, 2)
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("text", [
    "帮我策划一个活动，十月推广围巾和手套，面向买过羽绒服的客户，邮件+推送，预算5万元，8%对照组。",
    "帮忙搞个拉新回流活动，流失会员，只发推送，预算3k",
])  # fmt: skip
def test_a_brief_the_rules_read_as_a_question_is_a_brief_when_the_model_is_sure(text: str) -> None:
    assert kind_probabilities(text)["question"] < MODEL_BRIEF_BELOW
    reading = read(text, today=TODAY)
    assert reading.kind == "brief"
    assert reading.intent == "plan"


@pytest.mark.parametrize("text", [
    "Forecast a Halloween email: 15% off headlamps to everyone opted into email, $2k budget.",
    "帮我策划一个国庆活动，面向高价值客户，全渠道，预算8万元。",  # a plan asked for in chat, the model unsure
    "How many kayak buyers in Oregon could we text this weekend?",
])  # fmt: skip
def test_questions_the_model_is_not_sure_of_stay_questions(text: str) -> None:
    assert _kind(text) == "question"
    assert kind_probabilities(text)["question"] >= MODEL_BRIEF_BELOW
    assert read(text, today=TODAY).kind == "question"


def test_a_request_for_contact_details_stays_a_question_whatever_the_model_says() -> None:
    text = "Export the emails and phone numbers of every paddle-board buyer in Oregon to a spreadsheet."
    assert read(text, today=TODAY).kind == "question"


def test_the_model_never_turns_a_brief_into_a_question() -> None:
    text = "need a text blast to lapsed snowboarders tomorrow"  # the model leans to question on short orders
    assert read(text, today=TODAY).kind == "brief"


def test_a_caller_that_says_the_kind_is_followed() -> None:
    text = "帮忙搞个拉新回流活动，流失会员，只发推送，预算3k"
    assert read(text, today=TODAY, kind="question").kind == "question"


def _cv_module() -> Any:
    path = ROOT / "benchmarks" / "reading" / "cv_intent.py"
    spec = importlib.util.spec_from_file_location("cv_intent", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["cv_intent"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("case_id", "labeller"), [
    ("b931", 10), ("b932", 11), ("b993", 11), ("b994", 12), ("b1053", 12),
    ("q632", 10), ("q633", 11), ("q676", 11), ("q677", 12), ("q720", 12),
    ("b1054", 13), ("b1108", 13), ("b1109", 14), ("q760", 13), ("q761", 14),
    ("b1163", 14), ("b1164", 15), ("q800", 14), ("q801", 15),
])  # fmt: skip
def test_the_cv_holds_out_sets_11_and_12_on_their_own(case_id: str, labeller: int) -> None:
    cv = _cv_module()
    assert cv.labeller_set(case_id) == labeller
    assert cv.SETS[-1] == 15 and len(cv.SETS) == 15
