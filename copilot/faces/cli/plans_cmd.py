"""`copilot plans list|show|approve|reject|export|readout|calibration`: the plan lifecycle from the shell.

Every command calls :mod:`copilot.lifecycle.api` (the one lifecycle API the REPL and Slack use too).
Results go to stdout, notes to stderr. Approving freezes the audience and assigns the holdout and the
A/B variants; nothing is ever sent.
"""

from __future__ import annotations

import getpass
import json
from enum import StrEnum
from pathlib import Path

import typer
from rich.markup import escape

from copilot.faces.cli.context import note, out, state
from copilot.fsutil import atomic_write_text

plans_app = typer.Typer(
    name="plans",
    help="Saved plans: list, show, approve (freezes the audience and its holdout), reject, export the "
    "audience for your email/SMS tool, read out the lift.",
    no_args_is_help=True,
)


class Format(StrEnum):
    md = "md"
    json = "json"
    html = "html"


def register(app: typer.Typer) -> None:
    """Attach ``copilot plans`` to the root app."""
    app.add_typer(plans_app, name="plans")


def _who(name: str | None) -> str:
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def _emit(text: str, output: Path | None) -> None:
    if output is not None:
        atomic_write_text(output, text if text.endswith("\n") else text + "\n")
        note(f"Wrote {escape(str(output))}.")
    else:
        typer.echo(text, nl=not text.endswith("\n"))


@plans_app.command("list")
def list_cmd(ctx: typer.Context) -> None:
    """Saved plans, newest first, with their status."""
    from copilot.lifecycle import api

    deps = state(ctx).deps()
    infos = api.list_plans(deps)
    if not infos:
        note("No saved plans yet: draft one with `copilot plan \"<brief>\"`.")
        return
    for info in infos:  # one greppable line per plan (ids are long: no wrapped table)
        plan = api.show(deps, info.plan_id)
        checks = "passed" if info.passed else "failed"
        typer.echo(f"{info.plan_id}  {info.created_at:%Y-%m-%d %H:%M}  {api.status(deps, plan):<9}  "
                   f"checks {checks:<6}  {info.name}")


@plans_app.command("show")
def show_cmd(
    ctx: typer.Context,
    plan_id: str = typer.Argument(..., help="The plan id (see `copilot plans list`)."),
    fmt: Format = typer.Option(Format.md, "--format", "-f", help="md, json or html."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write to this file instead of stdout."),
) -> None:
    """Print a saved plan."""
    from copilot.lifecycle import api

    plan = api.show(state(ctx).deps(), plan_id)
    text = {"md": plan.to_markdown, "json": lambda: plan.model_dump_json(indent=2), "html": plan.to_html}[fmt.value]()
    _emit(text, output)


@plans_app.command("approve")
def approve_cmd(
    ctx: typer.Context,
    plan_id: str = typer.Argument(..., help="The plan id."),
    by: str | None = typer.Option(None, "--by", help="Who approves (default: your user name)."),
    note_text: str = typer.Option("", "--note", help="A note stored with the approval."),
    force: bool = typer.Option(False, "--force", help="Approve although some checks failed (you own them)."),
) -> None:
    """Approve a plan: record who and when, freeze its audience and assign holdout and A/B arms."""
    from copilot.lifecycle import api

    approved = api.approve(state(ctx).deps(), plan_id, _who(by), note=note_text, force=force)
    out.print(escape(approved.sentence()), highlight=False, soft_wrap=True)
    for c in approved.activation.channels:
        note(f"  {c.channel}: {c.treated:,} treated (A {c.variant_a:,} / B {c.variant_b:,}), {c.holdout:,} holdout")
    note(f"Next: `copilot plans export {plan_id}`.")


@plans_app.command("reject")
def reject_cmd(
    ctx: typer.Context,
    plan_id: str = typer.Argument(..., help="The plan id."),
    reason: str = typer.Option(..., "--reason", "-r", help="Why the plan is rejected."),
    by: str | None = typer.Option(None, "--by", help="Who rejects (default: your user name)."),
) -> None:
    """Reject a plan with a reason (kept on the saved plan)."""
    from copilot.lifecycle import api

    plan = api.reject(state(ctx).deps(), plan_id, _who(by), reason)
    r = plan.rejection
    assert r is not None
    out.print(f"Plan {escape(plan_id)} rejected by {escape(r.rejected_by)}: {escape(r.reason)}", highlight=False,
              soft_wrap=True)


@plans_app.command("export")
def export_cmd(
    ctx: typer.Context,
    plan_id: str = typer.Argument(..., help="The plan id (approved)."),
    folder: Path | None = typer.Option(None, "--output", "-o", help="Folder for the files "
                                       "(default: <workspace>/plans/<id>/export)."),
) -> None:
    """Write one file per channel (CSV and Parquet) for your email/SMS tool, and the holdout as a
    suppression list. Consent is checked again now; contact details only if your data has them."""
    from copilot.lifecycle import api

    report = api.export(state(ctx).deps(), plan_id, folder)
    out.print(report.to_markdown(), highlight=False, soft_wrap=True)


@plans_app.command("readout")
def readout_cmd(
    ctx: typer.Context,
    plan_id: str = typer.Argument(..., help="The plan id (approved, its touches and orders imported)."),
    fmt: Format = typer.Option(Format.md, "--format", "-f", help="md, json or html (with a chart)."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write to this file instead of stdout."),
) -> None:
    """Treated vs holdout: the lift with 95% intervals (CUPED), per channel and A/B variant, forecast vs
    actual, cost and ROI. A final read-out calibrates the next forecasts."""
    from copilot.lifecycle import api

    r = api.readout(state(ctx).deps(), plan_id)
    text = {"md": r.to_markdown, "json": lambda: r.model_dump_json(indent=2), "html": r.to_html}[fmt.value]()
    _emit(text, output)
    note(escape(r.headline()))
    if not r.final:
        note("[yellow]Interim read-out[/]: the window has not closed in the imported orders; no A/B winner is "
             "declared and the forecasts are not calibrated yet.")


@plans_app.command("calibration")
def calibration_cmd(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="JSON instead of Markdown."),
) -> None:
    """Forecast vs actual over every read-out plan, and the calibration the forecasts now use."""
    from copilot.lifecycle import api

    table = api.calibration(state(ctx).deps())
    typer.echo(json.dumps(table.model_dump(mode="json"), indent=2) if as_json else table.to_markdown())
