"""The leave-one-set-out evaluation (benchmarks/reading/cv_intent.py).

The phrasings below were written for these tests, in wordings no labelled set uses."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from copilot.reading import intent_model, read

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 3, 2)


def _cv_module() -> Any:
    path = ROOT / "benchmarks" / "reading" / "cv_intent.py"
    spec = importlib.util.spec_from_file_location("cv_intent", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["cv_intent"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("case_id", "labeller"), [
    ("b001", 1), ("b262", 1), ("b263", 2), ("b872", 9), ("b873", 10), ("b931", 10),
    ("q162", 1), ("q163", 2), ("q592", 9), ("q593", 10),
])  # fmt: skip
def test_cases_are_grouped_by_their_labellers_set(case_id: str, labeller: int) -> None:
    assert _cv_module().labeller_set(case_id) == labeller


def test_weights_fitted_without_a_set_are_swapped_in_for_this_process_only(monkeypatch: pytest.MonkeyPatch) -> None:
    cv = _cv_module()
    monkeypatch.setattr(intent_model, "_weights", intent_model._weights)  # restored after the test
    shipped = intent_model.intent_probabilities("How many Champions can we text?")
    rows = [("how many customers", "count", 1.0, "q001"), ("how many people bought", "count", 1.0, "q002"),
            ("which channel converts best", "channel_performance", 1.0, "q003"),
            ("email lapsed hikers 10% off", "plan", 0.1, "b001"), ("spring sale sms to champions", "plan", 0.1, "b002")]
    cv.swap_in(rows)
    p = intent_model.intent_probabilities("How many Champions can we text?")
    assert set(p) == {"count", "channel_performance", "plan"} != set(shipped)
    assert max(p, key=lambda k: p[k]) == "count"
    assert set(intent_model.kind_probabilities("how many customers")) == {"brief", "question"}


@pytest.mark.parametrize(("text", "intent"), [
    ("Roughly what would a 20% off email to lapsed hikers bring in?", "forecast"),
    ("Which of our channels gets the most clicks these days?", "channel_performance"),
])  # fmt: skip
def test_intents_in_words_no_labelled_set_used(text: str, intent: str) -> None:
    reading = read(text, today=TODAY)
    assert (reading.kind, reading.intent) == ("question", intent)
