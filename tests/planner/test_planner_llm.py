"""The demo brief end to end with the real embedded model (marked ``llm``: slow, run in CI on purpose).

Uses the fast 0.5B model; the plan must pass all of its checks after the one repair round.
"""

from __future__ import annotations

import pytest

from copilot.deps import Deps
from copilot.planner.checks import check_plan_figures
from copilot.planner.workflow import run_plan
from copilot.settings import load_settings

DEMO_BRIEF = "Win back lapsed high-value trail runners this spring, email and SMS, $20k"


@pytest.mark.llm
@pytest.mark.slow
def test_demo_brief_with_the_embedded_model(plan_deps: Deps) -> None:
    deps = Deps(
        settings=load_settings(plan_deps.workspace.root, model="local:qwen2.5-coder-0.5b"),
        workspace=plan_deps.workspace,
        clock=plan_deps.clock,
    )
    result = run_plan(deps, DEMO_BRIEF)
    plan = result.plan
    failed = [f"{c.name} {c.target}: {c.details}" for c in plan.failed_checks]
    assert plan.passed, failed
    assert check_plan_figures(plan).status == "pass"
    assert 1 <= plan.ledger.llm_calls <= 2  # the copy, and at most one repair
    assert {v.key for v in plan.copy_variants} == {"email.A", "email.B", "sms.A", "sms.B"}
    for v in plan.copy_variants:
        for fid in v.fact_ids:
            assert plan.evidence.fact(fid) is not None
