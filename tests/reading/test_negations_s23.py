"""Session 23, from an end-user probe of 120 unseen requests: negations that had been read as their opposite, and
Chinese (and Taiwan) words for engagement and paid social that had been dropped or misread. Each in words of its own."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(
    ("text", "excluded"),
    [
        ("Push the Ridgeline tent to Loyal customers, $1,500, don't send SMS", ["sms"]),
        ("Email Champions about socks, $800. Do not send texts or push this time.", ["sms", "push"]),
        ("Text Loyal customers 10% off headlamps, never send email for this one", ["email"]),
    ],
)
def test_dont_send_a_channel_excludes_it(text: str, excluded: list[str]) -> None:
    ch = read(text, today=TODAY).channels
    assert sorted(ch.excluded) == sorted(excluded)
    assert not set(excluded) & set(ch.allowed)


def test_a_channel_sent_after_a_negated_event_is_still_planned() -> None:
    ch = read("Email Loyal customers 10% off; no click within 5 days → send a push. $900", today=TODAY).channels
    assert "push" in ch.allowed and not ch.excluded


@pytest.mark.parametrize(
    "text",
    [
        "Email Champions 15% off tents, $2k, no A/B test please",
        "给忠诚客户发短信推睡袋，九折，这次不做AB测试，预算3000元",
        "Email Loyal customers about trekking poles, we won't run an A/B test, $1k",
    ],
)
def test_a_test_turned_down_is_not_planned(text: str) -> None:
    assert read(text, today=TODAY).ab_test is None


@pytest.mark.parametrize(
    "text",
    ["给中西部以外的会员发短信推登山鞋，预算3000元", "給美國南部以外的客戶發郵件，推睡袋"],
)
def test_a_region_followed_by_yiwai_is_excluded(text: str) -> None:
    a = read(text, today=TODAY).audience
    assert a is not None and a.kind == "not" and a.of.kind == "region"


def test_a_region_inside_chule_yiwai_is_excluded_once() -> None:
    a = read("除了西部地区以外的客户都发邮件，推帐篷", today=TODAY).audience
    assert a is not None and a.kind == "not" and a.of.kind == "region"


@pytest.mark.parametrize(
    ("text", "event", "channel", "days"),
    [
        ("最近两周取消订阅邮件的用户有多少？", "unsubscribed", "email", 14),
        ("給近90天開過簡訊的會員發推播，推襪子", "opened", "sms", 90),
        ("近30天开过邮件的客户有多少", "opened", "email", 30),
    ],
)
def test_chinese_engagement_words(text: str, event: str, channel: str, days: int) -> None:
    a = read(text, today=TODAY).audience
    assert a is not None and a.kind == "engagement"
    assert (a.event, a.channel, a.within_days) == (event, channel, days)


@pytest.mark.parametrize(
    ("text", "allowed", "excluded"),
    [
        ("投放三千美元的社群廣告推登山杖給忠誠客戶", ["paid_social"], []),
        ("给冠军客户发短信推头灯，别投社群媒体广告，预算2000元", ["sms"], ["paid_social"]),
    ],
)
def test_taiwan_social_ads_are_paid_social(text: str, allowed: list[str], excluded: list[str]) -> None:
    r = read(text, today=TODAY)
    assert (r.channels.allowed, r.channels.excluded) == (allowed, excluded)
    assert not [n for n in r.not_applied if n.affects == "channel"]


def test_a_region_followed_by_yiwai_and_a_list_mark_is_excluded() -> None:
    a = read("美国南部以外、买过睡袋的会员发短信", today=TODAY).audience
    assert a is not None and a.kind == "and"
    assert any(c.kind == "not" and c.of.kind == "region" for c in a.of)


def test_allowed_channels_are_no_consent() -> None:
    r = read("渠道：允许邮件和推送，给忠诚客户推头灯，预算3000元", today=TODAY)
    assert sorted(r.channels.allowed) == ["email", "push"]
    assert r.audience is not None and "consent" not in r.audience.model_dump_json()
