"""A cap on the coupon's money value ("no coupon worth more than $20", "discounts capped at $15 off", 优惠券不超过20元,
券面额最高30元, 立减金额最多50元): an amount limit on the offer, like "max $40 off per order" (b541) -- listed under
Not applied (offer), since the plan's cap is a percentage and a per-order amount limit is set in the store's
discount code. Claimed before the budget is read: such an amount was read as the campaign's budget ($20).
A cap with no coupon word ("no more than $1k") stays the budget's.
"""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.schema import NotApplied
from copilot.reading.text import Text

_AMOUNT = r"(?:[$€£¥]\s?\d(?:[\d,.]*\d)?[kK]?|\d(?:[\d,.]*\d)?\s?(?:dollars?|bucks|euros?|pounds?|usd|eur|gbp)\b)"
_PER = r"(?:\s+(?:per|an?|each)\s+(?:order|customer|basket|cart|purchase|person))?"
_NOUN = r"(?:coupons?|vouchers?|discounts?|promo(?:tion)?s?|(?:promo |discount )?codes?|credits?|rebates?|markdowns?)"
_LIMIT = (r"(?:no more than|not more than|not over|not exceeding|never (?:more|over) than|at most|up to|max(?:imum)?(?: of)?|"
          r"capped at|cap(?:ped)? (?:of|at)|limited to|under|below|less than|no bigger than|no larger than|no higher than)")
_EN = re.compile(
    rf"\b{_NOUN}\s+(?:(?:worth|of|valued at|value(?:d)?|amount)\s+)?{_LIMIT}\s+{_AMOUNT}(?:\s+off)?"
    rf"|\bno\s+{_NOUN}\s+(?:worth\s+)?(?:more than|over|above|bigger than|larger than|higher than|exceeding|of more than)\s+{_AMOUNT}(?:\s+off)?"
    rf"|\b(?:max(?:imum)?|cap(?:ped)?|limit)\s+(?:the\s+)?{_NOUN}(?:\s+(?:value|amount))?\s+(?:(?:at|of|to)\s+)?{_AMOUNT}(?:\s+off)?"
    rf"|\b{_NOUN}\s+(?:value|amount)\s+(?:cap|limit)(?:ped)?\s+(?:(?:at|of|to)\s+)?{_AMOUNT}"
    # a money cap on a percentage said after it: "20% off sitewide capped at $40 per order", "15% off, max $25 per order"
    rf"|(?:%|\boff\b)[^.;\n%]{{0,30}}?(?P<cap>\b(?:(?:capped|limited)\s+(?:at|to)|cap(?:\s+(?:at|of|is))?\s*:?)\s*{_AMOUNT}(?:\s+off)?{_PER}"
    rf"|\b(?:max(?:imum)?|up to|at most)\s+(?:of\s+)?{_AMOUNT}(?:\s+off)?{_PER})",
    re.IGNORECASE,
)
_ZH = re.compile(
    r"(?:单张)?(?:优惠券|代金券|满减券|无门槛券|红包|券|立减|减免|直降|优惠|让利)(?:的)?(?:面额|金额|面值|额度|力度)?\s*"
    r"(?:不超过|不高于|不能超过|不得超过|最多|最高|上限(?:为|是)?|封顶|控制在)\s*\d+(?:\.\d+)?\s*(?:元|块|美元|刀)(?:钱)?(?:以内|以下)?"
    # beside a 折 or a percentage: 全场九折，最多减100元; 8折 最高优惠50元; 单笔封顶减80元;
    # or after a 满减 ("每满300减30，上不封顶？不，最多减150"): the most taken off one order
    r"|(?:折|[满滿]\d+(?:\.\d+)?\s*(?:元|块)?\s*[减減]\d+(?:\.\d+)?\s*(?:元|块)?)[^。；;\n]{0,12}?(?P<cap>(?:单笔|每单)?(?:最多|最高|封顶|上限)\s*(?:可)?(?:减|優惠|优惠|抵|让利)\s*\d+(?:\.\d+)?\s*(?:元|块|美元|刀)?)"
)
REASON = ("the offer's depth is planned as a percentage or an amount; a cap per order, a limit on redemptions or a "
          "no-stacking rule is set in the store's discount code, not by the plan")


def coupon_caps(t: Text) -> list[NotApplied]:
    """Each cap on the coupon's money value, claimed (so no budget or offer reads its amount) and listed (offer)."""
    out: list[NotApplied] = []
    for pattern in (_EN, _ZH):
        for m in pattern.finditer(t.text):
            a = m.start("cap") if m.group("cap") else m.start()  # a cap after its percentage: the cap's words only
            if t.free(a, m.end()):
                out.append(NotApplied(text=t.text[a : m.end()], span=t.take(a, m.end()), affects="offer", reason=REASON))
    return out
