"""A colleague's questions quoted with the answers under them (set 13 decision 164), in other words: the answers
are the request, a value only a question names is not read, and a Chinese daily rate for N weeks is the total."""

from __future__ import annotations

from datetime import date

from copilot.reading import read
from copilot.reading.thread import newest

TODAY = date(2026, 3, 2)


def test_answers_under_quoted_questions_are_read() -> None:
    text = "> Can we go 30% off?\nNo, 20% max.\n> Who?\nLoyal customers\n> Channel?\nSMS only\n> Budget?\n$900"
    x = read(text, today=TODAY)
    assert x.kind == "brief"
    assert x.discount_cap is not None and x.discount_cap.max_percent == 20 and x.offer is None
    assert x.channels.allowed == ["sms"] and x.budget is not None and x.budget.amount == 900
    assert x.audience is not None and "Loyal" in x.audience.model_dump_json()


def test_chinese_answers_and_a_daily_rate_for_weeks() -> None:
    x = read("> 推什么？\n冲锋衣\n> 预算？\n每天100美金，跑三周\n> 渠道？\n只发推送", today=TODAY)
    assert x.promoted.categories == ["rain-jackets"]
    assert x.budget is not None and (x.budget.amount, x.budget.currency) == (2100, "USD")
    assert x.channels.allowed == ["push"]


def test_a_real_quoted_thread_is_still_history() -> None:
    text = "Make it SMS instead.\n> Email Champions 10% off?\n> Budget $2k, next week."
    assert newest(text) == "Make it SMS instead."
