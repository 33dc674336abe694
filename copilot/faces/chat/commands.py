"""Slash commands of the terminal chat, as plain functions ``cmd(chat, arg) -> None``.

Each command renders to ``chat.console`` and changes ``chat`` (the session, the last plan, the
tool-call list); tests call them directly with a console that writes to a string.
"""

from __future__ import annotations

import shlex
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.markdown import Markdown
from rich.markup import escape
from rich.table import Table

from copilot.core import Session, run_tool
from copilot.deps import Deps
from copilot.errors import UsageError
from copilot.faces.chat.render import ToolCall, TurnRenderer, plan_renderable, tool_panel
from copilot.fsutil import atomic_write_text
from copilot.lifecycle import api as lifecycle
from copilot.planner.plan_schema import CampaignPlan

EXPORT_FORMATS = ("md", "json", "html")


@dataclass
class Chat:
    """The state of one terminal chat: the core session plus what the screen needs."""

    session: Session
    console: Console
    tool_calls: list[ToolCall] = field(default_factory=list)
    last_plan: CampaignPlan | None = None
    running: bool = True

    @property
    def deps(self) -> Deps:
        """The session's dependencies (``/model`` replaces them)."""
        return self.session.deps

    def load_plan(self, plan_id: str) -> CampaignPlan:
        plan = lifecycle.show(self.deps, plan_id)
        self.last_plan = plan
        return plan


Command = Callable[[Chat, str], None]


def cmd_help(chat: Chat, arg: str) -> None:
    """Show the commands."""
    table = Table(show_header=False, box=None, padding=(0, 2))
    for name, (_, usage, doc) in COMMANDS.items():
        table.add_row(f"[bold]/{name}[/]{' ' + escape(usage) if usage else ''}", doc)
    chat.console.print(table)
    chat.console.print(
        "[dim]Enter sends · Esc then Enter (or Alt-Enter) adds a line · Ctrl-C cancels the current answer "
        "· Ctrl-D or /quit leaves.[/]"
    )


def cmd_plan(chat: Chat, arg: str) -> None:
    """Draft a checked campaign plan from a brief."""
    brief = arg.strip()
    if not brief:
        raise UsageError("Give the brief after /plan, e.g. /plan Win back lapsed trail runners, email, $5k.")
    view = TurnRenderer(chat.console)
    view.busy("Planning…")

    def progress(step: str, *_: object, **__: object) -> None:
        view.busy(f"Planning: {step}…")

    try:
        result = chat.session.plan(brief, progress=progress)
    finally:
        view.close()
    chat.last_plan = result.plan
    chat.console.print(plan_renderable(result.plan))


def cmd_export(chat: Chat, arg: str) -> None:
    """Write the last plan as Markdown, JSON or HTML."""
    parts = shlex.split(arg)
    if not parts or parts[0] not in EXPORT_FORMATS:
        raise UsageError("Usage: /export md|json|html [path].")
    if chat.last_plan is None:
        raise UsageError("There is no plan in this chat yet; make one with /plan <brief>.")
    fmt, plan = parts[0], chat.last_plan
    path = Path(parts[1]).expanduser() if len(parts) > 1 else Path(f"{plan.plan_id}.{fmt}")
    text = {"md": plan.to_markdown, "json": lambda: plan.model_dump_json(indent=2), "html": plan.to_html}[fmt]()
    atomic_write_text(path, text)
    chat.console.print(f"Wrote {escape(str(path))}.")


def cmd_segments(chat: Chat, arg: str) -> None:
    """List the customer segments and clusters with their sizes (the segment_lookup tool)."""
    with chat.console.status("Reading segments…"):
        report = run_tool(chat.deps, "segment_lookup", {"segment": arg.strip() or None})
    to_markdown = getattr(report, "to_markdown", None)
    chat.console.print(Markdown(to_markdown()) if callable(to_markdown) else report.model_dump_json(indent=2))


def cmd_cost(chat: Chat, arg: str) -> None:
    """Show the cost ledger of this conversation (LLM calls, tokens, time, cost)."""
    ledger = chat.session.ledger
    chat.console.print(Markdown(ledger.to_markdown()))
    chat.console.print(f"[dim]{escape(ledger.summary())}[/]")


def cmd_model(chat: Chat, arg: str) -> None:
    """Show the chat model, or switch to another (e.g. /model openai:gpt-4o-mini)."""
    spec = arg.strip()
    if spec:
        with chat.console.status(f"Loading {spec}…"):
            described = chat.session.switch_model(spec)
        chat.console.print(f"Switched to [bold]{escape(described)}[/]; the conversation continues.")
        return
    built = chat.deps.chat_model is not None
    described = chat.session.model_description if built else chat.deps.settings.model
    chat.console.print(f"Model: [bold]{escape(described)}[/]. Switch with /model <spec> (e.g. openai:gpt-4o-mini).")


def cmd_new(chat: Chat, arg: str) -> None:
    """Start a new conversation (the old one stays saved)."""
    new_id = chat.session.new()
    chat.tool_calls.clear()
    chat.last_plan = None
    chat.console.print(f"New conversation [bold]{escape(new_id)}[/].")


def cmd_history(chat: Chat, arg: str) -> None:
    """List saved conversations (resume one with `copilot chat --resume ID`)."""
    table = Table(title="Conversations", title_justify="left")
    table.add_column("id")
    table.add_column("updated")
    table.add_column("title")
    table.add_column("messages", justify="right")
    conversations = chat.session.list_conversations()
    if not conversations:
        chat.console.print("No saved conversations yet.")
        return
    for conv in conversations:
        mark = " (this one)" if conv.id == chat.session.conversation_id else ""
        table.add_row(conv.id + mark, f"{conv.updated_at:%Y-%m-%d %H:%M}", escape(conv.title), str(conv.messages))
    chat.console.print(table)


def cmd_expand(chat: Chat, arg: str) -> None:
    """Show a tool call in full: arguments and result (default: the last one)."""
    if not chat.tool_calls:
        raise UsageError("No tool has been called in this chat yet.")
    number = int(arg) if arg.strip().isdigit() else chat.tool_calls[-1].number
    for call in chat.tool_calls:
        if call.number == number:
            chat.console.print(tool_panel(call, expanded=True))
            return
    raise UsageError(f"There is no tool call #{number}; they run from 1 to {len(chat.tool_calls)}.")


def _plan_id(chat: Chat, arg: str, usage: str) -> str:
    """The plan id given, or the chat's last plan."""
    if arg:
        return arg.split()[0]
    if chat.last_plan is None:
        raise UsageError(f"Usage: {usage} (or make a plan first with /plan <brief>).")
    return chat.last_plan.plan_id


def _me() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def cmd_plans(chat: Chat, arg: str) -> None:
    """List the saved plans with their status."""
    infos = lifecycle.list_plans(chat.deps)
    if not infos:
        chat.console.print("No saved plans yet; make one with /plan <brief>.")
        return
    table = Table(title="Plans", title_justify="left")
    for col in ("id", "created", "name", "status"):
        table.add_column(col, overflow="fold")
    for info in infos:
        status = lifecycle.status(chat.deps, lifecycle.show(chat.deps, info.plan_id))
        table.add_row(info.plan_id, f"{info.created_at:%Y-%m-%d %H:%M}", escape(info.name), status)
    chat.console.print(table)


def cmd_approve(chat: Chat, arg: str) -> None:
    """Approve a plan (default: the last one): freezes its audience and assigns holdout and A/B arms."""
    plan_id = _plan_id(chat, arg, "/approve [plan id]")
    approved = lifecycle.approve(chat.deps, plan_id, _me())
    chat.last_plan = approved.plan
    chat.console.print(escape(approved.sentence()))
    chat.console.print(f"[dim]Export the audience with `copilot plans export {escape(plan_id)}`.[/]")


def cmd_readout(chat: Chat, arg: str) -> None:
    """Read out an approved plan's lift against its holdout (default: the last plan)."""
    plan_id = _plan_id(chat, arg, "/readout [plan id]")
    with chat.console.status("Reading out…"):
        readout = lifecycle.readout(chat.deps, plan_id)
    chat.console.print(Markdown(readout.to_markdown()))


def cmd_quit(chat: Chat, arg: str) -> None:
    """Leave the chat (the conversation is saved)."""
    chat.running = False


COMMANDS: dict[str, tuple[Command, str, str]] = {
    "help": (cmd_help, "", "show the commands"),
    "plan": (cmd_plan, "<brief>", "draft a checked campaign plan"),
    "export": (cmd_export, "md|json|html [path]", "write the last plan to a file"),
    "plans": (cmd_plans, "", "saved plans and their status"),
    "approve": (cmd_approve, "[plan id]", "approve a plan: freeze its audience, holdout and A/B arms"),
    "readout": (cmd_readout, "[plan id]", "the lift of an approved plan against its holdout"),
    "segments": (cmd_segments, "", "customer segments and their sizes"),
    "cost": (cmd_cost, "", "LLM calls, tokens, time and cost of this conversation"),
    "model": (cmd_model, "[spec]", "show or switch the chat model"),
    "new": (cmd_new, "", "start a new conversation"),
    "history": (cmd_history, "", "saved conversations"),
    "expand": (cmd_expand, "[n]", "show tool call n in full"),
    "quit": (cmd_quit, "", "leave"),
}
ALIASES = {"exit": "quit", "q": "quit", "?": "help"}


def run_command(chat: Chat, line: str) -> None:
    """Run one ``/command arg`` line. Raises :class:`UsageError` for an unknown command."""
    name, _, arg = line.strip().lstrip("/").partition(" ")
    name = ALIASES.get(name.lower(), name.lower())
    if name not in COMMANDS:
        raise UsageError(f"Unknown command /{name}; /help lists them.")
    COMMANDS[name][0](chat, arg.strip())
