"""`copilot init` and `copilot data ...` through Typer's test runner, in-process."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from copilot.data.contract import LOAD_ORDER
from copilot.faces.cli.main import app
from copilot.workspace import Workspace, open_workspace

runner = CliRunner()


def run(ws: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["--workspace", str(ws), *args])
    # rich wraps long lines at the terminal width; compare on single-spaced text
    return result.exit_code, " ".join(result.stdout.split()), " ".join(result.stderr.split())


def test_init_demo_then_refuse_without_force(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    code, out, _ = run(ws, "init", "--demo", "--customers", "300", "--seed", "3")
    assert code == 0, out
    assert "SYNTHETIC" in out and "customers 300" in out
    assert re.search(r"Product knowledge: [\d,]+ facts indexed", out)  # the demo sources, ingested
    assert open_workspace(ws).exists()
    code, _, err = run(ws, "init", "--demo", "--customers", "300")
    assert code == 2
    assert "already has data" in err and "--force" in err
    code, out, _ = run(ws, "init", "--demo", "--customers", "400", "--force")
    assert code == 0 and "customers 400" in out


def test_init_without_demo_creates_the_folder(tmp_path: Path) -> None:
    code, out, _ = run(tmp_path / "fresh", "init")
    assert code == 0 and (tmp_path / "fresh").is_dir()
    assert "copilot init --demo" in out


def test_data_tables_and_contract(small_workspace: Workspace) -> None:
    code, out, _ = run(small_workspace.root, "data", "tables")
    assert code == 0
    for name in LOAD_ORDER:
        assert name in out
    assert "2,000" in out
    code, out, _ = run(small_workspace.root, "data", "contract")
    assert code == 0 and "### `order_lines`" in out and "Primary key: order_id, line_no." in out


def test_data_tables_on_a_new_workspace_writes_nothing(tmp_path: Path) -> None:
    """`data tables` only reads (issue #18): on a new folder it says how to get data and builds no demo."""
    ws = tmp_path / "new"
    code, _, err = run(ws, "data", "tables")
    assert code == 3 and "copilot init --demo" in err and "copilot data import" in err
    assert "SYNTHETIC" not in err and not (ws / "copilot.duckdb").exists()


def test_data_import_into_a_new_workspace_builds_no_demo(tmp_path: Path) -> None:
    good = tmp_path / "customers.csv"
    good.write_text("customer_id,signup_date,region,consent_email,consent_sms,consent_push\n"
                    "K1,2026-01-02,US-West,true,false,false\n")
    code, out, err = run(tmp_path / "new", "data", "import", str(good))
    assert code == 0, err
    assert "SYNTHETIC" not in err and "customers: 1 rows" in out


def test_data_import_good_and_bad_files(small_workspace: Workspace, tmp_path: Path) -> None:
    good = tmp_path / "customers.csv"
    good.write_text("customer_id,signup_date,region,consent_email,consent_sms,consent_push,tier\n"
                    "K1,2026-01-02,US-West,true,false,false,gold\n")
    code, out, err = run(small_workspace.root, "data", "import", str(good))
    assert code == 0, err
    assert "customers: 1 rows" in out
    assert "warning" in err and "tier" in err
    bad = tmp_path / "orders.csv"
    bad.write_text("order_id,customer_id,order_ts,amount\nN1,K1,2026-01-03,-4\n")
    code, out, err = run(small_workspace.root, "data", "import", str(bad))
    assert code == 2
    assert f"{bad}, row 2, column 'amount'" in err
    assert "must be >= 0" in err
    code, _, err = run(small_workspace.root, "data", "import", str(good))
    assert code == 2 and "already in the workspace" in err
    code, _, err = run(small_workspace.root, "data", "import", str(bad), "--table", "nope")
    assert code == 2 and "unknown table 'nope'" in err
    code, _, err = run(small_workspace.root, "data", "import")
    assert code == 2 and "No files" in err


def test_data_import_example_cdnow(tmp_path: Path) -> None:
    if importlib.util.find_spec("lifetimes") is None:
        pytest.skip("the cdnow extra (lifetimes) is not installed")
    code, out, err = run(tmp_path / "cd", "data", "import", "--example", "cdnow")
    assert code == 0, err
    assert "69,659" in out and "23,570" in out and "no consent data" in out
    code, _, err = run(tmp_path / "cd", "data", "import", "--example", "cdnow")
    assert code == 2 and "--force" in err


@pytest.mark.parametrize("args", [[], ["init"], ["data"], ["data", "import"], ["data", "contract"],
                                  ["data", "tables"]])
def test_help(args: list[str]) -> None:
    result = runner.invoke(app, [*args, "--help"])
    assert result.exit_code == 0
    assert "Usage" in result.stdout


def _command_tree() -> list[tuple[list[str], str]]:
    """(path, help text) of every command and group of the CLI, walked from Click's tree, so a new
    command is covered without editing this list."""
    import typer

    found: list[tuple[list[str], str]] = []

    def walk(cmd: Any, path: list[str]) -> None:  # typer vendors its own click: duck-typed
        found.append((path, (cmd.help or cmd.short_help or "").strip()))
        for name, sub in getattr(cmd, "commands", {}).items():
            walk(sub, [*path, name])

    walk(typer.main.get_command(app), [])
    return found


def test_the_command_tree_is_walked() -> None:
    paths = {" ".join(p) for p, _ in _command_tree()}
    assert {"", "init", "data import", "tools forecast", "knowledge stats", "plan", "chat", "slack"} <= paths
    assert len(paths) >= 20


@pytest.mark.parametrize(("args", "doc"), [pytest.param(p, d, id=" ".join(p) or "copilot") for p, d in _command_tree()])
def test_every_command_has_help(args: list[str], doc: str, tmp_path: Path) -> None:
    result = runner.invoke(app, ["--workspace", str(tmp_path / "ws"), *args, "--help"])
    assert result.exit_code == 0, result.output
    text = " ".join(result.stdout.split())
    assert f"Usage: copilot {' '.join(args)}".strip() in text
    assert doc, f"`copilot {' '.join(args)}` has no help text"
    assert " ".join(doc.split()[:6]) in text  # the command's own description is shown
    assert not (tmp_path / "ws").exists()  # --help touches no workspace (and never builds the demo)
