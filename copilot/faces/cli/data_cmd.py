"""CLI commands: data_cmd (being built; see docs/ARCHITECTURE.md for the owner)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Attach this module's commands to the root app."""
