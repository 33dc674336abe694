"""Purchases during a past sale told in English ("bought during last year's Black Friday sale", "shoppers from
last Christmas"): copilot reads a purchase within the last N days, not inside a past occasion's days, so the
clause is listed under Not applied (audience) rather than read as "bought within the last year". Chinese
(去年双十二买过睡袋的) keeps its own reading: a look-back from the sale's start with its end said
(copilot.reading.since, copilot.reading.zh_bought_when).

A sale or season with no "last" whose run this year is over is a past one too ("high-value customers from the Labor Day
sale", "shoppers from the Memorial Day promo", "one-time customers from the summer" said in December): listed the same
way, never moved to next year's run as the campaign's window."""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.catalogue import Catalogue
from copilot.reading.ended_occasion import ended_this_year
from copilot.reading.lexicon import MOVABLE_OCCASIONS, OCCASIONS
from copilot.reading.rules import Leaves
from copilot.reading.schema import NotApplied
from copilot.reading.text import Text

_NAMES = "|".join(p for pats, _ in (*OCCASIONS.values(), *MOVABLE_OCCASIONS.values()) for p in pats if "(?=" not in p)
_EN = re.compile(
    r"\b(?:bought|ordered|purchased|shopped|spent|converted|(?P<who>buyers|shoppers|customers|purchasers))\s+(?:something\s+|anything\s+)?"
    r"(?:during|over|on|in|at|from|for|in the)\s+(?:our\s+)?(?:last year'?s|last|this past|the(?= [^,.;]{0,30}\blast year))\s+"
    rf"(?:{_NAMES})(?:\s+(?:sale|promo(?:tion)?|campaign|event|weekend|deals?))?(?:\s+last year)?", re.IGNORECASE)
_SALE_WORD = r"(?:sale|promo(?:tion)?|campaign|event|weekend|deals?|drop|launch)"
#: this year's: a sale named by its event word, or any occasion or season after a noun for people ("customers from the summer")
_THIS_YEAR = re.compile(
    r"\b(?:(?:bought|ordered|purchased|shopped|spent|converted)\s+(?:something\s+|anything\s+)?(?:during|over|on|in|at|from|for)\s+"
    rf"(?:the\s+|our\s+|this\s+(?:year'?s\s+)?)?(?P<o>{_NAMES})\s+{_SALE_WORD}"
    r"|(?:buyers|shoppers|customers|purchasers|people|members|everyone|anyone|ones)\s+(?P<at>(?:we\s+(?:got|gained|acquired|won)\s+)?(?:during|over|on|in|at|from)\s+"
    rf"(?:the\s+|our\s+|this\s+(?:year'?s\s+)?)?(?P<p>{_NAMES}|spring|summer|fall|autumn|winter)(?:\s+{_SALE_WORD})?))\b", re.IGNORECASE)
#: A word before the people that says which of them (read by its own rule): "one-time buyers", "high-value customers".
_QUALIFIED = re.compile(r"\b(?:one-time|first-time|two-time|repeat|returning|loyal|lapsed|new|vip|frequent|occasional|"
                        r"(?:high|mid|medium|low|top|big)[- ]?(?:value|spend(?:ing)?|spenders?)?)\s+$", re.IGNORECASE)
REASON = "copilot reads purchases within the last N days, not during a past sale; name the days to look back instead"


def past_sale_buyers(t: Text, cat: Catalogue, leaves: Leaves, na: list[NotApplied], money_used: set[int]) -> None:
    """List each purchase told by a past occasion (see the module docs)."""
    for m in _EN.finditer(t.text):
        # "one-time buyers from last Memorial Day weekend": the people stay read, the sale is listed (probe s26, class 11)
        a = m.end("who") + 1 if m.group("who") and _QUALIFIED.search(t.text, 0, m.start()) else m.start()
        if t.free(a, m.end()):
            na.append(NotApplied(text=t.text[a : m.end()], span=t.take(a, m.end()), affects="audience", reason=REASON))
    for m in _THIS_YEAR.finditer(t.text):
        a = m.start("at") if m.group("at") else m.start()  # "one-time customers from the summer": the people stay read
        if t.today is not None and t.free(a, m.end()) and ended_this_year(m.group("o") or m.group("p"), t.today):
            na.append(NotApplied(text=t.text[a : m.end()], span=t.take(a, m.end()), affects="audience", reason=REASON))

