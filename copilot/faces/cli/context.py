"""Shared state for CLI commands: the resolved settings and a lazily built Deps."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from copilot.deps import Deps
from copilot.settings import Settings, load_settings

# Results go to stdout; progress, warnings and errors go to stderr so commands compose in pipelines.
out = Console()
err = Console(stderr=True)


@dataclass
class CliState:
    workspace: Path | None = None
    overrides: dict[str, Any] = field(default_factory=dict)
    _deps: Deps | None = None

    def settings(self) -> Settings:
        return load_settings(self.workspace, **self.overrides)

    def deps(self) -> Deps:
        if self._deps is None:
            self._deps = Deps.from_settings(self.settings())
        return self._deps


def state(ctx: typer.Context) -> CliState:
    root = ctx.find_root()
    if not isinstance(root.obj, CliState):
        root.obj = CliState()
    return root.obj


# --------------------------------------------------------------------------------------------
# progress and notes on stderr (stdout stays for results, so commands compose in pipelines)
# --------------------------------------------------------------------------------------------

StageProgress = Callable[[str, float], None]
"""``progress(stage, fraction)`` with ``fraction`` in 0..1, or a negative number when unknown."""


def note(markup: str) -> None:
    """One line on stderr (rich markup), never hard-wrapped, so logs and pipes stay greppable."""
    err.print(markup, highlight=False, soft_wrap=True)


@contextmanager
def stderr_progress(label: str) -> Iterator[StageProgress]:
    """A progress bar on stderr when it is a terminal; one line per new stage otherwise."""
    if not err.is_terminal:
        last: list[str] = []

        def line(stage: str, fraction: float) -> None:
            if not last or last[-1] != stage:
                last.append(stage)
                note(f"{label}: {escape(stage)}")

        yield line
        return
    with Progress(
        TextColumn("[bold]{task.description}"), BarColumn(), TextColumn("{task.percentage:>3.0f}%"),
        TimeElapsedColumn(), console=err, transient=True,
    ) as bar:
        task = bar.add_task(label, total=1.0)

        def update(stage: str, fraction: float) -> None:
            if fraction < 0:  # unknown: a pulsing bar
                bar.update(task, total=None, description=f"{label}: {escape(stage)}")
            else:
                bar.update(task, total=1.0, completed=min(max(fraction, 0.0), 1.0), description=f"{label}: {escape(stage)}")

        yield update


def first_run(deps: Deps, *, read_only: bool = False) -> bool:
    """On a workspace with no data: build the demo brand, train, ingest its knowledge, with progress
    on stderr (:func:`copilot.firstrun.ensure_ready`). True when it built the demo.

    Never in a folder that holds (or held) a brand's data: one sentence says what is missing. A
    ``read_only`` command (``data tables``, ``tools``, ``knowledge search``) never writes: on a
    folder without data it says how to get some instead."""
    if read_only:
        ws = deps.workspace
        if ws.exists():
            return False
        ws.refuse_demo_over_brand()
        ws.require_data()
        return False
    from copilot.firstrun import ensure_ready

    return ensure_ready(deps, stage=stderr_progress, announce=lambda text: note(f"[yellow]{escape(text)}[/]")) is not None


@contextmanager
def writing(deps: Deps, command: str, *, wait: float = 0.0) -> Iterator[None]:
    """Hold the workspace's writer lock (:func:`copilot.lock.workspace_lock`) while ``command`` writes;
    a full disk on the way is one sentence naming the workspace folder."""
    from copilot.fsutil import translating_disk_full
    from copilot.lock import workspace_lock

    with workspace_lock(deps.workspace, command, wait=wait), translating_disk_full(deps.workspace.root):
        yield


WAIT_HELP = "If another command is writing the workspace, wait up to this many seconds for it (default: exit at once)."
