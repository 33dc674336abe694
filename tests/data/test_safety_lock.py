"""Issue #18, case 3: one writer at a time. A second writer exits with one sentence naming the
running command and its pid; readers keep working; a lock whose holder died is taken over."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from copilot.faces.cli.main import app
from copilot.lock import HOLDER_FILE, WorkspaceBusy, holder, workspace_lock
from copilot.workspace import Workspace

runner = CliRunner()
HOLD = """
import sys
from copilot.lock import workspace_lock
from copilot.workspace import open_workspace
with workspace_lock(open_workspace(sys.argv[1]), "copilot train"):
    print("held", flush=True)
    sys.stdin.read()
"""


def run(ws: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["--workspace", str(ws), *args])
    return result.exit_code, " ".join(result.stdout.split()), " ".join(result.stderr.split())


@pytest.fixture
def other_writer(small_workspace: Workspace, tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the workspace's writer lock as `copilot train` (until its stdin closes)."""
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(small_workspace.root)], cwd=tmp_path,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"  # wait for the state
    yield proc
    if proc.poll() is None:
        proc.kill()
    proc.wait()


def test_a_second_writer_exits_naming_the_running_command(
    small_workspace: Workspace, other_writer: subprocess.Popen[str], tmp_path: Path,
) -> None:
    ws = small_workspace
    assert holder(ws) == {"pid": other_writer.pid, "command": "copilot train", "started": holder(ws)["started"]}  # type: ignore[index]
    src = tmp_path / "customers.csv"
    src.write_text("customer_id,signup_date,region,consent_email,consent_sms,consent_push\n"
                   "NEW-1,2026-01-02,US-West,true,false,false\n")
    for args in (("train",), ("score",), ("data", "import", str(src)), ("data", "undo"),
                 ("knowledge", "ingest", str(src)), ("init", "--demo", "--force", "--customers", "100")):
        code, out, err = run(ws.root, *args)
        assert code == 4, (args, code, out, err)
        assert f"is being written by `copilot train` (pid {other_writer.pid}" in err and "Traceback" not in err, err
    # readers keep working
    code, out, err = run(ws.root, "data", "tables")
    assert code == 0 and "customers" in out, err
    # --wait gives up with the same sentence when the holder does not finish in time
    code, _, err = run(ws.root, "data", "import", "--wait", "0.3", str(src))
    assert code == 4 and f"pid {other_writer.pid}" in err
    # once it finishes, the next writer goes ahead
    assert other_writer.stdin is not None
    other_writer.stdin.close()
    other_writer.wait(timeout=30)
    assert not (ws.root / HOLDER_FILE).exists()
    code, out, err = run(ws.root, "data", "import", str(src))
    assert code == 0, err


def test_a_lock_whose_holder_died_is_taken_over(small_workspace: Workspace, other_writer: subprocess.Popen[str]) -> None:
    ws = small_workspace
    os.kill(other_writer.pid, signal.SIGKILL)
    other_writer.wait(timeout=30)
    assert holder(ws) is not None and holder(ws)["pid"] == other_writer.pid  # type: ignore[index]  # stale sidecar
    with workspace_lock(ws, "copilot data import"):
        assert holder(ws)["pid"] == os.getpid()  # type: ignore[index]
    assert holder(ws) is None


def test_the_lock_is_reentrant_in_one_process_and_exclusive_across(small_workspace: Workspace) -> None:
    ws = small_workspace
    with workspace_lock(ws, "copilot train"), workspace_lock(ws, "copilot init --demo"):
        assert holder(ws)["command"] == "copilot train"  # type: ignore[index]
        probe = subprocess.run(
            [sys.executable, "-c", "import sys\nfrom copilot.lock import workspace_lock\n"
             "from copilot.workspace import open_workspace\n"
             "try:\n    with workspace_lock(open_workspace(sys.argv[1]), 'copilot score'): print('got it')\n"
             "except Exception as exc: print(type(exc).__name__, exc)", str(ws.root)],
            cwd=ws.root.parent, capture_output=True, text=True, timeout=60, check=True)
        assert probe.stdout.startswith(WorkspaceBusy.__name__) and f"pid {os.getpid()}" in probe.stdout
    assert holder(ws) is None
