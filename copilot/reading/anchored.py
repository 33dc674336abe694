"""Dates told against another date: "the week after Mother's Day", "two weeks after Easter … starting then",
清明后第一个周末, and a day the data does not know ("the week before payday", 发薪日前一周).

An occasion with a fixed day (Christmas, Easter, Mother's Day, Father's Day, 清明, the US holidays on a weekday)
anchors the words around it (docs/reading.md, "Dates told against another date"):

- "the week after X" / X后一周 / X后的那个礼拜: the 7 days from the day after X's day;
- "the (first) weekend after X" / X后第一个周末: the Saturday and Sunday after X's day;
- "the day after X": that one day;
- "N days/weeks after X": the day that far after X's day, a first day (with "for 10 days" or "starting then",
  the campaign starts there); X后N天 / X后两周: the N days or weeks after X's day;
- the run-up before X ("ten days before Father's Day", 复活节前那个礼拜) is read in copilot.reading.occasions.

A campaign after an occasion is not for it: the window has no occasion. A day no data holds (payday, "when
the new stock lands", 到货后) cannot be scheduled: its words are listed as not applied (timing).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from dateutil.easter import easter
from dateutil.relativedelta import SU, relativedelta

from copilot.reading import regex as re
from copilot.reading.lexicon import MOVABLE_OCCASIONS
from copilot.reading.numbers import DURATION, duration_days
from copilot.reading.schema import NotApplied
from copilot.reading.since import day_of_occasion
from copilot.reading.text import Text

Anchored = tuple[str | None, date, date | None, tuple[int, int]]

#: Lunar days from the Chinese calendar, 2025-2030 (beyond it such an occasion keeps its window only).
_LUNAR: dict[str, dict[int, date]] = {
    "spring_festival": {2025: date(2025, 1, 29), 2026: date(2026, 2, 17), 2027: date(2027, 2, 6),
                        2028: date(2028, 1, 26), 2029: date(2029, 2, 13), 2030: date(2030, 2, 3)},
    "lantern_festival": {2025: date(2025, 2, 12), 2026: date(2026, 3, 3), 2027: date(2027, 2, 20),
                         2028: date(2028, 2, 9), 2029: date(2029, 2, 27), 2030: date(2030, 2, 17)},
    "dragon_boat_festival": {2025: date(2025, 5, 31), 2026: date(2026, 6, 19), 2027: date(2027, 6, 9),
                             2028: date(2028, 5, 28), 2029: date(2029, 6, 16), 2030: date(2030, 6, 5)},
    "qixi": {2025: date(2025, 8, 29), 2026: date(2026, 8, 19), 2027: date(2027, 8, 8),
             2028: date(2028, 8, 26), 2029: date(2029, 8, 16), 2030: date(2030, 8, 5)},
    "mid_autumn": {2025: date(2025, 10, 6), 2026: date(2026, 9, 25), 2027: date(2027, 9, 15),
                   2028: date(2028, 10, 3), 2029: date(2029, 9, 22), 2030: date(2030, 9, 12)},
}  # fmt: skip
_MORE_DAYS: dict[str, Callable[[int], date | None]] = {
    "mothers_day": lambda y: date(y, 5, 1) + relativedelta(weekday=SU(2)),  # the second Sunday of May
    "fathers_day": lambda y: date(y, 6, 1) + relativedelta(weekday=SU(3)),  # the third Sunday of June
    "easter": easter,
    # 清明 (a solar term): April 4 or 5; this rule holds for 2008-2099
    "qingming": lambda y: date(y, 4, 4 if y % 4 in (0, 1) else 5),
    **{name: days.get for name, days in _LUNAR.items()},
}


def occasion_day(name: str, start: date, end: date) -> date | None:
    """The occasion's own day inside (or right after) its window ``start``-``end``, when it has a fixed one."""
    day = day_of_occasion(name, start, end)
    if day is not None:
        return day
    if name in MOVABLE_OCCASIONS:
        return end  # a holiday on a weekday: its window ends on the day
    rule = _MORE_DAYS.get(name)
    if rule is None:
        return None
    for year in sorted({start.year, end.year}):
        got = rule(year)
        if got is not None and start <= got <= end + timedelta(days=1):
            return got
    return None


_AFTER_EN = re.compile(r"\b(?:after|following)\s+(?:the\s+)?$", re.IGNORECASE)
_THE_UNIT = re.compile(r"\bthe\s+(?:(?P<first>first|1st)\s+)?(?P<u>week|weekend|day)\s+$", re.IGNORECASE)
_AFTER_ZH = re.compile(r"(?:节|節)?(?:之|以)?后(?:的)?\s*(?:(?P<first>第一个|首个)(?P<fu>周末|礼拜|星期|周)"
                       r"|(?P<dur>[\d一二两三四五六七八九十]+\s*(?:个星期|个礼拜|星期|礼拜|天|日|周))"
                       r"|(?:的)?(?:那|𠮶|嗰)?个?(?P<u>周末|礼拜|星期)"
                       r"|(?P<open>(?:再)?(?:开始|開始|起|上线|上線|启动|啟動|开跑|开搞)))")  # 圣诞后开始: from the next day, no last day
_THEN = re.compile(r"(?:\b(?:starting|beginning|from|kicking off|launching|going live)\s+(?:on\s+)?(?:then|that day)\b"
                   r"|从那天(?:开始|起)|那天起|届时)", re.IGNORECASE)


def _weekend_after(day: date) -> tuple[date, date]:
    saturday = day + timedelta(days=(5 - day.weekday()) % 7 or 7)
    return saturday, saturday + timedelta(days=1)


def after_occasion(text: str, occasion: tuple[str, date, date, tuple[int, int]]) -> Anchored | None:
    """(None, start, end or None, span) when the words around the occasion put the campaign after its day; a
    weekday before or after it ("the Friday before Mother's Day") is that one day."""
    name, start, end, (a, b) = occasion
    day = occasion_day(name, start, end)
    if day is None:
        return None
    weekday = weekday_around(text, day, a, b)
    if weekday is not None:  # "the Friday before Mother's Day" is for it; "the Monday after" is not
        return (name if weekday[1] else None), weekday[0], weekday[0], weekday[2]
    got = after_day(text, day, a, b)
    return (None, *got) if got is not None else None


_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_EN = re.compile(r"\bthe\s+(?:first\s+|last\s+)?(?P<d>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+"
                         r"(?P<w>before|after|following|ahead of|prior to)\s+(?:the\s+)?$", re.IGNORECASE)
_WEEKDAY_ZH = re.compile(r"(?:节)?(?:之|以)?(?P<w>前|后)(?:的)?(?:那个|第一个|最后一个)?(?:周|星期|礼拜)(?P<d>[一二三四五六日天])")


def weekday_around(text: str, day: date, a: int, b: int) -> tuple[date, bool, tuple[int, int]] | None:
    """(that day, whether it is before, span) for "the Friday before Mother's Day", 国庆后的第一个周一: the nearest
    such weekday before or after ``day``, named at ``a``-``b``."""
    zh = _WEEKDAY_ZH.match(text, b) if re.search(r"[\u4e00-\u9fff]", text[a:b]) else None
    lead = max(0, a - 40)
    en = None if zh else _WEEKDAY_EN.search(text[lead:a])
    m = zh or en
    if m is None:
        return None
    wd = "一二三四五六日天".index(m.group("d")) if zh else _WEEKDAY_NAMES.index(m.group("d").lower())
    before = m.group("w").lower() in ("前", "before", "ahead of", "prior to")
    if before:
        got = day - timedelta(days=(day.weekday() - min(wd, 6)) % 7 or 7)
    else:
        got = day + timedelta(days=(min(wd, 6) - day.weekday()) % 7 or 7)
    return got, before, ((a, m.end()) if zh else (lead + m.start(), b))


def after_day(text: str, day: date, a: int, b: int) -> tuple[date, date | None, tuple[int, int]] | None:
    """(start, end or None, span) of the days after ``day``, named at ``a``-``b``: "the week after …", X后一周."""
    zh = _AFTER_ZH.match(text, b) if re.search(r"[\u4e00-\u9fff]", text[a:b]) else None
    if zh is not None:
        unit = zh.group("fu") or zh.group("u") or ""
        if zh.group("open"):
            return day + timedelta(days=1), None, (a, zh.end())
        if unit == "周末":
            first, last = _weekend_after(day)
        elif unit:
            first, last = day + timedelta(days=1), day + timedelta(days=7)
        else:
            d = DURATION.search(zh.group("dur"))
            days = duration_days(d) if d else None
            if not days:
                return None
            first, last = day + timedelta(days=1), day + timedelta(days=days)
        return first, last, (a, zh.end())
    lead = max(0, a - 40)
    before = text[lead:a]
    after = _AFTER_EN.search(before)
    if after is None:
        return None
    head = before[: after.start()]
    the = _THE_UNIT.search(head)
    if the is not None:
        unit = the.group("u").lower()
        first, last = _weekend_after(day) if unit == "weekend" else (
            (day + timedelta(days=1), day + timedelta(days=7 if unit == "week" else 1)))
        return first, last, (lead + the.start(), b)
    dur = next((m for m in DURATION.finditer(head) if not head[m.end():].strip()), None)
    days = duration_days(dur) if dur else None
    if dur is None or not days:  # "starts after Christmas", "after Black Friday": from the next day, no last day
        return (day + timedelta(days=1), None, (lead + after.start(), b)) if not head.strip() or re.search(
            r"\b(?:start\w*|begin\w*|kick\w*\s+off|launch\w*|go(?:es|ing)?\s+live|run\w*|right|just|campaign|sale|promo\w*|push|blast)\s*$|[:,;.\-–—]\s*$",
            head, re.I) else None
    return day + timedelta(days=days), None, (lead + dur.start(), b)


#: a date's deadline said after it: 12月20号截止, 12月20日前结束, 12/20为止 (not a task's: 截止报名)
_ZH_CUT_AFTER = re.compile(r"\s*(?:之前|以前|前)?\s*(?:截止|截至|结束|为止|止)(?!\s*(?:报名|提交|交稿|审核))")
_BEFORE_EN = re.compile(r"\b(?:before|ahead of|prior to|leading up to)\s+(?:the\s+)?$", re.IGNORECASE)
#: the last day of a campaign running from today: "by May 1", "until April 10", "ends March 15", "runs through the 20th",
#: 截止到4月15日 (the day included; "before" ends the day before)
_DEADLINE_EN = re.compile(r"(?:\b(?P<w>before|by|until|till|no later than|through|thru|up to|(?:ends?|ending|closes?|closing)(?:\s+on)?"
                          r"|(?:runs?|running|goes|going|lasts?|lasting)\s+(?:until|till|through|thru|to))|(?P<zh>截止到?|截至|直到|一直到))\s*(?:the\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$", re.IGNORECASE)
_BEFORE_ZH = re.compile(r"(?:之|以)?前(?:的)?\s*(?:(?P<dur>[\d一二两三四五六七八九十]+\s*(?:个星期|个礼拜|星期|礼拜|天|日|周))"
                        r"|(?:的)?(?:那|𠮶|嗰)?个?(?P<u>周末|礼拜|星期))?")


def before_day(text: str, day: date, a: int, b: int, today: date) -> tuple[date, date, tuple[int, int]] | None:
    """(start, end, span) of the days before a date named at ``a``-``b``: "two weeks before June 15" and
    6月18日前三天 end the day before it; "before May 1" and 5月1日前 run from today to the day before, "by May 1"
    to the day itself."""
    zh = _BEFORE_ZH.match(text, b) if re.search(r"[\u4e00-\u9fff]", text[a:b]) else None
    lead = max(0, a - 40)
    head = text[lead:a]
    en = _BEFORE_EN.search(head)
    days: int | None = None
    if zh is not None:
        d = DURATION.search(zh.group("dur")) if zh.group("dur") else None
        days = duration_days(d) if d else 2 if zh.group("u") == "周末" else 7 if zh.group("u") else None
        span = (a, zh.end())
    elif en is not None:
        unit = _THE_UNIT.search(head[: en.start()])
        d = next((m for m in DURATION.finditer(head[: en.start()]) if not head[m.end() : en.start()].strip()), None)
        if unit is not None:
            days = {"week": 7, "weekend": 2, "day": 1}[unit.group("u").lower()]
            span = (lead + unit.start(), b)
        elif d is not None:
            days = duration_days(d)
            span = (lead + d.start(), b)
    if days:
        last = day - timedelta(days=1)
        return (max(last - timedelta(days=days - 1), today), last, span) if last >= today else None
    deadline = _DEADLINE_EN.search(head)
    if zh is None and deadline is None and day > today and (cut := _ZH_CUT_AFTER.match(text, b)) is not None:
        return today, day, (a, cut.end())  # 12月20号截止: from today to that day, like "by Dec 20"
    if (zh is None and deadline is None) or day <= today:
        return None
    if zh is not None and deadline is None:
        return today, day - timedelta(days=1), (a, zh.end())
    assert deadline is not None
    by = (deadline.group("w") or "").lower() != "before"
    return today, day if by else day - timedelta(days=1), (lead + deadline.start(), b)


#: a head start told after a dated event, in the same sentence: "3月19日晚上有新品直播，提前两天给会员发推送",
#: "the store opening is on April 18 -- text locals 3 days ahead" (not an early-access perk: 提前两天开放购买)
AHEAD = re.compile(r"提前\s*(?P<zh>[\d一二两三四五六七八九十]+\s*(?:个星期|个礼拜|星期|礼拜|天|日|周))(?!\s*(?:开放|发售|购买|抢购|优先|抢先))"
                   r"|\b(?P<en>(?:\d+|an?|one|two|three|four|five|six|seven|ten)\s+(?:days?|weeks?))\s+(?:ahead(?!\s+of\b)|in advance(?!\s+of\b)|beforehand|before (?:it|that|then))\b",
                   re.IGNORECASE)
_SENTENCE_END = re.compile(r"[。！？!?\n]|\.(?:\s|$)")


def ahead_of_day(text: str, day: date, a: int, b: int, today: date) -> tuple[date, date, tuple[int, int]] | None:
    """(start, end, span) of a head start said after the date at ``a``-``b`` in its sentence: the N days before
    that day ("3月19日…直播，提前两天" is 3/17-3/18); None when another date comes between, or the days are past."""
    m = AHEAD.search(text, b, b + 80)
    if m is None or _SENTENCE_END.search(text, b, m.start()) or re.search(r"\d{1,2}\s*[月/.-]\s*\d{1,2}|\d{1,2}[日号]", text[b : m.start()]):
        return None
    d = DURATION.search(m.group("zh") or m.group("en"))
    days = duration_days(d) if d else None
    last = day - timedelta(days=1)
    if not days or last < today:
        return None
    return max(last - timedelta(days=days - 1), today), last, (a, m.end())


def ahead_of_a_date(text: str, pos: int) -> bool:
    """Whether the head start at ``pos`` follows a date in its sentence (read as the window by :func:`ahead_of_day`)."""
    head = _SENTENCE_END.split(text[max(0, pos - 80) : pos])[-1]
    return bool(re.search(r"(?:\d{1,2}\s*月\s*\d{1,2}\s*[日号]|\b\d{1,2}/\d{1,2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b)", head, re.IGNORECASE))


def starting_then(text: str, pos: int) -> tuple[int, int] | None:
    """"starting then", 从那天开始: the campaign starts on the day just named (the words' span)."""
    m = _THEN.search(text, pos)
    return (m.start(), m.end()) if m else None


_UNKNOWN_DAY = (r"pay\s?days?|pay ?checks?|payroll|salary day|(?:the\s+)?(?:new\s+)?(?:stock|shipment|delivery|container|"
                r"inventory|restock)\s+(?:lands|arrives|comes in|is in|drops)")
_UNKNOWN = re.compile(
    rf"\b(?:(?:the\s+)?(?:(?:first|last)\s+)?(?:week|weekend|day|days|fortnight)|(?:\d+|an?|one|two|three|four|five|six|seven|ten)\s+(?:days?|weeks?))"
    rf"\s+(?:before|after|ahead of|following|prior to)\s+(?:the\s+|our\s+|next\s+|this\s+month'?s\s+)?(?:{_UNKNOWN_DAY})\b"
    r"|\b(?:when|once|as soon as|after)\s+(?:the\s+|our\s+)?(?:new\s+)?(?:stock|shipment|delivery|restock|container)\s+"
    r"(?:lands|arrives|comes in|is in|drops)\b|\b(?:on|before|after|around|by)\s+payday\b"
    r"|(?:发薪日|发工资|发薪|工资日|新货到货|到货|补货到)(?:那天|当天)?(?:之|以)?(?:前|后|当天|那天)(?:的)?"
    r"(?:[\d一二两三四五六七八九十]+\s*(?:个星期|个礼拜|星期|礼拜|天|日|周)|第一个周末|那周|那个?礼拜)?"
    # the store's own days and calendars (set 12 decisions 153, 157): "the week of our anniversary sale", "two days after our
    # spring warehouse sale ends", "fiscal week 14", 店庆那周, 财年第14周
    r"|\b(?:(?:the\s+)?(?:(?:first|last)\s+)?(?:week|weekend|day|days)\s+(?:of|before|after)\s+|(?:\d+|an?|one|two|three|four|five|six|seven|ten)\s+(?:days?|weeks?)\s+"
    r"(?:before|after)\s+|during\s+)our\s+(?:[\w-]+\s+){0,3}(?:sale|event|anniversary|birthday|open house|launch party)(?:\s+(?:ends|starts|begins|kicks off|is over))?\b"
    r"|\b(?:fiscal|retail|merch(?:andising)?|4-5-4)\s+(?:calendar\s+)?week\s+\d+\b|财年第\s*\d+\s*周|(?:店庆|周年庆)(?:那周|期间|当天|那天|前一周|后一周)"
    r"|(?:会员日|品牌日|店庆|周年庆)(?:还)?(?:没定|未定|待定)(?:日子|时间|日期)?|\b(?:member|members'?|brand) day\s*(?:\(|,|-|—)?\s*(?:date\s+)?(?:tbd|tbc|not set|to be confirmed)\)?",
    re.IGNORECASE)
UNKNOWN_REASON = ("copilot does not know this day (it is not in the data or the calendar), so the campaign's dates "
                  "are not set from these words: give the dates, or set them in the plan's schedule")


def unknown_days(text: str) -> list[tuple[int, int]]:
    """Spans of days told against a day no data holds: "the week before payday", 发薪日前一周, "once the new stock lands"."""
    return [(m.start(), m.end()) for m in _UNKNOWN.finditer(text)]


def unknown_days_not_applied(t: Text) -> list[NotApplied]:
    """The spans of :func:`unknown_days` still free, claimed and listed as not applied (timing)."""
    out = []
    for a, b in unknown_days(t.text):
        if t.free(a, b):
            out.append(NotApplied(text=t.text[a:b], span=t.take(a, b), affects="timing", reason=UNKNOWN_REASON))
    return out
