"""Issue #18, case 1: no command writes the SYNTHETIC demo into a folder that holds a brand's data,
and read-only commands never write data."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from copilot.faces.cli.main import app
from copilot.firstrun import ensure_demo_data
from copilot.workspace import Workspace, open_workspace

runner = CliRunner()
CUSTOMERS = ("customer_id,signup_date,region,consent_email,consent_sms,consent_push\n"
             "K1,2026-01-02,US-West,true,false,false\n"
             "K2,2026-01-03,US-East,true,true,false\n"
             "K3,2026-01-04,US-West,false,false,false\n")


def run(ws: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["--workspace", str(ws), *args])
    return result.exit_code, " ".join(result.stdout.split()), " ".join(result.stderr.split())


def customers(ws: Workspace) -> list[str]:
    with ws.connect() as con:
        return [r[0] for r in con.execute("SELECT customer_id FROM customers ORDER BY 1").fetchall()]


def snapshot(root: Path) -> dict[str, tuple[int, int]]:
    """Every file under ``root`` with its size and mtime: what "nothing was written" compares."""
    return {str(p.relative_to(root)): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in sorted(root.rglob("*")) if p.is_file()}


def test_tables_after_importing_only_customers_shows_them_and_builds_no_demo(tmp_path: Path) -> None:
    src = tmp_path / "customers.csv"
    src.write_text(CUSTOMERS)
    ws = open_workspace(tmp_path / "brand")
    code, out, err = run(ws.root, "data", "import", str(src))
    assert code == 0, err
    assert ws.kind() == "brand"
    before = snapshot(ws.root)
    code, out, err = run(ws.root, "data", "tables")
    assert code == 0, err
    assert "SYNTHETIC" not in err
    assert re.search(r"\bcustomers\W+3\b", out) and re.search(r"\borders\W+0\b", out)
    assert customers(ws) == ["K1", "K2", "K3"]
    assert snapshot(ws.root) == before
    # a tool needs orders: one sentence, the brand's 3 customers stay, nothing is written
    code, out, err = run(ws.root, "tools", "segment_lookup")
    assert code == 3 and "holds a brand's data" in err and "copilot data import" in err
    assert "Traceback" not in err and "SYNTHETIC" not in err
    assert customers(ws) == ["K1", "K2", "K3"] and snapshot(ws.root) == before


def test_brand_workspace_without_its_database_gets_one_sentence_and_no_demo(
    trained_workspace: Workspace, tmp_path: Path,
) -> None:
    ws = trained_workspace
    src = tmp_path / "customers.csv"
    src.write_text(CUSTOMERS)
    assert run(ws.root, "data", "import", str(src))[0] == 0  # the brand's own rows: a brand workspace
    ws.db_path.rename(tmp_path / "moved.duckdb")
    before = snapshot(ws.root)
    for args in (("tools", "segment_lookup"), ("data", "tables"), ("train",), ("score",)):
        code, out, err = run(ws.root, *args)
        assert code == 3, (args, code, out, err)
        assert "copilot.duckdb is missing" in err and "init --demo` in a new folder" in err, err
        assert "Traceback" not in err and "SYNTHETIC" not in err
        assert not ws.db_path.exists() and snapshot(ws.root) == before, args


def test_an_older_workspace_without_a_manifest_but_with_models_is_a_brand_one(
    trained_workspace: Workspace, tmp_path: Path,
) -> None:
    ws = trained_workspace
    ws.manifest_path.unlink(missing_ok=True)
    ws.db_path.unlink()
    assert ws.held_brand_data()
    code, _, err = run(ws.root, "tools", "segment_lookup")
    assert code == 3 and "copilot.duckdb is missing" in err and not ws.db_path.exists()


def test_read_only_commands_in_a_new_folder_write_nothing(tmp_path: Path) -> None:
    root = tmp_path / "new"
    for args in (("data", "tables"), ("tools", "segment_lookup"), ("knowledge", "stats"),
                 ("knowledge", "search", "trail shoe")):
        code, _, err = run(root, *args)
        assert code in (0, 3) and "Traceback" not in err, (args, code, err)
        assert "SYNTHETIC" not in err, args
        assert not (root / "copilot.duckdb").exists() and not (root / "chroma").exists(), args
    code, _, err = run(root, "tools", "segment_lookup")
    assert code == 3 and "copilot init --demo" in err


def test_the_demo_is_still_built_where_no_brand_ever_was(tmp_path: Path) -> None:
    ws = open_workspace(tmp_path / "fresh")
    summary = ensure_demo_data(ws, n_customers=120, seed=3)
    assert summary is not None and ws.exists() and ws.kind() == "demo"
    assert ensure_demo_data(ws) is None  # it has data now
    ws.db_path.unlink()  # a demo workspace that lost its database may be rebuilt
    assert ensure_demo_data(ws, n_customers=120, seed=3) is not None and ws.kind() == "demo"


def test_brand_workspace_with_a_damaged_database_gets_one_sentence_and_keeps_the_file(
    small_workspace: Workspace, tmp_path: Path,
) -> None:
    ws = small_workspace
    src = tmp_path / "customers.csv"
    src.write_text(CUSTOMERS)
    assert run(ws.root, "data", "import", str(src))[0] == 0
    ws.db_path.write_bytes(b"not a database" * 100)
    before = snapshot(ws.root)
    for args in (("tools", "segment_lookup"), ("data", "tables"), ("train",)):
        code, _, err = run(ws.root, *args)
        assert code == 2 and "damaged" in err and "Traceback" not in err and "SYNTHETIC" not in err, (args, err)
        assert snapshot(ws.root) == before, args
