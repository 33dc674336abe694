"""Session 23, from the second end-user probe (/work/notes/probe_s23b.md), in words of their own: send-day words,
frequency caps per person in Chinese, states said with "of", down jackets, past results and estimates asked in
questions, who to send to first, a plan asked for in chat keeps its days, Chinese top-N, a number of people said."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 4, 20)  # a Monday


@pytest.mark.parametrize("text", ["SMS Loyal customers 10% off socks, send Wednesday 9am, $600", "Push Champions the new tent, goes out Wednesday, $900"])
def test_a_send_day_is_the_window(text: str) -> None:
    w = read(text, today=TODAY).window
    assert w is not None and (w.start, w.end) == (date(2026, 4, 22), date(2026, 4, 22))


def test_a_chinese_frequency_cap_per_person_is_listed() -> None:
    r = read("给忠诚客户发短信推睡袋，每人最多2条短信，预算1000元", today=TODAY)
    assert any(n.affects == "timing" and "每人最多2条" in n.text for n in r.not_applied)


def test_a_state_said_with_of_is_listed() -> None:
    r = read("Text customers from Colorado about trekking poles, $500", today=TODAY)
    assert any(n.affects == "audience" and "Colorado" in n.text for n in r.not_applied)


def test_down_jackets_are_insulated_only() -> None:
    a = read("给买过羽绒外套的会员发邮件，九折", today=TODAY).audience
    assert a is not None and getattr(a, "categories", None) == ["insulated-jackets"]


@pytest.mark.parametrize(
    ("text", "intent", "metric"),
    [
        ("how much did we make over Memorial Day weekend last year", "channel_performance", "revenue"),
        ("Could you estimate what a $6k email push for tents would bring in next month?", "forecast", "revenue"),
        ("who should we send the new trail shoe to first?", "propensity", None),
    ],
)
def test_question_intents(text: str, intent: str, metric: str | None) -> None:
    r = read(text, today=TODAY)
    assert r.intent == intent
    assert (r.metric.name if r.metric else None) == metric


@pytest.mark.parametrize("text", ["can we do a quick push for Loyal customers this weekend? 10% off", "帮我策划一个活动：这周末给冠军客户发短信，九折"])
def test_a_plan_asked_for_in_chat_keeps_its_days(text: str) -> None:
    w = read(text, today=TODAY).window
    assert w is not None and (w.start, w.end) == (date(2026, 4, 25), date(2026, 4, 26))


@pytest.mark.parametrize(("text", "n"), [("退货率最高的五款产品是哪些？", 5), ("销量前三的品类是什么？", 3)])
def test_chinese_top_n(text: str, n: int) -> None:
    assert read(text, today=TODAY).top_n == n


def test_a_month_count_is_no_top_n() -> None:
    assert read("前三个月的销售额是多少？", today=TODAY).top_n is None


@pytest.mark.parametrize(("text", "words"), [("Email Loyal customers about headlamps, reach 20,000 people, $3k", "reach 20,000 people"),
                                             ("给3000位忠诚客户发邮件推头灯", "给3000位")])
def test_a_number_of_people_is_listed(text: str, words: str) -> None:
    r = read(text, today=TODAY)
    assert any(n.affects == "audience" and n.text == words for n in r.not_applied)


def test_a_gift_with_a_boot_purchase_promotes_the_boots() -> None:
    r = read("A free pair of socks with every boot order this month, email Loyal customers, $800", today=TODAY)
    assert r.promoted.categories == ["hiking-boots"]
    assert r.offer is not None and r.offer.kind == "gift"


def test_a_holdout_after_a_split_is_no_third_arm() -> None:
    r = read("Text Loyal customers, split 50/50 between 15% off and free shipping, 10% holdout, $1k", today=TODAY)
    assert r.holdout is not None and r.holdout.share == 0.1
    assert r.ab_test is not None and r.ab_test.element == "offer"
    assert not [n for n in r.not_applied if n.affects == "offer"]


def test_a_frequency_cap_keeps_its_channel() -> None:
    r = read("给忠诚客户推睡袋，每人最多2条短信，预算1000元", today=TODAY)
    assert r.channels.allowed == ["sms"]


@pytest.mark.parametrize("text", ["text Loyal customers 15% off socks, add push too, $700", "给冠军客户发邮件推帐篷，再加上推送，预算2000元"])
def test_an_added_channel_is_allowed(text: str) -> None:
    assert "push" in read(text, today=TODAY).channels.allowed


def test_a_region_followed_by_yiwai_diqu_is_excluded() -> None:
    a = read("给住在美国西部以外地区的会员发短信，推头灯", today=TODAY).audience
    assert a is not None and a.kind == "not" and a.of.kind == "region"


@pytest.mark.parametrize(
    "text",
    ["Push Loyal customers the new headlamp, with an email follow-up for those with email consent, $900",
     "渠道推送和短信（只发给有短信授权的），给忠诚客户推头灯，预算2000元"],
)
def test_consent_for_one_channels_sends_does_not_narrow_the_audience(text: str) -> None:
    r = read(text, today=TODAY)
    assert r.audience is not None and "consent" not in r.audience.model_dump_json()
    assert any(n.affects == "channel" and "consented" in n.reason for n in r.not_applied)


def test_consent_said_of_the_audience_is_still_a_condition() -> None:
    a = read("How many Champions have SMS consent?", today=TODAY).audience
    assert a is not None and "consent" in a.model_dump_json()
