"""Fixtures for the faces: a planner-ready workspace (trained + demo knowledge) and the scripted copy.

The planner suite already builds that workspace (tests/planner/conftest.py) and the scripted copy
replies (tests/planner/helpers.py); the faces reuse them rather than growing their own.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fakes import ScriptedChatModel
from planner.conftest import planner_workspace_template  # noqa: F401 - a fixture, shared with the planner

from copilot.workspace import Workspace


@pytest.fixture
def ready_root(planner_workspace_template: Workspace, tmp_path: Path) -> Path:  # noqa: F811
    """A private copy of the trained demo workspace with its knowledge ingested (for `--workspace`)."""
    root = tmp_path / "ready"
    shutil.copytree(planner_workspace_template.root, root)
    return root


@pytest.fixture
def use_model(monkeypatch: pytest.MonkeyPatch) -> Callable[..., ScriptedChatModel]:
    """Make every chat model the CLI builds THE scripted model with ``script`` (returns it)."""

    def install(*script: Any, **options: Any) -> ScriptedChatModel:
        model = ScriptedChatModel(script=list(script), **options)
        monkeypatch.setattr("copilot.llm.providers.make_chat_model", lambda *_a, **_k: model)
        return model

    return install
