"""A look-back that starts at a named time: "haven't opened an email since summer", "no order since
Black Friday", "since January 15", 自双十一以来.

"Since" a period means after it: their last open or order was in it or before, so the look-back runs from
the last day of the most recent such period that has begun by today (the summer just past, the last
January) to today (label convention 49: since last summer = 183 days on 2026-03-02). A date or a one-day occasion counts from that day. The days are what the audience condition
holds (``within_days``); the words are never the campaign's window.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date, datetime, timedelta

import dateparser
from dateutil.relativedelta import TH, relativedelta

from copilot.reading import regex as re
from copilot.reading.lexicon import MONTH_RE as _MONTH_RE
from copilot.reading.lexicon import MONTHS as _MONTHS
from copilot.reading.lexicon import OCCASIONS, SEASONS
from copilot.reading.numbers import to_number
from copilot.reading.past_range import past_range_at

_SEASON_RE = "spring|summer|fall|autumn|winter"
#: One-day occasions a look-back can start from: the day in a given year.
_DAY_OCCASIONS: dict[str, Callable[[int], date]] = {
    # relativedelta adds its days before it finds the weekday: the day after Thanksgiving is added afterwards
    "black_friday": lambda y: date(y, 11, 1) + relativedelta(weekday=TH(4)) + relativedelta(days=1),
    "cyber_monday": lambda y: date(y, 11, 1) + relativedelta(weekday=TH(4)) + relativedelta(days=4),
    "christmas": lambda y: date(y, 12, 25), "new_year": lambda y: date(y, 1, 1),
    "valentines_day": lambda y: date(y, 2, 14), "singles_day": lambda y: date(y, 11, 11),
    "double_twelve": lambda y: date(y, 12, 12), "618": lambda y: date(y, 6, 18), "boxing_day": lambda y: date(y, 12, 26),
    "halloween": lambda y: date(y, 10, 31), "national_day": lambda y: date(y, 10, 7),  # 国庆: the golden week's last day
    "may_day": lambda y: date(y, 5, 1), "womens_day": lambda y: date(y, 3, 8), "independence_day": lambda y: date(y, 7, 4),
    "st_patricks_day": lambda y: date(y, 3, 17), "earth_day": lambda y: date(y, 4, 22),
}  # fmt: skip
_OCCASION_RE = "|".join(p for name, (ps, _md) in OCCASIONS.items() if name in _DAY_OCCASIONS for p in ps if p.isascii())

SINCE = re.compile(
    rf"\s*(?:ever\s+)?since\s+(?:(?:last|this past|the|early|late)\s+)*(?:(?P<m>{_MONTH_RE})(?:\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?)?"
    rf"|(?P<s>{_SEASON_RE})|(?P<o>{_OCCASION_RE})|(?P<date>\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?))\b",
    re.IGNORECASE,
)
ZH_SINCE = re.compile(r"(?:自|从)\s*(?:去年)?(?P<zo>双十一|双11|双十二|双12|618|圣诞节?|元旦|春节|国庆节?|(?P<zm>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份?(?:(?P<zd>[1-3]?\d)[日号])?)"
                      r"\s*(?:以来|之后|以后|起|到现在|到今天|至今)")


def days_since(text: str, pos: int, today: date) -> tuple[int, int] | None:
    """(days, end) for "since <a time>" right at ``pos``; None when there is none or it is not in the past."""
    m = SINCE.match(text, pos)
    if not m:
        return None
    anchor = _anchor(m, today)
    if anchor is None or anchor >= today:
        return None
    return (today - anchor).days, m.end()


def zh_days_since(text: str, today: date) -> tuple[int, int, int] | None:
    """(days, start, end) for 自双十一以来 / 从3月以后 anywhere in ``text``."""
    m = ZH_SINCE.search(text)
    if not m:
        return None
    names = {"双十一": "singles_day", "双11": "singles_day", "双十二": "double_twelve", "双12": "double_twelve",
             "618": "618", "元旦": "new_year", "国庆": "national_day", "国庆节": "national_day"}
    zo = m.group("zo")
    if m.group("zm"):
        month = int(m.group("zm")) if m.group("zm").isdigit() else int(to_number(m.group("zm")) or 0)
        anchor = _month_anchor(month, int(m.group("zd")) if m.group("zd") else None, today) if 1 <= month <= 12 else None
    elif zo in names:
        anchor = _day_anchor(_DAY_OCCASIONS[names[zo]], today)
    elif zo.startswith("圣诞"):
        anchor = _day_anchor(_DAY_OCCASIONS["christmas"], today)
    else:
        return None
    if anchor is None or anchor >= today:
        return None
    return (today - anchor).days, m.start(), m.end()


def _anchor(m: re.Match[str], today: date) -> date | None:
    if m.group("m"):
        return _month_anchor(_MONTHS[m.group("m").lower()], int(m.group("d")) if m.group("d") else None, today)
    if m.group("s"):
        first, last = SEASONS[m.group("s").lower()]
        return _season_anchor(first, last, today)
    if m.group("o"):
        word = m.group("o").lower()
        for name, (ps, _md) in OCCASIONS.items():
            if name in _DAY_OCCASIONS and any(re.fullmatch(p, word, re.IGNORECASE) for p in ps):
                return _day_anchor(_DAY_OCCASIONS[name], today)
        return None
    parsed = dateparser.parse(m.group("date"), languages=["en"],
                              settings={"PREFER_DATES_FROM": "past", "RELATIVE_BASE": _midnight(today)})
    return parsed.date() if parsed else None


def _midnight(d: date) -> datetime:
    return datetime(d.year, d.month, d.day)


def _month_anchor(month: int, day: int | None, today: date) -> date | None:
    year = today.year if (month, day or 1) <= (today.month, today.day) else today.year - 1
    try:
        if day is not None:
            return date(year, month, day)
    except ValueError:
        return None
    end = date(year, month, calendar.monthrange(year, month)[1])
    return end if end < today else date(year, month, 1)  # "since March" in March: since it began


def _season_anchor(first: int, last: int, today: date) -> date:
    """The day after the most recent such season that has begun by today (its start, if it is under way)."""
    for year in (today.year, today.year - 1):
        start = date(year, first, 1)
        end_year = year + 1 if last < first else year
        end = date(end_year, last, calendar.monthrange(end_year, last)[1])
        if start <= today:
            return end if end < today else start
    return date(today.year - 1, first, 1)


def _day_anchor(day_in: Callable[[int], date], today: date) -> date:
    day = day_in(today.year)
    return day if day < today else day_in(today.year - 1)


def day_of_occasion(name: str, start: date, end: date) -> date | None:
    """The occasion's own day inside (or right after) its window ``start``-``end``, when it has one day."""
    rule = _DAY_OCCASIONS.get(name)
    if rule is None:
        return None
    for year in sorted({start.year, end.year}):
        day = rule(year)
        if start <= day <= end + timedelta(days=1):
            return day
    return None


_PAST_PERIOD = re.compile(
    rf"\s*(?:(?:in|during|over)\s+)?(?:(?P<last>last|this past)\s+|(?P<this>this)\s+)?(?:the\s+)?(?:(?P<s>{_SEASON_RE})|(?P<m>{_MONTH_RE})(?:\s+(?P<my>20\d\d))?|"
    rf"(?P<y>20\d\d)(?![\d/-]|\.\d)|q(?P<q>[1-4])(?:\s+(?P<qy>20\d\d))?|"
    rf"(?P<o>christmas|xmas|the holidays|holiday season|black friday|cyber monday|thanksgiving))\b(?!\s+(?:sale|campaign|launch|drop)s?\b)",
    re.IGNORECASE)


def past_period_at(text: str, pos: int, today: date) -> tuple[date, date, int] | None:
    """(start, end, end of the words) of a past period right after a condition: "bought boots last fall", "in
    January", "over the holidays". A month or season is the most recent one begun before today; one still to come
    this year is the campaign's time (None) unless "last" says otherwise; an occasion is its last run (Christmas:
    December 1-24)."""
    if (ranged := past_range_at(text, pos, today)) is not None:  # "bought anything between Jan 1 and Mar 31 2026"
        return ranged
    m = _PAST_PERIOD.match(text, pos)
    if not m or not (m.group("last") or m.group("this") or re.match(r"\s*(?:in|during|over)\b", m.group(0), re.IGNORECASE)):
        return None
    if m.group("s"):
        first, last = SEASONS[m.group("s").lower()]
        if not m.group("last") and date(today.year, first, 1) > today and last >= first:
            return None  # "in summer" still to come: the campaign's time, not a past one
        year = today.year if date(today.year, first, 1) <= today else today.year - 1
        end_year = year + 1 if last < first else year
        end = date(end_year, last, calendar.monthrange(end_year, last)[1])
        if m.group("last") and end >= today:  # "last winter" while this one runs: the one before it
            year, end_year = year - 1, end_year - 1
            end = date(end_year, last, calendar.monthrange(end_year, last)[1])
        start = date(year, first, 1)
    elif m.group("y"):  # "bought trail shoes in 2025": that calendar year
        year = int(m.group("y"))
        start, end = date(year, 1, 1), date(year, 12, 31)
    elif m.group("q"):  # "bought trail shoes during Q2": the last such quarter begun by today (one to come is the window's)
        q = int(m.group("q"))
        year = int(m.group("qy") or 0) or (today.year if date(today.year, 3 * q - 2, 1) <= today else today.year - 1)
        if m.group("last") and not m.group("qy") and date(year, 3 * q, 1) + timedelta(days=31) > today:
            year -= 1  # "last Q4" while it runs: the one before
        if not (m.group("last") or m.group("qy")) and date(today.year, 3 * q - 2, 1) > today:
            return None
        start, end = date(year, 3 * q - 2, 1), date(year, 3 * q, calendar.monthrange(year, 3 * q)[1])
    elif m.group("m") and m.group("my"):  # "in January 2025"
        year, month = int(m.group("my")), _MONTHS[m.group("m").lower()]
        start, end = date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    elif m.group("m"):
        month = _MONTHS[m.group("m").lower()]
        if month > today.month and not m.group("last"):
            return None  # "in April" still to come this year: the campaign's month, not a past one
        year = today.year if month < today.month or (month == today.month and not m.group("last")) else today.year - 1
        start, end = date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    else:
        word = m.group("o").lower()
        year = today.year - 1 if today.month < 12 else today.year
        if word == "thanksgiving":
            start, end = date(year, 11, 15), date(year, 11, 30)
        else:  # the occasion's own window in the lexicon (Christmas and "the holidays": December 1-24)
            m1, d1, m2, d2 = OCCASIONS[{"black friday": "black_friday", "cyber monday": "cyber_monday"}.get(word, "christmas")][1]
            start, end = date(year, m1, d1), date(year if m2 >= m1 else year + 1, m2, d2)
    if start >= today:
        return None
    return start, min(end, today), m.end()
