"""The core every face calls: Session."""

from __future__ import annotations

import pytest
from fakes import ScriptedChatModel, final, route, tool_call
from langchain_core.messages import AIMessage, ToolMessage

from copilot.agent.events import TextDelta, TurnFinished
from copilot.agent.toolset import Tool
from copilot.core import Session
from copilot.deps import Deps
from copilot.errors import SettingsError
from copilot.llm.providers import ModelRequestsBlocked


def test_ask_streams_and_ask_text_returns_the_answer(tiny_deps: Deps, tiny_tools: list[Tool]) -> None:
    tiny_deps.chat_model = ScriptedChatModel(
        script=[final("Hello! I can look up segments."), final("Again.")]
    )
    session = Session(tiny_deps, tools=tiny_tools)
    events = list(session.ask("hi"))
    assert isinstance(events[-1], TurnFinished) and events[-1].conversation_id == session.conversation_id
    assert "".join(e.text for e in events if isinstance(e, TextDelta)) == "Hello! I can look up segments."
    assert session.ask_text("again") == "Again."
    assert [m.role for m in session.history()] == ["user", "assistant", "user", "assistant"]
    assert session.ledger.llm_calls == 2
    assert session.model_description == "custom:scripted (tools via schema)"


def test_switching_model_mid_conversation_keeps_the_history(tiny_deps: Deps, tiny_tools: list[Tool]) -> None:
    tiny_deps.chat_model = ScriptedChatModel(
        script=[route("segment_size", segment="Champions"), final("120.")]
    )
    session = Session(tiny_deps, tools=tiny_tools)
    session.ask_text("How many Champions?")

    native = ScriptedChatModel(
        tool_mode="native", script=[tool_call("segment_size", segment="At risk"), "340."]
    )
    assert session.switch_model(native) == "custom:scripted (tools via native)"
    assert session.ask_text("And at risk?") == "340."
    sent = native.requests[0].messages
    # the schema-driven turn is replayed to the native model as real tool calls and results
    assert isinstance(sent[2], AIMessage) and sent[2].tool_calls[0]["args"] == {"segment": "Champions"}
    assert isinstance(sent[3], ToolMessage) and '"customers":120' in sent[3].content


def test_switch_model_by_spec_resolves_settings_first(tiny_deps: Deps, tiny_tools: list[Tool]) -> None:
    session = Session(tiny_deps, tools=tiny_tools)
    with pytest.raises(SettingsError):
        session.switch_model("gemini:pro")
    with pytest.raises(ModelRequestsBlocked):  # the test session blocks real models
        session.switch_model("local:qwen2.5-coder-0.5b")
