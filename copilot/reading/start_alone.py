"""A first day said alone is a start, not a one-day campaign (probe s25 class 1).

"Starts the day after Christmas", "run it three weeks from today", "kick off on the 12th", 下周一开始, 12月26日起:
the words name the day the campaign starts and no last day, so the window keeps its start and no end (the planner
gives its default length). A day said without a start word ("on Dec 26", "the day after Christmas") stays one day.
"""

from __future__ import annotations

from datetime import date

from copilot.reading import regex as re
from copilot.reading.dates import WindowHit

_START_BEFORE = re.compile(
    r"\b(?:start(?:s|ing|ed)?|begin(?:s|ning)?|kick(?:s|ing)?\s+(?:it\s+)?off|launch(?:es|ing)?|go(?:es|ing)?\s+live|"
    r"run\s+(?:it|this|the campaign)|from|commencing|effective)\s+(?:on\s+|from\s+|in\s+)?(?:the\s+)?$",
    re.IGNORECASE)
_START_AFTER = re.compile(r"^\s*(?:(?:再)?(?:开始|開始|起|上线|上線|启动|啟動|开跑)|(?:,\s*)?(?:onwards?|and (?:on|after)))", re.IGNORECASE)
#: a length or a last day said anywhere keeps the window as read
_LENGTH = re.compile(r"\bfor\s+(?:a|one|the)\s+day\b|\bone[- ]day\b|\bthat day only\b|只(?:做|跑|发)?一天|当天|當天|一天(?:的|限时)",
                     re.IGNORECASE)


def open_end(text: str, start: date | None, end: date | None, win: WindowHit) -> date | None:
    """``end``, or None when the one-day window ``win`` is only the campaign's start."""
    if start is None or end != start or win.duration_days or _LENGTH.search(text):
        return end
    a, b = win.span
    words = text[a:b]
    if _START_BEFORE.search(text[max(0, a - 30) : a]) or _START_AFTER.match(text[b:]) or re.search(
            r"^(?:start\w*|begin\w*|from)\b|(?:开始|開始|起|上线)$", words, re.IGNORECASE):
        return None
    if re.search(r"\b(?:weeks?|days?|months?)\s+from\s+(?:today|now)\b|\bin\s+(?:\w+\s+)?(?:weeks?|months?)\b", words, re.IGNORECASE):
        return None  # "three weeks from today" names when it begins
    return end
