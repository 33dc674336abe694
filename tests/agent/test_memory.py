"""Conversation memory: persistence across sessions, crash safety, trimming to a token budget."""

from __future__ import annotations

import pytest
from fakes import ScriptedChatModel, final, route, tool_call
from fakes.tiny_tools import SegmentSizeQuery, SegmentSizeReport
from langchain_core.messages import AIMessage, HumanMessage, ToolMessage

from copilot.agent.memory import DANGLING_RESULT, ConversationStore
from copilot.agent.toolset import Tool
from copilot.core import Session
from copilot.deps import Deps


def test_history_survives_a_new_session_object(tiny_deps: Deps, tiny_tools: list[Tool]) -> None:
    tiny_deps.chat_model = ScriptedChatModel(
        script=[route("segment_size", segment="Champions"), final("120.")]
    )
    first = Session(tiny_deps, tools=tiny_tools)
    assert first.ask_text("How many Champions?") == "120."
    cid = first.conversation_id

    model = ScriptedChatModel(script=[final("Still 120.")])
    tiny_deps.chat_model = model
    again = Session(tiny_deps, cid, tools=tiny_tools)
    assert again.ask_text("And now?") == "Still 120."
    sent = model.requests[0]
    assert sent.human_texts[0] == "How many Champions?"
    assert "Champions: 120" not in sent.system_text  # history is in messages, never in the system prompt
    assert '"customers":120' in sent.all_text
    assert [m.role for m in again.history()] == [
        "user",
        "assistant",
        "tool",
        "assistant",
        "user",
        "assistant",
    ]
    (info,) = again.list_conversations()
    assert info.id == cid and info.title == "How many Champions?" and info.messages == 6
    assert again.ledger.llm_calls == 3


def test_new_conversation_starts_empty(tiny_deps: Deps, tiny_tools: list[Tool]) -> None:
    model = ScriptedChatModel(script=[final("Hi."), final("Hello again.")])
    tiny_deps.chat_model = model
    session = Session(tiny_deps, tools=tiny_tools)
    session.ask_text("hi")
    old = session.conversation_id
    assert session.new() != old
    session.ask_text("hello")
    assert model.requests[1].human_texts == ["hello"]
    assert len(session.list_conversations()) == 2


class Crash(BaseException):
    """Stands in for the process dying (not an Exception: nothing catches it)."""


def crashing_tool(deps: Deps, query: SegmentSizeQuery) -> SegmentSizeReport:
    """Segment size (crashes the process)."""
    raise Crash


def test_crash_mid_turn_loses_nothing_already_said(tiny_deps: Deps, tiny_tools: list[Tool]) -> None:
    tools = [Tool.from_function(crashing_tool, name="segment_size")]
    tiny_deps.chat_model = ScriptedChatModel(
        tool_mode="native", script=[tool_call("segment_size", segment="Champions")]
    )
    session = Session(tiny_deps, "thread-1", tools=tools)
    events = session.ask("How many Champions?")
    with pytest.raises(Crash):
        for _ in events:
            pass

    # a new process: the question and the tool call were already on disk
    stored = ConversationStore(tiny_deps.workspace.conversations_path).messages("thread-1")
    assert [type(m) for m in stored] == [HumanMessage, AIMessage]
    model = ScriptedChatModel(tool_mode="native", script=["Sorry, let me retry: 120."])
    tiny_deps.chat_model = model
    resumed = Session(tiny_deps, "thread-1", tools=tiny_tools)
    assert resumed.ask_text("Are you there?") == "Sorry, let me retry: 120."
    sent = model.requests[0].messages
    # the dangling call got a placeholder result, so the history is valid for every provider
    assert isinstance(sent[2], AIMessage) and sent[2].tool_calls
    assert isinstance(sent[3], ToolMessage) and sent[3].content == DANGLING_RESULT
    assert sent[3].tool_call_id == sent[2].tool_calls[0]["id"]
    assert sent[4].content == "Are you there?"


def test_question_is_stored_before_the_model_answers(tiny_deps: Deps, tiny_tools: list[Tool]) -> None:
    seen: list[int] = []

    def reply(messages, kwargs):  # type: ignore[no-untyped-def]
        seen.append(len(ConversationStore(tiny_deps.workspace.conversations_path).messages("c")))
        return final("ok")

    tiny_deps.chat_model = ScriptedChatModel(script=[reply])
    Session(tiny_deps, "c", tools=tiny_tools).ask_text("q")
    assert seen == [1]


def _fill(store: ConversationStore, cid: str, turns: int, words: int = 80) -> None:
    for i in range(turns):
        store.append(cid, HumanMessage(content=f"Question {i}: " + "why " * words))
        store.append(cid, AIMessage(content=f"Answer {i}: " + "because " * words))


def test_old_turns_are_trimmed_to_the_budget_not_failed(tiny_deps: Deps, tiny_tools: list[Tool]) -> None:
    store = ConversationStore(tiny_deps.workspace.conversations_path)
    _fill(store, "long", turns=30)
    window = store.context("long", budget_tokens=600)
    assert window.dropped > 0 and window.tokens <= 600 + 200
    note = window.messages[0]
    assert isinstance(note, HumanMessage) and "```data source=memory:earlier_conversation" in note.content
    assert "older messages are no longer shown" in note.content and "Question 2:" not in note.content
    assert "Question 29" in window.messages[-2].content

    model = ScriptedChatModel(script=[final("Short answer.")])
    tiny_deps.chat_model = model
    tiny_deps.settings = tiny_deps.settings.model_copy(update={"history_token_budget": 600})
    assert Session(tiny_deps, "long", tools=tiny_tools).ask_text("And finally?") == "Short answer."
    sent = model.requests[0]
    assert sent.human_texts[-1] == "And finally?"
    assert "Question 0:" not in sent.all_text
    assert sent.messages[0].type == "system"  # the system prompt is always kept


def test_a_huge_tool_result_in_the_current_turn_is_cut_not_fatal(tiny_deps: Deps) -> None:
    store = ConversationStore(tiny_deps.workspace.conversations_path)
    store.append("c", HumanMessage(content="big"))
    store.append("c", AIMessage(content="", tool_calls=[{"name": "t", "args": {}, "id": "1"}]))
    store.append("c", ToolMessage(content="row " * 5000, tool_call_id="1", name="t"))
    window = store.context("c", budget_tokens=800)
    result = window.messages[2]
    assert isinstance(result, ToolMessage) and "truncated" in result.content
    assert window.tokens <= 800


def test_orphan_tool_results_are_dropped(tiny_deps: Deps) -> None:
    store = ConversationStore(tiny_deps.workspace.conversations_path)
    store.append("c", ToolMessage(content="orphan", tool_call_id="zz", name="t"))
    store.append("c", HumanMessage(content="q"))
    assert [m.type for m in store.context("c", 1000).messages] == ["human"]
