"""One reader for briefs and questions: text -> :class:`Reading`, in English and Chinese.

Code reads what it can with spans (``numbers``, ``dates``, ``lexicon``), claiming each span so a
later rule never reads the same words twice ("spent over $300" is a threshold, so it is never the
budget; "not ordered in 6 months" is an audience window, so it is never the campaign's). Words it
recognises but cannot apply (a product the catalogue lacks, data the workspace does not hold, a channel
copilot cannot plan) are listed under ``not_applied`` with the reason. With ``use_model`` the language
model is asked only for what code left open (see ``copilot.reading.model``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from datetime import date
from functools import lru_cache
from typing import Literal

from copilot.deps import Deps
from copilot.reading import lexicon as lx
from copilot.reading.catalogue import Catalogue, catalogue_of
from copilot.reading.dates import find_window
from copilot.reading.numbers import (
    DURATION,
    NUMBER,
    ZHE,
    duration_days,
    find_money,
    to_number,
    zhe_to_percent_off,
)
from copilot.reading.schema import (
    ABTest,
    Budget,
    Channels,
    DiscountCap,
    Holdout,
    Intent,
    Language,
    Metric,
    NoDiscount,
    NotApplied,
    Objective,
    Offer,
    Promoted,
    Reading,
    Window,
)
from copilot.tools.conditions import (
    AllCustomers,
    And,
    Bought,
    Channel,
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
    Span,
    Spend,
    TopPropensity,
    ValueTier,
)

Kind = Literal["brief", "question"]


# --- small helpers ------------------------------------------------------------------------------


def _pat(p: str) -> str:
    """An English pattern matches at word boundaries; a Chinese one anywhere."""
    return r"(?<![\w-])(?:" + p + r")(?![\w-])" if p.isascii() else p


class _Text:
    """The request with the spans already claimed by a rule."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.taken: list[tuple[int, int]] = []

    def free(self, a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in self.taken)

    def take(self, a: int, b: int) -> Span:
        self.taken.append((a, b))
        return Span(start=a, end=b, text=self.text[a:b][:400])

    def span(self, a: int, b: int) -> Span:
        return Span(start=a, end=b, text=self.text[a:b][:400])

    def find(self, patterns: Iterable[str], *, start: int = 0) -> re.Match[str] | None:
        best: re.Match[str] | None = None
        for p in patterns:
            for m in re.finditer(_pat(p), self.text, re.IGNORECASE):
                if m.start() >= start and m.end() > m.start() and self.free(m.start(), m.end()):
                    if best is None or (m.start(), -len(m.group(0))) < (best.start(), -len(best.group(0))):
                        best = m
                    break
        return best

    def find_all(self, patterns: Iterable[str]) -> list[re.Match[str]]:
        out: list[re.Match[str]] = []
        for p in patterns:
            for m in re.finditer(_pat(p), self.text, re.IGNORECASE):
                if m.end() > m.start() and self.free(m.start(), m.end()):
                    out.append(m)
        out.sort(key=lambda m: (m.start(), -len(m.group(0))))
        kept: list[re.Match[str]] = []
        for m in out:
            if all(m.start() >= k.end() or m.end() <= k.start() for k in kept):
                kept.append(m)
        return kept


_CJK = re.compile(r"[\u3400-\u9fff]")


@lru_cache(maxsize=1)
def _detector():  # type: ignore[no-untyped-def]
    from lingua import Language as L
    from lingua import LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(L.ENGLISH, L.CHINESE).build()


def detect_language(text: str) -> Language:
    """``zh`` when the request is mostly Chinese (lingua, with the share of CJK characters as a guard)."""
    cjk = len(_CJK.findall(text))
    letters = len(re.findall(r"[A-Za-z]", text))
    if cjk == 0:
        return "en"
    if cjk >= 4 and cjk * 2 >= letters:
        return "zh"
    from lingua import Language as L

    return "zh" if _detector().detect_language_of(text) == L.CHINESE else "en"


# --- the reader -----------------------------------------------------------------------------------

_QUESTION_START = re.compile(
    r"^\s*(?:how|what|which|who|whom|when|where|why|is|are|was|were|do|does|did|can|could|should|would|will|"
    r"show|list|give me|tell me|find|count|compare|any|have we|has|请问|多少|哪|什么|谁|怎么|如何|是否|有没有|能否|"
    r"帮我(?:查|看|算|统计|列)|查一下|统计|列出|看看)",
    re.IGNORECASE,
)
_PLAN_WORDS = (r"plan", r"draft", r"campaign", r"put together", r"build (?:me )?an? (?:campaign|plan)", r"brief",
               r"策划", r"方案", r"活动", r"营销计划", r"做一个", r"做个")  # fmt: skip
_PLAN_REQUEST = (r"(?:plan|draft|create|build|design|write|put together|prepare|make|set up|come up with)\s+"
                 r"(?:me\s+|us\s+)?(?:an?\s+|the\s+)?(?:\w+\s+){0,4}(?:campaign|plan|promo(?:tion)?|send)",
                 r"(?:帮我|请|给我)?(?:策划|制定|做|设计|出)(?:一个|一份|个)?[^，。？?]{0,12}(?:活动|方案|计划)")


def read(
    text: str,
    *,
    deps: Deps | None = None,
    today: date | None = None,
    kind: Kind | None = None,
    use_model: bool = False,
    catalogue: Catalogue | None = None,
) -> Reading:
    """Read ``text`` (a brief or a question). See the module docstring and docs/reading.md."""
    text = text.strip()
    if today is None:
        today = deps.clock().date() if deps is not None else date.today()
    cat = catalogue or catalogue_of(deps)
    t = _Text(text)
    language = detect_language(text)
    if kind is None:
        kind = _kind(text)
    not_applied: list[NotApplied] = []

    refuse = t.find(lx.REFUSE_WORDS)
    audience, money_used = _audience(t, cat, today, not_applied)
    budget = _budget(t, money_used)
    if budget is None:
        mention = _budget_mention(t)
        if mention is not None:
            not_applied.append(mention)
    offer, cap, no_discount = _offer(t)
    holdout = _holdout(t)
    channels = _channels(t, not_applied)
    promoted = _promoted(t, cat, not_applied)
    win = find_window(text, today, t.taken)
    window = None
    if win is not None:
        window = Window(start=win.start, end=win.end, duration_days=win.duration_days, occasion=win.occasion,
                        span=t.take(*win.span))
    ab = _ab(t)
    metric = _metric(t)
    top_n = _top_n(t)
    objective, objective_span = _objective(t, audience, promoted, kind)

    intent: Intent
    if kind == "brief":
        intent = "plan"
    elif refuse is not None:
        intent = "refuse"
    else:
        intent = _intent(text)
    reading = Reading(
        text=text[:8000],
        kind=kind,
        language=language,
        intent=intent,
        today=today,
        objective=objective,
        objective_span=objective_span,
        audience=audience,
        promoted=promoted,
        channels=channels,
        budget=budget,
        window=window,
        offer=offer,
        discount_cap=cap,
        no_discount=no_discount,
        ab_test=ab,
        holdout=holdout,
        metric=metric,
        top_n=top_n,
        not_applied=not_applied[:40],
    )
    if use_model and deps is not None:
        from copilot.reading.model import fill_with_model

        reading = fill_with_model(deps, reading)
    return reading


def _kind(text: str) -> Kind:
    t = _Text(text)
    if t.find(_PLAN_REQUEST):
        return "brief"
    if text.rstrip().endswith(("?", "？", "吗")) or _QUESTION_START.match(text):
        return "question"
    if t.find(_PLAN_WORDS) or any(t.find(words) for _, words in lx.OBJECTIVE_WORDS):
        return "brief"
    if find_money(text) or (len(text) > 60 and not _CJK.search(text)) or (len(text) > 30 and _CJK.search(text)):
        return "brief"
    return "question"


# --- audience -------------------------------------------------------------------------------------

_WINDOW_AFTER = re.compile(
    rf"\s*(?:(?:in|within|over|during|for)\s+(?:the\s+)?(?:last|past|previous|prior)?\s*|(?:in|for|within|over)\s+|since\s+)"
    rf"(?P<d>(?:{NUMBER}|a|an|a couple of|a few|several)[\s-]?(?:days?|weeks?|months?|years?|quarters?)|half a year|a year)"
    r"|\s*(?:last|this past|the past) (?P<y>year|12 months|twelve months)",
    re.IGNORECASE,
)
_ZH_WINDOW_BEFORE = re.compile(r"(?:最近|过去|近|在过去的?|这)\s*(?P<d>[\d零一二两三四五六七八九十百半]+\s*(?:个月|个星期|天|周|年|日|个季度))\s*(?:内|里|以来|中)?\s*$")
_ZH_WINDOW_AFTER = re.compile(r"\s*(?P<d>[\d零一二两三四五六七八九十百半]+\s*(?:个月|个星期|天|周|年|日|个季度))\s*(?:内|里|以上|以来)?")


def _window_after(t: _Text, pos: int) -> tuple[int | None, int]:
    """A look-back window right after ``pos`` ("in the last 30 days", "last year"): (days, end)."""
    m = _WINDOW_AFTER.match(t.text, pos)
    if not m:
        return None, pos
    if m.group("y"):
        return 365, m.end()
    d = DURATION.search(m.group("d"))
    days = duration_days(d) if d else None
    return days, (m.end() if days else pos)


def _zh_window_before(t: _Text, pos: int) -> tuple[int | None, int]:
    m = _ZH_WINDOW_BEFORE.search(t.text[max(0, pos - 16) : pos])
    if not m:
        return None, pos
    d = DURATION.search(m.group("d"))
    return (duration_days(d) if d else None), pos - (len(t.text[max(0, pos - 16) : pos]) - m.start())


def _category_at(t: _Text, cat: Catalogue, pos: int) -> tuple[list[str], list[str], int] | None:
    """Categories/products named right at ``pos`` (a list "X, Y and Z" too): (slugs, product ids, end)."""
    slugs: list[str] = []
    pids: list[str] = []
    end = pos
    while True:
        m = re.match(r"\s*(?:(?:an?|the|some|our|their|any|new|other|more|one of our|either)\s+)*", t.text[end:], re.I)
        here = end + (m.end() if m else 0)
        hit = _match_catalogue(t.text, here, cat)
        if hit is None:
            break
        s, p, e = hit
        slugs += [x for x in s if x not in slugs]
        pids += [x for x in p if x not in pids]
        end = e
        sep = re.match(r"\s*(?:,|/|&|\band\b|\bor\b|\bplus\b|、|和|或|及|以及|或者)\s*", t.text[end:], re.I)
        if not sep:
            break
        nxt = _match_catalogue(t.text, end + sep.end(), cat)
        if nxt is None:
            break
        end = end + sep.end()
    if not slugs and not pids:
        return None
    return slugs, pids, end


@lru_cache(maxsize=8)
def _category_patterns(categories: tuple[tuple[str, str], ...]) -> list[tuple[str, tuple[str, ...]]]:
    pats: list[tuple[str, tuple[str, ...]]] = []
    slugs = {s for s, _ in categories}
    for slug, label in categories:
        words = re.sub(r"[-_]+", " ", slug)
        ps = {re.escape(words), re.escape(label.lower())}
        if words.endswith("s"):
            ps.add(re.escape(words[:-1]))
        for p in ps | set(lx.CATEGORY_WORDS.get(slug, ())):
            pats.append((p, (slug,)))
    for _name, (ps2, group) in lx.CATEGORY_GROUPS.items():
        members = tuple(s for s in group if s in slugs)
        if members:
            for p in ps2:
                pats.append((p, members))
    pats.sort(key=lambda x: -len(x[0]))
    return pats


def _match_catalogue(text: str, pos: int, cat: Catalogue) -> tuple[list[str], list[str], int] | None:
    best: tuple[int, list[str], list[str]] | None = None
    for pid, name, _c in cat.products:
        for word in (name, pid):
            if len(word) >= 4 and text[pos : pos + len(word)].lower() == word.lower():
                after = text[pos + len(word) : pos + len(word) + 1]
                if not after or not after.isalnum() or _CJK.match(after):
                    if best is None or len(word) > best[0]:
                        best = (len(word), [], [pid])
    for p, slugs in _category_patterns(tuple(cat.categories)):
        m = re.compile(_pat(p) if p.isascii() else p, re.IGNORECASE).match(text, pos)
        if m and m.end() > pos and (best is None or m.end() - pos > best[0]):
            best = (m.end() - pos, list(slugs), [])
    if best is None:
        return None
    return best[1], best[2], pos + best[0]


_BOUGHT_LEAD = (
    r"(?:who|that|which)\s+(?:have\s+|has\s+|had\s+|already\s+|recently\s+|once\s+|previously\s+|ever\s+)*"
    r"(?:bought|purchased|ordered|own(?:ed)?|got)",
    r"(?:buyers|owners|purchasers|customers|shoppers)\s+of",
    r"(?:people|customers|shoppers|folks|anyone|everyone|those|buyers)\s+(?:who\s+)?(?:bought|purchased|ordered)",
    r"(?:past|previous|recent|existing)\s+(?:buyers|purchasers|customers)\s+of",
    r"(?:bought|purchased)",
)
_NEVER_LEAD = (
    r"(?:who|that)?\s*(?:have\s+|has\s+)?(?:never|not yet|n[o']t(?: yet)?|haven'?t(?: yet)?|hasn'?t(?: yet)?|didn'?t|don'?t)\s+"
    r"(?:ever\s+)?(?:bought|purchased|ordered|own(?:ed)?|buy|tried)(?:\s+(?:any|a|an|our|from our))?",
    r"(?:without|no)\s+(?:an?\s+)?(?:prior\s+)?(?:purchases? of)",
)
_ZH_BOUGHT = (r"买过", r"购买过", r"购买了", r"买了", r"下单过", r"入手过", r"曾购买", r"购买")
_ZH_NEVER = (r"没买过", r"没有买过", r"未购买过", r"没有购买过", r"从未购买过?", r"没购买过", r"未买过")
_BUYER_NOUN = r"\s*(?:buyers|owners|purchasers|shoppers|customers|users|fans|people)(?![\w-])"


def _audience(t: _Text, cat: Catalogue, today: date, na: list[NotApplied]) -> tuple[Condition | None, set[int]]:
    """The audience tree; also returns the money spans used as spend thresholds."""
    leaves: list[tuple[int, Condition]] = []
    money_used: set[int] = set()
    text = t.text

    def add(pos: int, c: Condition) -> None:
        leaves.append((pos, c))

    # all customers
    m = t.find(lx.ALL_CUSTOMER_WORDS)
    if m:
        add(m.start(), AllCustomers(span=t.take(m.start(), m.end())))

    # never bought X
    for lead in (*_NEVER_LEAD, *_ZH_NEVER):
        for m in re.finditer(_pat(lead), text, re.IGNORECASE):
            if not t.free(m.start(), m.end()):
                continue
            hit = _category_at(t, cat, m.end())
            if hit:
                slugs, pids, end = hit
                days, end2 = _window_after(t, end)
                add(m.start(), Not(of=Bought(categories=slugs, product_ids=pids, within_days=days,
                                             span=t.take(m.start(), end2))))

    # bought X (within a window)
    for lead in _BOUGHT_LEAD:
        for m in re.finditer(_pat(lead), text, re.IGNORECASE):
            if not t.free(m.start(), m.end()):
                continue
            hit = _category_at(t, cat, m.end())
            if hit:
                slugs, pids, end = hit
                days, end2 = _window_after(t, end)
                add(m.start(), Bought(categories=slugs, product_ids=pids, within_days=days,
                                      span=t.take(m.start(), end2)))
    for lead in _ZH_BOUGHT:
        for m in re.finditer(lead, text):
            if not t.free(m.start(), m.end()):
                continue
            hit = _category_at(t, cat, m.end())
            if hit:
                slugs, pids, end = hit
                days, start = _zh_window_before(t, m.start())
                if days is None:
                    days, end = _window_after(t, end) if _window_after(t, end)[0] else (None, end)
                add(start, Bought(categories=slugs, product_ids=pids, within_days=days, span=t.take(start, end)))
    # "running-shoe buyers", "tent owners", "跑鞋用户"
    for p, slugs in _category_patterns(tuple(cat.categories)):
        rx = (_pat(p)[:-len(r"(?![\w-])")] if p.isascii() else p) + r"(?:[- ]?(?:shoe|boot|jacket))?" + (
            _BUYER_NOUN if p.isascii() else r"(?:的)?(?:购买者|买家|用户|客户|老客)")
        for m in re.finditer(rx, text, re.IGNORECASE):
            if t.free(m.start(), m.end()):
                days, end2 = _window_after(t, m.end())
                add(m.start(), Bought(categories=list(slugs), within_days=days, span=t.take(m.start(), end2)))

    # segments
    for seg, words in lx.RFM_SEGMENT_WORDS.items():
        m = t.find(words)
        if m:
            segs = lx.AT_RISK_SEGMENTS if seg == "At risk" and not re.search(r"['\"]at risk['\"]|segment", m.group(0), re.I) else [seg]
            add(m.start(), RfmSegment(segments=list(segs), span=t.take(m.start(), m.end())))
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
            leaves = [(p, c) for p, c in leaves if not isinstance(c, RfmSegment)]
            span = t.span(first.span.start if first.span else 0, last.span.end if last.span else 0)
            leaves.append((segs_leaves[0][0], RfmSegment(segments=names, span=span)))

    # value tiers
    for tier, words in (("high", lx.HIGH_VALUE_WORDS), ("mid", lx.MID_VALUE_WORDS), ("low", lx.LOW_VALUE_WORDS)):
        m = t.find(words)
        if m:
            add(m.start(), ValueTier(tier=tier, span=t.take(m.start(), m.end())))  # type: ignore[arg-type]

    # spend thresholds: "spent over $300 last year", "lifetime spend above 500", "去年消费超过300元"
    spend_rx = re.compile(
        r"(?P<lead>(?:have |has |who )?(?:spent|spend(?:ing)?|lifetime (?:spend|value)|ltv|total spend|spent a total of)"
        r"\s*(?:of\s+)?(?P<op>over|more than|above|at least|>=?|in excess of|upwards of|north of|under|less than|below|"
        r"at most|up to|no more than|<=?|between)?\s*)", re.I)
    zh_spend = re.compile(r"(?P<lead>(?:累计|总|历史|年|去年|过去一年|近一年)?(?:消费|花费|消费金额|购买金额|客单价|花了)"
                          r"\s*(?:金额)?\s*(?P<op>超过|高于|大于|达到|不少于|至少|满|低于|少于|不足|不超过)?\s*)")
    for money in find_money(text):
        if not t.free(money.start, money.end):
            continue
        before = text[max(0, money.start - 40) : money.start]
        m = None
        for rx in (spend_rx, zh_spend):
            for cand in rx.finditer(before):
                if cand.end() == len(before):
                    m = cand
        after_zh = re.match(r"\s*(?:以上|及以上|以下|或以上|或更多|\+)", text[money.end :])
        if m is None and not re.match(r"\s*(?:or more|\+|and up|plus)?\s*(?:in|of)?\s*(?:lifetime|total)?\s*spend", text[money.end : money.end + 30], re.I):
            continue
        op = (m.group("op") or "") if m else ""
        lead_start = money.start - (len(before) - m.start()) if m else money.start
        is_max = op.lower() in ("under", "less than", "below", "at most", "up to", "no more than", "<", "<=",
                                "低于", "少于", "不足", "不超过") or bool(after_zh and "以下" in after_zh.group(0))
        end = money.end + (after_zh.end() if after_zh else 0)
        days, end2 = _window_after(t, end)
        lead_txt = (m.group("lead") if m else "")
        if days is None and re.search(r"去年|过去一年|近一年|年", lead_txt):
            days = 365
        if days is None:
            zd, zstart = _zh_window_before(t, lead_start)
            if zd:
                days, lead_start = zd, zstart
        add(lead_start, Spend(min=None if is_max else money.amount, max=money.amount if is_max else None,
                              within_days=days, currency=money.currency, span=t.take(lead_start, end2)))
        money_used.add(money.start)

    # order counts
    oc = re.compile(
        rf"(?P<op>at least|more than|over|fewer than|less than|under|at most|no more than|exactly|only)?\s*"
        rf"(?P<n>{NUMBER})\s*(?P<plus>\+|or more|or fewer|or less)?\s*(?:orders|purchases)", re.I)
    for m in oc.finditer(text):
        if not t.free(m.start(), m.end()):
            continue
        n = to_number(m.group("n"))
        if n is None:
            continue
        op = (m.group("op") or "").lower()
        plus = (m.group("plus") or "").lower()
        lo: int | None
        hi: int | None
        if op in ("more than", "over"):
            lo, hi = int(n) + 1, None
        elif op in ("fewer than", "less than", "under"):
            lo, hi = None, int(n) - 1
        elif op in ("at most", "no more than") or plus in ("or fewer", "or less"):
            lo, hi = None, int(n)
        elif op in ("exactly", "only"):
            lo, hi = int(n), int(n)
        else:
            lo, hi = int(n), None
        days, end2 = _window_after(t, m.end())
        add(m.start(), OrderCount(min=lo, max=hi, within_days=days, span=t.take(m.start(), end2)))
    zoc = re.compile(r"(?:下单|购买|复购|消费)\s*(?P<n>[\d一二两三四五六七八九十]+)\s*次(?P<op>以上|及以上|或以上|以下|及以下)?")
    for m in zoc.finditer(text):
        if t.free(m.start(), m.end()):
            n = to_number(m.group("n")) or 0
            op = m.group("op") or ""
            lo2, hi2 = (None, int(n)) if "以下" in op else (int(n) + (1 if op == "以上" else 0), None)
            add(m.start(), OrderCount(min=lo2, max=hi2, span=t.take(m.start(), m.end())))
    m = t.find(lx.NEVER_ORDERED_WORDS)
    if m:
        add(m.start(), OrderCount(max=0, span=t.take(m.start(), m.end())))
    m = t.find(lx.ONE_TIME_WORDS)
    if m:
        add(m.start(), OrderCount(min=1, max=1, span=t.take(m.start(), m.end())))
    m = t.find(lx.REPEAT_WORDS)
    if m:
        add(m.start(), OrderCount(min=2, span=t.take(m.start(), m.end())))

    # engagement: "not clicked anything in 90 days", "opened an email in the last 30 days", "90天内未点击"
    eng = re.compile(
        r"(?P<neg>(?:have|has|who|that)?\s*(?:n[o']t|never|haven'?t|hasn'?t|didn'?t|don'?t|did not|do not|have not|has not)\s+)?"
        r"(?:ever\s+)?(?P<ev>clicked|opened|engaged(?: with)?|read|interacted with|unsubscribed(?: from)?|responded to)"
        r"(?P<obj>\s+(?:on\s+)?(?:anything|any(?:thing)?|an?|our|a single|any of our|one of our)?\s*"
        r"(?P<ch>e-?mails?|sms|texts?|push(?: notifications?)?|messages?|campaigns?|links?|ads?)?)?", re.I)
    for m in eng.finditer(text):
        if not t.free(m.start(), m.end()):
            continue
        ev_word = m.group("ev").lower()
        event: Literal["received", "opened", "clicked", "converted", "unsubscribed"] = (
            "clicked" if ev_word.startswith(("click", "engag", "interact", "respond")) else
            "unsubscribed" if ev_word.startswith("unsub") else "opened")
        ch = _channel_of(m.group("ch") or "")
        days, end2 = _window_after(t, m.end())
        if days is None and event != "unsubscribed" and not m.group("neg"):
            continue
        cond: Condition = Engagement(event=event, channel=ch, within_days=days, span=t.take(m.start(), end2))
        add(m.start(), Not(of=cond) if m.group("neg") else cond)
    zeng = re.compile(r"(?P<d>[\d一二两三四五六七八九十百]+\s*(?:天|周|个月))\s*(?:内|里)?\s*(?P<neg>未|没有?|从未)?\s*"
                      r"(?P<ev>点击|打开|互动|退订)(?:过)?(?:任何)?(?P<ch>邮件|短信|推送)?")
    for m in zeng.finditer(text):
        if t.free(m.start(), m.end()):
            d = DURATION.search(m.group("d"))
            zev = m.group("ev")
            zevent: Literal["opened", "clicked", "unsubscribed"] = (
                "clicked" if zev in ("点击", "互动") else "opened" if zev == "打开" else "unsubscribed")
            zc: Condition = Engagement(event=zevent, channel=_channel_of(m.group("ch") or ""),
                                       within_days=duration_days(d) if d else None, span=t.take(m.start(), m.end()))
            add(m.start(), Not(of=zc) if m.group("neg") else zc)

    # consent: "SMS subscribers", "opted in to email", "can we text", "短信订阅用户"
    consent_rx = re.compile(
        r"(?P<a>(?:sms|text|e-?mail|push)\s+(?:subscribers|opt-?ins|list|audience|contacts|consenters|subscribed customers))"
        r"|(?P<b>(?:opted|signed up|subscribed|consented)[- ]in(?: to| for)?\s+(?:receive\s+)?(?:sms|texts?|e-?mails?|push(?: notifications)?))"
        r"|(?P<c2>(?:opted|subscribed|signed up)\s+(?:to|for)\s+(?:our\s+)?(?:sms|texts?|e-?mails?|push(?: notifications)?))"
        r"|(?P<c>(?:can|could|may|able to)\s+(?:we\s+|i\s+)?(?:text|sms|e-?mail|push|reach (?:by|via|on) (?:sms|text|e-?mail|push)))"
        r"|(?P<d>reachable (?:by|via|on) (?:sms|text|e-?mail|push))"
        r"|(?P<e>(?:sms|text|e-?mail|push)[- ](?:reachable|consent(?:ed)?|opted[- ]in))"
        r"|(?P<f>(?:订阅了?|接收|可以发|可发|同意接收|允许)(?:营销)?(?:短信|邮件|推送)(?:的)?(?:用户|客户)?)"
        r"|(?P<g>(?:短信|邮件|推送)(?:订阅)?(?:用户|客户|订阅者))",
        re.I)
    for m in consent_rx.finditer(text):
        if t.free(m.start(), m.end()):
            ch = _channel_of(m.group(0))
            if ch in ("email", "sms", "push"):
                add(m.start(), Consent(channel=ch, span=t.take(m.start(), m.end())))  # type: ignore[arg-type]

    # top by propensity
    top = re.compile(rf"(?:(?:the\s+)?top\s+(?P<n>{NUMBER})(?P<pct>\s?%|\s?percent)?\s+(?:(?:customers|shoppers|people)\s+)?"
                     r"(?:by propensity|most likely|likeliest|by likelihood)?\s*(?:to (?:buy|purchase|order)\s*)?|"
                     r"(?:most|likeliest|highly|very)\s+likely\s+to\s+(?:buy|purchase|order|convert)|high[- ]propensity|"
                     r"最可能购买|最有可能购买|购买意向最高的?|高意向|高购买意向)", re.I)
    for m in top.finditer(text):
        if not t.free(m.start(), m.end()) or (m.group("n") and not re.search(r"likel|propensity|buy|purchase", m.group(0), re.I)):
            continue
        hit = _category_at(t, cat, m.end())
        slug = hit[0][0] if hit and hit[0] else None
        end = hit[2] if hit else m.end()
        n = to_number(m.group("n")) if m.group("n") else None
        share = n / 100 if n and m.group("pct") else None
        top_n = int(n) if n and not m.group("pct") else None
        days, end2 = _window_after(t, end)
        add(m.start(), TopPropensity(category=slug, horizon_days=days or 30, top_n=top_n, top_share=share,
                                     span=t.take(m.start(), end2)))

    # new customers / sign-ups
    sr = re.compile(r"(?:signed up|joined|registered|subscribed|new (?:sign-?ups|subscribers|members))\s*"
                    r"(?:in|within|during|over)\s+(?:the\s+)?(?:last|past)\s+", re.I)
    for m in sr.finditer(text):
        if t.free(m.start(), m.end()):
            d = DURATION.match(text, m.end())
            if d:
                days = duration_days(d)
                if days:
                    add(m.start(), SignedUp(within_days=days, span=t.take(m.start(), d.end())))
    m = t.find(lx.NEW_CUSTOMER_WORDS)
    if m:
        days, end2 = _window_after(t, m.end())
        add(m.start(), SignedUp(within_days=days or 30, span=t.take(m.start(), end2)))

    # recency: lapsed / not ordered in N / ordered in the last N
    for words, is_lapsed in ((lx.NOT_ORDERED_WORDS, True), (lx.ZH_NOT_ORDERED, True), (lx.LAPSED_WORDS, True),
                             (lx.ACTIVE_WORDS, False), (lx.ZH_ACTIVE, False)):
        for m in t.find_all(words):
            days, end2 = _window_after(t, m.end())
            start = m.start()
            if days is None and not m.group(0).isascii():
                days, start = _zh_window_before(t, m.start())
                if days is None:
                    zw = _ZH_WINDOW_AFTER.match(text, m.end())
                    if zw and (d := DURATION.search(zw.group("d"))):
                        days, end2 = duration_days(d), zw.end()
            if days is None:
                m2 = re.match(r"\s*(?:since|for)\s+(?:over\s+|more than\s+)?", text[end2:], re.I)
                d2 = DURATION.match(text, end2 + m2.end()) if m2 else None
                if d2:
                    days, end2 = duration_days(d2), d2.end()
            if is_lapsed:
                if days is None and words is lx.NOT_ORDERED_WORDS:
                    continue
                add(start, Recency(min_days=days or 180, span=t.take(start, end2)))
            elif days is not None:
                add(start, Recency(max_days=days, span=t.take(start, end2)))
            break

    # regions
    for region in cat.regions:
        short = region.split("-")[-1]
        m = t.find([re.escape(region), rf"(?:the\s+)?{re.escape(short)}(?:ern)?(?=\s+(?:region|customers|shoppers|states|us))"])
        if m:
            add(m.start(), Region(regions=[region], span=t.take(m.start(), m.end())))
    reg_leaves = [(p, c) for p, c in leaves if isinstance(c, Region)]
    if len(reg_leaves) > 1:
        leaves = [(p, c) for p, c in leaves if not isinstance(c, Region)]
        regions = [r for _, c in reg_leaves for r in c.regions]  # type: ignore[union-attr]
        first_r, last_r = reg_leaves[0][1], reg_leaves[-1][1]
        leaves.append((reg_leaves[0][0], Region(regions=regions, span=t.span(
            first_r.span.start if first_r.span else 0, last_r.span.end if last_r.span else 0))))  # type: ignore[union-attr]

    # data the workspace does not hold
    for what, words in lx.UNSUPPORTED_AUDIENCE.items():
        m = t.find(words)
        if m:
            na.append(NotApplied(text=m.group(0), span=t.take(m.start(), m.end()), affects="audience",
                                 reason=f"the data has no {what}"))
    return _combine(text, leaves), money_used


def _channel_of(word: str) -> Channel | None:
    w = word.lower()
    if re.search(r"e-?mail|邮件|newsletter", w):
        return "email"
    if re.search(r"sms|text|短信", w):
        return "sms"
    if re.search(r"push|推送|app", w):
        return "push"
    if re.search(r"social|ads?\b|社交", w):
        return "paid_social"
    return None


def _combine(text: str, leaves: list[tuple[int, Condition]]) -> Condition | None:
    if not leaves:
        return None
    leaves.sort(key=lambda x: x[0])
    conds = [c for _, c in leaves]
    if any(isinstance(c, AllCustomers) for c in conds) and len(conds) > 1:
        conds = [c for c in conds if not isinstance(c, AllCustomers)]
    if len(conds) == 1:
        return conds[0]
    # "A or B": leaves separated only by an "or"
    groups: list[list[Condition]] = [[conds[0]]]
    for prev, cur in itertools.pairwise(conds):
        pe = _end(prev)
        cs = _start(cur)
        between = text[pe:cs] if pe is not None and cs is not None and cs >= pe else ""
        if re.search(r"\bor\b|或者|或|还是", between, re.I) and len(between) < 40 and not re.search(r"\band\b|且|并且|同时", between, re.I):
            groups[-1].append(cur)
        else:
            groups.append([cur])
    parts: list[Condition] = [g[0] if len(g) == 1 else Or(of=g) for g in groups]
    return parts[0] if len(parts) == 1 else And(of=parts)


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


# --- budget, offer, holdout -------------------------------------------------------------------------


def _budget(t: _Text, used: set[int]) -> Budget | None:
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


def _budget_mention(t: _Text) -> NotApplied | None:
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
        return NotApplied(text=snippet, span=t.take(start + (len(text[start:end]) - len(text[start:end].lstrip())), end),
                          affects="budget", reason="no amount could be read; the plan is priced at the send cost")
    return None


def _offer(t: _Text) -> tuple[Offer | None, DiscountCap | None, NoDiscount | None]:
    text = t.text
    cap: DiscountCap | None = None
    offer: Offer | None = None
    no_disc: NoDiscount | None = None
    cap_rx = re.compile(
        r"(?:no|not|never|without|don'?t)\s+(?:a\s+)?(?:discounts?|discounting|offers?|promo(?:tion)?s?|going)?\s*"
        r"(?:deeper|bigger|larger|greater|higher|more|steeper|over|above|beyond|exceeding)\s*(?:than)?\s*"
        rf"(?P<n>{NUMBER})\s*(?:%|percent|per cent)(?:\s*off)?"
        rf"|(?:max(?:imum)?|cap(?:ped)?(?: at)?|limit(?:ed)?(?: to| at)?|at most|up to a max(?:imum)? of|no more than|not more than|ceiling of)"
        rf"\s*(?:of\s+)?(?:a\s+)?(?:discounts?\s+(?:of\s+)?)?(?P<n2>{NUMBER})\s*(?:%|percent|per cent)(?:\s*(?:off|discount))?"
        rf"|discounts?\s+(?:must\s+|should\s+|can(?:not|'t)?\s+|may\s+)?(?:not\s+)?(?:be\s+)?(?:capped|limited|kept)?\s*(?:at|to|under|below|within|exceed|above|over)\s+(?:max\s+)?(?P<n3>{NUMBER})\s*(?:%|percent)"
        rf"|(?P<n4>{NUMBER})\s*(?:%|percent)\s*(?:off\s+)?(?:max(?:imum)?|cap|at most|tops|or less)(?:\s+discount)?"
        r"|(?:折扣|优惠|让利)(?:力度)?\s*(?:不超过|不得超过|不能超过|不要超过|最多|最大|上限为?|控制在)\s*(?P<z>\d+(?:\.\d+)?|[一二三四五六七八九十]+)\s*(?:%|％)"
        r"|(?:不超过|不低于|最低|最多|最少)\s*(?P<zhe>[一二三四五六七八九]{1,2}|\d(?:\.\d)?)\s*折"
        r"|(?:折扣|优惠)\s*(?:不超过|不得超过|最多|上限)\s*(?:百分之)(?P<z2>[一二三四五六七八九十]+)",
        re.I)
    for m in cap_rx.finditer(text):
        if not t.free(m.start(), m.end()):
            continue
        if m.group("zhe"):
            v = zhe_to_percent_off(m.group("zhe"))
        else:
            raw = next(g for g in (m.group("n"), m.group("n2"), m.group("n3"), m.group("n4"), m.group("z"), m.group("z2")) if g)
            v = to_number(raw)
        if v is not None and 0 <= v <= 100:
            cap = DiscountCap(max_percent=v, span=t.take(m.start(), m.end()))
            break
    nd = t.find((r"no discounts?", r"without (?:any )?discounts?", r"no (?:coupons|promo codes|markdowns)", r"full[- ]price(?: only)?",
                 r"don'?t discount", r"do not discount", r"not discount", r"不打折", r"不做折扣", r"不要折扣", r"不降价", r"原价", r"无折扣"))
    if nd and cap is None:
        no_disc = NoDiscount(span=t.take(nd.start(), nd.end()))
    # offers
    m = re.compile(r"(?:up to\s+)?(?P<n>\d{1,2}(?:\.\d)?)\s?(?:%|percent|per cent)\s?(?:off|discount)|(?P<w>" + r"[a-z-]+" +
                   r")\s+percent\s+off", re.I).search(text)
    while m and not t.free(m.start(), m.end()):
        m = re.compile(r"(?P<n>\d{1,2}(?:\.\d)?)\s?(?:%|percent)\s?(?:off|discount)", re.I).search(text, m.end())
    if m:
        v = to_number(m.group("n") or m.group("w") or "")
        if v is not None:
            offer = Offer(kind="percent_off", value=v, span=t.take(m.start(), m.end()))
    if offer is None:
        for z in ZHE.finditer(text):
            if t.free(z.start(), z.end()) and not re.search(r"(?:不超过|不低于|最低|最多)\s*$", text[max(0, z.start() - 4) : z.start()]):
                v2 = zhe_to_percent_off(z.group("num"))
                if v2:
                    offer = Offer(kind="percent_off", value=v2, span=t.take(z.start(), z.end()))
                    break
    if offer is None:
        for money in find_money(text):
            after = text[money.end : money.end + 10].lower()
            before = text[max(0, money.start - 8) : money.start]
            if t.free(money.start, money.end) and (re.match(r"\s*(?:off|discount|coupon|voucher)", after) or re.search(r"减\s*$|立减\s*$", before)):
                end = money.end + len(re.match(r"\s*(?:off|discount|coupon|voucher)?", after).group(0))  # type: ignore[union-attr]
                mj = re.search(r"满\s*[\d.]+\s*(?:元)?\s*减\s*$", text[max(0, money.start - 16) : money.start])
                start = money.start - (len(text[max(0, money.start - 16) : money.start]) - mj.start()) if mj else money.start
                offer = Offer(kind="amount_off", value=money.amount, currency=money.currency, span=t.take(start, end))
                break
    if offer is None:
        mz = re.search(r"满\s*(?P<a>[\d.]+)\s*(?:元)?\s*减\s*(?P<b>[\d.]+)", text)
        if mz and t.free(mz.start(), mz.end()):
            offer = Offer(kind="amount_off", value=float(mz.group("b")), currency="CNY", span=t.take(mz.start(), mz.end()))
    if offer is None:
        for kind, words in (("free_shipping", (r"free (?:shipping|delivery)", r"包邮", r"免运费", r"免邮")),
                            ("bogo", (r"buy one,? get one(?: free| half off)?", r"bogo", r"买一送一", r"买一赠一")),
                            ("gift", (r"(?:free )?gift with purchase", r"gwp", r"free gift", r"赠品", r"买赠", r"送礼品"))):
            m2 = t.find(words)
            if m2:
                offer = Offer(kind=kind, span=t.take(m2.start(), m2.end()))  # type: ignore[arg-type]
                break
    return offer, cap, no_disc


def _holdout(t: _Text) -> Holdout | None:
    rx = re.compile(
        rf"(?:hold(?:ing)?[- ]?out|holdout|control(?: group)?|keep back|withhold|exclude)\s*(?:of|a|an|=|:)?\s*(?:group of\s+)?(?P<n>{NUMBER})\s*(?:%|percent)"
        rf"|(?P<n2>{NUMBER})\s*(?:%|percent)\s*(?:of (?:the )?(?:audience|customers|list)\s+)?(?:as (?:a )?)?(?:holdout|hold[- ]out|control(?: group)?|held out|kept back)"
        r"|(?:留出|保留|预留|设置|设)\s*(?P<z>\d+|[一二三四五六七八九十]+)\s*[%％]?\s*(?:的)?\s*(?:对照组|空白组|控制组|不触达)"
        r"|(?P<z2>\d+|[一二三四五六七八九十]+)\s*[%％]\s*(?:的)?\s*(?:对照组|空白组|控制组)"
        r"|(?:no|without(?: a)?)\s+(?:holdout|hold-out|control group)(?P<none>)",
        re.I)
    for m in rx.finditer(t.text):
        if t.free(m.start(), m.end()):
            if m.group("none") is not None:
                return Holdout(share=0.0, span=t.take(m.start(), m.end()))
            raw = next(g for g in (m.group("n"), m.group("n2"), m.group("z"), m.group("z2")) if g)
            v = to_number(raw)
            if v is not None and 0 <= v <= 90:
                return Holdout(share=round(v / 100, 4), span=t.take(m.start(), m.end()))
    return None


# --- channels, products -------------------------------------------------------------------------------


def _channels(t: _Text, na: list[NotApplied]) -> Channels:
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
            if word in lx.AMBIGUOUS_CHANNEL_WORDS and not _in_list(text, mm.start(), mm.end()):
                continue
            hits.append((mm.start(), mm.end(), ch))
    hits.sort()
    for a, b, ch in hits:
        before = text[max(0, a - 40) : a]
        neg = re.search(lx.NEGATION_BEFORE, before, re.I) or re.search(lx.ZH_NEGATION_BEFORE, before)
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
    return bool(
        re.search(r"(?:,|;|/|&|\+|\band\b|\bor\b|\bvia\b|\bby\b|\bon\b|\bno\b|\bnot\b|\bwithout\b|\bthrough\b|:|\bonly\b|\bjust\b|\bplus\b)\s*$", before, re.I)
        or re.match(r"\s*(?:,|;|/|&|\+|\band\b|\bor\b|\bonly\b|\bchannels?\b|\bnotifications?\b|\bmessages?\b|\bads?\b|\bmedia\b|$|\.)", after, re.I)
    )


def _promoted(t: _Text, cat: Catalogue, na: list[NotApplied]) -> Promoted:
    text = t.text
    slugs: list[str] = []
    pids: list[str] = []
    spans: list[tuple[int, int]] = []
    # products by name (longest first), then categories
    for pid, name, _c in sorted(cat.products, key=lambda p: -len(p[1])):
        for word in (name, pid):
            if len(word) < 4:
                continue
            for m in re.finditer(r"(?<![\w])" + re.escape(word) + r"(?![\w])", text, re.I):
                if t.free(m.start(), m.end()):
                    pids.append(pid) if pid not in pids else None
                    spans.append((m.start(), m.end()))
                    t.take(m.start(), m.end())
    pos = 0
    while pos < len(text):
        if not t.free(pos, pos + 1):
            pos += 1
            continue
        prev = text[pos - 1] if pos else " "
        if prev.isalnum() and not _CJK.match(prev) and not _CJK.match(text[pos]):
            pos += 1
            continue
        hit = _match_catalogue(text, pos, cat)
        if hit and t.free(pos, hit[2]) and hit[0]:
            for s in hit[0]:
                if s not in slugs:
                    slugs.append(s)
            spans.append((pos, hit[2]))
            t.take(pos, hit[2])
            pos = hit[2]
        else:
            pos += 1
    # products the catalogue lacks
    for m in t.find_all(lx.FOREIGN_PRODUCTS):
        word = m.group(0)
        if _match_catalogue(text, m.start(), cat):
            continue
        na.append(NotApplied(text=word, span=t.take(m.start(), m.end()), affects="product",
                             reason=f"the catalogue has no {word.lower()}"))
    span = t.span(min(a for a, _ in spans), max(b for _, b in spans)) if spans else None
    return Promoted(categories=slugs[:15], product_ids=pids[:20], span=span)


# --- objective, A/B, metric, intent -------------------------------------------------------------------


def _objective(t: _Text, audience: Condition | None, promoted: Promoted, kind: Kind) -> tuple[Objective | None, Span | None]:
    best: tuple[int, Objective, re.Match[str]] | None = None
    for obj, words in lx.OBJECTIVE_WORDS:
        for p in words:
            for m in re.finditer(_pat(p), t.text, re.IGNORECASE):
                if best is None or m.start() < best[0]:
                    best = (m.start(), obj, m)  # type: ignore[assignment]
                break
    if best is not None:
        m = best[2]
        return best[1], t.span(m.start(), m.end())
    if kind != "brief":
        return None, None
    leaves = _leaves(audience)
    bought = [c for c in leaves if isinstance(c, Bought)]
    if bought and promoted.categories and not set(promoted.categories) & {s for b in bought for s in b.categories}:
        return "cross_sell", None
    return None, None


def _leaves(c: Condition | None) -> list[Condition]:
    if c is None:
        return []
    if isinstance(c, (And, Or)):
        return [x for y in c.of for x in _leaves(y)]
    if isinstance(c, Not):
        return [c, *_leaves(c.of)]
    return [c]


def _ab(t: _Text) -> ABTest | None:
    m = t.find(lx.AB_WORDS) or t.find((r"test(?:ing)?\s+(?:the\s+)?(?:subject(?: lines?)?|offers?|send times?|urgency|creative|copy)",
                                       r"(?:urgency|benefit)\s+(?:vs\.?|versus|against)\s+\w+", r"测试(?:标题|文案|优惠|发送时间)"))
    if not m:
        return None
    window = t.text[m.start() : min(len(t.text), m.end() + 50)]
    element: Literal["subject", "offer", "timing", "channel", "message", "creative", "unspecified"] = "unspecified"
    bestpos = None
    for el, words in lx.AB_ELEMENTS.items():
        for p in words:
            mm = re.search(_pat(p), window, re.I)
            if mm and (bestpos is None or mm.start() < bestpos):
                bestpos, element = mm.start(), el  # type: ignore[assignment]
    return ABTest(element=element, span=t.take(m.start(), m.end()))


def _metric(t: _Text) -> Metric | None:
    best = None
    for name, words in lx.METRIC_WORDS.items():
        m = re.search(r"(?:maximi[sz]e|increase|grow|boost|drive|lift|optimi[sz]e for|improve|提升|提高|增加|最大化|拉升)\s*"
                      r"(?:the\s+|our\s+|total\s+)?(?:" + "|".join(words) + ")", t.text, re.I)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), name, m)
    if best is None:
        return None
    m = best[2]
    return Metric(name=best[1], span=t.span(m.start(), m.end()))  # type: ignore[arg-type]


def _top_n(t: _Text) -> int | None:
    m = re.search(rf"\b(?:top|best|first)\s+(?P<n>{NUMBER})\s+(?:products?|items?|channels?|segments?|categories|picks|recommendations)",
                  t.text, re.I) or re.search(r"(?:前|最好的|推荐)\s*(?P<n>\d+|[一二三四五六七八九十]+)\s*(?:个|款|件|名)", t.text)
    if not m:
        return None
    n = to_number(m.group("n"))
    return int(n) if n and 1 <= n <= 1000 else None


_INTENTS: Sequence[tuple[Intent, tuple[str, ...]]] = (
    ("plan", _PLAN_REQUEST),
    ("channel_performance", (r"which channels?", r"best channels?", r"channel (?:performance|stats|comparison)", r"converts? best",
                             r"best (?:time|day|hour)", r"when (?:should|to) (?:we )?send", r"what time", r"open rates?",
                             r"click(?:-through)? rates?", r"unsubscribe rates?", r"哪个渠道", r"渠道效果", r"渠道表现", r"转化率最高",
                             r"什么时间发", r"几点发", r"最佳发送时间", r"打开率", r"点击率")),
    ("forecast", (r"forecast", r"predict", r"project(?:ed|ion)", r"what (?:would|will|could) .{0,40}(?:bring|generate|make|earn|return)",
                  r"expected (?:revenue|results|conversions)", r"how much (?:revenue|money) (?:would|will|could)", r"预计", r"预测",
                  r"能带来多少")),
    ("propensity", (r"likely to (?:buy|purchase|order|convert|churn)", r"propensity", r"probability", r"chances?", r"likelihood",
                    r"购买意向", r"购买概率", r"可能(?:会)?购买", r"购买可能性")),
    ("recommend", (r"recommend\w*", r"what (?:products|items) should", r"suggest (?:products|items)", r"cross-sell (?:to|for)",
                   r"what (?:else )?(?:to|should we) (?:offer|show|promote)", r"推荐", r"适合推荐")),
    ("reviews", (r"reviews?", r"customers (?:say|think|complain|love|like|hate)", r"complain\w*", r"ratings?", r"feedback",
                 r"sentiment", r"评价", r"评论", r"口碑", r"差评", r"好评", r"反馈")),
    ("product_facts", (r"waterproof", r"warranty", r"made of", r"material", r"weigh\w*", r"features?", r"specs?", r"tell me about",
                       r"what(?:'s| is) (?:the|our) \w+", r"is (?:the|our) [A-Z]\w+", r"does (?:the|our) [A-Z]\w+", r"sizing",
                       r"fit", r"材质", r"保修", r"防水", r"重量", r"功能", r"卖点", r"介绍一下", r"特点")),
    ("segments", (r"segments?", r"rfm", r"breakdown", r"how (?:big|large) (?:is|are)", r"size of", r"who are our", r"clusters?",
                  r"worth", r"lifetime value", r"revenue (?:from|of|share)", r"分群", r"分层", r"细分", r"客群", r"人群分布")),
    ("count", (r"how many", r"number of", r"count", r"can we (?:text|email|reach|push)", r"reach", r"多少", r"几个", r"人数",
               r"有多少")),
)


def _intent(text: str) -> Intent:
    t = _Text(text)
    best: tuple[int, Intent] | None = None
    for rank, (intent, words) in enumerate(_INTENTS):
        if t.find(words) and best is None:
            best = (rank, intent)
    return best[1] if best else "other"
