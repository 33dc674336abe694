"""Purchases during a past sale told in English ("bought during last year's Black Friday sale", "shoppers from
last Christmas"): copilot reads a purchase within the last N days, not inside a past occasion's days, so the
clause is listed under Not applied (audience) rather than read as "bought within the last year". Chinese
(去年双十二买过睡袋的) keeps its own reading: a look-back from the sale's start with its end said
(copilot.reading.since)."""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.catalogue import Catalogue
from copilot.reading.lexicon import MOVABLE_OCCASIONS, OCCASIONS
from copilot.reading.rules import Leaves
from copilot.reading.schema import NotApplied
from copilot.reading.text import Text

_NAMES = "|".join(p for pats, _ in (*OCCASIONS.values(), *MOVABLE_OCCASIONS.values()) for p in pats if "(?=" not in p)
_EN = re.compile(
    r"\b(?:bought|ordered|purchased|shopped|spent|converted|buyers|shoppers|customers|purchasers)\s+(?:something\s+|anything\s+)?"
    r"(?:during|over|on|in|at|from|for|in the)\s+(?:our\s+)?(?:last year'?s|last|this past|the(?= [^,.;]{0,30}\blast year))\s+"
    rf"(?:{_NAMES})(?:\s+(?:sale|promo(?:tion)?|campaign|event|weekend|deals?))?(?:\s+last year)?", re.IGNORECASE)
REASON = "copilot reads purchases within the last N days, not during a past sale; name the days to look back instead"


def past_sale_buyers(t: Text, cat: Catalogue, leaves: Leaves, na: list[NotApplied], money_used: set[int]) -> None:
    """List each purchase told by a past occasion (see the module docs)."""
    for m in _EN.finditer(t.text):
        if t.free(m.start(), m.end()):
            na.append(NotApplied(text=m.group(0), span=t.take(m.start(), m.end()), affects="audience", reason=REASON))
