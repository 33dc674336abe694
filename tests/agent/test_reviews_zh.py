"""Chinese review questions (大家怎么评价…, 用户对…的评价如何, 評價) through the routed chat
(copilot/agent/routed_reviews_zh.py): the answer is Chinese, built from the review insights' structured parts (stars,
counts, tone) with their fact ids, quoting nothing English but the product's name and short customer sentences marked
原文. They had been answered with the knowledge base's English insight text after 顾客评价要点：.
"""

from __future__ import annotations

import re

import pytest
from fakes import ScriptedChatModel

from copilot.agent.events import AgentEvent, ToolCallFinished, ToolCallStarted, TurnFinished
from copilot.core import Session
from copilot.deps import Deps
from copilot.knowledge.schemas import FactQuery

_CITED = re.compile(r"\[([A-Za-z0-9_-]+)\]")


def _ask(deps: Deps, text: str) -> tuple[list[ToolCallStarted], TurnFinished, ScriptedChatModel]:
    model = ScriptedChatModel(script=[])  # no model call may happen: an empty script fails on any request
    deps.chat_model = model
    events: list[AgentEvent] = list(Session(deps, path="routed").ask(text))
    end = events[-1]
    assert isinstance(end, TurnFinished)
    assert all(e.ok for e in events if isinstance(e, ToolCallFinished))
    return [e for e in events if isinstance(e, ToolCallStarted)], end, model


def _rating_fact(deps: Deps, product_id: str) -> str:
    """The product's review rating summary, as the knowledge base stores it."""
    from copilot.knowledge.retrieval import search_product_facts

    found = search_product_facts(
        deps, FactQuery(query="customer reviews rating summary", product_id=product_id, k=20)
    )
    texts = [f.text for f in found.facts if f.source == "reviews" and "Rating summary" in f.text]
    assert texts, [f.text for f in found.facts]
    return texts[0]


def _english_left(answer: str, name: str) -> list[str]:
    """English words of the answer outside the product's name, the quoted customer sentences and the fact ids."""
    rest = answer.replace(name, "")
    rest = re.sub(r"“[^”]*”（原文）", "", rest)
    rest = _CITED.sub("", rest)
    return re.findall(r"[A-Za-z]{2,}", rest)


@pytest.mark.parametrize(
    "question", ["大家怎么评价 Glacier Trail GTX？", "用户对 Glacier Trail GTX 的评价如何？"]
)
def test_a_chinese_review_question_is_answered_in_chinese_from_the_insights(
    real_deps: Deps, question: str
) -> None:
    calls, end, model = _ask(real_deps, question)
    assert [c.tool for c in calls] == ["search_product_facts"]
    assert calls[0].arguments["product_id"] == "P1003"
    answer = end.answer
    assert answer.startswith("顾客对 Glacier Trail GTX 的评价："), answer
    rating = _rating_fact(real_deps, "P1003")
    m = re.search(r"([\d,]+) reviews, average (\d\.\d) of 5 stars", rating)
    assert m is not None
    assert f"{m.group(1)} 条评价，平均 {m.group(2)} 星" in answer  # the stored figures, said in Chinese
    assert "5 星" in answer and "% 的评价语气正面" in answer and "（原文）这类说法出现在" in answer
    assert _english_left(answer, "Glacier Trail GTX") == [], answer
    assert "Reviewers mention" not in answer and "What reviewers say" not in answer
    cited = _CITED.findall(answer)
    assert cited and all(c.startswith("reviews-") for c in cited)
    assert model.requests == []


def test_a_question_about_complaints_puts_the_most_negative_theme_first(real_deps: Deps) -> None:
    """差评 asks what customers dislike: the themes with the most negative sentences first, each quoting its complaint
    (the insight's second customer sentence); over the stored insights of a product with themes of both tones."""
    from copilot.agent.routed_reviews_zh import review_answer_zh
    from copilot.knowledge.retrieval import search_product_facts

    found = search_product_facts(
        real_deps, FactQuery(query="customer reviews themes", product_id="P1003", k=20)
    )
    insights = [f for f in found.facts if f.source == "reviews"]
    answer = review_answer_zh("Glacier Trail GTX 的差评主要是什么？", insights)
    assert answer.startswith("顾客对 Glacier Trail GTX 的主要不满："), answer
    negatives = [int(n) for n in re.findall(r"(\d+) 句负面", answer)]
    assert len(negatives) >= 2 and negatives == sorted(negatives, reverse=True), answer
    assert _english_left(answer, "Glacier Trail GTX") == [], answer
    praise = review_answer_zh("大家怎么评价 Glacier Trail GTX？", insights)
    assert praise.startswith("顾客对 Glacier Trail GTX 的评价：") and praise != answer


def test_a_traditional_chinese_review_question_is_answered_in_traditional_characters(real_deps: Deps) -> None:
    _, end, _ = _ask(real_deps, "大家怎麼評價 Glacier Trail GTX？")
    assert end.answer.startswith("顧客對 Glacier Trail GTX 的評價："), end.answer
    assert "條評價" in end.answer


def test_an_english_review_question_still_quotes_the_insights(real_deps: Deps) -> None:
    _, end, _ = _ask(real_deps, "What do reviewers say about the Glacier Trail GTX?")
    assert end.answer.startswith("What reviewers say: Glacier Trail GTX (P1003) reviews"), end.answer


def test_a_product_without_review_insights_says_so_and_gives_its_facts_in_chinese(real_deps: Deps) -> None:
    """Too few reviews for insights of its own (the small demo's Kestrel Mid GTX): said, with the product facts the
    planner can say in Chinese (copilot.knowledge.zh_facts), not the English fact text."""
    _, end, _ = _ask(real_deps, "大家怎么评价 Kestrel Mid GTX？")
    answer = end.answer
    assert answer.startswith("没有找到 Kestrel Mid GTX 的评价汇总。"), answer
    assert "配有" in answer and _english_left(answer, "Kestrel Mid GTX") == [], answer


def test_each_theme_is_said_by_its_tone_and_quotes_the_sentence_of_that_tone() -> None:
    """Over insights written by the knowledge base itself: a theme with more negative sentences quotes its complaint,
    a theme with no positive or negative sentence is said to be neutral (not 褒贬不一 with 0 and 0), a long sentence
    is cut, and every figure is the insight's."""
    from copilot.agent.routed_reviews_zh import review_answer_zh
    from copilot.knowledge.reviews import RatingSummary, ReviewInsights, SubjectInsights, ThemeInsight
    from copilot.knowledge.schemas import Fact

    long = "Kept my feet completely dry through bogs, creeks and a full day of heavy rain on the ridge"
    themes = [
        ThemeInsight(label="grip · wet rock", mentions=12, share=0.3, positive=4, negative=6, mean_rating=3.1,
                     snippets=["Grips well on wet rock.", "Slipped on every wet root."]),
        ThemeInsight(label="drains · stream", mentions=9, share=0.225, positive=0, negative=0, neutral=9,
                     mean_rating=3.8, snippets=["Drains after stream crossings."]),
        ThemeInsight(label="dry · bogs", mentions=7, share=0.175, positive=7, negative=0, mean_rating=4.9,
                     snippets=[long]),
    ]  # fmt: skip
    ratings = RatingSummary(reviews=40, mean_rating=3.6, distribution={5: 10, 4: 12, 3: 8, 2: 6, 1: 4},
                            positive_share=0.6, negative_share=0.3, sentiment_star_correlation=0.8)  # fmt: skip
    subject = SubjectInsights(kind="product", key="P1003", name="Glacier Trail GTX", category="trail-running-shoes",
                              ratings=ratings, themes=themes)  # fmt: skip
    chunks = ReviewInsights(reviews=40, sentiment_star_correlation=0.8, products=[subject]).to_chunks()
    facts = [Fact(fact_id=c.chunk_id, text=c.text, source=c.source, product_id=c.product_id) for c in chunks]
    facts = [f for f in facts if f.product_id]  # the product's insights (not the workspace's sentiment check)
    answer = review_answer_zh("大家怎么评价 Glacier Trail GTX？", facts)
    assert (
        "共有 40 条评价，平均 3.6 星（满分 5 星）。其中 5 星 10 条、4 星 12 条、3 星 8 条、2 星 6 条、1 星 4 条"
        in answer
    )
    assert (
        "“Slipped on every wet root.”（原文）这类说法出现在 12 条评价（30%）中，褒贬不一（4 句正面、6 句负面）"
        in answer
    )
    assert "出现在 9 条评价（22%）中，多为中性描述（9 句中性）" in answer
    assert f"“{long[:59].rstrip()}…”（原文）" in answer
    assert all(f"[{f.fact_id}]" in answer for f in facts)
    assert _english_left(answer, "Glacier Trail GTX") == [], answer
