"""Audience conditions written as SQL, a spreadsheet filter, JSON or key: value (copilot/reading/structured.py,
README decisions 77 and 84). Written for this module in other words than the labelled cases; each case read
no audience (a silent drop) before it."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read
from copilot.reading.schema import Reading
from copilot.tools.conditions import And, Consent, OrderCount, Recency, RfmSegment, SignedUp, Spend

TODAY = date(2026, 3, 2)


def r(text: str) -> Reading:
    return read(text, today=TODAY)


def leaves(x: Reading) -> list[object]:
    return list(x.audience.of) if isinstance(x.audience, And) else [x.audience]


def test_sql_where_clause() -> None:
    x = r("WHERE created_at >= today - 45 AND order_count = 0 → welcome SMS, 10% off")
    got = leaves(x)
    assert any(isinstance(c, SignedUp) and c.within_days == 45 for c in got)
    assert any(isinstance(c, OrderCount) and (c.min, c.max) == (0, 0) for c in got)


def test_spreadsheet_filter_with_strict_and_inclusive_bounds() -> None:
    x = r("My sheet filter: Recency (days) >= 120, Frequency > 2, Monetary >= 250. Email them.")
    got = leaves(x)
    assert any(isinstance(c, Recency) and c.min_days == 120 for c in got)
    assert any(isinstance(c, OrderCount) and c.min == 3 for c in got)  # > 2 orders is 3 or more
    assert any(isinstance(c, Spend) and c.min == 250 for c in got)


def test_windowed_fields_and_between() -> None:
    x = r("orders_90d >= 1, spend_12m between 100 and 300 — push only")
    got = leaves(x)
    assert any(isinstance(c, OrderCount) and c.min == 1 and c.within_days == 90 for c in got)
    assert any(isinstance(c, Spend) and (c.min, c.max, c.within_days) == (100, 300, 365) for c in got)


def test_json_audience_and_question() -> None:
    x = r('{"audience": {"segment": ["Loyal"], "max_orders": 3}, "channels": ["email"], "budget_usd": 2500}')
    got = leaves(x)
    assert any(isinstance(c, RfmSegment) for c in got) and any(isinstance(c, OrderCount) and c.max == 3 for c in got)
    assert x.budget is not None and x.budget.amount == 2500
    q = r('{"question": "count", "segment": "Champions", "consent": "sms"}')
    assert q.kind == "question" and any(isinstance(c, Consent) and c.channel == "sms" for c in leaves(q))


def test_opt_in_flags() -> None:
    x = r("Pull customers where email_opt_in = 1 and push_opt_in = true, promo the Cascade Beam")
    assert {c.channel for c in leaves(x) if isinstance(c, Consent)} == {"email", "push"}


@pytest.mark.parametrize("text", ["where ltv_bucket = 4, email", "churn_score > 0.7 → SMS winback"])
def test_a_field_the_data_lacks_is_listed(text: str) -> None:
    x = r(text)
    assert x.audience is None and [n.affects for n in x.not_applied] == ["audience"]


def test_a_money_threshold_keeps_its_currency() -> None:
    x = r("LTV > $800 and an order in the last 30 days, email")
    assert any(isinstance(c, Spend) and c.min == 800 and c.currency == "USD" for c in leaves(x))


@pytest.mark.parametrize("text", [
    "Customers with more than 3 orders in the last year, email",
    "Budget: $2k. Target: Loyal. Channel: email.",
])
def test_prose_is_unaffected(text: str) -> None:
    x = r(text)
    assert x.not_applied == [] and x.audience is not None
