"""Single slips of set 20, as classes (decisions 247, 236/240): "no budget over $N" is the budget, "a hundred and
twenty" is a number, "nothing ordered in N days" is a lapse, and a look-back after a breakdown ("in each region last
year") dates the purchase. Wordings other than the cases'."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read
from copilot.reading.numbers import to_number

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Email Loyal customers 10% off packs, no budget over $2,750.", 2750),
        ("Text Champions about headlamps, free shipping, no spend above $950.", 950),
    ],
)
def test_no_budget_over_is_the_budget(text: str, amount: float) -> None:
    x = read(text, today=TODAY)
    assert x.budget is not None and x.budget.amount == amount
    assert not [n for n in x.not_applied if n.affects == "budget"], x.not_applied


def test_a_hundred_and_n_is_a_number() -> None:
    assert to_number("a hundred and forty") == 140
    assert to_number("a thousand and two hundred") == 1200


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Email lapsed customers (nothing ordered in a hundred and fifty days), 10% off tents.", 150),
        ("SMS people with nothing bought in 75 days, free shipping.", 75),
        ("Win back anyone with nothing purchased in ninety days, 15% off.", 90),
    ],
)
def test_nothing_ordered_in_n_days_is_a_lapse(text: str, days: int) -> None:
    x = read(text, today=TODAY)
    a = x.audience.model_dump(exclude_none=True) if x.audience else {}
    assert a.get("kind") == "recency" and a.get("min_days") == days, a


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("How many customers bought sleeping bags in each region last year?", 365),
        ("How many customers bought headlamps per region in the past 60 days?", 60),
    ],
)
def test_look_back_after_a_breakdown_dates_the_purchase(text: str, days: int) -> None:
    x = read(text, today=TODAY)
    a = x.audience.model_dump(exclude_none=True) if x.audience else {}
    assert a.get("kind") == "bought" and a.get("within_days") == days, a
    assert not [n for n in x.not_applied if n.affects == "timing"], x.not_applied
