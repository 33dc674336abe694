"""The real `copilot chat` in a real terminal: tmux runs it, the test types and reads the screen.

A private tmux server (its own socket) runs ``tests/faces/run_chat_scripted.py`` -- the product's
command line with THE scripted model -- on a trained demo workspace. The test polls the pane until
the expected text appears (bounded), never sleeping a fixed time.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from copilot.workspace import Workspace

SCRIPT = Path(__file__).with_name("run_chat_scripted.py")
ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.tmux,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]


class Pane:
    def __init__(self, socket: str, status_file: Path) -> None:
        self.socket = socket
        self.status_file = status_file

    def tmux(self, *args: str) -> str:
        proc = subprocess.run(["tmux", "-L", self.socket, *args], capture_output=True, text=True, timeout=10)
        if proc.returncode != 0:
            raise AssertionError(f"tmux {' '.join(args)} failed: {proc.stderr.strip()}")
        return proc.stdout

    def text(self) -> str:
        return self.tmux("capture-pane", "-p", "-J", "-t", "chat", "-S", "-200")

    def wait_for(self, predicate: Callable[[str], bool], what: str, timeout: float = 90.0) -> str:
        """Poll the screen until ``predicate`` holds; fail with the screen after ``timeout`` s."""
        deadline = time.monotonic() + timeout
        while True:
            screen = self.text()
            if predicate(screen):
                return screen
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what}; the screen shows:\n{screen}")
            time.sleep(0.1)  # poll interval, not a wait for a state

    def type(self, text: str) -> None:
        self.tmux("send-keys", "-t", "chat", "-l", text)
        self.tmux("send-keys", "-t", "chat", "Enter")


@pytest.fixture
def pane(trained_workspace: Workspace, tmp_path: Path) -> Iterator[Pane]:
    socket = f"copilot-test-{uuid.uuid4().hex[:10]}"
    pane = Pane(socket, tmp_path / "exit-status")
    env = {
        "COPILOT_ALLOW_MODEL_REQUESTS": "0",
        "COPILOT_WORKSPACE": str(trained_workspace.root),
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH", "")])),
        "TERM": "xterm-256color",
    }
    # A shell records copilot's exit status in a file: tmux 3.3 now and then leaves the pane's
    # process unreaped, so its pane_dead_status stays empty (seen in CI); a file does not.
    chat = " ".join(
        ["env", *(f"{k}={shlex.quote(v)}" for k, v in env.items()),
         shlex.quote(sys.executable), shlex.quote(str(SCRIPT)), "chat"]
    )
    # `trap : INT` keeps the shell alive through the test's Ctrl-C (a handler, not an ignore: the
    # chat process starts with SIGINT at its default, so Ctrl-C reaches it as KeyboardInterrupt).
    command = f"sh -c {shlex.quote(f'trap : INT; {chat}; echo $? > {shlex.quote(str(pane.status_file))}')}"
    pane.tmux("new-session", "-d", "-s", "chat", "-x", "120", "-y", "50", command)
    pane.tmux("set-option", "-t", "chat", "remain-on-exit", "on")  # keep the last screen to read
    try:
        yield pane
    finally:
        subprocess.run(["tmux", "-L", socket, "kill-server"], capture_output=True, timeout=10, check=False)


def test_chat_streams_an_answer_shows_a_tool_panel_survives_ctrl_c_and_quits(pane: Pane) -> None:
    pane.wait_for(lambda s: "/help for commands" in s and "›" in s, "the prompt")
    pane.type("Which segment is largest?")
    # the answer streams first, the turn's ledger line follows it: wait for the finished turn
    screen = pane.wait_for(lambda s: "Champions lead on revenue." in s and "LLM calls" in s, "the finished turn")
    assert "segment_lookup" in screen and "/expand 1" in screen  # the compact tool panel
    assert "segments over" in screen  # its one-line result
    assert "**several**" not in screen and "several segments" in screen  # Markdown rendered
    assert screen.index("segment_lookup") < screen.index("Champions lead")
    assert screen.index("Champions lead") < screen.index("LLM calls")  # the turn's ledger line, after the answer

    pane.type("Take your time with this one")  # the scripted model now hangs
    pane.wait_for(lambda s: "Thinking…" in s, "the progress spinner")
    pane.tmux("send-keys", "-t", "chat", "C-c")
    pane.wait_for(lambda s: "Cancelled." in s, "the turn to be cancelled")
    pane.type("Are you still there?")  # the session goes on
    pane.wait_for(lambda s: "Still here after the cancel." in s, "the next answer")

    pane.type("/quit")
    screen = pane.wait_for(lambda s: "Resume with: copilot chat --resume" in s, "the goodbye line")
    pane.wait_for(lambda _s: pane.status_file.exists() and pane.status_file.read_text().strip() != "",
                  "the process to exit", timeout=30)
    assert pane.status_file.read_text().strip() == "0", "copilot chat should exit with status 0 after /quit"
