"""A campaign that runs up to a holiday or a deadline day: "from Dec 10 through Christmas", "June 1 through Labor Day",
从12月10号到圣诞节 (the start to the holiday's own day), "the sale runs through Christmas", 即日起到元旦截止 (today to the
holiday's day), 12月20号截止 (today to that day: a deadline after a date, like "by Dec 20"; copilot.reading.anchored.before_day). The holiday's day is
included, like "by" (docs/reading.md); its run is the first one on or after the start."""

from __future__ import annotations

from datetime import date, timedelta

from copilot.reading import regex as re
from copilot.reading.anchored import occasion_day
from copilot.reading.lexicon import MOVABLE_OCCASIONS, OCCASIONS
from copilot.reading.text import pat

#: right after a start day: "through Christmas", 到圣诞节
_TO_AFTER_DAY = re.compile(r"\s*(?:through|thru|until|till|to|up to|-|–|—|到|至|直到|一直到)\s*(?:the\s+)?", re.IGNORECASE)
#: right before a holiday with no start day: "runs through Christmas", 即日起到元旦, 截止到元旦, 直到春节
_UNTIL_EN = re.compile(r"\b(?:through|thru|until|till|(?:runs?|running|goes|going|lasts?|lasting)\s+(?:to|until|through))\s+(?:the\s+)?$", re.IGNORECASE)
_UNTIL_ZH = re.compile(r"(?:截止到?|截至|直到|一直到|(?:即日|即日起|从现在|现在|从今天|今天|从今日|今日)(?:起|开始)?(?:一直)?(?:到|至))\s*$")
_ZH_TO = re.compile(r"(?<![快就要又])(?:到|至)\s*$")
_ZH_ENDS = re.compile(r"\s*(?:节)?(?:当天)?\s*(?:截止|结束|为止)")


def _holiday_day(name: str, rule: tuple[int, int, int, int], after: date) -> date | None:
    """The holiday's own day in its first run that has not ended by ``after``."""
    from copilot.reading.occasions import movable_window, occasion_window  # occasions.py calls this module

    start, end = (movable_window if name in MOVABLE_OCCASIONS else occasion_window)(rule, after)
    return occasion_day(name, start, end)


def _holiday_at(text: str, pos: int) -> tuple[str, tuple[int, int, int, int], int] | None:
    """(name, dates rule, end) of a holiday named right at ``pos``."""
    for table in (OCCASIONS, MOVABLE_OCCASIONS):
        for name, (patterns, rule) in table.items():
            for p in patterns:
                m = re.compile(pat(p), re.IGNORECASE).match(text, pos)
                if m is not None:
                    return name, rule, m.end()
    return None


def holiday_end_after(text: str, pos: int, start: date) -> tuple[date, tuple[int, int]] | None:
    """(the holiday's day, span) of "through Christmas" / 到圣诞节 right after a start day ending at ``pos``."""
    to = _TO_AFTER_DAY.match(text, pos)
    found = _holiday_at(text, to.end()) if to is not None else None
    if to is None or found is None:
        return None
    day = _holiday_day(found[0], found[1], start)
    if day is None or not start < day <= start + timedelta(days=200):
        return None
    ends = _ZH_ENDS.match(text, found[2])
    return day, (to.start(), ends.end() if ends else found[2])


def until_holiday(text: str, name: str, a: int, b: int, today: date) -> tuple[date, date, tuple[int, int]] | None:
    """(today, the holiday's day, span) when the holiday named at ``a``-``b`` is where a campaign from today stops."""
    head = text[max(0, a - 16) : a]
    until = _UNTIL_EN.search(head) or _UNTIL_ZH.search(head)
    ends = _ZH_ENDS.match(text, b)
    if until is None and ends is not None:
        until = _ZH_TO.search(head)  # 到元旦截止
    if until is None:
        return None
    rule = (OCCASIONS.get(name) or MOVABLE_OCCASIONS.get(name) or ((), None))[1]
    day = _holiday_day(name, rule, today) if rule is not None else None
    if day is None or day < today:
        return None
    return today, day, (a - (len(head) - until.start()), ends.end() if ends else b)
