"""Entry point of the `copilot` command: global options, command groups, error translation."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

import duckdb
import typer
from rich.markup import escape
from typer.core import TyperGroup

from copilot.errors import CopilotError
from copilot.faces.cli import (
    chat_cmd,
    data_cmd,
    demo_cmd,
    knowledge_cmd,
    plan_cmd,
    plans_cmd,
    read_cmd,
    slack_cmd,
    tools_cmd,
    train_cmd,
)
from copilot.faces.cli.context import CliState, err
from copilot.faults import translate_fault
from copilot.workspace import out_of_memory


class _TranslatingGroup(TyperGroup):
    """Translates copilot's errors at the CLI boundary: one sentence on stderr and an exit code."""

    def invoke(self, ctx: Any) -> Any:  # typer vendors click; its Context class is private
        try:
            return super().invoke(ctx)
        except duckdb.OutOfMemoryException as exc:
            self._fail(ctx, out_of_memory(exc))
        except CopilotError as exc:
            self._fail(ctx, exc)
        except (duckdb.Error, OSError) as exc:  # a damaged database, a missing model file, a read-only folder
            fault = translate_fault(exc)
            if fault is None:
                raise
            self._fail(ctx, fault)
        except KeyboardInterrupt:
            err.print("interrupted")
            ctx.exit(130)

    @staticmethod
    def _fail(ctx: Any, exc: CopilotError) -> None:
        err.print(f"[bold red]error:[/] {escape(str(exc))}", highlight=False, soft_wrap=True)  # one greppable line
        ctx.exit(exc.exit_code)


app = typer.Typer(
    cls=_TranslatingGroup,
    name="copilot",
    help="A marketing copilot: answers from your brand's data and drafts checked campaign plans.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


@app.callback()
def main(
    ctx: typer.Context,
    workspace: Path | None = typer.Option(
        None, "--workspace", "-w", envvar="COPILOT_WORKSPACE",
        help="Workspace folder (default ./.copilot).",
    ),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log debug detail to stderr."),
) -> None:
    """copilot: facts from your own data, campaign plans you can ship after review."""
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    ctx.obj = CliState(workspace=workspace)


for module in (data_cmd, train_cmd, tools_cmd, knowledge_cmd, plan_cmd, read_cmd, chat_cmd, slack_cmd):
    module.register(app)
plans_cmd.register(app)  # issue 15: the plan lifecycle
demo_cmd.register(app)  # issue 15: simulated demo results


def run() -> None:
    """Console-script entry point."""
    app(args=text_args(sys.argv[1:]))


def text_args(argv: list[str]) -> list[str]:
    """``argv`` with a request that starts with a dash (a brief pasted as bullets: "- win back lapsed hikers\n- email")
    moved behind ``--``, so it is read as the request, not as an unknown option ("No such option: -")."""
    if "--" in argv:
        return argv
    texts = [a for a in argv if a.startswith("-") and (any(ch.isspace() for ch in a) or a == "-")]
    if not texts:
        return argv
    return [a for a in argv if a not in texts] + ["--", *texts]
