"""The period of a purchase is the purchase's look-back, never the campaign's window nor next year's: "ordered
11/20-11/28", 双12期间（12/1-12/3）买过, 上个月买过, 本月买过, 10月买过, "bought … during Q3" (probe s26 classes 1 and 7,
other wordings). A period that ended before today is a look-back from its first day with its end said."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read
from copilot.tools.conditions import Bought, Recency

TODAY = date(2026, 12, 6)


def _leaf(text: str):  # type: ignore[no-untyped-def]
    r = read(text, today=TODAY)
    return r, r.audience


@pytest.mark.parametrize(("text", "days", "said"), [
    ("text everyone who bought 11/20-11/28 a thank-you", 16, True),
    ("email customers who ordered 10/10-10/20 a review request", 57, True),
    ("push to people who bought headlamps 12/1-12/9", 6, False),  # under way: since its first day
])
def test_english_slash_range_after_a_purchase_is_its_look_back(text: str, days: int, said: bool) -> None:
    r, leaf = _leaf(text)
    assert r.window is None
    assert leaf is not None and (getattr(leaf, "within_days", None) or getattr(leaf, "max_days", None)) == days
    assert any("counts too" in n.reason for n in r.not_applied) is said


@pytest.mark.parametrize(("text", "days", "said"), [
    ("上个月买过睡袋的会员，推头灯", 35, True),
    ("给本月下过单的客户发感谢短信", 6, False),
    ("给这个月买过帐篷的人推营地灯", 6, False),
    ("9月买过冲锋衣的客户发邮件", 96, True),
    ("给上周买过袜子的人发短信", 13, True),
    ("给今年买过登山杖的会员发邮件", 340, False),
    ("双12期间（12/1-12/3）下过单的客户", 5, True),
    ("10/1-10/7买过帐篷的客户推睡袋", 66, True),
    ("今年618期间买过背包的人", 188, True),
    ("上季度买过头灯的人", 158, True),
])
def test_chinese_period_before_a_purchase_is_its_look_back(text: str, days: int, said: bool) -> None:
    r, leaf = _leaf(text)
    assert r.window is None
    assert isinstance(leaf, (Bought, Recency)), leaf
    assert (leaf.within_days if isinstance(leaf, Bought) else leaf.max_days) == days
    assert any("counts too" in n.reason for n in r.not_applied) is said


@pytest.mark.parametrize(("text", "days"), [
    ("email customers who bought sleeping bags during Q3", 158),
    ("hikers who purchased headlamps in Q1, push", 339),
    ("people who ordered tents in Q2 2025", 614),
])
def test_a_quarter_after_a_purchase_is_its_look_back(text: str, days: int) -> None:
    r = read(text, today=TODAY)
    assert r.window is None
    assert r.audience is not None and days == next(
        leaf.within_days for leaf in [r.audience, *getattr(r.audience, "children", [])] if isinstance(leaf, Bought))


def test_a_quarter_to_come_stays_the_window() -> None:
    r = read("run the tent promo in Q1 for campers", today=TODAY)
    assert r.window is not None and r.window.start == date(2027, 1, 1)
