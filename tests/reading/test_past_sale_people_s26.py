"""The people before a past sale stay read (probe s26, class 11): 'one-time buyers from last Memorial Day weekend' had
listed 'buyers from last …' and lost 'one-time' (audience = everyone). The sale alone is listed."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read
from copilot.tools.conditions import OrderCount, ValueTier

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(("text", "kind"), [
    ("Win back one-time buyers from last Thanksgiving weekend, 10% off, email only", OrderCount),
    ("SMS to repeat customers from last year's Fourth of July sale, $10 off $80+", OrderCount),
    ("Email high-value shoppers from last Christmas, no discount, $1k", ValueTier),
])
def test_people_kept_sale_listed(text: str, kind: type) -> None:
    x = read(text, today=TODAY)
    assert isinstance(x.audience, kind), x.audience
    listed = [n for n in x.not_applied if n.affects == "audience" and "past sale" in n.reason]
    assert listed and listed[0].text.startswith("from last"), x.not_applied


def test_a_purchase_during_a_past_sale_is_listed_whole() -> None:
    x = read("Customers who ordered during last year's Black Friday sale, email, 15% off", today=TODAY)
    assert any(n.text.startswith("ordered during") for n in x.not_applied), x.not_applied
