"""The offer's minimum order in the plan (decision 229: ``Offer.min_order``, in the offer's currency).

The reading's minimum ("15% off orders over $75", 满400减50) is carried onto the plan's offer; the offer's copy line
says it ("Save 15% on orders of $75+ with code …", 使用优惠码 … 满400立享8.5折); and :func:`check_minimum_in_copy` fails
a copy variant that states the offer without its minimum, or with another minimum: a plan must never tell everyone
"减50" with no threshold.
"""

from __future__ import annotations

import re

from copilot.planner.plan_schema import CampaignPlan, CheckResult, CopyVariant, Offer

_SYMBOL = {
    "USD": "$",
    "EUR": "€",
    "GBP": "£",
    "CNY": "¥",
    "JPY": "¥",
    "AUD": "A$",
    "CAD": "C$",
    "SGD": "S$",
    "TWD": "NT$",
    "HKD": "HK$",
}
_NUM = r"(\d[\d,]*(?:\.\d+)?)(\s?[kK]\b)?"
#: A minimum order said in copy: "orders over $75", "orders of $75+", "$75+", "when you spend $150", "min. spend £40",
#: "$20 off $150", 满400, 订单满200元.
_STATED = re.compile(
    rf"\b(?:orders?|purchases?|baskets?|carts?|spend(?:ing)?|checkouts?)\s+(?:(?:of|over|above|from|worth|exceeding|at least|more than|totall?ing)\s+)*(?:[A-Z]{{0,2}}[$€£¥])?\s?{_NUM}"
    rf"|\bmin(?:imum|\.)?\s*(?:order|spend|purchase|basket)?\s*(?:value\s+)?(?:of\s+|is\s+|:\s*)?(?:[A-Z]{{0,2}}[$€£¥])?\s?{_NUM}"
    rf"|(?:[A-Z]{{0,2}}[$€£¥])\s?{_NUM}\s*\+"
    rf"|\boff\s+(?:on\s+)?(?:[A-Z]{{0,2}}[$€£¥])\s?{_NUM}"
    rf"|[满滿]\s*{_NUM}(?!\s*(?:件|个|天|次))",
    re.IGNORECASE,
)
#: The offer itself said in copy: "15% off", "$20 off", "save 15%", "free shipping", 减50, 8.5折, 包邮.
_STATES_OFFER = re.compile(
    r"\d\s*(?:%|percent)\s*off|\bsave\s+(?:[$€£¥]?\s?\d|\d)|[$€£¥]\s?\d[\d,.]*\s*off\b|\bfree (?:shipping|delivery|gift)\b"
    r"|[减減]\s*\d|立减|\d(?:\.\d)?\s*折|[一二三四五六七八九]折|包邮|免运费",
    re.IGNORECASE,
)


def money(amount: float, currency: str | None) -> str:
    """``$75``, ``€80``, ``¥400``; ``400`` when the currency is not said; ``75 CHF`` for one without a symbol."""
    if currency is None:
        return f"{amount:g}"
    sym = _SYMBOL.get(currency)
    return f"{sym}{amount:g}" if sym else f"{amount:g} {currency}"


def minimum_phrase(offer: Offer, zh: bool = False) -> str:
    """ "on orders of $75+" / 满400 ("" without a minimum)."""
    if offer.min_order is None:
        return ""
    if zh:
        return f"满{offer.min_order:g}" + ("元" if offer.currency == "CNY" else "")
    return f"on orders of {money(offer.min_order, offer.currency)}+"


def minimums_in(text: str) -> list[float]:
    """The minimum orders ``text`` states ("orders over $75" = 75, 满400 = 400, "$1.5k+" = 1500)."""
    out: list[float] = []
    for m in _STATED.finditer(text):
        groups = [g for g in m.groups()]
        num = next((g for g in groups[0::2] if g), None)
        k = any(g for g in groups[1::2])
        if num is not None:
            try:
                out.append(float(num.replace(",", "")) * (1000 if k else 1))
            except ValueError:
                continue
    return out


def states_minimum(text: str, amount: float) -> bool:
    return any(abs(v - amount) < 0.005 * max(1.0, amount) for v in minimums_in(text))


def carry_minimum(plan: CampaignPlan, offer: Offer) -> Offer:
    """The plan's offer with the reading's minimum order, its English line saying it."""
    reading = plan.brief.reading
    o = reading.offer if reading is not None else None
    if o is None or o.min_order is None:
        return offer
    offer = offer.model_copy(update={"min_order": o.min_order, "currency": offer.currency or o.currency})
    if offer.line and not states_minimum(offer.line, o.min_order):
        phrase = minimum_phrase(offer)
        line = re.sub(r"\s+with code\b", f" {phrase} with code", offer.line, count=1)
        offer = offer.model_copy(
            update={"line": (line if line != offer.line else f"{offer.line.rstrip('.')} ({phrase}).")[:160]}
        )
    return offer


def zh_minimum(offer: Offer, said: str = "") -> str:
    """满400 before a Chinese offer line's offer, unless ``said`` (the brief's words) already states it."""
    if offer.min_order is None or states_minimum(said, offer.min_order):
        return ""
    return minimum_phrase(offer, zh=True)


def check_minimum_in_copy(plan: CampaignPlan, variants: list[CopyVariant] | None = None) -> list[CheckResult]:
    """A variant that states the offer must state its minimum order, and no other."""
    o = plan.offer
    if o is None or o.min_order is None:
        return []
    out: list[CheckResult] = []
    want = money(o.min_order, o.currency)
    for v in variants if variants is not None else plan.copy_variants:
        text = " ".join(v.parts().values())
        if not (_STATES_OFFER.search(text) or (o.code and o.code in text)):
            continue
        stated = minimums_in(text)
        if not stated:
            details = f"Copy states the offer without its minimum order ({want}): say it, or customers expect it on any order."
        elif not any(abs(s - o.min_order) < 0.005 * max(1.0, o.min_order) for s in stated):
            details = f"Copy states a minimum order of {stated[0]:g}; the offer's is {want}."
        else:
            continue
        out.append(CheckResult(name="offer", status="fail", target=v.key, details=details))
    return out
