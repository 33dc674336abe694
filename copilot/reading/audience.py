"""The audience: the reader's rules that turn words into a condition tree (docs/reading.md).

One function per kind of clause (purchases, segments, tiers, thresholds, counts, engagement, consent,
propensity, sign-ups, recency, regions, data the workspace lacks); :func:`read_audience` runs them in
order and :func:`combine` joins the leaves with AND, or OR where the words say "or".
"""

from __future__ import annotations

from copilot.reading import lexicon as lx
from copilot.reading import regex as re
from copilot.reading.age import age
from copilot.reading.ago import (
    ZH_AGO,
    ago_after,
    bought_ago,
    last_purchase_ago,
    range_ago,
    since_ago,
    zh_ago_days,
)
from copilot.reading.audience_activity import engagement, no_order_this_year, recency, signed_up
from copilot.reading.audience_counts import consent_forms, order_counts, spend
from copilot.reading.bare_spend import bare_spend
from copilot.reading.bought_again import bought_again
from copilot.reading.buyers import buyer_nouns, personas, ranked_propensity
from copilot.reading.catalogue import Catalogue
from copilot.reading.combine import combine
from copilot.reading.consent import consent
from copilot.reading.consent_fix import corrected_consent
from copilot.reading.exclusion import apply_exclusions, geo_holdout, trailing_exclusion_words
from copilot.reading.lapse_range import lapse_range
from copilot.reading.last_order import last_order_ago
from copilot.reading.numbers import DURATION, duration_days
from copilot.reading.past_sale import past_sale_buyers
from copilot.reading.perk_groups import perk_groups
from copilot.reading.rules import Leaves, adder, negated
from copilot.reading.schema import NotApplied
from copilot.reading.segment_exact import at_risk_segments
from copilot.reading.send_exclusions import send_exclusions
from copilot.reading.spend_pair import spend_pair
from copilot.reading.store_terms import store_terms
from copilot.reading.structured import structured
from copilot.reading.taken_back import taken_back
from copilot.reading.targeting import read_uplift, top_propensity, with_top_count
from copilot.reading.text import Text, category_at, match_catalogue, pat, window_after, zh_window_before
from copilot.reading.tiers import tiers_defined_in_brackets, value_tiers
from copilot.reading.unsupported import unsupported
from copilot.tools.conditions import AllCustomers, And, Bought, Condition, Not, OrderCount, Region, RfmSegment

_BOUGHT_LEAD = (
    r"(?:who|that|which)(?:['’](?:ve|d))?\s+(?:have\s+|has\s+|had\s+|already\s+|recently\s+|once\s+|previously\s+|ever\s+|just\s+)*"
    r"(?:bought|purchased|ordered|own(?:ed)?|got(?:\s+themselves)?|picked up|snapped up|grabbed|snagged|scored|treated themselves to|splurged on)",
    # non-native and spoken forms: "who buy the tent in last year", "which did purchase", "who are buying", "who used to buy"
    r"(?:who|that|which)\s+(?:did\s+|do\s+|does\s+|are\s+|is\s+|used\s+to\s+)?(?:buy|buys|buying|purchase|purchasing)(?!\s+(?:again|more|anything|nothing|something))",
    r"(?<!\bto\s)(?<!\bwill\s)\b(?:have|has)\s+(?:buy|buyed|purchase)(?![-\w])(?!\s+(?:again|more(?!\s+than)|anything|nothing|something))",  # "clients have buy more than 2 backpack"
    r"(?:buyers|owners|purchasers|customers|clients|shoppers)\s+of",
    r"(?:people|customers|clients|shoppers|folks|anyone|everyone|those|buyers)\s+(?:who\s+)?(?:bought|purchased|ordered)",
    r"(?:past|previous|recent|existing)\s+(?:buyers|purchasers|customers)\s+of",
    r"(?:bought|purchased)",
    r"(?:but|and)\s+(?:did|do|does|have|has)\s+(?:buy|purchase|bought|purchased)",  # "never bought a headlamp but did buy a tent"
    r"whose\s+(?:very\s+)?(?:first|last|latest|most recent|previous)\s+(?:order|purchase)\s+(?:was|were|included|contained|had)",
)
_NEVER_LEAD = (
    r"(?:who|that|which)?\s*(?:have\s+|has\s+)?(?:never|not yet|n[o']t(?: yet)?|haven'?t(?: yet)?|hasn'?t(?: yet)?|didn'?t|don'?t|did not|do not|does not)\s+"
    r"(?:ever\s+)?(?:did\s+)?(?:bought|purchased|ordered|own(?:ed)?|buy|purchase|tried)(?:\s+(?:any|a|an|our|from our|the))?",
    r"(?:without|no)\s+(?:an?\s+)?(?:prior\s+)?(?:purchases? of)",
    r"(?:but|and|with)\s+no", r"(?:but|and)\s+never", r"without\s+(?:any|a|an)", r"but\s+not(?:\s+(?:a|an|any|the))?",
)
#: Words before a segment or a region that exclude it ("except Lost customers", "leave out anyone in the South",
#: 不发给Lost客户).
_ZH_BOUGHT = (r"买过", r"购买过", r"购买了", r"买了", r"下单过", r"入手过", r"曾购买", r"(?<![会将要想能再])购买")
_ZH_VERB_BEFORE = re.compile(r"(?:曾经?|都|也|还|已经?)?购?$")
_ZH_NEVER = (r"没买过", r"没有买过", r"未购买过", r"没有购买过", r"从未购买过?", r"没购买过", r"未买过", r"(?:未曾|不曾)(?:购买过?|买过)", r"没有?(?:买|购买)(?!过)")  # 没买袜: a product right after



def read_audience(t: Text, cat: Catalogue, na: list[NotApplied]) -> tuple[Condition | None, set[int]]:
    """The audience tree; also returns where the money amounts used as spend thresholds start.

    Each rule claims its words, so the order matters: explicit purchase phrases before bare categories,
    thresholds before order counts, engagement and consent before plain recency.
    """
    leaves: Leaves = []
    money_used: set[int] = set()
    for rule in _RULES:
        rule(t, cat, leaves, na, money_used)
    leaves = tiers_defined_in_brackets(t.text, leaves)
    leaves = _window_after_purchases(t, leaves)
    for a, b in trailing_exclusion_words(t.text):  # "— suppress them", "，不要打扰他们": read with the clause before
        if t.free(a, b):
            t.take(a, b)
        rest = re.search(r"(?:everyone|everybody|anyone|all)\s+else|the rest(?:\s+of\s+(?:them|the\s+list))?|其余的?(?:人|客户|用户)?|其他(?:所有)?(?:的)?(?:人|客户|用户)|剩下的?(?:人|客户|用户)?",
                         t.text[b : b + 40], re.IGNORECASE)
        if rest and t.free(b + rest.start(), b + rest.end()):
            t.take(b + rest.start(), b + rest.end())  # "…, everyone else": the rest, not a new group
    if len(leaves) > _MAX_LEAVES:  # a pasted document, not a brief: the first conditions, the rest said
        leaves.sort(key=lambda x: x[0])
        for _, c in leaves[_MAX_LEAVES:]:
            span = getattr(c.of if isinstance(c, Not) else c, "span", None)
            if span is not None:
                na.append(NotApplied(text=span.text, span=span, affects="audience",
                                     reason=f"copilot reads at most {_MAX_LEAVES} audience conditions in one request; split it"))
        del leaves[_MAX_LEAVES:]
    return with_top_count(t.text, combine(t.text, apply_exclusions(t.text, leaves))), money_used


_BREAKDOWN_THEN_WHEN = re.compile(r"\s*(?:(?:in|for|across)\s+(?:each|every)\s+(?:region|state|channel|segment|tier|category)|(?:per|by)\s+(?:region|state|channel|segment|tier|category))\s+(?=(?:in\s+|during\s+|over\s+)?(?:the\s+)?(?:last|past|this)\s+(?:year|\d+\s+(?:days|weeks|months)|(?:six|twelve|three)\s+months|quarter|month)\b)", re.IGNORECASE)


def _window_after_purchases(t: Text, leaves: Leaves) -> Leaves:
    """"bought the Kestrel Down Jacket but not the Kestrel Bag 20, in the last 120 days", 买过帐篷或睡袋的客户（最近半年）:
    a look-back after the purchases (a comma or a bracket between) dates every purchase of that clause without one."""
    def bought(c: Condition) -> Bought | None:
        inner = c.of if isinstance(c, Not) else c
        return inner if isinstance(inner, Bought) and inner.within_days is None and inner.span is not None else None

    undated = [(p, c) for p, c in leaves if bought(c) is not None]
    if not undated:
        return leaves
    last = max(b.span.end for _, c in undated if (b := bought(c)) is not None and b.span is not None)
    sep = _BREAKDOWN_THEN_WHEN.match(t.text[last:]) or re.match(  # "bought tents in each region last year": a breakdown between
        r"\s*[,，]?\s*(?:all\s+)?(?:的(?:客户|用户|人|会员)\s*)?(?=[（(]|\s*(?:in|within|over|during)\b|\s*(?:最近|过去|近))", t.text[last:], re.IGNORECASE)
    if sep is None:
        return leaves
    at = last + sep.end()
    zh = re.match(r"[（(]?\s*(?:最近|过去|近)\s*(?P<d>[\d一二两三四五六七八九十半]+\s*(?:个月|天|周|年))\s*(?:内|以内)?\s*[)）]?", t.text[at:])
    if zh:
        d = DURATION.search(zh.group("d"))
        days, end = (duration_days(d) if d else None), at + zh.end()
    else:
        days, end = window_after(t, at)
    if days is None or not t.free(at, end):
        return leaves
    t.take(at, end)
    def dated(c: Condition) -> Condition:
        b = bought(c)
        if b is None:
            return c
        new = b.model_copy(update={"within_days": days})
        return Not(of=new) if isinstance(c, Not) else new
    return [(p, dated(c)) for p, c in leaves]


#: An AND or OR holds at most 20 conditions (copilot.tools.conditions).
_MAX_LEAVES = 20


def _uplift(t: Text, cat: Catalogue, leaves: Leaves, na: list[NotApplied], money_used: set[int]) -> None:
    """The persuadables: top by uplift (copilot.reading.targeting)."""
    found = read_uplift(t)
    if found is not None:
        leaves.append(found)


def _all_customers(t: Text, cat: Catalogue, leaves: Leaves, na: list[NotApplied], money_used: set[int]) -> None:
    """All customers."""
    add = adder(leaves)
    m = t.find(lx.ALL_CUSTOMER_WORDS)
    if m:
        add(m.start(), AllCustomers(span=t.take(m.start(), m.end())))


def _never_bought(t: Text, cat: Catalogue, leaves: Leaves, na: list[NotApplied], money_used: set[int]) -> None:
    """Never bought X."""
    text = t.text
    add = adder(leaves)
    for lead in (*_NEVER_LEAD, *_ZH_NEVER):
        for m in re.finditer(pat(lead), text, re.IGNORECASE):
            if not t.free(m.start(), m.end()):
                continue
            if m.group(0).lower().startswith("but not") and not _BOUGHT_BEFORE.search(_clause_before(text, m.start())):
                continue  # "Promote tents but not the Cascade Tent 3P": a product left out, not a purchase
            hit = category_at(t, cat, m.end()) or _named_before(t, cat, m.start(), m.end())
            if hit and (tail := since_ago(t, cat, m.start(), hit[2], hit[0])) is not None:
                t.take(m.start(), tail)  # "bought tents a year ago and haven't bought one since": the ago rule's words
                continue
            if hit:
                slugs, pids, end = hit
                days, end2 = window_after(t, end)
                days, start = zh_window_before(t, m.start()) if days is None and not m.group(0).isascii() else (days, m.start())
                add(start, Not(of=Bought(categories=slugs, product_ids=pids, within_days=days, span=t.take(start, end2))))  # 最近12个月没买过


_BOUGHT_BEFORE = re.compile(r"\b(?:bought|buy|buys|buying|purchased?|ordered|own(?:s|ed)?|buyers|owners|purchasers)\b", re.IGNORECASE)


def _clause_before(text: str, pos: int) -> str:
    """The words of the sentence before ``pos``."""
    return re.split(r"[.;:!?\n。；：！？]", text[:pos])[-1]


_TIMES = re.compile(r"\s*(?:at least\s+|more than\s+)?(?:twice|thrice|(?:\d+|two|three|four|five)\s+(?:or more\s+)?times)(?:\s+or\s+more)?\b", re.IGNORECASE)
_HOW_MANY = re.compile(r"\s*(?:at least\s+|more than\s+)?(?:[2-9]|1\d|two|three|four|five|several|multiple)\s*(?:\+|or more)?\s+(?=\S)", re.IGNORECASE)
_PER_CATEGORY_COUNT = ("copilot counts a customer's orders, not how often one category was bought; "
                       "the audience is everyone who bought it")
_CLAUSE_ENDS = re.compile(r"(?:\s+yet\b)?(?=\s*(?:[,.;!?]|$))")
_PRONOUN = re.compile(r"\s*(?:one|it|them|any(?![ \t]+(?!yet\b|of\b|more\b|before\b|since\b|in\b|this\b|last\b|so\b|at\b)[a-z])|"
                      r"one of (?:those|these|them))(?:\s+yet)?\b", re.IGNORECASE)


def _named_before(t: Text, cat: Catalogue, start: int, end: int) -> tuple[list[str], list[str], int] | None:
    """"Promote our headlamps to campers who haven't bought one yet": "one" is the product named before."""
    pron = _PRONOUN.match(t.text, end)
    if pron is None and re.search(r"\bany$", t.text[start:end], re.IGNORECASE):  # "who don't own any": "any" was read with the verb
        pron = _CLAUSE_ENDS.match(t.text, end)
    if pron is None:
        return None
    last = None
    for w in re.finditer(r"(?<![A-Za-z])[A-Za-z]", t.text[:start]):
        if last is not None and w.start() < last[2]:
            continue  # inside the name just found ("Cascade Beam headlamp" is the product, not headlamps)
        hit = match_catalogue(t.text, w.start(), cat)
        if hit is not None and last is not None and last[1] and not hit[1] and not t.text[last[2] : w.start()].strip():
            continue  # "Cascade Beam headlamp": the category noun names the product's kind
        if hit is not None:
            last = hit
    return (last[0], last[1], pron.end()) if last is not None else None  # (a match at pos: its end is absolute)


def _bought(t: Text, cat: Catalogue, leaves: Leaves, na: list[NotApplied], money_used: set[int]) -> None:
    """Bought X (within a window)."""
    text = t.text
    add = adder(leaves)
    for lead in _BOUGHT_LEAD:
        for m in re.finditer(pat(lead), text, re.IGNORECASE):
            if not t.free(m.start(), m.end()):
                continue
            both = re.match(r"\s*both\b", text[m.end():], re.I)
            many = None if both else _HOW_MANY.match(text, m.end())  # "bought 2 tents", "two or more headlamps"
            hit = category_at(t, cat, many.end() if many else m.end() + (both.end() if both else 0))
            if hit is not None and many is not None:
                na.append(NotApplied(text=many.group(0).strip(), span=t.span(many.start() + len(many.group(0)) - len(many.group(0).lstrip()), many.end()),
                                     affects="audience", reason=_PER_CATEGORY_COUNT))
            hit = hit or _named_before(t, cat, m.start(), m.end())
            if hit:
                slugs, pids, end = hit
                which = re.search(r"(?:first|last|latest|most recent|previous)\s+(?:order|purchase)", m.group(0), re.I)
                if which:  # "whose first order was road shoes": bought them; which order is not read
                    na.append(NotApplied(text=which.group(0), span=t.span(m.start() + which.start(), m.start() + which.end()),
                                         affects="audience", reason="copilot reads who bought it, not which of their orders it was in"))
                rng = range_ago(text, end)
                if rng is not None:  # "bought tents 6-12 months ago": within the 12 months, none in the last 6
                    span = t.take(m.start(), rng[0])
                    add(m.start(), And(of=[Bought(categories=slugs, product_ids=pids, within_days=rng[2], span=span),
                                           Not(of=Bought(categories=slugs, product_ids=pids, within_days=rng[1], span=span))]))
                    continue
                days, end2 = window_after(t, end)
                ago_end = ago_after(text, end, end2, days)
                if ago_end is not None:  # "bought a headlamp over a year ago": bought one, and none within that year
                    add(m.start(), bought_ago(t, ago_end, slugs, pids, m.start()))
                    continue
                times = _TIMES.match(text, end2)
                if times:  # "bought socks twice or more": orders are counted per customer, not per category
                    na.append(NotApplied(text=times.group(0).strip(), span=t.take(end2, times.end()), affects="audience",
                                         reason=_PER_CATEGORY_COUNT))
                    if days is None:  # "twice or more this year": the window comes after the count
                        days, after_times = window_after(t, times.end())
                        end2 = after_times if days is not None else end2
                span = t.take(m.start(), end2)
                joined = text[m.end():end]
                if (both or re.search(r"\bAND\b|以及同时|同时", joined)) and len(slugs) + len(pids) > 1:
                    parts: list[Condition] = [Bought(categories=[s], within_days=days, span=span) for s in slugs]
                    parts += [Bought(product_ids=[p], within_days=days, span=span) for p in pids]
                    add(m.start(), And(of=parts))
                else:
                    add(m.start(), Bought(categories=slugs, product_ids=pids, within_days=days, span=span))
                first = re.search(r"(?<!\bto )(?<!\binto )\b(?:first|one)[- ]time\s+$", text[max(0, m.start() - 17) : m.start()], re.IGNORECASE)
                if first:  # "first-time buyers of road shoes": one order, and it held road shoes (convention 73)
                    at = m.start() - (len(text[max(0, m.start() - 17) : m.start()]) - first.start())
                    add(at, OrderCount(min=1, max=1, span=t.take(at, m.start())))
    for lead in _ZH_BOUGHT:
        for m in re.finditer(lead, text):
            if not t.free(m.start(), m.end()):
                continue
            hit = category_at(t, cat, m.end())
            if hit:
                slugs, pids, end = hit
                ago = ZH_AGO.search(text[max(0, m.start() - 16) : m.start()])
                if ago is not None and t.free(m.start() - (len(text[max(0, m.start() - 16) : m.start()]) - ago.start()), m.start()):
                    start = m.start() - (len(text[max(0, m.start() - 16) : m.start()]) - ago.start())
                    near, far = zh_ago_days(ago)
                    if near:  # 一年前买过帐篷: bought, none within the year; 6到12个月前买过: within 12 months, none in the last 6
                        span = t.take(start, end)
                        add(start, And(of=[Bought(categories=slugs, product_ids=pids, within_days=far, span=span),
                                           Not(of=Bought(categories=slugs, product_ids=pids, within_days=near, span=span))]))
                        continue
                verb = _ZH_VERB_BEFORE.search(text, max(0, m.start() - 4), m.start())  # 近一年购买过: the window is before 购
                days, start = zh_window_before(t, verb.start() if verb else m.start())
                if days is None:
                    days, end = window_after(t, end) if window_after(t, end)[0] else (None, end)
                add(start, Bought(categories=slugs, product_ids=pids, within_days=days, span=t.take(start, end)))


def _segments(t: Text, cat: Catalogue, leaves: Leaves, na: list[NotApplied], money_used: set[int]) -> None:
    """Segments."""
    text = t.text
    add = adder(leaves)
    excluded: list[tuple[int, Condition]] = []
    for seg, words in lx.RFM_SEGMENT_WORDS.items():
        m = t.find(words)
        if m:
            segs = at_risk_segments(text, m.start(), m.end()) if seg == "At risk" else [seg]
            glossed = _GLOSSED.search(text[max(0, m.start() - 24) : m.start()])
            if glossed and re.match(r"\s*[)）]", text[m.end() :]) and t.free(m.start() - len(glossed.group(0)) + glossed.start("w"), m.start()):
                t.take(m.start() - len(glossed.group(0)) + glossed.start("w"), m.start())  # 流失客户（Lost）: the bracket names the group
            leaf = RfmSegment(segments=list(segs), span=t.take(m.start(), m.end()))
            if negated(text, m.start()):
                excluded.append((m.start(), Not(of=leaf)))
            else:
                add(m.start(), leaf)
    # "Hibernating and lost": Lost in lower case is a segment when it is listed with one
    found = [(p, c) for p, c in [*leaves, *excluded] if isinstance(c.of if isinstance(c, Not) else c, RfmSegment)]
    if found and not any("Lost" in c.segments for _, c in leaves if isinstance(c, RfmSegment)):
        spans = [(s.start, s.end) for _, c in found if (s := getattr(c.of if isinstance(c, Not) else c, "span", None))]
        m = t.listed_with(spans, "lost")
        if m:
            leaf = RfmSegment(segments=["Lost"], span=t.take(m.start(), m.end()))
            if any(isinstance(c, Not) for _, c in found):
                excluded.append((m.start(), Not(of=leaf)))
            else:
                add(m.start(), leaf)
    # merge "Champions and Loyal" into one leaf; names in other sentences or clauses stay apart
    segs_leaves = sorted(((p, c) for p, c in leaves if isinstance(c, RfmSegment)), key=lambda x: x[0])
    groups: list[list[tuple[int, RfmSegment]]] = []
    for p, c in segs_leaves:
        assert isinstance(c, RfmSegment)
        prev = groups[-1][-1][1] if groups else None
        between = text[prev.span.end if prev and prev.span else 0 : c.span.start if c.span else 0]
        if prev is not None and not _SEGMENTS_APART.search(between):
            groups[-1].append((p, c))
        else:
            groups.append([(p, c)])
    if len(groups) < len(segs_leaves):
        leaves[:] = [(p, c) for p, c in leaves if not isinstance(c, RfmSegment)]
        for group in groups:
            names: list[str] = []
            for _, c in group:
                names += [s for s in c.segments if s not in names]
            first, last = group[0][1], group[-1][1]
            span = t.span(first.span.start if first.span else 0, last.span.end if last.span else 0)
            leaves.append((group[0][0], RfmSegment(segments=names, span=span) if len(group) > 1 else first))
    leaves.extend(excluded)


#: Words right before a segment name in brackets, which the name defines: 流失客户（Lost）, "lapsed folks (Hibernating)".
_GLOSSED = re.compile(r"(?:^|[，,：:；;。.、]|排除掉?|除了|不要|剔除|去掉|\bexclude|\bexcluding|\bexcept|给|发给|\bto\b|\bfor\b|"
                      r"\b(?:e-?mail|text|sms|push|target|reach)\b)\s*(?:our\s+|the\s+|all\s+)?"
                      r"(?P<w>[\u4e00-\u9fffA-Za-z' -]{2,20}?)\s*[(（]\s*$", re.IGNORECASE)
#: Words between two segment names that keep them apart: a negation, a sentence break, a new verb
_SEGMENTS_APART = re.compile(r"\bbut\b|\bnot\b|\bexcept\b|不包括|除了|[.;。；]|\bwho\b|\bwhose\b|\(\s*(?:\d|[a-d]|i{1,3})\s*\)|(?<![\w(])(?:\d|[a-d])\)\s|[①②③④]|二是|其二|第二|"
                             r"\b(?:e-?mail|text|send|sms|push|target|reach|suppress\w*|exclud\w*|skip\w*)\b|发|推", re.IGNORECASE)


_ZH_REGIONS = {"west": "(?<!中)西部|(?:美国|美)?西(?:海)?岸", "mountain": "(?:山地|山区)(?:地区)?(?!的?(?:跑|徒步|越野))", "midwest": "中西部", "south": "南部", "northeast": "东北部?"}


def _regions(t: Text, cat: Catalogue, leaves: Leaves, na: list[NotApplied], money_used: set[int]) -> None:
    """Regions."""
    text = t.text
    add = adder(leaves)
    for region in cat.regions:
        short = region.split("-")[-1]
        zh = _ZH_REGIONS.get(short.lower())
        lower = ([rf"(?:the\s+)?{re.escape(short)}(?:ern)?(?:\s+(?:region|regions|states))?"] if short.lower() in ("midwest", "northeast")
                 else [rf"(?:(?<=\bin )|(?<=\boutside )|(?<=\boutside of )|(?<=\bacross )|(?<=\bfrom )|(?<=\bexcept )|(?<=\bexcluding )|(?<=\bnot in )|(?<=\bnot )|(?<=\bnor )|(?<=\bof ))the\s+{re.escape(short.lower())}(?:ern)?(?:\s+(?:region|regions|states))?(?!\s*(?:face|ridge|trail|coast))",
                       # typed in lower case: "customers from west and mountain", "west vs south", "down south", "west coast"
                       rf"(?:(?<=\bfrom )|(?<=\bin )|(?<=\bnot in )|(?<=\bexcept )|(?<=\bexcluding )){re.escape(short.lower())}(?:ern)?(?:\s+(?:region|regions|states))?(?!\s*(?:face|ridge|trail|coast|side|bound|facing|wind|elm|africa|america|[-/]))",
                       rf"(?:^|(?<=[,:;] )|(?<=\bvs )|(?<=\bvs\. )|(?<=\bversus )){re.escape(short.lower())}(?:ern)?(?=\s+(?:vs\.?|versus)\s|\s*[?:]|$)|(?<=\bvs )(?:the\s+)?{re.escape(short.lower())}(?:ern)?\b|(?<=\bvs\. )(?:the\s+)?{re.escape(short.lower())}(?:ern)?\b",
                       *([r"down south"] if short == "South" else [r"(?:the\s+)?west\s+coast(?:\s+states)?"] if short == "West" else [])])
        m = t.find([re.escape(region), rf"(?-i:(?:the\s+)?{re.escape(short)}(?:ern)?)(?:\s+(?:region|regions|states))?", *lower, rf"(?-i:(?:THE\s+)?{re.escape(short.upper())}(?:ERN)?(?:\s+(?:REGION|STATES))?)(?=[A-Z0-9 ,.'!&/-]*\])"]
                   + ([zh] if zh else []))
        if m:
            leaf = Region(regions=[region], span=t.take(m.start(), m.end()))
            if negated(text, m.start()):
                add(m.start(), Not(of=leaf))
            else:
                add(m.start(), leaf)
    # "the South and west": a region in lower case listed with one that was read
    for region in cat.regions:
        read = [(p, c) for p, c in leaves if isinstance(c.of if isinstance(c, Not) else c, Region)]
        if not read or any(region in getattr(c.of if isinstance(c, Not) else c, "regions", []) for _, c in read):
            continue
        spans = [(s.start, s.end) for _, c in read if (s := getattr(c.of if isinstance(c, Not) else c, "span", None))]
        m = t.listed_with(spans, rf"{re.escape(region.split('-')[-1])}(?:ern)?")
        if m:
            leaf = Region(regions=[region], span=t.take(m.start(), m.end()))
            add(m.start(), Not(of=leaf) if all(isinstance(c, Not) for _, c in read) else leaf)
    reg_leaves = sorted(((p, c) for p, c in leaves if isinstance(c, Region)), key=lambda x: x[0])  # in the text's order
    if len(reg_leaves) > 1:
        leaves[:] = [(p, c) for p, c in leaves if not isinstance(c, Region)]
        regions = [r for _, c in reg_leaves for r in c.regions]
        starts = [c.span.start for _, c in reg_leaves if c.span]
        ends = [c.span.end for _, c in reg_leaves if c.span]
        leaves.append((reg_leaves[0][0], Region(regions=regions, span=t.span(min(starts, default=0), max(ends, default=0)))))


_RULES = (store_terms, taken_back, send_exclusions, geo_holdout, perk_groups, structured, age, past_sale_buyers, _all_customers, _uplift, ranked_propensity, top_propensity, _never_bought, last_purchase_ago, last_order_ago, lapse_range, _bought, bought_again, buyer_nouns, personas, _segments, value_tiers, no_order_this_year, spend, bare_spend, spend_pair, order_counts, engagement, consent_forms, corrected_consent, consent, signed_up, recency, _regions, unsupported)


