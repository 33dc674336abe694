"""The reader's rules for everything but the audience: budget, offer and caps, holdout, channels,
promoted products, campaign type, A/B intent, metric, "top N" and a question's intent."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from copilot.reading import lexicon as lx
from copilot.reading import regex as re
from copilot.reading.catalogue import Catalogue
from copilot.reading.named_products import named_products, unknown_launch_names
from copilot.reading.numbers import NUMBER, ZHE, find_money, to_number, zhe_to_percent_off
from copilot.reading.schema import (
    ABTest,
    Budget,
    Channels,
    DiscountCap,
    Holdout,
    Intent,
    Metric,
    NoDiscount,
    NotApplied,
    Objective,
    Offer,
    Promoted,
)
from copilot.reading.text import CJK, Text, match_catalogue, pat
from copilot.tools.conditions import And, Bought, Channel, Condition, Not, Or, Span

Kind = Literal["brief", "question"]

PLAN_REQUEST = (r"(?:plan|draft|create|build|design|write|put together|prepare|make|set up|come up with)\s+"
                 r"(?:me\s+|us\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}(?:campaign|plan|promo(?:tion)?|send|cross-sell|upsell|win-?back|launch)",
                 r"(?:draft|write|put together|prepare)\s+(?:me\s+|us\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}(?:e-?mail|sms|text|push|newsletter|copy)",
                 r"(?:帮我|请|给我)?(?:策划|制定|做|设计|出)(?:一个|一份|个)?[^，。？?]{0,12}(?:活动|方案|计划)",
                 r"(?:帮我|请|给我)?(?:写|拟|起草|出)(?:一封|一条|一个|一份|个|封|条)?[^，。？?]{0,16}(?:邮件|短信|推送|文案)")

# --- budget, offer, holdout -------------------------------------------------------------------------


def read_budget(t: Text, used: set[int]) -> Budget | None:
    best = None
    for money in find_money(t.text):
        if money.start in used or not t.free(money.start, money.end):
            continue
        after = t.text[money.end : money.end + 12].lower()
        before = t.text[max(0, money.start - 14) : money.start].lower()
        if re.match(r"\s*(?:off|discount|coupon|voucher|优惠券|券|立减|折扣)", after) or re.search(r"满\s*$|减\s*$|立减\s*$", before):
            continue  # an offer
        if re.match(r"\s*(?:each|per|a piece|apiece|or (?:less|more)|以上|以下|的(?:商品|产品))", after) or re.search(
                r"(?:under|over|above|below|priced at|costs?|价格|单价|低于|高于)\s*$", before):
            continue  # a price or a threshold, not a budget
        named = bool(re.search(r"budget|预算|spend|投入|经费|费用", t.text[max(0, money.start - 30) : money.end + 20], re.I))
        key = (named, money.amount)
        if best is None or key > best[0]:
            best = (key, money)
    if best is None:
        return None
    money = best[1]
    return Budget(amount=money.amount, currency=money.currency, span=t.take(money.start, money.end))


_BUDGET_WORDS = re.compile(r"(?<![\w-])(?:budget\w*|spend(?:ing)?|grand|bucks|quid)(?![\w-])|预算|经费", re.I)


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
        if re.search(r"\b(?:spent|spend)\s+(?:over|more|at least|above|under)", snippet, re.I):
            continue
        if re.search(r"\b(?:by|in|lifetime|total|their|average|highest|top|most|customer|of)\s+$", text[max(0, m.start() - 12) : m.start()], re.I):
            continue  # "top 10% by spend", "lifetime spend": the customers' spending, not the campaign's budget
        # only the budget word is claimed: the clause's other words (a product, an audience) are still read
        return NotApplied(text=snippet, span=t.take(m.start(), m.end()),
                          affects="budget", reason="no amount could be read; the plan is priced at the send cost")
    return None


def read_offer(t: Text) -> tuple[Offer | None, DiscountCap | None, NoDiscount | None]:
    m: re.Match[str] | None = None
    text = t.text
    cap: DiscountCap | None = None
    offer: Offer | None = None
    no_disc: NoDiscount | None = None
    cap_rx = re.compile(
        r"(?:no|not|never|without|don'?t|nothing|shouldn'?t|should not|must not|mustn'?t|won'?t|can'?t|cannot)\s+(?:a\s+)?"
        r"(?:discounts?|discounting|offers?|promo(?:tion)?s?|going|go|be|exceed(?:ing)?)?\s*(?:any\s+)?"
        r"(?:deeper|bigger|larger|greater|higher|more|steeper|over|above|beyond|exceeding|past)?\s*(?:than)?\s*"
        rf"(?:(?P<n>{NUMBER})\s*(?:%|percent|per cent)|(?P<frac>a\s+(?:fifth|quarter|third|tenth)|half))(?:\s*off)?(?!\s+(?:everything|all|sitewide|storewide))"
        rf"|(?:max(?:imum)?\.?|cap(?:ped)?(?: at)?|limit(?:ed)?(?: to| at)?|at most|up to a max(?:imum)? of|no more than|not more than|ceiling of)"
        rf"\s*(?:of\s+)?(?:a\s+)?(?:discounts?\s+(?:of\s+)?)?(?P<n2>{NUMBER})\s*(?:%|percent|per cent)(?:\s*(?:off|discount))?"
        rf"|discounts?\s+(?:must\s+|should\s+|can(?:not|'t)?\s+|may\s+)?(?:not\s+)?(?:be\s+)?(?:capped|limited|kept)?\s*(?:at|to|under|below|within|exceed|above|over)\s+(?:max\s+)?(?P<n3>{NUMBER})\s*(?:%|percent)"
        rf"|(?P<n4>{NUMBER})\s*(?:%|percent)\s*(?:off\s+)?(?:max(?:imum)?|cap|at most|tops|or less)(?:\s+discount)?"
        r"|(?:折扣|优惠|让利)(?:力度)?\s*(?:不超过|不得超过|不能超过|不要超过|最多|最大|上限为?|控制在)\s*(?P<z>\d+(?:\.\d+)?|[一二三四五六七八九十]+)\s*(?:%|％)"
        r"|(?:不超过|别超过|不要超过|不能超过|不得超过|不低于|别低于|不要低于|不能低于|不得低于|最低|最多|最少|顶多|封顶)\s*(?P<zhe>[一二三四五六七八九]{1,2}|\d(?:\.\d)?)\s*折"
        r"|(?:折扣|优惠)\s*(?:不超过|不得超过|最多|上限)\s*(?:百分之)(?P<z2>[一二三四五六七八九十]+)",
        re.I)
    for m in cap_rx.finditer(text):
        if not t.free(m.start(), m.end()):
            continue
        if m.group("zhe"):
            v = zhe_to_percent_off(m.group("zhe"))
        elif m.group("frac"):  # "nothing steeper than a fifth off"
            v = {"fifth": 20.0, "quarter": 25.0, "third": 100 / 3, "tenth": 10.0, "half": 50.0}[m.group("frac").split()[-1].lower()]
        else:
            raw = next(g for g in (m.group("n"), m.group("n2"), m.group("n3"), m.group("n4"), m.group("z"), m.group("z2")) if g)
            v = to_number(raw)
        if v is not None and 0 <= v <= 100:
            cap = DiscountCap(max_percent=v, span=t.take(m.start(), m.end()))
            break
    nd = t.find((r"no discount(?:s|ing)?", r"no disco?u?nts?\b", r"without (?:any )?discounts?", r"no (?:coupons|promo codes|markdowns)", r"full[- ]price(?: only)?",
                 r"don'?t discount", r"do not discount", r"not discount", r"不要打折", r"不打折", r"不做折扣", r"不要折扣", r"不降价", r"原价", r"无折扣",
                 # "no promo", "without a coupon" (not the "no coupon" arm of a test: "coupon vs no coupon")
                 r"(?<!vs )(?<!vs\. )(?<!versus )(?<!or )(?<!and )(?<!against )(?:no\s+|without\s+(?:a |an |any )?)(?:promos?|promotions?|promo codes?|coupons?|vouchers?|deals?|markdowns?)(?! (?:vs|versus|or|and)\b)",
                 r"不(?:做|搞|给|发|送|用)(?:任何)?(?:优惠|促销|券|优惠券)", r"无优惠", r"没有优惠"))
    if nd and cap is None:
        no_disc = NoDiscount(span=t.take(nd.start(), nd.end()))
    # offers
    m = re.compile(r"(?:up to\s+)?(?P<n>\d{1,2}(?:\.\d)?)\s?(?:%|percent|per cent)\s?(?:\w+\s)?(?:off|discount|coupon|promo|code|voucher|of(?=\s*(?:[,;.—–]|\s-\s|$)))|(?P<w>" + r"[a-z-]+" +
                   r")\s+percent\s+off", re.I).search(text)
    while m and not t.free(m.start(), m.end()):
        m = re.compile(r"(?P<n>\d{1,2}(?:\.\d)?)\s?(?:%|percent)\s?(?:off|discount)", re.I).search(text, m.end())
    if m:
        v = to_number(m.group("n") or m.group("w") or "")
        if v is not None:
            offer = Offer(kind="percent_off", value=v, span=t.take(m.start(), m.end()))
    if offer is None:
        for z in ZHE.finditer(text):
            if t.free(z.start(), z.end()) and not re.search(r"(?:不超过|别超过|不要超过|不能超过|不得超过|不低于|别低于|不要低于|不能低于|不得低于|最低|最多|最少|顶多|封顶)\s*$", text[max(0, z.start() - 4) : z.start()]):
                v2 = zhe_to_percent_off(z.group("num"))
                if v2:
                    offer = Offer(kind="percent_off", value=v2, span=t.take(z.start(), z.end()))
                    break
    if offer is None:
        for money in find_money(text):
            after = text[money.end : money.end + 10].lower()
            before = text[max(0, money.start - 8) : money.start]
            if t.free(money.start, money.end) and (re.match(r"\s*(?:off|discount|coupon|voucher|(?:的)?(?:无门槛)?(?:优惠|代金|现金)?券)", after) or re.search(r"减\s*$|立减\s*$", before)):
                end = money.end + len(re.match(r"\s*(?:off|discount|coupon|voucher|(?:的)?(?:无门槛)?(?:优惠|代金|现金)?券)?", after).group(0))  # type: ignore[union-attr]
                mj = re.search(r"满\s*[\d.]+\s*(?:元)?\s*减\s*$", text[max(0, money.start - 16) : money.start])
                start = money.start - (len(text[max(0, money.start - 16) : money.start]) - mj.start()) if mj else money.start
                offer = Offer(kind="amount_off", value=money.amount, currency=money.currency, span=t.take(start, end))
                break
    if offer is None:
        mz = re.search(r"满\s*(?P<a>[\d.]+)\s*(?:元)?\s*减\s*(?P<b>[\d.]+)", text)
        if mz and t.free(mz.start(), mz.end()):
            offer = Offer(kind="amount_off", value=float(mz.group("b")),
                          currency="CNY" if re.search(r"元|¥|￥", mz.group(0)) else None, span=t.take(mz.start(), mz.end()))
    if offer is None:
        for kind, words in (("free_shipping", (r"free[- ](?:shipping|delivery)", r"包邮", r"免运费", r"免邮")),
                            ("bogo", (r"buy one,? get one(?: free| half off)?", r"bogo", r"2[- ]for[- ]1", r"two for one", r"买一送一", r"买一赠一")),
                            ("gift", (r"(?:free )?gift with purchase", r"gwp", r"free gift", r"赠品", r"买赠", r"送礼品", r"(?:送|附赠|赠送)(?:一份)?小?礼品"))):
            m2 = t.find(words)
            if m2:
                offer = Offer(kind=kind, span=t.take(m2.start(), m2.end()))
                break
    return offer, cap, no_disc


def read_holdout(t: Text) -> Holdout | None:
    rx = re.compile(
        rf"(?:hold(?:ing)?[- ]?out|holdout|control(?: group)?|keep back|hold back|withhold|exclude)\s*(?:of|a|an|=|:)?\s*(?:group of\s+)?(?P<n>{NUMBER})\s*(?:%|percent)"
        rf"|(?P<n2>{NUMBER})\s*(?:%|percent|per cent)\s*(?:of (?:the |our |each )?(?:audience|customers|list|segment|sends?)\s+)?(?:(?:as|for|in)\s+(?:a |the )?)?(?:random(?:ised|ized)?\s+)?(?:holdout|hold[- ]?out|control(?: group| cell)?|held[- ](?:out|back)|kept back)"
        r"|(?:留出|保留|预留|设置|设)\s*(?P<z>\d+|[一二三四五六七八九十]+)\s*[%％]?\s*(?:的)?\s*(?:对照组|空白组|控制组|不触达)"
        r"|(?P<z2>\d+|[一二三四五六七八九十]+)\s*[%％]\s*(?:的)?\s*(?:(?:人群|客户|用户)\s*)?(?:(?:做|作|当|作为)\s*)?(?:对照组?|空白组|控制组)"
        r"|留\s*(?P<z3>\d+|[一二三四五六七八九十]+)\s*[%％]\s*的?\s*(?:客户|用户)?\s*不(?:发|触达)"
        r"|(?:对照组|空白组|控制组)\s*(?:留|保留|预留|设|占|为)?\s*(?P<z4>\d+|[一二三四五六七八九十]+)\s*[%％]"
        r"|(?:no|without(?: a)?)\s+(?:holdout|hold-out|control group)(?P<none>)",
        re.I)
    for m in rx.finditer(t.text):
        if t.free(m.start(), m.end()):
            if m.group("none") is not None:
                return Holdout(share=0.0, span=t.take(m.start(), m.end()))
            raw = next(g for g in (m.group("n"), m.group("n2"), m.group("z"), m.group("z2"), m.group("z3"), m.group("z4")) if g)
            v = to_number(raw)
            if v is not None and 0 <= v <= 90:
                return Holdout(share=round(v / 100, 4), span=t.take(m.start(), m.end()))
    return None


# --- channels, products -------------------------------------------------------------------------------


def read_channels(t: Text, na: list[NotApplied]) -> Channels:
    mm: re.Match[str] | None = None
    text = t.text
    allowed: list[Channel] = []
    excluded: list[Channel] = []
    spans: list[Span] = []
    all_ch = False
    only = False
    m = t.find(lx.ALL_CHANNELS_WORDS)
    if m:
        all_ch = True
        spans.append(t.take(m.start(), m.end()))
    hits: list[tuple[int, int, Channel]] = []
    for ch, words in lx.CHANNEL_WORDS.items():
        for mm in t.find_all(words):
            word = mm.group(0).lower()
            texted = word == "text" and re.search(r"\b(?:we|to|i|and|then|you)\s$", text[max(0, mm.start() - 6) : mm.start()], re.I)
            if word in lx.AMBIGUOUS_CHANNEL_WORDS and not _in_list(text, mm.start(), mm.end()) and not texted:
                continue
            hits.append((mm.start(), mm.end(), ch))
    hits.sort()
    for a, b, ch in hits:
        before = text[max(0, a - 40) : a]
        neg = (re.search(lx.NEGATION_BEFORE, before, re.I) or re.search(lx.ZH_NEGATION_BEFORE, before)
               or re.match(r"\s*(?:就算了|不用了|不要了|就不用了|除外|不发|不考虑|(?:这次|暂时|本次|今年)?(?:先|就)?(?:不投|不做|不用|不发|不走|不上)了?)",
                           text[b : b + 12]))
        # a negation applies across a list: "no SMS or push"
        if neg:
            if ch not in excluded:
                excluded.append(ch)
        elif ch not in allowed:
            allowed.append(ch)
        spans.append(t.take(a, b))
        after = text[b : b + 12]
        if re.match(r"\s*(?:only|alone|exclusively)\b", after, re.I) or re.search(
                r"(?:\bonly|\bjust|\bexclusively|(?:仅|只)(?:限|用|通过|发|走|做|投|推)?)\s*(?:via\s+|by\s+|through\s+|use\s+)?$", before[-14:], re.I):
            only = True
    allowed = [c for c in allowed if c not in excluded]
    if all_ch:
        allowed = [c for c in lx.ALL_CHANNELS if c not in excluded]
    for name, words in lx.UNSUPPORTED_CHANNELS.items():
        mm = t.find(words)
        if mm:
            before = text[max(0, mm.start() - 40) : mm.start()]
            if re.search(lx.NEGATION_BEFORE, before, re.I) or re.search(lx.ZH_NEGATION_BEFORE, before):
                t.take(mm.start(), mm.end())
                continue
            na.append(NotApplied(text=mm.group(0), span=t.take(mm.start(), mm.end()), affects="channel",
                                 reason=f"copilot cannot plan {name}; it plans email, SMS, push and paid social"))
    return Channels(allowed=allowed, excluded=excluded, all_channels=all_ch, only=only and len(allowed) >= 1,
                    spans=spans[:10])


def _in_list(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 10) : start]
    after = text[end : end + 14]
    if re.search(r"(?:^|[.;:!]\s*|\b(?:a|an|one|send|via|by)\s+)$", text[max(0, start - 12) : start], re.I) and re.match(
            r"\s+(?:about|to|with|for|customers|people|them|everyone|our|all|campaign|blast|out)\b", after, re.I):
        return True
    return bool(
        re.search(r"(?:,|;|/|&|\+|\band\b|\bor\b|\bvia\b|\bby\b|\bon\b|\bno\b|\bnot\b|\bwithout\b|\bthrough\b|:|\bonly\b|\bjust\b|\bplus\b|[—–]|\s-|和|与|及|、|跟|或|加|走|发)\s*$", before, re.I)
        or re.match(r"\s*(?:,|;|/|&|\+|\band\b|\bor\b|\bonly\b|\bchannels?\b|\bnotifications?\b|\bmessages?\b|\bads?\b|\bmedia\b|$|\.|[—–]|-\s)", after, re.I)
    )


def read_promoted(t: Text, cat: Catalogue, na: list[NotApplied]) -> Promoted:
    text = t.text
    slugs: list[str] = []
    pids: list[str] = []
    spans: list[tuple[int, int]] = []
    prod_spans: list[tuple[int, int, str | None]] = []
    cat_spans: list[tuple[int, int]] = []
    named: list[tuple[int, int, list[str]]] = []
    # products by name (longest first), then categories
    for pid, name, _c in sorted(cat.products, key=lambda p: -len(p[1])):
        for word in (name, pid):
            if len(word) < 4:
                continue
            for m in re.finditer(r"(?<![\w])" + re.escape(word) + r"(?![\w])", text, re.I):
                if t.free(m.start(), m.end()):
                    if pid not in pids:
                        pids.append(pid)
                    spans.append((m.start(), m.end()))
                    prod_spans.append((m.start(), m.end(), cat.product_category(pid)))
                    t.take(m.start(), m.end())
    foreign = [m for m in t.find_all(lx.FOREIGN_PRODUCTS) if not (
        (hit0 := match_catalogue(text, m.start(), cat)) and hit0[2] >= m.end())]
    for m in foreign:
        na.append(NotApplied(text=m.group(0), span=t.take(m.start(), m.end()), affects="product",
                             reason=f"the catalogue has no {m.group(0).lower()}"))
    pos = 0
    while pos < len(text):
        if not t.free(pos, pos + 1):
            pos += 1
            continue
        prev = text[pos - 1] if pos else " "
        if prev.isalnum() and not CJK.match(prev) and not CJK.match(text[pos]):
            pos += 1
            continue
        hit = match_catalogue(text, pos, cat)
        if hit and t.free(pos, hit[2]) and hit[0]:
            for s in hit[0]:
                if s not in slugs:
                    slugs.append(s)
            spans.append((pos, hit[2]))
            cat_spans.append((pos, hit[2]))
            named.append((pos, hit[2], list(hit[0])))
            t.take(pos, hit[2])
            pos = hit[2]
        else:
            pos += 1
    known = len(pids)
    named_products(t, cat, named, pids, na)  # "the Cirrus tent" is the Cirrus Tent 3P; "the Zephyr X tent" is listed
    for pid in pids[known:]:  # the category word named that product: not a second focus
        if [cat.product_category(pid)] in [sl for _, _, sl in named] and cat.product_category(pid) in slugs:
            slugs.remove(cat.product_category(pid))  # type: ignore[arg-type]
    # "Talus Mid GTX 徒步靴", "新款越野跑鞋 Alder Sky": the category word names the product, not a second focus
    for a, b in cat_spans:
        for pa, pb, pcat in prod_spans:
            if (0 <= a - pb <= 3 or 0 <= pa - b <= 3) and pcat in slugs:
                hit = match_catalogue(text, a, cat)
                if hit and hit[0] == [pcat]:
                    slugs.remove(pcat)
    unknown_launch_names(t, cat, pids, na)
    # products the catalogue lacks
    for m in t.find_all(lx.FOREIGN_PRODUCTS):
        word = m.group(0)
        if match_catalogue(text, m.start(), cat):
            continue
        na.append(NotApplied(text=word, span=t.take(m.start(), m.end()), affects="product",
                             reason=f"the catalogue has no {word.lower()}"))
    span = t.span(min(a for a, _ in spans), max(b for _, b in spans)) if spans else None
    return Promoted(categories=slugs[:15], product_ids=pids[:20], span=span)


# --- objective, A/B, metric, intent -------------------------------------------------------------------


def read_objective(t: Text, audience: Condition | None, promoted: Promoted, kind: Kind,
                   lacks_product: bool = False, product_categories: frozenset[str] = frozenset()) -> tuple[Objective | None, Span | None]:
    """The campaign's aim: a word that names it, else "promote X to buyers of another category" is a cross-sell
    (``product_categories``: the categories of the promoted products, so a trail shoe promoted to trail-shoe
    buyers is not a cross-sell)."""
    best: tuple[int, Objective, re.Match[str]] | None = None
    seasonal: tuple[int, Objective, re.Match[str]] | None = None
    for obj, words in lx.OBJECTIVE_WORDS:
        for p in words:
            for m in re.finditer(pat(p), t.text, re.IGNORECASE):
                if obj == "seasonal":  # an occasion is the type only when no other aim is named
                    if seasonal is None or m.start() < seasonal[0]:
                        seasonal = (m.start(), obj, m)  # type: ignore[assignment]
                elif best is None or m.start() < best[0]:
                    best = (m.start(), obj, m)  # type: ignore[assignment]
                break
    best = best or seasonal
    if best is None and kind == "brief":
        new = re.search(r"(?<![\w-])(?:our |the |a )?(?:all-)?new\s+(?!customers|sign|subscribers|members|year|buyers|shoppers|users|people)", t.text, re.I)
        if new and (promoted.categories or promoted.product_ids or _names_product_after(t.text, new.end())):
            return "launch", t.span(new.start(), new.end())
    if best is not None:
        m = best[2]
        return best[1], t.span(m.start(), m.end())
    if kind != "brief":
        return None, None
    leaves = tree_leaves(audience)
    bought = [c for c in leaves if isinstance(c, Bought) and not any(isinstance(n, Not) and n.of is c for n in leaves)]
    if bought and (promoted.categories or promoted.product_ids or lacks_product) and not (
            set(promoted.categories) | product_categories) & {s for b in bought for s in b.categories}:
        return "cross_sell", None
    return None, None


def _names_product_after(text: str, pos: int) -> bool:
    return bool(re.match(r"\s*[\w-]+", text[pos:]))


def tree_leaves(c: Condition | None) -> list[Condition]:
    if c is None:
        return []
    if isinstance(c, (And, Or)):
        return [x for y in c.of for x in tree_leaves(y)]
    if isinstance(c, Not):
        return [c, *tree_leaves(c.of)]
    return [c]


def read_ab(t: Text) -> ABTest | None:
    m = t.find(lx.AB_WORDS) or t.find((r"test(?:ing)?\s+(?:the\s+)?(?:two|2|three|3|different|a few|several)?\s*(?:subject(?: lines?)?|offers?|send(?:ing)? times?|send timing|timing|urgency|creatives?|copy|messages?|messaging|versions|variants|images?|headlines?)",
                                       r"(?:urgency|benefit)\s+(?:vs\.?|versus|against)\s+\w+", r"测试(?:标题|文案|优惠|发送时间)",
                                       r"test(?:ing)?\s+(?:e-?mail|sms|text|push|paid social)\s+(?:vs\.?|versus|against)\s+(?:e-?mail|sms|text|push|paid social)",
                                       r"test(?:ing)?\s+(?:an?\s+)?(?:morning|evening|afternoon|weekday|weekend|early|late|\d{1,2}\s?(?:am|pm))(?:\s+sends?)?"
                                       r"\s+(?:vs\.?|versus|against|or)\s+\w+(?:\s+sends?)?"))
    if not m:
        return None
    window = t.text[max(0, m.start() - 4) : min(len(t.text), m.end() + 50)]
    window = re.split(r"(?<=[.;!?])\s|[。；！？\n]", window[4:], maxsplit=1)[0] if m.start() >= 4 else window
    window = t.text[max(0, m.start() - 4) : m.start()] + window if m.start() >= 4 else window
    element: Literal["subject", "offer", "timing", "channel", "message", "creative", "unspecified"] = "unspecified"
    chans = re.search(r"(e-?mail|sms|text|push|paid social|邮件|短信|推送)\s*(?:vs\.?|versus|against|or|和|与|对比)\s*(e-?mail|sms|text|push|paid social|邮件|短信|推送)",
                      window, re.I)
    if chans:
        return ABTest(element="channel", span=t.take(m.start(), m.end()))
    bestpos = None
    for el, words in lx.AB_ELEMENTS.items():
        for p in words:
            mm = re.search(pat(p), window, re.I)
            if mm and (bestpos is None or mm.start() < bestpos):
                bestpos, element = mm.start(), el  # type: ignore[assignment]
    return ABTest(element=element, span=t.take(m.start(), m.end()))


def read_metric(t: Text, kind: Kind = "brief") -> Metric | None:
    best = None
    if kind == "question":
        for name, words in lx.METRIC_WORDS.items():
            for p in words:
                m0 = next((x for x in re.finditer(pat(p), t.text, re.I) if t.free(x.start(), x.end())), None)
                if m0 and name == "reach" and not re.search(
                        r"(?:expected|projected|estimated|total|likely|potential)\s+reach|reach (?:would|will|could)\b|预计触达|触达(?:人数|规模)",
                        t.text[max(0, m0.start() - 12) : m0.end() + 8], re.I):
                    continue  # "reach on SMS", "reach out personally": reachability, not the outcome asked for
                if m0 and (best is None or m0.start() < best[0]):
                    best = (m0.start(), name, m0)
        if best is not None:
            return Metric(name=best[1], span=t.span(best[2].start(), best[2].end()))
    for name, words in lx.METRIC_WORDS.items():
        m = re.search(r"(?:maximi[sz]e|increase|grow|boost|drive|lift|optimi[sz]e for|improve|focus on|goal is|goal:|kpi:?|target:?|"
                      r"measure(?:d)?(?: (?:it |success |us )?(?:on|by))?|track(?:ed)?(?: (?:on|by))?|judge(?:d)? (?:it |us |success )?(?:on|by)|"
                      r"success (?:metric|measure)(?: is)?:?|primary metric:?|"
                      r"提升|提高|增加|最大化|拉升|目标[:：是为]?|冲)\s*"
                      r"(?:the\s+|our\s+|total\s+)?(?:" + "|".join(words) + ")", t.text, re.I)
        if m is None and name == "roi":
            m = re.search(r"ROI优先|roi first|prioriti[sz]e roi", t.text, re.I)
        if m is None and name == "reach":
            m = re.search(r"reach as many|as many (?:people|customers|runners|shoppers) as possible|最大(?:化)?覆盖", t.text, re.I)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), name, m)
    if best is None:
        return None
    m = best[2]
    return Metric(name=best[1], span=t.take(m.start(), m.end()) if t.free(m.start(), m.end()) else t.span(m.start(), m.end()))


def read_top_n(t: Text) -> int | None:
    m = re.search(rf"\b(?:top|best|first|which|what|suggest|recommend|pick|name|give me)\s+(?P<n>{NUMBER})\s+(?:(?:\w+\s+)?products?|items?|channels?|segments?|categories|picks|recommendations)",
                  t.text, re.I) or re.search(rf"\b(?P<n>{NUMBER})\s+(?:best|top)\s+(?:\w+\s+)?(?:channels?|products?|segments?|categories|items)\b",
                                             t.text, re.I) or re.search(rf"\b(?P<n>{NUMBER})\s+(?:product\s+)?(?:recommendations|picks|suggestions)\b",
                                             t.text, re.I) or re.search(
        r"(?:前|最好的|推荐|哪)\s*(?P<n>\d+|[一二三四五六七八九十]+)\s*(?:个|款|件|名)", t.text)
    if not m:
        return None
    n = to_number(m.group("n"))
    return int(n) if n and 1 <= n <= 1000 else None


_INTENTS: Sequence[tuple[Intent, tuple[str, ...]]] = (
    ("plan", PLAN_REQUEST),
    ("channel_performance", (r"which channels?", r"best channels?", r"channel (?:performance|stats|comparison)", r"converts? (?:best|better)",
                             r"best (?:time|day|hour)", r"when (?:should|to) (?:we )?send", r"what time", r"what hour", r"open rates?",
                             r"click(?:-through)? rates?", r"unsubscribe rates?", r"which day", r"perform(?:s|ing|ance)?\b",
                             r"(?:compared?|vs\.?|versus)\s+(?:with\s+|to\s+)?(?:e-?mail|sms|push|paid social)",
                             r"(?:e-?mail|sms|push|paid social)\s+or\s+(?:e-?mail|sms|push|paid social)",
                             r"(?:e-?mail|sms|push|paid social)\s+(?:conversion|open|click|unsubscribe)\s+rates?",
                             r"哪个渠道", r"渠道效果", r"渠道表现", r"转化率最高", r"转化(?:率)?(?:更|最)?(?:高|低|好|差)",
                             r"(?:邮件|短信|推送|社媒)(?:和|跟|与|还是|vs\.?|对比)(?:邮件|短信|推送|社媒)(?:哪个|谁|的(?:效果|转化|表现))", r"什么时间发", r"几点发", r"最佳发送时间", r"打开率", r"点击率",
                             r"哪天", r"星期几", r"周几", r"几点", r"什么时候发", r"什么时间", r"时间点", r"效果怎么样", r"表现如何",
                             r"roi", r"roas", r"return on (?:ad )?spend", r"投入产出")),
    ("forecast", (r"forecast", r"predict", r"project(?:ed|ion)", r"what (?:would|will|could) .{0,80}(?:bring|generate|make|earn|return)",
                  r"(?:conversions?|revenue|sales|orders|results|return) (?:can|should|would|will|could|might) we (?:expect|see|get)",
                  r"\bif we (?:send|e-?mail|text|push|run|mail)\b.{0,80}\b(?:expect|get|bring|make)",
                  r"expected (?:revenue|results|conversions)", r"how much (?:revenue|money|sales) (?:would|will|could|might)",
                  r"would we (?:get|make|earn)", r"(?:extra|incremental|additional) (?:orders|conversions|sales|revenue)",
                  r"(?:给|向|对).{0,30}(?:推送|发送?|投放|推).{0,30}(?:ROI|roi|回报率?|收益)", r"预计.{0,12}(?:收入|销售额|营收|转化|效果|回报|订单|GMV)", r"预测", r"能带来多少", r"会带来多少",
                  r"如果.{0,20}(?:发|推送|投放).{0,30}(?:多少|效果|转化|收入)",
                  r"(?:效果|结果)预计", r"预计.{0,6}(?:如何|怎样|怎么样)", r"what (?:would|will) happen if",
                  r"假设.{0,60}(?:多少|如何|怎样|怎么样)", r"(?:能|可以)做到多少")),
    ("propensity", (r"how likely", r"(?:buyers|purchasers|customers) (?:can|should|could|would|do) we expect", r"likely to (?:buy|purchase|order|convert|churn)", r"expected to (?:buy|purchase|order)", r"propensity",
                    r"probability", r"chances?", r"likelihood", r"购买意向", r"购买概率", r"可能(?:会)?(?:在[^，。？]{0,12})?购买",
                    r"(?:预计|预期|估计).{0,10}(?:客户|人|顾客|会员)会(?:购买|买|下单)",
                    r"购买可能性", r"persuad\w*", r"uplift", r"说服", r"buy anyway")),
    ("recommend", (r"recommend\w*", r"pair(?:ed)? with", r"goes? (?:well )?with", r"(?:frequently|often|usually) bought (?:together|with)",
                   r"complement\w* (?:the|our)", r"搭配什么", r"一起买", r"which (?:\w+ )?products? (?:would|should|do|could) (?:you|we) (?:push|promote|suggest|feature|pitch)", r"products? should we (?:suggest|offer|pitch|show|recommend)", r"suggest to them", r"what (?:products|items) should", r"suggest (?:products|items)", r"cross-sell (?:to|for)",
                   r"what (?:else )?(?:to|should we) (?:offer|show|promote)", r"推荐", r"适合推荐")),
    ("reviews", (r"reviews?", r"reviewers", r"customers (?:say|think|complain|love|like|hate)", r"complain\w*", r"ratings?",
                 r"feedback", r"sentiment", r"评价", r"评论", r"口碑", r"差评", r"好评", r"反馈", r"抱怨", r"吐槽", r"投诉")),
    ("segments", (r"segments?", r"rfm", r"share of (?:our |total )?(?:revenue|sales)", r"revenue (?:comes )?from", r"平均每单", r"每单(?:花|消费)", r"largest (?:customer )?(?:segment|group)", r"breakdown", r"how (?:big|large) (?:is|are)", r"who are our", r"clusters?",
                  r"worth", r"lifetime value", r"average order value", r"\baov\b", r"revenue (?:from|of|share)", r"分群", r"分层",
                  r"细分", r"客群", r"人群分布", r"客单价", r"生命周期价值", r"平均消费", r"人均消费", r"平均订单", r"价值层级", r"各层级",
                  r"by (?:value )?tier", r"(?:each|per) (?:value )?tier")),
    ("count", (r"how many", r"hw many", r"are there more", r"(?:more|fewer) \w+ in the", r"number of", r"#\s*of", r"count", r"what share of", r"what percentage of",
               r"what proportion of", r"size of", r"can we (?:still )?(?:text|email|reach|push)", r"reach", r"多少", r"几个",
               r"人数", r"有多少", r"占比", r"比例")),
    ("product_facts", (r"waterproof", r"warranty", r"made of", r"material", r"weigh\w*", r"features?", r"specs?", r"tell me about",
                       r"is (?:the|our) [A-Z]\w+", r"does (?:the|our) [A-Z]\w+", r"sizing", r"\bfit\b", r"do we (?:sell|carry|have|stock)",
                       r"temperature rating", r"材质", r"保修", r"防水", r"重量", r"功能", r"卖点", r"介绍一下", r"特点", r"温标",
                       r"有没有卖", r"卖不卖", r"尺码", r"续航", r"流明", r"亮度", r"容量", r"参数", r"尺寸", r"多重", r"克重", r"哪款", r"哪一款", r"哪个型号", r"最轻", r"最重", r"最暖和?",
                       r"(?:lightest|heaviest|warmest|cheapest|most expensive|longest|smallest|biggest)")),
)


def read_intent(text: str) -> Intent:
    t = Text(text)
    hits = [(intent, m) for intent, words in _INTENTS if (m := t.find(words)) is not None]
    if not hits:
        return "other"
    intent, m = hits[0]
    if intent == "segments" and m.group(0).lower().startswith("segment") and any(i == "count" for i, _ in hits):
        return "count"  # "Loyal segment: how many of them…" counts customers; the segment is the audience
    if intent == "count" and any(i == "product_facts" for i, _ in hits) and not re.search(
            r"\b(?:customers?|people|buyers|shoppers|members|subscribers|users)\b|客户|顾客|用户|会员|人", text, re.I):
        return "product_facts"  # 这款头灯的续航是多少: a quantity of a product, not a count of people
    if intent == "channel_performance" and any(i == "forecast" for i, _ in hits):
        return "forecast"  # "if we email the Champions 10% off, what ROI / how many extra orders?": a campaign to come
    return intent
