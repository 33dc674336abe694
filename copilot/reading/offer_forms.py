"""Offer forms read before the audience, the budget and the promoted products (split out of offers.py).

A gift with purchase ("a free pair of trail socks with any boot purchase", "gift: free Trail Crew socks", "a free
headlamp with any tent order over $300", 满150美元送一副登山杖) is the offer, kind gift: its words are claimed before
the audience and the products are read, so the gift is never the promoted product and "with any boot purchase" is no
"bought boots" condition on people. The product bought to earn the gift is left to the product reader: it is what the
campaign sells. The offer is kept here until ``offers.read_offer`` takes it.
"""

from __future__ import annotations

import weakref

from copilot.reading import regex as re
from copilot.reading.schema import DiscountCap, NotApplied, Offer
from copilot.reading.text import Text

_MONEY = r"(?:[$€£¥]\s?\d(?:[\d,.]*\d)?\+?|\d(?:[\d,.]*\d)?\s?(?:dollars|euros|pounds|bucks|usd|eur|gbp)\b)"
#: "over $300", "of at least 150 dollars": the order the gift needs (the offer's words, no budget, no spend condition)
_MINIMUM = rf"(?:\s+(?:over|above|of at least|of|from|worth|totall?ing)\s+(?:at least\s+)?{_MONEY})?"
_GIFT_EN = re.compile(
    r"(?:\b(?:an?|one)\s+)?\bfree\s+(?!shipping|delivery|returns?|trial|gift\b|consult|exchange)(?:(?:pair|set|bottle|can|pack)\s+of\s+)?"
    r"(?P<gift>[a-z][\w'-]*(?:\s+(?!with\b)[a-z][\w'-]*){0,3})\s+with\s+(?:any|every|each|a|an|your|their|the|)\s*(?:(?:new|next|first)\s+)?"
    r"(?P<product>(?:(?!purchase|order|buy)[a-z][\w'-]*\s+){0,3}?)(?:purchases?|orders?|buys?)\b" + _MINIMUM,
    re.IGNORECASE,
)
#: "gift: free Trail Crew socks", "GWP - a branded bottle": the gift named after its label
_GIFT_LABEL = re.compile(
    r"\b(?:gift|gwp|free gift|gift with purchase)\s*[:：=]\s*(?:an?\s+)?(?:free\s+)?[^.;,\n。；，]{1,40}",
    re.IGNORECASE,
)
#: "free shipping plus gift Hike Sock", "15% off and a free headlamp": a gift added to another offer (said as a second offer)
_GIFT_PLUS = re.compile(
    r"\b(?:plus|and|\+|&)\s+(?:an?\s+)?(?:(?:free\s+)?gift(?:\s+of)?\s+(?:an?\s+)?(?:free\s+)?|free\s+(?!shipping|delivery|returns?|trial|gift\b|consult|exchange)"
    r"(?:(?:pair|set|bottle|can|pack)\s+of\s+)?)(?P<gift>[\w'-]+(?:\s+(?!with\b|for\b|to\b|on\b|and\b|in\b|via\b|by\b)[\w'-]+){0,3})",
    re.IGNORECASE,
)
#: 满150美元送一副登山杖, 满1000元赠头灯: the minimum and the gift
_GIFT_ZH = re.compile(
    r"[满滿]\s*[\d.]+\s*(?:元|块|美元|美金|刀|港币|港幣|欧元|英镑)?\s*(?:就|即)?(?:送|赠|贈)(?!给|到|货|达|出|去|积分)[^，。；,;、\s]{1,12}"
)

#: 送一双徒步袜, 加送一个头灯, 赠送一副手套: a product given with the order, counted by its measure word (送 alone may be
#: sending: 发送, 运送, 送达); the gift is the offer, never the promoted product
_GIFT_ZH_GIVEN = re.compile(
    r"(?<![发推运输传配递派护欢目投赠])(?:加送|再送|赠送|免费送|送|赠)(?:每人|每位(?:客户|顾客)?)?(?:一|1)\s*(?:双|个|份|只|条|件|副|顶|盏|瓶|套|把|包)"
    r"(?:[A-Z][\w'-]*(?:\s[A-Z0-9][\w'-]*){0,3}[\u4e00-\u9fff]{0,4}|[^，。；,;、\s]{1,10})"  # 送一双Cairn Mountaineer袜子: a name with spaces (b1444)
)
_CLAIMED: weakref.WeakKeyDictionary[Text, Offer] = weakref.WeakKeyDictionary()
_ADDED: weakref.WeakSet[Text] = weakref.WeakSet()


def claim_gifts(t: Text) -> None:
    """Claim the first gift with purchase the request names (see the module's doc); the product bought stays free."""
    if t in _CLAIMED:
        return
    for rx in (_GIFT_EN, _GIFT_LABEL, _GIFT_ZH, _GIFT_ZH_GIVEN, _GIFT_PLUS):
        for m in rx.finditer(t.text):
            if not t.free(m.start(), m.end()):
                continue
            bought = m.span("product") if rx is _GIFT_EN and m.group("product").strip() else None
            if bought is None:
                span = t.take(m.start(), m.end())
            else:  # "with any boot purchase": "boot" is the promoted product's word
                a, b = bought[0], bought[0] + len(m.group("product").rstrip())
                t.take(m.start(), a)
                t.take(b, m.end())
                span = t.span(m.start(), m.end())
            _CLAIMED[t] = Offer(kind="gift", span=span)
            if rx is _GIFT_PLUS or rx is _GIFT_ZH_GIVEN:  # 送一双袜子，满80包邮: the other offer first, the gift said
                _ADDED.add(t)
            return


def claimed_gift(t: Text) -> Offer | None:
    """The gift :func:`claim_gifts` read, if any."""
    return _CLAIMED.get(t)


def first_gift(t: Text) -> Offer | None:
    """The gift claimed, unless it was added to another offer ("free shipping plus gift Hike Sock"): then that offer
    comes first and the gift is said as a second one."""
    return None if t in _ADDED else _CLAIMED.get(t)


#: A coupon word just before an amount: "send coupon 20 dollar", "voucher: €15" (the "coupon N dollar" order).
COUPON_BEFORE = re.compile(r"\b(?:coupons?|vouchers?|e-?vouchers?)\s*[:=]?\s*$", re.IGNORECASE)
#: An amount after a coupon word or the amount a change replaces ("20% instead of $15", "rather than $25 off"): the
#: offer's, never the budget.
REPLACED_OR_COUPON = re.compile(
    r"\b(?:coupons?|vouchers?|e-?vouchers?|gift ?cards?)\s*[:=]?\s*$|\b(?:instead of|rather than|in place of)\s*(?:the\s+)?$",
    re.IGNORECASE,
)
_REPLACED = re.compile(
    r"\b(?:instead of|rather than|in place of)\s+(?:the\s+)?(?:[$€£¥]\s?\d[\d,.]*|\d{1,2}(?:\.\d)?\s?%)(?:\s+off)?",
    re.IGNORECASE,
)


def claim_replaced_offer(t: Text, offer: Offer | None) -> None:
    """ "make it 20% instead of $15": once an offer is read, the offer it replaces is claimed (no budget, no second offer)."""
    for m in _REPLACED.finditer(t.text) if offer is not None else ():
        if t.free(m.start(), m.end()):
            t.take(m.start(), m.end())


#: A further tier of a tiered offer: 满599减100 after 满299减40, "$50 off orders over $250" after "$20 off orders over $100".
_TIER = re.compile(
    r"[满滿]\s*[\d.]+\s*(?:元|块|美元)?\s*[减減]\s*[\d.]+\s*(?:元|块|美元)?"
    r"|[$€£]\s?\d[\d,.]*\s+off\s+(?:(?:any\s+|all\s+)?orders?\s+)?(?:over|above|of)?\s*[$€£]\s?\d[\d,.]*\+?",
    re.IGNORECASE,
)
TIER_REASON = (
    "a plan prices one offer: the first tier is planned; this further tier is not applied (set it in the store's "
    "discount rules or plan it as its own campaign)"
)


def later_tiers(t: Text, offer: Offer | None) -> list[NotApplied]:
    """The tiers of a tiered amount off after the one read (its words, listed under the offer), never dropped."""
    out: list[NotApplied] = []
    if offer is None or offer.kind != "amount_off":
        return out
    for m in _TIER.finditer(t.text):
        if m.start() >= offer.span.end and t.free(m.start(), m.end()):
            out.append(NotApplied(text=m.group(0), span=t.take(m.start(), m.end()), affects="offer", reason=TIER_REASON))
    return out


#: A percentage named by its Chinese discount word, often with a code: 送10%折扣碼NEW10, 15%优惠券, 20％的折扣
_CODED_PERCENT = re.compile(
    r"(?P<n>\d{1,2}(?:\.\d)?)\s?[%％]\s*(?:的)?\s*(?:折扣|優惠|优惠)(?:(?:碼|码)\s*[:：]?\s*(?P<code>[A-Z][A-Z0-9_-]{3,39}\b)?|券)?"
)


def coded_percent(t: Text) -> Offer | None:
    """送10%折扣碼NEW10: percent_off 10, code NEW10."""
    for m in _CODED_PERCENT.finditer(t.text):
        v = float(m.group("n"))
        if t.free(m.start(), m.end()) and 0 < v < 100:
            return Offer(kind="percent_off", value=v, code=m.group("code"), span=t.take(m.start(), m.end()))
    return None


#: the offer's own depth said as its ceiling, right after it: "20% off but not more than that", "15% off, and that's the
#: max", 九折，不能再低了 / 八折，最多就这样 (the offer and its cap, one figure)
_OWN_CAP = re.compile(
    r"(?:(?:\s+(?:on|for)?\s*[A-Za-z][\w'-]*){1,3}?(?=\s*[,，]))?"  # "15% off boots, and that's the max"
    r"\s*[,，]?\s*(?:(?:but|and)\s+)?(?:(?:not|no|never|nothing)\s+(?:any\s+)?(?:more|deeper|higher|bigger|steeper|over|above|beyond)"
    r"(?:\s+than\s+(?:that|this|it)\b|(?=\s*(?:[,.;!?]|$)))|(?:that'?s|that\s+is|this\s+is)\s+(?:the\s+|our\s+)?(?:max(?:imum)?|cap|ceiling|limit)\b)"
    r"|\s*[,，]?\s*(?:但是?|而且)?(?:不能|不要|别|不得|不可以?)(?:再)?(?:低|多|深|高)了?|\s*[,，]?\s*(?:最多|顶多)就?(?:这样|这些|这个)",
    re.IGNORECASE,
)


def cap_of_offer(t: Text, offer: Offer | None) -> DiscountCap | None:
    """The percentage offer's own depth as the discount cap when the brief says it is the ceiling (its words claimed)."""
    if offer is None or offer.kind != "percent_off" or offer.value is None:
        return None
    m = _OWN_CAP.match(t.text, offer.span.end)
    if m is None or not t.free(m.start(), m.end()):
        return None
    return DiscountCap(max_percent=offer.value, span=t.take(offer.span.start, m.end()))


def half_price(t: Text) -> Offer | None:
    """袜子半价, "headlamps at half price": 50% off (第二件半价 is a multi-buy, claimed before and listed)."""
    half = t.find((r"(?<!第二件)(?<!第2件)(?<!第二双)(?<!第二个)半[价價](?!格)", r"\b(?:at\s+)?half[- ]price\b"))
    if half is None:
        return None
    return Offer(kind="percent_off", value=50.0, span=t.take(half.start(), half.end()))
