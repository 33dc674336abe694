"""Days named in a request: "May 1", "1st of June", "2026-04-01", "4月1日", "1-14 May", "6/1–6/21".

Single dates are parsed by dateparser relative to today, preferring the future; numeric days with a
slash are read month first (US) unless the first number cannot be a month, and alone only after a word
that makes them a day ("on 6/1"), never bare ("24/7", "1/2 price").
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date, datetime, timedelta

import dateparser

from copilot.reading import regex as re
from copilot.reading.lexicon import MONTH_RE as _MONTH_RE
from copilot.reading.numbers import to_number
from copilot.reading.under_way import under_way

Free = Callable[[int, int], bool]
Found = tuple[date, date | None, tuple[int, int]]


def parse_day(raw: str, today: date) -> date | None:
    """One named day (5月1日, "May 1", "2026-04-01"): the next such day on or after today."""
    if (rel := re.fullmatch(rf"(本月|这个?月|下个?月)(?:的)?({_ZH_DOM})[日号]", raw.strip())) is not None:  # 这个月15号, 下个月3号
        first = this_or_next("next month" if rel.group(1).startswith("下") else "this month", today)[1].replace(day=1)
        try:
            day = first.replace(day=int(to_number(rel.group(2)) or 0))
        except ValueError:
            return None
        return day if day >= today else None
    zh = re.fullmatch(rf"(?:(\d{{4}})年)?({_ZH_MON})月({_ZH_DOM})[日号]?", raw.strip())
    if zh:  # 5月1日, 四月十号: the next such day on or after today
        y, mo, d = int(zh.group(1) or today.year), int(to_number(zh.group(2)) or 0), int(to_number(zh.group(3)) or 0)
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


#: a year first: 2026-04-01, 2026/04/01, 2026.04.01 (never inside a longer number)
_ISO = "(?<![\\d.])(?:" + "|".join(rf"\d{{4}}{s}(?:1[0-2]|0?[1-9]){s}(?:[12]\d|3[01]|0?[1-9])" for s in ("-", "/", r"\.")) + r")(?![\d.]\d)"
_DAY_EN = rf"(?:(?:{_MONTH_RE})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_RE}))"
#: a month and a day in digits or Chinese numerals (4月10日, 四月十号, 三月二十五号)
_ZH_MON = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_ZH_DOM = r"(?:[12]\d|3[01]|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"
_DAY_ZH = rf"(?:(?:\d{{4}}年)?(?<![\d一二三四五六七八九十]){_ZH_MON}月|本月|这个?月|下个?月)(?:的)?{_ZH_DOM}[日号]"
_DAY = rf"(?:{_ISO}|{_DAY_EN}|{_DAY_ZH})"
_RANGE = re.compile(
    rf"(?:from\s+|between\s+|从)?(?P<a>{_DAY})\s*(?:-|–|—|→|->|to|until|till|through|thru|and|至|到|~)\s*"
    rf"(?P<b>{_DAY}|\d{{1,2}}(?:st|nd|rd|th)?(?!\d|:\d)|(?P<eom>(?:本|当|这个)?月(?:底|末)|(?:the\s+)?end\s+of\s+(?:the\s+)?month\b|month[- ]end\b))",
    re.IGNORECASE,
)
#: "1–14 June", "3rd to 17th of May": the month named once, after both days
_DAYS_MONTH = re.compile(
    rf"(?:from\s+|between\s+)?(?:the\s+)?(?P<d1>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s*(?:-|–|—|to|until|till|through|and)\s*(?:the\s+)?"
    rf"(?P<d2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MONTH_RE}|next month|this month)\b",
    re.IGNORECASE,
)
#: 4月1-7日, 4月1号到7号, 三月二十号到二十五号: the month written once, before both days
_ZH_DAYS = re.compile(rf"(?<![\d一二三四五六七八九十])(?P<m>{_ZH_MON})月(?P<d1>{_ZH_DOM})[日号]?\s*(?:-|–|—|~|～|至|到)\s*(?P<d2>{_ZH_DOM})[日号]")
_SINGLE = re.compile(rf"(?:\b(?:starting|start|from|on|begin(?:ning)?|kick(?:ing)? off)\s+(?:on\s+)?)?(?P<a>{_DAY})",
                     re.IGNORECASE)
#: "6/1–6/21", "from 11/27 to 11/30", "starting 12/3": numeric days with a slash, month first (US) unless the
#: first number cannot be a month ("21/6"). Alone they are read only after a word that makes them a day
#: ("on 6/1"), never bare ("24/7 support", "1/2 price").
_SLASH = r"(?:[12]\d|3[01]|0?[1-9])/(?:[12]\d|3[01]|0?[1-9])(?:/(?:\d{4}|\d{2}))?"
_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?"
#: a bar between two cells ("| Wed 4/1 | Tue 4/14" under "Start | End") joins them as a range too
_SLASH_RANGE = re.compile(rf"(?:from\s+|between\s+)?(?<![\d/])(?P<a>{_SLASH})\s*(?:-|–|—|→|->|to|until|till|through|thru|and|~|～|至|到|[|｜]\s*(?:{_WEEKDAY}\s+)?)"
                          rf"\s*(?P<b>{_SLASH})(?![\d/])", re.IGNORECASE)
#: a slash day alone: after a word that makes it a day, after a weekday ("Tues 3/10"), or written with both parts
#: zero-padded ("04/06") or with its year ("4/6/2026"), which no price or fraction is
_SLASH_SINGLE = re.compile(rf"(?:\b(?:starting|start|from|on|for|begin(?:ning)?|kick(?:ing)? off|launch(?:ing)?|send(?:ing)?|ends?|until|till|through|thru|by|before|week of|w/c)\s+(?:on\s+)?(?:{_WEEKDAY}\s+)?"
                           rf"|\b{_WEEKDAY}\s+(?=\d)|(?<![\d/.])(?=(?:0\d/0\d|0\d/[123]\d|1[0-2]/[0-3]\d|\d{{1,2}}/\d{{1,2}}/\d)(?![\d/])))(?P<a>{_SLASH})(?![\d/])",
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


#: a day the work is due, not the campaign's ("Due: Fri 3/6", "deadline for the draft is April 3", 方案截止3月5日交)
_DUE = re.compile(r"(?:\b(?:due|deadline|draft|copy|review|approval|sign[- ]?off)\b|方案|草稿|审核|提交)[^.;|\n。；]{0,16}$", re.IGNORECASE)


def explicit_dates(text: str, today: date, free: Free, *, ongoing: bool = False) -> Found | None:
    """"1-14 May", "from May 1 to May 14", "2026-04-01", "4月1日": a range or a first day; ``ongoing``: a range
    already under way this year is this year's, from today (copilot.reading.under_way)."""
    found = _explicit_dates(text, today, free)
    return under_way(found, text, today) if ongoing else found


def _explicit_dates(text: str, today: date, free: Free) -> Found | None:
    for m in _DAYS_MONTH.finditer(text):
        if not free(m.start(), m.end()):
            continue
        mon = m.group("mon").lower()
        first: date | None
        if mon.endswith("month"):  # "the 1st through the 10th of next month"
            ref = this_or_next(mon, today)[1]
            first = date(ref.year, ref.month, int(m.group("d1")))
            first = first if first >= today else None
        else:
            first = parse_day(f"{m.group('d1')} {mon}", today)
        if first is not None and int(m.group("d2")) > first.day:
            try:
                return first, first.replace(day=int(m.group("d2"))), (m.start(), m.end())
            except ValueError:
                continue
    for m in _ZH_DAYS.finditer(text):
        first = parse_day(f"{m.group('m')}月{m.group('d1')}日", today) if free(m.start(), m.end()) else None
        last = int(to_number(m.group("d2")) or 0)
        if first is not None and last > first.day:
            try:
                return first, first.replace(day=last), (m.start(), m.end())
            except ValueError:
                continue
    for m in _RANGE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        a = parse_day(m.group("a"), today)
        b_raw = m.group("b")
        b: date | None
        if a and m.group("eom"):  # 从3月10日到月底, "from April 6 to the end of the month"
            b = month_end(a.year, a.month)
        elif a and re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", b_raw):
            b = a.replace(day=int(re.sub(r"\D", "", b_raw)))
        else:
            b = parse_day(b_raw, a or today) if a else None
        if a and b:
            return a, (b.replace(year=b.year + 1) if b < a else b), (m.start(), m.end())
    for m in _SLASH_RANGE.finditer(text):
        if free(m.start(), m.end()) and (a := _slash_day(m.group("a"), today)) and (b := _slash_day(m.group("b"), today, a)):
            return a, b, (m.start(), m.end())
    dotted = dotted_dates(text, today, free)
    if dotted is not None:
        return dotted
    for m in _SINGLE.finditer(text):
        if free(m.start(), m.end()) and not _DUE.search(text, 0, m.start()) and (a := parse_day(m.group("a"), today)):
            return a, None, (m.start(), m.end())
    for m in _SLASH_SINGLE.finditer(text):
        if free(m.start(), m.end()) and not _DUE.search(text, 0, m.start()) and (a := _slash_day(m.group("a"), today)):
            around = re.search(r"(?:ends?|until|till|through|thru|by|before|week of|w/c)\s+(?:on\s+)?$", text[m.start() : m.start("a")], re.I)
            return a, None, (m.start("a") if around else m.start(), m.end())  # "Ends 3/15", "week of 3/16": read around it
    return None


_MON = r"(?:1[0-2]|0?[1-9])"
_DOM = r"(?:[12]\d|3[01]|0?[1-9])"
_TO = r"\s*(?:-|–|—|~|～|→|至|到|bis|to)\s*"
#: day.month. ranges ("10.03.–17.03.", "16.03.-22.03.2026"): a dot after the month sets them apart from prices
_EU_RANGE = re.compile(rf"(?<![\d.,])(?P<d1>{_DOM})\.(?P<m1>{_MON})\.(?:\d{{2,4}})?{_TO}(?P<d2>{_DOM})\.(?P<m2>{_MON})\.?(?:\d{{4}})?(?![\d,])")
#: month.day ranges (3.15-3.22, 5.25-6.1) and a month.day with a day word after it (3.15当天); never a
#: price or a factor (9.9元, 3.5折, 1.2w, 1.5倍)
_NOT_AMOUNT = r"(?![\d.%折倍wW万千kK元块x分星寸米斤升码LlGgMm])"
_ZH_DOT_RANGE = re.compile(rf"(?<![\d.,A-Za-z$¥€£])(?P<m1>{_MON})\.(?P<d1>{_DOM}){_TO}(?P<m2>{_MON})\.(?P<d2>{_DOM}){_NOT_AMOUNT}")
_ZH_DOT_DAY = re.compile(rf"(?<![\d.,A-Za-z$¥€£])(?P<m1>{_MON})\.(?P<d1>{_DOM})(?=\s*(?:当天|当日|那天|那一天|号|日(?!元)|零点|起|开始|上线|大促|活动))")
#: an ISO calendar week: "KW 12", "CW12", "calendar week 12"
_CAL_WEEK = re.compile(r"(?<![A-Za-z])(?:KW|CW|calendar week)\s?(?P<w>[1-9]|[1-4]\d|5[0-3])(?!\d)", re.IGNORECASE)


def _on_or_after(mo: int, d: int, today: date, year: int | None = None) -> date | None:
    """That day this year (or ``year``), or next year if it has passed."""
    try:
        day = date(year or today.year, mo, d)
        return day if year or day >= today else date(day.year + 1, mo, d)
    except ValueError:
        return None


def _dot_range(m: re.Match[str], today: date) -> tuple[date, date] | None:
    """The two days of a dotted range, the second on or after the first (the year rolled over if not)."""
    a = _on_or_after(int(m.group("m1")), int(m.group("d1")), today)
    b = _on_or_after(int(m.group("m2")), int(m.group("d2")), a or today)
    return (a, b) if a and b and (b - a).days <= 120 else None


def dotted_dates(text: str, today: date, free: Free) -> Found | None:
    """"10.03.–17.03." (day.month.), 3.15-3.22 (month.day; several phases 5.25-6.1 … 6.19-6.20 make one
    window from the first day to the last), 3.15当天 (one day), "KW 12" (that ISO week, Monday to Sunday)."""
    for m in _EU_RANGE.finditer(text):
        if free(m.start(), m.end()):
            got = _on_or_after(int(m.group("m1")), int(m.group("d1")), today)
            last = _on_or_after(int(m.group("m2")), int(m.group("d2")), got or today)
            if got and last:
                return got, last, (m.start(), m.end())
    ranges = [(r, m.span()) for m in _ZH_DOT_RANGE.finditer(text) if free(*m.span()) and (r := _dot_range(m, today))]
    if ranges:
        return min(r[0] for r, _ in ranges), max(r[1] for r, _ in ranges), (ranges[0][1][0], ranges[-1][1][1])
    for m in _ZH_DOT_DAY.finditer(text):
        if free(m.start(), m.end()) and (a := _on_or_after(int(m.group("m1")), int(m.group("d1")), today)):
            starts = re.match(r"\s*(?:开始|起|上线|启动)", text[m.end():])  # 3.15开始: the first day, no last day said
            return a, (None if starts else a), (m.start(), m.end())
    for m in _CAL_WEEK.finditer(text):
        if free(m.start(), m.end()):
            for y in (today.year, today.year + 1):
                monday = date.fromisocalendar(y, int(m.group("w")), 1) if int(m.group("w")) <= date(y, 12, 28).isocalendar()[1] else None
                if monday is not None and monday + timedelta(days=6) >= today:
                    return monday, monday + timedelta(days=6), (m.start(), m.end())
    return None


_SENT = re.compile(rf"\b{_WEEKDAY}\s+(?P<d>\d{{4}}-\d{{1,2}}-\d{{1,2}}|\d{{1,2}}-\d{{1,2}}|{_SLASH})(?![\d/-])", re.IGNORECASE)


def last_dated_send(text: str, after: int, first: date) -> date | None:
    """The last of the weekday-dated sends after ``after`` ("Push goes out Thu 2026-03-19 …; email follow-up
    Sat 03-21"): a campaign of dated sends runs from the first to the last (within 60 days), else None."""
    last = None
    for m in _SENT.finditer(text, after):
        raw = m.group("d")
        if "/" in raw:
            day = _slash_day(raw, first, first)
        else:
            parts = [int(p) for p in raw.split("-")]
            day = _on_or_after(parts[1], parts[2], first, parts[0]) if len(parts) == 3 else _on_or_after(parts[0], parts[1], first)
        if day and first < day <= first + timedelta(days=60) and (last is None or day > last):
            last = day
    return last


_MID_MONTH = re.compile(r"(?<![\d一二三四五六七八九十个本下这上])月中(?:旬)?(?![国秋])")


def mid_month(text: str, today: date, free: Free) -> Found | None:
    """月中 alone: the 11th-20th of this month (of the next once they have passed)."""
    m = _MID_MONTH.search(text)
    if m is None or not free(m.start(), m.end()):
        return None
    first = today.replace(day=1)
    if today.day > 20:
        first = (first + timedelta(days=32)).replace(day=1)
    return max(first.replace(day=11), today), first.replace(day=20), (m.start(), m.end())


_ZH_WD = "一二三四五六日天"
_ZH_WEEK = r"(?:这|本|下)?(?:个)?(?:周|星期|礼拜)"
_ZH_WEEKDAYS = re.compile(rf"(?P<w>这|本|下下|下)?(?:个)?(?:周|星期|礼拜)(?P<a>[{_ZH_WD}])\s*(?:开始|起)?\s*[，,]?\s*(?:到|至|-|–|~|～)\s*"
                          rf"(?P<w2>(?:这|本|下下|下)?(?:个)?(?:周|星期|礼拜))?(?P<b>[{_ZH_WD}])(?:结束)?")


def zh_weekday_range(text: str, today: date, free: Free) -> Found | None:
    """下周一到周三: those days of that week; phases after it in the same week (正式（周四到周日）) extend it."""
    first: tuple[date, date, date] | None = None  # (monday, start, end)
    span = (0, 0)
    for m in _ZH_WEEKDAYS.finditer(text):
        if not free(m.start(), m.end()):
            continue
        a, b = (min(_ZH_WD.index(m.group(k)), 6) for k in ("a", "b"))
        if first is None:
            monday = today - timedelta(days=today.weekday()) + timedelta(days={"下": 7, "下下": 14}.get(m.group("w") or "", 0))
            if m.group("w") is None and monday + timedelta(days=a) < today:
                monday += timedelta(days=7)
            # 这周六到下周日: the last day in the week its own word names
            later = {"下": 7, "下下": 14}.get(re.sub(r"个?(?:周|星期|礼拜)$", "", m.group("w2") or ""), 0)
            last = today - timedelta(days=today.weekday()) + timedelta(days=later + b) if later else monday + timedelta(days=b)
            if last >= monday + timedelta(days=a) and last >= today:
                first, span = (monday, max(monday + timedelta(days=a), today), last), m.span()
        elif m.group("w") is None and b >= a and first[0] + timedelta(days=a) > first[2]:
            first, span = (first[0], first[1], first[0] + timedelta(days=b)), (span[0], m.end())
    return (first[1], first[2], span) if first else None


_EN_WD = r"(?P<{0}>mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\.?"
_EN_WEEKDAYS = re.compile(r"\b(?:(?P<q>this|next|coming)\s+)?" + _EN_WD.format("a") + r"\s*(?:-|–|—|→|->|=>|to|through|thru|till|until|and|&)\s*(?:(?:this|next)\s+)?"
                          + _EN_WD.format("b") + r"(?![A-Za-z0-9_'’-])(?:\s+(?P<q2>this|next)\s+week\b)?", re.IGNORECASE)
_EN_DAY = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def en_weekday_range(text: str, today: date, free: Free) -> Found | None:
    """"Thu-Sun", "Monday through Wednesday next week", "this Friday and Saturday": from the first day to the last."""
    for m in _EN_WEEKDAYS.finditer(text):
        if not free(m.start(), m.end()):
            continue
        a, b = (_EN_DAY.index(m.group(k).lower()[:3]) for k in ("a", "b"))
        if "next" in ((m.group("q2") or "") + (m.group("q") or "")).lower():
            start = today - timedelta(days=today.weekday()) + timedelta(days=7 + a)
        else:
            start = today + timedelta(days=(a - today.weekday()) % 7)
        return start, start + timedelta(days=(b - a) % 7), m.span()
    return None


def this_or_next(word: str, today: date) -> tuple[date, date]:
    """The rest of this week, month or quarter (from today), or all of the next one."""
    nxt = "next" in word or "coming" in word or "下" in word
    if "week" in word or "周" in word:
        monday = today - timedelta(days=today.weekday())
        s = monday + timedelta(days=7 if "next" in word or "下" in word else 0)
        return max(s, today), s + timedelta(days=6)
    if "month" in word or "月" in word:
        y, mo = today.year, today.month
        if nxt:
            y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
            return date(y, mo, 1), month_end(y, mo)
        return today, month_end(y, mo)
    q0 = (today.month - 1) // 3 * 3 + 1
    nxt = "next" in word or "下" in word
    if nxt:
        q0 += 3
    y = today.year + (1 if q0 > 12 else 0)
    q0 = (q0 - 1) % 12 + 1
    return (date(y, q0, 1) if nxt else today), month_end(y, q0 + 2)


def month_end(y: int, m: int) -> date:
    """The last day of month ``m`` of year ``y``."""
    return date(y, m, calendar.monthrange(y, m)[1])


#: Words that make a lone date the first day, not the only one: "starting April 3", "from the 3rd", 4月3日起.
_FROM = re.compile(r"(?:\b(?:starting|start|starts|from|beginning|begins|as of|kick(?:ing|s)? off|going live|goes live|go live|launch(?:es|ing)?)(?:\s+on)?|从|自)\s*(?:the\s+)?$",
                   re.IGNORECASE)
_WEEK_OF = re.compile(r"(?:\bw/c|\bwc|\bweek (?:commencing|beginning|starting|of))\s*(?:the\s+)?$", re.IGNORECASE)
_FROM_INSIDE = re.compile(r"(?:starting|starts|from|beginning|as of|go(?:es|ing)? live|kick(?:s|ing)? off|launch(?:es|ing)?)\b", re.IGNORECASE)
_FROM_AFTER = re.compile(r"\s*(?:起|开始|以后|之后|开启|启动|上线|开卖|开售|开抢|onwards?|and after)", re.IGNORECASE)


def one_day(text: str, start: date, found: Found | None) -> date | None:
    """The last day of a lone date ("on April 3", 会员日（3月18日）, "the 3 April"): that day, unless it starts
    something ("starting April 3", 4月3日起: no last day said)."""
    if not found or found[1] is not None:
        return None
    a, b = found[2]
    if _WEEK_OF.search(text[max(0, a - 20) : a]):
        return start + timedelta(days=6)  # "w/c 16 March", "the week of April 6": that week
    if _FROM.search(text[max(0, a - 24) : a]) or _FROM_AFTER.match(text, b) or _FROM_INSIDE.match(text, a):
        return None
    return start


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: Days told by their name: "tomorrow", "this weekend", "by Friday", 大后天, 本周末; "next weekend's sale" and
#: "tomorrow's email" too (a weekday's "'s" is another day: "Tuesday's call").
NEAR_DAYS = re.compile(r"(?<![A-Za-z0-9_-])(?:the day after tomorrow|tomorrow|this weekend|next weekend|over the weekend|(?:the |this )?(?:up)?coming weekend|"
                        r"(?:(?:by|before|until|till|through|thru|(?:starting|start|starts|from|go(?:es|ing)? live|kick(?:s|ing)? off|launch(?:es|ing)?)(?:\s+on)?)\s+(?:next\s+|this\s+)?|next|this|this coming|coming|on|send(?:s|ing)?|go(?:es|ing)? out|drops?|lands?)\s*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))(?:(?:(?<=weekend)|(?<=tomorrow))(?=['’]s\b)|(?![A-Za-z0-9_'’-]))"
                        r"|大后天|后天|明天|明早|明晚|本周末|这周末|这个周末|下周末|下个周末|(?<![上下本这个])周末(?=\s*(?:这)?(?:两天|2天|做两天|跑两天))", re.IGNORECASE)


def near_days_window(word: str, today: date) -> tuple[date, date]:
    """Today, tomorrow, the weekend: days, not dates."""
    if word == "大后天":  # three days from today (decision 173)
        return today + timedelta(days=3), today + timedelta(days=3)
    if word in ("the day after tomorrow", "后天"):
        return today + timedelta(days=2), today + timedelta(days=2)
    if word in ("tomorrow", "明天", "明早", "明晚"):
        return today + timedelta(days=1), today + timedelta(days=1)
    day = next((i for i, name in enumerate(_WEEKDAYS) if word.endswith(name)), None)
    if day is not None:  # "next Tuesday", "on Friday": the first such day after today
        ahead = (day - today.weekday()) % 7 or 7
        return today + timedelta(days=ahead), today + timedelta(days=ahead)
    if "weekend" in word or "周末" in word:
        saturday = today + timedelta(days=(5 - today.weekday()) % 7)
        if "next" in word or "下" in word:
            saturday += timedelta(days=7)
        return max(saturday, today), saturday + timedelta(days=1)
    return today, today
