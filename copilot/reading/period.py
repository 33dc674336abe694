"""The past period a question asks about: "How did SMS do last month?", "open rate in Q3" (asked in the past
tense), 上个月短信的转化率, "over the last 30 days", 去年.

A campaign's window lies ahead; a question's period lies behind. Read for questions only, before the
window, so "last month" is never planned as a campaign window and "Q3" asked about the past is not next
year's third quarter.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date, timedelta

from copilot.reading import regex as re
from copilot.reading.lexicon import MONTH_RE as _MONTH_RE
from copilot.reading.lexicon import MONTHS as _MONTHS
from copilot.reading.lexicon import SEASONS
from copilot.reading.numbers import DURATION, duration_days
from copilot.reading.occasions import past_occasion

#: "was", "did", "were", "had", 了, 过: the question looks back.
_PAST = re.compile(r"\b(?:was|were|did|had|went|performed|converted|earned|made|got|sold|ran|ordered|bought|purchased|opened|"
                   r"clicked|signed up|joined|spent|unsubscribed)\b|(?:了|过)(?!去)", re.IGNORECASE)

_LAST_UNIT = re.compile(r"\b(?:(?:in|over|during|for)\s+)?(?:the\s+)?(?:last|past|previous|this past)\s+"
                        r"(?P<u>week|month|quarter|year)\b", re.IGNORECASE)
_LAST_N = re.compile(r"\b(?:(?:in|over|during|for|within)\s+)?(?:the\s+)?(?:last|past|previous)\s+(?P<d>\d+\s*(?:days?|d|weeks?|months?))\b",
                     re.IGNORECASE)
_ZH = re.compile(r"(?P<w>上周|上个?星期|上个?月|上季度|上个季度|去年|今年以来|今年至今|本月至今|这个月以来|"
                 r"(?:最近|过去|近)\s*(?P<d>[\d一二两三四五六七八九十]+\s*(?:天|周|个月|年)))")
_NAMED = re.compile(rf"\b(?:in|during|for|over)\s+(?:(?P<m>{_MONTH_RE})(?:\s*(?:vs\.?|versus|and|or|to|through|-|–)\s*(?P<m2>{_MONTH_RE}))?|q(?P<q>[1-4]))\b"
                    r"|\b(?:in|during|over|the|this|our)\s+(?:past\s+)?(?P<s>spring|summer|fall|autumn|winter)\b"
                    r"|(?<![A-Za-z0-9])[Qq](?P<q2>[1-4])(?![0-9])(?=\s*(?:[\u4e00-\u9fff]|[,.;?!，。？]|$))|第(?P<q3>[一二三四])季度", re.IGNORECASE)
#: A measured rate or a comparison looks back too ("compare open rates in November"), unless it asks ahead.
_MEASURED = re.compile(r"\b(?:compare|comparison|rates?|vs\.?|versus|better than|worse than|roas|roi|ctrs?|revenue|performance|results|stats|"
                       r"numbers|by channel|per channel|breakdown)\b|对比|比较|相比|率|业绩|表现|数据", re.IGNORECASE)
_AHEAD = re.compile(r"\b(?:expect|forecast|predict|project|will|would|going to|plan|should)\b|预计|预测|将会|打算", re.IGNORECASE)


def find_period(text: str, today: date, free: Callable[[int, int], bool]) -> tuple[date, date, tuple[int, int]] | None:
    """(start, end, span) of the past period a question names, or None."""
    is_free = free
    occasion = past_occasion(text, today, is_free)  # "over Black Friday last year", 去年双十一: before "last year" alone
    if occasion is not None:
        return occasion
    for rx in (_LAST_UNIT, _LAST_N, _ZH):
        m = rx.search(text)
        if m and is_free(m.start(), m.end()):
            got = _relative(m, today)
            if got is not None:
                return got[0], got[1], (m.start(), m.end())
    m = _NAMED.search(text)
    looks_back = _PAST.search(text) or (_MEASURED.search(text) and not _AHEAD.search(text))
    if m and looks_back and is_free(m.start(), m.end()):
        start, end = _named(m, today)
        return start, end, (m.start(), m.end())
    return None


def _relative(m: re.Match[str], today: date) -> tuple[date, date] | None:
    groups = m.groupdict()
    unit = (groups.get("u") or "").lower()
    word = groups.get("w") or ""
    if groups.get("d"):
        d = DURATION.search(groups["d"])
        days = duration_days(d) if d else None
        return (today - timedelta(days=days), today - timedelta(days=1)) if days else None
    first_of_month = today.replace(day=1)
    if unit == "week" or word in ("上周", "上星期", "上个星期"):
        monday = today - timedelta(days=today.weekday() + 7)
        return monday, monday + timedelta(days=6)
    if unit == "month" or word in ("上月", "上个月"):
        end = first_of_month - timedelta(days=1)
        return end.replace(day=1), end
    if unit == "quarter" or word in ("上季度", "上个季度"):
        q_start = date(today.year, (today.month - 1) // 3 * 3 + 1, 1)
        end = q_start - timedelta(days=1)
        return date(end.year, end.month - 2, 1), end
    if unit == "year" or word == "去年":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    if word in ("今年以来", "今年至今"):
        return date(today.year, 1, 1), today
    if word in ("本月至今", "这个月以来"):
        return first_of_month, today
    return None


def _named(m: re.Match[str], today: date) -> tuple[date, date]:
    """"in November", "in November vs December", "in Q3", "the spring campaign" asked about the past: the most
    recent such month(s), quarter or season that has begun."""
    if m.group("s"):
        first, last = SEASONS[m.group("s").lower()]
        year = today.year if first <= today.month else today.year - 1
        if (today - date(year, first, 1)).days < 30:
            year -= 1  # a season a few days old has no campaigns to ask about yet: the last one
        end_year = year + 1 if last < first else year
        end = date(end_year, last, calendar.monthrange(end_year, last)[1])
        return date(year, first, 1), min(end, today)
    if m.group("m"):
        month = _MONTHS[m.group("m").lower()]
        year = today.year if month <= today.month else today.year - 1
        last_month = _MONTHS[m.group("m2").lower()] if m.group("m2") else month
        last_year = year if last_month >= month else year + 1
        end = date(last_year, last_month, calendar.monthrange(last_year, last_month)[1])
        return date(year, month, 1), min(end, today)
    q = int(m.group("q") or m.group("q2") or "一二三四".index(m.group("q3")) + 1)
    year = today.year if 3 * q - 2 <= today.month else today.year - 1
    end = date(year, 3 * q, calendar.monthrange(year, 3 * q)[1])
    return date(year, 3 * q - 2, 1), min(end, today)
