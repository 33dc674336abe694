"""An occasion set against the question's period (probe s24 eq16): "conversion rate on Black Friday vs Cyber Monday
last year", 黑五和双十一去年哪个卖得好. The period read is the occasion next to the year; the other occasion is a second
period compared with it, listed (copilot answers for one period at a time), never planned as a campaign window.
"""

from __future__ import annotations

from collections.abc import Callable

from copilot.reading import regex as re
from copilot.reading.lexicon import OCCASIONS

_OCCASION = "|".join(f"(?:{p})" for _name, (ps, _md) in OCCASIONS.items() for p in ps)
#: an occasion, then the comparison word, right before the question's period
_BEFORE = re.compile(
    rf"(?:\b(?:on|over|during|for|in)\s+)?(?:the\s+)?(?P<o>{_OCCASION})\s*(?:vs\.?|versus|or|and|compared\s+(?:to|with)|against|和|与|跟|对比|还是|比)\s*(?:on\s+|the\s+)?$",
    re.IGNORECASE,
)


def occasion_before(
    text: str, first: tuple[int, int], free: Callable[[int, int], bool]
) -> list[tuple[int, int]]:
    """The span of an occasion compared with the question's period, written just before it, or nothing."""
    m = _BEFORE.search(text[max(0, first[0] - 60) : first[0]])
    if m is None:
        return []
    off = max(0, first[0] - 60)
    a, b = off + m.start("o"), off + m.end("o")
    return [(a, b)] if free(a, b) else []
