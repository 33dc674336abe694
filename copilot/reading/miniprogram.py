"""A 小程序 operator's offers (README decision 221): group-buy prices, stored-value top-ups and purchase limits are said.

拼团 (3人成团7折, 拼团价Cascade Beam六折, "group-buy price 30% off") is a price only a group gets: listed as an offer copilot
cannot price, never the plan's offer, the product still promoted. A stored-value top-up (充值500送50, 储值300送30, "top up
$50 get $5") is no gift and no discount: listed. A purchase limit (每人限购1双, "limit 2 per customer") is listed (54).
A 秒杀 price with a cut stays the offer (六折 = 40% off).
"""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.schema import NotApplied
from copilot.reading.text import Text

_CUT = r"(?:[一二三四五六七八九]{1,2}折|\d(?:\.\d)?折|\d{1,2}\s?%\s?off|立减\d+元?|\d+元)"
#: the group-buy words (claimed) and the cut they carry (claimed); the product between them stays free
_GROUP_BUY = re.compile(
    rf"(?P<head>拼团价|拼团|[2-9两三四五]人成团|[2-9两三四五]人团|group[- ]buy(?: price)?)(?P<mid>[^，。；,;\n]{{0,30}}?)(?P<cut>{_CUT})",
    re.IGNORECASE,
)
_GROUP_EVENT = re.compile(r"拼团活动|拼团|group[- ]buy(?:ing)? (?:event|deal)", re.IGNORECASE)
_TOP_UP = re.compile(
    r"(?:充值|储值|充)\s?\d+\s?(?:元|块)?\s?(?:送|返|赠|得)\s?\d+\s?(?:元|块)?"
    r"|\btop[- ]?up (?:of )?[$¥]?\d+\s?(?:and |to )?(?:get|receive)\s+(?:an? )?(?:extra |bonus )?[$¥]?\d+",
    re.IGNORECASE,
)
_LIMIT = re.compile(
    r"每人限购\s?[\d一二两三四五]+\s?(?:件|双|个|份|单|次)?|限购\s?[\d一二两三四五]+\s?(?:件|双|个|份)"
    r"|\blimit(?:ed to)? \d+ per (?:customer|person|order)\b",
    re.IGNORECASE,
)
_REASON = "a group-buy price (拼团) is set in the mini-program: copilot cannot price it; the product is still promoted"
_TOP_UP_REASON = (
    "a stored-value top-up bonus is no discount copilot can price; set it up in the membership system"
)
_LIMIT_REASON = "a purchase limit is set in the store: copilot does not enforce it; it is kept as said"


def miniprogram_not_applied(t: Text) -> list[NotApplied]:
    """List group-buy prices, top-up bonuses and purchase limits; their words are claimed (not the product)."""
    out: list[NotApplied] = []
    for m in _GROUP_BUY.finditer(t.text):
        if t.free(m.start("head"), m.end("head")) and t.free(m.start("cut"), m.end("cut")):
            t.take(m.start("head"), m.end("head"))
            t.take(m.start("cut"), m.end("cut"))
            out.append(
                NotApplied(text=m.group(0), span=t.span(m.start(), m.end()), affects="offer", reason=_REASON)
            )
    if out:
        for m in _GROUP_EVENT.finditer(t.text):  # 推个拼团活动: the event itself names nothing more
            if t.free(m.start(), m.end()):
                t.take(m.start(), m.end())
    for rx, reason in ((_TOP_UP, _TOP_UP_REASON), (_LIMIT, _LIMIT_REASON)):
        for m in rx.finditer(t.text):
            if t.free(m.start(), m.end()):
                out.append(
                    NotApplied(
                        text=m.group(0), span=t.take(m.start(), m.end()), affects="offer", reason=reason
                    )
                )
    return out
