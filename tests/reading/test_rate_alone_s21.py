"""A budget told as a rate (per day / week / month) with no length of its own (copilot/reading/budget_split.py):
never the campaign's total. It had been read as the total ("budget $500 a day" -> a $500 budget) with nothing said."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read
from copilot.reading.budget_split import RATE_ALONE_REASON
from copilot.reading.reasons_zh import reason_zh

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(
    "text",
    [
        "Win back lapsed customers with a push about trekking poles; we can spend $300 per day.",
        "给半年没下单的客户发邮件推睡袋，日均预算800元。",
        "SMS to Champions about base layers — spend 2k a week on it",
    ],
)
def test_a_rate_without_days_is_no_budget_and_is_said(text: str) -> None:
    r = read(text, today=TODAY)
    assert r.budget is None
    (said,) = [n for n in r.not_applied if n.affects == "budget"]
    assert said.reason == RATE_ALONE_REASON
    assert reason_zh(said.reason) is not None  # a Chinese answer says it in Chinese


@pytest.mark.parametrize(
    ("text", "total", "currency"),
    [
        ("Push trekking poles to lapsed customers from April 6 to April 15, $300 per day.", 3000, "USD"),
        ("4月6日至4月12日给冠军客户发邮件推睡袋，日均预算800元。", 5600, "CNY"),
    ],
)
def test_a_rate_over_a_dated_window_is_totalled_over_its_days(text: str, total: float, currency: str) -> None:
    r = read(text, today=TODAY)
    assert r.budget is not None and r.budget.amount == pytest.approx(total) and r.budget.currency == currency
    assert r.window is not None and r.window.start is not None
    (said,) = [n for n in r.not_applied if n.affects == "budget"]
    assert "rate times the length" in said.reason


def test_a_total_budget_is_untouched() -> None:
    r = read("Email Champions about sleeping bags in April, budget $3,000.", today=TODAY)
    assert r.budget is not None and r.budget.amount == 3000
    assert not [n for n in r.not_applied if n.affects == "budget"]
