"""Issue #18, case 4: a full disk during `init --demo`, `data import`, `knowledge ingest` or training
is one sentence naming the folder and roughly the space needed, and nothing is half-written."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any, NoReturn

import pytest
from typer.testing import CliRunner

import copilot.workspace as workspace_module
from copilot.errors import ResourceError
from copilot.faces.cli.main import app
from copilot.fsutil import atomic_dir, atomic_write_text
from copilot.workspace import Workspace, open_workspace

runner = CliRunner()


def run(ws: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["--workspace", str(ws), *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, " ".join(result.stdout.split()), " ".join(result.stderr.split())


def disk_full(*_: Any, **__: Any) -> NoReturn:
    raise OSError(errno.ENOSPC, "No space left on device")


def files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and "chroma" not in p.parts and p.name != ".copilot.lock"}  # the (empty) lock file stays


def test_import_on_a_full_disk_changes_nothing(small_workspace: Workspace, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    ws = small_workspace
    src = tmp_path / "customers.csv"
    src.write_text("customer_id,signup_date,region,consent_email,consent_sms,consent_push\n"
                   "NEW-1,2026-01-02,US-West,true,false,false\n")
    before = files(ws.root)
    monkeypatch.setattr(workspace_module, "_finish", disk_full)
    code, out, err = run(ws.root, "data", "import", str(src))
    assert code == 1, (out, err)
    assert f"error: The disk holding {ws.root} is full (this needs about" in err and "nothing was changed" in err
    assert " MB" in err and "--workspace" in err and "Traceback" not in err
    assert files(ws.root) == before  # no half-written database, no .building file, manifest unchanged
    monkeypatch.undo()
    assert run(ws.root, "data", "import", str(src))[0] == 0  # and it works once there is space


def test_init_demo_on_a_full_disk_leaves_no_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "new"
    monkeypatch.setattr(workspace_module, "_finish", disk_full)
    code, _, err = run(root, "init", "--demo", "--customers", "100")
    assert code == 1 and f"The disk holding {root} is full" in err and "Traceback" not in err
    ws = open_workspace(root)
    assert not ws.db_path.exists() and ws.kind() is None
    assert [p.name for p in root.iterdir() if not p.name.startswith(".copilot.lock")] == []


def test_a_full_disk_while_copying_the_database_is_the_same_sentence(
    small_workspace: Workspace, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(workspace_module.shutil, "copyfile", disk_full)
    with pytest.raises(ResourceError, match="is full"), small_workspace.rebuild_database():
        pass
    assert not (small_workspace.root / ".copilot.duckdb.building").exists()


def test_knowledge_ingest_on_a_full_disk_is_one_sentence(small_workspace: Workspace, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from copilot.knowledge.store import KnowledgeBase

    doc = tmp_path / "notes.md"
    doc.write_text("# Notes\n\nThe Ridgeline pack holds 30 litres.\n")
    monkeypatch.setattr(KnowledgeBase, "upsert", disk_full)
    code, _, err = run(small_workspace.root, "knowledge", "ingest", str(doc))
    assert code == 1 and "is full" in err and "chroma" in err and "Traceback" not in err


def test_atomic_writes_and_folders_on_a_full_disk(tmp_path: Path) -> None:
    """Training writes its model versions with atomic_dir; a full disk inside it is the same sentence
    and the half-built folder is gone."""
    target = tmp_path / "models" / "v1"
    with pytest.raises(ResourceError, match=r"disk holding .*models is full"), atomic_dir(target) as tmp:
        (tmp / "part.bin").write_bytes(b"x")
        disk_full()
    assert not target.exists() and list((tmp_path / "models").iterdir()) == []

    def no_room(*_: Any) -> NoReturn:
        disk_full()

    import copilot.fsutil as fsutil

    real = fsutil.os.fsync
    try:
        fsutil.os.fsync = no_room  # type: ignore[assignment]
        with pytest.raises(ResourceError, match="this needs about 5 bytes"):
            atomic_write_text(tmp_path / "a.json", "12345")
    finally:
        fsutil.os.fsync = real
    assert list(tmp_path.glob("*.json")) == [] and list(tmp_path.glob(".a.json.*")) == []
