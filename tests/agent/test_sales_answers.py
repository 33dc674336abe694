"""Sales by category and top products by revenue through the routed chat (routed_sales.py, tool sales_summary): the
question's period, second period and categories left out are applied and leave Not applied; English and Chinese.
The fake model is never asked."""

from __future__ import annotations

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


def test_sales_by_category_last_month_vs_the_month_before(real_deps: Deps) -> None:  # today is 2025-02-20
    calls, answer = _ask(real_deps, "What were total revenue by category last month compared with the month before?")
    assert [c.tool for c in calls] == ["sales_summary"]
    args = calls[0].arguments
    assert (args["since"], args["until"], args["compare_since"], args["compare_until"]) == (
        "2025-01-01", "2025-01-31", "2024-12-01", "2024-12-31")
    assert args["group_by"] == "category"
    assert answer.startswith(("Sales by category, 2025-01-01 to 2025-01-31 vs 2024-12-01 to 2024-12-31", "No orders"))
    assert "Total: $" in answer and "(sales_summary" in answer
    assert "Not applied" not in answer and "recommend" not in answer.lower()


def test_chinese_month_on_month_by_category(real_deps: Deps) -> None:
    calls, answer = _ask(real_deps, "上个月各品类的销售额环比怎么样？")
    assert [c.tool for c in calls] == ["sales_summary"]
    assert calls[0].arguments["since"] == "2025-01-01" and calls[0].arguments["compare_since"] == "2024-12-01"
    assert "分品类销售额" in answer and "合计" in answer and "对比" in answer
    assert "未采用" not in answer and "copilot 没有" not in answer


def test_aov_by_category_leads_with_the_highest(real_deps: Deps) -> None:
    calls, answer = _ask(real_deps, "AOV by category")
    assert [c.tool for c in calls] == ["sales_summary"] and "since" not in calls[0].arguments
    assert answer.startswith("Highest AOV:") and "Not applied" not in answer


def test_top_products_by_revenue_excluding_a_category(real_deps: Deps) -> None:
    calls, answer = _ask(real_deps, "top 5 products by revenue last month, excluding socks")
    assert [c.tool for c in calls] == ["sales_summary"]
    args = calls[0].arguments
    assert args["group_by"] == "product" and args["top_n"] == 5 and args["exclude_categories"] == ["socks"]
    assert args["since"] == "2025-01-01" and args["until"] == "2025-01-31"
    assert "excluding socks" in answer and "(socks)" not in answer and "Not applied" not in answer


def test_top_products_in_chinese_leaving_out_a_category(real_deps: Deps) -> None:
    calls, answer = _ask(real_deps, "上个月销售额前三的产品是哪些？不包括袜子")
    assert [c.tool for c in calls] == ["sales_summary"]
    args = calls[0].arguments
    assert args["group_by"] == "product" and args["top_n"] == 3 and args["exclude_categories"] == ["socks"]
    assert "销售额前" in answer and "不含袜子" in answer and "未采用" not in answer


def test_a_campaign_question_by_channel_is_not_sales(real_deps: Deps) -> None:
    calls, _ = _ask(real_deps, "Conversion rate by channel last month")
    assert all(c.tool == "channel_stats" for c in calls)
