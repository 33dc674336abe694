"""The fault corpus: damaged workspaces, bad settings and read-only folders each give one sentence
naming the file or setting and the fix, an exit code other than 0, no traceback, and leave the
workspace no more damaged than it was (and answering again once the fix is applied)."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from copilot.faces.cli.main import app
from copilot.workspace import Workspace

runner = CliRunner()
CUSTOMERS_CSV = ("customer_id,signup_date,region,consent_email,consent_sms,consent_push\n"
                 "NEW001,2026-01-05,north,true,false,false\n")


def cli(root: Path, *args: str, env: dict[str, str] | None = None) -> Any:
    res = runner.invoke(app, ["--workspace", str(root), *args], catch_exceptions=False, env=env)
    assert "Traceback" not in res.output
    return res


def one_sentence(res: Any) -> str:
    lines = [ln for ln in res.stderr.splitlines() if ln.startswith("error:")]
    assert len(lines) == 1, res.stderr
    return lines[0]


def _manifest(ws: Workspace) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((ws.models_dir / "CURRENT.json").read_text())
    return data


# --- a damaged database -----------------------------------------------------------------------

@pytest.mark.parametrize("damage", ["truncated", "garbage"])
@pytest.mark.parametrize("command", [("tools", "segment_lookup"), ("data", "tables"), ("train",),
                                     ("data", "import", "{csv}", "--table", "customers")],
                         ids=["tools", "data-tables", "train", "data-import"])
def test_a_damaged_database_is_named_with_the_fix(trained_workspace: Workspace, tmp_path: Path, damage: str,
                                                  command: tuple[str, ...]) -> None:
    db = trained_workspace.db_path
    original = db.read_bytes()
    db.write_bytes(original[:5000] if damage == "truncated" else b"not a database " * 400)
    before = db.read_bytes()
    models_before = _manifest(trained_workspace)
    csv = tmp_path / "customers.csv"
    csv.write_text(CUSTOMERS_CSV)
    res = cli(trained_workspace.root, *(a.format(csv=csv) for a in command))
    assert res.exit_code == 2
    line = one_sentence(res)
    assert str(db) in line and "damaged" in line and "Restore it from a backup" in line
    assert db.read_bytes() == before  # nothing further damaged
    assert _manifest(trained_workspace) == models_before
    db.write_bytes(original)  # restored: the workspace answers again
    assert cli(trained_workspace.root, "tools", "segment_lookup").exit_code == 0


# --- missing or damaged artifacts -------------------------------------------------------------

def _live(ws: Workspace, name: str) -> Path:
    return ws.models_dir / name / _manifest(ws)["versions"][name]


def test_a_deleted_feature_file_names_the_file_and_train(trained_workspace: Workspace) -> None:
    meta = json.loads((_live(trained_workspace, "segments") / "meta.json").read_text())
    feature = trained_workspace.root / meta["tables"]["cust"]
    feature.unlink()
    res = cli(trained_workspace.root, "tools", "segment_lookup")
    assert res.exit_code == 3
    line = one_sentence(res)
    assert str(feature) in line and "is missing" in line and "retrain the segments model" in line
    assert cli(trained_workspace.root, "train").exit_code == 0
    assert cli(trained_workspace.root, "tools", "segment_lookup").exit_code == 0


def test_a_truncated_score_file_names_the_file(trained_workspace: Workspace) -> None:
    meta = json.loads((_live(trained_workspace, "propensity") / "meta.json").read_text())
    scores = trained_workspace.root / meta["tables"]["scores"]
    scores.write_bytes(scores.read_bytes()[:1000])
    res = cli(trained_workspace.root, "tools", "score_propensity")
    assert res.exit_code == 3
    line = one_sentence(res)
    assert str(scores) in line and "is damaged" in line and "propensity" in line


@pytest.mark.parametrize("damage", ["deleted", "truncated", "same size, other bytes"])
def test_a_damaged_model_file_is_refused_and_names_the_model(trained_workspace: Workspace, damage: str) -> None:
    """It used to be answered as if all were well (``tools score_propensity`` returned JSON)."""
    model = _live(trained_workspace, "propensity") / "model.joblib"
    data = model.read_bytes()
    if damage == "deleted":
        model.unlink()
    elif damage == "truncated":
        model.write_bytes(data[: len(data) // 2])
    else:
        model.write_bytes(data[:-16] + bytes(16))
    res = cli(trained_workspace.root, "tools", "score_propensity")
    assert res.exit_code == 3, res.stdout
    line = one_sentence(res)
    assert "model.joblib" in line and "retrain the propensity model" in line
    assert cli(trained_workspace.root, "tools", "segment_lookup").exit_code == 0  # the others still answer


# --- a read-only workspace ----------------------------------------------------------------------

@pytest.fixture
def read_only(monkeypatch: pytest.MonkeyPatch, trained_workspace: Workspace) -> Workspace:
    """Writes into the workspace fail as on a read-only folder. As root (CI containers) chmod does
    not stop writes, so the refusal is made where every write lands: ``os.replace`` and ``mkstemp``."""
    root = str(trained_workspace.root)
    real_replace = os.replace

    def replace(src: Any, dst: Any, *a: Any, **k: Any) -> None:
        if str(dst).startswith(root):
            raise PermissionError(errno.EACCES, "Permission denied", str(dst))
        real_replace(src, dst, *a, **k)

    monkeypatch.setattr(os, "replace", replace)
    return trained_workspace


@pytest.mark.parametrize("command", [("train",), ("data", "import", "{csv}", "--table", "customers")],
                         ids=["train", "data-import"])
def test_a_read_only_workspace_says_choose_a_writable_one(read_only: Workspace, tmp_path: Path,
                                                          command: tuple[str, ...]) -> None:
    csv = tmp_path / "customers.csv"
    csv.write_text(CUSTOMERS_CSV)
    db_before = read_only.db_path.read_bytes()
    models_before = _manifest(read_only)
    res = cli(read_only.root, *(a.format(csv=csv) for a in command))
    assert res.exit_code == 2
    line = one_sentence(res)
    assert str(read_only.root) in line and "cannot write" in line and "writable workspace with --workspace" in line
    assert read_only.db_path.read_bytes() == db_before and _manifest(read_only) == models_before


# --- settings -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ('modle = "local"\n', "unknown setting 'modle'. Did you mean 'model'?"),
    ('duckdb_memory_limt = "2GB"\n', "Did you mean 'duckdb_memory_limit'?"),
    ('OPENAI_API_KEY = "sk-live-123"\n', "contains secrets (OPENAI_API_KEY)"),
    ('Slack_Bot_Token = "xoxb-1"\n', "contains secrets (Slack_Bot_Token)"),
    ("horizon_days = 45\n", "horizon_days"),
])
def test_bad_settings_files_are_refused(tmp_path: Path, text: str, expected: str) -> None:
    (tmp_path / "copilot.toml").write_text(text)
    res = cli(tmp_path, "data", "tables")
    assert res.exit_code == 2
    line = one_sentence(res)
    assert expected in line and "sk-live-123" not in res.output


@pytest.mark.parametrize(("env", "expected"), [
    ({"COPILOT_MODEL": "nonsense"}, "'nonsense' is not a model copilot knows"),
    ({"COPILOT_MODEL": "openai:gpt-4o-mini"}, "Set OPENAI_API_KEY"),
    ({"COPILOT_MODEL": "openai-compatible:my-model"}, "COPILOT_BASE_URL"),
])
def test_a_bad_model_setting_is_reported_before_the_demo_is_built(tmp_path: Path, env: dict[str, str],
                                                                  expected: str) -> None:
    res = cli(tmp_path / "new", "ask", "how many customers do we have?", env=env)
    assert res.exit_code == 2
    assert expected in one_sentence(res)
    assert not (tmp_path / "new" / "copilot.duckdb").exists()  # no minutes of demo building first


def test_train_help_shows_the_spark_extra() -> None:
    res = runner.invoke(app, ["train", "--help"], env={"COLUMNS": "200"})
    assert "pip install 'copilot[spark]'" in res.stdout


def test_a_deleted_score_file_is_named_and_copilot_score_writes_it_again(trained_workspace: Workspace) -> None:
    meta = json.loads((_live(trained_workspace, "propensity") / "meta.json").read_text())
    scores = trained_workspace.root / meta["tables"]["scores"]
    scores.unlink()
    res = cli(trained_workspace.root, "tools", "score_propensity")
    assert res.exit_code == 3 and str(scores) in one_sentence(res)
    assert cli(trained_workspace.root, "score").exit_code == 0
    assert cli(trained_workspace.root, "tools", "score_propensity").exit_code == 0
