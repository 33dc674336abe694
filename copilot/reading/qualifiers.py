"""Qualifiers of a question copilot cannot apply: said under Not applied with their reason, never dropped (session 24).

Found by the session-23 end-user probe, where each was dropped silently; each is a family, not a sentence:

- **A breakdown** ("broken down by RFM segment", "split by region", "grouped by tier", 按渠道拆分): copilot answers for
  the whole group at once; a segments question's own breakdown by segment is its answer, not a qualifier.
- **A comparison base that is no period** ("vs the 90-day average", "compared with the benchmark", 和平均水平比): one figure
  is answered; the base is listed.
- **A number of campaigns** ("for the last 3 campaigns", 最近三次活动): results are read over a period, not per send.
- **The same order** ("in the same order", "in a single basket", 同一个订单): copilot reads what each customer bought.
- **Orders split by discount** ("orders with a coupon vs without", "discounted vs full-price", 用券和没用券的订单).
- **Purchase frequency** ("how often do … buy", "orders per customer", 一年买几次, 购买频次).
- **How many of one category, in Chinese** (买过两个以上背包): orders are counted per customer, not per category
  (the English "bought more than 2 backpacks" is said by the audience rules already).
"""

from __future__ import annotations

from copilot.reading import regex as re
from copilot.reading.breakdown import settle_breakdown as settle_breakdown  # re-exported for reader.py
from copilot.reading.region_split import customers_by_region
from copilot.reading.schema import Affects, Intent, NotApplied
from copilot.reading.text import Text

_BREAKDOWN = re.compile(
    r"\b(?:broken\s+down|split(?:\s+out)?|segmented|grouped|sliced|cut|bucketed)\s+(?:by|per|across)\s+(?P<by>[\w' -]{2,30}?)(?=\s*(?:[,.;?!]|$|\b(?:and|for|in|over|during|from|last|this|among)\b))"
    r"|\b(?:a\s+)?breakdown\s+(?:by|per|across)\s+(?P<by2>[\w' -]{2,30}?)(?=\s*(?:[,.;?!]|$|\b(?:and|for|in|over|during|from|last|this|among)\b))"
    r"|按(?:照)?(?P<by3>[^，。？?！!、]{1,8}?)(?:拆分|拆开|细分|分开|分别)(?:来?看|统计|列出)?", re.IGNORECASE)
_REGION_BY = re.compile(r"region|地区|区域|地區|區域", re.IGNORECASE)
_SEGMENT_WORDS = re.compile(r"segment|tier|group|cohort|rfm|分层|分群|人群|层级|客群", re.IGNORECASE)
_BASE = re.compile(
    r"\b(?:vs\.?|versus|compared\s+(?:to|with)|against|relative\s+to)\s+(?:the\s+|our\s+|an?\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:average|avg|baseline|benchmark|norm|median|typical|usual|industry)\b"
    r"(?:\s+(?:average|avg|baseline|benchmark|norm|median|standard|rate|figure|level|number))*"
    r"|(?:和|跟|与|比|对比)(?:行业|大盘)?(?:平均|均值|基准)(?:水平|值|数据|线)?(?:相比|比)?|(?:和|跟|与|比|对比)(?:行业|大盘)(?:水平|数据)(?:相比|比)?",
    re.IGNORECASE)
_N_SENDS = re.compile(
    r"\b(?:for|in|over|across|from)\s+(?:the|our)\s+(?:last|past|previous|latest|recent|most\s+recent)\s+(?:\d+|two|three|four|five|six|few|several)\s+"
    r"(?:campaigns?|sends?|blasts?|newsletters?|mailings?|e-?mails?|pushes|texts)\b"
    r"|(?:最近|近|过去|前)(?:[\d两二三四五六七八九十]+|几)次(?:的)?(?:活动|推送|群发|邮件|短信|营销)", re.IGNORECASE)
_SAME_ORDER = re.compile(
    r"\b(?:in|on|within)\s+(?:the\s+same|one|a\s+single|a\s+single)\s+(?:order|basket|cart|transaction|purchase|checkout|receipt)\b"
    r"|同一(?:个|笔|张)?(?:订单|单|购物车)(?:里|中|内)?|一(?:个|笔)订单(?:里|中|内)", re.IGNORECASE)
_BY_DISCOUNT = re.compile(
    r"\b(?:with|using)\s+(?:a\s+|any\s+)?(?:discount|coupon|promo(?:\s+code)?|code|voucher)s?\s+(?:vs\.?|versus|or|and|compared\s+(?:to|with))\s+"
    r"(?:those\s+|ones\s+|orders\s+)?without\b(?:\s+(?:a|one|any))?(?:\s+(?:discount|coupon|promo|code|voucher)s?)?"
    r"|\bdiscounted\s+(?:vs\.?|versus|or|and)\s+full[- ]price\b|\bfull[- ]price\s+(?:vs\.?|versus|or|and)\s+discounted\b"
    r"|(?:有|用了?|使用了?)(?:折扣|优惠券?|券)(?:的)?(?:订单)?(?:和|跟|与|还是|vs)(?:没用|没有|不用|未使用|无|没)(?:折扣|优惠券?|券)?", re.IGNORECASE)
_FREQUENCY = re.compile(
    r"\bhow\s+(?:often|many\s+times)\b|\bpurchase\s+frequency\b|\b(?:orders|purchases)\s+per\s+(?:customer|person|buyer|shopper|year)\b"
    r"|(?:一年|每年)?(?:买|购买|下单)几次(?:东西)?|(?:购买|下单|复购)(?:频次|频率)", re.IGNORECASE)
#: "how often" asks a frequency when a purchase verb follows it ("how often do Champions buy?"), not of sends
_BUY_AFTER = re.compile(r"[^?.!]{0,40}?\b(?:buy|purchase|order|shop|come back|return)s?\b", re.IGNORECASE)
#: a second order timed from the first ("placed a second order within 60 days", 首单后30天内复购): a cohort's conversion
_SECOND_ORDER_WITHIN = re.compile(
    r"\b(?:placed|made|came\s+back\s+(?:for|with)|returned\s+(?:for|with)|went\s+on\s+to\s+(?:place|make))\s+(?:a|their)\s+"
    r"(?:second|2nd|next|repeat)\s+(?:order|purchase)\s+within\s+\d+\s+(?:days?|weeks?|months?)(?:\s+of\s+(?:their|the)\s+first(?:\s+(?:order|purchase))?)?"
    r"|首单后\s*[\d一二两三四五六七八九十]+\s*(?:天|周|个月)(?:内|之内|以内)(?:复购|下了?第二单|再次下单|回购)", re.IGNORECASE)
_ZH_CATEGORY_COUNT = re.compile(r"(?:买过|购买过|买了)(?P<n>[两二三四五六七八九十\d]+\s*(?:个|件|双|顶|把|只|条|支|款)(?:或?以上|及以上)?)")

_REASONS: dict[str, tuple[Affects, str]] = {
    "breakdown": ("other", "copilot answers for the whole group at once, not broken down this way; ask again for each part"),
    "base": ("other", "copilot answers one figure; it does not set it against an average or a benchmark: ask for that too"),
    "sends": ("other", "copilot reads results over a period, not over a number of campaigns; the answer covers the period asked (or all of the data)"),
    "same_order": ("audience", "copilot reads what each customer bought, not which items were in one order; the count is of customers who bought each"),
    "by_discount": ("other", "copilot does not split orders by whether a discount was used; the answer covers all orders"),
    "second_order": (
        "audience",
        "copilot counts customers by what they did, not how soon after their first order they ordered again; ask for the count of repeat buyers",
    ),
    "frequency": ("other", "copilot does not report purchase frequency (orders per customer); it reports counts, segment sizes, revenue and AOV"),
}
CATEGORY_COUNT_REASON = ("copilot counts a customer's orders, not how many of one category were bought; "
                         "the audience is everyone who bought it")


def question_qualifiers(t: Text, intent: Intent) -> list[NotApplied]:
    """Qualifiers of a question copilot cannot apply, claimed before the rules read their words (so "the 90-day
    average" is no period and "with a discount" no offer) and listed with their reason."""
    out: list[NotApplied] = []
    found: list[tuple[str, re.Match[str]]] = [(key, m) for key, rx in (("breakdown", _BREAKDOWN), ("base", _BASE), ("sends", _N_SENDS),
                                                                      ("same_order", _SAME_ORDER), ("by_discount", _BY_DISCOUNT),
                                                                      ("frequency", _FREQUENCY),
                                                                      ("second_order", _SECOND_ORDER_WITHIN)) for m in rx.finditer(t.text)]
    if intent in ("count", "other", "segments", "channel_performance") and (by := customers_by_region(t.text)) and t.free(*by.span()):
        t.take(*by.span())  # "which region has the most …", 哪个地区的客户最多: the region breakdown the answer gives, read
    for key, m in found:
        if key == "breakdown" and intent == "segments" and _SEGMENT_WORDS.search(m.group("by") or m.group("by2") or m.group("by3") or ""):
            continue  # "revenue broken down by segment" asked of segments: the breakdown is the answer
        if key == "breakdown" and intent in ("count", "other", "segments", "channel_performance") and _REGION_BY.search(m.group(0)) and customers_by_region(t.text):
            continue  # "customers split by region", 按地区拆分: counted region by region (region_split.py), the answer
        if key == "frequency" and re.match(r"how", m.group(0), re.I) and not _BUY_AFTER.match(t.text, m.end()):
            continue  # "how often should we email them?": a cadence, not a purchase frequency
        if not t.free(m.start(), m.end()):
            continue
        affects, reason = _REASONS[key]
        out.append(NotApplied(text=m.group(0).strip(), span=t.take(m.start(), m.end()), affects=affects, reason=reason))
    return out


def category_counts(t: Text) -> list[NotApplied]:
    """买过两个以上背包: the category is read; how many of it is said (after the rules read the rest)."""
    out: list[NotApplied] = []
    for m in _ZH_CATEGORY_COUNT.finditer(t.text):
        a, b = m.span("n")
        if t.free(a, b) and not t.free(b, min(len(t.text), b + 1)):
            out.append(NotApplied(text=m.group("n"), span=t.take(a, b), affects="audience", reason=CATEGORY_COUNT_REASON))
    return out
