"""Value tiers ("high-value customers", 高价值客户, "the top 20% by spend") and a tier defined in brackets
("Our VIPs (spent $1,000+ lifetime)": the bracket's condition, not copilot's tier). Split out of audience.py."""

from __future__ import annotations

from copilot.reading import lexicon as lx
from copilot.reading import regex as re
from copilot.reading.catalogue import Catalogue
from copilot.reading.numbers import find_money
from copilot.reading.rules import Leaves, adder
from copilot.reading.schema import NotApplied
from copilot.reading.text import Text
from copilot.tools.conditions import Or, Recency, Spend, ValueTier

#: A threshold that defines a tier word in brackets or dashes: "Low spenders — under $75 lifetime —".
_TIER_DEFINED = re.compile(r"\s*(?:[(（]|[—–]|\s-)\s*(?P<op>under|over|above|below|less than|more than|at least|at most)\s+"
                           r"(?P<money>[$€£¥]\s?\d[\d,.]*\s?k?)\s*(?:lifetime|in total|total)?\s*(?:spend)?\s*(?:[)）]|[—–]|-\s)", re.IGNORECASE)


def value_tiers(t: Text, cat: Catalogue, leaves: Leaves, na: list[NotApplied], money_used: set[int]) -> None:
    """Value tiers."""
    add = adder(leaves)
    # "high- and mid-value customers", 高价值和中等价值客户: either tier (one OR leaf)
    pair = re.compile(r"(?P<a>high|mid|medium|low)(?:[- ]value)?-?\s*(?:and|or|&|/)\s*(?P<b>high|mid|medium|low|middle)[- ]?(?:value|tier)|"
                      r"(?P<za>高|中等?|低)(?:价值)?(?:和|或|与|、)(?P<zb>高|中等?|低)价值", re.IGNORECASE)
    zh_tier = {"高": "high", "中": "mid", "中等": "mid", "低": "low"}
    for pm in pair.finditer(t.text):
        if t.free(pm.start(), pm.end()):
            a = (pm.group("a") or "").lower().replace("medium", "mid") or zh_tier[pm.group("za")]
            b = (pm.group("b") or "").lower().replace("middle", "mid").replace("medium", "mid") or zh_tier[pm.group("zb")]
            span = t.take(pm.start(), pm.end())
            add(pm.start(), Or(of=[ValueTier(tier=a, span=span), ValueTier(tier=b, span=span)]))
    top = re.compile(r"(?:the\s+)?top\s+(?P<n>\d{1,2})\s?%\s+(?:(?:of\s+)?(?:our\s+)?(?:customers|shoppers|buyers)\s+)?by\s+(?:(?:lifetime|total|predicted|projected)\s+)*(?:spend|value|revenue|ltv|clv|cltv)"
                     # "predicted CLV top 20%", 预测LTV前20%: the measure named before the share
                     r"|(?:(?:predicted|projected)\s+)?(?:clv|ltv|cltv|(?:customer\s+)?lifetime\s+value)\s*[:=]?\s*top\s+(?P<n2>\d{1,2})\s?%"
                     r"|(?:累计|历史|总)?消费(?:金额)?(?:排名)?前\s*(?P<zn>\d{1,2})\s*[%％]|(?:预测)?(?:CLV|LTV|客户终身价值)(?:排名)?前\s*(?P<zn2>\d{1,2})\s*[%％]", re.IGNORECASE)
    for share in top.finditer(t.text):  # "the top 20% by spend" is the high tier; another share is said, not stretched
        if not t.free(share.start(), share.end()):
            continue
        n = int(share.group("n") or share.group("n2") or share.group("zn") or share.group("zn2"))
        if n == 20:
            add(share.start(), ValueTier(tier="high", span=t.take(share.start(), share.end())))
        else:
            na.append(NotApplied(text=share.group(0), span=t.take(share.start(), share.end()), affects="audience",
                                 reason=f"copilot's value tiers are the top 20% of buyers by lifetime spend (high), the next 30% "
                                        f"(mid) and the rest (low); the top {n}% is not one of them"))
    for tier, words in (("high", lx.HIGH_VALUE_WORDS), ("mid", lx.MID_VALUE_WORDS), ("low", lx.LOW_VALUE_WORDS)):
        m = t.find(words)
        defined = _TIER_DEFINED.match(t.text, m.end()) if m else None
        money = find_money(defined.group("money")) if defined else []
        if m and defined and money and t.free(m.start(), defined.end()):
            # "Low spenders — under $75 lifetime —": the marketer's own threshold, not copilot's tier
            low_op = defined.group("op").lower() in ("under", "below", "less than", "at most")
            money_used.add(defined.start("money") + money[0].start)
            add(m.start(), Spend(min=None if low_op else money[0].amount, max=money[0].amount if low_op else None,
                                 currency=money[0].currency, span=t.take(m.start(), defined.end())))
            continue
        paren = re.match(r"(?:\s*(?:customers|buyers|shoppers|members|人群|客户|用户|会员|顾客))?\s*[(（]([^)）]{1,80})[)）]", t.text[m.end():], re.IGNORECASE) if m else None
        if m and paren and any(not isinstance(c, ValueTier) and (sp := getattr(c, "span", None)) is not None
                               and m.end() <= sp.start < m.end() + paren.end() for _, c in leaves):
            # "VIPs (Champions + Loyal)", 高净值人群（累计消费5000元以上）: the brackets say who they are
            t.take(m.start(), m.end())
            continue
        before = t.text[max(0, m.start() - 24) : m.start()] if m else ""
        if m and re.search(r"\b(?:are|were)\s+(?:our|the|all|really)?\s*$", before, re.I) and not re.search(
                r"\b(?:who|which|what|whom)\s+(?:\w+\s+)?(?:are|is|were|was)\s+(?:our|the|all|really)?\s*$", before, re.I):
            t.take(m.start(), m.end())  # "swears the people at her group runs are our best customers": said of others, no group
            continue
        if m:
            # "Top spenders (top 20% lifetime)": the brackets say what the tier means; read with it
            gloss = re.match(r"\s*[(（](?![^)）]*(?:[$€£¥]\s?\d|\d\s?(?:元|块|万|orders?|单|次)))[^)）]{0,40}?(?:top|%|spend|value|lifetime|前|价值)[^)）]{0,40}[)）]",
                             t.text[m.end():], re.IGNORECASE)  # an amount or a count in brackets is read as its own condition
            end = m.end() + (gloss.end() if gloss and t.free(m.end(), m.end() + gloss.end()) else 0)
            add(m.start(), ValueTier(tier=tier, span=t.take(m.start(), end)))


def tiers_defined_in_brackets(text: str, leaves: Leaves) -> Leaves:
    """"Our VIPs (spent $1,000+ lifetime)", 高净值人群（累计消费5000元以上）: the condition in brackets says who the
    tier's customers are; it replaces copilot's own tier rather than being added to it."""
    out: Leaves = []
    for pos, c in leaves:
        span = c.span if isinstance(c, ValueTier) else None
        paren = (re.match(r"(?:\s*(?:customers|buyers|shoppers|members|人群|客户|用户|会员|顾客))?\s*[(（][^)）]{1,80}[)）]", text[span.end:], re.IGNORECASE)
                 if span is not None else None)
        inside = [o for _, o in leaves if paren is not None and span is not None
                  and (sp := getattr(o, "span", None)) is not None and span.end < sp.start < span.end + paren.end()]
        if span is not None and inside and all(isinstance(o, Recency) for o in inside) and _LAPSE_BEFORE.search(text[max(0, span.start - 24) : span.start]):
            inside = []  # "lapsed VIPs (no order 120d+)": the brackets say what lapsed means; the VIPs stay
        if inside:
            continue
        out.append((pos, c))
    return out


#: A lapse word before a tier word ("lapsed VIPs", 沉睡的高价值客户): a bracket after them defines the lapse, not the tier.
_LAPSE_BEFORE = re.compile(r"\b(?:lapsed|inactive|dormant|churned|sleeping|quiet|cold)\s+(?:high[- ]value\s+)?$|(?:沉睡|流失|休眠|不活跃)的?$", re.IGNORECASE)
