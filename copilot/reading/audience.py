"""The audience: the reader's rules that turn words into a condition tree (docs/reading.md).

One function per kind of clause (purchases, segments, tiers, thresholds, counts, engagement, consent,
propensity, sign-ups, recency, regions, data the workspace lacks); :func:`read_audience` runs them in
order and :func:`combine` joins the leaves with AND, or OR where the words say "or".
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Literal

from copilot.reading import lexicon as lx
from copilot.reading import regex as re
from copilot.reading.buyers import buyer_nouns, personas
from copilot.reading.catalogue import Catalogue
from copilot.reading.exclusion import apply_exclusions
from copilot.reading.numbers import DURATION, NUMBER, duration_days, find_money, to_number
from copilot.reading.schema import NotApplied
from copilot.reading.targeting import read_uplift, with_top_count
from copilot.reading.text import (
    ZH_WINDOW_AFTER,
    Text,
    category_at,
    channel_of,
    pat,
    window_after,
    zh_window_before,
)
from copilot.tools.conditions import (
    AllCustomers,
    And,
    Bought,
    Condition,
    Consent,
    Engagement,
    Not,
    Or,
    OrderCount,
    Recency,
    Region,
    RfmSegment,
    SignedUp,
    Spend,
    TopPropensity,
    ValueTier,
)

_BOUGHT_LEAD = (
    r"(?:who|that|which)\s+(?:have\s+|has\s+|had\s+|already\s+|recently\s+|once\s+|previously\s+|ever\s+)*"
    r"(?:bought|purchased|ordered|own(?:ed)?|got|picked up|snapped up)",
    r"(?:buyers|owners|purchasers|customers|shoppers)\s+of",
    r"(?:people|customers|shoppers|folks|anyone|everyone|those|buyers)\s+(?:who\s+)?(?:bought|purchased|ordered)",
    r"(?:past|previous|recent|existing)\s+(?:buyers|purchasers|customers)\s+of",
    r"(?:bought|purchased)",
)
_NEVER_LEAD = (
    r"(?:who|that)?\s*(?:have\s+|has\s+)?(?:never|not yet|n[o']t(?: yet)?|haven'?t(?: yet)?|hasn'?t(?: yet)?|didn'?t|don'?t)\s+"
    r"(?:ever\s+)?(?:bought|purchased|ordered|own(?:ed)?|buy|tried)(?:\s+(?:any|a|an|our|from our))?",
    r"(?:without|no)\s+(?:an?\s+)?(?:prior\s+)?(?:purchases? of)",
    r"(?:but|and|with)\s+no", r"(?:but|and)\s+never", r"without\s+(?:any|a|an)", r"but\s+not(?:\s+(?:a|an|any|the))?",
)
#: Words before a segment or a region that exclude it ("except Lost customers", "leave out anyone in the South",
#: 不发给Lost客户).
_NEG_BEFORE = re.compile(
    r"(?:\bnot\b[^.;,]{0,20}\b(?:in|to)|\bexcept(?: for)?|\bexcluding|\bexclude|\bleav(?:e|ing) out|\bleft out|\bminus|\bskip(?:ping)?|"
    r"\bbut not(?: to)?|\bother than|\boutside(?: of)?|\bnot|除了|不包括|排除|不发给?|不给|不含|去掉|剔除)\s*"
    r"(?:(?:the|our|any(?:one|body)?|everyone|customers|people)\s+(?:in\s+)?)*$", re.IGNORECASE)


def _negated(text: str, start: int) -> bool:
    return bool(_NEG_BEFORE.search(text[max(0, start - 40) : start]))
_ZH_BOUGHT = (r"买过", r"购买过", r"购买了", r"买了", r"下单过", r"入手过", r"曾购买", r"(?<![会将要想能再])购买")
_ZH_NEVER = (r"没买过", r"没有买过", r"未购买过", r"没有购买过", r"从未购买过?", r"没购买过", r"未买过")



Leaves = list[tuple[int, Condition]]


def _adder(leaves: Leaves) -> Callable[[int, Condition], None]:
    def add(pos: int, c: Condition) -> None:
        leaves.append((pos, c))

    return add


def read_audience(t: Text, cat: Catalogue, na: list[NotApplied]) -> tuple[Condition | None, set[int]]:
    """The audience tree; also returns where the money amounts used as spend thresholds start.

    Each rule claims its words, so the order matters: explicit purchase phrases before bare categories,
    thresholds before order counts, engagement and consent before plain recency.
    """
    leaves: Leaves = []
    money_used: set[int] = set()
    for rule in _RULES:
        rule(t, cat, leaves, na, money_used)
    return with_top_count(t.text, combine(t.text, apply_exclusions(t.text, leaves))), money_used


def _uplift(t: Text, cat: Catalogue, leaves: Leaves, na: list[NotApplied], money_used: set[int]) -> None:
    """The persuadables: top by uplift (copilot.reading.targeting)."""
    found = read_uplift(t)
    if found is not None:
        leaves.append(found)


def _all_customers(t: Text, cat: Catalogue, leaves: Leaves, na: list[NotApplied], money_used: set[int]) -> None:
    """All customers."""
    add = _adder(leaves)
    m = t.find(lx.ALL_CUSTOMER_WORDS)
    if m:
        add(m.start(), AllCustomers(span=t.take(m.start(), m.end())))


def _never_bought(t: Text, cat: Catalogue, leaves: Leaves, na: list[NotApplied], money_used: set[int]) -> None:
    """Never bought X."""
    text = t.text
    add = _adder(leaves)
    for lead in (*_NEVER_LEAD, *_ZH_NEVER):
        for m in re.finditer(pat(lead), text, re.IGNORECASE):
            if not t.free(m.start(), m.end()):
                continue
            hit = category_at(t, cat, m.end())
            if hit:
                slugs, pids, end = hit
                days, end2 = window_after(t, end)
                add(m.start(), Not(of=Bought(categories=slugs, product_ids=pids, within_days=days,
                                             span=t.take(m.start(), end2))))


def _bought(t: Text, cat: Catalogue, leaves: Leaves, na: list[NotApplied], money_used: set[int]) -> None:
    """Bought X (within a window)."""
    text = t.text
    add = _adder(leaves)
    for lead in _BOUGHT_LEAD:
        for m in re.finditer(pat(lead), text, re.IGNORECASE):
            if not t.free(m.start(), m.end()):
                continue
            both = re.match(r"\s*both\b", text[m.end():], re.I)
            hit = category_at(t, cat, m.end() + (both.end() if both else 0))
            if hit:
                slugs, pids, end = hit
                days, end2 = window_after(t, end)
                span = t.take(m.start(), end2)
                joined = text[m.end():end]
                if (both or re.search(r"\bAND\b|以及同时|同时", joined)) and len(slugs) + len(pids) > 1:
                    parts: list[Condition] = [Bought(categories=[s], within_days=days, span=span) for s in slugs]
                    parts += [Bought(product_ids=[p], within_days=days, span=span) for p in pids]
                    add(m.start(), And(of=parts))
                else:
                    add(m.start(), Bought(categories=slugs, product_ids=pids, within_days=days, span=span))
    for lead in _ZH_BOUGHT:
        for m in re.finditer(lead, text):
            if not t.free(m.start(), m.end()):
                continue
            hit = category_at(t, cat, m.end())
            if hit:
                slugs, pids, end = hit
                days, start = zh_window_before(t, m.start())
                if days is None:
                    days, end = window_after(t, end) if window_after(t, end)[0] else (None, end)
                add(start, Bought(categories=slugs, product_ids=pids, within_days=days, span=t.take(start, end)))


def _segments(t: Text, cat: Catalogue, leaves: Leaves, na: list[NotApplied], money_used: set[int]) -> None:
    """Segments."""
    text = t.text
    add = _adder(leaves)
    negated: list[tuple[int, Condition]] = []
    for seg, words in lx.RFM_SEGMENT_WORDS.items():
        m = t.find(words)
        if m:
            segs = lx.AT_RISK_SEGMENTS if seg == "At risk" and not re.search(r"['\"]at risk['\"]|segment", m.group(0), re.I) else [seg]
            leaf = RfmSegment(segments=list(segs), span=t.take(m.start(), m.end()))
            if _negated(text, m.start()):
                negated.append((m.start(), Not(of=leaf)))
            else:
                add(m.start(), leaf)
    # "Hibernating and lost": Lost in lower case is a segment when it is listed with one
    found = [(p, c) for p, c in [*leaves, *negated] if isinstance(c.of if isinstance(c, Not) else c, RfmSegment)]
    if found and not any("Lost" in c.segments for _, c in leaves if isinstance(c, RfmSegment)):
        spans = [(s.start, s.end) for _, c in found if (s := (c.of if isinstance(c, Not) else c).span)]
        m = t.listed_with(spans, "lost")
        if m:
            leaf = RfmSegment(segments=["Lost"], span=t.take(m.start(), m.end()))
            if any(isinstance(c, Not) for _, c in found):
                negated.append((m.start(), Not(of=leaf)))
            else:
                add(m.start(), leaf)
    # merge "Champions and Loyal" into one leaf
    segs_leaves = [(p, c) for p, c in leaves if isinstance(c, RfmSegment)]
    if len(segs_leaves) > 1:
        segs_leaves.sort(key=lambda x: x[0])
        names: list[str] = []
        for _, c in segs_leaves:
            assert isinstance(c, RfmSegment)
            names += [s for s in c.segments if s not in names]
        first = segs_leaves[0][1]
        last = segs_leaves[-1][1]
        assert isinstance(first, RfmSegment) and isinstance(last, RfmSegment)
        between = text[first.span.end if first.span else 0 : last.span.start if last.span else 0]
        if not re.search(r"\bbut\b|\bnot\b|\bexcept\b|不包括|除了", between, re.I):
            leaves[:] = [(p, c) for p, c in leaves if not isinstance(c, RfmSegment)]
            span = t.span(first.span.start if first.span else 0, last.span.end if last.span else 0)
            leaves.append((segs_leaves[0][0], RfmSegment(segments=names, span=span)))
    leaves.extend(negated)


def _value_tiers(t: Text, cat: Catalogue, leaves: Leaves, na: list[NotApplied], money_used: set[int]) -> None:
    """Value tiers."""
    add = _adder(leaves)
    # "high- and mid-value customers", 高价值和中等价值客户: either tier (one OR leaf)
    pair = re.compile(r"(?P<a>high|mid|low)(?:[- ]value)?-?\s*(?:and|or|&|/)\s*(?P<b>high|mid|low|middle)[- ]?(?:value|tier)|"
                      r"(?P<za>高|中等?|低)(?:价值)?(?:和|或|与|、)(?P<zb>高|中等?|低)价值", re.IGNORECASE)
    zh_tier = {"高": "high", "中": "mid", "中等": "mid", "低": "low"}
    for pm in pair.finditer(t.text):
        if t.free(pm.start(), pm.end()):
            a = (pm.group("a") or "").lower() or zh_tier[pm.group("za")]
            b = (pm.group("b") or "").lower().replace("middle", "mid") or zh_tier[pm.group("zb")]
            span = t.take(pm.start(), pm.end())
            add(pm.start(), Or(of=[ValueTier(tier=a, span=span), ValueTier(tier=b, span=span)]))
    for tier, words in (("high", lx.HIGH_VALUE_WORDS), ("mid", lx.MID_VALUE_WORDS), ("low", lx.LOW_VALUE_WORDS)):
        m = t.find(words)
        if m:
            add(m.start(), ValueTier(tier=tier, span=t.take(m.start(), m.end())))


def _spend(t: Text, cat: Catalogue, leaves: Leaves, na: list[NotApplied], money_used: set[int]) -> None:
    """Spend thresholds: "spent over $300 last year", "lifetime spend above 500", "去年消费超过300元"."""
    text = t.text
    add = _adder(leaves)
    spend_rx = re.compile(
        r"(?P<lead>(?:have |has |who )?(?:spent|spend(?:ing)?|lifetime (?:spend|value)|ltv|total spend|spent a total of)"
        r"\s*(?:of\s+)?(?P<op>over|more than|above|at least|>=?|in excess of|upwards of|north of|under|less than|below|"
        r"at most|up to|no more than|<=?|between)?\s*)", re.I)
    zh_spend = re.compile(r"(?P<lead>(?:累计|总|历史|年|去年|过去一年|近一年)?(?:消费|花费|消费金额|购买金额|客单价|花了)"
                          r"\s*(?:金额)?\s*(?P<op>超过|高于|大于|达到|不少于|至少|满|低于|少于|不足|不超过)?\s*)")
    for zr in _ZH_SPEND_RANGE.finditer(text):  # 消费在500到2000元之间
        if not t.free(zr.start(), zr.end()):
            continue
        lo, hi = to_number(zr.group("a")), to_number(zr.group("b"))
        if lo is None or hi is None or lo > hi:
            continue
        days, start = zh_window_before(t, zr.start())
        if days is None and zr.group("year"):
            days = 365
        add(start, Spend(min=lo, max=hi, within_days=days, currency="CNY" if zr.group("cur") else None,
                         span=t.take(start, zr.end())))
        money_used.update({zr.start("a"), zr.start("b")})
    for money in find_money(text):
        if not t.free(money.start, money.end):
            continue
        before = text[max(0, money.start - 40) : money.start]
        m = None
        for rx in (spend_rx, zh_spend):
            for cand in rx.finditer(before):
                if cand.end() == len(before):
                    m = cand
        if m is None and any(isinstance(c, Spend) for _, c in leaves):
            # "spent over $1,000 lifetime but under $200 in the last 12 months": a second spend bound
            m = _SPEND_AGAIN.search(before)
        after_zh = re.match(r"\s*(?:以上|及以上|以下|或以上|或更多|\+)", text[money.end :])
        if m is None and not re.match(r"\s*(?:or more|\+|and up|plus)?\s*(?:in|of)?\s*(?:lifetime|total)?\s*spend", text[money.end : money.end + 30], re.I):
            continue
        op = (m.group("op") or "") if m else ""
        lead_start = money.start - (len(before) - m.start()) if m else money.start
        if m is not None and re.match(r"(?:spend(?:ing)?)\b", m.group("lead").strip(), re.I) and not re.search(
                r"\b(?:who|whose|with|customers?|shoppers?|buyers?|lifetime|have|has|that)\W+(?:\w+\W+)?$",
                text[max(0, lead_start - 24) : lead_start], re.I):
            continue  # "spend no more than $2,000 on it": the marketer's budget, not the audience's spend
        is_max = op.lower() in ("under", "less than", "below", "at most", "up to", "no more than", "<", "<=",
                                "低于", "少于", "不足", "不超过") or bool(after_zh and "以下" in after_zh.group(0))
        end = money.end + (after_zh.end() if after_zh else 0)
        hi_between: float | None = None
        if op.lower() == "between":
            nxt = re.match(r"\s*(?:and|to|-|–)\s*", text[end:])
            if nxt:
                for other in find_money(text[end + nxt.end():end + nxt.end() + 20]):
                    if other.start == 0:
                        hi_between = other.amount
                        money_used.add(end + nxt.end())
                        end = end + nxt.end() + other.end
                    break
        days, end2 = window_after(t, end)
        lead_txt = (m.group("lead") if m else "")
        if days is None and re.search(r"去年|过去一年|近一年|年", lead_txt):
            days = 365
        if days is None:
            zd, zstart = zh_window_before(t, lead_start)
            if zd:
                days, lead_start = zd, zstart
        if hi_between is not None:
            add(lead_start, Spend(min=money.amount, max=hi_between, within_days=days, currency=money.currency,
                                  span=t.take(lead_start, end2)))
            money_used.add(money.start)
            continue
        add(lead_start, Spend(min=None if is_max else money.amount, max=money.amount if is_max else None,
                              within_days=days, currency=money.currency, span=t.take(lead_start, end2)))
        money_used.add(money.start)


_ZH_SPEND_RANGE = re.compile(
    r"(?P<year>去年|过去一年|近一年)?(?:累计|总|历史)?(?:消费|花费|消费金额|购买金额|花了)\s*(?:金额)?\s*(?:在|为|是)?\s*"
    r"(?P<a>\d[\d,.]*)\s*(?:元|块)?\s*(?:到|至|-|~|–|—)\s*(?P<b>\d[\d,.]*)\s*(?P<cur>元|块|人民币)?\s*(?:之间|以内)?")
_SPEND_AGAIN = re.compile(
    r"(?:lifetime|in total|total|overall|ever)?\s*,?\s*(?:but|and|yet|while)\s+(?P<lead>(?:only\s+)?(?:spent\s+|spending\s+)?)"
    r"(?P<op>under|less than|below|over|more than|above|at least|at most|no more than)\s*$", re.I)


def _bounds(op: str, n: int) -> tuple[int | None, int | None]:
    """(min, max) of a count for "more than 3", "fewer than 3", "at most 3", "exactly 3" or "at least 3"."""
    if op in ("more than", "over"):
        return n + 1, None
    if op in ("fewer than", "less than", "under"):
        return None, n - 1
    if op in ("at most", "no more than"):
        return None, n
    if op in ("exactly", "only"):
        return n, n
    return n, None


def _order_counts(t: Text, cat: Catalogue, leaves: Leaves, na: list[NotApplied], money_used: set[int]) -> None:
    """Order counts."""
    m: re.Match[str] | None = None
    text = t.text
    add = _adder(leaves)
    oc = re.compile(
        rf"(?P<op>at least|more than|over|fewer than|less than|under|at most|no more than|exactly|only)?\s*"
        rf"(?P<n>{NUMBER})\s*(?P<plus>\+|or more|or fewer|or less)?\s*(?:orders|purchases)", re.I)
    for m in oc.finditer(text):
        if not t.free(m.start(), m.end()):
            continue
        n = to_number(m.group("n"))
        if n is None:
            continue
        plus = (m.group("plus") or "").lower()
        op = "at most" if plus in ("or fewer", "or less") else (m.group("op") or "").lower()
        lo, hi = _bounds(op, int(n))
        days, end2 = window_after(t, m.end())
        add(m.start(), OrderCount(min=lo, max=hi, within_days=days, span=t.take(m.start(), end2)))
    times = re.compile(
        rf"(?:ordered|bought|purchased|shopped|placed orders?)\s+(?:from us\s+|with us\s+)?(?:(?:between\s+)?(?P<a>{NUMBER})\s*(?:-|–|to|and)\s*(?P<b>{NUMBER})\s+times"
        rf"|(?P<op>at least|more than|over|fewer than|less than|at most|exactly)\s+(?P<n>{NUMBER}|once|twice|thrice)(?:\s+times)?"
        r"|(?:only\s+|ever\s+)*(?P<a4>once|twice|\d+)\s+or\s+(?P<b4>twice|thrice|\d+)(?:\s+times)?"
        rf"|(?P<n5>{NUMBER}|once|twice|thrice)\s*(?:times\s*|x\s*)?(?P<plus5>\+|or more|or fewer|or less|plus)(?:\s+times)?)"
        rf"|(?:with\s+)?(?P<a2>{NUMBER})\s*(?:-|–|to)\s*(?P<b2>{NUMBER})\s+(?:orders|purchases)"
        rf"|(?:order|purchase)\s+count\s*(?:of|:|=|is|between)?\s*(?P<a3>{NUMBER})\s*(?:-|–|to|and)\s*(?P<b3>{NUMBER})", re.I)
    for m in times.finditer(text):
        if not t.free(m.start(), m.end()):
            continue
        if m.group("a") or m.group("a2") or m.group("a3") or m.group("a4"):
            words = {"once": 1.0, "twice": 2.0, "thrice": 3.0}
            lo_raw = (m.group("a") or m.group("a2") or m.group("a3") or m.group("a4")).lower()
            hi_raw = (m.group("b") or m.group("b2") or m.group("b3") or m.group("b4")).lower()
            lo3, hi3 = words.get(lo_raw) or to_number(lo_raw), words.get(hi_raw) or to_number(hi_raw)
            if lo3 is None or hi3 is None:
                continue
            lo, hi = int(lo3), int(hi3)
        else:
            raw = (m.group("n") or m.group("n5")).lower()
            n3 = {"once": 1.0, "twice": 2.0, "thrice": 3.0}.get(raw) or to_number(raw)
            if n3 is None:
                continue
            plus5 = (m.group("plus5") or "").lower()
            op5 = "at most" if plus5 in ("or fewer", "or less") else "at least"
            lo, hi = _bounds((m.group("op") or op5).lower(), int(n3))
        days, end2 = window_after(t, m.end())
        add(m.start(), OrderCount(min=lo, max=hi, within_days=days, span=t.take(m.start(), end2)))
    zoc = re.compile(r"(?P<pre>至少|超过|不少于|只|仅)?\s*(?:(?:下单|购买|买|复购|消费)过?\s*(?P<n>[\d一二两三四五六七八九十]+)\s*(?:次|单|笔)"
                     r"|下过\s*(?P<n2>[\d一二两三四五六七八九十]+)\s*(?:单|次|笔订单|个订单)"
                     r"|(?<=至少)\s*(?P<n3>[\d一二两三四五六七八九十]+)\s*(?:单|笔订单|个订单|次购买))"
                     r"(?P<op>以上|及以上|或以上|以下|及以下)?")
    for m in zoc.finditer(text):
        if t.free(m.start(), m.end()):
            n = to_number(m.group("n") or m.group("n2") or m.group("n3")) or 0
            op = m.group("op") or ""
            pre = m.group("pre") or ""
            lo2: int | None
            hi2: int | None
            if pre in ("只", "仅"):
                lo2, hi2 = int(n), int(n)
            else:
                # N以上 includes N (convention 27); 超过N does not
                lo2, hi2 = (None, int(n)) if "以下" in op else (int(n) + (1 if pre == "超过" else 0), None)
            days, start = zh_window_before(t, m.start())
            add(start, OrderCount(min=lo2, max=hi2, within_days=days, span=t.take(start, m.end())))
    m = t.find(lx.NEVER_ORDERED_WORDS)
    if m:
        add(m.start(), OrderCount(max=0, span=t.take(m.start(), m.end())))
    m = t.find(lx.ONE_TIME_WORDS)
    if m:
        add(m.start(), OrderCount(min=1, max=1, span=t.take(m.start(), m.end())))
    m = t.find(lx.REPEAT_WORDS)
    if m:
        add(m.start(), OrderCount(min=2, span=t.take(m.start(), m.end())))
    m = t.find(lx.EXISTING_WORDS)
    if m:
        add(m.start(), OrderCount(min=1, span=t.take(m.start(), m.end())))


def _engagement(t: Text, cat: Catalogue, leaves: Leaves, na: list[NotApplied], money_used: set[int]) -> None:
    """Engagement: "not clicked anything in 90 days", "opened an email in the last 30 days", "90天内未点击"."""
    text = t.text
    add = _adder(leaves)
    eng = re.compile(
        r"(?P<neg>(?:have|has|who|that)?\s*(?:n[o']t|never|haven'?t|hasn'?t|didn'?t|don'?t|did not|do not|have not|has not|stopped)\s+)?"
        r"(?:ever\s+)?(?P<ev>clicked|opened|opening|clicking|engag(?:ed|ing)(?: with)?|read|interacted with|unsubscribed(?: from)?|responded to|"
        r"received|been sent|gotten|(?<=still )(?:open|opens|click|clicks|read|reads)|(?<=who )(?:open|opens|click|clicks|regularly open))"
        r"(?P<obj>\s+(?:on\s+)?(?:any of our|one of our|anything|any(?:thing)?|an?|our|a single)?\s*(?P<lastn>(?:last|latest|past|recent)\s+\d+\s+)?"
        r"(?P<ch>e-?mails?|sms|texts?|push(?: notifications?)?|messages?|campaigns?|links?|ads?)?)?", re.I)
    for m in eng.finditer(text):
        if not t.free(m.start(), m.end()):
            continue
        ev_word = m.group("ev").lower()
        event: Literal["received", "opened", "clicked", "converted", "unsubscribed"] = (
            "clicked" if ev_word.startswith(("click", "engag", "interact", "respond")) else
            "unsubscribed" if ev_word.startswith("unsub") else
            "received" if ev_word.startswith(("receiv", "been sent", "gotten")) else "opened")
        ch = channel_of(m.group("ch") or "")
        days, end2 = window_after(t, m.end())
        if days is None:
            ago = re.match(r"\s*(?:over\s+|more than\s+|about\s+)?", text[m.end():])
            d = DURATION.match(text, m.end() + (ago.end() if ago else 0))
            if d and re.match(r"\s*ago\b", text[d.end():], re.I):
                days, end2 = duration_days(d), d.end() + re.match(r"\s*ago", text[d.end():], re.I).end()  # type: ignore[union-attr]
        people = re.search(r"\b(?:who|that|still|and|but)\s+(?:have\s+|has\s+)?$", text[max(0, m.start() - 14) : m.start()], re.I)
        if days is None and event != "unsubscribed" and not m.group("neg") and not (people and ch):
            continue  # "opened" alone is no condition; "folks who opened our emails" is (ever opened)
        if m.group("lastn"):  # "opened our last 3 emails": opens are counted by time, not by send
            na.append(NotApplied(text=m.group(0).strip(), span=t.span(m.start(), m.end()), affects="audience",
                                 reason="copilot reads opens and clicks in a time window, not over the last N sends; "
                                        "the audience is everyone who ever opened one"))
        cond: Condition = Engagement(event=event, channel=ch, within_days=days, span=t.take(m.start(), end2))
        add(m.start(), Not(of=cond) if m.group("neg") or _negated(text, m.start()) else cond)
    # "gone 60+ days without being sent an email": not sent one within those days
    unsent = re.compile(r"(?:gone\s+)?(?P<d>\d+\s*\+?\s*(?:days?|weeks?|months?))\s+without\s+(?:being\s+)?(?:sent|receiving|getting)\s+"
                        r"(?:an?\s+|any\s+)?(?P<ch>e-?mails?|sms|texts?|push(?: notifications?)?)", re.I)
    for m in unsent.finditer(text):
        d = DURATION.search(m.group("d").replace("+", ""))
        if d and t.free(m.start(), m.end()):
            add(m.start(), Not(of=Engagement(event="received", channel=channel_of(m.group("ch")), within_days=duration_days(d),
                                             span=t.take(m.start(), m.end()))))
    zeng = re.compile(r"(?:(?:最近|近|过去)\s*)?(?P<d>[\d一二两三四五六七八九十百]+\s*(?:天|周|个月|年))?\s*(?:内|里|以来)?\s*"
                      r"(?:在\s*[A-Za-z\u4e00-\u9fff]{1,6}?\s*(?:里|上|中|内)\s*)?(?P<neg>未|没有?|从未|从来没有?)?\s*"
                      r"(?P<ev>点击|点开|打开|互动|退订)(?:了|过)*(?:任何)?(?:的)?(?P<ch>电子邮件|邮件|邮箱|电邮|EDM|edm|手机短信|短信|APP推送|App推送|app推送|推送)?")
    for m in zeng.finditer(text):
        if not (m.group("d") or m.group("neg") or m.group("ev") == "退订" or (m.group("ch") and "过" in m.group(0))):
            continue  # "点击率" alone is a metric, not an audience
        if t.free(m.start(), m.end()):
            d = DURATION.search(m.group("d")) if m.group("d") else None
            zev = m.group("ev")
            zevent: Literal["opened", "clicked", "unsubscribed"] = (
                "clicked" if zev in ("点击", "互动") else "opened" if zev == "打开" else "unsubscribed")
            zc: Condition = Engagement(event=zevent, channel=channel_of(m.group("ch") or ""),
                                       within_days=duration_days(d) if d else None, span=t.take(m.start(), m.end()))
            add(m.start(), Not(of=zc) if m.group("neg") else zc)


def _consent(t: Text, cat: Catalogue, leaves: Leaves, na: list[NotApplied], money_used: set[int]) -> None:
    """Consent: "SMS subscribers", "opted in to email", "can we text", "短信订阅用户"."""
    text = t.text
    add = _adder(leaves)
    consent_rx = re.compile(
        r"(?P<a>(?:sms|text|e-?mail|push)\s+(?:subscribers?|opt-?ins|list|audience|contacts|consenters|subscribed customers|reach\b))"
        r"|(?P<b>(?:opted|signed up|subscribed|consented)[- ]?in(?:to| to| for)?\s+(?:receive\s+)?(?:sms|texts?|e-?mails?|push(?: notifications)?))"
        r"|(?P<c2>(?:opted|subscribed|signed up)\s+(?:to|for)\s+(?:our\s+)?(?:sms|texts?|e-?mails?|push(?: notifications)?))"
        r"|(?P<c>(?:can|could|may|able to)\s+(?:we\s+|i\s+)?(?:still\s+|legally\s+)?(?:text|sms|e-?mail|push|reach (?:by|via|on) (?:sms|text|e-?mail|push)))"
        r"|(?P<d>reachable (?:by|via|on) (?:sms|text|e-?mail|push))"
        r"|(?P<e>(?:sms|text|e-?mail|push)[- ](?:reachable|consent(?:ed)?|opted[- ]in))"
        r"|(?P<f>(?:订阅了?|接收|可以发|可发|同意接收|允许|可以收到?|能收到?|开通了?)(?:营销)?(?:短信|邮件|推送)(?:的)?(?:用户|客户)?)"
        r"|(?P<h>(?:who\s+)?can\s+be\s+(?:e-?mailed|texted|reached\s+(?:by|via|on)\s+(?:sms|text|e-?mail|push)|"
        r"sent\s+(?:push(?: notifications)?|sms|texts?|e-?mails?)))"
        r"|(?P<g>(?:短信|邮件|推送)(?:订阅)?(?:用户|客户|订阅者))"
        r"|(?P<r>(?:our\s+)?reach\s+(?:on|by|via|through)\s+(?:sms|texts?|e-?mail|push))"
        r"|(?P<on>(?:sms|texts?|e-?mails?|push(?: notifications?)?)\s+(?:turned|switched|enabled)\s*on|(?:sms|e-?mail|push)[- ]enabled)",
        re.I)
    for m in consent_rx.finditer(text):
        if t.free(m.start(), m.end()):
            ch = channel_of(m.group(0))
            if ch in ("email", "sms", "push"):
                # "customers who are NOT opted in to email": everyone without that consent
                neg = re.search(r"\b(?:not|never)\s+(?:yet\s+)?$|n't\s+(?:yet\s+)?$", text[max(0, m.start() - 12) : m.start()], re.I)
                leaf = Consent(channel=ch, span=t.take(m.start(), m.end()))
                add(m.start(), Not(of=leaf) if neg else leaf)


def _top_propensity(t: Text, cat: Catalogue, leaves: Leaves, na: list[NotApplied], money_used: set[int]) -> None:
    """Top by propensity: "the 2,000 customers most likely to buy a tent in the next 60 days", "top 10% most
    likely to buy headlamps", "最可能购买帐篷的前1000名客户"."""
    text = t.text
    add = _adder(leaves)
    top = re.compile(
        rf"(?:(?:the\s+)?(?:top\s+)?(?P<n>{NUMBER})(?P<pct>\s?%|\s?percent)?\s+(?:(?:of\s+)?(?:our\s+)?(?:customers|shoppers|people|buyers)\s+)?"
        r"(?:(?:who\s+are\s+)?(?:most|likeliest)\s+likely\s+to\s+(?:buy|purchase|order|convert)|by (?:purchase\s+|buying\s+)?(?:propensity|likelihood)(?:\s+to\s+(?:buy|purchase))?)"
        r"|(?:the\s+)?(?:customers\s+)?(?:most|likeliest|highly|very)\s+likely\s+to\s+(?:buy|purchase|order|convert)|likeliest\s+to\s+(?:buy|purchase|order|convert)"
        r"|(?:are|is)\s+likely\s+to\s+(?:buy|purchase|order)"
        r"|high[- ]propensity|(?:最可能|最有可能|最有可能会|(?<!不)可能会?)(?:在(?P<zh>[^，。？购买]{0,10}))?(?:购买|买(?!家))|购买意向最高的?|高购买意向|高意向)",
        re.I)
    for m in top.finditer(text):
        if not t.free(m.start(), m.end()):
            continue
        pos = m.end()
        obj = re.match(r"\s*(?:(?:an?|the|some|our|new|any)\s+)*", text[pos:], re.I)
        pos += obj.end() if obj else 0
        them = re.match(r"(?:them|it|these|those)\b", text[pos:], re.I)
        hit = None if them else category_at(t, cat, pos)
        slug = hit[0][0] if hit and hit[0] else None
        end = hit[2] if hit else (pos + them.end() if them else m.end())
        n = to_number(m.group("n")) if m.group("n") else None
        zn = re.match(r"\s*的?\s*前\s*(\d+|[一二两三四五六七八九十百千万]+)\s*(%|％)?\s*(?:名|位|个)?", text[end:])
        zpct = False
        if n is None and zn:
            n = to_number(zn.group(1))
            zpct = bool(zn.group(2))
            end += zn.end()
        zb = re.search(r"(?:未来|接下来)\s*(?P<d>[\d一二两三四五六七八九十百]+\s*(?:天|周|个月))\s*(?:内)?\s*$", text[max(0, m.start() - 12):m.start()])
        share = n / 100 if n and (m.group("pct") or zpct) else None
        top_n = int(n) if n and not (m.group("pct") or zpct) else None
        horizon = re.match(r"\s*(?:in|within|over|during)\s+the\s+(?:next|coming)\s+", text[end:], re.I)
        days = None
        if m.groupdict().get("zh"):
            dz = DURATION.search(m.group("zh"))
            days = duration_days(dz) if dz else None
        start_at = m.start()
        if zb and days is None:
            dz = DURATION.search(zb.group("d"))
            days = duration_days(dz) if dz else None
            start_at = m.start() - (len(text[max(0, m.start() - 12):m.start()]) - zb.start())
        if horizon:
            d = DURATION.match(text, end + horizon.end())
            if d:
                days = duration_days(d)
                end = d.end()
        add(start_at, TopPropensity(category=slug, horizon_days=min(365, max(7, days or 30)), top_n=top_n,
                                    top_share=share, span=t.take(start_at, end)))


def _signed_up(t: Text, cat: Catalogue, leaves: Leaves, na: list[NotApplied], money_used: set[int]) -> None:
    """New customers / sign-ups."""
    m: re.Match[str] | None = None
    text = t.text
    add = _adder(leaves)
    sr = re.compile(r"(?:signed up|joined|registered|subscribed|new (?:sign-?ups|subscribers|members))\s*"
                    r"(?:in|within|during|over)\s+(?:the\s+)?(?:last|past)\s+", re.I)
    for m in sr.finditer(text):
        if t.free(m.start(), m.end()):
            d = DURATION.match(text, m.end())
            if d:
                days = duration_days(d)
                if days:
                    add(m.start(), SignedUp(within_days=days, span=t.take(m.start(), d.end())))
    ago = re.compile(rf"(?:signed up|joined|registered|became (?:a )?(?:customer|member)s?)\s+(?:more than|over|at least|upwards of)\s+"
                     rf"(?P<d>(?:{NUMBER}|a|an)\s+(?:days?|weeks?|months?|years?))\s+ago", re.I)
    for m in ago.finditer(text):  # joined more than a year ago: not signed up within that year
        d = DURATION.search(m.group("d").replace("a ", "1 ").replace("an ", "1 "))
        if d and t.free(m.start(), m.end()) and (days := duration_days(d)):
            add(m.start(), Not(of=SignedUp(within_days=days, span=t.take(m.start(), m.end()))))
    zs = re.compile(r"(?:最近|近|过去)\s*(?P<d>[\d一二两三四五六七八九十百半]+\s*(?:个月|个星期|天|周|年))\s*(?:内|里)?\s*(?:新)?注册的?")
    for m in zs.finditer(text):
        d = DURATION.search(m.group("d"))
        if d and t.free(m.start(), m.end()) and (days := duration_days(d)):
            add(m.start(), SignedUp(within_days=days, span=t.take(m.start(), m.end())))
    m = t.find(lx.NEW_CUSTOMER_WORDS)
    if m and any(isinstance(c, SignedUp) for _, c in leaves):
        t.take(m.start(), m.end())  # "最近60天注册的新客": one condition
        m = None
    if m:
        days, end2 = window_after(t, m.end())
        add(m.start(), SignedUp(within_days=days or 30, span=t.take(m.start(), end2)))


#: A period right before a lapsed phrase, without 最近/过去: "90天没下单", "（120天以上未购）".
_ZH_BARE_BEFORE = re.compile(r"(?P<d>[\d零一二两三四五六七八九十百半]+\s*(?:个月|个星期|天|周|年))\s*(?:以上|多|都|内|里)?\s*$")


def _recency(t: Text, cat: Catalogue, leaves: Leaves, na: list[NotApplied], money_used: set[int]) -> None:
    """Recency: lapsed / not ordered in N / ordered in the last N."""
    text = t.text
    add = _adder(leaves)
    for words, is_lapsed in ((lx.NOT_ORDERED_WORDS, True), (lx.ZH_NOT_ORDERED, True), (lx.LAPSED_WORDS, True),
                             (lx.ACTIVE_WORDS, False), (lx.ZH_ACTIVE, False)):
        for m in t.find_all(words):
            days, end2 = window_after(t, m.end())
            start = m.start()
            if days is None and not m.group(0).isascii():
                days, start = zh_window_before(t, m.start())
                bare = _ZH_BARE_BEFORE.search(text, 0, m.start()) if days is None and is_lapsed else None
                if bare and t.free(bare.start(), m.start()) and (bd := DURATION.search(bare.group("d"))):
                    days, start = duration_days(bd), bare.start()  # "90天没下单", "120天以上未购"
                if days is None:
                    zw = ZH_WINDOW_AFTER.match(text, m.end())
                    if zw and (d := DURATION.search(zw.group("d"))):
                        days, end2 = duration_days(d), zw.end()
            if days is None:
                m2 = re.match(r"\s*(?:(?:since|for)\s+)?(?:over\s+|more than\s+|at least\s+)?", text[end2:], re.I)
                rest = text[end2 + (m2.end() if m2 else 0):]
                plus = re.match(r"(\d+)\s*\+\s*(days?|weeks?|months?|years?)", rest, re.I)
                if plus:
                    d2 = DURATION.match(f"{plus.group(1)} {plus.group(2)}")
                    if d2:
                        days, end2 = duration_days(d2), end2 + (m2.end() if m2 else 0) + plus.end()
                else:
                    d2 = DURATION.match(text, end2 + (m2.end() if m2 else 0))
                    if d2:
                        days, end2 = duration_days(d2), d2.end()
                ago = re.match(r"\s*ago\b", text[end2:], re.I)
                if days is not None and ago:
                    end2 += ago.end()
            rng = re.match(r"\s*(?:for\s+)?(?:between\s+)?(\d+)\s*(?:-|–|to|and)\s*(\d+)\s*(days|weeks|months|years)", text[m.end():], re.I)
            if is_lapsed and rng and days is None:
                lo_d = DURATION.match(f"{rng.group(1)} {rng.group(3)}")
                hi_d = DURATION.match(f"{rng.group(2)} {rng.group(3)}")
                if lo_d and hi_d:
                    add(start, Recency(min_days=duration_days(lo_d), max_days=duration_days(hi_d),
                                       span=t.take(start, m.end() + rng.end())))
                    break
            if is_lapsed:
                if days is None and words is lx.NOT_ORDERED_WORDS:
                    continue
                add(start, Recency(min_days=days or 180, span=t.take(start, end2)))
            elif days is not None:
                add(start, Recency(max_days=days, span=t.take(start, end2)))
            break


_ZH_REGIONS = {"west": "(?<!中)西部", "mountain": "山地(?:地区)?", "midwest": "中西部", "south": "南部", "northeast": "东北部?"}


def _regions(t: Text, cat: Catalogue, leaves: Leaves, na: list[NotApplied], money_used: set[int]) -> None:
    """Regions."""
    text = t.text
    add = _adder(leaves)
    for region in cat.regions:
        short = region.split("-")[-1]
        zh = _ZH_REGIONS.get(short.lower())
        lower = ([rf"(?:the\s+)?{re.escape(short)}(?:ern)?(?:\s+(?:region|regions|states))?"] if short.lower() in ("midwest", "northeast")
                 else [rf"(?:(?<=\bin )|(?<=\boutside )|(?<=\boutside of )|(?<=\bacross )|(?<=\bfrom ))the\s+{re.escape(short.lower())}(?:ern)?(?:\s+(?:region|regions|states))?(?!\s*(?:face|ridge|trail|coast))"])
        m = t.find([re.escape(region), rf"(?-i:(?:the\s+)?{re.escape(short)}(?:ern)?)(?:\s+(?:region|regions|states))?", *lower]
                   + ([zh] if zh else []))
        if m:
            leaf = Region(regions=[region], span=t.take(m.start(), m.end()))
            if _negated(text, m.start()):
                add(m.start(), Not(of=leaf))
            else:
                add(m.start(), leaf)
    # "the South and west": a region in lower case listed with one that was read
    for region in cat.regions:
        read = [(p, c) for p, c in leaves if isinstance(c.of if isinstance(c, Not) else c, Region)]
        if not read or any(region in (c.of if isinstance(c, Not) else c).regions for _, c in read):
            continue
        spans = [(s.start, s.end) for _, c in read if (s := (c.of if isinstance(c, Not) else c).span)]
        m = t.listed_with(spans, rf"{re.escape(region.split('-')[-1])}(?:ern)?")
        if m:
            leaf = Region(regions=[region], span=t.take(m.start(), m.end()))
            add(m.start(), Not(of=leaf) if all(isinstance(c, Not) for _, c in read) else leaf)
    reg_leaves = [(p, c) for p, c in leaves if isinstance(c, Region)]
    if len(reg_leaves) > 1:
        leaves[:] = [(p, c) for p, c in leaves if not isinstance(c, Region)]
        regions = [r for _, c in reg_leaves for r in c.regions]
        first_r, last_r = reg_leaves[0][1], reg_leaves[-1][1]
        leaves.append((reg_leaves[0][0], Region(regions=regions, span=t.span(
            first_r.span.start if first_r.span else 0, last_r.span.end if last_r.span else 0))))


def _unsupported(t: Text, cat: Catalogue, leaves: Leaves, na: list[NotApplied], money_used: set[int]) -> None:
    """Data the workspace does not hold."""
    for what, words in lx.UNSUPPORTED_AUDIENCE.items():
        m = t.find(words)
        if m:
            na.append(NotApplied(text=m.group(0), span=t.take(m.start(), m.end()), affects="audience",
                                 reason=f"the data has no {what}"))


_RULES = (_all_customers, _uplift, _top_propensity, _never_bought, _bought, buyer_nouns, personas, _segments, _value_tiers, _spend, _order_counts, _engagement, _consent, _signed_up, _recency, _regions, _unsupported)


def combine(text: str, leaves: list[tuple[int, Condition]]) -> Condition | None:
    if not leaves:
        return None
    leaves.sort(key=lambda x: x[0])
    conds = [c for _, c in leaves]
    if any(isinstance(c, AllCustomers) for c in conds) and len(conds) > 1:
        conds = [c for c in conds if not isinstance(c, AllCustomers)]
    if len(conds) == 1:
        return conds[0]
    # "two groups: A, or B who bought C" / "A, plus anyone in B": an OR between whole clauses
    segments: list[list[Condition]] = [[conds[0]]]
    for prev, cur in itertools.pairwise(conds):
        pe, cs = _end(prev), _start(cur)
        between = text[pe:cs] if pe is not None and cs is not None and cs >= pe else ""
        if _CLAUSE_OR.search(between) and len(between) < 60:
            segments.append([cur])
        else:
            segments[-1].append(cur)
    if len(segments) > 1:
        ors = [_and_or(text, seg) for seg in segments]
        return Or(of=ors)
    return _and_or(text, conds)


#: An OR between whole clauses: a comma before "or", "plus anyone", "as well as everyone", "，或者".
_CLAUSE_OR = re.compile(r"(?:[,;:]|\s[-—–])\s*(?:or|plus)\b|\(\s*(?:b|c|d|2|3|4|ii|iii)\s*\)|(?<![\w(])(?:b|c|2|3)\)\s|[②③④]|\bplus (?:anyone|everyone|all|any)\b|\bas well as (?:anyone|everyone|all)\b|"
                        r"\band also (?:anyone|everyone)\b|[，；]\s*(?:或者|或是|以及所有|再加上)", re.IGNORECASE)


def _and_or(text: str, conds: list[Condition]) -> Condition:
    """Leaves in the order of the text: AND, except leaves separated only by an "or"."""
    if len(conds) == 1:
        return conds[0]
    groups: list[list[Condition]] = [[conds[0]]]
    for prev, cur in itertools.pairwise(conds):
        pe = _end(prev)
        cs = _start(cur)
        between = text[pe:cs] if pe is not None and cs is not None and cs >= pe else ""
        both_excluded = isinstance(prev, Not) and isinstance(cur, Not)  # not (A or B) = not A and not B
        if (re.search(r"\bor\b|或者|或|还是", between, re.I) and len(between) < 40
                and not re.search(r"\band\b|且|并且|同时", between, re.I) and not both_excluded):
            groups[-1].append(cur)
        else:
            groups.append([cur])
    parts = _simplified([g[0] if len(g) == 1 else Or(of=g) for g in groups])
    return parts[0] if len(parts) == 1 else And(of=parts)


def _simplified(parts: list[Condition]) -> list[Condition]:
    """An AND without repeats: the same condition read twice ("沉睡客户…半年以上没下单") counts once, and
    two last-order windows are one ("lost touch… last order more than nine months ago" is >= 270 days)."""
    out: list[Condition] = []
    seen: list[dict[str, object]] = []
    for c in parts:
        key = c.model_dump(exclude={"span"})
        if key in seen:
            continue
        seen.append(key)
        out.append(c)
    out = _one_order_count(out)
    recencies = [c for c in out if isinstance(c, Recency)]
    if len(recencies) < 2 or any(r.include_never for r in recencies):
        return out
    mins = [r.min_days for r in recencies if r.min_days is not None]
    maxes = [r.max_days for r in recencies if r.max_days is not None]
    lo, hi = (max(mins) if mins else None), (min(maxes) if maxes else None)
    if lo is not None and hi is not None and lo > hi:
        return out  # contradictory windows: left for the marketer to see, not silently merged
    keep = max(recencies, key=lambda r: (r.min_days or 0, -(r.max_days or 0)))
    merged = keep.model_copy(update={"min_days": lo, "max_days": hi})
    return [merged if c is keep else c for c in out if not isinstance(c, Recency) or c is keep]


def _one_order_count(parts: list[Condition]) -> list[Condition]:
    """Two lifetime order counts are one: 老客 (at least 1) and 3单以上 (at least 3) is at least 3."""
    counts = [c for c in parts if isinstance(c, OrderCount) and c.within_days is None]
    if len(counts) < 2:
        return parts
    mins = [c.min for c in counts if c.min is not None]
    maxes = [c.max for c in counts if c.max is not None]
    lo, hi = (max(mins) if mins else None), (min(maxes) if maxes else None)
    if lo is not None and hi is not None and lo > hi:
        return parts  # contradictory: left for the marketer to see
    keep = max(counts, key=lambda c: (c.min or 0))
    merged = keep.model_copy(update={"min": lo, "max": hi})
    return [merged if c is keep else c for c in parts if not (isinstance(c, OrderCount) and c.within_days is None) or c is keep]


def _end(c: Condition) -> int | None:
    if isinstance(c, Not):
        return _end(c.of)
    if isinstance(c, (And, Or)):
        return _end(c.of[-1])
    return c.span.end if c.span else None


def _start(c: Condition) -> int | None:
    if isinstance(c, Not):
        return _start(c.of)
    if isinstance(c, (And, Or)):
        return _start(c.of[0])
    return c.span.start if c.span else None

