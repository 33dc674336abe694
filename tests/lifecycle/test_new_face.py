"""A new face costs its own module and one registration line, and no edit to the core (issue #16).

The face below is written here, not in copilot/: a small JSON face over the command line that drafts,
lists, shows, approves and reads out plans. It imports only the core API (``copilot.core``,
``copilot.lifecycle``) and is registered on the CLI root the way ``copilot/faces/cli/main.py`` registers
each command module (``module.register(app)``). Everything it prints comes from the core's own formats
(``model_dump``, ``to_markdown``, ``sentence``); THE scripted model writes the copy.
"""

from __future__ import annotations

import ast
import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from fakes import ScriptedChatModel
from lifecycle.conftest import BRIEF
from planner.helpers import scripted_copy
from typer.testing import CliRunner

from copilot.deps import Deps
from copilot.faces.cli import main
from copilot.lifecycle import api
from copilot.settings import load_settings
from copilot.workspace import open_workspace

FACE = '''"""Plans as JSON, one document per command: a face over copilot's core API only."""

from __future__ import annotations

import json
from typing import Any

import typer

from copilot import core
from copilot.lifecycle import api


def _emit(value: Any) -> None:
    typer.echo(json.dumps(value, default=str))


def register(app: typer.Typer) -> None:
    face = typer.Typer(help="Plans as JSON.", no_args_is_help=True)
    app.add_typer(face, name="json")

    @face.command("draft")
    def draft(ctx: typer.Context, brief: str) -> None:
        result = core.draft_plan(ctx.obj.deps(), brief)
        _emit({"plan_id": result.plan.plan_id, "passed": result.plan.passed})

    @face.command("list")
    def list_plans(ctx: typer.Context) -> None:
        deps = ctx.obj.deps()
        _emit([{**info.model_dump(mode="json"), "status": api.status(deps, api.show(deps, info.plan_id))}
               for info in api.list_plans(deps)])

    @face.command("show")
    def show(ctx: typer.Context, plan_id: str) -> None:
        plan = api.show(ctx.obj.deps(), plan_id)
        _emit({"markdown": plan.to_markdown(), "plan": plan.model_dump(mode="json")})

    @face.command("approve")
    def approve(ctx: typer.Context, plan_id: str, by: str = typer.Option(...), force: bool = False) -> None:
        _emit({"sentence": api.approve(ctx.obj.deps(), plan_id, by, force=force).sentence()})

    @face.command("readout")
    def readout(ctx: typer.Context, plan_id: str) -> None:
        _emit(api.readout(ctx.obj.deps(), plan_id).model_dump(mode="json"))
'''

CORE_API = {"copilot.core", "copilot.lifecycle"}

runner = CliRunner()


def _load_face(folder: Path) -> ModuleType:
    path = folder / "jsonface.py"
    path.write_text(FACE, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("jsonface", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _copilot_imports(source: str) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module if node.module != "copilot" else "copilot." + node.names[0].name)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name for name in found if name.split(".")[0] == "copilot"}


@pytest.fixture
def scripted(monkeypatch: pytest.MonkeyPatch) -> ScriptedChatModel:
    """Every chat model the CLI builds is THE scripted model, answering copy requests."""
    model = ScriptedChatModel(script=[scripted_copy() for _ in range(2)])
    monkeypatch.setattr("copilot.llm.providers.make_chat_model", lambda *_a, **_k: model)
    return model


def test_the_face_imports_only_the_core_api() -> None:
    assert _copilot_imports(FACE) == CORE_API


def test_a_new_face_drafts_lists_shows_approves_and_reads_out_through_the_core_api(
    loop_root: Path, scripted: ScriptedChatModel, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    face = _load_face(tmp_path)
    monkeypatch.setattr(main.app, "registered_groups", list(main.app.registered_groups))  # undone after
    face.register(main.app)  # the one line a face adds to copilot/faces/cli/main.py

    def run(*args: str) -> Any:
        result = runner.invoke(main.app, ["--workspace", str(loop_root), "json", *args], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)

    drafted = run("draft", BRIEF)
    plan_id = drafted["plan_id"]
    listed = run("list")
    assert [(p["plan_id"], p["status"]) for p in listed] == [(plan_id, "draft")]

    shown = run("show", plan_id)
    assert shown["plan"]["plan_id"] == plan_id and shown["plan"]["copy_variants"]
    assert shown["markdown"].startswith("# ") and plan_id in shown["markdown"]

    approved = run("approve", plan_id, "--by", "maria", *([] if drafted["passed"] else ["--force"]))
    assert f"Plan {plan_id} approved by maria" in approved["sentence"]
    assert "Nothing has been sent" in approved["sentence"]
    assert [p["status"] for p in run("list")] == ["approved"]

    deps = Deps(settings=load_settings(loop_root), workspace=open_workspace(loop_root))
    api.simulate(deps, plan_id, seed=5)  # the campaign's results arrive in the workspace
    readout = run("readout", plan_id)
    assert readout["plan_id"] == plan_id
    lift = readout["lift"]["conversion_cuped"]["diff"]
    assert lift["low"] < lift["value"] < lift["high"]
    assert {ch["channel"] for ch in readout["channels"]} == {ch["channel"] for ch in shown["plan"]["channels"]}
    assert [p["status"] for p in run("list")] == ["read out"]
    assert scripted.requests  # the copy was written by the model the face's core call built
