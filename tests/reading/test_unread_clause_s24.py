"""Session 24, from the end-user probe's class "applicable clause listed as unread" (/work/notes/probe_s23c.md), in
words of their own: an offer's minimum after "a first order", a campaign's title before a colon, the last order
told by how long ago it was (a range, more than, less than), the top 20% by predicted lifetime value, a spend
without a currency, 美金, Cantonese 冇買過嘢 and 喺我哋度."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read
from copilot.tools.conditions import And, Recency, Spend, ValueTier

TODAY = date(2026, 4, 20)


def _leaves(text: str) -> list[object]:
    a = read(text, today=TODAY).audience
    return list(a.of) if isinstance(a, And) else [a] if a is not None else []


def _unread(text: str) -> list[str]:
    return [n.text for n in read(text, today=TODAY).not_applied if "could not read" in n.reason]


def test_an_offer_minimum_after_a_first_order_is_the_offers() -> None:
    text = "Anyone who joined in the last 30 days and has not ordered yet gets $10 off a first purchase over $60. Email only."
    r = read(text, today=TODAY)
    assert r.offer is not None and r.offer.value == 10.0
    assert _unread(text) == []


def test_a_campaign_title_before_a_colon_is_no_clause() -> None:
    assert _unread("Spring reactivation campaign: customers with no order in 9 months get 15% off, SMS.") == []


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("Email shoppers whose last purchase was between 45 and 90 days ago, 10% off", 45, 90),
        ("Text customers with a last order more than 200 days ago, free shipping", 200, None),
        ("Push to customers whose most recent order was less than 14 days ago, new arrivals", None, 14),
        ("给最后一次购买在60天以前的会员发邮件，九折", 60, None),
    ],
)
def test_the_last_order_told_by_how_long_ago(text: str, lo: int | None, hi: int | None) -> None:
    rec = [c for c in _leaves(text) if isinstance(c, Recency)]
    assert [(c.min_days, c.max_days) for c in rec] == [(lo, hi)]
    assert _unread(text) == []


def test_top_share_by_predicted_lifetime_value_is_the_high_tier() -> None:
    text = "Segment: LTV top 20% AND last purchase over 6 months ago, email them a free beanie"
    leaves = _leaves(text)
    assert any(isinstance(c, ValueTier) and c.tier == "high" for c in leaves)
    assert any(isinstance(c, Recency) and c.min_days == 180 for c in leaves)
    assert _unread(text) == []


@pytest.mark.parametrize(
    ("text", "lo", "hi", "days"),
    [
        ("hey can we email folks who spent 300+ this past year, free shipping", 300.0, None, 365),
        ("customers who have spent over 1,200 get 10% off, SMS", 1200.0, None, None),
        ("shoppers who spent under 80 in the last 6 months, free shipping by email", None, 80.0, 180),
    ],
)
def test_a_spend_without_a_currency(text: str, lo: float | None, hi: float | None, days: int | None) -> None:
    spends = [c for c in _leaves(text) if isinstance(c, Spend)]
    assert [(s.min, s.max, s.within_days) for s in spends] == [(lo, hi, days)]


def test_the_campaigns_own_spend_is_no_threshold() -> None:
    assert not any(isinstance(c, Spend) for c in _leaves("We spent 400 on ads last month; email Loyal customers 10% off"))


def test_meijin_is_us_dollars() -> None:
    spends = [c for c in _leaves("给累计消费超过600美金的客户发邮件，免运费") if isinstance(c, Spend)]
    assert [(s.min, s.currency) for s in spends] == [(600.0, "USD")]


def test_cantonese_bought_nothing_and_at_our_shop() -> None:
    rec = [c for c in _leaves("俾過去90日冇買過嘢嘅客人發短訊，九折") if isinstance(c, Recency)]
    assert [c.min_days for c in rec] == [90]
    text = "對象係半年內喺我哋度買過三次以上嘅會員，八折"
    assert _unread(text) == []
