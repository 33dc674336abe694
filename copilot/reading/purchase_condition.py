"""A discount on one product that needs the purchase of another ("50% off socks with any boot purchase", "20% off
headlamps when you buy a tent", 买帐篷的头灯八折, 购买背包可享袜子半价): the discount and its product are read (the
offer, the promoted product); the condition is listed under Not applied (offer), since the plan prices an offer on
the promoted products and cannot make it depend on another product in the basket.

The condition's words (with the product bought) are claimed before the audience and the products are read: "with any
shoe purchase" had been read as an audience of shoe buyers, the shoes as a second promoted category and the discount
as one on the whole order; 买登山鞋的袜子半价 had lost its 半价. A gift with purchase ("a free beanie with any jacket
purchase") is the gift's (copilot.reading.offer_forms), not this.
"""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.catalogue import Catalogue
from copilot.reading.schema import Channel, NotApplied
from copilot.reading.text import Text, match_catalogue

_DEAL = r"(?:\d{1,2}\s?%\s*off|[$€£¥]\s?\d+(?:\.\d+)?\s*off|half[- ]price|half\s+off|bogo)"
#: "50% off socks with any shoe purchase", "20% off headlamps when you buy a tent", "$10 off gloves if they buy a jacket"
_EN = re.compile(
    rf"{_DEAL}\s+(?:(?:on|all|any|our|the)\s+)*(?P<goods>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){{0,2}}?)\s+"
    r"(?P<cond>(?:with|on)\s+(?:the\s+)?(?:any|every|each|a|an|one|your|their|the)?\s*(?:purchase\s+of\s+(?:an?\s+|any\s+)?)?"
    r"(?P<x1>(?!purchase|order)[a-z][\w'-]*(?:\s+(?!purchase|order)[a-z][\w'-]*){0,2}?)(?:\s+(?:purchases?|buys?))?"
    r"|(?:when|if|once)\s+(?:you|they|customers|shoppers|people|buyers|someone)\s+(?:buy|purchase|order|pick\s+up|add)\s+"
    r"(?:an?\s+|any\s+|one\s+|a\s+pair\s+of\s+)?(?P<x2>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}?))(?=\s*(?:$|[.,;:!?)\n]|\band\b|\bfor\b|\bin\b|\bthis\b|\bnext\b))",
    re.IGNORECASE,
)
_ZH_DEAL = r"(?:半价|半價|[一二三四五六七八九]{1,2}折|\d(?:\.\d)?折|立减\d+|减\d+|立減\d+|減\d+)"
#: 买帐篷的头灯八折, 买登山鞋，袜子半价, 购买背包可享袜子半价, 买任意跑鞋加购袜子5折
_ZH = re.compile(
    r"(?P<cond>(?:购买|購買|买|買)(?:任意|任何|任一|一双|一件|一个|一顶|一款|一把)?(?P<x>[\u4e00-\u9fffA-Za-z ]{2,12}?)"
    r"(?:的|，|,|后|時|时|再|即?可享?|就|，?加购|，?加購)+)(?P<goods>[\u4e00-\u9fff]{2,6}?)(?:可享|享|打)?" + _ZH_DEAL
)
REASON = ("the discount is read on its product, but only when the order includes {x}: copilot prices an offer on the "
          "promoted products and cannot make it depend on another product in the basket; set the condition in the "
          "store's discount rules")


def purchase_conditions(t: Text, cat: Catalogue) -> list[NotApplied]:
    """Each condition "with any X purchase" / 买X的 on a discount of another product: claimed and listed (offer)."""
    out: list[NotApplied] = []
    text = t.text
    for m in _EN.finditer(text):
        x = m.group("x1") or m.group("x2") or ""
        xs = m.start("x1") if m.group("x1") else m.start("x2")
        if not _product(text, xs, cat) or not _product(text, m.start("goods"), cat):
            continue
        a, b = m.start("cond"), m.end("cond")
        if t.free(a, b):
            out.append(NotApplied(text=text[a:b], span=t.take(a, b), affects="offer", reason=REASON.format(x=x.strip())))
    for m in _ZH.finditer(text):
        if not _product(text, m.start("x"), cat) or not _product(text, m.start("goods"), cat):
            continue
        a, b = m.start("cond"), m.end("cond")
        if t.free(a, b):
            said = text[a : m.end("x")]  # 购买背包 (not its 可享)
            out.append(NotApplied(text=said, span=t.take(a, b), affects="offer",
                                  reason=REASON.format(x=m.group("x").strip())))
    return out


def _product(text: str, pos: int, cat: Catalogue) -> bool:
    """A category or product of the catalogue starts at ``pos`` ("shoe" names the shoe categories)."""
    hit = match_catalogue(text, pos, cat)
    return bool(hit and (hit[0] or hit[1])) or bool(re.match(r"shoes?\b", text[pos:], re.IGNORECASE))


def claim_terms(t: Text, cat: Catalogue, na: list[NotApplied]) -> list[Channel]:
    """Before the audience, the offer and the budget are read: each purchase condition of a discount and each cap on one
    channel's spend (copilot.reading.channel_caps), listed in ``na``; the channels capped."""
    from copilot.reading.channel_caps import channel_caps

    na.extend(purchase_conditions(t, cat))
    caps, capped = channel_caps(t)
    na.extend(caps)
    return capped
