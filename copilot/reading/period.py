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
from copilot.reading.days import explicit_dates
from copilot.reading.ended_occasion import ended_occasion
from copilot.reading.lexicon import MONTH_RE as _MONTH_RE
from copilot.reading.lexicon import MONTHS as _MONTHS
from copilot.reading.lexicon import SEASONS
from copilot.reading.numbers import DURATION, duration_days, to_number
from copilot.reading.occasion_pair import occasion_before
from copilot.reading.occasions import past_occasion
from copilot.reading.since_day import runs_to_today
from copilot.reading.weeks import week_of_month

#: "was", "did", "were", "had", 了, 过: the question looks back.
_PAST = re.compile(r"\b(?:was|were|did|had|went|performed|converted|earned|made|got|sold|ran|ordered|bought|purchased|opened|"
                   r"clicked|signed up|joined|spent|unsubscribed)\b|(?:了|过)(?!去)", re.IGNORECASE)

_LAST_UNIT = re.compile(r"\b(?:(?:in|over|during|for)\s+)?(?:the\s+)?(?:last|past|previous|this past)\s+"
                        r"(?P<u>week|month|quarter|year)\b", re.IGNORECASE)
_LAST_N = re.compile(r"\b(?:(?:in|over|during|for|within)\s+)?(?:the\s+)?(?:last|past|previous|trailing|rolling)\s+(?P<d>\d+\s*(?:days?|d|weeks?|months?))\b",
                     re.IGNORECASE)
_ZH = re.compile(r"(?P<two>上(?=上(?:周|个?星期|个?月|个?季度)))?(?P<w>上周|上个?星期|上个?月|上季度|上个季度|去年(?!同期)|今年以来|今年至今|本月至今|这个月以来|本季度以来|"
                 r"(?:最近|过去|近)\s*(?P<d>半年|半个月|[\d一二两三四五六七八九十]+\s*(?:天|周|个月|年)))")
_NAMED = re.compile(rf"\b(?:(?:in|during|for|over)\s+|(?:the|our|that)\s+(?=(?:{_MONTH_RE})\s+(?:e-?mail|sms|text|push|campaign|blast|send|sale|promo|newsletter|launch)))(?:(?P<m>{_MONTH_RE})(?:\s*(?:and|or|to|through|-|–)\s*(?P<m2>{_MONTH_RE}))?|q(?P<q>[1-4]))\b"
                    r"|\b(?:in|during|over|the|this|our)\s+(?:past\s+)?(?P<s>spring|summer|fall|autumn|winter)\b"
                    r"|(?<![A-Za-z0-9])[Qq](?P<q2>[1-4])(?![0-9])(?=\s*(?:[\u4e00-\u9fff]|[,.;?!，。？]|$|to date\b|so far\b))|(?:第|(?<![上下这本每前后第]))(?P<q3>[一二三四])季度"
                    r"|(?<![\d一二三四五六七八九十个])(?P<zm>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份?(?![\d一二三四五六七八九十日号初中底末旬])", re.IGNORECASE)
#: A measured rate or a comparison looks back too ("compare open rates in November"), unless it asks ahead.
_MEASURED = re.compile(r"\b(?:compare|comparison|rates?|vs\.?|versus|better than|worse than|roas|roi|ctrs?|revenue|performance|results|stats|"
                       r"numbers|by channel|per channel|breakdown|selling|sales|units|payback|clicks|opens|conversions|aov|cpa|cac|why)\b|对比|比较|相比|率|业绩|表现|数据|效果|收入|销售额|营收|订单量|GMV|客单价|为什么|為什麼|怎么样|怎麼樣", re.IGNORECASE)
_AHEAD = re.compile(r"\b(?:expect|forecast|predict|project|will|would|going to|plan|should)\b|预计|预测|将会|打算", re.IGNORECASE)


def find_period(text: str, today: date, free: Callable[[int, int], bool], *, ended: bool = True,
                ) -> tuple[date, date, tuple[int, int]] | None:
    """(start, end, span) of the past period a question names, or None; ``ended``: an occasion with no year whose
    run this year is over is that run (copilot.reading.ended_occasion; not for a compared period's words alone)."""
    is_free = free
    occasion = past_occasion(text, today, is_free)  # "over Black Friday last year", 去年双十一: before "last year" alone
    if occasion is not None:
        return occasion
    dated = explicit_dates(text, today, is_free)  # "between Dec 1 and Dec 24 last year": those days a year back
    if dated is not None and (ly := _LAST_YEAR_AFTER.match(text, dated[2][1])) is not None:
        start, end = dated[0], dated[1] or dated[0]
        back = 1 + max(0, end.year - today.year)
        return _years_back(start, back), _years_back(end, back), (dated[2][0], ly.end())
    looks_back = _PAST.search(text) or (_MEASURED.search(text) and not _AHEAD.search(text))
    if looks_back and ended and (run := ended_occasion(text, today, is_free)) is not None:
        return run  # "sales during Cyber Monday", 今年国庆期间的销售额 asked in December: this year's, not next
    if looks_back:  # "between Feb 1 and Feb 15", "the first week of February" asked about the past: the last such days
        year_ago = _years_back(today, 1) + timedelta(days=1)
        past = explicit_dates(text, year_ago, is_free) or week_of_month(text, year_ago, is_free)
        if past is not None and past[0] < today and (past[1] is None or past[1] == past[0]) and (
                to_today := runs_to_today(text, past[2], is_free)) is not None:
            return past[0], today, to_today  # "since March 1", 自3月1日以来: from that day to today
        if past is not None and past[0] < today:
            return past[0], min(past[1] or past[0], today), past[2]
    todate = _TO_DATE.search(text)  # "this year", "so far this month", YTD: from its first day to today
    if todate and is_free(todate.start(), todate.end()) and not _AHEAD.search(text) and (
            _PAST.search(text) or _MEASURED.search(text) or _BEST.search(text) or re.search(r"so far|to date|ytd|以来|至今", todate.group(0), re.I)):
        unit = (todate.group("u") or todate.group("zu") or ("ytd" if todate.group("ytd") else "")).lower()
        first = (date(today.year, 1, 1) if unit in ("year", "年", "ytd") else
                 date(today.year, (today.month - 1) // 3 * 3 + 1, 1) if unit in ("quarter", "季度") else today.replace(day=1))
        return first, today, (todate.start(), todate.end())
    for rx in (_LAST_UNIT, _LAST_N, _ZH):
        m = rx.search(text)
        if m and is_free(m.start(), m.end()):
            got = _relative(m, today)
            if got is not None:
                return got[0], got[1], (m.start(), m.end())
    m = _NAMED.search(text)
    if m and looks_back and is_free(m.start(), m.end()):
        start, end = _named(m, today)
        return start, end, (m.start(), m.end())
    return None


_TO_DATE = re.compile(r"\b(?:(?:so far|to date)\s+)?(?:this|the current)\s+(?P<u>year|quarter|month)(?:\s+(?:so far|to date))?\b|\b(?P<ytd>ytd|year[- ]to[- ]date)\b"
                      r"|(?:今|本|(?<![和与跟比及])(?:这个|這個|这|這))(?P<zu>年|季度|月)(?:以来|至今|到现在)?(?=[^\u4e00-\u9fff]|的|[邮短推收销转复打点订郵簡掉降涨漲跌少多])", re.IGNORECASE)
_BEST = re.compile(r"\b(?:best|worst|top|highest|lowest|most|least)\b|最好|最高|最多|最低", re.IGNORECASE)
#: a second period compared with the first ("in Q1 compared to Q4", "last month vs the month before", 上个季度和这个季度)
_SECOND = re.compile(rf"\s*(?:,\s*)?(?:vs\.?|versus|compared (?:to|with)|against|and|or|to|with|对比|和|与|跟|比)\s*(?P<p>(?:the\s+)?(?:month|week|quarter|year)\s+before"
                     rf"|(?:the\s+)?(?:previous|prior)\s+(?:month|week|quarter|year)|(?:the\s+)?same\s+(?:period|month|week|quarter)\s+(?:last|a)\s+year"
                     rf"|last\s+(?:year|month|quarter|week)|this\s+(?:year|month|quarter|week)|now|today|[Qq][1-4]\b|(?:{_MONTH_RE})\b"
                     r"|去年同期|同期|去年|上上个?月|前一个?月|上上周|前一周|上上个?季度|前一个?季度|上个?月|上周|上个?季度|这个季度|本季度|这个月|本月|今年|现在|第[一二三四]季度)", re.IGNORECASE)


def second_period(text: str, first: tuple[int, int], free: Callable[[int, int], bool]) -> tuple[int, int] | None:
    """The span of a second period compared with the question's first ("Q1 compared to Q4"): copilot answers
    for one period, so the other is said, never dropped."""
    m = _SECOND.match(text, first[1])
    if m is None or not free(m.start("p"), m.end("p")):
        return None
    return m.start("p"), m.end("p")


#: A comparison named by its word alone (set 16 decision 206): 环比, 同比, "MoM", "month over month", YoY; or the other period
#: said later in the question ("…, and how does that compare to the month before?").
_COMPARED = re.compile(
    r"环比|同比|去年同期|前年同期|上年同期|\b(?:mom|yoy|wow|qoq)\b|\b(?:month|year|week|quarter)[- ]over[- ](?:month|year|week|quarter)\b"
    r"|\bcompared?\s+(?:to|with)\s+(?P<before>(?:the\s+)?(?:month|week|quarter|year)\s+before\b)",
    re.IGNORECASE)
COMPARED_REASON = "copilot answers for one period at a time; ask again for this one to compare"


def compared_periods(text: str, first: tuple[int, int] | None, free: Callable[[int, int], bool]) -> list[tuple[int, int]]:
    """The spans of periods a question compares with its own (the second period, or 环比 / MoM alone): said, never dropped."""
    out = [other] if first is not None and (other := second_period(text, first, free)) is not None else []
    out += occasion_before(text, first, free) if first is not None else []  # "Black Friday vs Cyber Monday last year"
    for m in _COMPARED.finditer(text):
        a, b = m.span("before") if m.group("before") else m.span()
        if free(a, b) and all(b <= x or a >= y for x, y in out):
            out.append((a, b))
    return out


_LAST_YEAR_AFTER = re.compile(r"\s*,?\s*(?:of\s+|in\s+)?last\s+year\b|\s*(?:的)?去年", re.IGNORECASE)


def _years_back(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # February 29
        return day.replace(year=day.year - years, day=28)


def _relative(m: re.Match[str], today: date) -> tuple[date, date] | None:
    got = _one_back(m, today)
    if got is not None and m.groupdict().get("two"):  # 上上周, 上上个月, 上上季度: the unit before the last one
        got = _one_back(m, got[0])
    return got


def _one_back(m: re.Match[str], today: date) -> tuple[date, date] | None:
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
    if m.group("m") or m.group("zm"):
        month = _MONTHS[m.group("m").lower()] if m.group("m") else int(to_number(m.group("zm")) or 1)
        year = today.year if month <= today.month else today.year - 1
        last_month = _MONTHS[m.group("m2").lower()] if m.group("m2") else month
        last_year = year if last_month >= month else year + 1
        end = date(last_year, last_month, calendar.monthrange(last_year, last_month)[1])
        return date(year, month, 1), min(end, today)
    q = int(m.group("q") or m.group("q2") or "一二三四".index(m.group("q3")) + 1)
    year = today.year if 3 * q - 2 <= today.month else today.year - 1
    end = date(year, 3 * q, calendar.monthrange(year, 3 * q)[1])
    return date(year, 3 * q - 2, 1), min(end, today)


#: Words that put a period in the past ("last October", 去年10月, "October 2025"): a month without them in a question about
#: a send to come is the send's month
PAST_WORDS = re.compile(r"\b(?:last|past|previous|prior|ago)\b|去年|前年|上个?月|上周|上季度|过去|以前|之前|\d{4}", re.IGNORECASE)
