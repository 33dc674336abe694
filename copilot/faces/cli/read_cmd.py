"""`copilot read "TEXT"`: how copilot understood a brief or a question (applied values with their
words, and what was not applied), without running anything else."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

import typer

from copilot.errors import UsageError
from copilot.faces.cli.context import out, state


class ReadFormat(StrEnum):
    md = "md"
    json = "json"


READ_HELP = (
    "Show how copilot reads TEXT (a brief or a question): each applied value with the words it came "
    "from, and what was NOT applied and why. Reads nothing from your customers; uses the workspace's "
    "catalogue when there is one."
)


def register(app: typer.Typer) -> None:
    app.command("read", help=READ_HELP)(read_command)


def read_command(
    ctx: typer.Context,
    text: str = typer.Argument(..., help="The brief or question, in English or Chinese."),
    fmt: ReadFormat = typer.Option(ReadFormat.md, "--format", "-f", help="md or json."),
    today: str | None = typer.Option(None, "--today", help="Read relative dates against this day (YYYY-MM-DD)."),
    kind: str | None = typer.Option(None, "--kind", help="brief or question (default: guessed from the text)."),
    model: bool = typer.Option(False, "--model", help="Also ask the language model about what code left open."),
) -> None:
    from copilot.reading import read

    if not text.strip():
        raise UsageError("Nothing to read: pass the brief or question as TEXT.")
    day: date | None = None
    if today:
        try:
            day = datetime.strptime(today, "%Y-%m-%d").date()
        except ValueError as exc:
            raise UsageError(f"--today {today!r} is not a date; use YYYY-MM-DD.") from exc
    if kind not in (None, "brief", "question"):
        raise UsageError(f"--kind {kind!r}: choose brief or question.")
    deps = state(ctx).deps()
    reading = read(text, deps=deps, today=day, kind=kind, use_model=model)  # type: ignore[arg-type]
    if fmt is ReadFormat.json:
        out.print_json(reading.model_dump_json())
    else:
        out.print(reading.to_markdown(), markup=False, highlight=False)
