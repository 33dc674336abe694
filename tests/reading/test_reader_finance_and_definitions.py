"""Set 14's finance partner and new hire, in other words: a guardrail on acquisition cost, payback or margin is
listed (other), never read as the budget, an offer or an audience; a definition asked beside a figure is listed and
the figure still read; and the Chinese and journey channel forms the set showed."""

from __future__ import annotations

from datetime import date

from copilot.reading import read

TODAY = date(2026, 3, 2)


def _other(x: object) -> list[str]:
    return [n.text for n in x.not_applied if n.affects == "other"]  # type: ignore[attr-defined]


def test_a_cac_cap_is_listed_not_the_budget() -> None:
    x = read("Winback email for Lost, 10% off, cost per acquisition must stay below $22, budget $4,000.", today=TODAY)
    assert x.budget is not None and x.budget.amount == 4000
    assert any("$22" in s for s in _other(x))
    assert not [n for n in x.not_applied if n.affects == "audience"]


def test_a_margin_floor_is_no_offer() -> None:
    x = read("Gross margin floor is 42%. Push to Loyal, free shipping, $900.", today=TODAY)
    assert x.offer is not None and x.offer.kind == "free_shipping"
    assert any("42%" in s for s in _other(x))


def test_chinese_guardrails_are_listed_and_an_roi_floor_names_the_metric() -> None:
    x = read("财务要求：拉新成本不超过40元，投产比不低于2.5。给Prospects投信息流，预算八千元。", today=TODAY)
    assert x.budget is not None and x.budget.amount == 8000
    assert len(_other(x)) == 2
    assert x.metric is not None and x.metric.name == "roi"


def test_payback_is_the_roi_metric_in_a_question() -> None:
    x = read("How long was the payback period for push last month?", today=TODAY)
    assert x.metric is not None and x.metric.name == "roi"


def test_a_definition_beside_a_count_is_listed_and_the_count_read() -> None:
    x = read("Quick one from the new guy: what does 'At risk' mean here, and how many customers are At risk?", today=TODAY)
    assert x.intent == "count" and x.audience is not None
    assert any("mean" in s for s in _other(x))
    y = read("什么是高价值客户？现在一共多少人？", today=TODAY)
    assert y.audience is not None and y.audience.kind == "value_tier"
    assert any("什么是高价值客户" in s for s in _other(y))


def test_a_definition_alone_is_not_listed() -> None:
    x = read("What does ROAS stand for?", today=TODAY)
    assert _other(x) == []


def test_a_chinese_channel_said_not_to_send_after_it_is_excluded() -> None:
    x = read("给冠军客户发邮件推新款帐篷，短信这回就不要发了，预算三千元", today=TODAY)
    assert x.channels.excluded == ["sms"] and x.channels.allowed == ["email"]
    y = read("短信发了没有？", today=TODAY)
    assert y.channels.excluded == []


def test_a_follow_up_channel_after_no_click_is_allowed() -> None:
    x = read("Email Loyal the new headlamp; no open within 3 days -> an SMS. $700", today=TODAY)
    assert "sms" in x.channels.allowed and x.channels.excluded == []


def test_dormant_regulars_in_chinese_are_lapsed() -> None:
    x = read("给休眠的老顾客发个推送，八折", today=TODAY)
    assert x.audience is not None and x.audience.kind == "recency" and x.audience.min_days
