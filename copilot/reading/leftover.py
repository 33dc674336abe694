"""What no rule read: clauses with substance that the reading would otherwise drop silently.

Every rule claims the span it read (:class:`copilot.reading.text.Text`). After all of them ran, a
number, an amount, a percentage, a period or a negation that no rule claimed is a clause copilot
did not understand ("who spent north of three hundred bucks", "minus the ones who returned stuff").
Rather than answer a different request, the reading lists that clause under ``not_applied`` with
what it probably changes, so a plan built on it says so and needs review (``copilot plan`` exits 1)
and a chat answer states it. Only unclaimed *signals* count: plain words ("campaign", "please")
never do, so a fully read request gets no such entry.
"""

from __future__ import annotations

import re

from copilot.reading.schema import Affects, NotApplied
from copilot.reading.text import Text

_CLAUSE_END = re.compile(r"[,.](?!\d)|[;:!?，。；：！？、\n()（）]|\s[-–—]\s|\b(?:and|but|or|with|while|then)\b|并且|但是|而且|同时|以及")

_NUM = r"(?:[$€£¥]\s?)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred|[一二三四五六七八九十两百千万])"

# (pattern, what it probably changes). Strong signals (an amount, a percentage, a period, a count) are
# unread when their own words are unclaimed; weak ones (a comparison, a negation) only when nothing
# in their clause was read. Chinese patterns have no word boundaries.
_STRONG: list[tuple[re.Pattern[str], Affects]] = [
    (re.compile(r"(?:[$€£¥]\s?\d[\d,.]*\s?[kKmM万]?|\d[\d,.]*\s?(?:k|K|dollars?|bucks|euros?|pounds?|quid|usd|eur|gbp|"
                r"rmb|cny|元|块|万元?)(?![A-Za-z]))", re.IGNORECASE), "budget"),
    (re.compile(r"\d+(?:\.\d+)?\s?(?:%|percent|per cent|pct)|[一二三四五六七八九]\s?折|\d(?:\.\d)?\s?折", re.IGNORECASE), "offer"),
    (re.compile(r"(?:\d+|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a couple of|a few)\b)\s?"
                r"(?:days?|weeks?|wks?|months?|mths?|mnths?|years?|yrs?|mos?|quarters?)\b|[\d一二三四五六七八九十两半]+\s?(?:天|周|星期|个月|年)(?![中里])",
                re.IGNORECASE), "audience"),
    (re.compile(r"\d+\s?(?:orders?|purchases?|times|单|次)", re.IGNORECASE), "audience"),
]
_WEAK: list[tuple[re.Pattern[str], Affects]] = [
    (re.compile(r"\b(?:more than|over|above|at least|less than|under|below|fewer than|at most|upwards of|north of|"
                r"no more than|no less than)\s+" + _NUM + r"|\b(?:or more|or fewer|or less)\b|"
                r"(?:以上|以下|超过|不少于|不超过|至少|最多|低于|高于)", re.IGNORECASE), "audience"),
    (re.compile(r"\b(?:never|except|excluding|exclude|but not|not including|minus|other than|apart from)\b|"
                r"除了|排除|不包括|不含|从未|从没", re.IGNORECASE), "audience"),
]
_NEAR = 3  # a signal touching a claimed span (within this many characters) was read with it

REASON = "copilot could not read this clause; edit the plan or rephrase it"


def unread_clauses(t: Text, existing: list[NotApplied]) -> list[NotApplied]:
    """A Not-applied entry for each clause holding a signal no rule read (see the module docs)."""
    out: list[NotApplied] = []
    seen: set[tuple[int, int]] = set()
    listed = [(n.span.start, n.span.end) for n in existing if n.span is not None]
    for signals, strong in ((_STRONG, True), (_WEAK, False)):
        for pattern, affects in signals:
            for m in pattern.finditer(t.text):
                if m.end() <= m.start():
                    continue
                a, b = _clause(t.text, m.start(), m.end())
                if not t.free(max(a, m.start() - _NEAR), min(b, m.end() + _NEAR)):
                    continue  # read with a neighbouring span of its clause
                if (a, b) in seen or any(s < b and a < e for s, e in listed):
                    continue  # this clause is already listed (with its own reason)
                if not strong and not t.free(a, b):
                    continue  # a comparison or negation in a clause that was read
                seen.add((a, b))
                words = t.text[a:b].strip()
                if words:
                    out.append(NotApplied(text=words[:400], span=t.span(a, b), affects=affects, reason=REASON))
    return out


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around ``text[start:end]``: back to the previous clause break, on to the next."""
    a = 0
    for m in _CLAUSE_END.finditer(text, 0, start):
        a = m.end()
    nxt = _CLAUSE_END.search(text, end)
    b = nxt.start() if nxt else len(text)
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b
