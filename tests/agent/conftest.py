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
