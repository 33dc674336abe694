"""'free shipping on $75+' is free shipping with a $75 minimum; it had been read as a $75 budget (probe s26, e04)."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize("text, minimum, budget", [
    ("Lapsed campers, SMS, free shipping on $90+", 90.0, None),
    ("Reactivation email for hikers: free delivery on orders $45+, spring", 45.0, None),
    ("Loyal customers, push, free shipping on £60+, budget £900", 60.0, 900.0),
])
def test_a_plus_amount_after_free_shipping_is_its_minimum(text: str, minimum: float, budget: float | None) -> None:
    r = read(text, today=TODAY)
    assert r.offer is not None and r.offer.kind == "free_shipping" and r.offer.min_order == minimum
    assert (r.budget.amount if r.budget else None) == budget
