"""An occasion or season named with no year whose run this year is over: in a question that looks back it is that
run ("how many customers did we get from the Memorial Day promo?", "sales during Cyber Monday", 今年国庆期间的销售额
asked in December), not next year's, unless another year is said in it ("Valentine's Day vs Mother's Day last year":
the year holds for both, copilot.reading.occasion_pair); a purchase during it is a past one (copilot.reading.past_sale). "next" or
明年 keeps the one to come."""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date

from copilot.reading import regex as re
from copilot.reading.lexicon import MOVABLE_OCCASIONS, OCCASIONS, SEASONS
from copilot.reading.occasions import movable_window, occasion_window
from copilot.reading.text import pat

_AHEAD = re.compile(r"(?:\b(?:next|upcoming|coming|this coming)\s+(?:year'?s\s+)?|明年|下一?次|下个|即将到来的)$", re.IGNORECASE)
_THIS_YEAR = re.compile(r"(?:\bthis\s+year'?s\s+|今年(?:的)?)$", re.IGNORECASE)
#: another year said in the question: "Valentine's Day compared to Mother's Day last year" (the year holds for both)
_OTHER_YEAR = re.compile(r"\blast year|\b(?:19|20)\d\d\b|去年|前年|\d{4}年", re.IGNORECASE)
_AFTER = re.compile(r"(?:\s*(?:期间|的时候|当天|大促|活动)|\s+(?:weekend|week|sale|promo(?:tion)?|campaign|event|deals?)\b)?", re.IGNORECASE)


def this_years_run(name: str, today: date) -> tuple[date, date] | None:
    """This year's run of the occasion (lexicon key) or season ``name``: (first day, last day)."""
    jan1 = date(today.year, 1, 1)
    if name in SEASONS:
        first, last = SEASONS[name]
        if last < first:
            return None  # winter spans two years: no one "this year's"
        return date(today.year, first, 1), date(today.year, last, calendar.monthrange(today.year, last)[1])
    if name in MOVABLE_OCCASIONS:
        return movable_window(MOVABLE_OCCASIONS[name][1], jan1)
    return occasion_window(OCCASIONS[name][1], jan1) if name in OCCASIONS else None


def ended_this_year(words: str, today: date) -> bool:
    """Whether this year's run of the occasion or season said as ``words`` ("Labor Day", "summer") ended before today."""
    word = words.lower()
    if word in SEASONS:
        run = this_years_run(word, today)
        return run is not None and run[1] < today
    for table in (OCCASIONS, MOVABLE_OCCASIONS):
        for name, (patterns, _rule) in table.items():
            if any(re.fullmatch(p, words, re.IGNORECASE) for p in patterns if "(?=" not in p):
                run = this_years_run(name, today)
                return run is not None and run[1] < today
    return False


def ended_occasion(text: str, today: date, free: Callable[[int, int], bool]) -> tuple[date, date, tuple[int, int]] | None:
    """(start, end, span) of the first occasion the text names whose run this year ended before today (see the module docs)."""
    hits = []
    for table in (OCCASIONS, MOVABLE_OCCASIONS):
        for name, (patterns, _rule) in table.items():
            for p in patterns:
                for m in re.finditer(pat(p), text, re.IGNORECASE):
                    if free(m.start(), m.end()) and not _AHEAD.search(text[max(0, m.start() - 20) : m.start()]):
                        hits.append((m.start(), m.end(), name))
    for a, b, name in sorted(hits):
        run = this_years_run(name, today)
        if run is None or run[1] >= today or run[0].year != today.year:
            return None  # the first occasion named is still to come (or under way): the window's, not a past period
        this = _THIS_YEAR.search(text[max(0, a - 12) : a]) or re.match(r"\s+this year\b", text[b:], re.IGNORECASE)
        if this is None and _OTHER_YEAR.search(text):
            return None
        this = _THIS_YEAR.search(text[max(0, a - 12) : a])
        after = _AFTER.match(text, b)
        return run[0], run[1], (a - (len(this.group(0)) if this else 0), after.end() if after else b)
    return None
