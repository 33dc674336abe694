"""A date range already under way: "12/1-12/7" or "Dec 1 - Dec 10" written on December 6 is this year's range,
which has begun, not next year's. Days are read on or after today (days.py), so a range whose first day has
passed this year would move to next year; when this year's run of the same days still holds today, it is the
window, from today to its last day (like an occasion already under way). A range with its year written keeps it;
one wholly past this year stays next year's (a send window lies ahead; a purchase period in the past is read by
copilot.reading.past_range, a question's period by copilot.reading.period)."""

from __future__ import annotations

from datetime import date

from copilot.reading import regex as re

_YEAR_SAID = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|\d{1,2}/\d{1,2}/\d{2}|\d{2,4}年")


def _year_before(day: date) -> date | None:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # February 29
        return None


def under_way(found: tuple[date, date | None, tuple[int, int]] | None, text: str, today: date,
              ) -> tuple[date, date | None, tuple[int, int]] | None:
    """``found`` (start, end, span) moved back to this year's run from today when that run holds today."""
    if found is None or found[1] is None or found[0] <= today or _YEAR_SAID.search(text[found[2][0] : found[2][1]]):
        return found
    start, end = _year_before(found[0]), _year_before(found[1])
    if start is None or end is None or not start < today <= end:
        return found
    return today, end, found[2]
