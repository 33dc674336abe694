"""The reader's rules for money and offers: the budget (or a budget mentioned with no amount), the offer,
a discount cap or no discount, and the holdout."""

from __future__ import annotations

from copilot.reading import offer_forms as forms
from copilot.reading import regex as re
from copilot.reading.numbers import DIGITS, NUMBER, WORDS, ZHE, find_money, to_number, zhe_to_percent_off
from copilot.reading.offer_minimum import with_minimum
from copilot.reading.offer_terms import MIN_SPEND, claimed_spend_cut
from copilot.reading.schema import (
    Budget,
    DiscountCap,
    Holdout,
    NoDiscount,
    NotApplied,
    Offer,
)
from copilot.reading.text import Text

#: A percentage given as the offer without "off": after a verb of giving, or "of discount" after it.
_GIVEN_PERCENT = re.compile(r"\b(?P<verb>offer(?:ing)?|giv(?:e|ing)|get|gets|ideally|preferably|aim for|let'?s do|go with)\s+(?:them\s+|you\s+|our\s+\w+\s+)?(?:the\s+|a\s+|an\s+)?(?P<n>\d{1,2}(?:\.\d)?)\s?(?:%|percents?)"
                            r"(?!\s*(?:of|more|less|fewer|share|holdout|hold-out|control))"
                            r"|(?<![\d.])(?P<n2>\d{1,2}(?:\.\d)?|" + WORDS + r")\s?(?:%|percents?|pct|pc)\s+(?:of\s+)?(?:discount|reduction|rebate)"
                            # non-native "a 10% in all the headlamps", "10 % on backpacks": the offer on what follows
                            r"|(?<![\d.])(?P<n3>\d{1,2}(?:\.\d)?)\s?(?:%|percents?|pct)\s+(?:in|on)\s+(?:all\s+)?(?:the\s+|our\s+)?"
                            r"(?!(?:control|holdout|hold-?out|test|treatment|group|share|sample|top|bottom|each|every)\b)(?=[a-z])"
                            # the discount word first: "discount 20%", "discount: 15%", 折扣20%
                            r"|(?:\bdiscount|\boffer|折扣|优惠力度)\s*(?:of|:|=|is|at|为|是)?\s*(?P<n4>\d{1,2}(?:\.\d)?)\s?(?:%|percent)(?!\s*(?:max|cap|or (?:less|more)|tops))"
                            # a follow-up that changes it: "bump it to 15%", "make it 20%", "raise the discount to 25%"
                            r"|\b(?:bump|raise|up|increase|change|make|take|drop|lower|cut)\s+(?:it|the discount|the offer|that)\s+(?:up\s+|down\s+)?(?:to\s+)?(?P<n5>\d{1,2}(?:\.\d)?)\s?%(?!\s*(?:holdout|hold-?out|control))",
                            re.IGNORECASE)


_HEDGED = ("ideally", "preferably", "aim for", "let's do", "lets do", "go with")
#: "no more than 25% off, ideally 10%": discount words just before a hedged percentage
_DISCOUNT_BEFORE = re.compile(r"\b(?:off|discount\w*|promo\w*|coupon|offer)\b[^.;:!?\n]*$", re.IGNORECASE)


def _corrected_percent(t: Text) -> Offer | None:
    """"10% off. Wait, 15%": the bare percentage that replaced an offer (copilot.reading.corrections)."""
    for a, b in t.corrected_offers:
        v = to_number(t.text[a:b].rstrip("% "))
        if t.free(a, b) and v is not None and 0 < v < 100:
            return Offer(kind="percent_off", value=v, span=t.take(a, b))
    return None


def _given_percent(t: Text) -> Offer | None:
    """"offer the 25% on all tents", "give them 15% for first order", "10 percents of discount"."""
    for g in _GIVEN_PERCENT.finditer(t.text):
        at = next(k for k in ("n", "n2", "n3", "n4", "n5") if g.group(k))
        v = to_number(g.group(at))
        if (g.group("verb") or "").lower() in _HEDGED and not _DISCOUNT_BEFORE.search(t.text[max(0, g.start() - 40) : g.start()]):
            continue  # "keep a holdout, ideally 10%": a hedged percentage is the offer only after discount words
        if t.free(g.start(at), g.end()) and v is not None and 0 < v < 100:
            return Offer(kind="percent_off", value=v, span=t.take(g.start(at), g.end()))
    return None


_RESULT_CONTEXT = re.compile(r"\b(?:we (?:did|made|sold|brought in|hit|got)|brought in|generated|made|did about|revenue (?:of|was)|sales (?:of|were)|"
                             r"target(?:ed)? (?:of|was)|vs\.?(?: an?)?|versus|last (?:quarter|year|month)(?:'s)?|goal (?:of|was))\s*(?:about|around|roughly|~)?\s*$",
                             re.IGNORECASE)


#: A past result or a goal in the clause before an amount: "Last year we spent $12k", "Our revenue target is $100k",
#: 去年双十一花了十万, 今年目标销售额200万元, 上次活动…花了4万.
_PAST_OR_GOAL = re.compile(r"\b(?:last|previous|prior)\s+(?:year|quarter|month|week|time|campaign|season|spring|summer|fall|autumn|winter|holiday|"
                           r"black friday|christmas|promo|sale|send|email)|\b(?:spent|made|generated|earned|sold|brought in|grossed|revenue|sales|gmv|"
                           r"aov|roas|roi|kpi|forecast|quota)\b|\b(?:target|goal)\s*(?:is|was|of|:|=)|\b(?:a|our|the|sales|revenue)\s+(?:target|goal)\b"
                           r"|去年|前年|上次|上一次|上回|上个月|上月|上季度|上周|同期|往年|以往|花了|用了|卖了|目标|销售额|营收|业绩|成交|GMV|ROI|客单价", re.I)
_BUDGET_OWN = re.compile(r"budget|预算|经费|投入|花费|费用", re.I)


def _clause_before(text: str, at: int) -> str:
    """The words of the amount's own clause before it (from the last sentence mark or comma)."""
    head = text[max(0, at - 80) : at]
    cut = max((m.end() for m in re.finditer(r"[.;!?\n。；！？，]|,(?!\d)|\bbut\b", head)), default=0)
    return head[cut:]


#: A ceiling on what the campaign costs: "keep it under 5 grand", "it must be under 1500 dollars the total cost".
_KEEP_UNDER = re.compile(r"\b(?:keep(?:ing)?\s+(?:it|(?:the\s+)?(?:spend|spending|costs?|total))|stay(?:ing)?|(?:must|should|has to|needs to)\s+(?:to\s+)?be|"
                         r"come\s+in|cost(?:s|ing)?|budget(?:'s|\s+is|\s+of|\s+at)?\s*:?|all[- ]in|in total|total(?:\s+spend)?)\s+(?:at\s+or\s+)?"
                         r"(?:under|below|less than|within|no more than|up to|max(?:imum)?(?:\s+of)?)\s*$"
                         r"|\b(?:shouldn'?t|should not|won'?t|will not|mustn'?t|must not|can'?t|cannot|don'?t|do not|not)\s+(?:go|be|run|come in)\s+(?:over|above|beyond|more than)\s*$"
                         r"|\b(?:not|never|don'?t|do not|shouldn'?t)\s+exceed(?:ing)?\s*$|\bno\s+(?:budget|spend(?:ing)?)\s+(?:over|above|beyond|past|more than)\s*$", re.IGNORECASE)  # 247


def read_budget(t: Text, used: set[int]) -> Budget | None:
    for a, b in t.corrected_budgets:  # "预算两万，算了，改成三万" (copilot.reading.corrections)
        value = to_number(t.text[a:b].rstrip("元块"))
        if t.free(a, b) and value:
            return Budget(amount=value, currency="CNY" if t.text[b - 1] in "元块" else None, span=t.take(a, b))
    best = None
    for money in find_money(t.text):
        if money.start in used or not t.free(money.start, money.end):
            continue
        after = t.text[money.end : money.end + 18].lower().split("\n")[0]  # a list's next line is another field
        before = t.text[max(0, money.start - 14) : money.start].lower().split("\n")[-1]
        if re.match(_OFF_AFTER + r"|\s*(?:立减|折扣|(?:e-?)?gift\s?cards?|礼品卡|购物卡)", after) or re.search(
                r"满\s*$|减\s*$|立减\s*$|直降\s*$|立省\s*$|(?:送|赠|返)\s*$|旧[\u4e00-\u9fff]{1,4}(?:可|能)?(?:抵扣?|折)\s*$|\bsave\s*$|券(?:面额|金额|面值)?(?:为|是)?\s*$", before):
            continue  # an offer
        if forms.REPLACED_OR_COUPON.search(t.text[max(0, money.start - 24) : money.start]):
            continue  # "send coupon 20 dollar", "make it 20% instead of $15": an offer's amount, not what to spend
        if re.search(r"\b(?:when|if|once)\s+(?:you|they|customers|shoppers)\s+spend\s*(?:over\s+|at least\s+)?$", t.text[max(0, money.start - 30) : money.start], re.I) or (
                re.search(r"\bspend\s*(?:over\s+)?$", before) and re.match(r"\s*,?\s*(?:and\s+)?(?:save|get)\s+[$€£]", after)):
            continue  # "spend $100 save $20", "save $15 when you spend $100": the offer's minimum
        if re.search(r"[$€£]\s?\d[\d,.]*\s+off\s+(?:on\s+)?$", t.text[max(0, money.start - 16) : money.start], re.I):
            continue  # "$20 off $120": the order the discount needs
        ceiling = _KEEP_UNDER.search(t.text[max(0, money.start - 30) : money.start]) or (  # "keep it under 5 grand"
            re.search(r"\b(?:under|below|less than|no more than|up to)\s*$", before)  # "under $1.8k total", "under $2k all in"
            and re.match(r"\s*(?:total|all[- ]in|in total|overall|max(?:imum)?|tops|for the (?:whole|entire) (?:thing|campaign))\b", after))
        if not ceiling and (re.match(r"\s*(?:each|per|a piece|apiece|or (?:less|more)|以上|以下|的(?:商品|产品))", after) or re.search(
                r"(?:under|over|above|below|priced at|costs?|价格|单价|低于|高于)\s*$", before)):
            continue  # a price or a threshold, not a budget
        named = bool(ceiling or re.search(r"budget|预算|spend|投入|经费|费用|total cost|all[- ]in", t.text[max(0, money.start - 30) : money.end + 20], re.I))
        clause = _clause_before(t.text, money.start)
        # the budget word in the amount's own clause ("Budget $8,000", "本次活动预算5万元", "$3k budget")
        own = bool(ceiling or _BUDGET_OWN.search(clause[-30:]) or re.match(r"\s*(?:budget|预算|经费)", t.text[money.end : money.end + 8], re.I))
        # "(we did about $40k vs a $60k target)", "Last year we spent $12k", 今年目标销售额200万元: past results and
        # targets are context, not what to spend
        context = bool(_RESULT_CONTEXT.search(t.text[max(0, money.start - 30) : money.start]) or _PAST_OR_GOAL.search(clause)
                       or re.match(r"\s*(?:target|goal|in (?:sales|revenue)|revenue|of sales)\b", t.text[money.end : money.end + 16], re.I))
        key = (own and not context, not context, own, named, money.amount)
        if best is None or key > best[0]:
            best = (key, money)
    if best is None:
        return None
    money = best[1]
    for low in find_money(t.text):  # "between $2k and $3k", "$2k to $3k": the range's top is the budget, its low end is read with it
        gap = t.text[low.end : money.start]
        if low.end <= money.start and t.free(low.start, low.end) and (
                re.fullmatch(r"\s*(?:-|–|—|to|~|至|到)\s*", gap) or (re.fullmatch(r"\s+and\s+", gap) and re.search(r"\bbetween\s+$", t.text[: low.start], re.I))):
            t.take(low.start, low.end)
    return Budget(amount=money.amount, currency=money.currency, span=t.take(money.start, money.end))


_BUDGET_WORDS = re.compile(r"(?<![A-Za-z0-9_-])(?:budget\w*|(?:(?:low|mid|high)[- ])?(?:four|five|six|seven)[- ]figures?|(?<!return on )(?<!return on ad )(?<!ad )spend(?:ing)?|grand|bucks|quid)(?![A-Za-z0-9_-])|预算|经费", re.I)


def budget_mention(t: Text) -> NotApplied | None:
    """A budget mentioned with no amount that could be read ("budget to be confirmed by finance")."""
    for m in _BUDGET_WORDS.finditer(t.text):
        if not t.free(m.start(), m.end()):
            continue
        text = t.text
        start = max(text.rfind(c, 0, m.start()) for c in ",.;，。；") + 1
        ends = [i for i in (text.find(c, m.end()) for c in ",.;，。；") if i >= 0]
        end = min(ends) if ends else len(text)
        snippet = " ".join(text[start:end].split())[:80]
        if re.match(r"\s*(?:\$|€|£|¥|\d)", text[m.end():m.end() + 4]):
            continue
        if m.group(0).lower() in ("grand", "bucks", "quid") and re.search(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|fifty|hundred|thousand|couple))\s*$",
                                                                      text[: m.start()], re.I):
            continue  # "15 quid off": part of an amount, read as an amount
        if re.search(r"\b(?:spent|spend)\s+(?:over|more|at least|above|under)", snippet, re.I):
            continue
        if re.search(r"\b(?:by|in|lifetime|total|their|average|highest|top|most|customer|of)\s+$", text[max(0, m.start() - 12) : m.start()], re.I):
            continue  # "top 10% by spend", "lifetime spend": the customers' spending, not the campaign's budget
        # only the budget word is claimed: the clause's other words (a product, an audience) are still read
        return NotApplied(text=snippet, span=t.take(m.start(), m.end()),
                          affects="budget", reason="no amount could be read; the plan is priced at the send cost")
    return None


def _read_cap(t: Text) -> DiscountCap | None:
    """The discount cap: "no discount deeper than 15%", "max 20% off", 折扣不超过八五折, 九折封顶."""
    text = t.text
    cap_rx = re.compile(
        r"(?:(?:no|not|never|without|don'?t|nothing|nothin['’]?|shouldn'?t|should not|must not|mustn'?t|won'?t|can'?t|cannot)\s+|(?<=non-goals: )|(?<=, )(?=discounts? deeper))(?:a\s+)?"
        r"(?:discounts?|discounting|offers?|promo(?:tion)?s?|(?:promotional\s+|discount\s+|markdown\s+)?depth|markdowns?|price cuts?|"
        r"going|go|be|exceed(?:ing)?)?\s*(?:any\s+)?"
        r"(?:deeper|bigger|larger|greater|higher|more|steeper|over|above|beyond|exceeding|past)?\s*(?:than)?\s*"
        rf"(?:(?P<n>{NUMBER})\s*(?:%|percent|per cent)|(?P<frac>a\s+(?:fifth|quarter|third|tenth)|half))(?:\s*off)?(?!\s+(?:everything|all|sitewide|storewide))"
        rf"|(?:max(?:imum)?\.?|cap(?:ped)?(?: (?:it|that|them|the discount|discounts|the offer))?(?: at)?|limit(?:ed)?(?: to| at)?|at most|up to a max(?:imum)? of|up to|no more than|not more than|ceiling of)"
        rf"\s*(?:of\s+)?(?:a\s+)?(?:discounts?\s+(?:of\s+)?)?(?P<n2>{NUMBER})\s*(?:%|percent|per cent)(?:\s*(?:off|discount))?"
        rf"|(?:(?:keep|hold)\s+(?:any|all|the|our)\s+)?(?<!raise the )(?<!bump the )(?<!up the )(?<!change the )(?<!increase the )(?<!take the )discounts?\s+(?:must\s+|should\s+|can(?:not|'t)?\s+|may\s+)?(?:not\s+)?(?:be\s+)?(?:capped|limited|kept)?\s*(?:at\s+or\s+(?:below|under|less)|at|to|under|below|within|exceed|above|over)\s+(?:max\s+)?(?P<n3>{NUMBER})\s*(?:%|percent)"
        # "the deepest we can go is 25% off", "the biggest discount is 20%"
        rf"|(?:the\s+)?(?:deepest|biggest|largest|steepest|max(?:imum)?)\s+(?:discount\s*|offer\s*|markdown\s*)?(?:we\s+(?:can|could|will|'ll)\s+(?:go|do|offer|give)\s+)?(?:is|=|:)\s*(?P<n5>{NUMBER})\s*(?:%|percent)(?:\s*off)?"
        rf"|(?P<n4>{NUMBER})\s*(?:%|percent)\s*(?:off\s+|discount\s+)?(?:max(?:imum)?|cap|at most|tops|or less)(?:\s+discount)?"
        r"|(?:折扣|优惠|让利)(?:力度)?\s*(?:不超过|不得超过|不能超过|不要超过|别超过|最多|最大|上限为?|控制在)\s*(?P<z>\d+(?:\.\d+)?|[一二三四五六七八九十]+)\s*(?:%|％)"
        r"|(?:(?:折扣|优惠|让利)(?:力度)?\s*(?:上限|底线|下限)(?:为|是|在)?|不超过|别超过|不要超过|不能超过|不得超过|不低于|别低于|不要低于|不能低于|不得低于|最低|最多|最少|顶多|封顶)\s*(?:打|到|打到)?\s*(?P<zhe>[一二三四五六七八九]{1,2}|[1-9]\d(?![\d.])|\d(?:\.\d)?)\s*折"
        r"|(?:折扣|优惠)\s*(?:不超过|不得超过|最多|上限)\s*(?:百分之)(?P<z2>[一二三四五六七八九十]+)"
        r"|(?P<zhe2>[一二三四五六七八九]{1,2}|[1-9]\d(?![\d.])|\d(?:\.\d)?)\s*折\s*(?:封顶|为上限|是底线|到头)"
        # spoken, beside a percentage offer: "ten percent off the whole site. nothing over ten."
        rf"|\b(?:nothing|(?:don'?t|do not|never)\s+go)\s+(?:over|above|deeper than|more than|past|beyond)\s+(?P<n6>{NUMBER})(?=\s*(?:[.,;!)]|$))",
        re.I)
    for m in cap_rx.finditer(text):
        if not t.free(m.start(), m.end()):
            continue
        if m.group("zhe") or m.group("zhe2"):
            v = zhe_to_percent_off(m.group("zhe") or m.group("zhe2"))
        elif m.group("frac"):  # "nothing steeper than a fifth off"
            v = {"fifth": 20.0, "quarter": 25.0, "third": 100 / 3, "tenth": 10.0, "half": 50.0}[m.group("frac").split()[-1].lower()]
        else:
            if m.group("n6") and not re.search(r"\d\s*%|\bpercent\b", text, re.I):
                continue  # a bare number is a percentage only beside a percentage offer
            raw = next(g for g in (m.group("n"), m.group("n2"), m.group("n3"), m.group("n4"), m.group("n5"), m.group("z"), m.group("z2"), m.group("n6")) if g)
            v = to_number(raw)
        if v is not None and 0 <= v <= 100:
            return DiscountCap(max_percent=v, span=t.take(m.start(), m.end()))
    return None


def read_offer(t: Text) -> tuple[Offer | None, DiscountCap | None, NoDiscount | None]:
    m: re.Match[str] | None = None
    text = t.text
    offer: Offer | None = None
    no_disc: NoDiscount | None = None
    cap = _read_cap(t)
    nd = t.find((r"no discount(?:s|ing)?", r"no disc\.?(?![\w.])", r"(?:discounts?|offers?|promos?|promotions?)\s*[:=]\s*(?:none|no|n/?a|nil|0\s*%?)(?![\w%])", r"no disco?u?nts?\b", r"without (?:any )?discounts?", r"no (?:coupons|promo codes|markdowns)", r"full[- ]price(?: only)?", r"drop(?:ped|ping)? the discount", r"no price cuts?", r"don'?t touch the price", r"(?<=non-goals)[^\n]{0,40}?\bprice cuts?",
                 r"(?<=- )any (?:discounts?|markdowns?|price cuts?)(?=\s*(?:\n|$))",
                 r"don'?t discount", r"do not discount", r"not discounting", r"(?:zero|0%?) discounts?", r"no (?:other|additional|further|extra) (?:discounts?|offers?|promos?|markdowns?)", r"not discount", r"不要打折", r"别打折", r"不打折", r"不(?:用|需要?|必)打折", r"不(?:做|打|给|用|搞|提供)(?:任何)?(?:的)?(?:折扣|折)(?!率|力度)", r"零折扣", r"(?<![不非])全价(?:销售|卖|出售)?", r"不要折扣", r"不降价", r"原价", r"(?<!有)无折扣",
                 r"(?:优惠|折扣|促销|优惠券|折扣力度)\s*[:：=]\s*(?:无|没有|不打折|0)(?=$|[；;，,。\s|｜])",  # 优惠：无
                 # "no promo", "without a coupon" (not the "no coupon" arm of a test: "coupon vs no coupon")
                 r"(?<!vs )(?<!vs\. )(?<!versus )(?<!or )(?<!and )(?<!against )(?:no\s+|without\s+(?:a |an |any )?)(?:promos?|promotions?|promo codes?|coupons?|vouchers?|deals?|markdowns?)(?! (?:vs|versus|or|and)\b)",
                 r"不(?:做|搞|给|发|送|用|带|加)(?:任何)?(?:优惠|促销|券|优惠券)", r"(?<!有)无优惠", r"没有优惠"))
    if nd and cap is None:
        no_disc = NoDiscount(span=t.take(nd.start(), nd.end()))
    # offers
    m = re.compile(r"(?:up to\s+)?(?P<n>\d{1,2}(?:\.\d)?)\s?(?:%|percent|per cent|pct|pc)\s?(?:\w+\s)?(?:off|discount|coupon|promo|code|voucher|of(?=\s*(?:[,;.—–]|\s-\s|$)))|(?P<w>" + r"[a-z-]+" +
                   r")\s+percent\s+(?:off|discount|code|coupon|voucher)|\ba\s+(?P<frac>quarter|third|fifth|tenth)\s+off|\b(?P<half>half)\s+off", re.I).search(text)
    while m and not t.free(m.start(), m.end()):
        m = re.compile(r"(?P<n>\d{1,2}(?:\.\d)?)\s?(?:%|percent)\s?(?:off|discount)(?P<w>)(?P<frac>)(?P<half>)", re.I).search(text, m.end())
    if m:
        frac = m.group("frac") or m.group("half")  # (the retry pattern has the same groups, empty)
        v = ({"quarter": 25.0, "third": 33.3, "fifth": 20.0, "tenth": 10.0, "half": 50.0}[frac.lower()] if frac
             else to_number(m.group("n") or m.group("w") or ""))
        if v is not None:
            offer = Offer(kind="percent_off", value=v, span=t.take(m.start(), m.end()))
    offer = offer or claimed_spend_cut(t) or _given_percent(t) or _corrected_percent(t) or forms.coded_percent(t) or forms.half_price(t)  # 送10%折扣碼NEW10, 袜子半价
    if offer is None:
        for z in ZHE.finditer(text):
            if t.free(z.start(), z.end()) and not re.search(r"(?:不超过|别超过|不要超过|不能超过|不得超过|不低于|别低于|不要低于|不能低于|不得低于|最低|最多|最少|顶多|封顶)\s*(?:打|到|打到)?\s*$", text[max(0, z.start() - 6) : z.start()]):
                v2 = zhe_to_percent_off(z.group("num"))
                if v2:
                    offer = Offer(kind="percent_off", value=v2, span=t.take(z.start(), z.end()))
                    break
    if offer is None:
        for money in find_money(text):
            after = text[money.end : money.end + 16].lower()
            before = text[max(0, money.start - 8) : money.start]
            if t.free(money.start, money.end) and (re.match(_OFF_AFTER, after) or re.search(r"减\s*$|立减\s*$|直降\s*$|立省\s*$|旧[\u4e00-\u9fff]{1,4}(?:可|能)?(?:抵扣?|折)\s*$|(?:\bsave|\bget)\s*$|券(?:面额|金额|面值)?(?:为|是)?\s*[，,]?\s*$", before, re.I)
                                                   or _VOUCHER_OF.search(text[max(0, money.start - 30) : money.start])
                                                   or forms.COUPON_BEFORE.search(before)):
                end = money.end + len(re.match(_OFF_AFTER + "?", after).group(0).rstrip())  # type: ignore[union-attr]
                if (minimum := _MIN_ORDER.match(text, end)) is not None:
                    end = minimum.end()  # "$10 off orders over $75": the offer's own minimum, no threshold on people
                mj = re.search(r"满\s*[\d.]+\s*(?:元)?\s*减\s*$|\bspend\s+(?:over\s+)?[$€£]\s?\d[\d,.]*\s*,?\s*(?:and\s+)?(?:save|get)\s*$", text[max(0, money.start - 28) : money.start], re.I)
                start = money.start - (len(text[max(0, money.start - 28) : money.start]) - mj.start()) if mj else money.start
                start -= len(cw.group(0)) if (cw := forms.COUPON_BEFORE.search(text[max(0, start - 16) : start])) else 0  # "coupon 20 dollar"
                # the offer's condition before 送: "90天内二次下单送50元无门槛券"
                mc = re.search(r"[^，。；,;：:]{0,16}?(?:下单|购买|消费|复购|买)[^，。；,;：:]{0,4}?(?:送|赠|返)\s*$", text[max(0, start - 24) : start])
                if mc and t.free(start - (len(text[max(0, start - 24) : start]) - mc.start()), start):
                    start -= len(text[max(0, start - 24) : start]) - mc.start()
                offer = Offer(kind="amount_off", value=money.amount, currency=money.currency, span=t.take(start, end))
                break
    if offer is None:
        mz = re.search(r"[满滿]\s*(?P<a>[\d.]+(?:万\d?)?|[零一二两三四五六七八九十百千]+)\s*(?:元|块)?\s*(?:减|減|折(?=\s*(?:\d{2,}|[一二两三四五六七八九]?[十百千])))\s*(?P<b>[\d.]+|[零一二两三四五六七八九十百千]+)", text)
        value = to_number(mz.group("b")) if mz else None
        if mz and t.free(mz.start(), mz.end()) and value:  # 满300减40, 满二百减二十
            first = mz.start() - 1 if mz.start() and text[mz.start() - 1] == "\u6bcf" else mz.start()  # 每满300减30: per 300
            offer = Offer(kind="amount_off", value=value,
                          currency="CNY" if re.search(r"元|¥|￥", mz.group(0)) else None, span=t.take(first, mz.end()))
    if offer is None:
        offer = forms.first_gift(t) or _named_offer(t) or forms.claimed_gift(t)  # a gift claimed before the audience (offer_forms)
    forms.claim_replaced_offer(t, offer)  # "make it 20% instead of $15": the replaced offer is no budget, no second offer
    offer = with_code(t, offer) if (offer := with_minimum(t, offer)) is not None else None  # its minimum order; "code BACK15"
    return offer, cap or forms.cap_of_offer(t, offer), no_disc


_OFF_AFTER = r"\s*(?:off|(?:of\s+)?(?:discount|reduction|rebate)|(?:store\s+|account\s+)?credit|coupon|voucher|(?:的)?(?:无门槛)?(?:优惠|代金|现金|折價|折价|折抵)?券|无门槛)"
#: "a voucher of 20 dollars", "a coupon worth $15", "gift card for €25": an amount off named by its voucher first
_VOUCHER_OF = re.compile(r"\b(?:vouchers?|coupons?|gift ?cards?|credits?|e-?vouchers?)\s+(?:of|worth|for|valued at)\s+(?:about\s+)?$", re.I)
_MIN_ORDER = re.compile(r"\s*(?:on\s+|for\s+|with\s+)?(?:any\s+|all\s+|your\s+|their\s+|the\s+|an?\s+|each\s+|every\s+)?(?:(?:next|first|second|1st|2nd)\s+)?(?:orders?|purchases?|baskets?|carts?|checkouts?)\s+"
                        r"(?:over|above|of|from|of at least|\$?\d[\d,.]*\+)\s*(?:[$€£]\s?\d(?:[\d,.]*\d)?\+?(?:\s?(?:dollars|euros|pounds))?|\d(?:[\d,.]*\d)?\s?(?:dollars?|euros?|pounds?|bucks|usd|eur|gbp)\b)?(?:\s+or\s+(?:more|above|higher))?"
                        r"|\s+(?:on\s+)?(?=[$€£]\s?\d)[$€£]\s?\d(?:[\d,.]*\d)?\+?(?!\s*(?:budget|total|all[- ]in|k\b))"  # "$20 off $120"
                        r"|" + MIN_SPEND +  # "RM30 off with min spend RM300", "a voucher of 20 dollars for minimum 150 dollars"
                        r"|\s*,?\s*(?:when|if|once)\s+(?:you|they|customers|shoppers)\s+spend\s+(?:over\s+|at least\s+)?[$€£]\s?\d(?:[\d,.]*\d)?(?:\s?(?:dollars|euros|pounds))?(?:\s+or\s+more)?", re.I)


def _named_offer(t: Text) -> Offer | None:
    """An offer named by its kind: free shipping, buy-one-get-one, a gift with purchase."""
    for kind, words in (("free_shipping", (r"free[- ]ship\b", r"free[- ](?:shipping|delivery)(?:\s+(?:on\s+)?(?:(?:any|all|(?:the |your |their )?(?:first|next))\s+)?(?:orders?\s+)?(?:over|above|of|from)\s+[$€£]\s?\d(?:[\d,.]*\d)?\+?)?",
                                            r"满\s*[\d.]+\s*(?:元|块)?\s*包邮", r"包邮", r"免运费", r"免邮", r"免[运運](?!输|輸)(?:费|費)?",
                                            r"ships? (?:for )?free", r"shipping(?: is|'s) on us", r"free postage", r"(?:we(?:'ll| will)? )?cover (?:the )?shipping",
                                            r"no shipping (?:fees?|costs?|charges?)")),
                        ("bogo", (r"buy one,? get one(?: free| half off)?", r"bogo", r"2[- ]for[- ]1", r"two for one", r"买一送一", r"买一赠一")),
                        ("gift", (r"(?:free )?gift with (?:any |every )?(?:purchase|order)s?(?:\s+(?:over|above|of at least|of)\s+[$€£]\s?\d(?:[\d,.]*\d)?\+?)?", r"gwp", r"free gift(?:\s*\([^)]{0,30}\))?(?:\s+(?:with|on) (?:any |every |each |your |their )?(?:next )?(?:purchase|order)s?(?:\s+(?:over|above|of)\s+[$€£]\s?\d(?:[\d,.]*\d)?\+?)?)?",
                                  r"free (?!shipping|delivery|returns)[a-z][\w-]*(?: [a-z][\w-]*)? with (?:any |every |each )?(?:purchase|order)s?(?:\s+(?:over|above|of)\s+[$€£]\s?\d(?:[\d,.]*\d)?\+?)?",
                                  # "a free pair of socks on their next order", "every order gets a free headlamp"
                                  r"(?:an? )?free (?!shipping|delivery|returns|trial|gift)(?:pair of |set of )?[a-z][\w-]*(?: [a-z][\w-]*)? (?:on|in) (?:any |every |each |your |their |the )?(?:next |first )?(?:purchase|order)s?(?:\s+(?:over|above|of)\s+[$€£]\s?\d(?:[\d,.]*\d)?\+?)?",
                                  r"(?:every|each|any) (?:order|purchase) (?:gets|comes with|includes) (?:a |an )?free (?!shipping|delivery|returns)[a-z][\w-]*(?: [a-z][\w-]*)?", r"赠品", r"买赠", r"送礼品", r"(?:送|附赠|赠送)(?:一份)?小?礼品",
                                  r"满\s*[\d.]+\s*(?:元|块)?\s*(?:就)?(?:送|赠)[^，。；,;、]{1,12}", r"(?:送|附赠|赠送)(?:一份|一个)?(?:定制|精美|专属|限量)?(?:礼盒|礼物|礼包|礼品)",
                                  r"送礼", r"\bwith (?:a |an )?(?:small |little )?gift(?!\s+(?:on|with|for)\s)(?:\s*\([^)]{0,30}\))?",
                                  # 买头灯送袜子, "，送襪": a product given with the order (the 送 part; 发送 and 运送 are sending)
                                  r"(?<![发推运输传配递派护欢目投赠])(?:加送|再送|赠送|送)(?!给|到|货|达|出|去|礼|上门|积分|\d+\s*倍积分)(?:一双|一个|一份|一只|一条|一件)?(?:[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,3}(?:一条|一双|一个|一只|一件)?|[^，。；,;、\s]{1,6})(?=$|[，。；,;、\s])",
                                  # "the Cascade Pack with a free Col Buff", "plus a free pair of socks": a product given with it
                                  r"\b(?:with|plus|and) (?:a |an )?free (?!shipping|delivery|returns|trial|gift|consult)(?:pair of |set of )?(?:[A-Z][\w-]*(?: [A-Z][\w-]*){0,3}|[a-z][\w-]*)(?!\s+(?:on|in|with) )"))):
        found = t.find_all(words)
        if found:  # every mention of the one offer is read ("送礼 … 满399送运动袜一双")
            spans = [t.take(m2.start(), m2.end()) for m2 in found]
            return Offer(kind=kind, span=spans[0] if kind != "gift" or len(spans) == 1 else max(spans, key=lambda sp: sp.end - sp.start))
    return None


_HELD_AS_CONTROL = re.compile(rf"(?:held|hold(?:ing)?|kept|keep(?:ing)?|set(?:ting)?)\s+(?:back|aside|out)\s+(?P<n>{NUMBER})(?P<pct>\s*(?:%|percent))\s+of\s+[^,.;—–]{{1,40}}?"
                              r"(?P<as>\s+as\s+(?:a\s+|the\s+)?(?:control|holdout|hold-out)(?:\s+group)?)", re.IGNORECASE)


#: "keep 5% of them back as a control", "hold 10% of the list out": the share before the verb's particle
_KEEP_SHARE_BACK = re.compile(rf"(?:hold|keep|set)\s+(?P<n>{NUMBER})\s*(?:%|percent)\s+of\s+(?:them|it|the\s+[\w-]+|our\s+[\w-]+|[\w-]+)\s+(?:back|aside|out)"
                              r"(?:\s+as\s+(?:a\s+|the\s+)?(?:control|holdout|hold-out)(?:\s+group)?)?", re.IGNORECASE)


def read_holdout(t: Text) -> Holdout | None:
    kept = _KEEP_SHARE_BACK.search(t.text)
    if kept and t.free(kept.start(), kept.end()) and (share := to_number(kept.group("n"))):
        return Holdout(share=share / 100, span=t.take(kept.start(), kept.end()))
    held = _HELD_AS_CONTROL.search(t.text)  # "held back 20% of the Champions email as a control": the group between is read
    if held and t.free(held.start(), held.end("pct")) and t.free(held.start("as"), held.end()) and (share := to_number(held.group("n"))):
        t.take(held.start("as"), held.end())
        return Holdout(share=share / 100, span=t.take(held.start(), held.end("pct")))
    rx = re.compile(
        rf"(?:hold(?:ing)?[- ]?out|holdout|control(?: group)?|keep back|hold back|withhold|exclude)\s*(?:of|a|an|=|:)?\s*(?:group of\s+)?(?P<n>{NUMBER})\s*(?:%|percent)"
        rf"|(?P<n2>{NUMBER})\s*(?:%|percent|per cent)\s*(?:of (?:the |our |each )?(?:audience|customers|list|segment|sends?)\s+)?(?:(?:as|for|in)\s+(?:a |the )?)?(?:random(?:ised|ized)?\s+)?(?:holdout|hold[- ]?out|control(?: group| cell)?|held[- ](?:out|back)|kept back)"
        r"|(?:留出|保留|预留|设置|设)\s*(?P<z>\d+|[一二三四五六七八九十]+)\s*[%％]?\s*(?:的)?\s*(?:对照组|空白组|控制组|不触达)"
        r"|(?P<z2>\d+|[一二三四五六七八九十]+)\s*[%％]\s*(?:的)?\s*(?:(?:人群|客户|用户)\s*)?(?:(?:做|作|当|作为)\s*)?(?:对照组?|空白组|控制组)"
        r"|留\s*(?P<z3>\d+|[一二三四五六七八九十]+)\s*[%％]\s*的?\s*(?:客户|用户)?\s*不(?:发|触达)"
        r"|(?:对照组|空白组|控制组)\s*(?:的)?(?:比例|占比|规模|大小)?\s*[:：=]?\s*(?:留|保留|预留|设|占|为|是)?\s*(?P<z4>\d+|[一二三四五六七八九十]+)\s*[%％]"
        r"|(?:留|保留|预留|留出|拿出)\s*(?P<cheng>\d|[一二两三四五六七八九])\s*成\s*(?:的)?\s*(?:人|客户|用户)?\s*(?:不发|不触达)?\s*(?:做|作|当|作为)?\s*(?:对照|空白|控制)组?"
        rf"|(?:keep|leave|hold|set)\s+(?P<n3>{NUMBER})\s*(?:%|percent|per cent)\s+(?:of\s+(?:the\s+|our\s+|each\s+)?(?:list|audience|customers|segment|sends?|base|group|recipients)\s+)?"
        r"(?:dark|untouched|out|back|aside|unmailed|unsent|unmessaged|unexposed)"
        r"|(?:a\s+)?one[- ]in[- ](?P<oneinn>\d+|five|ten|twenty|fifty|a hundred)\s+(?:control|holdout|hold-out)(?:\s+group)?"
        r"|(?:hold(?:ing)?[- ]?out|keep(?:ing)? back|hold(?:ing)? back|withhold(?:ing)?|leave out)\s+(?:1|one)\s+(?:in|out of)\s+(?P<oneinn3>\d+|five|ten|twenty|fifty|a hundred)\b"
        r"|(?:hold(?:ing)?[- ]?out|holdout|keep(?:ing)? back|hold(?:ing)? back|withhold(?:ing)?)\s*:?\s*(?:a\s+)?one[- ](?:in|out of)[- ](?P<oneinn2>\d+|five|ten|twenty|fifty|a hundred)"
        r"|(?:留|保留|预留|留出|拿出|设)\s*百分之(?P<bfz>[\d一二两三四五六七八九十]+)\s*(?:的)?\s*(?:人|客户|用户)?\s*(?:不发|不触达)?\s*(?:做|作|当|作为)?\s*(?:对照|空白|控制)组?"
        r"|(?:留出?|保留|预留|拿出|设置?为?|抽出?|抽取|随机抽?取?)\s*(?P<zz>(?:百分之)?[\d一二两三四五六七八九十]+(?:\.\d+)?\s*[%％]|百分之[\d一二两三四五六七八九十]+)"
        r"\s*(?:的)?\s*(?:人群|客户|用户|会员|人)?\s*(?:不发送?|不触达|不推送?)?\s*[，,]?\s*(?:做|作|当|作为|用作|来做)?\s*(?:空白|对照|控制)组?"
        r"|(?:对照组|空白组|控制组)\s*(?:留出?|保留|预留|拿出|设置?为?|占比?|为|是)?\s*(?P<zz2>百分之[\d一二两三四五六七八九十]+|[\d.]+\s*[%％])"
        r"|(?:no|without(?: a)?)\s+(?:holdout|hold-out|control group)(?P<none>)",
        re.I)
    for m in rx.finditer(t.text):
        if t.free(m.start(), m.end()):
            if m.group("none") is not None:
                return Holdout(share=0.0, span=t.take(m.start(), m.end()))
            v: float | None
            if m.group("oneinn") or m.group("oneinn2") or m.group("oneinn3"):  # "a one-in-twenty control group" = 5%, "hold out one in ten"
                n_in = to_number(m.group("oneinn") or m.group("oneinn2") or m.group("oneinn3"))
                v = 100 / n_in if n_in else None
            elif m.group("cheng"):  # 一成 = a tenth
                tenths = to_number(m.group("cheng"))
                v = 10 * tenths if tenths is not None else None
            else:  # a percentage, in digits or 百分之五
                raw = next(g for g in (m.group("n"), m.group("n2"), m.group("n3"), m.group("z"), m.group("z2"), m.group("z3"),
                                       m.group("z4"), m.group("bfz"), m.group("zz"), m.group("zz2")) if g)
                v = to_number(re.sub(r"百分之|[%％\s]", "", raw))
            if v is not None and 0 <= v <= 90:
                return Holdout(share=round(v / 100, 4), span=t.take(m.start(), m.end()))
    return None


_UNSIZED_HOLDOUT = re.compile(r"\b(?:an?\s+|with\s+(?:an?\s+)?|include\s+(?:an?\s+)?|keep\s+(?:an?\s+)?|plus\s+(?:an?\s+)?|need\s+(?:an?\s+)?|and\s+(?:an?\s+)?)"
                              r"(?:random(?:ised|ized)?\s+)?(?:holdout|hold-out|control group|control cell)\b(?!\s*(?:of|=|:|at|is)?\s*(?:\d|one|ten|five|twenty))"
                              r"|(?:留|设|加|做|要有?)(?:一个|个)?(?:对照组|空白组|控制组)(?![\d一二三四五六七八九十百]|\s*[\d%％])", re.IGNORECASE)
UNSIZED_HOLDOUT_REASON = "the holdout's size is not said; the plan holds none out until you give one (for example 10%)"


#: A holdout given as a number of people: "a control group of 2,000 customers", "hold out 5,000 people", 控制组一千人.
_COUNTED_HOLDOUT = re.compile(rf"(?:(?:random(?:ised|ized)?\s+)?(?:holdout|hold-out|control(?:\s+group|\s+cell)?)(?:\s+(?:group|cell))?\s*(?:of|=|:|at|is)?\s*|"
                              rf"(?:hold(?:ing)?|keep(?:ing)?|leave|set)\s+(?:out|back|aside)\s+)(?:about\s+|around\s+|~)?"
                              rf"(?P<n>{DIGITS}|{WORDS})\s*(?:k\s+)?(?:customers|people|users|contacts|members|shoppers|recipients|subscribers)\b"
                              r"|(?:对照组|空白组|控制组)\s*(?:留出?|保留|设置?为?|为|是)?\s*[\d一二两三四五六七八九十百千万,]+\s*(?:个)?(?:人|位|名)(?:客户|用户)?", re.IGNORECASE)
COUNTED_HOLDOUT_REASON = ("the holdout is planned as a share of the audience; a number of people is not applied: give it as a share "
                          "(for example 10%)")


def unsized_holdout(t: Text) -> NotApplied | None:
    """"Nice to have: a holdout", 要有对照组: a holdout asked for without its size is said, not dropped; so is one given as
    a number of people ("a control group of 2,000 customers", 控制组一千人)."""
    c = _COUNTED_HOLDOUT.search(t.text)
    if c is not None and t.free(c.start(), c.end()):
        return NotApplied(text=c.group(0).strip(), span=t.take(c.start(), c.end()), affects="holdout", reason=COUNTED_HOLDOUT_REASON)
    m = _UNSIZED_HOLDOUT.search(t.text)
    if m is None or not t.free(m.start(), m.end()):
        return None
    return NotApplied(text=m.group(0).strip(), span=t.take(m.start(), m.end()), affects="holdout", reason=UNSIZED_HOLDOUT_REASON)


_CODE = re.compile(r"(?:\b(?i:(?:promo |discount |coupon )?code)|优惠码|折扣码|券码|兑换码|優惠碼|折扣碼)\s*[:=：]?\s*(?P<code>[A-Z][A-Z0-9_-]{3,39})\b")


def with_code(t: Text, offer: Offer) -> Offer:
    """The offer with the code the request dictates ("15% off, code BACK15"): the plan uses it."""
    m = _CODE.search(t.text)
    if m is None or not t.free(m.start(), m.end()):
        return offer
    t.take(m.start(), m.end())
    return offer.model_copy(update={"code": m.group("code")})
