"""Fixtures for the knowledge-base tests: real Chroma, real offline embedding model, no network.

* ``kb``: an empty embedded store in a fresh folder, per test.
* ``demo_kb_template``: the small demo workspace with the demo knowledge (every product document,
  both guides and the review insights) ingested once per session; never modified.
* ``demo_deps``: Deps over a private copy of it.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from copilot.deps import Deps
from copilot.knowledge.ingest import IngestReport, ingest_demo_knowledge
from copilot.knowledge.store import KnowledgeBase
from copilot.settings import load_settings
from copilot.workspace import Workspace, open_workspace


def make_deps(root: Path, **overrides: object) -> Deps:
    ws = open_workspace(root)
    return Deps(settings=load_settings(ws.root, **overrides), workspace=ws)


@pytest.fixture
def empty_ws(tmp_path: Path) -> Workspace:
    ws = open_workspace(tmp_path / "ws")
    ws.create()
    return ws


@pytest.fixture
def kb(empty_ws: Workspace) -> KnowledgeBase:
    """An empty embedded knowledge base (a new folder per test)."""
    return KnowledgeBase.open(load_settings(empty_ws.root), empty_ws)


@pytest.fixture(scope="session")
def demo_kb_template(
    small_workspace_template: Workspace, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Workspace, IngestReport]:
    """The small demo workspace with the demo knowledge ingested (built once, never modified)."""
    root = tmp_path_factory.mktemp("kb") / "ws"
    shutil.copytree(small_workspace_template.root, root)
    deps = make_deps(root)
    report = ingest_demo_knowledge(deps)
    return deps.workspace, report


@pytest.fixture(scope="session")
def demo_deps_shared(demo_kb_template: tuple[Workspace, IngestReport]) -> Deps:
    """Read-only Deps over the session's demo knowledge base (tests must not write to it)."""
    return make_deps(demo_kb_template[0].root)


@pytest.fixture
def demo_deps(demo_kb_template: tuple[Workspace, IngestReport], tmp_path: Path) -> Iterator[Deps]:
    """Deps over a private copy of the demo workspace + knowledge base (a test may change it)."""
    root = tmp_path / "demo"
    shutil.copytree(demo_kb_template[0].root, root)
    yield make_deps(root)
