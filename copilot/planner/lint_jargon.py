"""Copy-lint rules on how copy talks to the customer: the words marketers use about customers and campaigns
(``jargon``) and sentences that all open the same way (``repeated_opener``).

Seen in a plan made with the default local model on the demo workspace (2026-12-04, issue #13): a win-back
email whose subject was "Are you ready for a win-back campaign?" (the brief's objective shown to the
customer) and a body "The Larch Hydration Vest has a bounce-free fit. It also has front pole holders. It also
has a whistle on sternum strap." (the same opener three times).

The list is of words about the *marketing* of a product, never about the product or the sale: "sale",
"offer", "deal", "save", "members", "VIP" and "loyalty programme" are things a customer is told;
"campaign", "segment", "lapsed", "retention" or 召回 / 流失用户 / 人群 are things said about a customer.
Chinese words that also name product qualities are listed only in their marketing sense (流失 alone is
"热量流失", heat loss; 流失用户 is a churned user).
"""

from __future__ import annotations

import re

from copilot.planner.lint_base import LintContext, LintFinding

__all__ = ["EN_JARGON", "ZH_JARGON", "jargon", "jargon_words", "repeated_opener"]

#: English words and phrases about customers and campaigns (regular-expression parts, whole words).
EN_JARGON: tuple[str, ...] = (
    r"campaigns?",
    r"win[- ]?backs?",
    r"win(?:ning)? (?:you |them )?back",
    r"cross[- ]?sell(?:s|ing)?",
    r"up[- ]?sell(?:s|ing)?",
    r"retention",
    r"re-?engag(?:e|ed|ement|ing)",
    r"reactivation",
    r"segments?",
    r"segmentation",
    r"(?:target )?audiences?",
    r"lapsed",
    r"churn(?:ed|ing|s)?",
    r"hold-?outs?",
    r"propensity",
    r"KPIs?",
    r"conversions?",
    r"conversion rate",
    r"high[- ]value",
    r"at-risk",
    r"unengaged",
    r"disengaged",
    r"cohorts?",
    r"funnel",
    r"lifetime value",
    r"LTV",
    r"CLV",
    r"ROI",
    r"ROAS",
    r"CTR",
    r"uplift",
    r"A/B test(?:s|ing)?",
    r"lookalikes?",
    r"personas?",
    r"suppression",
    r"acquisition",
)
#: Chinese words about customers and campaigns (substrings; CJK has no word boundaries).
ZH_JARGON: tuple[str, ...] = (
    "召回",
    "挽回",
    "流失用户",
    "流失客户",
    "流失顾客",
    "人群",
    "拉新",
    "促活",
    "复购率",
    "转化率",
    "留存",
    "营销",
    "高价值",
    "沉睡用户",
    "沉睡客户",
    "用户画像",
    "受众",
    "目标用户",
    "交叉销售",
    "追加销售",
    "细分群体",
)

_EN = re.compile(r"(?<![\w-])(?:" + "|".join(EN_JARGON) + r")(?![\w-])", re.IGNORECASE)
_ZH = re.compile("|".join(map(re.escape, ZH_JARGON)))


def jargon_words(text: str) -> list[str]:
    """The marketing words of ``text`` (as written), English and Chinese."""
    return [m.group(0) for m in _EN.finditer(text)] + [m.group(0) for m in _ZH.finditer(text)]


def jargon(name: str, text: str, ctx: LintContext) -> list[LintFinding]:
    """Words marketers use about customers and campaigns ("win-back campaign", "lapsed", 召回) in copy the
    customer reads."""
    del ctx  # the list is the same for every brand
    found = jargon_words(text)
    if not found:
        return []
    words = ", ".join(f'"{w}"' for w in dict.fromkeys(found))
    return [LintFinding("jargon", name, text, f"marketing vocabulary shown to the customer: {words}")]


_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_OPENER = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _opener(sentence: str) -> str:
    words = _OPENER.findall(sentence)
    return " ".join(words[:2]).lower() if len(words) >= 4 else ""


def repeated_opener(name: str, text: str, ctx: LintContext) -> list[LintFinding]:
    """Two sentences of one field that open with the same two words ("It also has … It also has …"):
    robotic, a list read out as sentences. Sentences opening with a product's name are left to the
    product rules (``product_repeated``). English only: code's Chinese claim sentences are fixed
    renderings (:func:`copilot.knowledge.zh_facts.zh_sentence`) that already vary their opener."""
    if ctx.language != "en":
        return []
    names = tuple(p.name.lower() for p in ctx.products if p.name)
    seen: set[str] = set()
    for sentence in _SENTENCE.findall(text):
        head = sentence.strip().lower().removeprefix("the ")
        if head.startswith(names):
            continue  # "The Ridgeline Trail is … The Ridgeline Trail has …": the name, read by other rules
        key = _opener(sentence)
        if key and key in seen:
            return [LintFinding("repeated_opener", name, text, f'two sentences open with "{key}"')]
        seen.add(key)
    return []
