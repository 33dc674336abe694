"""Session 24, class 2 of the end-user probe (/work/notes/probe_s24.md), in words of its own: a clause that is read is
not also listed as unread ("forget the 15%" before the new offer, "… ago and not since", "leaving out anyone | with
…", "top 3 categories"), and clauses that could be read are ("has order more than 2 time but not in the last
90 days", 消费过N元以上 in simplified and traditional Chinese and with Cantonese 蚊)."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read
from copilot.tools.conditions import And, Not, OrderCount, Recency, Spend

TODAY = date(2026, 4, 20)


def _parts(r: object) -> list[object]:
    aud = getattr(r, "audience", None)
    return list(aud.of) if isinstance(aud, And) else [aud]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Ok forget the 15% - do $20 off orders over $120 instead", "amount_off", 20.0),
        ("ditch the $10 off, make it 25% off for Champions, email", "percent_off", 25.0),
    ],
)
def test_a_value_taken_back_is_no_unread_clause(text: str, kind: str, value: float) -> None:
    r = read(text, today=TODAY)
    assert r.offer is not None and (r.offer.kind, r.offer.value) == (kind, value)
    assert not [n for n in r.not_applied if n.reason.startswith("copilot could not read")], r.not_applied


def test_not_since_after_a_range_read_is_no_unread_clause() -> None:
    r = read("email people who bought hiking boots 18-30 months ago and nothing since, 10% off", today=TODAY)
    assert r.audience is not None
    assert not [n for n in r.not_applied if "since" in n.text], r.not_applied


@pytest.mark.parametrize(
    "text",
    [
        "how many people bought tents this year, leaving out anyone with more than 5 orders",
        "count customers who bought socks in the last 3 months, excluding those who spent over $1,000",
    ],
)
def test_an_exclusion_read_after_its_people_is_not_listed(text: str) -> None:
    r = read(text, today=TODAY)
    assert any(isinstance(c, Not) for c in _parts(r)), r.audience
    assert not [n for n in r.not_applied if n.affects == "audience"], r.not_applied


def test_top_categories_is_no_breadth_clause() -> None:
    r = read("top 3 categories by orders in the last 30 days", today=TODAY)
    assert r.top_n == 3
    assert not [n for n in r.not_applied if n.affects == "audience"], r.not_applied


@pytest.mark.parametrize(
    ("text", "n", "days"),
    [
        ("how many customer has order more than 2 time but not in last 90 days", 3, 90),
        ("customers with 5+ orders but none in the past half year, email", 5, 180),
    ],
)
def test_an_order_count_but_none_lately(text: str, n: int, days: int) -> None:
    r = read(text, today=TODAY)
    parts = _parts(r)
    assert any(isinstance(c, OrderCount) and c.min == n for c in parts), r.audience
    assert any(isinstance(c, Recency) and c.min_days == days for c in parts), r.audience


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("给消费过2000元以上的客户发短信，九折", 2000.0, "CNY"),
        ("給消費過600元以上的會員發電郵", 600.0, "CNY"),
        ("俾消費過800蚊以上嘅客人發短訊", 800.0, "HKD"),
    ],
)
def test_spent_over_in_chinese(text: str, amount: float, currency: str) -> None:
    r = read(text, today=TODAY)
    spends = [c for c in _parts(r) if isinstance(c, Spend)]
    assert [(c.min, c.currency) for c in spends] == [(amount, currency)], r.audience
    assert not [n for n in r.not_applied if n.affects in ("audience", "budget")], r.not_applied
