"""Occasions in a request: their next run (fixed dates or a holiday's weekday), the run-up before one
("元旦前", "two weeks before Christmas") and one named as past ("last Christmas", 去年双十一), which is a
look-back or a question's period, never the campaign's window."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta, weekday

from copilot.reading import regex as re
from copilot.reading.anchored import occasion_day
from copilot.reading.holiday_weekend import holiday_weekend, weekend_before, weekend_said
from copilot.reading.lexicon import MOVABLE_OCCASIONS, OCCASIONS
from copilot.reading.numbers import to_number
from copilot.reading.text import pat
from copilot.reading.until_day import until_holiday

Free = Callable[[int, int], bool]


def occasion_window(md: tuple[int, int, int, int], today: date) -> tuple[date, date]:
    """The occasion's next run that has not ended; one already under way starts today, not in the past."""
    m1, d1, m2, d2 = md
    for y in (today.year, today.year + 1):
        start = date(y, m1, d1)
        end = date(y + 1 if m2 < m1 else y, m2, d2)
        if end >= today:
            return max(start, today), end
    return date(today.year + 1, m1, d1), date(today.year + 1, m2, d2)


def movable_window(rule: tuple[int, int, int, int], today: date) -> tuple[date, date]:
    """A holiday on the nth (or last) weekday of its month, with its lead-up: Labor Day, Thanksgiving."""
    month, wd, nth, lead = rule
    for y in (today.year, today.year + 1):
        first = date(y, month, 1)
        day = first + (relativedelta(day=31, weekday=weekday(wd)(-1)) if nth < 0 else relativedelta(weekday=weekday(wd)(nth)))
        if day >= today:
            return max(day - timedelta(days=lead), today), day
    raise AssertionError("unreachable: next year's holiday is after today")


_RUN_UP_BEFORE = re.compile(r"(?:(?P<n>\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|twenty|thirty)\s+(?P<u>weeks?|days?)|(?:the|a)\s+(?P<u2>week|weekend|days?|fortnight))"
                            r"\s+(?:before|ahead of|leading up to|prior to)\s+(?:the\s+)?$", re.IGNORECASE)
_RUN_UP_ZH = re.compile(r"(?:节)?(?:之)?前(?!后)(?:的)?\s*(?:(?P<n>[\d一二两三四五六七八九十]+)\s*(?P<u>个?礼拜|个?星期|个?周|天|日)"
                        r"|(?:那|𠮶|嗰)?个?(?P<u2>礼拜|星期|周末))?")


def run_up(text: str, occasion: tuple[str, date, date, tuple[int, int]], today: date) -> tuple[str, date, date, tuple[int, int]]:
    """The days before an occasion's own day when the request says so (元旦前, 圣诞节前两周, "the week before
    Black Friday"): N days or weeks (two weeks when no length is given) ending the day before."""
    name, start, end, (a, b) = occasion
    if (until := until_holiday(text, name, a, b, today)) is not None:  # "runs through Christmas", 即日起到元旦截止 (until_day.py)
        return name, until[0], until[1], until[2]
    zh = en = None
    for said in [(a, b)] + [m.span() for m in re.finditer(re.escape(text[a:b]), text[b:], re.IGNORECASE)]:
        a2, b2 = (said[0] + b, said[1] + b) if said != (a, b) else said  # "母亲节的活动…母亲节前一周发": a later mention
        zh = _RUN_UP_ZH.match(text, b2) if re.search(r"[\u4e00-\u9fff]", text[a2:b2]) else None
        zh = zh if zh and zh.end() > b2 else None if said != (a, b) else zh
        en = None if zh else _RUN_UP_BEFORE.search(text[max(0, a2 - 40) : a2])
        if zh or en:
            a, b = a2, b2
            break
    day = occasion_day(name, start, end)
    if name == "national_day" and day is not None:
        day = day.replace(month=10, day=1)  # 国庆前: before the holiday starts (its own day for "since" is the last)
    if day is None or not (zh or en):
        return occasion
    m = zh or en
    if m is None:
        return occasion
    raw = (m.group("n") or "").lower()
    unit = (m.group("u") or m.group("u2") or "").lower().lstrip("个")
    per = 14 if unit == "fortnight" else 7 if unit.startswith(("week", "周", "星期", "礼拜")) else 2 if unit == "weekend" else 1
    days = 14 if not (raw or unit) else int((1 if raw in ("", "a") else to_number(raw)) or 1) * per
    last = day - timedelta(days=1)
    first = max(last - timedelta(days=days - 1), today)
    if unit in ("weekend", "周末"):  # "the weekend before Thanksgiving", 感恩节前的那个周末: its Saturday and Sunday
        first, last = weekend_before(day)
        first = max(first, today)
    if last < today:
        return occasion
    span = (a, m.end()) if zh else (a - (len(text[max(0, a - 40) : a]) - m.start()), b)
    return name, first, last, span


_MAY_FIRST = re.compile(r"\b(?:1st of may|1 may|may 1(?:st)?)\b", re.IGNORECASE)
_LONG_BREAK = re.compile(r"[”’」』\"']?\s*(?:小长假|长假|假期|黄金周|long weekend|holiday weekend|bank holiday(?: weekend)?|break\b|weekend\b)|小长假|假期|黄金周", re.IGNORECASE)
#: The days off of a public holiday, from its own day: (days before, days after) (China's usual schedule; Easter Friday-Monday).
_BREAK = {"easter": (2, 1), "qingming": (1, 1), "dragon_boat_festival": (0, 2), "mid_autumn": (0, 2), "spring_festival": (1, 6)}


def _break_days(name: str, start: date, end: date) -> tuple[date, date] | None:
    """The holiday's days off ("五一小长假": May 1-5), or None when it has no such break."""
    if name == "may_day":
        return date(end.year, 5, 1), date(end.year, 5, 5)
    if name == "national_day":
        return date(end.year, 10, 1), date(end.year, 10, 7)
    day = occasion_day(name, start, end)
    if day is None or name not in _BREAK:
        return None
    before, after = _BREAK[name]
    return day - timedelta(days=before), day + timedelta(days=after)


def next_occasion(text: str, today: date, free: Free) -> tuple[str, date, date, tuple[int, int]] | None:
    """Black Friday, 双十一, Labor Day: (name, its next run's start and end, span); the first one the text names."""
    table = (*OCCASIONS.items(), *MOVABLE_OCCASIONS.items())
    first = {name: min((m.start() for p in patterns if (m := re.search(pat(p), text, re.IGNORECASE))), default=len(text))
             for name, (patterns, _md) in table}
    for name, (patterns, md) in sorted(table, key=lambda kv: first[kv[0]]):  # stable: at one place, the table's order
        for p in patterns:
            usable = [x for x in re.finditer(pat(p), text, re.IGNORECASE)
                      if free(x.start(), x.end()) and not past_occasion_at(text, x.start(), x.end()) and not _since_at(text, x.start(), x.end())]
            # "Christmas is peak summer for us … two weeks before Christmas": the mention the run-up is told against
            m = next((x for x in usable if _TOLD_AGAINST.search(text[max(0, x.start() - 30) : x.start()])), usable[0] if usable else None)
            if m:
                if name == "labor_day" and _MAY_FIRST.search(text):
                    name, md = "may_day", OCCASIONS["may_day"][1]  # "the 1st of May (Labour Day)": May Day, not the US holiday
                start, end = (movable_window if name in MOVABLE_OCCASIONS else occasion_window)(md, today)
                said = weekend_said(text, m.start(), m.end())
                day = occasion_day(name, start, end) if said is not None else None
                weekend = holiday_weekend(day, _break_days(name, start, end)) if day is not None else None
                if said is not None and weekend is not None and weekend[1] >= today:  # "Thanksgiving weekend": Thu-Sun
                    return name, max(weekend[0], today), weekend[1], (m.start(), said)
                brk = _LONG_BREAK.match(text, m.end())
                if (brk or _LONG_BREAK.search(m.group(0))) and (days := _break_days(name, start, end)) is not None:
                    start, end = max(days[0], today), days[1]  # 五一小长假, "the Easter long weekend": the days off
                    return name, start, end, (m.start(), brk.end() if brk else m.end())
                return name, start, end, (m.start(), m.end())
    return None


_TOLD_AGAINST = re.compile(r"(?:\b(?:before|ahead of|prior to|leading up to|run-?up to|lead-?up to|after|following|until|through|for)\s+(?:the\s+)?$)", re.IGNORECASE)
_SINCE_EN = re.compile(r"\bsince\s+(?:the\s+)?(?:last\s+)?$", re.IGNORECASE)
_SINCE_ZH = re.compile(r"(?:自从?|从)\s*(?:去年)?(?:的)?$")
_SINCE_ZH_AFTER = re.compile(r"\s*(?:节)?(?:以来|至今|到现在|到今天)")


def _since_at(text: str, a: int, b: int) -> bool:
    """"since Christmas", 自春节以来: a look-back from a day that has passed (copilot.reading.since), not the window."""
    return bool(_SINCE_EN.search(text[max(0, a - 16) : a]) or (_SINCE_ZH.search(text[max(0, a - 6) : a]) and _SINCE_ZH_AFTER.match(text, b)))


_PAST_BEFORE = re.compile(r"(?:\blast\s+(?:year'?s\s+)?|\bthis past\s+|去年(?:的)?|上次(?:的)?|上一次(?:的)?)$", re.IGNORECASE)
_PAST_AFTER = re.compile(r"(?:\s+(?:weekend|week|period|sale|season))?(?:\s+(?:campaigns?|promos?|promotions?|sales?|emails?|push|sms|texts?)"
                         r"(?:\s+(?:do|did|perform(?:ed)?|go|went|convert(?:ed)?|sell|sold|land(?:ed)?|work(?:ed)?))?)?\s*(?:last year|of last year|in \d{4})\b|\s*(?:'s\s+)?(?:is|was)\s+(?:over|behind us|done)\b|\s+(?:has|have)\s+(?:passed|ended|come and gone)\b"
                         r"|\s*(?:已经|刚刚?|都)?(?:过了|过去了|过完了|结束了)", re.IGNORECASE)


def past_occasion_at(text: str, a: int, b: int) -> bool:
    """"last Christmas", "Black Friday last year", 去年双十一: an occasion that has passed (a look-back or a
    question's period), never the campaign's."""
    return bool(_PAST_BEFORE.search(text[max(0, a - 14) : a]) or _PAST_AFTER.match(text, b))


def past_occasion(text: str, today: date, free: Free) -> tuple[date, date, tuple[int, int]] | None:
    """(start, end, span) of the last run of an occasion named as past ("over Black Friday last year")."""
    for name, (patterns, md) in (*OCCASIONS.items(), *MOVABLE_OCCASIONS.items()):
        for p in patterns:
            m = re.search(pat(p), text, re.IGNORECASE)
            if m and free(m.start(), m.end()) and past_occasion_at(text, m.start(), m.end()):
                before = _PAST_BEFORE.search(text[max(0, m.start() - 14) : m.start()])
                after = _PAST_AFTER.match(text, m.end())
                said_year = re.search(r"last year|去年|in \d{4}", (before.group(0) if before else "") + (after.group(0) if after else ""), re.I)
                year_ago = today.replace(year=today.year - 1) if not (today.month == 2 and today.day == 29) else today - timedelta(days=365)
                # "Black Friday last year" / 去年双十一 asked in December: last calendar year's, not the one just past
                base = date(today.year - 1, 1, 1) if said_year and not said_year.group(0).startswith("in") else year_ago
                start, end = (movable_window if name in MOVABLE_OCCASIONS else occasion_window)(md, base)
                if end >= today:
                    continue
                a = m.start() - len(before.group(0)) if before else m.start()
                return start, end, (a, after.end() if after else m.end())
    return None
