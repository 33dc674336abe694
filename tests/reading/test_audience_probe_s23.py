"""Audience words from the session-23 end-user probe (issue #12), each tested in other words than the probe's:
the likeliest buyers ranked in other word orders ("top N by <category> propensity", 购买X概率最高的前N名); consent said
with a verb or a list of channels ("consented to", "with A or B consent", 有电子邮件授权), never an allowed channel;
sign-ups younger than a period (注册未满N天, "joined less than N ago"); a Chinese window before 购买过 / 没买过; a comparison between the verb and the count (下单超过N次)."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read
from copilot.tools.conditions import (
    And,
    Bought,
    Consent,
    Not,
    Or,
    OrderCount,
    Recency,
    SignedUp,
    TopPropensity,
)

TODAY = date(2026, 3, 2)


def r(text: str):  # type: ignore[no-untyped-def]
    return read(text, today=TODAY)


@pytest.mark.parametrize(
    ("text", "category", "top_n", "share"),
    [
        ("Push offer for the top 1500 by backpack propensity", "backpacks", 1500, None),
        ("Email the top 10% of customers by tent propensity score", "tents", None, 0.1),
        ("冬季活动：购买背包概率最高的前3000名客户，发邮件", "backpacks", 3000, None),
        ("发短信给在帐篷类别下单可能性最大的前800人", "tents", 800, None),
        ("前1200名买头灯机率最高的会员，推送", "headlamps", 1200, None),
        ("買背包機率最高的前600人，發簡訊", "backpacks", 600, None),
    ],
)
def test_likeliest_buyers_in_other_word_orders(
    text: str, category: str, top_n: int | None, share: float | None
) -> None:
    a = r(text).audience
    assert isinstance(a, TopPropensity), a
    assert (a.category, a.top_n, a.top_share) == (category, top_n, share)


def test_a_chinese_horizon_before_the_ranking() -> None:
    a = r("未来45天购买帐篷概率最高的前900名客户").audience
    assert isinstance(a, TopPropensity) and (a.category, a.horizon_days, a.top_n) == ("tents", 45, 900)


def test_a_past_period_before_the_ranking_is_listed_not_dropped() -> None:
    x = r("近半年在背包类别购买概率最高的前400人，邮件")
    assert isinstance(x.audience, TopPropensity) and x.audience.top_n == 400
    assert any(n.text == "近半年" for n in x.not_applied)


@pytest.mark.parametrize(
    ("text", "share"), [("哪些会员的回购可能性最大？", None), ("用户中复购概率最高的前5%，发推送", 0.05)]
)
def test_likeliest_to_buy_again_among_the_customers(text: str, share: float | None) -> None:
    a = r(text).audience
    assert isinstance(a, TopPropensity) and a.category is None and a.top_share == share


def test_a_question_about_categories_ranks_no_one() -> None:
    assert not isinstance(r("哪个品类的购买概率最高？").audience, TopPropensity)


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        (
            "Backpack promo by email, West region, for people who have consented to push notifications",
            "push",
        ),
        ("Email the buyers who agreed to receive text messages", "sms"),
        ("有电子邮件营销授权的会员，推送新品", "email"),
        ("同意接收推送的老客户，发邮件", "push"),
    ],
)
def test_consent_said_with_a_verb_is_consent_not_a_channel(text: str, channel: str) -> None:
    x = r(text)
    leaves = x.audience.of if isinstance(x.audience, And) else [x.audience]
    assert Consent(channel=channel) in [
        c.model_copy(update={"span": None}) for c in leaves if isinstance(c, Consent)
    ]
    assert channel not in x.channels.allowed


def test_a_list_of_consents_with_or_is_either() -> None:
    x = r("Target everyone with SMS or email consent, budget $4k")
    assert isinstance(x.audience, Or)
    assert sorted(c.channel for c in x.audience.of if isinstance(c, Consent)) == ["email", "sms"]
    assert x.channels.allowed == []


def test_a_list_of_consents_with_and_is_both() -> None:
    a = r("有短信和邮件授权的客户有多少？").audience
    assert isinstance(a, And) and sorted(c.channel for c in a.of if isinstance(c, Consent)) == [
        "email",
        "sms",
    ]


def test_not_consented_is_the_negation() -> None:
    a = r("push to shoppers who never consented to SMS").audience
    assert isinstance(a, Not) and isinstance(a.of, Consent) and a.of.channel == "sms"


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("注册不满两个月的会员，发短信送运费券", 60),
        ("入會未滿14天的客戶，推播", 14),
        ("注册时间不到90天的用户有多少？", 90),
        ("Members who joined less than 3 weeks ago get a welcome email", 21),
        ("email shoppers who registered under a month ago", 30),
    ],
)
def test_signed_up_less_than_a_period_ago(text: str, days: int) -> None:
    a = r(text).audience
    assert isinstance(a, SignedUp) and a.within_days == days


def test_joined_more_than_a_period_ago_is_still_the_negation() -> None:
    a = r("customers who joined more than 2 years ago").audience
    assert isinstance(a, Not) and isinstance(a.of, SignedUp) and a.of.within_days == 730


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("近半年购买过睡袋的客户，发短信", 180),
        ("最近60天曾购买过头灯的会员", 60),
        ("過去三個月購買過背包的客戶有多少？", 90),
    ],
)
def test_a_window_before_the_purchase_verb(text: str, days: int) -> None:
    a = r(text).audience
    assert isinstance(a, Bought) and a.within_days == days


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("最近6个月没买过睡袋的客户，邮件", 180),
        ("过去两年没有购买过帐篷的会员", 730),
    ],
)
def test_a_window_before_never_bought(text: str, days: int) -> None:
    a = r(text).audience
    assert isinstance(a, Not) and isinstance(a.of, Bought) and a.of.within_days == days


def test_never_bought_without_a_window_is_ever() -> None:
    a = r("没买过帐篷的客户").audience
    assert isinstance(a, Not) and isinstance(a.of, Bought) and a.of.within_days is None


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("下单超过5次的会员有多少人？", 6, None),
        ("買過不止兩次的客戶，發簡訊", 3, None),
        ("购买不到2次的客户有多少？", None, 1),
        ("消费不超过4次的客户", None, 4),
    ],
)
def test_a_comparison_between_the_verb_and_the_count(text: str, lo: int | None, hi: int | None) -> None:
    a = r(text).audience
    assert isinstance(a, OrderCount) and (a.min, a.max) == (lo, hi)


def test_a_count_and_a_lapse_in_one_question() -> None:
    a = r("下单超过2次、但半年以上没再买的客户有多少？").audience
    assert isinstance(a, And)
    counts = [c for c in a.of if isinstance(c, OrderCount)]
    lapses = [c for c in a.of if isinstance(c, Recency)]
    assert [(c.min, c.max) for c in counts] == [(3, None)] and [c.min_days for c in lapses] == [180]
