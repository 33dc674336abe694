"""Openers that fit the plan's season and objective (issue #13): a December socks cross-sell opened
"Missed the trails this winter?" with preheader "Ready for muddy spring trails?" and B's subject
"Last days before December 29?" (seen in benchmarks/results/copy.md)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from fakes import ScriptedChatModel
from planner.helpers import SENDER, make_plan, scripted_copy

from copilot.deps import Deps
from copilot.planner.copy_compose import urgency_opening
from copilot.planner.copy_occasion import OPENINGS, occasion_openings, occasion_problems, window_seasons
from copilot.planner.copywriter import copy_context
from copilot.planner.lint import lint_context, lint_text
from copilot.planner.workflow import run_plan

DECEMBER = window_seasons(date(2025, 12, 1), date(2025, 12, 29))


def test_a_december_plan_may_name_winter_and_autumn_not_spring() -> None:
    assert {"autumn", "winter"} == DECEMBER
    assert occasion_problems("Ready for muddy spring trails?", seasons=DECEMBER, objective="cross_sell")
    assert not occasion_problems("Ready for winter trails?", seasons=DECEMBER, objective="cross_sell")
    assert occasion_problems("夏季新品来了吗？", seasons=DECEMBER, objective="launch")


def test_last_season_is_fine_in_a_spring_win_back() -> None:
    march = window_seasons(date(2025, 3, 1), date(2025, 3, 21))
    assert not occasion_problems("Missed the trails this winter?", seasons=march, objective="winback")


@pytest.mark.parametrize("objective", ["cross_sell", "launch", "acquisition", "seasonal", "clearance"])
def test_lapsed_framing_only_in_a_win_back(objective: str) -> None:
    (problem,) = occasion_problems("Missed the trails this winter?", seasons=DECEMBER, objective=objective)
    assert "lapsed" in problem
    assert not occasion_problems("Don't miss out on the season?", seasons=DECEMBER, objective=objective)
    assert not occasion_problems("Missed the trails this winter?", seasons=DECEMBER, objective="winback")


@pytest.mark.parametrize("objective", sorted(OPENINGS))
@pytest.mark.parametrize("month", range(1, 13))
def test_code_openings_fit_every_objective_and_month(objective: str, month: int) -> None:
    start = date(2025, month, 3)
    q, intro = occasion_openings(objective, start)
    seasons = window_seasons(start, date(2025, month, 24))
    for text in (q, intro):
        assert text.endswith("?") and "{" not in text
        assert occasion_problems(text, seasons=seasons, objective=objective) == []


def test_the_linter_flags_the_contradictions_and_the_urgency_opening_is_no_last_day() -> None:
    plan = make_plan()  # a spring win-back in March
    plan = plan.model_copy(
        update={
            "brief": plan.brief.model_copy(update={"objective": "cross_sell"}),
            "start_date": date(2025, 12, 1),
            "end_date": date(2025, 12, 29),
        }
    )
    ctx = lint_context(plan, SENDER)
    assert [f.rule for f in lint_text("preheader", "Ready for muddy spring trails?", ctx)] == ["occasion"]
    assert [f.rule for f in lint_text("intro", "Missed the trails this winter?", ctx)] == ["occasion"]
    copy = copy_context(plan, sender=SENDER, tone="warm", banned=[])
    assert urgency_opening(copy) == "Want yours before December 29?"
    assert lint_text("subject", urgency_opening(copy), ctx) == []


def test_a_cross_sell_plan_replaces_the_models_lapsed_opener(plan_deps: Deps) -> None:
    brief = "Cross-sell trail running shoes to customers who bought socks, email and SMS, $5k"
    base = scripted_copy()

    def lapsed(messages: list[Any], kwargs: dict[str, Any]) -> dict[str, Any]:
        """The scripted copy with the model's lapsed-customer opener in every email."""
        out = base(messages, kwargs)
        for key, value in out.items():
            for draft in value if isinstance(value, list) else [value]:
                if key.startswith("email") and isinstance(draft, dict) and "intro" in draft:
                    draft["intro"] = "Missed the trails this winter?"
        return out

    model = ScriptedChatModel(script=[lapsed, lapsed])  # the copy, then its repair: the opener twice
    plan = run_plan(plan_deps, brief, chat_model=model).plan
    assert plan.brief.objective == "cross_sell"
    assert plan.passed, [c.details for c in plan.failed_checks]
    for v in plan.copy_variants:
        assert "Missed" not in " ".join(v.parts().values())
    email = next(v for v in plan.copy_variants if v.key == "email.A")
    assert occasion_openings("cross_sell", plan.start_date)[1] in email.body


def test_code_preheader_never_names_a_product_with_a_number() -> None:
    """'Explore the Nimbus Bag 20.' is a claim to the claim checker (a number): ten benchmark plans failed."""
    from copilot.knowledge.claims import is_non_claim, split_claims
    from copilot.planner.copy_compose import fallback_piece

    ctx = copy_context(make_plan(), sender=SENDER, tone="warm", banned=[])
    for product in ("Nimbus Bag 20", "Wildfern Tent 2P", "Granite No-Show"):
        text = fallback_piece("email", "preheader", ctx, product)
        assert len(text) >= 40 and all(is_non_claim(s) for s in split_claims(text)), text
