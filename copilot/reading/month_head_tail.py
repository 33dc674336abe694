"""The first or last days or weeks of a month (end-user probe: 一月前两周, 一月頭兩個禮拜, 五月最后十天 had been read as
the whole month): 一月前两周 / "the first two weeks of March" are days 1-14, 五月最后十天 / "the last 10 days of May" the
month's last ten days, "the first fortnight of June" days 1-14. 上旬 / 中旬 / 下旬 and 前十天 are read in
copilot.reading.dates (days 1-10, 11-20, 21 to the end). 五月后两周 is left alone: 后 may be "after May".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from copilot.reading import regex as re
from copilot.reading.days import Found, Free, month_end
from copilot.reading.lexicon import MONTH_RE
from copilot.reading.numbers import to_number

_ZH_N = r"[\d一二两兩三四五六七八九十]+"
_ZH = re.compile(r"(?P<m>(?:\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月份?|下个?月|下個?月|本月|这个?月|這個?月)(?:的|份的)?\s*"
                 rf"(?P<side>前|头|頭|最后|最後|末)\s*(?P<n>{_ZH_N})\s*(?:个|個)?\s*(?P<u>天|日|周|週|星期|礼拜|禮拜)")
_EN_N = r"\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty"
_EN = re.compile(rf"\b(?:the\s+)?(?P<side>first|last|final|opening|closing)\s+(?:(?P<n>{_EN_N})\s+)?(?P<u>weeks?|days?|fortnight)\s+(?:of|in)\s+"
                 rf"(?P<m>{MONTH_RE}|next month|this month)\b", re.IGNORECASE)


def month_head_tail(text: str, today: date, free: Free, month_of: Callable[[str, date], tuple[int, int] | None]) -> Found | None:
    """(start, end, span) of the first or last N days or weeks of a month; ``month_of(word, today)`` gives
    (year, month) of a month word (copilot.reading.weeks)."""
    for m in (*_ZH.finditer(text), *_EN.finditer(text)):
        if not free(m.start(), m.end()):
            continue
        word = re.sub(r"\s+", "", m.group("m")) if m.re is _ZH else m.group("m")
        ym = month_of(word, today)
        if ym is None:
            continue
        unit = m.group("u").lower()
        n = 1 if unit == "fortnight" and not m.group("n") else int(to_number(m.group("n") or "one") or 0)
        days = n * (14 if unit == "fortnight" else 7 if unit[0] in "w周週星礼禮" else 1)
        first, last = date(*ym, 1), month_end(*ym)
        if not 0 < days < (last - first).days + 1:
            continue
        head = m.group("side").lower() in ("first", "opening", "前", "头", "頭")
        start, end = (first, first + timedelta(days=days - 1)) if head else (last - timedelta(days=days - 1), last)
        if end >= today:
            return max(start, today), end, (m.start(), m.end())
    return None
