"""Regions set side by side are answered each on its own (probe s24 eq19), like compared segments; a group counted region
by region keeps its conditions in each region's count (eq21)."""

from __future__ import annotations

from typing import Any

from fakes import ScriptedChatModel

from copilot.agent.events import AgentEvent, ToolCallStarted, TurnFinished
from copilot.core import Session
from copilot.deps import Deps


def _ask(deps: Deps, text: str) -> tuple[list[ToolCallStarted], TurnFinished, ScriptedChatModel]:
    model = ScriptedChatModel(script=[])
    deps.chat_model = model
    events: list[AgentEvent] = list(Session(deps, path="routed").ask(text))
    end = events[-1]
    assert isinstance(end, TurnFinished)
    return [e for e in events if isinstance(e, ToolCallStarted)], end, model


def _regions(where: dict[str, Any]) -> list[str]:
    parts = where["of"] if where["kind"] == "and" else [where]
    return [r for p in parts if p["kind"] == "region" for r in p["regions"]]


def test_two_regions_compared_are_two_counts(real_deps: Deps) -> None:
    calls, end, model = _ask(real_deps, "Who spends more per order, shoppers in the South or in the Midwest?")
    assert [c.tool for c in calls] == ["segment_lookup", "segment_lookup"]
    assert sorted(_regions(c.arguments["criteria"]["where"])[0] for c in calls) == ["US-Midwest", "US-South"]
    assert "US-South" in end.answer and "US-Midwest" in end.answer and "AOV" in end.answer
    assert model.requests == []


def test_a_group_counted_in_each_region(real_deps: Deps) -> None:
    calls, end, model = _ask(real_deps, "哪个地区从没点过推送的客户最多？")
    assert len(calls) >= 2 and all(c.tool == "segment_lookup" for c in calls)
    for c in calls:
        where = c.arguments["criteria"]["where"]
        assert len(_regions(where)) == 1 and any(p["kind"] == "not" for p in where["of"])
    assert "客户最多的地区" in end.answer and model.requests == []
