"""A customer's last order told by how long ago it was, with no product named: "last order more than 120 days ago",
"last purchase between 60 and 120 days ago", "their most recent order was 3-6 months ago", 最后一次下单在90天以前.
Read as recency (days since the last order): at least N days; between A and B days. A product named after "last"
("whose last boot purchase was 18 months ago") is read by :mod:`copilot.reading.ago`, before this rule."""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.catalogue import Catalogue
from copilot.reading.numbers import DURATION, duration_days
from copilot.reading.rules import Leaves
from copilot.reading.schema import NotApplied
from copilot.reading.text import Text
from copilot.tools.conditions import Recency

_UNIT = r"(?:days?|d|weeks?|wks?|months?|mos?|mths?|years?|yrs?)"
_NUM = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve)"
#: How long ago: "more than 120 days ago", "between 60 and 120 days ago", "3-6 months ago", "over a year ago".
_AGO = (r"(?:(?P<between>between\s+)?(?P<a>\d+)\s*(?:-|–|to|and)\s*(?P<b>\d+)\s*(?P<u>" + _UNIT + r")"
        r"|(?P<op>more than|over|at least|upwards of|longer than|less than|under|within|fewer than)?\s*(?P<n>" + _NUM + r")(?P<plus>\+)?\s*(?P<u1>" + _UNIT + r")"
        r"(?:\s+or\s+(?P<more>more|longer|earlier))?)\s+ago\b")
_LAST = re.compile(
    r"(?:\b(?:whose|with\s+(?:their|a|the)|their|the)\s+)?\b(?:last|latest|most\s+recent)\s+(?:order|purchase|transaction)(?:\s+date)?"
    r"\s*(?:was\s+|is\s+|being\s+|happened\s+|placed\s+|made\s+|[:=]\s*)?(?:(?:placed|made)\s+)?" + _AGO +
    r"|(?:最后一次|上一次|最近一次)(?:下单|购买|消费)(?:时间)?(?:在|是|距今)?\s*(?:(?P<za>\d+)\s*(?:到|至|-|~)\s*)?(?P<zn>\d+)\s*(?P<zu>天|周|个月|年)(?:以|之)?前",
    re.IGNORECASE)
#: The order named just before, placed how long ago: "customers with exactly one order who placed it over a year ago",
#: "a single purchase that they placed 2-3 months ago", "2+ orders who placed them 3-6 months ago": every order that long
#: ago is a last order that long ago.
_PLACED_IT = re.compile(r"\b(?:who|that|which|and|but)\s+(?:(?:they|he|she)\s+(?:placed|made)\s+(?:(?:it|them)\s+)?|(?:placed|made)\s+"
                        r"(?:it|them|that (?:order|purchase)|those (?:orders|purchases)|(?:their|the) (?:only|single|one|first and only) (?:order|purchase))\s+)"
                        + _AGO, re.IGNORECASE)
_WORDS = {"a": "1", "an": "1", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
          "eight": "8", "nine": "9", "ten": "10", "twelve": "12"}


def _days(n: str, unit: str) -> int | None:
    d = DURATION.search(f"{_WORDS.get(n.lower(), n)} {unit}")
    return duration_days(d) if d else None


def last_order_ago(t: Text, cat: Catalogue, leaves: Leaves, na: list[NotApplied], money_used: set[int]) -> None:
    """"last order more than 120 days ago": recency at least 120 days; "between 60 and 120 days ago": 60 to 120;
    "less than 30 days ago": at most 30 (see the module docs)."""
    for m in [*_LAST.finditer(t.text), *_PLACED_IT.finditer(t.text)]:
        if not t.free(m.start(), m.end()):
            continue
        lo: int | None
        hi: int | None
        g = m.groupdict()
        if g["a"] or g.get("za"):
            unit = g["u"] or g["zu"]
            lo, hi = _days(g["a"] or g["za"], unit), _days(g["b"] or g["zn"], unit)
            if lo is None or hi is None or lo >= hi:
                continue
        else:
            days = _days(g["n"] or g.get("zn") or "", g["u1"] or g.get("zu") or "")
            if days is None:
                continue
            below = (g["op"] or "").lower() in ("less than", "under", "within", "fewer than")
            lo, hi = (None, days) if below else (days, None)
        leaves.append((m.start(), Recency(min_days=lo, max_days=hi, span=t.take(m.start(), m.end()))))
