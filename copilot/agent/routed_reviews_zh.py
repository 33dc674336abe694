"""Review answers: the review insights quoted for an English question, and for a Chinese one (大家怎么评价…,
用户对…的评价如何, 評價) a Chinese answer built from the insights' structured parts -- the rating summary (reviews,
average stars, the star distribution, the share of positive and negative reviews) and each theme's counts (how many
reviews mention it, its tone, its positive and negative sentences, their average stars). Nothing English is quoted
but product names and one short customer sentence per theme, marked 原文 (a theme's label is its top English terms,
"quality · built · highly": no words for a Chinese reader). Every figure is cited with its fact id. No model call.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from copilot.agent.routed_text import ZH, fact_body

if TYPE_CHECKING:
    from copilot.reading.schema import Reading

_RATING = re.compile(
    r"^(?P<n>[\d,]+) reviews, average (?P<avg>\d(?:\.\d)?) of 5 stars \((?P<dist>[^)]*)\); "
    r"sentiment (?P<pos>\d+)% positive, (?P<neg>\d+)% negative\.(?: Sentiment (?P<agree>agrees with|barely tracks) "
    r"the stars \(correlation (?P<corr>-?\d\.\d+)\))?"
)
_STARS = re.compile(r"(?P<k>[1-5])★ (?P<v>\d{1,3}(?:,\d{3})*)(?!\d)")
_THEME = re.compile(
    r"Reviewers mention [“\"][^”\"]+[”\"] in (?P<n>[\d,]+) of (?P<total>[\d,]+) reviews \((?P<share>\d+)%\), "
    r"(?P<tone>mostly positive|mixed|mostly negative): (?P<pos>[\d,]+) positive, (?P<neg>[\d,]+) negative, "
    r"(?P<neu>[\d,]+) neutral sentences; average (?P<avg>\d(?:\.\d)?) stars\.(?: E\.g\. (?P<quotes>.*))?",
    re.S,
)
_QUOTES = re.compile(r"[“\"]([^”\"]+)[”\"]")
_TONE_ZH = {"mostly positive": "以正面为主", "mixed": "褒贬不一", "mostly negative": "以负面为主"}
#: A question about what customers dislike: the themes with the most negative sentences first, their complaint quoted.
_COMPLAINTS = re.compile(
    r"差评|差評|缺点|缺點|抱怨|吐槽|不满|不滿|问题|問題|毛病|槽点|槽點|投诉|投訴|负面|負面|不好"
)
_SNIPPET_CHARS = 60


def review_answer(r: Reading, facts: Sequence[Any], note: str) -> str:
    """The review insights among ``facts`` (else the facts), quoted in English, or said in Chinese for a Chinese
    question."""
    insights = [f for f in facts if f.source == "reviews"] or list(facts)
    if r.language == ZH:
        return review_answer_zh(r.text, insights) + note
    return (
        "What reviewers say: " + " ".join(f"{fact_body(f.text)} [{f.fact_id}]" for f in insights[:3]) + note
    )


@dataclass(frozen=True)
class _Theme:
    fact_id: str
    mentions: int
    share: str
    tone: str
    positive: int
    negative: int
    neutral: int
    stars: str
    quotes: tuple[str, ...]


def _subject(f: Any, name: str) -> str:
    """The product's name, or a category's Chinese name (a category's insights are named in English)."""
    from copilot.reading.describe_zh import category_zh

    if f.product_id:
        return name
    return (
        f"{category_zh(f.category)}类商品"
        if f.category and category_zh(f.category) != f.category
        else "这类商品"
    )


def _int(text: str) -> int:
    return int(text.replace(",", ""))


def _rating_zh(f: Any, body: str) -> str | None:
    """``40 reviews, average 4.5 of 5 stars (5★ 28, …); sentiment 90% positive, 8% negative. …`` in Chinese, with the
    planner's social-proof sentence where it applies (20+ reviews, 4.0+ stars)."""
    from copilot.knowledge.zh_facts import zh_review_proof

    m = _RATING.match(" ".join(body.split()))
    if m is None:
        return None
    lead = zh_review_proof(f.text) or f"共有 {m.group('n')} 条评价，平均 {m.group('avg')} 星（满分 5 星）。"
    stars = "、".join(f"{s['k']} 星 {s['v']} 条" for s in _STARS.finditer(m.group("dist")))
    text = f"{lead}其中 {stars}；{m.group('pos')}% 的评价语气正面，{m.group('neg')}% 负面"
    if m.group("corr"):
        agree = "一致" if m.group("agree") == "agrees with" else "关系不大"
        text += f"，评价文字的情绪与星级{agree}（相关系数 {m.group('corr')}）"
    return f"{text}。[{f.fact_id}]"


def _theme(f: Any, body: str) -> _Theme | None:
    m = _THEME.search(" ".join(body.split()))
    if m is None:
        return None
    quotes = tuple(q.strip() for q in _QUOTES.findall(m.group("quotes") or ""))
    return _Theme(f.fact_id, _int(m.group("n")), m.group("share"), m.group("tone"), _int(m.group("pos")),
                  _int(m.group("neg")), _int(m.group("neu")), m.group("avg"), quotes)  # fmt: skip


def _quote(t: _Theme, complaints: bool) -> str:
    """One customer sentence, short: the insight's first sentence is its best positive one and its second its best
    negative one when it has both; the negative one is quoted for a question about complaints or a theme with more
    negative sentences than positive ones."""
    if not t.quotes:
        return ""
    pick = t.quotes[0]
    both = len(t.quotes) > 1 and t.positive > 0 and t.negative > 0
    if both and (complaints or t.negative > t.positive):
        pick = t.quotes[1]
    return pick if len(pick) <= _SNIPPET_CHARS else pick[: _SNIPPET_CHARS - 1].rstrip() + "…"


def _tone(t: _Theme) -> str:
    """The theme's tone and its sentences: 以正面为主（16 句正面、1 句负面）, or 多为中性描述（7 句中性）."""
    if t.positive == 0 and t.negative == 0:  # "mixed" by the insight's rule, but nothing either way
        return f"多为中性描述（{t.neutral} 句中性）"
    return f"{_TONE_ZH[t.tone]}（{t.positive} 句正面、{t.negative} 句负面）"


def _theme_line(t: _Theme, complaints: bool) -> str:
    """``- “Built to last, excellent quality.”（原文）这类说法出现在 15 条评价（38%）中，以正面为主…``"""
    quote = _quote(t, complaints)
    what = f"“{quote}”（原文）这类说法" if quote else "另一个话题"
    return (
        f"- {what}出现在 {t.mentions} 条评价（{t.share}%）中，{_tone(t)}，"
        f"这些评价平均 {t.stars} 星。[{t.fact_id}]"
    )


def review_answer_zh(question: str, facts: Sequence[Any]) -> str:
    """The review insights as a Chinese answer: the rating summary, then up to three themes (most mentioned first, or
    most negative first for a question about complaints), every figure cited."""
    from copilot.knowledge.phrasing import parse_fact

    complaints = bool(_COMPLAINTS.search(question))
    subject, rating, themes, other = "", "", [], []
    for f in facts:
        parts = parse_fact(f.text)
        if parts is None:
            other.append(f)
            continue
        subject = subject or _subject(f, parts.name)
        section = parts.section.lower()
        if parts.reviews and section.startswith("rating") and not rating:
            rating = _rating_zh(f, parts.body) or ""
        elif parts.reviews and section.startswith("theme") and (t := _theme(f, parts.body)) is not None:
            themes.append(t)
        elif not parts.reviews:
            other.append(f)
    if not rating and not themes:
        return _no_insights_zh(subject, other or list(facts))
    themes.sort(key=lambda t: (-t.negative, -t.mentions) if complaints else (-t.mentions, -t.negative))
    head = (
        (f"顾客对 {subject} 的" + ("主要不满：" if complaints else "评价：")) if subject else "顾客评价要点："
    )
    lines = [head + (rating or "")]
    if themes:
        lines.append("大家谈得最多的话题：" if not complaints else "负面评价最多的话题：")
        lines += [_theme_line(t, complaints) for t in themes[:3]]
    return "\n".join(lines)


def _no_insights_zh(subject: str, facts: Sequence[Any]) -> str:
    """No review insight could be said in Chinese: the product facts the planner can say in Chinese, else the ids."""
    from copilot.knowledge.phrasing import parse_fact
    from copilot.knowledge.zh_facts import zh_claim_sentences, zh_fact_phrase

    phrases, ids = [], []
    name = subject
    for f in facts:
        parts = parse_fact(f.text)
        phrase = zh_fact_phrase(f.text)
        if parts is not None and phrase is not None and not parts.reviews:
            name = name or parts.name
            phrases.append(phrase)
            ids.append(f.fact_id)
    cited = " ".join(f"[{i}]" for i in dict.fromkeys(ids[:3]))
    if phrases and name:
        said = "".join(zh_claim_sentences(name, phrases[:3]))
        return f"没有找到{' ' + name + ' ' if name else ''}的评价汇总。相关产品信息：{said}{cited}"
    found = " ".join(f"[{f.fact_id}]" for f in facts[:3])
    return "没有找到可以用中文转述的评价汇总" + (
        f"（检索到的信息只有英文原文：{found}）。" if found else "。"
    )
