"""Groups compared and "which X has the most" through the routed chat (routed_breakdown.py): each named group on its own,
the top one first, the metric asked shown. The fake model is never asked."""

from __future__ import annotations

from typing import Any

from fakes import ScriptedChatModel

from copilot.agent.events import AgentEvent, ToolCallStarted, TurnFinished
from copilot.core import Session
from copilot.deps import Deps


def _ask(deps: Deps, text: str) -> tuple[list[ToolCallStarted], str]:
    model = ScriptedChatModel(script=[])
    deps.chat_model = model
    events: list[AgentEvent] = list(Session(deps, path="routed").ask(text))
    end = events[-1]
    assert isinstance(end, TurnFinished)
    assert model.requests == []
    return [e for e in events if isinstance(e, ToolCallStarted)], end.answer


def _where(c: ToolCallStarted) -> dict[str, Any]:
    crit = c.arguments.get("audience") or c.arguments.get("criteria")
    assert crit is not None
    return crit["where"]


def test_a_channel_rate_for_two_segments_each_alone(real_deps: Deps) -> None:
    calls, answer = _ask(real_deps, "Push click rate: Loyal compared with Hibernating?")
    assert [c.tool for c in calls] == ["channel_stats", "channel_stats"]
    assert [_where(c)["segments"] for c in calls] == [["Loyal"], ["Hibernating"]]
    assert "Highest click rate" in answer and "Loyal" in answer and "Hibernating" in answer


def test_the_open_rate_asked_is_the_one_shown(real_deps: Deps) -> None:
    calls, answer = _ask(real_deps, "Email open rates, Champions versus Lost?")
    assert len(calls) == 2 and "open rate" in answer.lower() and "conversion" not in answer.lower()


def test_two_regions_in_chinese_each_alone(real_deps: Deps) -> None:
    calls, answer = _ask(real_deps, "南部和中西部，哪个地区的忠诚客户更多？")
    assert [c.tool for c in calls] == ["segment_lookup", "segment_lookup"]
    assert all(_where(c)["kind"] == "and" for c in calls)
    assert answer.startswith("客户最多") and "audience" not in answer


def test_which_segment_has_the_most_is_every_segment_top_first(real_deps: Deps) -> None:
    calls, answer = _ask(real_deps, "Which segment has the most people who never clicked an email?")
    assert len(calls) >= 5 and all(c.tool == "segment_lookup" for c in calls)
    assert answer.startswith("Most customers:") and "Champions" in answer
