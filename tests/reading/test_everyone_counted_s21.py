"""'How many customers do we have?' counts everyone: no unread clause about people is listed (it had been, so the
answer ended with 'Not applied: How many customers do we have (could not read this clause …)'); and 'active
customers' with no window is the complement of 'lapsed' (ordered in the last 180 days: it had been unread), while a
window said later ('active customers who ordered in the last 30 days') is the one read."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read
from copilot.tools.conditions import Recency, leaves

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(
    "text", ["How many customers do we have in total?", "What's the total number of customers?", "我们总共有多少位客户？"]
)
def test_everyone_counted_lists_nothing(text: str) -> None:
    r = read(text, today=TODAY)
    assert r.intent == "count" and r.audience is None and r.not_applied == []


def test_a_group_told_by_a_clause_is_still_listed() -> None:
    r = read("How many customers who hike do we have?", today=TODAY)
    assert r.not_applied and r.not_applied[0].affects == "audience"


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("How many active shoppers do we have right now?", 180),
        ("活跃的会员有多少？", 180),
        ("How many active customers placed an order in the last 45 days?", 45),
    ],
)
def test_active_customers(text: str, days: int) -> None:
    r = read(text, today=TODAY)
    recs = [c for c in leaves(r.audience) if isinstance(c, Recency)] if r.audience else []
    assert [c.max_days for c in recs] == [days]


@pytest.mark.parametrize(
    "text", ["Email the 500 customers most likely to buy running shoes next month", "给最可能买跑鞋的前300名客户发短信"]
)
def test_a_ranking_over_two_categories_says_which_one_it_ranks_by(text: str) -> None:
    """'Running shoes' is road and trail; a propensity ranking is by one category: the other is said, not dropped."""
    from copilot.tools.conditions import TopPropensity

    r = read(text, today=TODAY)
    (top,) = [c for c in leaves(r.audience) if isinstance(c, TopPropensity)] if r.audience else []
    assert top.category == "road-running-shoes"
    assert any(n.affects == "audience" and "trail-running-shoes" in n.reason for n in r.not_applied)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("and which category do they buy most?", "recommend"),
        ("What do our Champions buy the most?", "recommend"),
        ("Which category are they most likely to buy next month?", "recommend"),  # products for the group (session 24)
    ],
)
def test_what_a_group_buys_most_is_a_recommendation(text: str, intent: str) -> None:
    """'Which category do they buy most?' had been read as propensity (its answer: how many will buy anything)."""
    from copilot.reading.intent import resolve_intent

    assert resolve_intent(read(text, today=TODAY))[0] == intent
