"""Offer terms no field holds, said rather than dropped (split out of offers.py): loyalty points and free returns,
codes and expiries, limits on the offer, and offer mechanics the plan cannot price (trade-ins, referral rewards,
donations, experiment-design parameters)."""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.offer_forms import claim_gifts, claimed_gift, later_tiers
from copilot.reading.offer_minimum import claim_minimums, minimum_not_applied
from copilot.reading.offer_money import claim_spend_cuts, claimed_spend_cut
from copilot.reading.offer_test import EXTRA_ARMS
from copilot.reading.schema import NotApplied, Offer
from copilot.reading.second_cut import second_cuts
from copilot.reading.text import Text

#: The order an offer needs, said after it ("RM30 off with min spend RM300", "…for minimum 150 dollars"): the offer's
#: own words (claimed before the audience is read, so no spend condition on people comes of it)
MIN_SPEND = (r"\s*,?\s*(?:with|for|on)\s+(?:a\s+)?min(?:imum|\.)?\s*(?:(?:spend|order|purchase|basket|cart)(?:\s+value)?\s*(?:of\s+)?)?"
             r"(?:RM|Rp|[$€£¥₱])?\s?\d(?:[\d,.]*\d)?(?:\s?(?:dollars|euros|pounds|ringgit|pesos|k\b))?")
_MIN_SPEND = re.compile(MIN_SPEND, re.IGNORECASE)


def claim_offer_minimums(t: Text) -> None:
    """Claim an offer's minimum order ("with min spend RM300") and a gift with purchase (offer_forms) before the
    audience is read."""
    claim_gifts(t)
    claim_spend_cuts(t)  # 满200刀减20刀, 滿NT$1500折NT$150: the offer with its minimum in a currency's words (offer_money)
    claim_minimums(t)  # "15% off orders over $75", 消费满1000元减100: the minimum is the offer's (offer_minimum)
    for m in _MIN_SPEND.finditer(t.text):
        if t.free(m.start(), m.end()) and re.search(r"\boff\b|vouchers?|coupons?|\d\s*$", t.text[max(0, m.start() - 30) : m.start()], re.I):
            t.take(m.start(), m.end())


#: Loyalty points as the incentive: "double reward points", "join our loyalty points program", 双倍积分.
_POINTS = re.compile(r"(?:double|triple|2x|3x|bonus|extra)\s+(?:reward\s+|loyalty\s+)?points"
                     r"|(?:join|sign up for|enrol\w* in|enroll\w* in)\s+(?:our\s+|the\s+)?(?:loyalty|rewards?)\s+(?:points\s+)?program(?:me)?"
                     r"|\bfree returns?\b|\bfree exchanges?\b|免费退换|无忧退货|运费险"
                     r"|双倍积分|积分翻倍|积分加倍|额外积分|送积分|多倍积分|积分(?:可以|能够|可|能)?(?:用来|用于)?(?:抵现|抵扣|当钱花|当现金用?|兑换)(?:\s*[（(][^)）]{0,24}[)）])?"
                     r"|(?:redeem|use|spend|pay with)\s+(?:their\s+|your\s+|loyalty\s+|reward\s+)*points\s+(?:for|as|at|towards?|on)\s+(?:cash|a discount|discounts|checkout|money off|their (?:next )?(?:order|purchase))|points\s+(?:can\s+be\s+|are\s+)?(?:redeemable|redeemed|used)\s+(?:as|for)\s+(?:cash|money off|a discount)", re.IGNORECASE)


#: Limits on an offer that no field holds: a money cap per order, a redemption limit (convention 54).
_OFFER_LIMIT = re.compile(r"(?:max(?:imum)?|up to|capped at|no more than)\s+[$€£¥]\s?\d[\d,.]*\s+off(?:\s+(?:per|an?|each)\s+(?:order|customer|basket))?"
                          r"|(?:for\s+)?(?:the\s+)?(?:first|next)\s+\d[\d,]*\s+(?:orders|customers|redemptions|buyers)(?:\s+only)?"
                          r"|(?:no|not|non-?)\s*stack(?:ing|able)|(?:can(?:'|no)?t|cannot|can not|may not)\s+be\s+(?:stacked|combined)(?:\s+with\s+(?:other|any)\s+(?:offers?|codes?|discounts?|promos?))?"
                          r"|不(?:可|能)(?:与其他优惠)?叠加|不叠加|不与其他优惠(?:同享|叠加)"
                          r"|(?:one|1)\s+(?:code|coupon|use)\s+per\s+(?:customer|person)|limit(?:ed to)?\s+one\s+per\s+(?:customer|person)"
                          r"|每人限(?:领|用|购)\s*[一1]\s*(?:张|次|件)|单笔(?:最高|最多)(?:减|优惠)\s*\d+\s*元?|限量\s*\d+\s*(?:张|份)|前\s*\d+\s*单", re.IGNORECASE)


#: The code and the expiry the brief dictates: the plan writes its own placeholder and expiry.
_CODE_EXPIRY = re.compile(r"\b(?i:(?:promo |discount |coupon )?code)\s*[:=]?\s*[A-Z][A-Z0-9]{3,}\b|\b(?i:expires?|expiring|valid)\s+(?i:in|for|within)\s+\d+\s+(?:days?|hours?|weeks?)\b"
                          r"|\b(?:\d+|one|two|three|seven|ten)[- ](?i:day|week|hour)s?[- ](?i:expiry|expiring|expiration|limited)(?:\s+(?i:code|coupon|offer|discount))?"
                          r"|有效期\s*[\d一二两三四五六七八九十]+\s*天|[\d一二两三四五六七八九十]+\s*天内有效")


#: Offer mechanics the plan cannot price (trade-in, referral rewards) and a donation, said, never read as a discount.
_MECHANICS: list[tuple[re.Pattern[str], str, str]] = [
    (re.compile(r"(?:an?\s+)?[\"“']?subscribe[\s-]*(?:&|and|n)[\s-]*save[\"”']?(?:[- ](?:style|type|like))?(?:\s+(?:auto[\s-]?re-?orders?|subscriptions?|programs?))?(?:\s+(?:for|on)\s+[\w-]+)?|\bauto[\s-]?re-?orders?(?:\s+(?:for|on)\s+[\w-]+)?|订阅(?:制|式)?(?:自动)?复购|自动(?:续订|复购|补货)|周期购|定期购",
                re.IGNORECASE), "offer", "a subscription or auto-reorder is not an offer copilot prices; the plan has no subscriptions"),
    (re.compile(r"\b(?:bring|send|trade) (?:back|in) (?:your|their|an?|the) old [\w-]+(?: [\w-]+)?|\btrade[- ]in(?: program(?:me)?| offer| credit)?|以旧换新|旧[\u4e00-\u9fff]{1,4}换新"
                r"|(?:交回|寄回|带回|送回|拿回|交|寄|带|拿)(?:来|上)?\s*(?:[一1][双件个顶条副只])?旧[\u4e00-\u9fff]{1,4}?(?=抵|换|折|可|立减|减)|旧[\u4e00-\u9fff]{1,3}回收(?:换券|换新|计划|活动)?",
                re.IGNORECASE), "offer", "a trade-in is not an offer copilot prices (it plans discounts, free shipping, gifts and buy-one-get-one)"),
    (re.compile(r"\bgive (?:[$€£]\s?\d+|\d+\s?%)\s*(?:off)?\s*,?\s*get (?:[$€£]\s?\d+|\d+\s?%)(?:\s+off)?|\brefer[- ]?a[- ]?fr(?:ie|ei)nd\b|\breferral (?:bonus|reward|credit|program(?:me)?)|老带新奖励|推荐有礼|邀请有礼",
                re.IGNORECASE), "offer", "a referral reward is not an offer copilot prices; the plan has no referral tracking"),
    (re.compile(r"\b(?:we(?:'ll| will)? )?donat\w* \d+(?:\.\d+)?\s?% of (?:sales|revenue|profits?|proceeds)(?: to [\w' -]{1,40})?|捐出?\s*\d+\s?%"
                # "we donate $5 for every order over $50", 每笔订单捐5元: a gift to a cause per order, no money of the plan's
                r"|\b(?:we(?:'ll| will)? )?donat\w* (?:[$€£]\s?\d+(?:\.\d+)?|\d+(?:\.\d+)?\s?(?:dollars|bucks|usd|euros?|pounds))(?: (?:for|per|with|on|from)(?: every| each| an?)? (?:order|purchase|sale|pair|item)s?"
                r"(?: (?:over|above|of|worth) [$€£]?\s?\d+(?:\.\d+)?(?:\s?(?:dollars|usd))?)?)?(?: to [\w' -]{1,40})?|每(?:笔|单|个)?订?单?(?:都)?捐(?:出|赠)?\s*\d+\s*(?:元|块|美元)", re.IGNORECASE),
     "other", "a donation is not part of the plan's offer or budget; say it in the copy"),
    (re.compile(r"\bguardrail(?: metric)?s?\s*[:：]\s*[^.;\n]{1,40}|\bMDE\s*[:=]?\s*\d+(?:\.\d+)?\s*(?:pp|%|points?)|\bsample size\s*[:=]?\s*[\d,]+(?:\s+per (?:arm|group|cell))?|样本量?各?\s*[\d,]+\s*人",
                re.IGNORECASE), "other", "copilot sizes and reads out the test from the audience it plans; this design parameter is not applied"),
]


_HEADING_AFTER = re.compile(r"\s*(?:push|campaign|program(?:me)?|promo|活动)?\s*[:：]")


def mechanics_not_applied(t: Text) -> list[NotApplied]:
    """Trade-ins, referral rewards, donations and experiment-design parameters (see :data:`_MECHANICS`)."""
    out: list[NotApplied] = []
    for rx, affects, reason in _MECHANICS:
        found = [m for m in rx.finditer(t.text) if t.free(m.start(), m.end())]
        for m in found:
            if len(found) > 1 and _HEADING_AFTER.match(t.text, m.end()):
                t.take(m.start(), m.end())  # "Trade-in program: bring back your old boots…": the heading names what follows
                continue
            out.append(NotApplied(text=m.group(0).strip(), span=t.take(m.start(), m.end()), affects=affects, reason=reason))
    return out


#: A second offer beside the one read ("Champions get 15% off, and customers at risk get free shipping"): a plan has one.
_SECOND_OFFER = re.compile(
    r"(?:\b(?:and\s+)?(?:the\s+)?(?:[\w'’-]+\s+){1,4}(?:get|gets|receive|receives)\s+)?"
    r"(?P<core>\bfree[- ](?:shipping|delivery)\b|\bbogo\b|\bbuy one,? get one(?: free)?\b)"
    r"|(?:[^，。；,;]{1,12}(?:送|享|享受|给))?(?P<zh>包邮|免运费|免邮|免[运運](?!输|輸)费?|买一送一)",
    re.IGNORECASE)
_TEST = re.compile(r"\b(?:control|treatment|variants?|arms?|cells?|vs\.?|versus|a/b|split test)\b|对照|实验组|AB测试|A/B", re.IGNORECASE)  # an offer test: both arms read
EXTRA_ARM_REASON = ("an A/B test on the offer plans two arms (the first two named); this further arm is not applied: "
                    "test it against the winner in a follow-up campaign")
SECOND_OFFER_REASON = ("a plan prices one offer for its audience; this second offer is not applied: plan it as its own "
                       "campaign or as an A/B cell")


def offer_not_applied(t: Text, offer: Offer | None = None) -> list[NotApplied]:
    """Offer terms no field holds, said rather than dropped: loyalty points (a plan prices discounts, free
    shipping, gifts and BOGO), limits on the offer ("max $40 off per order", "first 200 orders only") and a second
    offer beside the one read."""
    out: list[NotApplied] = later_tiers(t, offer)  # 满299减40，满599减100: the second tier is said
    out.extend(minimum_not_applied(t, offer))  # 每满300减30 repeats; a minimum no offer carries
    out.extend(second_cuts(t, offer))  # 八折，满500减50: the second cut is said (second_cut.py)
    if (cut := claimed_spend_cut(t)) is not None and (offer is None or cut.span.start != offer.span.start):
        out.append(NotApplied(text=cut.span.text, span=cut.span, affects="offer", reason=SECOND_OFFER_REASON))
    for a, b in EXTRA_ARMS.get(t, []):  # "three arms at 10%, 15% and 20% off": the third arm is said
        out.append(NotApplied(text=t.text[a:b], span=t.span(a, b), affects="offer", reason=EXTRA_ARM_REASON))
    gift = claimed_gift(t)
    if gift is not None and offer is not None and offer is not gift and not (offer.kind == "gift" and offer.span.start <= gift.span.start < offer.span.end):  # "20% off plus a free headlamp with any tent order"
        out.append(NotApplied(text=gift.span.text, span=gift.span, affects="offer", reason=SECOND_OFFER_REASON))
    for m in _SECOND_OFFER.finditer(t.text) if offer is not None and offer.kind in ("percent_off", "amount_off") and not _TEST.search(t.text) else ():
        a = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        if not t.free(a, m.end()):  # the group is the audience's: the offer's own words
            a = m.start("core") if m.group("core") else m.start("zh")
        rejected = re.match(r"\s*(?:too|as well|also)?\s*\?+\s*(?:[-—–:]\s*)?(?:no|nope|nah)\b", t.text[m.end() :], re.IGNORECASE)  # "maybe free shipping too?? no"
        if t.free(a, m.end()) and not rejected and not re.search(r"\b(?:no|not|without)\s+$|(?:不|没有)$", t.text[max(0, a - 8) : a], re.IGNORECASE):
            words = re.sub(r"^(?:and\s+)", "", t.text[a : m.end()], flags=re.IGNORECASE)
            out.append(NotApplied(text=words, span=t.take(a, m.end()), affects="offer", reason=SECOND_OFFER_REASON))
    for m in _POINTS.finditer(t.text):
        if not t.free(m.start(), m.end()):
            continue
        words = re.sub(r"^(?:join|sign up for|enrol\w* in|enroll\w* in)\s+(?:our\s+|the\s+)?", "", m.group(0), flags=re.IGNORECASE)
        out.append(NotApplied(text=words, span=t.take(m.start(), m.end()), affects="offer",
                              reason="copilot plans discounts, free shipping, gifts and buy-one-get-one; " + (
                                  "free returns are the store's policy, not an offer it plans" if re.search(r"return|exchange|退|运费险", words, re.I)
                                  else "loyalty points are not in the data")))
    for m in _CODE_EXPIRY.finditer(t.text):
        if t.free(m.start(), m.end()):
            is_code = bool(re.match(r"(?i:promo |discount |coupon )?(?i:code)", m.group(0)))
            out.append(NotApplied(text=m.group(0), span=t.take(m.start(), m.end()), affects="offer",
                                  reason="no discount was read for this code; set the plan's offer and code" if is_code else
                                  "the plan's offer expires on the campaign's last day; set this expiry in the plan"))
    for m in _OFFER_LIMIT.finditer(t.text):
        if t.free(m.start(), m.end()):
            words = re.sub(r"^(?:for\s+)?(?:the\s+)?", "", m.group(0), flags=re.IGNORECASE)
            out.append(NotApplied(text=words, span=t.take(m.start(), m.end()), affects="offer",
                                  reason="the offer's depth is planned as a percentage or an amount; a cap per order, a limit on "
                                         "redemptions or a no-stacking rule is set in the store's discount code, not by the plan"))
    return out
