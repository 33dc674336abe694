"""No order for a range of days: 最近90天到180天没有下过单, 60到120天没买过东西, "haven't ordered in 90 to 180 days",
"no purchases for 3-6 months". Read as recency between the two: the last order was A to B days ago (a lapse of at
least A days that began no more than B days ago). Only orders in general: a product named ("没买过帐篷") is the
purchase rules' (:mod:`copilot.reading.audience`), and a single number is :func:`~copilot.reading.audience_activity.recency`'s.
"""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.catalogue import Catalogue
from copilot.reading.numbers import DURATION, duration_days
from copilot.reading.rules import Leaves
from copilot.reading.schema import NotApplied
from copilot.reading.text import Text
from copilot.tools.conditions import Recency

_ZH_NUM = r"[\d一二两三四五六七八九十百]+"
_ZH_UNIT = r"(?:天|个月|个星期|周)"
_EN_UNIT = r"(?:days?|weeks?|months?)"
_RANGE = re.compile(
    rf"(?:(?:最近|过去的?|近)\s*)?(?P<za>{_ZH_NUM})\s*(?P<zu1>{_ZH_UNIT})?\s*(?:到|至|-|~|～)\s*(?P<zb>{_ZH_NUM})\s*(?P<zu>{_ZH_UNIT})"
    r"\s*(?:之间|以来|内|里)?\s*(?:都|一直)?\s*(?:没有|没|未|不曾|从未)(?:再)?\s*"
    r"(?:下过单|下单过?|消费过?|复购|(?:购买|买)过?(?:东西|商品|任何东西)|(?:购买|买)过?(?=[的、，,。；;\s]|$))"
    rf"|\b(?:not|haven'?t|hasn'?t|have\s+not|has\s+not|never)\s+(?:ordered|purchased|bought|shopped)(?:\s+(?:anything|again))?"
    rf"\s+(?:in|for)\s+(?:the\s+)?(?:last\s+|past\s+)?(?P<ea>\d+)\s*(?P<eu1>{_EN_UNIT})?\s*(?:-|–|to)\s*(?P<eb>\d+)\s*(?P<eu>{_EN_UNIT})\b"
    rf"|\bno\s+(?:orders?|purchases?)\s+(?:in|for)\s+(?:the\s+)?(?:last\s+|past\s+)?(?P<na>\d+)\s*(?P<nu1>{_EN_UNIT})?\s*(?:-|–|to)\s*(?P<nb>\d+)\s*(?P<nu>{_EN_UNIT})\b",
    re.IGNORECASE,
)


def _days(n: str, unit: str) -> int | None:
    d = DURATION.search(f"{n}{unit}" if re.match(r"[\u4e00-\u9fff]", unit) else f"{n} {unit}")
    return duration_days(d) if d else None


def lapse_range(t: Text, cat: Catalogue, leaves: Leaves, na: list[NotApplied], money_used: set[int]) -> None:
    """最近90天到180天没有下过单 / "haven't ordered in 90 to 180 days": recency 90..180 (see the module docs)."""
    for m in _RANGE.finditer(t.text):
        if not t.free(m.start(), m.end()):
            continue
        g = m.groupdict()
        for a, u1, b, u in (("za", "zu1", "zb", "zu"), ("ea", "eu1", "eb", "eu"), ("na", "nu1", "nb", "nu")):
            if g[a] is not None:
                lo, hi = _days(g[a], g[u1] or g[u]), _days(g[b], g[u])
                break
        if lo is None or hi is None or lo >= hi:
            continue
        leaves.append((m.start(), Recency(min_days=lo, max_days=hi, span=t.take(m.start(), m.end()))))
