"""The reader benchmark's scorer (benchmarks/bench_reader.py): comparison, silent drops, labels."""

from __future__ import annotations

import difflib
import importlib.util
import re
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _load_bench() -> Any:
    spec = importlib.util.spec_from_file_location("bench_reader", ROOT / "benchmarks" / "bench_reader.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_reader"] = module
    spec.loader.exec_module(module)
    return module


bench = _load_bench()

CASE: dict[str, Any] = {
    "id": "b900",
    "split": "dev",
    "today": "2026-03-02",
    "text": "Win back customers who spent over $300 last year but have not ordered in 6 months; email only; "
    "no discount deeper than 15%; $5,000; two weeks in April; also promote insoles.",
    "expected": {
        "kind": "brief", "language": "en", "intent": "plan", "objective": "winback",
        "audience": {"kind": "and", "of": [
            {"kind": "spend", "min": 300, "within_days": 365, "currency": "USD"},
            {"kind": "recency", "min_days": 180},
        ]},
        "promoted": {"categories": [], "product_ids": []},
        "channels": {"allowed": ["email"], "excluded": [], "all_channels": False, "only": True},
        "budget": {"amount": 5000, "currency": "USD"},
        "window": {"start": "2026-04-01", "end": "2026-04-30", "duration_days": 14, "occasion": None},
        "offer": None, "discount_cap": {"max_percent": 15}, "no_discount": False, "ab_test": None,
        "holdout": None, "metric": None,
        "not_applied": [{"affects": "product", "text": "insoles"}],
    },
}  # fmt: skip


def _reading(**changes: Any) -> Any:
    """The case's expected reading with some fields replaced (``audience`` as plain data)."""
    reading = bench.expected_reading(CASE)
    data = reading.model_dump(mode="json")
    data.update(changes)
    return type(reading).model_validate(data)


def test_expected_reading_matches_itself() -> None:
    res = bench.compare(CASE, bench.expected_reading(CASE))
    assert res.exact and not res.drops and not res.diffs


def test_threshold_taken_as_budget_and_dropped_leaf_is_a_silent_drop() -> None:
    broken = _reading(
        audience={"kind": "recency", "min_days": 180},
        budget={"amount": 300, "currency": "USD", "span": {"start": 0, "end": 1, "text": "W"}},
        discount_cap=None,
    )
    res = bench.compare(CASE, broken)
    assert not res.exact
    assert {"audience", "budget", "discount_cap"} <= set(res.diffs)
    assert "audience.spend" in res.drops and "discount_cap" in res.drops
    assert "budget" not in res.drops  # a wrong budget is a mismatch, not a drop


def test_listed_under_not_applied_is_not_a_silent_drop() -> None:
    span = {"start": 0, "end": 1, "text": "W"}
    reading = _reading(
        audience={"kind": "recency", "min_days": 180, "span": span},
        not_applied=[
            {"text": "insoles", "affects": "product", "reason": "the catalogue has no insoles"},
            {"text": "spent over $300 last year", "affects": "audience", "reason": "unread"},
        ],
    )
    res = bench.compare(CASE, reading)
    assert res.drops == []
    assert not res.fields["audience"] and not res.fields["not_applied"]  # still mismatches
    assert res.extra_not_applied == 1


def test_missing_not_applied_entry_is_a_silent_drop() -> None:
    res = bench.compare(CASE, _reading(not_applied=[]))
    assert res.drops == ["not_applied[product: insoles]"]


def test_order_spans_nesting_and_money_tolerance_do_not_matter() -> None:
    span = {"start": 3, "end": 9, "text": "x"}
    reading = _reading(
        audience={"kind": "and", "of": [
            {"kind": "recency", "min_days": 180, "span": span},
            {"kind": "and", "of": [{"kind": "spend", "min": 300.9, "within_days": 365, "currency": "USD"}]},
        ]},
        budget={"amount": 5020, "currency": "USD", "span": span},
    )  # fmt: skip
    assert bench.compare(CASE, reading).exact
    off = _reading(budget={"amount": 5100, "currency": "USD", "span": span})
    assert not bench.compare(CASE, off).fields["budget"]
    wrong_currency = _reading(budget={"amount": 5000, "currency": "CNY", "span": span})
    assert not bench.compare(CASE, wrong_currency).fields["budget"]


def test_segment_lists_are_order_insensitive_but_not_and_versus_or() -> None:
    assert bench.same(
        bench.canonical_audience({"kind": "rfm_segment", "segments": ["Champions", "Loyal"]}),
        bench.canonical_audience({"kind": "rfm_segment", "segments": ["Loyal", "Champions"]}),
    )
    a = {"kind": "and", "of": [{"kind": "value_tier", "tier": "high"}, {"kind": "consent", "channel": "sms"}]}
    o = {"kind": "or", "of": a["of"]}
    assert not bench.same(bench.canonical_audience(a), bench.canonical_audience(o))
    negated = {"kind": "and", "of": [{"kind": "value_tier", "tier": "high"},
                                     {"kind": "not", "of": {"kind": "consent", "channel": "sms"}}]}  # fmt: skip
    assert not bench.same(bench.canonical_audience(a), bench.canonical_audience(negated))


def test_window_duration_of_an_explicit_range_and_unlabelled_occasion_dates() -> None:
    exp = {"start": "2026-05-01", "end": "2026-05-14", "duration_days": None, "occasion": None}
    assert bench._window_same(exp, {"start": "2026-05-01", "end": "2026-05-14", "duration_days": 14})
    assert not bench._window_same(exp, {"start": "2026-05-01", "end": "2026-05-14", "duration_days": 7})
    assert not bench._window_same(exp, {"start": "2026-05-02", "end": "2026-05-14"})
    occasion = {"duration_days": None, "occasion": "black_friday"}
    assert bench._window_same(
        occasion, {"start": "2026-11-27", "end": "2026-11-30", "occasion": "black_friday"}
    )
    assert not bench._window_same(occasion, {"start": "2026-11-27", "end": "2026-11-30"})


def test_not_applied_matches_by_affects_and_words_in_chinese_too() -> None:
    assert bench.na_match({"affects": "channel", "text": "微信"}, {"affects": "channel", "text": "通过微信"})
    assert not bench.na_match({"affects": "channel", "text": "微信"}, {"affects": "audience", "text": "微信"})
    assert bench.na_match({"affects": "product", "text": "insoles"}, {"affects": "product", "text": "insole"})
    assert not bench.na_match(
        {"affects": "product", "text": "insoles"}, {"affects": "product", "text": "e-bikes"}
    )


def test_failures_never_show_heldout_cases() -> None:
    held = {**CASE, "id": "b901", "split": "heldout"}
    broken = _reading(budget=None)
    results = [bench.compare(CASE, broken), bench.compare(held, broken)]
    text = bench.failures_text(results, {"b900": CASE, "b901": held}, 10)
    assert "b900" in text and "b901" not in text


def test_a_reader_that_raises_is_a_failed_case_not_a_crash() -> None:
    def boom(case: dict[str, Any]) -> Any:
        raise RuntimeError("reader bug")

    (res,) = bench.run_cases([CASE], boom, progress=False)
    assert not res.exact and res.error and "reader bug" in res.error


@pytest.mark.parametrize("name", ["briefs.jsonl", "questions.jsonl"])
def test_every_label_is_a_valid_reading_and_scores_exact_against_itself(name: str) -> None:
    cases = bench.load_cases([ROOT / "benchmarks" / "reading" / name])
    assert cases
    for case in cases:
        res = bench.compare(case, bench.expected_reading(case))
        assert res.exact and not res.drops, case["id"]


def test_segments_joined_by_or_equal_one_leaf_with_both() -> None:
    one = {"kind": "rfm_segment", "segments": ["Champions", "Loyal"]}
    two = {"kind": "or", "of": [{"kind": "rfm_segment", "segments": ["Loyal"]},
                                {"kind": "rfm_segment", "segments": ["Champions"]}]}  # fmt: skip
    assert bench.same(bench.canonical_audience(one), bench.canonical_audience(two))
    both = {"kind": "and", "of": two["of"]}
    assert not bench.same(bench.canonical_audience(one), bench.canonical_audience(both))


def test_all_customers_inside_and_is_redundant() -> None:
    lost = {"kind": "not", "of": {"kind": "rfm_segment", "segments": ["Lost"]}}
    with_all = {"kind": "and", "of": [{"kind": "all"}, lost]}
    assert bench.same(bench.canonical_audience(lost), bench.canonical_audience(with_all))
    assert not bench.same(bench.canonical_audience(lost), bench.canonical_audience({"kind": "all"}))


def test_heldout_is_thirty_percent_of_each_kind_and_language() -> None:
    cases = bench.load_cases()
    strata: dict[tuple[str, str], list[str]] = {}
    for case in cases:
        strata.setdefault((case["expected"]["kind"], case["expected"]["language"]), []).append(case["split"])
    for key, splits in strata.items():
        assert set(splits) <= {"dev", "heldout"}
        assert abs(splits.count("heldout") - 0.3 * len(splits)) <= 1.5, key
    assert sum(c["expected"]["language"] == "zh" for c in cases) >= 0.25 * len(cases)
    assert len({c["id"] for c in cases}) == len(cases)


def test_labels_name_only_catalogue_categories_products_segments_and_regions() -> None:
    from copilot.data.catalog import NAME_PREFIXES, build_catalog
    from copilot.data.demo import REGIONS
    from copilot.tools.features import SEGMENT_NAMES

    products = {p.product_id: p for p in build_catalog()}
    categories = {p.category for p in products.values()}

    def typed(name: str, text: str) -> bool:
        """The name typed with a slip ("Cascde Tent 3P", "Alder Trial 2"): as many words in a row, each at most
        two letters off (difflib ratio >= 0.75), the first letters right."""
        want, words = name.split(), re.findall(r"[A-Za-z0-9-]+", text)  # Latin words (a name runs into Chinese: "Crew上了")
        return any(
            all(
                w[0] == g[0] and difflib.SequenceMatcher(None, w, g).ratio() >= 0.75
                for w, g in zip(want, words[i : i + len(want)], strict=True)
            )
            for i in range(len(words) - len(want) + 1)
        )

    def named(name: str, text: str) -> bool:
        """The product is named, or belongs to a collection the text names ("the Cascade collection": every
        product whose name starts with Cascade, docs/reading.md)."""
        name, text = name.lower(), text.lower()
        if typed(name, text):
            return True
        return name in text or any(
            name.startswith(pre.lower() + " ") and f"{pre.lower()} {word}" in text
            for pre in NAME_PREFIXES
            for word in ("collection", "range", "line")
        )

    def walk(node: Any, case_id: str, text: str) -> None:
        if not isinstance(node, dict):
            return
        for child in (
            node["of"] if node["kind"] in ("and", "or") else [node["of"]] if node["kind"] == "not" else []
        ):
            walk(child, case_id, text)
        assert set(node.get("categories", [])) <= categories, case_id
        assert set(node.get("segments", [])) <= set(SEGMENT_NAMES), case_id
        assert set(node.get("regions", [])) <= set(REGIONS), case_id
        if node.get("category") is not None:
            assert node["category"] in categories, case_id
        for pid in node.get("product_ids", []):
            assert named(products[pid].name, text), case_id

    for case in bench.load_cases():
        exp, text = case["expected"], case["text"]
        walk(exp["audience"], case["id"], text)
        walk({"kind": "promoted", **exp["promoted"]}, case["id"], text)
