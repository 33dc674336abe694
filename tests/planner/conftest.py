"""Planner fixtures: the sample plan (assembled by the planner from written tool reports; no models
needed) and a trained demo workspace with the demo knowledge base for the workflow tests (real tools,
real knowledge base, scripted model)."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

import pytest
from planner.helpers import SENDER, make_plan

from copilot.data.catalog import build_catalog
from copilot.deps import Deps
from copilot.knowledge.ingest import ingest_paths
from copilot.planner.checks import Sender
from copilot.planner.plan_schema import CampaignPlan
from copilot.settings import load_settings
from copilot.workspace import Workspace, open_workspace


@pytest.fixture
def sender() -> Sender:
    return SENDER


@pytest.fixture
def sample_plan() -> CampaignPlan:
    return make_plan()


# --------------------------------------------------------------------------------------------
# a trained demo workspace with the demo knowledge ingested (session template, per-test copy)
# --------------------------------------------------------------------------------------------

FIXED_NOW = datetime(2025, 1, 15, 9, 0, tzinfo=UTC)


#: Product documents ingested for the workflow tests: the categories the test briefs are about (the
#: whole demo knowledge takes minutes to embed on a busy 2-core machine).
KNOWLEDGE_CATEGORIES = ("trail-running-shoes",)


@pytest.fixture(scope="session")
def planner_workspace_template(
    trained_workspace_template: Workspace, tmp_path_factory: pytest.TempPathFactory
) -> Workspace:
    """The trained small demo workspace plus the guides and the trail-running-shoe documents in its
    knowledge base (built once, never modified)."""
    root = tmp_path_factory.mktemp("planner") / "ws"
    shutil.copytree(trained_workspace_template.root, root)
    ws = open_workspace(root)
    sources = Path(str(resources.files("copilot.knowledge.sources")))
    docs = [sources / "brand_voice.md", sources / "compliance.md"]
    docs += [
        sources / "products" / f"{p.product_id}.md"
        for p in build_catalog()
        if p.category in KNOWLEDGE_CATEGORIES
    ]
    report = ingest_paths(Deps(settings=load_settings(ws.root), workspace=ws), docs)
    assert not report.failed, report.failed
    return ws


@pytest.fixture
def plan_deps(planner_workspace_template: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Deps:
    """Deps over a private copy of that workspace, with a fixed clock (no chat model: inject one)."""
    root = tmp_path / "ws"
    shutil.copytree(planner_workspace_template.root, root)
    monkeypatch.setenv("COPILOT_WORKSPACE", str(root))
    ws = open_workspace(root)
    return Deps(settings=load_settings(ws.root), workspace=ws, clock=lambda: FIXED_NOW)
