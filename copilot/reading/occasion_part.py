"""A part of a month said beside an occasion: "Back-to-school … late August", 母亲节活动，5月上旬.

An occasion gives the window its run (back-to-school is August); a third of a month said with it ("early", "mid",
"late", 上旬/中旬/下旬, 月初/月中/月底) near that run narrows it to days 1-10, 11-20 or 21 to the month's end. A part
far from the occasion's run (over a month away) is something else (a look-back, a deadline) and is left alone, as is
a whole month ("in November" beside Black Friday keeps Black Friday's days).
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date, timedelta

from copilot.reading import lexicon as lx
from copilot.reading import regex as re
from copilot.reading.numbers import to_number

_EN_PART = re.compile(rf"\b(?P<p>early|late|mid)(?:\s+|-)(?:of\s+)?(?P<m>{lx.MONTH_RE})\b", re.IGNORECASE)
_ZH_PART = re.compile(
    r"(?<![\d一二三四五六七八九十年个])(?P<m>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s?月份?\s*(?:的)?(?P<p>上旬|中旬|下旬|初|底|末)"
)
_THIRD = {"early": 0, "上旬": 0, "初": 0, "mid": 1, "中旬": 1, "late": 2, "下旬": 2, "底": 2, "末": 2}


def occasion_part(
    text: str, free: Callable[[int, int], bool], start: date, end: date | None, spans: list[tuple[int, int]]
) -> tuple[date, date | None]:
    """The occasion's run ``start``-``end``, narrowed to a part of a month said near it (its span added to ``spans``)."""
    last = end or start
    for m in [*_EN_PART.finditer(text), *_ZH_PART.finditer(text)]:
        if not free(m.start(), m.end()):
            continue
        raw = m.group("m").lower()
        month = lx.MONTHS.get(raw) or int(to_number(raw) or 0)
        k = _THIRD[m.group("p").lower()]
        for year in (start.year, start.year + 1, start.year - 1):
            first = date(year, month, 1)
            a = first + timedelta(days=10 * k)
            b = (
                first + timedelta(days=10 * k + 9)
                if k < 2
                else date(year, month, calendar.monthrange(year, month)[1])
            )
            if a - last <= timedelta(days=31) and start - b <= timedelta(days=31):
                spans.append((m.start(), m.end()))
                return a, b
    return start, end
