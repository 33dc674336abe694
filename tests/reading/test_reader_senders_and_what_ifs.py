"""From the twelfth set's dev part, tested in other words: who is writing and a task tool's properties are no
clause (context.py), chat slang before a question, an emoji before the channel word, one entry per clause
listed, and a what-if asks for the outcome (a forecast)."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize("text", [
    "Reporter: Dana · Project: Spring Launch · Status: Todo\nEmail Loyal customers 10% off socks, $500.",
    "负责人：小王\n优先级：高\n给忠诚客户发邮件推袜子，九折，预算3000元",
])
def test_task_properties_are_no_clause(text: str) -> None:
    x = read(text, today=TODAY)
    assert x.objective is None
    assert x.not_applied == []


@pytest.mark.parametrize(("text", "listed"), [
    ("西南区门店店长提需求：给冠军客户发短信，满200减20，预算2000元", []),
    ("Tom from the Austin store here. Push to lapsed hikers, 10% off poles, $400.", []),
])
def test_who_is_writing_is_no_audience(text: str, listed: list[str]) -> None:
    x = read(text, today=TODAY)
    assert [n.text for n in x.not_applied if n.affects == "audience"] == listed


@pytest.mark.parametrize(("text", "intent"), [
    ("fam how many ppl clicked our texts in the last 2 weeks", "count"),
    ("ngl which channel converts best for Champions?", "channel_performance"),
])
def test_chat_slang_before_a_question(text: str, intent: str) -> None:
    x = read(text, today=TODAY)
    assert x.kind == "question" and x.intent == intent


def test_an_emoji_before_the_channel_word() -> None:
    x = read("Mother's Day vibes 💐 push to Champions, 10% off running apparel, $900", today=TODAY)
    assert x.channels.allowed == ["push"]


@pytest.mark.parametrize("text", [
    "What if we only sent the spring email to Loyal — how much revenue would we lose?",
    "假如只给冠军客户发短信，订单会少多少？",
])
def test_a_what_if_is_a_forecast(text: str) -> None:
    assert read(text, today=TODAY).intent == "forecast"


def test_dropping_the_discount_is_no_discount() -> None:
    x = read("What if we dropped the discount on the Champions email — what revenue would we expect?", today=TODAY)
    assert x.no_discount is not None and x.not_applied == []
