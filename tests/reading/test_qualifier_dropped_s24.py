"""Question qualifiers copilot cannot apply are listed with a reason, never dropped (session 24, issue #12), in other
words than the probe's: a breakdown, a comparison base that is no period, a number of campaigns, the same order, orders
split by discount, purchase frequency, how many of one category (Chinese) and "have buy" (non-native) as bought."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read
from copilot.tools.conditions import And, Bought, Region

TODAY = date(2026, 4, 20)


def r(text: str):  # type: ignore[no-untyped-def]
    return read(text, today=TODAY)


def listed(x, affects: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [n.text for n in x.not_applied if n.affects == affects]


@pytest.mark.parametrize(("text", "by"), [
    ("What's the push click rate split by region for the past 30 days?", "region"),
    ("Email open rate over the last quarter, grouped by value tier?", "tier"),
    ("短信的点击率按地区拆分来看是多少？", "region"),
])
def test_a_channel_breakdown_is_read(text: str, by: str) -> None:
    """A channel question's breakdown is answered one group at a time (decision 240): read, not listed."""
    x = r(text)
    assert x.breakdown is not None and x.breakdown.by == by
    assert listed(x, "other") == []


def test_a_segments_breakdown_by_segment_is_the_answer() -> None:
    assert listed(r("Revenue over the last year broken down by segment?"), "other") == []


@pytest.mark.parametrize(("text", "words"), [
    ("How did push conversions for the past five sends compare against the 30-day baseline?", "against the 30-day baseline"),
    ("What was the SMS click rate versus the industry benchmark last month?", "versus the industry benchmark"),
    ("邮件的打开率和行业平均水平比怎么样？", "和行业平均水平比"),
])
def test_a_comparison_base_is_listed_and_is_no_period(text: str, words: str) -> None:
    x = r(text)
    assert words in listed(x, "other")
    assert not any("30-day" in n.text for n in x.not_applied if n.affects == "timing")


def test_a_number_of_campaigns_is_listed() -> None:
    assert "over the last four newsletters" in listed(r("What was email revenue over the last four newsletters?"), "other")
    assert "最近三次活动" in listed(r("最近三次活动的短信转化率是多少？"), "other")


@pytest.mark.parametrize("text", [
    "How many customers bought a tent and a stove in one order?",
    "How many shoppers bought headlamps and tents within the same basket?",
    "同一个订单里同时买了帐篷和睡袋的客户有多少？",
])
def test_the_same_order_is_listed(text: str) -> None:
    x = r(text)
    assert listed(x, "audience"), x.not_applied
    assert any(w in listed(x, "audience")[0] for w in ("one order", "same basket", "同一个订单"))


@pytest.mark.parametrize(("text", "words"), [
    ("Average order value of orders using a coupon vs those without, this year?", "using a coupon vs those without"),
    ("AOV for discounted vs full-price orders last month?", "discounted vs full-price"),
    ("用券和没用券的订单客单价差多少？", "用券和没用券"),
])
def test_orders_split_by_discount_are_listed_and_no_offer(text: str, words: str) -> None:
    x = r(text)
    assert words in listed(x, "other")
    assert x.offer is None


@pytest.mark.parametrize("text", ["How often do Loyal customers purchase?", "会员平均一年下单几次？"])
def test_purchase_frequency_is_listed(text: str) -> None:
    assert any("often" in w or "几次" in w for w in listed(r(text), "other"))


def test_how_often_to_send_is_no_frequency_of_purchase() -> None:
    assert listed(r("How often should we text Champions?"), "other") == []


def test_how_many_of_a_category_in_chinese_is_said() -> None:
    x = r("买过三顶以上帐篷的客户有多少？")
    assert isinstance(x.audience, Bought) and x.audience.categories == ["tents"]
    assert listed(x, "audience") == ["三顶以上"]


def test_have_buy_is_bought_and_its_count_said() -> None:
    x = r("how many customer in US-South has buy more than 3 headlamp?")
    assert isinstance(x.audience, And)
    assert any(isinstance(c, Region) for c in x.audience.of) and any(isinstance(c, Bought) for c in x.audience.of)
    assert listed(x, "audience") == ["more than 3"]


def test_a_second_order_timed_from_the_first_is_listed() -> None:
    x = r("How many one-time buyers from February went on to place a second order within 45 days?")
    assert listed(x, "audience") == ["went on to place a second order within 45 days"]
    assert not any(getattr(c, "min", None) == 2 for c in getattr(x.audience, "of", [x.audience]))
