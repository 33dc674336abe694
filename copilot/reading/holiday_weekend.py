"""A holiday's own weekend ("Thanksgiving weekend", "Presidents' Day weekend", 感恩节周末) and the weekend before one
("the weekend before Thanksgiving", 感恩节前的那个周末), told against the holiday's own day (docs/reading.md, "A
holiday's weekend"):

- a Monday holiday (Memorial Day, Labor Day, Presidents' Day, Columbus Day): Saturday to the Monday;
- a Thursday holiday (Thanksgiving): Thursday to Sunday; a Friday one: Friday to Sunday;
- a holiday on a Saturday or Sunday: that Saturday and Sunday;
- a holiday with days off (Easter: Good Friday to Easter Monday; 清明, 端午, 五一, 国庆): those days off;
- a Tuesday or Wednesday holiday has no weekend of its own: the words are left to the other rules.

"The weekend before X" is the Saturday and Sunday before X's day (for a Monday holiday, the two days before it);
"the weekend after X" is read in :mod:`copilot.reading.anchored`.
"""

from __future__ import annotations

from datetime import date, timedelta

from copilot.reading import regex as re

#: "weekend" right after the holiday's name: "Thanksgiving weekend", "Presidents' Day long weekend", 感恩节周末.
WEEKEND_AFTER = re.compile(r"(?:\s+day)?(?:['’]s)?\s*(?:long\s+|holiday\s+|three-day\s+|four-day\s+)?weekend\b|\s*(?:的)?(?:小长)?(?:周末|週末)", re.IGNORECASE)


def holiday_weekend(day: date, days_off: tuple[date, date] | None) -> tuple[date, date] | None:
    """The weekend a holiday on ``day`` makes (its days off when it has them), or None for a mid-week holiday."""
    if days_off is not None:
        return days_off
    wd = day.weekday()
    if wd == 0:
        return day - timedelta(days=2), day
    if wd in (3, 4):
        return day, day + timedelta(days=6 - wd)
    if wd == 5:
        return day, day + timedelta(days=1)
    if wd == 6:
        return day - timedelta(days=1), day
    return None


def weekend_said(text: str, a: int, b: int) -> int | None:
    """The end of "weekend" said with the holiday named at ``a``-``b`` (in its name or right after it), else None."""
    after = WEEKEND_AFTER.match(text, b)
    if after is not None:
        return after.end()
    return b if re.search(r"weekend", text[a:b], re.IGNORECASE) else None


def weekend_before(day: date) -> tuple[date, date]:
    """The Saturday and Sunday before ``day``."""
    sunday = day - timedelta(days=(day.weekday() - 6) % 7 or 7)
    return sunday - timedelta(days=1), sunday
