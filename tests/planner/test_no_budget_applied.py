"""A plan with no budget from the request (none said, or one in a currency with no exchange rate) is sized to the cost
of its sends and says so: never "Total budget $6.59" as if the marketer's 20,000 CNY had become $6.59 (probe s26)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from planner.helpers import make_bundle, make_variants, sample_brief

from copilot.faces.slack.blocks import plan_to_slack_blocks
from copilot.planner.assemble import assemble_plan
from copilot.planner.checks_spend import check_spend
from copilot.planner.plan_schema import CampaignPlan, CheckResult
from copilot.reading import read


def _plan(budget: float | None, text: str = "") -> CampaignPlan:
    brief = sample_brief().model_copy(update={"budget": budget, "reading": read(text) if text else None})
    plan = assemble_plan(brief, make_bundle(), plan_id="20250301-no-budget", now=datetime(2025, 2, 1, 9, 0, tzinfo=UTC),
                         start=date(2025, 3, 1), end=date(2025, 3, 21))
    return plan.model_copy(update={"copy_variants": make_variants()})


def test_no_budget_is_said_as_the_cost_of_the_sends() -> None:
    plan = _plan(None)
    sends = sum(c.cost.value for c in plan.channels)
    assert plan.budget.sized_to_sends and abs(plan.budget.total.value - sends) < 0.01
    md = plan.to_markdown()
    assert "No budget applied: the cost of the sends is" in md and "Total budget" not in md
    assert "no budget applied, send cost" in plan.summary()
    fields = str(plan_to_slack_blocks(plan))
    assert "Send cost (no budget applied)" in fields
    assert "the cost of the sends (no budget applied)" in check_spend(plan).details or check_spend(plan).status == "warn"


def test_a_budget_from_the_request_is_the_total() -> None:
    plan = _plan(20000.0)  # the sample evidence's brief budget
    assert not plan.budget.sized_to_sends and plan.budget.total.value == 20000.0
    assert "Total budget **$20,000**" in plan.to_markdown()


def test_the_chinese_plan_says_no_budget_was_applied() -> None:
    plan = _plan(None, "给半年没下单的越野跑鞋客户发邮件和短信召回")
    md = plan.to_markdown()
    assert "未采用预算：发送成本为" in md and "总预算" not in md
    assert "需求中没有可采用的预算" in md


def test_a_passing_plan_with_warnings_says_so_in_its_header() -> None:
    plan = _plan(20000.0)
    warn = CheckResult(name="spend", status="warn", target="budget", details="The budget is above the forecast revenue.")
    ok = CheckResult(name="claims", status="pass", details="ok")
    header = plan.model_copy(update={"checks": [ok, warn]}).to_markdown().splitlines()[2]
    assert "passed all checks" in header and "1 warning(s)" in header
    assert "warning" not in plan.model_copy(update={"checks": [ok]}).to_markdown().splitlines()[2]
