"""A date range whose first day has passed this year but whose last has not is this year's, from today (not next
year's); a range wholly past stays next year's as a send window (probe s26 class 1, other wordings)."""

from __future__ import annotations

from datetime import date

import pytest

from copilot.reading import read

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(("text", "end"), [
    ("SMS to Champions 12/2-12/8, free shipping", date(2026, 12, 8)),
    ("headlamp push for Loyal customers, Dec 4 to Dec 18", date(2026, 12, 18)),
    ("email campaign for sleeping bags from December 1 through December 12", date(2026, 12, 12)),
    ("冠军客户短信，12月5日到12月11日", date(2026, 12, 11)),
    ("给会员推睡袋，12月4-9日", date(2026, 12, 9)),
    ("12/1-12/31期间给沉睡客户发邮件", date(2026, 12, 31)),
])
def test_a_range_under_way_runs_from_today(text: str, end: date) -> None:
    w = read(text, today=TODAY).window
    assert w is not None and (w.start, w.end) == (TODAY, end)


@pytest.mark.parametrize(("text", "start", "end"), [
    ("email Loyal customers 11/2-11/9 with 10% off", date(2027, 11, 2), date(2027, 11, 9)),  # wholly past: next year
    ("push for tents 12/12-12/20", date(2026, 12, 12), date(2026, 12, 20)),  # to come: unchanged
    ("SMS to Champions 12/2/2026-12/8/2026", date(2026, 12, 2), date(2026, 12, 8)),  # the year said is kept
])
def test_other_ranges_keep_their_reading(text: str, start: date, end: date) -> None:
    w = read(text, today=TODAY).window
    assert w is not None and (w.start, w.end) == (start, end)
