"""Fixtures for agent tests: tiny typed tools and Deps over an empty workspace (no demo data)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from fakes.tiny_tools import CALLS, NOTE_TEXT, CallLog, read_note, segment_size

from copilot.agent.toolset import Tool
from copilot.deps import Deps
from copilot.settings import load_settings
from copilot.workspace import open_workspace


@pytest.fixture
def tiny_tools() -> list[Tool]:
    CALLS.calls.clear()
    NOTE_TEXT.pop("injected", None)
    return [Tool.from_function(segment_size), Tool.from_function(read_note)]


@pytest.fixture
def call_log() -> CallLog:
    return CALLS


@pytest.fixture
def tiny_deps(tmp_path: Path) -> Deps:
    """Deps over an empty workspace with a fixed clock (no chat model: tests inject one)."""
    ws = open_workspace(tmp_path / "ws")
    ws.create()
    fixed = datetime(2025, 3, 14, 9, 30, tzinfo=UTC)
    return Deps(settings=load_settings(ws.root), workspace=ws, clock=lambda: fixed)


@pytest.fixture(scope="session")
def agent_workspace_template(trained_workspace_template, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The trained small demo workspace plus the demo knowledge base (built once, never modified)."""
    import shutil

    from copilot.knowledge.ingest import ingest_demo_knowledge

    root = tmp_path_factory.mktemp("agent") / "ws"
    shutil.copytree(trained_workspace_template.root, root)
    ws = open_workspace(root)
    ingest_demo_knowledge(Deps(settings=load_settings(ws.root), workspace=ws))
    return ws


@pytest.fixture
def real_deps(agent_workspace_template, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Deps:  # type: ignore[no-untyped-def]
    """Deps over a private copy of the trained + knowledge workspace, fixed clock, no chat model."""
    import shutil

    root = tmp_path / "real"
    shutil.copytree(agent_workspace_template.root, root)
    monkeypatch.setenv("COPILOT_WORKSPACE", str(root))
    ws = open_workspace(root)
    fixed = datetime(2025, 2, 20, 9, 0, tzinfo=UTC)
    return Deps(settings=load_settings(ws.root), workspace=ws, clock=lambda: fixed)
