"""Push as a verb, a percentage or window restated, a product left out with "but not", quarters asked about in the
past (session 16, from cases the reader got wrong, each written here in other words). Each case was read wrongly
before its fix."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read
from copilot.reading.schema import Reading
from copilot.tools.conditions import And, Bought, Not, RfmSegment, SignedUp

TODAY = date(2026, 3, 2)


def r(text: str) -> Reading:
    return read(text, today=TODAY)


@pytest.mark.parametrize(("text", "allowed"), [
    ("Spring is here — push rain jackets to hikers in the West, email + SMS, $4k", ["email", "sms"]),
    ("push the Alder Trail 2 to trail runners via email", ["email"]),
    ("Email and push the new tent to campers, $2k", ["email", "push"]),  # a channel list: push is the channel
    ("Push to lapsed hikers on Saturday", ["push"]),
])
def test_push_before_goods_and_to_is_the_verb(text: str, allowed: list[str]) -> None:
    assert r(text).channels.allowed == allowed


def test_a_bare_percentage_that_corrects_an_offer_is_the_offer() -> None:
    x = r("SMS the Loyal segment 20% off tents — sorry, I mean 25%. Budget $2k")
    assert x.offer is not None and x.offer.value == 25 and not x.not_applied


def test_the_offer_said_again_is_no_unread_clause() -> None:
    x = r("Lapsed campers, email, 15% off sleeping bags. Free shipping? No, only the 15%. $1k")
    assert x.offer is not None and x.offer.value == 15
    assert not [n for n in x.not_applied if n.affects == "offer"]


def test_a_window_written_with_less_than() -> None:
    x = r("people who signed up <45d, welcome email, $500")
    assert isinstance(x.audience, SignedUp) and x.audience.within_days == 45 and not x.not_applied


@pytest.mark.parametrize("text", [
    "Promote tents but not the Cascade Tent 3P to Champions, email, $3k",
    "Headlamps but not the Cascade Beam: 10% off for Loyal customers, email",
])
def test_but_not_a_product_after_what_is_promoted_leaves_it_out(text: str) -> None:
    x = r(text)
    assert isinstance(x.audience, RfmSegment)  # the people are not negated, and no purchase is read
    assert [n.affects for n in x.not_applied] == ["product"]


def test_but_not_after_a_purchase_is_still_never_bought() -> None:
    x = r("customers who bought tents but not sleeping bags, email, promote sleeping bags")
    assert isinstance(x.audience, And)
    assert any(isinstance(c, Not) and isinstance(c.of, Bought) for c in x.audience.of)


@pytest.mark.parametrize("text", ["Give me ROAS by channel for Q4", "ROAS by channel, Q4", "Q4各渠道的ROI数据给我看看",
                                  "第四季度各渠道的转化率是多少？"])
def test_a_quarter_asked_about_in_figures_is_the_last_one(text: str) -> None:
    x = r(text)
    assert x.kind == "question" and x.window is None
    assert x.period is not None and (x.period.start, x.period.end) == (date(2025, 10, 1), date(2025, 12, 31))


def test_a_quarter_asked_about_ahead_stays_ahead() -> None:
    x = r("Q4预计能带来多少单？")
    assert x.period is None and x.window is not None and x.window.start == date(2026, 10, 1)


def test_a_monday_holidays_weekend_is_saturday_to_monday() -> None:
    x = r("Memorial Day weekend: 20% off rain jackets to hikers, email, $2k")
    assert x.window is not None and x.window.occasion == "memorial_day"
    assert (x.window.start, x.window.end) == (date(2026, 5, 23), date(2026, 5, 25))


def test_before_national_day_is_the_run_up_to_october_first() -> None:
    x = r("国庆之前给沉睡客户发邮件推帐篷，预算5千元")
    assert x.window is not None and x.window.occasion == "national_day"
    assert (x.window.start, x.window.end) == (date(2026, 9, 17), date(2026, 9, 30))


@pytest.mark.parametrize(("text", "days", "negated"), [
    ("Thank-you email to customers who've been with us 3+ years", 1095, True),
    ("Email everyone who has been a customer for at least a year, free shipping", 365, True),
    ("SMS people who have been members for less than 6 months, $1k", 180, False),
])
def test_tenure_is_when_they_signed_up(text: str, days: int, negated: bool) -> None:
    x = r(text)
    leaf = x.audience.of if isinstance(x.audience, Not) else x.audience
    assert isinstance(leaf, SignedUp) and leaf.within_days == days and isinstance(x.audience, Not) is negated
    assert not x.not_applied


@pytest.mark.parametrize(("text", "near", "far"), [
    ("Email people who bought sleeping bags 3-9 months ago, $1k", 90, 270),
    ("Email people who bought headlamps between 30 and 60 days ago", 30, 60),
    ("给3到6个月前买过睡袋的客户发邮件", 90, 180),
])
def test_a_purchase_between_two_times_ago(text: str, near: int, far: int) -> None:
    x = r(text)
    assert isinstance(x.audience, And) and not x.not_applied
    bought, nots = x.audience.of
    assert isinstance(bought, Bought) and bought.within_days == far
    assert isinstance(nots, Not) and isinstance(nots.of, Bought) and nots.of.within_days == near


def test_a_purchase_a_year_ago_in_chinese() -> None:
    x = r("给一年前买过帐篷的客户发邮件")
    assert isinstance(x.audience, And)
    assert any(isinstance(c, Not) and isinstance(c.of, Bought) and c.of.within_days == 365 for c in x.audience.of)


@pytest.mark.parametrize(("text", "objective"), [
    ("Second-order nudge for one-time buyers: email, 10% off socks", "retention"),
    ("给忠诚客户发短信介绍 Cascade Beam，预算2千元", "launch"),
    ("Loyalty team here: email Champions about headlamps, 10% off, $1k", None),
])
def test_objective_words(text: str, objective: str | None) -> None:
    assert r(text).objective == objective
