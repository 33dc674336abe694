"""A cap on one channel's spend (copilot.reading.channel_caps): listed under Not applied (budget), never the campaign's
budget, never a channel allow-list or exclusion; the capped channel is allowed beside the channels the request allows."""

from __future__ import annotations

from datetime import date

from copilot.reading import read
from copilot.reading.schema import Reading

TODAY = date(2026, 3, 2)


def r(text: str) -> Reading:
    return read(text, today=TODAY)


def budget_listed(x: Reading) -> list[str]:
    return [n.text for n in x.not_applied if n.affects == "budget"]


def test_cap_on_one_channel_is_no_allow_list() -> None:
    x = r("Headlamp promo for winter, total budget $9,000, no more than $3k on paid social.")
    assert x.budget is not None and x.budget.amount == 9000
    assert x.channels.allowed == [] and x.channels.excluded == []
    assert budget_listed(x) == ["no more than $3k on paid social"]


def test_no_more_than_on_a_channel_does_not_exclude_it() -> None:
    x = r("Sleeping bag sale: at most $1,500 on text messages, the rest on push.")
    assert "sms" not in x.channels.excluded
    assert set(x.channels.allowed) == {"push", "sms"}
    assert x.budget is None
    assert budget_listed(x) == ["at most $1,500 on text messages"]


def test_cap_verb_before_the_channel() -> None:
    x = r("Backpack launch, email and paid social, $8k overall; limit paid social spend to $2,500.")
    assert x.budget is not None and x.budget.amount == 8000
    assert set(x.channels.allowed) == {"email", "paid_social"}
    assert any("2,500" in t for t in budget_listed(x))


def test_cap_alone_is_not_the_budget() -> None:
    x = r("Trekking pole promo, keep email spend under $700.")
    assert x.budget is None
    assert x.channels.allowed == [] and x.channels.excluded == []
    assert budget_listed(x)


def test_zh_channel_cap() -> None:
    x = r("冲锋衣上新，预算8万，其中小红书投放不超过两万。")
    assert x.budget is not None and x.budget.amount == 80000
    assert x.channels.allowed == [] and x.channels.excluded == []
    assert budget_listed(x) == ["其中小红书投放不超过两万"]


def test_zh_channel_cap_beside_allowed_channels() -> None:
    x = r("睡袋促销，发邮件和推送，预算3万，推送预算最多8000元。")
    assert x.budget is not None and x.budget.amount == 30000
    assert set(x.channels.allowed) == {"email", "push"}
    assert budget_listed(x) == ["推送预算最多8000元"]


def test_plain_budget_cap_stays_the_budget() -> None:
    x = r("Email the Champions about socks; spend no more than $1,200 on it.")
    assert x.budget is not None and x.budget.amount == 1200
    assert not budget_listed(x)
