"""The whole loop through the CLI on a fresh copy of the demo workspace (THE scripted model writes the copy):
plan -> plans approve -> plans export -> demo simulate-results -> plans readout -> train -> the next plan
says its forecast was calibrated."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fakes import ScriptedChatModel
from lifecycle.conftest import BRIEF
from planner.helpers import scripted_copy
from typer.testing import CliRunner

from copilot.deps import Deps
from copilot.faces.cli.main import app
from copilot.lifecycle import api
from copilot.settings import load_settings
from copilot.workspace import open_workspace

runner = CliRunner()


def cli(root: Path, *args: str) -> Any:
    return runner.invoke(app, ["--workspace", str(root), *args], catch_exceptions=False)


@pytest.fixture
def scripted(monkeypatch: pytest.MonkeyPatch) -> ScriptedChatModel:
    """Every chat model the CLI builds is THE scripted model, answering copy requests."""
    model = ScriptedChatModel(script=[scripted_copy() for _ in range(6)])
    monkeypatch.setattr("copilot.llm.providers.make_chat_model", lambda *_a, **_k: model)
    return model


def test_the_loop_closes_through_the_cli(loop_root: Path, scripted: ScriptedChatModel) -> None:
    deps = Deps(settings=load_settings(loop_root), workspace=open_workspace(loop_root))
    first = cli(loop_root, "plan", BRIEF)
    assert first.exit_code in (0, 1), first.output
    plan_id = api.list_plans(deps)[0].plan_id
    passed = api.list_plans(deps)[0].passed

    listed = cli(loop_root, "plans", "list")
    assert plan_id in listed.stdout and "draft" in listed.stdout

    # readout before approval: one sentence, exit 2
    early = cli(loop_root, "plans", "readout", plan_id)
    assert early.exit_code == 2 and "never approved" in early.stderr

    approve = cli(loop_root, "plans", "approve", plan_id, "--by", "maria", *([] if passed else ["--force"]))
    assert approve.exit_code == 0, approve.output
    assert "approved by maria" in approve.stdout and "Nothing has been sent" in approve.stdout

    # the window's orders are not imported yet: exit 3 naming the import command
    missing = cli(loop_root, "plans", "readout", plan_id)
    assert missing.exit_code == 3 and "copilot data import" in missing.stderr

    export = cli(loop_root, "plans", "export", plan_id)
    assert export.exit_code == 0, export.output
    folder = loop_root / "plans" / plan_id / "export"
    assert {p.name for p in folder.iterdir()} >= {"email.csv", "email.parquet", "sms.csv", "sms.parquet",
                                                  "suppression_holdout.csv", "suppression_holdout.parquet"}

    sim = cli(loop_root, "demo", "simulate-results", plan_id, "--seed", "5")
    assert sim.exit_code == 0, sim.output
    assert "SYNTHETIC" in sim.stdout
    again = cli(loop_root, "demo", "simulate-results", plan_id)
    assert again.exit_code == 2 and "already in the workspace" in again.stderr

    readout = cli(loop_root, "plans", "readout", plan_id)
    assert readout.exit_code == 0, readout.output
    md = readout.stdout
    assert "**final**" in md and "## Treated vs holdout" in md and "conversion (CUPED)" in md
    assert "## Channels and A/B variants" in md and ("wins**" in md or "no winner" in md)
    assert "## Forecast vs actual" in md and "incremental ROI" in md
    as_json = json.loads(cli(loop_root, "plans", "readout", plan_id, "--format", "json").stdout)
    truth = json.loads((loop_root / "plans" / plan_id / "simulated" / "truth.json").read_text())
    lift = as_json["lift"]["conversion_cuped"]
    assert lift["diff"]["low"] < lift["diff"]["value"] < lift["diff"]["high"]
    assert abs(lift["diff"]["value"] - truth["true_lift"]) < 3.3 * lift["se"]  # the estimate finds the true lift
    # (coverage of the 95% interval itself is measured over 200 seeds in benchmarks/bench_loop.py)
    for ch in as_json["channels"]:
        if ch["winner"] is not None:  # a declared winner is the truly better variant
            assert (truth["true_ab"][ch["channel"]] > 0) == (ch["winner"] == "A")
    html = cli(loop_root, "plans", "readout", plan_id, "--format", "html").stdout
    assert "<svg" in html and "<script" not in html and "http://" not in html.replace(
        "http://www.w3.org/2000/svg", "")

    table = cli(loop_root, "plans", "calibration")
    assert plan_id in table.stdout and "inside the forecast range" in table.stdout

    # new data arrived: models retrain, and the next plan's forecast is calibrated on the read-out
    assert cli(loop_root, "train").exit_code == 0
    nxt = cli(loop_root, "plan", BRIEF)
    assert nxt.exit_code in (0, 1), nxt.output
    assert "calibrated on 1 read-out" in nxt.stdout


def test_simulating_results_is_refused_on_a_brands_own_data(loop_root: Path, scripted: ScriptedChatModel) -> None:
    deps = Deps(settings=load_settings(loop_root), workspace=open_workspace(loop_root))
    with deps.workspace.connect(read_only=False) as con:
        con.execute("UPDATE campaigns SET name = 'Our spring launch' WHERE campaign_id = 'CMP001'")
    result = cli(loop_root, "demo", "simulate-results", "20261202-anything-abc123")
    assert result.exit_code == 2 and "brand's own data" in result.stderr


def test_reject_records_the_reason_and_list_shows_it(loop_root: Path, scripted: ScriptedChatModel) -> None:
    deps = Deps(settings=load_settings(loop_root), workspace=open_workspace(loop_root))
    cli(loop_root, "plan", BRIEF)
    plan_id = api.list_plans(deps)[0].plan_id
    no_reason = runner.invoke(app, ["--workspace", str(loop_root), "plans", "reject", plan_id, "--reason", " "])
    assert no_reason.exit_code == 2 and "needs a reason" in no_reason.stderr
    done = cli(loop_root, "plans", "reject", plan_id, "--reason", "Budget too high", "--by", "li")
    assert done.exit_code == 0 and "rejected by li: Budget too high" in done.stdout
    plan = api.show(deps, plan_id)
    assert plan.rejection is not None and plan.rejection.reason == "Budget too high"
    assert "rejected" in cli(loop_root, "plans", "list").stdout
    shown = cli(loop_root, "plans", "show", plan_id, "--format", "json")
    assert json.loads(shown.stdout)["rejection"]["rejected_by"] == "li"
    unknown = cli(loop_root, "plans", "approve", "20990101-nope-000000", "--by", "x")
    assert unknown.exit_code == 2 and "No saved plan" in unknown.stderr
