"""Days and months a request names without a full date (issue #12, the lead's session-20 window probe).

- A day of the month with no month: "from the 9th to the 15th", "start on the 16th", "Saturday the 14th", 9号到15号,
  16号开始, 做到20号. The month is this one when the day is still to come, else the next.
- The last day told after a first one: "kick off April 1st, wrap up April 10th", "… until the 25th", 4月10日结束.
- Two months as one run: "all of April and May", "April through June", 四五两个月, 四月和五月, 4-5月.
- Two near days as one run: "tomorrow and Wednesday", 明天和后天.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from copilot.reading import regex as re
from copilot.reading.days import Found, Free, parse_day
from copilot.reading.lexicon import MONTH_RE, MONTHS
from copilot.reading.numbers import to_number
from copilot.reading.until_day import holiday_end_after

_DOM = r"(?:[12]\d|3[01]|0?[1-9])"
_ZH_DOM = r"(?:[12]\d|3[01]|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"
_ORD = r"(?:st|nd|rd|th)"
_NOT_MONTH_AFTER = rf"(?!\s+(?:of\s+)?(?:{MONTH_RE})\b)"
_WEEKDAY_EN = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?"
#: a day or month before a bare number of the month ("4月9号", "May 9", "5.9") is another rule's
_NO_MONTH_BEFORE = r"(?<![\d月一二三四五六七八九十.\-/])"

_EN_RANGE = re.compile(rf"\b(?:from\s+|between\s+)?(?:the\s+)?(?P<d1>{_DOM}){_ORD}\s*(?:-|–|—|to|through|thru|until|till|and)\s*(?:the\s+)?"
                       rf"(?P<d2>{_DOM}){_ORD}\b{_NOT_MONTH_AFTER}", re.IGNORECASE)
_ZH_RANGE = re.compile(rf"{_NO_MONTH_BEFORE}(?P<d1>{_ZH_DOM})\s*[号日]\s*(?:-|–|—|~|～|至|到)\s*(?P<d2>{_ZH_DOM})\s*[号日](?!\S{{0,2}}前)")
_EN_START = re.compile(rf"\b(?:(?:starting|start(?:s)?|from|on|kick(?:s|ing)?\s+(?:it\s+)?off|begin(?:s|ning)?|launch(?:es|ing)?|go(?:es|ing)?\s+live)"
                       rf"(?:\s+on)?\s+(?:{_WEEKDAY_EN}\s+)?|{_WEEKDAY_EN}\s+)the\s+(?P<d>{_DOM}){_ORD}\b{_NOT_MONTH_AFTER}", re.IGNORECASE)
_ZH_START = re.compile(rf"(?:从|自)?{_NO_MONTH_BEFORE}(?P<d>{_ZH_DOM})\s*[号日]\s*(?:起|开始|上线|启动|开跑)")
_ZH_UNTIL = re.compile(rf"(?:做到|跑到|持续到|一直到|截止到?|到|至){_NO_MONTH_BEFORE}(?P<d>{_ZH_DOM})\s*[号日](?:\s*(?:结束|为止|截止))?(?!\S{{0,2}}前)")
_EN_END = re.compile(rf"\b(?:wrap(?:s|ping)?\s+(?:it\s+)?up|(?:end|finish|close|stop)\s+it|ends?|ending|finish(?:es|ing)?|clos(?:es|ing)|until|till|through|thru|(?:runs?|running|going)\s+(?:until|till|through|to))"
                     rf"(?:\s+on)?\s+(?:(?:the\s+)?(?P<d>{_DOM}){_ORD}\b{_NOT_MONTH_AFTER}|(?P<full>(?:{MONTH_RE})\.?\s+\d{{1,2}}{_ORD}?|\d{{1,2}}{_ORD}?\s+(?:of\s+)?(?:{MONTH_RE})))",
                     re.IGNORECASE)
_ZH_END = re.compile(rf"(?P<full>(?<![\d一二三四五六七八九十])(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月{_ZH_DOM}[日号])\s*(?:结束|收尾|截止|下线)")
#: "3月10号开始，到3月20号": the last day told with its month after the first
_ZH_TO_FULL = re.compile(rf"(?:做到|跑到|持续到|一直到|截止到?|到|至)\s*(?P<full>(?<![\d一二三四五六七八九十])(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月{_ZH_DOM}[日号])(?!\S{{0,2}}前)")


def _day_in_month(day: int, today: date, after: date | None = None) -> date | None:
    """That day of this month if it is still to come (on or after ``after`` / today), else of the next month."""
    base = after or today
    y, m = base.year, base.month
    for _ in range(2):
        if day <= calendar.monthrange(y, m)[1] and date(y, m, day) >= base:
            return date(y, m, day)
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return None


def _num(raw: str) -> int:
    return int(to_number(raw) or 0)


def bare_days(text: str, today: date, free: Free) -> Found | None:
    """A range or a first day written as days of the month with no month ("the 9th to the 15th", 16号开始)."""
    for rx in (_EN_RANGE, _ZH_RANGE):
        for m in rx.finditer(text):
            if free(m.start(), m.end()) and (a := _day_in_month(_num(m.group("d1")), today)) is not None:
                b = _day_in_month(_num(m.group("d2")), today, a)
                if b is not None and (b - a).days <= 40:
                    return a, b, (m.start(), m.end())
    for rx in (_EN_START, _ZH_START):
        for m in rx.finditer(text):
            if free(m.start(), m.end()) and (a := _day_in_month(_num(m.group("d")), today)) is not None:
                return a, None, (m.start(), m.end())
    for m in _ZH_UNTIL.finditer(text):  # 做到20号: from today to that day
        if free(m.start(), m.end()) and (b := _day_in_month(_num(m.group("d")), today)) is not None:
            return today, b, (m.start(), m.end())
    return None


def end_day_after(text: str, pos: int, start: date, free: Free) -> tuple[date, tuple[int, int]] | None:
    """The last day told after the first ("…, wrap up April 10th", "… until the 25th", 4月10日结束), within 120 days;
    a holiday's day ("through Labor Day", 到圣诞节: copilot.reading.until_day)."""
    if (holiday := holiday_end_after(text, pos, start)) is not None and free(*holiday[1]):
        return holiday
    for m in (*_EN_END.finditer(text, pos), *_ZH_END.finditer(text, pos), *_ZH_TO_FULL.finditer(text, pos), *_ZH_UNTIL.finditer(text, pos)):
        if not free(m.start(), m.end()):
            continue
        full = m.group("full") if "full" in m.re.groupindex else None
        end = parse_day(full, start) if full else _day_in_month(int(m.group("d")), start, start)
        if end is not None and start <= end <= start + timedelta(days=120):
            return end, (m.start(), m.end())
    return None


_ZH_M = r"(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])"
_EN_MONTHS = re.compile(rf"\b(?:(?:all|the whole|throughout)\s+(?:of\s+)?|during\s+|in\s+|over\s+|across\s+)?(?P<a>{MONTH_RE})\s*(?:and|&|through|thru|to|until|till|-|–|—|into)\s*"
                        rf"(?P<b>{MONTH_RE})\b(?!\.?\s*\d)", re.IGNORECASE)
_ZH_MONTHS = re.compile(rf"(?<![\d一二三四五六七八九十年])(?P<a>{_ZH_M})(?:月份?)?\s*(?:和|、|到|至|-|–|~|～)\s*(?P<b>{_ZH_M})月份?(?:这|两|三)?(?:个月)?(?![\d一二三四五六七八九十]+[日号])"
                        rf"|(?<![\d一二三四五六七八九十年])(?P<c>[一二三四五六七八九])(?P<d>[一二三四五六七八九十])(?:两|三)个月")


_LOOKS_BACK = re.compile(r"\b(?:was|were|bought|ordered|purchased|placed|joined|signed up|registered|shopped|sold|last year)\b[^,.;:!?]{0,20}$"
                         r"|(?:买过|购买过|下过单|下单|注册|去年)[^，。；]{0,6}$", re.IGNORECASE)


def month_span(text: str, today: date, free: Free) -> Found | None:
    """Two or more months as one run: "all of April and May", "April through June", 四五两个月, 4-5月."""
    for m in (*_EN_MONTHS.finditer(text), *_ZH_MONTHS.finditer(text)):
        if not free(m.start(), m.end()):
            continue
        if m.re is _EN_MONTHS:
            a, b = MONTHS[m.group("a").lower()], MONTHS[m.group("b").lower()]
        else:
            a, b = _num(m.group("a") or m.group("c")), _num(m.group("b") or m.group("d"))
        if not (1 <= a <= 12 and 1 <= b <= 12) or (b - a) % 12 > 5 or a == b or _LOOKS_BACK.search(text[max(0, m.start() - 40) : m.start()]):
            continue  # "bought in April and May": a look-back, not the campaign's months
        year = today.year if a >= today.month else today.year + 1
        first = date(year, a, 1)
        last_year = year if b >= a else year + 1
        last = date(last_year, b, calendar.monthrange(last_year, b)[1])
        return max(first, today), last, (m.start(), m.end())
    return None


_NEAR_PAIR = re.compile(r"\b(?P<a>today|tomorrow)\s*(?:and|&|\+)\s*(?P<b>the day after|(?:this\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b"
                        r"|(?P<za>今天|明天)\s*(?:和|跟|与|、|加)\s*(?P<zb>明天|后天)(?:\s*(?:这)?两天)?", re.IGNORECASE)
_EN_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def near_pair(text: str, today: date, free: Free) -> Found | None:
    """"tomorrow and Wednesday", 明天和后天两天: from the first day to the second."""
    for m in _NEAR_PAIR.finditer(text):
        if not free(m.start(), m.end()):
            continue
        a_word = (m.group("a") or m.group("za")).lower()
        a = today + timedelta(days=0 if a_word in ("today", "今天") else 1)
        b_word = (m.group("b") or m.group("zb")).lower()
        if b_word in ("the day after", "后天"):
            b = today + timedelta(days=2)
        elif b_word == "明天":
            b = today + timedelta(days=1)
        else:
            wd = _EN_WEEKDAYS.index(b_word.split()[-1])
            b = a + timedelta(days=(wd - a.weekday()) % 7)
        if b > a:
            return a, b, (m.start(), m.end())
    return None
