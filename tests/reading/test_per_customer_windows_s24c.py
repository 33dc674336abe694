"""Session 24, class 9 of the end-user probe (/work/notes/probe_s24.md), in words of its own: a window counted from each
customer's own sign-up or order, and the items within one order, are not what the audience's conditions count: they
are listed with a reason, never read as a plain look-back or order count."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read
from copilot.tools.conditions import And, OrderCount, Recency

TODAY = date(2026, 4, 20)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "How many customers ordered within 30 days of their first order?",
            "within 30 days of their first order",
        ),
        ("email members who bought something within 3 days of signing up", "within 3 days of signing up"),
        ("注册后3天内下过单的用户有多少？", "注册后3天内"),
    ],
)
def test_a_window_from_each_customers_sign_up(text: str, words: str) -> None:
    r = read(text, today=TODAY)
    assert any(words in n.text and "sign-up or order" in n.reason for n in r.not_applied), r.not_applied
    parts = list(r.audience.of) if isinstance(r.audience, And) else [r.audience]
    assert not [c for c in parts if isinstance(c, Recency) and c.max_days is not None], r.audience


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("How many shoppers bought 3 or more items in one order this year?", "3 or more items in one order"),
        ("Email customers who buy multiple items per order", "multiple items per order"),
        ("一单买了两件以上的客户有多少？", "一单买了两件以上"),
    ],
)
def test_items_in_one_order(text: str, words: str) -> None:
    r = read(text, today=TODAY)
    assert any(words in n.text and "items within one order" in n.reason for n in r.not_applied), r.not_applied
    parts = list(r.audience.of) if isinstance(r.audience, And) else [r.audience]
    assert not [c for c in parts if isinstance(c, OrderCount)], r.audience
