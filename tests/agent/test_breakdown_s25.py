"""Breakdowns and compared periods through the routed chat (copilot/agent/routed_breakdown.py, decision 240): the existing
tools run once per group or per period, two periods give both figures and the difference, and what no tool gives (sales
by category) is said plainly -- never one total in its place. The fake model is never asked."""

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


def _kinds(where: dict[str, Any]) -> list[str]:
    parts = where["of"] if where["kind"] == "and" else [where]
    return [p["kind"] for p in parts]


def test_a_channel_measure_group_by_group(real_deps: Deps) -> None:
    calls, answer = _ask(real_deps, "What's the SMS click rate for each value tier?")
    assert [c.tool for c in calls] == ["channel_stats"] * 3
    assert sorted(c.arguments["audience"]["where"]["tier"] for c in calls) == ["high", "low", "mid"]
    assert all(c.arguments["channels"] == ["sms"] for c in calls)
    assert "high value" in answer and "low value" in answer and "click rate" in answer.lower()


def test_a_channel_measure_month_by_month_in_chinese(real_deps: Deps) -> None:
    calls, answer = _ask(real_deps, "按月看一下过去三个月邮件的转化率")
    assert len(calls) >= 3 and all(c.tool == "channel_stats" for c in calls)
    months = [(c.arguments["since"], c.arguments["until"]) for c in calls]
    assert len(set(months)) == len(months) and all(a[:7] == b[:7] for a, b in months)  # one call per month
    assert "按月" in answer and "转化率" in answer


def test_two_periods_both_figures_and_the_difference(real_deps: Deps) -> None:
    calls, answer = _ask(real_deps, "How did email revenue last month compare with the month before?")
    assert [c.tool for c in calls] == ["channel_stats", "channel_stats"]
    assert [c.arguments["since"] for c in calls] == ["2025-01-01", "2024-12-01"]  # the clock: 2025-02-20
    assert " vs " in answer and "Email" in answer and "Not applied" not in answer


def test_two_periods_in_chinese(real_deps: Deps) -> None:
    calls, answer = _ask(real_deps, "上个月推送的点击率比前一个月高还是低？")
    assert [c.tool for c in calls] == ["channel_stats", "channel_stats"]
    assert {c.arguments["since"] for c in calls} == {"2025-01-01", "2024-12-01"}
    assert "对比" in answer and "推送" in answer


def test_sales_by_category_is_answered_with_sales_figures(real_deps: Deps) -> None:  # routed_sales.py (sales_summary)
    for text, said in (("What revenue did each product category bring in last quarter?", "Sales by category"),
                       ("上周各类目的营收分别是多少？", "分品类销售额")):
        calls, answer = _ask(real_deps, text)
        assert [c.tool for c in calls] == ["sales_summary"]
        assert said in answer and "customers in all" not in answer and "共有" not in answer


def test_a_group_counted_segment_by_segment(real_deps: Deps) -> None:
    calls, answer = _ask(real_deps, "How many customers who bought tents fall into each RFM segment?")
    assert len(calls) >= 5 and all(c.tool == "segment_lookup" for c in calls)
    assert all(_kinds(c.arguments["criteria"]["where"]) == ["bought", "rfm_segment"] for c in calls)
    assert "Champions" in answer and "customers" in answer


def test_reach_on_each_channel_in_chinese(real_deps: Deps) -> None:
    calls, answer = _ask(real_deps, "忠诚客户在各个渠道分别能触达多少人？")
    assert [c.tool for c in calls] == ["segment_lookup"]
    assert "邮件" in answer and "短信" in answer and "推送" in answer


def test_two_age_groups_each_on_its_own(real_deps: Deps) -> None:
    calls, answer = _ask(real_deps, "Do the under-30s or the over-50s have the bigger average order?")
    assert [c.tool for c in calls] == ["segment_lookup", "segment_lookup"]
    assert sorted(_kinds(c.arguments["criteria"]["where"])[0] for c in calls) == ["age", "age"]
    assert "under 30" in answer and "50" in answer and "AOV" in answer


def test_customers_age_band_by_age_band(real_deps: Deps) -> None:
    """A count per age band (it had crashed: the compared-ages check rebound the data's band list to None)."""
    calls, answer = _ask(real_deps, "Number of push-consented customers per age bracket?")
    assert len(calls) >= 3 and all(c.tool == "segment_lookup" for c in calls)
    assert "25-34" in answer or "25–34" in answer
