"""Days counted inside a month or from today: "the second week of April", "the first Monday of May", 4月第二周,
下个月的第一个周一, "starting in two weeks", "two weeks from now", 两周后开始.

A week of a month is counted in days from the 1st (the first week is days 1-7, the second 8-14, the last the
month's last seven days), which is how a marketer's calendar reads it and leaves no doubt about a month that
starts mid-week. A start "in N days/weeks" counts from today; with no length said it is one send day unless a
start verb makes it the campaign's first day (:func:`copilot.reading.days.one_day` decides).
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from copilot.reading import regex as re
from copilot.reading.days import Found, Free, month_end, this_or_next
from copilot.reading.lexicon import MONTH_RE, MONTHS
from copilot.reading.month_head_tail import month_head_tail
from copilot.reading.numbers import DURATION, duration_days, to_number

_NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "last": -1, "final": -1,
        "一": 1, "1": 1, "二": 2, "2": 2, "三": 3, "3": 3, "四": 4, "4": 4, "最后一": -1}
_WEEKDAY = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6,
            "一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_EN = re.compile(r"\b(?:the\s+)?(?P<n>first|1st|second|2nd|third|3rd|fourth|4th|last|final)\s+"
                 r"(?:(?P<wd>mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|(?:full\s+)?(?P<week>week)(?P<end>end)?)\s+(?:of|in)\s+"
                 rf"(?P<m>{MONTH_RE}|next month|this month|the month)\b", re.IGNORECASE)
_ZH = re.compile(r"(?P<m>(?:\d{1,2}|十[一二]?|[一二三四五六七八九])月份?|下个?月|本月|这个?月)(?:的)?\s*(?:第\s*(?P<n>[一二三四1234])|(?P<last>最后一))"
                 r"\s*个?\s*(?:周|星期|礼拜)(?:(?P<end>末)|(?P<wd>[一二三四五六日天]))?")
_LENGTH = r"(?:(?:a\s+couple\s+of|a\s+few)\s+|[\w-]+[\s-]?)(?:hours?|hrs?|days?|weeks?|wks?|months?)|(?:a\s+)?fortnight|\d+\s?d"
_STARTS_IN = re.compile(
    r"\b(?:start(?:s|ing)?|kick(?:s|ing)?\s+(?:it\s+)?off|go(?:es|ing)?\s+live|launch(?:es|ing)?(?:\s+it)?|send(?:s|ing)?(?:\s+it)?|run(?:s|ning)?\s+it|"
    r"begin(?:s|ning)?|out)\s+in\s+(?:about\s+|around\s+|roughly\s+)?(?P<d>" + _LENGTH + r")(?:'s\s+time)?\b"
    r"|(?P<d2>\b" + _LENGTH + r")\s+from\s+(?:now|today)\b"
    r"|(?P<d3>[\d一二两三四五六七八九十半]+\s*(?:天|周|个?星期|个?礼拜|个月))(?:以|之)?后\s*(?:再)?(?=开始|上线|启动|发送|发|推送|推|开跑|开做|开搞|执行)",
    re.IGNORECASE)


def _month(word: str, today: date) -> tuple[int, int] | None:
    """(year, month) of a month word: a month name or number (the next one on or after today), next or this month."""
    w = word.lower().removesuffix("份")
    if w in ("next month", "this month", "the month") or w.startswith(("下", "本", "这")):
        first = this_or_next("next month" if w == "next month" or w.startswith("下") else "this month", today)[1]
        return first.year, first.month
    m = MONTHS.get(w) or to_number(w.removesuffix("月"))
    if m is None or not 1 <= int(m) <= 12:
        return None
    y = today.year if int(m) >= today.month else today.year + 1
    return y, int(m)


def _week(y: int, mo: int, n: int) -> tuple[date, date]:
    if n == -1:
        last = month_end(y, mo)
        return last - timedelta(days=6), last
    start = date(y, mo, 1 + 7 * (n - 1))
    return start, min(start + timedelta(days=6), month_end(y, mo))


def _weekday(y: int, mo: int, n: int, wd: int) -> date:
    days = [d for d in range(1, calendar.monthrange(y, mo)[1] + 1) if date(y, mo, d).weekday() == wd]
    return date(y, mo, days[n - 1] if n > 0 else days[-1])


def week_of_month(text: str, today: date, free: Free) -> Found | None:
    """"the second week of April" (April 8-14), "the first Monday of May" (that day), 4月第二周, 下个月的第一个周一."""
    for m in (*_EN.finditer(text), *_ZH.finditer(text)):
        if not free(m.start(), m.end()):
            continue
        ym = _month(m.group("m"), today)
        n = -1 if "last" in m.re.groupindex and m.group("last") else _NTH.get((m.group("n") or "").lower())
        if ym is None or n is None:
            continue
        wd = m.group("wd")
        if m.group("end"):  # "the last weekend of March", 三月最后一个周末: that Saturday and Sunday
            saturday = _weekday(*ym, n, 5)
            return (saturday, saturday + timedelta(days=1), (m.start(), m.end())) if saturday + timedelta(days=1) >= today else None
        if wd:
            day = _weekday(*ym, n, _WEEKDAY[wd.lower()[:3] if wd.isascii() else wd])
            return (day, None, (m.start(), m.end())) if day >= today else None
        start, end = _week(*ym, n)
        if end < today:
            continue
        return max(start, today), end, (m.start(), m.end())
    return None


_ZH_MONTH = r"(?:\d{1,2}|十[一二]?|[一二三四五六七八九])月份?|下个?月|本月|这个?月"
_HALF = re.compile(rf"(?P<m>{_ZH_MONTH})(?:的)?(?P<h>上|下)半(?:个)?月|\b(?:the\s+)?(?P<eh>first|second)\s+half\s+of\s+(?P<em>{MONTH_RE}|next month|this month)\b",
                   re.IGNORECASE)
_PART_TO_END = re.compile(rf"(?P<m>{_ZH_MONTH})(?:的)?(?P<p>上旬|中旬|下旬|初|中)\s*(?:到|至|-|~|—)\s*(?:月底|月末|下旬|底)")
_BEFORE_DAY = re.compile(r"\b(?P<w>before|by|until|till)\s+the\s+(?P<d>[12]?\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:" + MONTH_RE + r"))", re.IGNORECASE)
_TO_NEXT_MONTH_END = re.compile(r"\b(?:through|until|till|to|by)\s+(?:the\s+)?end\s+of\s+next\s+month\b"
                                r"|下个?月(?:底|末)(?:之|以)?前|(?:到|至|截止到?)下个?月(?:底|末)", re.IGNORECASE)
#: 本月20号之前, 25号前, 下个月10号之前: from today to the day before (the month said, else this month or the next)
_BEFORE_DAY_ZH = re.compile(r"(?:(?P<m>本月|这个?月|下个?月)|(?<![\d月一二三四五六七八九十]))(?P<d>[12]?\d|3[01])\s*[号日](?:之|以)?前(?!\s*(?:给我|发我|交|提交))")


def parts_of_month(text: str, today: date, free: Free) -> Found | None:
    """4月下半月 / "the second half of May" (16th to the end), 下个月中旬到月底 (the 11th to the end), "before the 15th"
    (from today to the 14th), "through the end of next month" (from today); 一月前两周, "the last 10 days of May"."""
    if (head_tail := month_head_tail(text, today, free, _month)) is not None:
        return head_tail
    for m in _HALF.finditer(text):
        ym = _month(m.group("m") or m.group("em"), today)
        if ym is None or not free(m.start(), m.end()):
            continue
        second = (m.group("h") or "") == "下" or (m.group("eh") or "").lower() == "second"
        start, end = (date(*ym, 16), month_end(*ym)) if second else (date(*ym, 1), date(*ym, 15))
        if end >= today:
            return max(start, today), end, (m.start(), m.end())
    for m in _PART_TO_END.finditer(text):
        ym = _month(m.group("m"), today)
        if ym is not None and free(m.start(), m.end()):
            first = {"上旬": 1, "初": 1, "中旬": 11, "中": 11, "下旬": 21}[m.group("p")]
            return max(date(*ym, first), today), month_end(*ym), (m.start(), m.end())
    before = _BEFORE_DAY.search(text) or _BEFORE_DAY_ZH.search(text)
    if before and free(before.start(), before.end()):
        day = int(before.group("d"))
        said = before.re.groupindex.get("m") and before.group("m")
        ym = _month(said, today) if said else (today.year, today.month) if day > today.day else _month("next month", today)
        if ym is not None and day <= calendar.monthrange(*ym)[1]:
            last = date(*ym, day) - timedelta(days=1 if "w" not in before.re.groupindex or before.group("w").lower() == "before" else 0)
            return today, last, (before.start(), before.end())  # "before the 20th" ends the 19th; "by"/"until the 20th" on it
    to_end = _TO_NEXT_MONTH_END.search(text)
    if to_end and free(to_end.start(), to_end.end()):
        ym = _month("next month", today)
        if ym is not None:
            return today, month_end(*ym), (to_end.start(), to_end.end())
    return None


def starts_in(text: str, today: date, free: Free) -> Found | None:
    """"starting in two weeks", "kick off 10 days from now", 两周后开始: the first day, counted from today."""
    for m in _STARTS_IN.finditer(text):
        group = "d" if m.group("d") else "d2" if m.group("d2") else "d3"
        raw = m.group(group)
        d = DURATION.search(raw)
        if d is None or d.end() != len(raw.rstrip()) or not free(m.start(group), m.end(group)):
            continue  # "starting in the Mountain region": no length of time
        days = duration_days(d)
        if days is None or days > 366:
            continue
        a = text.rfind("in", m.start(), m.start(group)) if group == "d" else m.start(group)  # the verb stays outside: it says "starts"
        return today + timedelta(days=days), None, (a, m.end())
    return None
