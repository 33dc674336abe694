"""A question asking for individual customers by spend ("Who are our top 5 customers by spend?", 列出消费最高的10个客户)
through the routed chat (copilot/agent/routed_people.py): chat lists no customers, says so, and gives the top spend
tier's figures (segment_lookup) and the way to the list itself (a plan, approved, then ``copilot plans export``). These
questions had been answered with the whole RFM segment list and "Not applied: 'Who are our top 5 customers by spend'".
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from fakes import ScriptedChatModel

from copilot.agent.events import AgentEvent, ToolCallStarted, TurnFinished
from copilot.core import Session
from copilot.deps import Deps

_CUSTOMER_ID = re.compile(r"\bcus_[0-9a-f]{10}\b")


def _ask(deps: Deps, text: str) -> tuple[list[ToolCallStarted], TurnFinished, ScriptedChatModel]:
    model = ScriptedChatModel(script=[])  # no model call may happen: an empty script fails on any request
    deps.chat_model = model
    events: list[AgentEvent] = list(Session(deps, path="routed").ask(text))
    end = events[-1]
    assert isinstance(end, TurnFinished)
    return [e for e in events if isinstance(e, ToolCallStarted)], end, model


def _high_tier(deps: Deps) -> tuple[int, float]:
    """The high value tier's size and its share of all customers, from SQL."""
    with deps.artifacts.query() as q:
        row = q.execute("SELECT COUNT(*) FILTER (WHERE value_tier = 'high'), COUNT(*) FROM cust").fetchone()
    assert row is not None
    return int(row[0]), int(row[0]) / int(row[1])


def _tier_call(calls: list[ToolCallStarted]) -> dict[str, Any]:
    assert calls and all(c.tool == "segment_lookup" for c in calls), [c.tool for c in calls]
    return calls[0].arguments


@pytest.mark.parametrize(
    "question",
    [
        "Who are our top 5 customers by spend?",
        "show me our biggest spenders",
        "Which customers have spent the most?",
    ],
)
def test_an_english_top_customers_question_says_chat_lists_none_and_gives_the_top_tier(
    real_deps: Deps, question: str
) -> None:
    calls, end, model = _ask(real_deps, question)
    assert _tier_call(calls)["criteria"]["where"] == {"kind": "value_tier", "tier": "high"}
    size, share = _high_tier(real_deps)
    answer = end.answer
    assert answer.startswith("I can't list"), answer
    assert f"{size:,} customers ({100 * share:.1f}% of all)" in answer
    assert "of revenue" in answer and "per customer" in answer
    assert "copilot plans approve" in answer and "copilot plans export" in answer
    assert "Not applied" not in answer  # the clause the reader could not read is what was answered
    assert not _CUSTOMER_ID.search(answer)
    assert "Loyal:" not in answer and "Hibernating" not in answer  # not the segment list
    assert model.requests == []


def test_the_number_asked_for_is_said(real_deps: Deps) -> None:
    _, end, _ = _ask(real_deps, "Who are our top 5 customers by spend?")
    assert "I can't list the top 5 customers in chat" in end.answer


def test_a_chinese_question_is_answered_in_chinese(real_deps: Deps) -> None:
    calls, end, model = _ask(real_deps, "列出消费最高的10个客户")
    assert _tier_call(calls)["criteria"]["where"] == {"kind": "value_tier", "tier": "high"}
    size, _ = _high_tier(real_deps)
    answer = end.answer
    assert answer.startswith("聊天中不能列出消费最高的 10 位客户"), answer
    assert f"共 {size:,} 位" in answer and "贡献收入" in answer and "人均累计消费" in answer
    assert "copilot plans export" in answer
    words = re.sub(r"`[^`]*`|segment_lookup|copilot|id\b|CSV|Parquet", "", answer)
    assert not re.search(r"[A-Za-z]{3,}", words), answer  # no English beyond command names and formats
    assert model.requests == []


def test_a_traditional_chinese_question_is_answered_in_traditional_characters(real_deps: Deps) -> None:
    _, end, _ = _ask(real_deps, "列出消費最高的10個客戶")
    assert "聊天中不能列出消費最高的 10 位客戶" in end.answer and "高價值客戶" in end.answer


@pytest.mark.parametrize(
    ("question", "tool"),
    [
        ("How many of our biggest spenders can we email?", "segment_lookup"),
        ("Recommend products for our top 10 customers", "recommend_products"),
    ],
)
def test_an_aggregate_or_another_ask_about_top_customers_is_answered_as_before(
    real_deps: Deps, question: str, tool: str
) -> None:
    calls, end, _ = _ask(real_deps, question)
    assert [c.tool for c in calls] == [tool]
    assert "can't list" not in end.answer


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("谁是我们最有价值的客户？", "聊天中不能列出具体的客户"),
        ("给我看看消费前十的客户", "聊天中不能列出消费最高的 10 位客户"),
        ("哪些客户花钱最多？", "聊天中不能列出具体的客户"),
    ],
)
def test_other_chinese_wordings_are_answered_alike(real_deps: Deps, question: str, opening: str) -> None:
    calls, end, _ = _ask(real_deps, question)
    assert _tier_call(calls)["criteria"]["where"] == {"kind": "value_tier", "tier": "high"}
    assert end.answer.startswith(opening), end.answer
    assert "未采用" not in end.answer


def test_a_question_about_a_segment_of_big_spenders_is_no_list(real_deps: Deps) -> None:
    """消费最多的客户群体 asks which group, not which people: the segment answer stays."""
    _, end, _ = _ask(real_deps, "消费最多的客户群体是哪个？")
    assert "不能列出" not in end.answer
