"""Session 24, from set 17's dev briefs (decisions 210 and 217), in words of their own: a month said as "the whole
month of …" is that month; "recover the customers" is a winback; Holi is an occasion with the request's own dates;
a Subscribe & Save style auto-reorder is listed (affects offer) and its product not promoted."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 2, 10)


@pytest.mark.parametrize("text", ["Text lapsed runners 15% off socks, during all the month of June.",
                                  "Push Loyal customers free shipping for the entire month of June"])
def test_the_whole_month_of(text: str) -> None:
    w = read(text, today=TODAY).window
    assert w is not None and (w.start, w.end) == (date(2026, 6, 1), date(2026, 6, 30))


def test_recover_the_customers_is_a_winback() -> None:
    assert read("Plan an action to recover old clients who did not order since 10 months, SMS, 10% off", today=TODAY).objective == "winback"


def test_holi_is_an_occasion_with_the_given_dates() -> None:
    r = read("Holi sale for Champions: 10% off base layers, March 2 to March 5, email, INR 50,000", today=TODAY)
    assert r.window is not None and r.window.occasion == "holi"
    assert (r.window.start, r.window.end) == (date(2026, 3, 2), date(2026, 3, 5))
    assert r.objective == "seasonal"


def test_a_holiday_is_not_holi() -> None:
    r = read("Holiday gift guide email to Champions, $500", today=TODAY)
    assert r.window is None or r.window.occasion != "holi"


def test_an_auto_reorder_is_listed_and_not_promoted() -> None:
    r = read("20% off tents for everyone, email. Maybe a subscribe-and-save auto reorder on socks later.", today=TODAY)
    assert "socks" not in r.promoted.categories
    assert any(n.affects == "offer" and "auto reorder" in n.text.lower() for n in r.not_applied), r.not_applied
