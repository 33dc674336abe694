"""Session 24, class 3 of the end-user probe (/work/notes/probe_s24.md), in words of its own: a clause the rules did
not start is read when it can be (an order count with a word before "orders", the order named just before placed
how long ago) and otherwise listed (ethnicity, returns as a figure, points as cash, a who-clause beside words that
were read), never dropped; a request read whole gets no such entry."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read
from copilot.tools.conditions import And, OrderCount, Recency

TODAY = date(2026, 4, 20)


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("Email customers with 3+ lifetime purchases about the new socks", 3, None),
        ("SMS to shoppers with at least 4 total orders, 10% off packs", 4, None),
    ],
)
def test_an_order_count_with_a_word_before_orders(text: str, lo: int, hi: int | None) -> None:
    r = read(text, today=TODAY)
    counts = [
        c
        for c in (r.audience.of if isinstance(r.audience, And) else [r.audience])
        if isinstance(c, OrderCount)
    ]
    assert [(c.min, c.max) for c in counts] == [(lo, hi)], r.audience
    assert not [n for n in r.not_applied if n.affects == "audience"], r.not_applied


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("customers with exactly one order who made it more than 6 months ago, sms", 180, None),
        ("shoppers with a single purchase that they placed 2-3 months ago get an email", 60, 90),
    ],
)
def test_the_order_named_before_placed_how_long_ago(text: str, lo: int, hi: int | None) -> None:
    r = read(text, today=TODAY)
    assert isinstance(r.audience, And), r.audience
    rec = [c for c in r.audience.of if isinstance(c, Recency)]
    assert [(c.min_days, c.max_days) for c in rec] == [(lo, hi)], r.audience
    assert any(isinstance(c, OrderCount) and (c.min, c.max) == (1, 1) for c in r.audience.of)


@pytest.mark.parametrize(
    ("text", "words", "reason"),
    [
        ("Target Hispanic customers with a 10% tent offer, email", "Hispanic", "ethnicity"),
        (
            "A Lunar New Year push for packs, aimed at shoppers of Korean descent",
            "Korean descent",
            "ethnicity",
        ),
        ("给华裔客户发短信推帐篷", "华裔", "ethnicity"),
        ("Which categories have the highest return rate this year?", "return rate", "returns"),
        ("上个月退货最多的产品是哪些？", "退货最多", "returns"),
        ("会员积分能够抵扣，给冠军客户发邮件", "积分能够抵扣", "loyalty points"),
        (
            "Loyal customers can redeem points for a discount at checkout; email them",
            "redeem points",
            "loyalty points",
        ),
    ],
)
def test_data_the_workspace_lacks_is_listed(text: str, words: str, reason: str) -> None:
    r = read(text, today=TODAY)
    assert any(words in n.text and reason in n.reason for n in r.not_applied), r.not_applied


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Send a tent offer to customers from the Bend climbing gym meetup", "Bend climbing gym meetup"),
        (
            "Promote headlamps to backpack buyers plus people who coach youth soccer, email",
            "coach youth soccer",
        ),
        ("给买过帐篷的喜欢观鸟的客户发短信", "喜欢观鸟"),
    ],
)
def test_a_who_clause_beside_words_read_is_listed(text: str, words: str) -> None:
    r = read(text, today=TODAY)
    assert any(words in n.text for n in r.not_applied), r.not_applied


@pytest.mark.parametrize(
    "text",
    [
        "Send a tent offer to customers who bought boots in the last 90 days",
        "How many customers in the South bought hiking boots in the last 6 months?",
        "Win back customers who haven't ordered in 8 months; email",
        "给买过帐篷的客户发短信",
    ],
)
def test_a_request_read_whole_gets_no_entry(text: str) -> None:
    r = read(text, today=TODAY)
    assert not [n for n in r.not_applied if n.affects == "audience"], r.not_applied
