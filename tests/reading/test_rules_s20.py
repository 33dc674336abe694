"""Caps, "no discount", A/B tests and holdouts from the lead's session-20 probe (issue #12), each tested here in other
words than the probe's."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 3, 2)


def r(text: str):  # type: ignore[no-untyped-def]
    return read(text, today=TODAY)


@pytest.mark.parametrize(("text", "cap"), [
    ("Email lapsed runners; hold all discounts at or under 20%. $700.", 20),
    ("Push to Loyal — the biggest discount we can give is 30%. $400.", 30),
    ("SMS to Champions. Maximum discount: 10%. $250.", 10),
])
def test_caps_told_other_ways(text: str, cap: float) -> None:
    x = r(text)
    assert x.discount_cap is not None and x.discount_cap.max_percent == cap
    assert x.offer is None and not [n for n in x.not_applied if n.affects == "offer"]


@pytest.mark.parametrize("text", [
    "Email Champions about the new headlamp. We are not discounting it. $300.",
    "Push to Loyal customers, 0% discount, just the story of the product. $200.",
])
def test_no_discount_told_other_ways(text: str) -> None:
    x = r(text)
    assert x.no_discount is not None and x.offer is None


@pytest.mark.parametrize(("text", "element"), [
    ("Email hikers 10% off boots and try a couple of variations of the copy. $500.", "message"),
    ("SMS to Loyal; compare weekend sends with weekday sends. $300.", "timing"),
    ("给忠诚客户发推送，测一下长文案和短文案的差别，预算五百元。", "message"),
    ("给冠军客户发邮件，八折，测试两种主图，预算一千元。", "creative"),
])
def test_tests_told_other_ways(text: str, element: str) -> None:
    x = r(text)
    assert x.ab_test is not None and x.ab_test.element == element


def test_a_forecast_comparison_is_no_test() -> None:
    assert r("预测一下邮件和短信的区别，给冠军客户发哪个更好？").ab_test is None


@pytest.mark.parametrize(("text", "share"), [
    ("Email Loyal customers 10% off; keep 15% of the list back as a holdout. $800.", 0.15),
    ("Push to Champions, hold 20% of them out. $300.", 0.2),
])
def test_a_holdout_told_with_the_share_first(text: str, share: float) -> None:
    x = r(text)
    assert x.holdout is not None and x.holdout.share == pytest.approx(share)
    assert not [n for n in x.not_applied if n.affects in ("audience", "holdout")]


@pytest.mark.parametrize(("text", "share"), [
    ("给忠诚客户发短信，八五折。空白组：5%。预算八百元。", 0.05),
    ("给冠军客户发推送，对照组占比10%，预算五百元。", 0.1),
])
def test_a_chinese_holdout_told_as_a_field(text: str, share: float) -> None:
    x = r(text)
    assert x.holdout is not None and x.holdout.share == pytest.approx(share)
    assert not x.not_applied


def test_a_count_before_orders_then_a_colon_is_no_field() -> None:
    """"customers with 4+ orders: 15% off" is an order count and the offer, not a field 'orders: 15' left unread."""
    x = r("Push to Loyal customers with 4+ orders: 15% off headlamps, $300.")
    assert x.offer is not None and x.offer.value == 15
    assert '"kind":"order_count","min":4' in x.model_dump_json().replace(" ", "")
    assert not x.not_applied
