"""Multi-buy offers a plan does not price as a flat discount (probe s25, class 3), said under Not applied.

A plan prices one offer per order for everyone it reaches: a percentage or an amount off, free shipping, a gift, or
buy-one-get-one (the second free). An offer that needs an item count, or that cuts only the second item, is not a flat
discount, and reading it as one would give everyone the cut on every order ("BOGO 50% off" as 50% off everything):

- "BOGO 50% off", "buy one, get one half off", "buy one get the second 50% off", "B1G1 half price";
- "15% off when they buy two", "20% off if you buy 3 or more", "15% off two or more pairs", "buy 2 or more, save 15%";
- 两件八折, 任意两件9折, 买两双打八五折, 第二双半价, 买一送一半价.

Each is claimed (so no rule reads its percentage as the offer, nor its BOGO as a free second item) and listed with
its reason; platform.py calls this before the offer rules, beside the marketplace's own mechanics (满2件9折, 第二件半价).
"""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.schema import NotApplied
from copilot.reading.text import Text

_CUT = r"(?:\d{1,2}\s?%\s*(?:off)?|half[- ](?:off|price)|(?:at\s+)?half\s+price|[$€£]\s?\d+\s*off)"
_COUNT = r"(?:two|2|three|3|four|4|five|5)"
_ITEMS = r"(?:\s+(?:or\s+more|\+)|\+)?(?:\s+(?:items?|pairs?|products?|pieces?|things|units?|of\s+them|[a-z-]+s))?"
_ZH_N = r"[两二三四五2-5]"
MULTI_BUY = re.compile(
    # "BOGO 50% off", "buy one get one half off", "buy one, get the second 50% off", "B1G1 half price"
    rf"\b(?:bogo|b1g1|buy\s+(?:one|1)\s*,?\s*(?:and\s+)?get\s+(?:one|1|the\s+(?:second|2nd|next)(?:\s+(?:one|pair|item))?|a\s+second(?:\s+(?:one|pair|item))?))"
    rf"\s*(?:at\s+|for\s+)?(?:{_CUT})"
    # "15% off when they buy two", "20% off if you buy 3 or more items"
    rf"|{_CUT}\s*(?:\w+\s+)?(?:when|if|once)\s+(?:they|you|customers|shoppers|people|buyers)\s+(?:buy|purchase|order|pick up|grab)\s+{_COUNT}{_ITEMS}"
    # "15% off two or more pairs", "20% off 2+ items", "10% off orders of 3 or more items"
    rf"|{_CUT}\s+(?:on\s+|when\s+buying\s+|orders\s+of\s+)?(?:any\s+)?{_COUNT}\s*(?:or\s+more|\+)\s*(?:items?|pairs?|products?|pieces?|[a-z-]+s)?"
    # "buy 2 or more, save 15%", "buy two and save 15%", "buy two pairs, get 15% off"
    rf"|\bbuy\s+{_COUNT}{_ITEMS}\s*,?\s*(?:and\s+)?(?:save|get|take)\s+{_CUT}"
    # 两件八折, 任意两件9折, 买两双打八五折, 第二双半价, 买一送一半价, 买一件第二件半价
    rf"|(?<![满第\d])(?:任意|任选|买|购买)?\s*{_ZH_N}\s*(?:件|双|个|条|只)(?:及以上|以上)?\s*(?:就|即|可)?(?:打|享|享受)?\s*(?:[一二三四五六七八九]{{1,2}}|\d(?:\.\d)?)\s*折"
    r"|买一送一\s*(?:半价|[一二三四五六七八九]折)",
    re.IGNORECASE,
)
REASON = ("a multi-buy (a cut that needs an item count, or on the second item only) is not a flat discount: a plan "
          "prices one offer per order for everyone it reaches, so this is not applied; set it up in the store "
          "(or give the plan a flat offer)")


def multi_buy_not_applied(t: Text) -> list[NotApplied]:
    """Multi-buy offers in the request, claimed and listed (see the module's doc)."""
    out: list[NotApplied] = []
    for m in MULTI_BUY.finditer(t.text):
        a = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        if t.free(a, m.end()):
            out.append(NotApplied(text=t.text[a : m.end()], span=t.take(a, m.end()), affects="offer", reason=REASON))
    return out
