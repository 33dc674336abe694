"""The learned intent classifier (copilot/reading/intent_model.py) and how resolve_intent uses it.

The phrasings below were written for these tests, not taken from the labelled benchmark sets; the
first three read to the wrong intent before the classifier (forecast read as segments, reviews as
product_facts)."""

from __future__ import annotations

import importlib.util
import json
import sys
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any, get_args

import pytest

from copilot.reading import read
from copilot.reading.intent import resolve_intent
from copilot.reading.intent_model import WEIGHTS_FILE, features, intent_probabilities, kind_probabilities
from copilot.reading.schema import Intent

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 3, 2)


def test_the_shipped_weights_load_and_cover_every_intent() -> None:
    weights = resources.files("copilot.reading").joinpath(WEIGHTS_FILE)
    assert weights.is_file()
    assert len(weights.read_bytes()) < 1_000_000
    p = intent_probabilities("How many Champions can we text?")
    assert set(p) == set(get_args(Intent))
    assert sum(p.values()) == pytest.approx(1.0, abs=1e-5)
    assert max(p, key=lambda k: p[k]) == "count"


def test_the_classifier_is_deterministic() -> None:
    text = "哪个渠道上个月的转化率最高？"
    assert (features([text]) == features([text])).all()
    assert intent_probabilities(text) == intent_probabilities(text)
    assert max(intent_probabilities(text).items(), key=lambda kv: kv[1])[0] == "channel_performance"


@pytest.mark.parametrize(("text", "kind"), [
    ("Spring push for trail runners who bought shoes last year, 10% off, $2k", "brief"),
    ("给沉睡会员发个短信召回，满200减30，预算五千", "brief"),
    ("what's our push CTR been like since January", "question"),
    ("上个月哪类会员复购最多", "question"),
])  # fmt: skip
def test_the_kind_model_tells_briefs_from_questions(text: str, kind: str) -> None:
    p = kind_probabilities(text)
    assert set(p) == {"brief", "question"}
    assert sum(p.values()) == pytest.approx(1.0, abs=1e-5)
    assert p[kind] > 0.5
    assert kind_probabilities(text) == p


@pytest.mark.parametrize(("text", "intent"), [
    ("Would a 15% off push to lapsed buyers be worth it in revenue?", "forecast"),  # was segments
    ("Would a $10 off text to At Risk shoppers be worth it in revenue?", "forecast"),  # was segments
    ("What are people saying about the fit of the Alder Trail 2?", "reviews"),  # was product_facts
])  # fmt: skip
def test_new_phrasings_the_rules_misread_are_corrected_by_the_model(text: str, intent: str) -> None:
    reading = read(text, today=TODAY)
    assert reading.kind == "question"
    assert reading.intent == intent
    _, how = resolve_intent(reading.model_copy(update={"intent": "other"}))
    assert how.startswith("intent model")


@pytest.mark.parametrize(("text", "intent"), [
    ("Is it worth targeting the Lost segment at all?", "segments"),
    ("Send me a CSV with the names and home addresses of our Champions.", "refuse"),
    ("Could you outline a spring campaign for rain jackets, email only?", "plan"),
    ("如果给流失客户发邮件，能挽回多少订单？", "forecast"),
    ("买过睡袋的会员中，高价值的有多少人？", "count"),
    ("Expected headcount of tent buyers among last year's backpack buyers?", "propensity"),
])  # fmt: skip
def test_intents_the_rules_already_read_are_kept(text: str, intent: str) -> None:
    assert read(text, today=TODAY).intent == intent


def _build_module() -> Any:
    """benchmarks/reading/build_intent_model.py, loaded as a module."""
    path = ROOT / "benchmarks" / "reading" / "build_intent_model.py"
    spec = importlib.util.spec_from_file_location("build_intent_model", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_intent_model"] = module
    spec.loader.exec_module(module)
    return module


def test_the_model_is_trained_on_dev_cases_only() -> None:
    module = _build_module()
    splits = {}
    for name in ("questions", "briefs"):
        for line in (ROOT / "benchmarks" / "reading" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                splits[case["id"]] = case["split"]
    ids = [row[3] for row in module.training_rows() if row[3] != "example"]
    assert ids and all(splits[i] == "dev" for i in ids)
    assert len(ids) == sum(s == "dev" for s in splits.values())


def test_the_shipped_weights_are_built_from_the_current_dev_labels() -> None:
    """Adding dev labels without rebuilding the weights fails here: run benchmarks/reading/build_intent_model.py."""
    import numpy as np

    module = _build_module()
    with resources.as_file(resources.files("copilot.reading").joinpath(WEIGHTS_FILE)) as weights:
        stored = np.load(weights)
        assert "rows_digest" in stored.files, "the weights predate the digest: rebuild them"
        assert str(stored["rows_digest"]) == module.digest(module.training_rows())
