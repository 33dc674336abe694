"""Days named in a request: "May 1", "1st of June", "2026-04-01", "4月1日", "1-14 May", "6/1–6/21".

Single dates are parsed by dateparser relative to today, preferring the future; numeric days with a
slash are read month first (US) unless the first number cannot be a month, and alone only after a word
that makes them a day ("on 6/1"), never bare ("24/7", "1/2 price").
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

import dateparser

from copilot.reading import regex as re
from copilot.reading.lexicon import MONTH_RE as _MONTH_RE

Free = Callable[[int, int], bool]
Found = tuple[date, date | None, tuple[int, int]]


def parse_day(raw: str, today: date) -> date | None:
    """One named day (5月1日, "May 1", "2026-04-01"): the next such day on or after today."""
    zh = re.fullmatch(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})[日号]", raw.strip())
    if zh:  # 5月1日: the next such day on or after today
        y, mo, d = int(zh.group(1) or today.year), int(zh.group(2)), int(zh.group(3))
        try:
            day = date(y, mo, d)
            return day if zh.group(1) or day >= today else date(y + 1, mo, d)
        except ValueError:
            return None
    parsed = dateparser.parse(
        raw,
        languages=["en", "zh"],
        settings={
            "PREFER_DATES_FROM": "future",
            "RELATIVE_BASE": datetime.combine(today, datetime.min.time()),
            "REQUIRE_PARTS": ["day", "month"],
        },
    )
    return parsed.date() if parsed else None


_ISO = r"\d{4}-\d{1,2}-\d{1,2}"
_DAY_EN = rf"(?:(?:{_MONTH_RE})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_RE}))"
_DAY_ZH = r"(?:\d{4}年)?(?:1[0-2]|[1-9])月(?:[12]\d|3[01]|[1-9])[日号]"
_DAY = rf"(?:{_ISO}|{_DAY_EN}|{_DAY_ZH})"
_RANGE = re.compile(
    rf"(?:from\s+|between\s+|从)?(?P<a>{_DAY})\s*(?:-|–|—|to|until|till|through|thru|and|至|到|~)\s*"
    rf"(?P<b>{_DAY}|\d{{1,2}}(?:st|nd|rd|th)?(?![\d:]))",
    re.IGNORECASE,
)
#: "1–14 June", "3rd to 17th of May": the month named once, after both days
_DAYS_MONTH = re.compile(
    rf"(?:from\s+|between\s+)?(?P<d1>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s*(?:-|–|—|to|until|till|through|and)\s*"
    rf"(?P<d2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MONTH_RE})\b",
    re.IGNORECASE,
)
_SINGLE = re.compile(rf"(?:(?:starting|start|from|on|begin(?:ning)?|kick(?:ing)? off)\s+(?:on\s+)?)?(?P<a>{_DAY})",
                     re.IGNORECASE)
#: "6/1–6/21", "from 11/27 to 11/30", "starting 12/3": numeric days with a slash, month first (US) unless the
#: first number cannot be a month ("21/6"). Alone they are read only after a word that makes them a day
#: ("on 6/1"), never bare ("24/7 support", "1/2 price").
_SLASH = r"(?:[12]\d|3[01]|0?[1-9])/(?:[12]\d|3[01]|0?[1-9])(?:/(?:\d{4}|\d{2}))?"
_SLASH_RANGE = re.compile(rf"(?:from\s+|between\s+)?(?<![\d/])(?P<a>{_SLASH})\s*(?:-|–|—|to|until|till|through|thru|and|~)\s*(?P<b>{_SLASH})(?![\d/])",
                          re.IGNORECASE)
_SLASH_SINGLE = re.compile(rf"(?:starting|start|from|on|begin(?:ning)?|kick(?:ing)? off|launch(?:ing)?|send(?:ing)?)\s+(?:on\s+)?(?P<a>{_SLASH})(?![\d/])",
                           re.IGNORECASE)


def _slash_day(raw: str, today: date, after: date | None = None) -> date | None:
    """"6/21" (June 21; "21/6" when 21 cannot be a month), the next such day on or after ``after`` or today."""
    parts = [int(p) for p in raw.split("/")]
    mo, d = (parts[0], parts[1]) if parts[0] <= 12 else (parts[1], parts[0])
    base = after or today
    year = (parts[2] + 2000 if parts[2] < 100 else parts[2]) if len(parts) == 3 else base.year
    try:
        day = date(year, mo, d)
        if len(parts) < 3 and day < base:
            day = date(year + 1, mo, d)
    except ValueError:
        return None
    return day


def explicit_dates(text: str, today: date, free: Free) -> Found | None:
    """"1-14 May", "from May 1 to May 14", "2026-04-01", "4月1日": a range or a first day."""
    for m in _DAYS_MONTH.finditer(text):
        if not free(m.start(), m.end()):
            continue
        first = parse_day(f"{m.group('d1')} {m.group('mon')}", today)
        if first is not None and int(m.group("d2")) > first.day:
            try:
                return first, first.replace(day=int(m.group("d2"))), (m.start(), m.end())
            except ValueError:
                continue
    for m in _RANGE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        a = parse_day(m.group("a"), today)
        b_raw = m.group("b")
        b: date | None
        if a and re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", b_raw):
            b = a.replace(day=int(re.sub(r"\D", "", b_raw)))
        else:
            b = parse_day(b_raw, a or today) if a else None
        if a and b:
            return a, (b.replace(year=b.year + 1) if b < a else b), (m.start(), m.end())
    for m in _SLASH_RANGE.finditer(text):
        if free(m.start(), m.end()) and (a := _slash_day(m.group("a"), today)) and (b := _slash_day(m.group("b"), today, a)):
            return a, b, (m.start(), m.end())
    for m in _SINGLE.finditer(text):
        if free(m.start(), m.end()) and (a := parse_day(m.group("a"), today)):
            return a, None, (m.start(), m.end())
    for m in _SLASH_SINGLE.finditer(text):
        if free(m.start(), m.end()) and (a := _slash_day(m.group("a"), today)):
            return a, None, (m.start(), m.end())
    return None
