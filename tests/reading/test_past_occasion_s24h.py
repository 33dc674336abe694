"""An occasion named as past with its campaign between it and the year (probe s24x eq09): "How did the Black
Friday campaign perform last year?" asks about Black Friday 2025 (its days), not all of 2025 with a 2026 Black
Friday window; a brief for this year's Black Friday keeps its window."""

from __future__ import annotations

from datetime import date

from copilot.reading import read
from copilot.reading.schema import Reading

TODAY = date(2026, 4, 20)


def r(text: str) -> Reading:
    return read(text, today=TODAY)


def test_campaign_then_last_year_is_that_occasion() -> None:
    x = r("How did the Black Friday campaign perform last year on email?")
    assert x.period is not None and x.period.start is not None
    assert x.period.start.year == 2025 and x.period.start.month == 11
    assert x.period.end is not None and x.period.end.month == 11
    assert x.window is None


def test_emails_do_last_year() -> None:
    x = r("How did our Cyber Monday emails do last year?")
    assert x.period is not None and x.period.start is not None
    assert x.period.start.year == 2025 and x.period.start.month in (11, 12)
    assert x.window is None


def test_this_years_occasion_keeps_its_window() -> None:
    x = r("email champions for black friday, 20% off tents")
    assert x.window is not None and x.window.start is not None
    assert x.window.start.year == 2026 and x.window.start.month == 11
