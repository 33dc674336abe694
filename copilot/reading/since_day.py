"""A question's period that starts on a day and runs to today (probe s24 eq05): "revenue since March 1", "orders from
Feb 3 onwards", 自3月1日以来, 3月1日至今, 从2月3号到现在.

The day alone is not the period: "since March 1" asked on April 20 is March 1 to April 20, not March 1. The words
around the day ("since", "from … on", 以来, 至今) join its span, so they are read, never dropped.
"""

from __future__ import annotations

from collections.abc import Callable

from copilot.reading import regex as re

_BEFORE = re.compile(r"(?:\b(?:ever\s+)?since|\bstarting(?:\s+from)?|\bfrom|自从?|从)\s*$", re.IGNORECASE)
_AFTER = re.compile(
    r"\s*(?:(?:on(?:wards?)?|until\s+(?:now|today)|to\s+(?:date|now|today)|till\s+(?:now|today))\b|(?:以来|至今|到现在|到今天|到目前为止|开始到现在|起))",
    re.IGNORECASE,
)


def runs_to_today(
    text: str, span: tuple[int, int], free: Callable[[int, int], bool]
) -> tuple[int, int] | None:
    """The span of one day and the words that make it the start of a period running to today, or None: "since March
    1" (the word before), 3月1日以来 / "March 1 onwards" (the words after); 自3月1日以来 takes both. "From March 1"
    needs a word after it unless nothing else ends it ("from March 1 to March 7" is a range, read elsewhere)."""
    a, b = span
    before = _BEFORE.search(text[max(0, a - 16) : a])
    after = _AFTER.match(text, b)
    if before is None and after is None:
        return None
    ranged = re.match(r"\s*(?:to|till|until|through|-|–|到|至)", text[b : b + 8], re.I)
    if (
        before is not None
        and after is None
        and ranged
        and not re.match(r"(?:since|ever)\b|自", before.group(0), re.I)
    ):
        return None  # "from March 1 to March 7": a range
    start = a - len(before.group(0)) if before is not None else a
    end = after.end() if after is not None else b
    if not free(start, a) or not free(b, end):
        return None
    return start, end
