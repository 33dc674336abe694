"""Rich rendering for the terminal chat: streamed Markdown, a spinner while the model or a tool
works, compact tool-call panels (expandable with ``/expand``), plans and the cost ledger.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from rich.console import Console, Group, RenderableType
from rich.json import JSON
from rich.live import Live
from rich.markdown import Markdown
from rich.markup import escape
from rich.panel import Panel
from rich.spinner import Spinner
from rich.table import Table
from rich.text import Text

from copilot.planner.plan_schema import CampaignPlan

ARGS_PREVIEW = 90


@dataclass
class ToolCall:
    """One tool call seen in this chat session (numbered from 1 for ``/expand``)."""

    number: int
    name: str
    arguments: dict[str, Any] = field(default_factory=dict)
    summary: str = ""
    seconds: float | None = None
    ok: bool = True
    result: Any = None
    done: bool = False


def _one_line(value: Any, limit: int = ARGS_PREVIEW) -> str:
    text = value if isinstance(value, str) else json.dumps(value, default=str, ensure_ascii=False)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def tool_panel(call: ToolCall, *, expanded: bool = False) -> Panel:
    """A compact panel: tool, arguments, a one-line result and the time; ``expanded`` shows all."""
    took = f" · {call.seconds:.1f}s" if call.seconds is not None else ""
    mark = "[green]✓[/]" if call.ok else "[red]✗[/]"
    title = f"{mark} [bold]{escape(call.name)}[/]{took}"
    if not expanded:
        body = Text.assemble(
            (_one_line(call.arguments), "dim"), "\n", ("→ ", "cyan"), _one_line(call.summary or "(no result)", 200)
        )
        return Panel(
            body, title=title, title_align="left", subtitle=f"/expand {call.number}", subtitle_align="right",
            border_style="dim" if call.ok else "red", padding=(0, 1),
        )
    parts: list[RenderableType] = [Text("arguments", style="bold"), JSON.from_data(call.arguments, default=str)]
    parts += [Text("result", style="bold"), Text(call.summary or "(no result)")]
    if call.result is not None and call.result != call.summary:
        detail = call.result if isinstance(call.result, str) else json.dumps(call.result, default=str, indent=2)
        parts.append(Text(detail))
    return Panel(Group(*parts), title=f"#{call.number} {title}", title_align="left", border_style="cyan")


def plan_renderable(plan: CampaignPlan) -> RenderableType:
    """A plan as panels: the status line, failed checks (red), then the plan's own Markdown."""
    status = (
        Text("✓ passed all checks", style="bold green")
        if plan.passed
        else Text(f"✗ {len(plan.failed_checks)} check(s) failed — fix before approving", style="bold red")
    )
    parts: list[RenderableType] = [status]
    if plan.failed_checks:
        table = Table(show_header=True, header_style="bold red", expand=True, box=None)
        table.add_column("check")
        table.add_column("target")
        table.add_column("details", ratio=3)
        for c in plan.failed_checks:
            table.add_row(c.name, c.target or "", c.details)
        parts.append(table)
    parts.append(Markdown(plan.to_markdown()))
    parts.append(Text(f"Saved as {plan.plan_id}. /export md|json|html [path] writes it out.", style="dim"))
    return Panel(Group(*parts), title=f"[bold]{escape(plan.name)}[/]", title_align="left", border_style="green")


def ledger_table(rows: list[tuple[str, str]], title: str = "Cost") -> Table:
    table = Table(title=title, show_header=False, box=None, title_justify="left")
    table.add_column(style="bold")
    table.add_column(justify="right")
    for k, v in rows:
        table.add_row(k, v)
    return table


class TurnRenderer:
    """Draws one turn as events arrive.

    On a terminal: a transient spinner while nothing is streaming, a live Markdown block while text
    streams, and a printed panel per tool call. Elsewhere (pipes, tests): each text block is printed
    once as Markdown when it ends, with no spinner.
    """

    def __init__(self, console: Console) -> None:
        self.console = console
        self.live_enabled = console.is_terminal
        self._live: Live | None = None
        self._mode: str = ""
        self._text = ""
        self.any_text = False

    # --- states ------------------------------------------------------------------------------
    def busy(self, label: str) -> None:
        """Show a spinner with ``label`` (ends the current text block)."""
        self._end_text()
        if not self.live_enabled:
            return
        spinner = Spinner("dots", text=Text(label, style="dim"))
        if self._live is not None and self._mode == "spinner":
            self._live.update(spinner)
            return
        self._live = Live(spinner, console=self.console, transient=True, refresh_per_second=10)
        self._mode = "spinner"
        self._live.start()

    def text(self, delta: str) -> None:
        """Append streamed text to the current Markdown block."""
        self._text += delta
        self.any_text = self.any_text or bool(delta.strip())
        if not self.live_enabled:
            return
        if self._mode != "text":
            self._stop_live()
            self._live = Live(
                Markdown(self._text), console=self.console, refresh_per_second=8, vertical_overflow="visible"
            )
            self._mode = "text"
            self._live.start()
        elif self._live is not None:
            self._live.update(Markdown(self._text))

    def show(self, renderable: RenderableType) -> None:
        """Print a finished element (tool panel, plan, error line) after the current text."""
        self._end_text()
        self._stop_live()
        self.console.print(renderable)

    def close(self) -> None:
        """End the turn: flush text, remove the spinner."""
        self._end_text()
        self._stop_live()

    # --- internals -------------------------------------------------------------------------------
    def _end_text(self) -> None:
        if not self._text.strip():
            self._text = ""
            return
        if self._mode == "text" and self._live is not None:
            self._live.update(Markdown(self._text))
            self._stop_live()
        else:
            self._stop_live()
            self.console.print(Markdown(self._text))
        self._text = ""

    def _stop_live(self) -> None:
        if self._live is not None:
            self._live.stop()
        self._live = None
        self._mode = ""
