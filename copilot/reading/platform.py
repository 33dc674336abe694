"""Marketplace mechanics a plan does not run, said rather than misread (README decision 80).

A Tmall / JD / Pinduoduo operator writes the platform's own tools into a brief: multi-buy and presale
offers (满2件9折, 第二件半价, 定金膨胀, "buy 2 get 10% off"), the platform's paid traffic (直通车, 淘宝客 and its
commission, 钻展, 万相台) and the platform's events (百亿补贴, 超级品牌日, 聚划算). A plan prices one offer per
order on the brand's own channels, so each is listed under Not applied with its reason, and its words are
claimed before the offer reader could take 满2件9折 for 10% off or a 20% commission for a discount.
"""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.bilingual import claim_repeats
from copilot.reading.club_partner import partner_not_applied
from copilot.reading.miniprogram import miniprogram_not_applied
from copilot.reading.multi_buy import multi_buy_not_applied
from copilot.reading.repair import repair_not_applied
from copilot.reading.schema import NotApplied
from copilot.reading.team_sales import team_sales_not_applied
from copilot.reading.text import Text

_N = r"[\d一二两三四五六七八九十]+"
_MULTI_BUY = re.compile(
    rf"(?:拼单)?(?:满|(?<![不别])(?:买|购买|任选|任买))\s*{_N}\s*件(?:及以上|以上)?[^，。,；;！!\s]{{0,4}}?(?:{_N}(?:\.\d)?\s*折|减\s*\d+\s*元?|打\s*{_N}\s*折|包邮)"
    # its next tiers: 买两件打九折，三件打八折
    rf"(?:[，,、]\s*(?:买|满)?\s*{_N}\s*件(?:及以上|以上)?\s*(?:打\s*)?{_N}(?:\.\d)?\s*折)*"
    rf"|第[二2](?:件|双|个|条|款|只)\s*(?:半价|{_N}(?:\.\d)?\s*折|\d+\s*元|免费|0元)|买\s*[二两2三3]\s*送\s*[一1]"
    r"|定金膨胀(?:\s*[+＋和与及、]\s*尾款立减)?(?:[：:，,\s]*付\s*\d+\s*抵\s*\d+)?|付\s*\d+\s*抵\s*\d+|尾款立减"
    r"|\bbuy\s+(?:two|2|three|3)\s*,?\s*get\s+(?:\d+\s*%\s*off|[$€£]\s?\d+\s*off|(?:one|1|the third|a third)\s+(?:free|half[- ]price))|\b(?:second|2nd)\s+(?:item|pair|one|unit)\s+(?:at\s+)?(?:half[- ]price|\d+% off|free)"
    r"|\b(?:two|2|three|3)\s+for\s+[$€£]\s?\d+\b|\b3\s*for\s*2\b|\bbundle\s+(?:and|&)\s+save\b"
    # "buy 2 pairs of socks, get the third free", "half price on the second pair", "second pair half off"
    r"|\bbuy\s+(?:two|2|three|3)(?:\s+[\w-]+){0,3}?\s*,?\s*(?:and\s+)?(?P<get>get\s+(?:the\s+)?(?:third|3rd|fourth|4th|another|one more|one|1|a)(?:\s+(?:one|pair|item))?\s+(?:free|half[- ]price|half off|at half price))"
    r"|\b(?:half[- ]price|half off|\d+\s?% off)\s+(?:on\s+)?(?:the|a|your|their)\s+(?:second|2nd)\s+(?:pair|item|one|unit)"
    r"|\b(?:second|2nd)\s+(?:pair|item|one|unit)\s+(?:is\s+)?(?:at\s+)?(?:half[- ]price|half off|\d+\s?% off|free)",
    re.IGNORECASE)
_PAID_TRAFFIC = re.compile(r"(?P<w>直通车|淘宝客|多多进宝|多多搜索|多多场景|钻展|引力魔方|万相台|京东快车|京准通)(?:佣金)?(?:(?:提到|提高到|调到|设为|设成|为|给)\s*\d+\s*%)?")
_PLATFORM_EVENT = re.compile(r"百亿补贴|(?:京东|天猫|淘宝)?超级品牌日|聚划算|天天特卖|秒杀专场")
_FOLLOWERS = re.compile(r"(?:店铺|网店|旗舰店)(?:的)?(?:关注|收藏)(?:的)?(?:粉丝|用户|人|客户)|(?:关注|收藏)(?:了|过)?(?:我们的?)?(?:店铺|网店|旗舰店)(?:的)?(?:粉丝|用户|人|客户)|店铺粉丝")
_FOLLOWERS_REASON = "the shop's followers on the marketplace are not in the workspace's customer data"
#: What the seller already does on the marketplace, and the seller's own store (decision 210): context, no clause
#: (拼多多那边已经报了百亿补贴和万人团, "set up the Lightning Deal on Amazon ourselves", 自有小程序商城, 私域这边).
_OWN_SIDE = re.compile(r"(?:拼多多|淘宝|天猫|京东|抖音|快手|亚马逊|Shopee|Lazada|Amazon)(?:那边|那头|店铺|后台|平台)?(?:我们)?(?:已经|已|早就)(?:报了?|报名了?|参加了?|上了|开了|设置了?|设好了)[^，。；,;]{1,24}"
                       r"|(?:自有|自己的|我们的?)(?:微信)?小程序(?:商城)?|私域(?:这边|那边)"
                       # 抖音本地生活 (decision 245): the heading, and a voucher or group deal the seller put up there themselves
                       r"|^\s*(?:抖音|美团|大众点评|快手)(?:本地生活|团购)(?:这边)?\s*[:：]"
                       r"|(?:门店|店里|我们)(?:已经|已|在(?:抖音|美团|大众点评)(?:上)?)?上了[^，。；,;]{0,20}(?:代金券|团购券?|套餐|券)(?:[，,]\s*到店(?:核销|使用|自提))?"
                       r"|(?:抖音|美团|大众点评|快手)?(?:本地生活)?的?(?:团购|代金券|套餐)(?:我们)?(?:自己)?在后台(?:弄|做|设置|上|搞)", re.IGNORECASE | re.MULTILINE)

_OFFER_REASON = ("a plan prices one offer per order (a percentage or an amount off, free shipping, a gift or buy-one-get-one); "
                 "multi-buy and presale-deposit mechanics are set up on the marketplace, not by the plan")
_CHANNEL_REASON = "the marketplace's paid traffic is bought on the marketplace; copilot plans the brand's own channels"
_EVENT_REASON = "a marketplace's own programme: enrol on the marketplace; the plan covers the brand's own channels and offer"


def platform_not_applied(t: Text) -> list[NotApplied]:
    """Multi-buy / presale offers, marketplace paid traffic and marketplace events in the request, claimed."""
    claim_repeats(t)  # "$5,000 / 预算5000美元": a value said in both languages is one (bilingual.py)
    out = miniprogram_not_applied(t)  # 拼团价…六折, 充值500送50, 每人限购1双 (miniprogram.py)
    out.extend(team_sales_not_applied(t))  # "20% off team orders of 10+ pairs", 这个我们线下谈 (team_sales.py)
    out.extend(repair_not_applied(t))  # "our free resole service", "no 'last chance'" in the copy (repair.py)
    out.extend(partner_not_applied(t))  # "the club covers half of the $1,000 budget" (club_partner.py, decision 242)
    for m in _MULTI_BUY.finditer(t.text):
        if t.free(m.start(), m.end()):  # "buy 2 pairs of socks, get the third free": the socks stay to be read
            start = m.start("get") if m.group("get") else m.start()
            out.append(NotApplied(text=m.group(0), span=t.take(start, m.end()), affects="offer", reason=_OFFER_REASON))
    out.extend(multi_buy_not_applied(t))  # "BOGO 50% off", "15% off when they buy two", 两件八折 (multi_buy.py)
    for m in _PAID_TRAFFIC.finditer(t.text):
        if t.free(m.start(), m.end()):
            t.take(m.start(), m.end())  # "淘宝客佣金提到20%": the commission is no discount
            out.append(NotApplied(text=m.group("w"), span=t.span(m.start(), m.end("w")), affects="channel", reason=_CHANNEL_REASON))
    for m in _FOLLOWERS.finditer(t.text):  # 店铺关注的粉丝: the marketplace's followers (decision 210)
        if t.free(m.start(), m.end()):
            out.append(NotApplied(text=m.group(0), span=t.take(m.start(), m.end()), affects="audience", reason=_FOLLOWERS_REASON))
    for m in _OWN_SIDE.finditer(t.text):
        if t.free(m.start(), m.end()):
            t.take(m.start(), m.end())
    for m in _PLATFORM_EVENT.finditer(t.text):
        if t.free(m.start(), m.end()):
            out.append(NotApplied(text=m.group(0), span=t.take(m.start(), m.end()), affects="other", reason=_EVENT_REASON))
    return out
