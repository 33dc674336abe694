"""An offer's minimum order (decision 229): "15% off orders over $75", "$20 off when you spend $150", "free shipping
on orders over $50", "minimum spend of £40", 满400减50, 订单满200元打九折, 消费满1000元减100, 單(?:筆)滿500折50 =
``Offer.min_order`` in the offer's currency (a percentage's or a free shipping's offer takes the minimum's currency).

Two steps. :func:`claim_minimums` runs before the audience and the budget are read: the minimum words the offer
rules do not already read with the offer (an English minimum after a percentage, "min order $50 for the code", a
Chinese minimum with its order word, 订单满 / 消费满 / 单笔满, or before 打九折) are claimed, so a minimum is never the
budget nor a spend threshold on people. :func:`with_minimum` runs once the offer is read: the minimum in the offer's
own words (满400减50, "$10 off orders of $60+") or the claimed one nearest to it becomes ``min_order``.

每满300减30 (per threshold) reads min_order 300 and lists that the offer repeats: a plan prices it once per order.
An item count (满2件9折) is no money minimum: it stays listed by the platform rules.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass

from copilot.reading import regex as re
from copilot.reading.numbers import WORDS, find_money, to_number
from copilot.reading.offer_money import CUR_AFTER, CUR_BEFORE, currency_of, product_minimum_spans
from copilot.reading.schema import NotApplied, Offer
from copilot.reading.text import Text

_MONEY = (
    r"(?:(?:RM|Rp|[A-Z]{1,2}\$|[$€£¥])\s?\d(?:[\d,.]*\d)?k?|\d(?:[\d,.]*\d)?\s?(?:dollars|euros|pounds|bucks|usd|eur|gbp)\b"
    r"|(?:" + WORDS + r")\s+(?:dollars|euros|pounds|bucks)\b)"
)
_ZH_AMOUNT = (
    rf"(?P<sym>{CUR_BEFORE})?\s*(?P<a>\d[\d.]*(?:万\d?)?|[零一二两三四五六七八九十百千]+)(?![\d.万零一二两三四五六七八九十百千])"
    rf"\s*(?P<cur>{CUR_AFTER})?"
)
_MORE = r"(?:\s*\+|\s+or\s+(?:more|above|higher|over)|\s+and\s+(?:up|over|above))?"
#: An English minimum said with the offer: "orders over $75", "on orders above €80", "when you spend $150",
#: "minimum spend of £40", "min order $50", "orders $50+".
_EN = re.compile(
    r"(?:\b(?:on|for|with|to)\s+)?(?:(?:any|all|your|their|the|an?|each|every)\s+)?(?:(?:next|first)\s+)?(?:orders?|purchases?|baskets?|carts?|checkouts?)"
    rf"\s+(?:(?:over|above|exceeding|of at least|of|from|worth|totall?ing|at least|more than|greater than)\s+(?:at least\s+)?)?{_MONEY}{_MORE}"
    rf"|\bmin(?:imum|\.)?\s*(?:order|spend|purchase|basket|cart)(?:\s+(?:value|total|amount|size))?\s*(?:of|is|:|=|at)?\s*{_MONEY}{_MORE}"
    rf"|\b(?:when|if|once|after|provided(?:\s+that)?|as\s+long\s+as|so\s+long\s+as)\s+(?:you|they|customers|shoppers|people|members|buyers)\s+spend\s+(?:over\s+|at least\s+|more than\s+)?{_MONEY}{_MORE}"
    rf"|\b(?:with\s+)?(?:an?\s+)?{_MONEY}\s+min(?:imum|\.)?(?:\s+(?:order|spend|purchase|basket|cart)(?:\s+(?:value|total|amount))?)?\b"
    rf"|\bspend\s+(?:over\s+|at least\s+|more than\s+)?{_MONEY}{_MORE}(?=\s*[,，]?\s*(?:and\s+)?(?:get|save|receive|enjoy|take)\b)"
    rf"|\b(?:for\s+)?every\s+{_MONEY}\s+(?:you\s+|they\s+)?spen[dt]"
    rf"|\bon\s+{_MONEY}\s*\+",  # "free shipping on $75+" (probe s26: had been the budget)
    re.IGNORECASE,
)
_MIN_WORD = re.compile(r"\bmin(?:imum|\.)?\b|every", re.IGNORECASE)
#: An offer's words near an English minimum (so "customers with orders over $200" alone is no offer's minimum).
_OFFER_NEAR = re.compile(
    r"%|\boff\b|\bfree\b|discount|coupon|voucher|\bgift\b|\bsave\b|\bcode\b|\bcredit\b|\bbogo\b",
    re.IGNORECASE,
)
_OFFER_WORDS = re.compile(
    r"%|\boff\b|free (?:shipping|delivery)|discount|coupon|voucher|\bgift\b|\bcode\b|折|减|減|包邮|券|优惠|送|赠|抵|可用",
    re.IGNORECASE,
)
#: A Chinese minimum: 满400, 订单满200元, 每满300, 最低消费200元 (an item count, 满2件, is no money).
_ZH = re.compile(
    r"(?P<pre>(?:订单|訂(?:單)|消费|消(?:費)|单笔|單(?:筆)|实付|實(?:付)|购物|購(?:物)|下单|下(?:單)|单次|單(?:次)|每单|每(?:單)|每笔|每(?:筆)|购买|購(?:買)|全场|全(?:場)|买|買)"
    r"(?:(?<=订单|单笔|实付|每单|每笔|单次)(?:金额|总额|总价|实付)?\s*(?:需|须|要|需要)(?:达到|达)?)?)?"
    rf"(?<!值)(?<!积分)(?<!签到)(?P<per>每)?[满滿]\s*{_ZH_AMOUNT}(?!\s*(?:件|个|個|双|雙|天|次|人|单|單|岁|歲|积分|分|年|月))"
    r"(?P<tail>\s*(?:即|就|可|后|後)?\s*(?:打|享受?|可享|立享|使用|可用|能用))?"
    r"|(?:最低消费|最低消(?:費)|最低订单金额|起订金额|使用门槛|门槛)\s*(?:为|是|[:：])?\s*"
    r"(?P<a2>\d[\d.]*(?:万\d?)?|[零一二两三四五六七八九十百千]+)(?![\d.万零一二两三四五六七八九十百千])\s*(?P<cur2>元|块|美元|美金|刀)?"
)
#: What the offer rules already read with its minimum: 满400减50, 满500折50, 满299包邮, 满500送袜子.
_ZH_OWN = re.compile(
    r"\s*(?:可|即|就)?\s*(?:减|減|立减|立(?:減)|折\s*(?:\d{2,}|[一二两三四五六七八九]?[十百千])|包邮|包(?:郵)|免邮|免运费|送|赠|贈)"
)
#: What follows a Chinese minimum that is the offer's (满200元9折, 满300享8折): the minimum is claimed
_ZH_OFFER_NEXT = re.compile(
    r"\s*[，,]?\s*(?:全场|全(?:場))?\s*(?:[\d一二两三四五六七八九]\s*(?:\.\d)?\s*折|\d{1,2}\s*[%％]|享|打|送|赠|减|減|包邮)"
)
#: An offer right before a Chinese minimum with its order word: 八五折，订单金额需满800元 (the 800 is the 八五折's).
_OFFER_BEFORE_ZH = re.compile(r"(?:折|[%％]|(?:减|減)\s*\d+\s*元?|包邮|免运费)\s*[，,、]?\s*$")
_AMOUNT_OFF_BEFORE = re.compile(r"[$€£]\s?\d[\d,.]*k?\s+off\s*$", re.IGNORECASE)
_BY_OFFER = re.compile(
    r"^\s*(?:[,，、:：]|on|for|with|when|if|—|–|-|打|享|即享|可享)?\s*(?:on|for|with|get|save|打|享)?\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Minimum:
    start: int
    end: int
    amount: float
    currency: str | None
    per: bool  # 每满300减30, "for every $100 you spend": the offer repeats


_CLAIMED: weakref.WeakKeyDictionary[Text, list[Minimum]] = weakref.WeakKeyDictionary()
_USED: weakref.WeakKeyDictionary[Text, Minimum] = weakref.WeakKeyDictionary()


def _zh_minimum(m: re.Match[str], base: int = 0) -> Minimum | None:
    amount = to_number((m.group("a") or m.group("a2") or "").rstrip("."))
    if amount is None or amount <= 0:
        return None
    currency = currency_of(m.group("cur") or m.group("cur2"), m.group("sym"))
    return Minimum(base + m.start(), base + m.end(), amount, currency, m.groupdict().get("per") is not None)


def _en_minimum(m: re.Match[str], base: int = 0) -> Minimum | None:
    money = find_money(m.group(0))
    if not money or money[0].amount <= 0:
        return None
    return Minimum(
        base + m.start(),
        base + m.end(),
        money[0].amount,
        money[0].currency,
        re.match(rf"\s*(?:for\s+)?every\s+{_MONEY}", m.group(0), re.IGNORECASE) is not None,
    )


def claim_minimums(t: Text) -> None:
    """Claim the minimum words the offer rules would not read with the offer (see the module's doc)."""
    found: list[Minimum] = []
    text = t.text
    if not _OFFER_WORDS.search(text):
        return
    amount_off_seen = False
    for m in _EN.finditer(text):
        if _AMOUNT_OFF_BEFORE.search(text[max(0, m.start() - 20) : m.start()]):
            if amount_off_seen:
                continue  # "$20 off orders over $100, $50 off orders over $250": a later tier is said by offer_forms
            amount_off_seen = True
        if re.search(
            r"(?:\bfree\b|\bgifts?\b|\bgwp\b)[^.,;%]{0,30}$",
            text[max(0, m.start() - 40) : m.start()],
            re.IGNORECASE,
        ) and not (re.search(r"free[- ](?:shipping|delivery)(?:\s+on)?\s*$", text[max(0, m.start() - 20) : m.start()], re.IGNORECASE)
                   and not re.search(r"\b(?:over|above|of|from)\s+[$€£]", m.group(0), re.IGNORECASE)):
            continue  # "free shipping on orders over $50": the offer rules read it with the offer ("on $75+": claimed here)
        near = (
            text[max(0, m.start() - 60) : m.start()].split(".")[-1]
            + " "
            + text[m.end() : m.end() + 25].split(".")[0]
        )
        if not t.free(m.start(), m.end()) or not (
            _MIN_WORD.search(m.group(0))
            or _OFFER_NEAR.search(near)
            or re.match(r"\s*spend", m.group(0), re.I)
        ):
            continue
        if (mn := _en_minimum(m)) is not None:
            found.append(mn)
    for a, b in product_minimum_spans(text):  # "$20 off trekking poles over $120" (decision 251)
        money = find_money(text[a:b])
        if t.free(a, b) and money:
            found.append(Minimum(a, b, money[0].amount, money[0].currency, False))
    for m in _ZH.finditer(text):
        if not t.free(m.start(), m.end()):
            continue
        own = _ZH_OWN.match(text, m.end())
        if own and not m.group("pre"):
            continue  # 满400减50, 满299包邮: the offer rules read it with the offer (its words keep the minimum)
        if not (
            (own and m.group("pre"))
            or m.group("tail")
            or m.group("a2")
            or _ZH_OFFER_NEXT.match(text, m.end())
            or (re.search(r"[（(]\s*$", text[: m.start()]) and re.match(r"\s*[)）]", text[m.end() :]))
            or (m.group("pre") and _OFFER_BEFORE_ZH.search(text[max(0, m.start() - 12) : m.start()]))
        ):
            continue  # 成长值满2000, 累计消费满2000元的客户: no offer's minimum (a spend condition on people); （滿HK$800） is
        if (mn := _zh_minimum(m)) is not None:
            found.append(mn)
    for mn in found:
        t.take(mn.start, mn.end)
    _CLAIMED[t] = found


def _own_minimum(t: Text, offer: Offer) -> Minimum | None:
    """The minimum in the offer's own words: 满400减50, "$10 off orders of $60+", "free shipping over $50"."""
    words, base = offer.span.text, offer.span.start
    z = _ZH.search(words)
    if z is not None:
        return _zh_minimum(z, base)
    e = _EN.search(words) or re.search(
        rf"\b(?:off|over|above)\s+(?:on\s+)?{_MONEY}{_MORE}", words, re.IGNORECASE
    )
    return _en_minimum(e, base) if e is not None else None


def with_minimum(t: Text, offer: Offer | None) -> Offer | None:
    """The offer with its minimum order (see the module's doc)."""
    claimed = _CLAIMED.get(t, [])
    if offer is None:
        # 消费满1000元减100: the minimum was claimed before the offer rule saw it
        mz = _claimed_offer(t, claimed)
        if mz is None:
            return None
        offer, claimed = mz
    mn = _own_minimum(t, offer)
    span = offer.span
    claimed = [c for c in claimed if not _other_amounts(t, c, offer)]
    if mn is None and claimed:
        mn = min(claimed, key=lambda c: c.start - span.end if c.start >= span.end else span.start - c.end)
        gap = t.text[span.end : mn.start] if mn.start >= span.end else t.text[mn.end : span.start]
        if _BY_OFFER.match(gap):  # "15% off orders over $75", 订单满200元打九折: one span
            span = t.span(min(span.start, mn.start), max(span.end, mn.end))
    if mn is None:
        return offer
    _USED[t] = mn
    return offer.model_copy(
        update={"min_order": mn.amount, "currency": offer.currency or mn.currency, "span": span}
    )


def _other_amounts(t: Text, mn: Minimum, offer: Offer) -> bool:
    """Whether an amount off of its own stands right before the minimum ("20% off, plus $10 off orders over $100"): the
    minimum is that amount's (said with it as a second cut by second_cut.py), not the offer's."""
    base = max(0, mn.start - 20)
    before = _AMOUNT_OFF_BEFORE.search(t.text[base : mn.start])
    return before is not None and not offer.span.start <= base + before.start() < offer.span.end


_ZH_AFTER = re.compile(
    r"\s*(?:可|即|就)?\s*(?:减|減|立减|立(?:減)|折(?=\s*(?:\d{2,}|[一二两三四五六七八九]?[十百千])))\s*(?P<b>\d[\d.]*|[零一二两三四五六七八九十百千]+)\s*(?:元|块)?"
)


def _claimed_offer(t: Text, claimed: list[Minimum]) -> tuple[Offer, list[Minimum]] | None:
    """消费满1000元减100, 單(?:筆)滿500折50: the amount off after a claimed Chinese minimum."""
    for mn in claimed:
        m = _ZH_AFTER.match(t.text, mn.end)
        value = to_number(m.group("b")) if m else None
        if m and value and t.free(m.start(), m.end()):
            cny = mn.currency == "CNY" or "元" in m.group(0) or "块" in m.group(0)
            return Offer(
                kind="amount_off",
                value=value,
                currency="CNY" if cny else None,
                span=t.take(mn.start, m.end()),
            ), [mn]
    return None


PER_REASON = (
    "the offer repeats for every {n:g} of the order; the plan prices it once per order ({v} off orders of "
    "{n:g}+): set the repeat in the store's discount rules"
)
UNUSED_REASON = "a minimum order the plan's offer does not carry; set it in the store's discount rules"


def minimum_not_applied(t: Text, offer: Offer | None) -> list[NotApplied]:
    """每满300减30: that the offer repeats is said; a claimed minimum no offer took is said."""
    out: list[NotApplied] = []
    used = _USED.get(t)
    if used is not None and used.per and offer is not None:
        value = f"{offer.value:g}" if offer.value is not None else "the offer"
        words = offer.span.text if len(offer.span.text) <= 40 else t.text[used.start : used.end]
        out.append(
            NotApplied(
                text=words, span=offer.span, affects="offer", reason=PER_REASON.format(n=used.amount, v=value)
            )
        )
    for mn in _CLAIMED.get(t, []):
        inside = offer is not None and offer.span.start <= mn.start < offer.span.end
        if mn != used and not inside and not (offer is not None and _other_amounts(t, mn, offer)):
            out.append(
                NotApplied(
                    text=t.text[mn.start : mn.end],
                    span=t.span(mn.start, mn.end),
                    affects="offer",
                    reason=UNUSED_REASON,
                )
            )
    return out
