"""From the twelfth set's dev part, tested in other words: a budget split across channels is its sum with the
split said (budget_split.py); a dashboard's or a weekly report's figures are the reason, not the plan
(context.claim_past_figures); the store's own days and fiscal weeks are said, never a window (anchored.py)."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(("text", "amount", "channels"), [
    ("Spring hiking promo to Loyal: $3k paid social and $1.5k email, 10% off poles.", 4500, {"paid_social", "email"}),
    ("沉睡用户召回：短信预算4000元、邮件预算2000元，满200减20", 6000, {"sms", "email"}),
    ("Champions: email €800 + push €400, free shipping, next week.", 1200, {"email", "push"}),
])
def test_a_budget_split_across_channels_is_its_sum(text: str, amount: int, channels: set[str]) -> None:
    x = read(text, today=TODAY)
    assert x.budget is not None and x.budget.amount == amount
    assert set(x.channels.allowed) == channels
    assert [n.affects for n in x.not_applied] == ["budget"]


def test_one_budget_with_a_spend_threshold_is_no_split() -> None:
    x = read("Email customers who spent $500 on tents, budget $2k.", today=TODAY)
    assert x.budget is not None and x.budget.amount == 2000
    assert [n for n in x.not_applied if n.affects == "budget"] == []


@pytest.mark.parametrize(("text", "channels"), [
    ("Per the weekly numbers, SMS open rate fell to 9% and email revenue is down 12% MoM. Send a push to Champions, 15% off tents, $900.", ["push"]),
    ("月报：上个月推送点击率只有1.2%，短信转化下降了。这次发邮件给冠军客户推睡袋，九折，预算3000元。", ["email"]),
])
def test_past_figures_in_a_brief_are_no_channel_or_offer(text: str, channels: list[str]) -> None:
    x = read(text, today=TODAY)
    assert x.channels.allowed == channels
    assert [n for n in x.not_applied if n.affects == "offer"] == []
    assert x.offer is not None and x.offer.kind == "percent_off" and x.offer.value in (10, 15)


def test_a_question_about_a_channels_figures_keeps_the_channel() -> None:
    x = read("Why is email revenue down 12% this month?", today=TODAY)
    assert "email" in x.channels.allowed


@pytest.mark.parametrize(("text", "said"), [
    ("The day after our member appreciation event: email attendees-to-be 10% off, $400.", "The day after our member appreciation event"),
    ("Retail week 32: push to Loyal, free shipping, $700.", "Retail week 32"),
    ("店庆那周给冠军客户发短信，九折，预算3000元", "店庆那周"),
])
def test_the_stores_own_days_are_said_not_a_window(text: str, said: str) -> None:
    x = read(text, today=TODAY)
    assert x.window is None
    assert said in [n.text for n in x.not_applied if n.affects == "timing"]


def test_amounts_off_per_channel_are_no_budget_split() -> None:
    x = read("Email: $10 off for Champions; push: $5 off for Loyal. Budget $2k.", today=TODAY)
    assert x.budget is not None and x.budget.amount == 2000
    assert [n for n in x.not_applied if n.affects == "budget"] == []


def test_the_same_clause_listed_twice_is_one_entry() -> None:
    from copilot.reading.reader import _deduped
    from copilot.reading.schema import NotApplied
    from copilot.tools.conditions import Span

    entry = NotApplied(text="in-store", span=Span(start=0, end=8, text="in-store"), affects="channel", reason="r")
    assert len(_deduped([entry, entry.model_copy()])) == 1


def test_a_group_named_in_past_figures_is_still_the_audience() -> None:
    x = read("Champions revenue is down 8% this month, so send them 10% off by email.", today=TODAY)
    assert x.audience is not None and "Champions" in x.audience.model_dump_json()
    assert x.channels.allowed == ["email"] and x.offer is not None and x.offer.value == 10
