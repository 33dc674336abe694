"""A "which region has the highest X" question ranks the regions by X (AOV, revenue), not by their size; the fake model
is never asked. Before: 'Which region has the highest AOV among Loyal customers?' led with "Most customers: US-West"."""

from __future__ import annotations

import re

from fakes import ScriptedChatModel

from copilot.agent.events import AgentEvent, ToolCallStarted, TurnFinished
from copilot.core import Session
from copilot.deps import Deps


def _ask(deps: Deps, text: str) -> tuple[list[ToolCallStarted], str]:
    model = ScriptedChatModel(script=[])
    deps.chat_model = model
    events: list[AgentEvent] = list(Session(deps, path="routed").ask(text))
    end = events[-1]
    assert isinstance(end, TurnFinished) and model.requests == []
    return [e for e in events if isinstance(e, ToolCallStarted)], end.answer


def _money_after(label: str, line: str) -> float:
    m = re.search(label + r"\s*\$([\d,]+)", line)
    assert m is not None, line
    return float(m.group(1).replace(",", ""))


def test_highest_aov_among_a_segment_is_ranked_by_aov(real_deps: Deps) -> None:
    calls, answer = _ask(real_deps, "Among our Champions, which region has the highest average order value?")
    assert len(calls) >= 4 and all(c.tool == "segment_lookup" for c in calls)
    head, *rows = answer.splitlines()
    aovs = [_money_after("AOV", row) for row in rows]
    assert head.startswith("Highest AOV:") and aovs == sorted(aovs, reverse=True)
    assert rows[0].split(":")[0].lstrip("- ") in head


def test_most_revenue_by_region_in_chinese_is_ranked_by_revenue(real_deps: Deps) -> None:
    _, answer = _ask(real_deps, "哪个地区的流失客户带来的收入最高？")
    head, *rows = answer.splitlines()
    revenue = [_money_after("收入", row) for row in rows]
    assert head.startswith("收入最高") and revenue == sorted(revenue, reverse=True)


def test_a_plain_count_by_region_still_leads_with_size(real_deps: Deps) -> None:
    _, answer = _ask(real_deps, "How many Hibernating customers are in each region?")
    assert answer.startswith("Most customers:")
