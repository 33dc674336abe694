"""A past date range right after a condition: "bought anything between Jan 1 and Mar 31 2026", "ordered from Feb 1 to
Feb 28", "purchased Jan 5 - Mar 10, 2026". The range is a look-back of the condition, never the campaign's window:
read like "last fall" (:func:`copilot.reading.since.past_period_at`), from its first day to today, its end said. A
range still running or to come (its end on or after today) is the campaign's time and is left to the window rules.
"""

from __future__ import annotations

from datetime import date

from copilot.reading import regex as re
from copilot.reading.lexicon import MONTH_RE, MONTHS

_DAY = rf"(?:(?P<{{p}}m>{MONTH_RE})\.?\s+(?P<{{p}}d>\d{{{{1,2}}}})(?:st|nd|rd|th)?|(?P<{{p}}nm>\d{{{{1,2}}}})/(?P<{{p}}nd>\d{{{{1,2}}}}))(?:,?\s+(?P<{{p}}y>20\d\d))?"
_RANGE = re.compile(
    r"\s*(?:(?:in\s+the\s+period\s+)?(?:between|from)\s+)?"
    + _DAY.format(p="a")
    + r"\s*(?:and|to|through|thru|until|till|-|–|—)\s*"
    + _DAY.format(p="b")
    + r"\b",
    re.IGNORECASE,
)


def _day(m: re.Match[str], p: str) -> tuple[int, int] | None:
    month = MONTHS.get((m.group(p + "m") or "").lower()) or int(m.group(p + "nm") or 0)
    day = int(m.group(p + "d") or m.group(p + "nd") or 0)
    return (month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None


def past_range_at(text: str, pos: int, today: date) -> tuple[date, date, int] | None:
    """(start, end, end of the words) of a past date range right after ``pos`` (see the module docs)."""
    m = _RANGE.match(text, pos)
    if not m or (
        not re.match(r"\s*(?:between|from)\b", m.group(0), re.IGNORECASE)
        and not (m.group("ay") or m.group("by"))
        and not (m.group("anm") and m.group("bnm"))  # "ordered 11/25-11/30": two slash days are days
    ):
        return None  # "Jan 5 - Mar 10" with neither "between" nor a year: too loose to take as a look-back
    a, b = _day(m, "a"), _day(m, "b")
    if a is None or b is None:
        return None
    said = int(m.group("by") or m.group("ay") or 0)
    if not said and a <= b and a <= (today.month, today.day) <= b:  # "bought tents 12/1-12/10" on Dec 6: this year's, to today
        return date(today.year, *a), today, m.end()
    end_year = said or (today.year if b <= (today.month, today.day) else today.year - 1)
    start_year = int(m.group("ay")) if m.group("ay") else end_year - (1 if a > b else 0)
    try:
        start, end = date(start_year, *a), date(end_year, *b)
    except ValueError:
        return None
    if end >= today or start > end:
        return None
    return start, end, m.end()
