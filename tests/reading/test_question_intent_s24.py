"""Question intent from the session-24 probe classes (issue #12), in other words than the probe's: products ranked
("top 5 items by revenue") and what a group buys next are product answers (recommend); "are we selling more X or Y"
compares categories (recommend) over a period that has begun (the period, not a window ahead); 去年同期 compared is
listed timing and is never the period itself."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 4, 20)


def r(text: str):  # type: ignore[no-untyped-def]
    return read(text, today=TODAY)


@pytest.mark.parametrize("text", [
    "top 5 items by revenue among Champions this quarter?",
    "After a tent, what do campers typically purchase next?",
    "What do people who buy headlamps tend to order next?",
    "买过帐篷的客户下一单一般买什么？",
])
def test_products_ranked_or_bought_next_are_recommend(text: str) -> None:
    assert r(text).intent == "recommend"


def test_likely_to_buy_next_month_stays_propensity() -> None:
    assert r("Which customers are most likely to buy next month?").intent == "propensity"


def test_selling_more_of_one_category_or_another_is_a_past_period() -> None:
    x = r("is the shop selling more tents or sleeping bags this spring?")
    assert x.intent == "recommend"
    assert x.window is None
    assert x.period is not None and x.period.start == date(2026, 3, 1) and x.period.end == TODAY


def test_same_period_last_year_is_listed_not_the_period() -> None:
    x = r("睡袋在中西部的销量跟去年同期比如何？")
    assert x.period is None or x.period.start.year == 2026
    assert [(n.affects, n.text) for n in x.not_applied if n.affects == "timing"] == [("timing", "去年同期")]
