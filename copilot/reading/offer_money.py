"""An offer with its minimum said in any currency's words (decisions 229, 244, 251): 满200刀减20刀, 满150美元减15美元,
滿NT$1500折NT$150, 满港币800减港币80, 減港幣200（滿港幣1500）, "$20 off trekking poles over $120".

:func:`claim_spend_cuts` runs with the other minimums, before the audience and the budget are read: a Chinese 满…减 /
满…折 whose amounts carry a currency word or symbol on either side (刀, 美金, 美元, 港幣 / 港币, HK$, NT$, 新台幣, 日元,
€, £, A$, S$…) is claimed whole and read as an ``amount_off`` with its ``min_order`` (the currency from either amount);
:func:`claimed_spend_cut` gives it to the offer rules. The currency words and symbols before an amount are also used by
offer_minimum.py for a minimum in brackets after the offer (減港幣200（滿港幣1500）).

"$20 off <product> over $120" (an amount off, then the product, then "over" a larger amount) is the offer's minimum,
the order over $120 with that product (decision 251); "<product> under $300" stays a price limit (listed product).
"""

from __future__ import annotations

import weakref

from copilot.reading import regex as re
from copilot.reading.numbers import to_number
from copilot.reading.schema import Offer
from copilot.reading.text import Text

#: A currency said before a Chinese amount (HK$800, 港幣200, 新台幣1500).
CUR_BEFORE = (
    r"HK\$|NT\$|US\$|A\$|AU\$|S\$|SG\$|C\$|CA\$|[$¥￥€£]|港幣|港币|港元|新台幣|新台币|台幣|台币|美金|美元|人民币|人民幣"
    r"|日元|日圓|日币|欧元|歐元|英镑|英鎊|澳元|澳幣|澳币|加元|加幣|加币|新币|新幣|新加坡元"
)
#: A currency said after a Chinese amount (200刀, 1500港幣, 500日元).
CUR_AFTER = (
    r"港幣|港币|港元|新台幣|新台币|台幣|台币|美金|美元|刀|蚊|人民币|人民幣|日元|日圓|日币|円|欧元|歐元|英镑|英鎊|澳元|澳幣|澳币"
    r"|加元|加幣|加币|新加坡元|新币|新幣|元|块|塊"
)
CURRENCY = {
    "HK$": "HKD", "港幣": "HKD", "港币": "HKD", "港元": "HKD", "蚊": "HKD",
    "NT$": "TWD", "新台幣": "TWD", "新台币": "TWD", "台幣": "TWD", "台币": "TWD",
    "US$": "USD", "$": "USD", "美金": "USD", "美元": "USD", "刀": "USD",
    "A$": "AUD", "AU$": "AUD", "澳元": "AUD", "澳幣": "AUD", "澳币": "AUD",
    "S$": "SGD", "SG$": "SGD", "新币": "SGD", "新幣": "SGD", "新加坡元": "SGD",
    "C$": "CAD", "CA$": "CAD", "加元": "CAD", "加幣": "CAD", "加币": "CAD",
    "¥": "CNY", "￥": "CNY", "人民币": "CNY", "人民幣": "CNY", "元": "CNY", "块": "CNY", "塊": "CNY",
    "€": "EUR", "欧元": "EUR", "歐元": "EUR", "£": "GBP", "英镑": "GBP", "英鎊": "GBP",
    "日元": "JPY", "日圓": "JPY", "日币": "JPY", "円": "JPY",
}
_NUM = r"\d[\d,.]*(?:万|萬|千|k)?|[零一二两兩三四五六七八九十百千万萬]+"


def currency_of(*words: str | None) -> str | None:
    """The currency of the first word that names one (US$, 港幣, 刀…)."""
    for w in words:
        if w and (c := CURRENCY.get(w.upper() if "$" in w else w)):
            return c
    return None


def _amount(n: str) -> str:
    return rf"(?:(?P<{n}b>{CUR_BEFORE})\s*)?(?P<{n}>{_NUM})(?![\d.,万萬零一二两兩三四五六七八九十百千])\s*(?P<{n}a>{CUR_AFTER})?"


#: 满200刀减20刀, 滿NT$1500折NT$150, 每满港币300减港币30 (a currency word on at least one amount: checked in code).
_SPEND_CUT = re.compile(
    r"(?:订单|訂單|消费|消費|单笔|單筆|实付|實付|购物|購物|单次|單次)?(?:金额|金額)?\s*"
    rf"(?P<per>每)?[满滿]\s*{_amount('a')}\s*(?:就|即|可)?\s*(?:立减|立減|减|減|折(?=\s*(?:{CUR_BEFORE}|\d{{2,}})))\s*{_amount('b')}"
)

_CLAIMED: weakref.WeakKeyDictionary[Text, Offer] = weakref.WeakKeyDictionary()


def claim_spend_cuts(t: Text) -> None:
    """Claim the first 满…减 with a currency word (see the module's doc)."""
    for m in _SPEND_CUT.finditer(t.text):
        cur = currency_of(m.group("bb"), m.group("ba"), m.group("ab"), m.group("aa"))
        if cur is None or not t.free(m.start(), m.end()):
            continue  # 满300减30: the offer rules read it as before (no currency, 8)
        minimum, value = to_number(m.group("a").replace(",", "")), to_number(m.group("b").replace(",", ""))
        if not minimum or not value or value >= minimum:
            continue
        _CLAIMED[t] = Offer(
            kind="amount_off", value=value, currency=cur, min_order=minimum, span=t.take(m.start(), m.end())
        )
        return


def claimed_spend_cut(t: Text) -> Offer | None:
    """The offer :func:`claim_spend_cuts` claimed, if any."""
    return _CLAIMED.get(t)


#: "$20 off trekking poles over $120": the amount off, up to four words of product, "over" a larger amount.
_EN_PRODUCT_OVER = re.compile(
    r"(?P<off>(?:[$€£]|[A-Z]{1,2}\$)\s?\d(?:[\d,.]*\d)?)\s+off\s+(?:(?:all|any|our|the|their|your)\s+)?"
    r"(?!(?:orders?|purchases?|baskets?|carts?)\b)(?:[A-Za-z][\w'-]*\s+){1,4}?"
    r"(?P<over>(?:over|above)\s+(?P<min>(?:[$€£]|[A-Z]{1,2}\$)\s?\d(?:[\d,.]*\d)?)\+?)",
    re.IGNORECASE,
)


def product_minimum_spans(text: str) -> list[tuple[int, int]]:
    """Where "<amount> off <product> over <larger amount>" says the offer's minimum: the "over $120" part."""
    out: list[tuple[int, int]] = []
    for m in _EN_PRODUCT_OVER.finditer(text):
        off = to_number(re.sub(r"[^\d.]", "", m.group("off").replace(",", "")))
        low = to_number(re.sub(r"[^\d.]", "", m.group("min").replace(",", "")))
        if off and low and low > off:
            out.append((m.start("over"), m.end("over")))
    return out
