"""`copilot plan "brief"` (one checked campaign plan) and `copilot ask "question"` (one answer).

Both write their result to stdout and everything else (progress, tool calls, warnings, failed
checks) to stderr, so they compose in pipelines. Exit codes: 0 the plan passed every check,
1 a plan was produced but some checks failed, 2 usage or settings error, 3 data or models missing.
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

import typer
from rich.markup import escape

from copilot.data.contract import CHANNELS
from copilot.errors import UsageError
from copilot.faces.cli.context import first_run, note, state, stderr_progress
from copilot.fsutil import atomic_write_text
from copilot.planner.plan_schema import CampaignPlan, CheckResult, PlanOverrides


class Format(StrEnum):
    md = "md"
    json = "json"
    html = "html"


PLAN_HELP = "\n\n".join([
    "Draft a checked campaign plan from BRIEF and print it (stdout, or --output FILE).",
    "Progress, warnings and failed checks go to stderr. Exit status: 0 all checks passed, "
    "1 some checks failed (the plan is still written, marked), 2 usage or settings error, "
    "3 data or models missing (the message names the command that fixes it).",
    "On the very first run, with no data in the workspace, it builds the SYNTHETIC demo brand, "
    "trains its models and loads its product knowledge first.",
])
ASK_HELP = "Answer one QUESTION from your data: the answer on stdout, the tool calls on stderr."


def register(app: typer.Typer) -> None:
    """Attach this module's commands to the root app."""
    app.command("plan", help=PLAN_HELP)(plan)
    app.command("ask", help=ASK_HELP)(ask)


# --------------------------------------------------------------------------------------------
# copilot plan
# --------------------------------------------------------------------------------------------


def _channels(raw: str | None) -> list[str] | None:
    if raw is None:
        return None
    names = [c.strip().lower().replace("-", "_") for c in raw.split(",") if c.strip()]
    unknown = [c for c in names if c not in CHANNELS]
    if unknown or not names:
        raise UsageError(f"Unknown channel {', '.join(map(repr, unknown)) or repr(raw)}; choose from {', '.join(CHANNELS)}.")
    return list(dict.fromkeys(names))


def _day(value: datetime | None) -> date | None:
    return value.date() if value is not None else None


def render_plan(plan: CampaignPlan, fmt: Format) -> str:
    """The plan in ``fmt``: Markdown, the JSON schema exactly, or the self-contained HTML report."""
    if fmt is Format.json:
        return plan.model_dump_json(indent=2)
    if fmt is Format.html:
        return plan.to_html()
    return plan.to_markdown()


def report_checks(plan: CampaignPlan) -> None:
    """Warnings and failed checks on stderr (the plan itself goes to stdout or the file), in the plan's language."""
    from copilot.planner.render_zh import words_for
    from copilot.planner.render_zh_text import plan_words

    t = words_for(plan)
    w = plan_words(t)

    def line(c: CheckResult) -> str:
        return f"{escape(t.check(c.name))} {escape(c.target or '')}: {escape(w.details(c))}"

    for c in plan.warnings:
        note(f"[yellow]{'注意' if t.zh else 'warning'}[/] {line(c)}")
    if plan.failed_checks:
        n = len(plan.failed_checks)
        head = (t.script(f"{n} 项检查未通过[/]（方案已标记；批准前请修改）：") if t.zh
                else f"{n} check(s) failed[/] (the plan is marked; fix before approving):")
        note(f"[bold red]{head}")
        for c in plan.failed_checks:
            note(f"  [red]✗[/] {line(c)}")


def plan(
    ctx: typer.Context,
    brief: str = typer.Argument(..., help="The brief in your words: goal, audience, channels, budget, dates."),
    fmt: Format = typer.Option(Format.md, "--format", "-f", help="Output format: md, json (the plan schema) or html."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write the plan to this file instead of stdout."),
    channels: str | None = typer.Option(
        None, "--channels", help=f"Comma-separated channels allowed ({', '.join(CHANNELS)}); wins over the brief."
    ),
    budget: float | None = typer.Option(None, "--budget", min=0, help="Total budget; wins over the brief."),
    start: datetime | None = typer.Option(None, "--start", formats=["%Y-%m-%d"], help="First send date (YYYY-MM-DD)."),
    end: datetime | None = typer.Option(None, "--end", formats=["%Y-%m-%d"], help="Last send date (YYYY-MM-DD)."),
    model: str | None = typer.Option(None, "--model", "-m", help="Chat model, e.g. local, openai:gpt-4o-mini."),
) -> None:
    """`copilot plan` (help text: PLAN_HELP)."""
    overrides = PlanOverrides.model_validate(
        {"channels": _channels(channels), "budget": budget, "start": _day(start), "end": _day(end)}
    )
    if overrides.start and overrides.end and overrides.end < overrides.start:
        raise UsageError("--end is before --start.")
    st = state(ctx)
    if model:
        st.overrides["model"] = model
    deps = st.deps()
    first_run(deps)

    from copilot.core import draft_plan
    from copilot.planner.render_zh import words_for

    with stderr_progress("Planning") as p:
        result = draft_plan(deps, brief, mode="oneshot", overrides=overrides, progress=lambda step: p(step, -1.0))
    text = render_plan(result.plan, fmt)
    if output is not None:
        atomic_write_text(output, text if text.endswith("\n") else text + "\n")
        note(f"Wrote {escape(str(output))}.")
    else:
        typer.echo(text, nl=not text.endswith("\n"))
    saved = "已保存为 {}。" if words_for(result.plan).zh else "Saved as {}."
    note(f"[dim]{escape(result.plan.summary())} {escape(saved.format(result.path))}[/]")
    report_checks(result.plan)
    if not result.plan.passed:
        raise typer.Exit(1)


# --------------------------------------------------------------------------------------------
# copilot ask
# --------------------------------------------------------------------------------------------


def ask(
    ctx: typer.Context,
    question: str = typer.Argument(..., help="The question, e.g. 'How many lapsed high-value customers do we have?'"),
    conversation: str | None = typer.Option(
        None, "--conversation", "-c", help="Continue this conversation id (default: a new one)."
    ),
    model: str | None = typer.Option(None, "--model", "-m", help="Chat model, e.g. local, openai:gpt-4o-mini."),
) -> None:
    """`copilot ask` (help text: ASK_HELP)."""
    from copilot.agent.events import (
        AgentError,
        PlanProduced,
        TextDelta,
        ToolCallFinished,
        ToolCallStarted,
        TurnFinished,
    )
    from copilot.core import Session

    st = state(ctx)
    if model:
        st.overrides["model"] = model
    deps = st.deps()
    first_run(deps)
    session = Session(deps, conversation_id=conversation)
    failed = False
    wrote = False
    for ev in session.ask(question):
        if isinstance(ev, TextDelta):
            sys.stdout.write(ev.text)
            sys.stdout.flush()
            wrote = wrote or bool(ev.text)
        elif isinstance(ev, ToolCallStarted):
            note(f"[dim]→ {escape(ev.tool)} {escape(_compact(ev.arguments))}[/]")
        elif isinstance(ev, ToolCallFinished):
            mark = "[green]✓[/]" if ev.ok else "[red]✗[/]"
            note(f"[dim]{mark} {escape(ev.tool)} ({ev.seconds:.1f}s): {escape(ev.summary)}[/]")
        elif isinstance(ev, PlanProduced):
            note(f"[dim]plan {escape(ev.plan_id)} saved{' at ' + escape(ev.path) if ev.path else ''}[/]")
        elif isinstance(ev, AgentError):
            failed = True
            note(f"[bold red]error:[/] {escape(ev.message)}")
        elif isinstance(ev, TurnFinished) and not wrote and ev.stopped == "answer" and ev.answer:
            sys.stdout.write(ev.answer)
            wrote = True
    if wrote:
        sys.stdout.write("\n")
    note(f"[dim]conversation {escape(session.conversation_id)}[/]")
    if failed:
        raise typer.Exit(1)


def _compact(arguments: dict[str, object], limit: int = 120) -> str:
    import json

    text = json.dumps(arguments, default=str, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"
