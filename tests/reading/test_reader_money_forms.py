"""Money told in other forms (session-18 probe audit and the thirteenth set's dev part, in other words): a cap
said with 打 (最多打八折), an order minimum after an amount off ("$15 off $90"), an expiry length ("7-day expiry
code") that is no campaign length, a daily rate with its days (the budget is the total, the rate listed), and a
budget corrected later in the message."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 3, 2)


def test_a_cap_said_with_da() -> None:
    x = read("下周给忠诚客户发短信清仓冲锋衣，最多打八折", today=TODAY)
    assert x.offer is None and x.discount_cap is not None and x.discount_cap.max_percent == 20


def test_an_order_minimum_after_an_amount_off_is_no_budget() -> None:
    x = read("Email Loyal: $15 off $90 on trail shoes, next week.", today=TODAY)
    assert x.budget is None and x.offer is not None and x.offer.value == 15


def test_an_expiry_length_is_no_window() -> None:
    x = read("Push to At risk customers with a 7-day expiry code for 10% off.", today=TODAY)
    assert x.window is None
    assert [n.affects for n in x.not_applied] == ["offer"]


@pytest.mark.parametrize(("text", "total", "days"), [
    ("Paid social for the Ember poles at $200 a day for 15 days.", 3000, 15),
    ("信息流投放，日均800元，连续5天，给冠军客户推帐篷", 4000, 5),
])
def test_a_daily_rate_with_its_days(text: str, total: int, days: int) -> None:
    x = read(text, today=TODAY)
    assert x.budget is not None and x.budget.amount == total
    assert x.window is not None and x.window.duration_days == days
    assert [n.affects for n in x.not_applied if n.affects == "budget"] == ["budget"]


@pytest.mark.parametrize(("text", "amount", "currency"), [
    ("Budget 3,000 euros for a push to Champions... actually let's do EUR 2,500.", 2500, "EUR"),
    ("预算先给两万，改成1.5万元吧，给冠军客户发邮件", 15000, "CNY"),
])
def test_a_budget_corrected_later(text: str, amount: int, currency: str) -> None:
    x = read(text, today=TODAY)
    assert x.budget is not None and (x.budget.amount, x.budget.currency) == (amount, currency)
