"""`copilot plan` on the demo brief end to end with the real embedded model (marked ``llm``: slow,
run in CI on purpose).

Uses the default embedded model (``COPILOT_MODEL=local`` -> ``DEFAULT_LOCAL_MODEL``) through the
CLI; the plan must pass every one of its checks after the one repair round, cite a stored fact for
every product claim and trace every number.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from copilot.deps import Deps
from copilot.llm.local import DEFAULT_LOCAL_MODEL
from copilot.planner.checks import check_plan_figures, numbers_in
from copilot.planner.plan_schema import CampaignPlan
from copilot.planner.review import plan_allowed_numbers, review_context
from copilot.planner.store import load_plan

DEMO_BRIEF = "Win back lapsed high-value trail runners this spring, email and SMS, $20k"


@pytest.mark.llm
@pytest.mark.slow
def test_demo_brief_with_the_embedded_model(plan_deps: Deps) -> None:
    root = plan_deps.workspace.root
    # `copilot plan` as a user runs it: its own process, the default model, no key, no network
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            "from copilot.faces.cli.main import run; run()",
            *("--workspace", str(root), "plan", DEMO_BRIEF, "--format", "json", "--model", "local"),
        ],
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )
    assert proc.stdout.strip(), proc.stderr[-3000:]
    printed = CampaignPlan.model_validate(json.loads(proc.stdout))
    plan = load_plan(plan_deps, printed.plan_id)
    failed = [f"{c.name} {c.target}: {c.details}" for c in plan.failed_checks]
    assert proc.returncode == 0, (failed, proc.stderr[-3000:])
    assert plan.passed, failed
    assert plan.model.endswith(DEFAULT_LOCAL_MODEL)
    assert 1 <= plan.ledger.llm_calls <= 2  # the copy, and at most one repair
    # every number in the plan traces to evidence
    assert check_plan_figures(plan).status == "pass"
    assert {v.key for v in plan.copy_variants} == {"email.A", "email.B", "sms.A", "sms.B"}
    checks = {(c.name, c.target): c.status for c in plan.checks}
    allowed = plan_allowed_numbers(plan, review_context(plan_deps).sender)
    for v in plan.copy_variants:
        assert checks[("claims", v.key)] == "pass" and checks[("numbers", v.key)] == "pass"
        # every featured claim cites a stored fact and is in the copy word for word
        assert v.citations, v.key
        text = " ".join(v.parts().values())
        for c in v.citations:
            assert c.fact_ids and all(plan.evidence.fact(f) is not None for f in c.fact_ids)
        for fid in v.fact_ids:
            assert plan.evidence.fact(fid) is not None
        assert any(c.claim in text for c in v.citations)
        assert all(round(val, 2) in allowed for _, val in numbers_in(text)), text
