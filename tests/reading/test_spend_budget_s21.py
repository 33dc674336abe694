"""'Spend' said of the campaign in its own clause is the budget, never the customers' spend threshold: "Email lapsed
customers, spend no more than $500" had read "spent at most 500 USD" as an audience condition (the budget silently
absent), and "…, don't spend more than 500" was an unread audience clause."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read
from copilot.tools.conditions import Spend, leaves

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Text our Champions about the new headlamp, spend no more than $750", 750),
        ("Push to lapsed hikers; keep spend under 3k", 3000),
        ("win back lapsed buyers w/ email, dont spend more than 900", 900),
        ("Email At risk customers about socks. Spend up to 1200 on it.", 1200),
    ],
)
def test_the_campaigns_spend_is_the_budget(text: str, amount: float) -> None:
    r = read(text, today=TODAY)
    assert r.budget is not None and r.budget.amount == amount
    assert not any(isinstance(c, Spend) for c in leaves(r.audience)) if r.audience else True
    assert not [n for n in r.not_applied if n.affects == "audience" and "spend" in n.text.lower()]


@pytest.mark.parametrize(
    "text",
    ["Email customers who spend more than $500 with us", "SMS to shoppers that spend over $200, budget $1k"],
)
def test_the_customers_spend_stays_the_audience(text: str) -> None:
    r = read(text, today=TODAY)
    assert r.audience is not None and any(isinstance(c, Spend) for c in leaves(r.audience))
