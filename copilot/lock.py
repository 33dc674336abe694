"""One writer at a time: the workspace lock.

Every command that writes a workspace (``init --demo``, ``data import``, ``data undo``, ``train``,
``score``, ``knowledge ingest``, the first-run demo) holds ``<workspace>/.copilot.lock`` while it
writes; readers (tools, search, chat answers) never take it and keep working on the live files,
which writers replace atomically.

The lock is an advisory ``flock`` on the lock file: the kernel releases it when its holder exits,
so a crashed writer never leaves a lock behind (a stale sidecar naming a dead pid is simply taken
over). The sidecar ``.copilot.lock.json`` names the holder's pid, command and start time, so a
second writer exits with one sentence naming them -- or, with ``wait``, waits for its turn.
The lock is re-entrant inside one process (``train`` building the first-run demo takes it twice).
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from copilot.errors import CopilotError
from copilot.workspace import Workspace

LOCK_FILE = ".copilot.lock"
HOLDER_FILE = ".copilot.lock.json"

_held: dict[Path, tuple[IO[bytes], int]] = {}
_guard = threading.Lock()


class WorkspaceBusy(CopilotError):
    """Another process is writing this workspace; the message names its command and pid."""

    exit_code = 4


def holder(workspace: Workspace) -> dict[str, object] | None:
    """Who holds (or last held) the lock: ``{"pid", "command", "started"}``, or None."""
    try:
        data = json.loads((workspace.root / HOLDER_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _busy(workspace: Workspace) -> WorkspaceBusy:
    who = holder(workspace) or {}
    pid = who.get("pid")
    command = who.get("command") or "another copilot command"
    since = f" since {who['started']}" if who.get("started") else ""
    running = f"`{command}` (pid {pid}{since})" if pid else f"`{command}`"
    return WorkspaceBusy(
        f"Workspace {workspace.root} is being written by {running}; this command writes it too and did not start.",
        hint="Wait for it to finish (or pass --wait), then run this command again; reading commands keep working.",
    )


@contextlib.contextmanager
def workspace_lock(workspace: Workspace, command: str, *, wait: float = 0.0) -> Iterator[None]:
    """Hold the workspace's writer lock for the block.

    ``command`` (e.g. ``"copilot train"``) is recorded for a second writer to read. Without ``wait``
    a busy workspace raises :class:`WorkspaceBusy` at once; with ``wait`` (seconds) it polls until
    the holder finishes, then raises if the time ran out.
    """
    path = (workspace.root / LOCK_FILE).resolve()
    with _guard:
        if path in _held:  # re-entrant inside this process
            fh, depth = _held[path]
            _held[path] = (fh, depth + 1)
            reentered = True
        else:
            reentered = False
    if reentered:
        try:
            yield
        finally:
            with _guard:
                fh, depth = _held[path]
                _held[path] = (fh, depth - 1)
        return
    workspace.create()
    fh = open(path, "a+b")  # noqa: SIM115 -- held open for the life of the lock
    deadline = time.monotonic() + max(wait, 0.0)
    try:
        while True:
            try:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise _busy(workspace) from None
                time.sleep(0.2)
    except BaseException:
        fh.close()
        raise
    try:
        from copilot.fsutil import atomic_write_text

        atomic_write_text(workspace.root / HOLDER_FILE, json.dumps({
            "pid": os.getpid(), "command": command,
            "started": datetime.now(UTC).isoformat(timespec="seconds"),
        }) + "\n")
        with _guard:
            _held[path] = (fh, 1)
        yield
    finally:
        with _guard:
            _held.pop(path, None)
        with contextlib.suppress(OSError):
            (workspace.root / HOLDER_FILE).unlink()
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
        fh.close()
