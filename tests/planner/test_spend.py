"""Spend and scheduled sends: the spend check warns with the numbers and a recommended budget, and is
rendered beside the budget (Markdown, HTML, JSON); a plan's forecast and cost count every scheduled send."""

from __future__ import annotations

import json

import pytest
from fakes.scripted_model import ScriptedChatModel
from planner.helpers import scripted_copy

from copilot.deps import Deps
from copilot.planner.checks import check_spend, recommended_spend
from copilot.planner.plan_schema import CampaignPlan
from copilot.planner.workflow import run_plan
from copilot.tools.forecast_sends import effective_sends

DEMO_BRIEF = "Win back lapsed high-value trail runners this spring, email and SMS, $20k"


def _with_budget(plan: CampaignPlan, amount: float) -> CampaignPlan:
    total = plan.budget.total.model_copy(update={"value": amount})
    return plan.model_copy(update={"budget": plan.budget.model_copy(update={"total": total})})


def test_a_budget_above_the_forecast_revenue_is_a_warning_with_the_numbers(sample_plan: CampaignPlan) -> None:
    # the sample plan: $20,000 against $4,190 ($2,933-$5,447) forecast revenue; sends cost 9.09 + 38.70
    c = check_spend(sample_plan)
    assert (c.name, c.status, c.target) == ("spend", "warn", "budget")
    assert "The budget $20,000 is 4.8x the forecast revenue $4,190 ($2,933–$5,447)" in c.details
    assert "a return of 0.21x; 0.27x even at the high end" in c.details
    assert "The scheduled sends cost $47.79; a budget of at most $4,190 keeps the forecast return at 1x" in c.details
    assert recommended_spend(sample_plan) == pytest.approx(4190.0)


def test_a_budget_the_forecast_covers_passes(sample_plan: CampaignPlan) -> None:
    c = check_spend(_with_budget(sample_plan, 4000.0))
    assert c.status == "pass" and "1.05x the budget $4,000" in c.details


def test_sends_costing_more_than_the_revenue_recommend_their_cost(sample_plan: CampaignPlan) -> None:
    ch = sample_plan.channels[0]
    dear = ch.model_copy(update={"cost": ch.cost.model_copy(update={"value": 5000.0})})
    plan = sample_plan.model_copy(update={"channels": [dear, *sample_plan.channels[1:]]})
    c = check_spend(plan)
    assert c.status == "warn" and "Even the scheduled sends ($5,039) cost more than the forecast revenue" in c.details
    assert recommended_spend(plan) == pytest.approx(5038.7)


def test_the_warning_is_shown_beside_the_budget_in_every_format(sample_plan: CampaignPlan) -> None:
    plan = sample_plan.model_copy(update={"checks": [check_spend(sample_plan)]})
    md = plan.to_markdown()
    budget_section = md.split("## Channels and budget", 1)[1].split("## Forecast", 1)[0]
    assert "⚠️ **Spend**: The budget $20,000 is 4.8x the forecast revenue" in budget_section
    html = plan.to_html()
    assert 'class="warnbox st-warn"' in html and "a budget of at most $4,190" in html
    checks = json.loads(plan.model_dump_json())["checks"]
    assert [(c["name"], c["status"]) for c in checks] == [("spend", "warn")]
    calm = _with_budget(sample_plan, 4000.0)
    calm = calm.model_copy(update={"checks": [check_spend(calm)]})
    assert "**Spend**" not in calm.to_markdown() and "warnbox st-warn" not in calm.to_html()


def test_forecast_and_cost_count_every_scheduled_send(plan_deps: Deps) -> None:
    plan = run_plan(plan_deps, DEMO_BRIEF, chat_model=ScriptedChatModel(script=[scripted_copy()])).plan
    one = {c["channel"]: c for c in plan.evidence.items["forecast"].output["per_channel"]}
    for c in plan.channels:
        n = sum(1 for s in plan.schedule if s.channel == c.channel)
        d = one[c.channel]["follow_up"]
        assert c.sends == n >= 1
        assert c.cost.value == pytest.approx(round(one[c.channel]["cost"] * n, 2))
        worth = effective_sends(n, d["value"])
        assert c.expected_conversions.value == pytest.approx(one[c.channel]["expected_conversions"] * worth, abs=1e-5)
        assert c.expected_revenue.high == pytest.approx(
            one[c.channel]["expected_revenue_high"] * effective_sends(n, d["high"]), abs=1e-5
        )
        if n > 1:  # later sends add less than the first
            assert one[c.channel]["expected_conversions"] < c.expected_conversions.value
            assert c.expected_conversions.value < n * one[c.channel]["expected_conversions"] + 1e-9
    assert plan.forecast.revenue.value == pytest.approx(sum(c.expected_revenue.value for c in plan.channels), abs=1e-4)
    assert plan.forecast.roi is not None
    assert plan.forecast.roi.value == pytest.approx(plan.forecast.revenue.value / plan.budget.total.value, abs=1e-4)
    # incremental revenue: each end of the forecast's incremental conversions scaled by the same end's
    # scheduled-to-one-send ratio
    fc = plan.evidence.items["forecast"].output
    inc = plan.forecast.incremental_revenue
    assert inc is not None and inc.low is not None and plan.forecast.conversions.low is not None
    ratio_low = plan.forecast.conversions.low / fc["total_conversions_low"]
    assert inc.low == pytest.approx(fc["incremental_conversions_low"] * ratio_low * fc["expected_aov"], rel=1e-5)
    assert "Forecast and cost count every scheduled send" in plan.forecast.method
    assert any("each later send" in n for n in plan.forecast.notes)
    by_name = {c.name: c for c in plan.checks}
    assert by_name["figures"].status == "pass"
    assert by_name["spend"].status == ("warn" if plan.forecast.revenue.value < plan.budget.total.value else "pass")
