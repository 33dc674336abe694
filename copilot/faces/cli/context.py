"""Shared state for CLI commands: the resolved settings and a lazily built Deps."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import typer
from rich.console import Console

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
