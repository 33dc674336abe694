"""Lifecycle fixtures: the planner's trained demo workspace (knowledge ingested), copied per test, with
a clock after the demo data's last order, so a plan's window lies beyond the imported history."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fakes import ScriptedChatModel
from planner.conftest import planner_workspace_template  # noqa: F401 - a fixture, shared with the planner
from planner.helpers import scripted_copy

from copilot.deps import Deps
from copilot.lifecycle.api import Approved, approve
from copilot.planner.plan_schema import CampaignPlan
from copilot.planner.workflow import run_plan
from copilot.settings import load_settings
from copilot.workspace import Workspace, open_workspace

#: The demo data ends on 2026-10-31: plans drafted "now" start a week later, after the history.
NOW = datetime(2026, 11, 5, 9, 0, tzinfo=UTC)
#: After the window of a plan drafted at NOW (start + 3 weeks + 7 attribution days).
LATER = datetime(2027, 1, 10, 9, 0, tzinfo=UTC)
BRIEF = "Win back lapsed high-value trail runners, email and SMS, $20k"


@pytest.fixture
def loop_root(planner_workspace_template: Workspace, tmp_path: Path) -> Path:  # noqa: F811
    root = tmp_path / "ws"
    shutil.copytree(planner_workspace_template.root, root)
    return root


@pytest.fixture
def loop_deps(loop_root: Path, monkeypatch: pytest.MonkeyPatch) -> Deps:
    monkeypatch.setenv("COPILOT_WORKSPACE", str(loop_root))
    ws = open_workspace(loop_root)
    return Deps(settings=load_settings(ws.root), workspace=ws, clock=lambda: NOW)


def later(deps: Deps) -> Deps:
    """The same workspace, read after the campaign's window."""
    return Deps(settings=deps.settings, workspace=deps.workspace, clock=lambda: LATER)


def draft(deps: Deps, brief: str = BRIEF) -> CampaignPlan:
    """A plan drafted with THE scripted model (copy, and a repair round if a check asks for one)."""
    return run_plan(deps, brief, chat_model=ScriptedChatModel(script=[scripted_copy(), scripted_copy()])).plan


@pytest.fixture
def approved(loop_deps: Deps) -> Approved:
    plan = draft(loop_deps)
    return approve(loop_deps, plan.plan_id, "maria", force=not plan.passed)
