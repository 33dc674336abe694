"""An offer the brief asks for goes to every recipient: the default A/B test no longer withholds it from half the
audience ("15% off with code LAYERUP" had planned A = with the offer, B = without it). An offer the planner chose
itself is still tested with against without."""

from __future__ import annotations

from fakes import ScriptedChatModel
from planner.helpers import scripted_copy

from copilot.deps import Deps
from copilot.planner.workflow import run_plan


def test_the_briefs_offer_reaches_both_arms(plan_deps: Deps) -> None:
    model = ScriptedChatModel(script=[scripted_copy()])
    plan = run_plan(plan_deps, "Win back lapsed customers with 15% off, email only, $2,000", chat_model=model).plan
    assert plan.offer is not None and plan.offer.depth_pct == 15
    assert plan.ab_test is not None and plan.ab_test.element != "offer"
    emails = [v for v in plan.copy_variants if v.channel == "email"]
    assert len(emails) == 2 and all("15%" in v.body for v in emails)


def test_an_offer_the_planner_chose_is_still_tested(plan_deps: Deps) -> None:
    model = ScriptedChatModel(script=[scripted_copy()])
    plan = run_plan(plan_deps, "Win back lapsed customers, email only, $2,000", chat_model=model).plan
    assert plan.offer is not None  # a win-back's default offer
    assert plan.ab_test is not None and plan.ab_test.element == "offer"
