"""Audience words from the second end-user probe of session 23 (issue #12, probe s23b), each tested in other words
than the probe's: a count of none is at most none ("made 0 orders"); a Chinese range of order counts (下单3到5次);
either of two events ("clicked or opened a text"), or neither when negated."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read
from copilot.tools.conditions import (
    And,
    Bought,
    Consent,
    Engagement,
    Not,
    Or,
    OrderCount,
    Recency,
)

TODAY = date(2026, 3, 2)


def r(text: str):  # type: ignore[no-untyped-def]
    return read(text, today=TODAY)


def leaves(c):  # type: ignore[no-untyped-def]
    """The conditions ANDed at the top of an audience."""
    return list(c.of) if isinstance(c, And) else [c]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Text everyone who made 0 orders over the past 6 months", 180),
        ("Email shoppers with exactly 0 purchases in the last 90 days", 90),
    ],
)
def test_zero_orders_is_at_most_zero(text: str, days: int) -> None:
    a = r(text).audience
    assert isinstance(a, OrderCount)
    assert (a.min, a.max, a.within_days) == (None, 0, days)


@pytest.mark.parametrize(
    ("text", "lo", "hi", "days"),
    [
        ("下单次数在3到5次之间的会员，发短信", 3, 5, None),
        ("给过去一年购买2-3次的顾客发邮件", 2, 3, 365),
        ("复购三到六次的老客，推送", 3, 6, None),
    ],
)
def test_zh_order_count_range(text: str, lo: int, hi: int, days: int | None) -> None:
    reading = r(text)
    counts = [c for c in leaves(reading.audience) if isinstance(c, OrderCount)]
    assert [(c.min, c.max, c.within_days) for c in counts] == [(lo, hi, days)]
    assert not [n for n in reading.not_applied if n.affects == "audience"]


def test_either_event_in_a_window() -> None:
    a = r("SMS to people who clicked or opened a text in the past 30 days").audience
    assert isinstance(a, Or)
    assert {(e.event, e.channel, e.within_days) for e in a.of if isinstance(e, Engagement)} == {
        ("opened", "sms", 30),
        ("clicked", "sms", 30),
    }


def test_neither_event_when_negated() -> None:
    a = r("Win back customers who haven't clicked or opened an email in 60 days").audience
    nots = [c.of for c in leaves(a) if isinstance(c, Not) and isinstance(c.of, Engagement)]
    assert {(e.event, e.within_days) for e in nots} == {("opened", 60), ("clicked", 60)}


@pytest.mark.parametrize(
    ("text", "denied", "granted"),
    [
        ("Push to members without sms consent", {"sms"}, set()),
        ("Shoppers who lack email permission get a push", {"email"}, set()),
        ("SMS opt-ins who have no push consent", {"push"}, {"sms"}),
        ("Push everyone with no email or sms consent", {"email", "sms"}, set()),
    ],
)
def test_consent_denied(text: str, denied: set[str], granted: set[str]) -> None:
    conds = leaves(r(text).audience)
    assert {c.of.channel for c in conds if isinstance(c, Not) and isinstance(c.of, Consent)} == denied
    assert {c.channel for c in conds if isinstance(c, Consent)} == granted


def _bought_and_after(text: str):  # type: ignore[no-untyped-def]
    a = r(text).audience
    assert isinstance(a, And) and len(a.of) == 2
    bought, after = a.of
    assert isinstance(bought, Bought) and bought.within_days is None
    return bought.categories, after


def test_lapse_after_a_purchase_is_on_every_purchase() -> None:
    cats, after = _bought_and_after(
        "Email people who bought a tent three years ago or more and haven't come back"
    )
    assert cats == ["tents"]
    assert isinstance(after, Recency) and after.min_days == 1095


def test_nothing_bought_since_is_a_lapse() -> None:
    cats, after = _bought_and_after(
        "customers who bought a backpack 2+ years ago but haven't ordered anything since"
    )
    assert cats == ["backpacks"]
    assert isinstance(after, Recency) and after.min_days == 730


@pytest.mark.parametrize(
    ("text", "category", "days"),
    [
        ("Push to customers who bought headlamps 20 or more months ago", "headlamps", 600),
        ("shoppers whose last backpack purchase was 14 or more months ago", "backpacks", 420),
        ("people with their last headlamp order over 2 years ago, email", "headlamps", 730),
    ],
)
def test_product_bought_n_or_more_ago(text: str, category: str, days: int) -> None:
    cats, after = _bought_and_after(text)
    assert cats == [category]
    assert isinstance(after, Not) and isinstance(after.of, Bought)
    assert (after.of.categories, after.of.within_days) == ([category], days)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("近半年买过背包又买过头灯的客户，发邮件", 180),
        ("过去一年买过帐篷，也买过睡袋的会员", 365),
        ("最近60天购买过头灯并且购买过背包的人有多少", 60),
    ],
)
def test_zh_window_holds_for_both_purchases(text: str, days: int) -> None:
    a = r(text).audience
    assert isinstance(a, And)
    assert [c.within_days for c in a.of if isinstance(c, Bought)] == [days, days]


def test_zh_window_not_carried_into_a_negation() -> None:
    a = r("近一年买过背包、但没买过头灯的人").audience
    assert isinstance(a, And)
    nots = [c.of for c in a.of if isinstance(c, Not) and isinstance(c.of, Bought)]
    assert [n.within_days for n in nots] == [None]


def test_count_said_as_one_time_keeps_its_window() -> None:
    reading = r("customers who ordered at least one time in the past 3 months")
    a = reading.audience
    assert isinstance(a, OrderCount)
    assert (a.min, a.max, a.within_days) == (1, None, 90)
    assert not reading.not_applied


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("过去一年买过帐篷、但最近半年没有任何购买的客户", 180),
        ("最近三个月没有任何订单的会员，发短信", 90),
    ],
)
def test_zh_no_purchase_at_all_is_a_lapse(text: str, days: int) -> None:
    reading = r(text)
    lapses = [c for c in leaves(reading.audience) if isinstance(c, Recency)]
    assert [c.min_days for c in lapses] == [days]
    assert not [n for n in reading.not_applied if n.affects == "audience"]


@pytest.mark.parametrize(
    ("text", "cats", "days"),
    [
        ("推广帐篷和睡袋，排除最近30天已经买过这两类的人", ["tents", "sleeping-bags"], 30),
        ("主推头灯和背包，不包括近两个月购买过这些产品的客户", ["headlamps", "backpacks"], 60),
    ],
)
def test_zh_purchase_of_those_named_before(text: str, cats: list[str], days: int) -> None:
    reading = r(text)
    a = reading.audience
    assert isinstance(a, Not) and isinstance(a.of, Bought)
    assert (a.of.categories, a.of.within_days) == (cats, days)
    assert not [n for n in reading.not_applied if n.affects == "audience"]


@pytest.mark.parametrize("text", ["注册14天内、未曾下单的新用户", "註冊14天內、未曾下單的新會員"])
def test_zh_never_ordered_in_other_words(text: str) -> None:
    counts = [c for c in leaves(r(text).audience) if isinstance(c, OrderCount)]
    assert [(c.min, c.max) for c in counts] == [(None, 0)]


def test_zh_never_bought_a_product_in_other_words() -> None:
    a = r("未曾购买过帐篷的客户").audience
    assert isinstance(a, Not) and isinstance(a.of, Bought) and a.of.categories == ["tents"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Email lapsed customers 20% off; keep US-West as the control region",
            "keep US-West as the control region",
        ),
        ("Winback push; the Northeast is our control market", "the Northeast is our control market"),
    ],
)
def test_geo_control_region_is_no_audience_region(text: str, words: str) -> None:
    reading = r(text)
    assert "region" not in (reading.audience.model_dump_json() if reading.audience else "")
    assert [(n.text, n.affects) for n in reading.not_applied] == [(words, "holdout")]


def test_region_named_as_target_still_read() -> None:
    a = r("Winback push to US-West customers").audience
    assert a is not None and a.kind == "region"
