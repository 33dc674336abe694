"""Shared fixtures: a small seeded demo workspace, trained once per test session.

Real language-model requests are blocked unless a test is marked ``llm``
(``COPILOT_ALLOW_MODEL_REQUESTS`` is read by ``copilot.llm.providers.make_chat_model``).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from copilot.deps import Deps
from copilot.settings import load_settings
from copilot.workspace import Workspace, open_workspace

SMALL_CUSTOMERS = 2_000
SEED = 7
_FAILED = pytest.StashKey[bool]()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[pytest.TestReport]:
    report: pytest.TestReport = yield
    if report.failed:
        item.stash[_FAILED] = True
    return report


@pytest.fixture(autouse=True)
def _free_tmp_path(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[None]:
    """Remove a passed test's tmp_path (a workspace copy is ~25 MB; ~3,400 tests kept them all, ~10 GB,
    enough to fill a CI machine's disk mid-run). A failed test's tmp_path is kept to look at.

    The emptied directory itself stays: pytest numbers a test's directory after the highest one that
    exists, so a removed one's path would be given to the next test of the same name, and Chroma keeps
    an open database per path in the process ("attempt to write a readonly database" in CI, stop 34)."""
    yield
    if not request.node.stash.get(_FAILED, False):
        for child in tmp_path.iterdir():
            if child.is_dir() and not child.is_symlink():
                shutil.rmtree(child, ignore_errors=True)
            else:
                child.unlink(missing_ok=True)


@pytest.fixture(autouse=True)
def _block_model_requests(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    allowed = request.node.get_closest_marker("llm") is not None
    monkeypatch.setenv("COPILOT_ALLOW_MODEL_REQUESTS", "1" if allowed else "0")
    # Keep tests away from any key in the developer's environment.
    for key in ("OPENAI_API_KEY", "SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET"):
        if not allowed:
            monkeypatch.delenv(key, raising=False)


@pytest.fixture(scope="session")
def small_workspace_template(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    """A seeded demo workspace with SMALL_CUSTOMERS customers (built once, never modified)."""
    from copilot.data.demo import build_demo_workspace

    ws = open_workspace(tmp_path_factory.mktemp("template") / "ws")
    build_demo_workspace(ws, seed=SEED, n_customers=SMALL_CUSTOMERS)
    return ws


@pytest.fixture(scope="session")
def trained_workspace_template(small_workspace_template: Workspace, tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    """The small demo workspace with every model trained (built once, never modified)."""
    from copilot.tools.training import train_all

    root = tmp_path_factory.mktemp("trained") / "ws"
    shutil.copytree(small_workspace_template.root, root)
    ws = open_workspace(root)
    train_all(Deps(settings=load_settings(ws.root), workspace=ws))
    return ws


def _copy(template: Workspace, dest: Path) -> Workspace:
    shutil.copytree(template.root, dest)
    return open_workspace(dest)


@pytest.fixture
def small_workspace(small_workspace_template: Workspace, tmp_path: Path) -> Workspace:
    """A private copy of the small demo workspace (untrained) that a test may change."""
    return _copy(small_workspace_template, tmp_path / "ws")


@pytest.fixture
def trained_workspace(trained_workspace_template: Workspace, tmp_path: Path) -> Workspace:
    """A private copy of the trained small demo workspace that a test may change."""
    return _copy(trained_workspace_template, tmp_path / "ws")


@pytest.fixture
def deps(trained_workspace: Workspace) -> Iterator[Deps]:
    """Deps over a private trained workspace (no chat model: tests inject the scripted one)."""
    old = os.environ.get("COPILOT_WORKSPACE")
    os.environ["COPILOT_WORKSPACE"] = str(trained_workspace.root)
    try:
        yield Deps(settings=load_settings(trained_workspace.root), workspace=trained_workspace)
    finally:
        if old is None:
            os.environ.pop("COPILOT_WORKSPACE", None)
        else:
            os.environ["COPILOT_WORKSPACE"] = old

