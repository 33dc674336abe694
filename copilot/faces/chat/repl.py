"""The terminal chat loop: read a line, run a slash command or a turn of the core session, repeat.

Input is prompt_toolkit (history, multi-line with Esc-Enter) on a terminal, plain lines otherwise
(pipes, tests). Ctrl-C cancels the current turn, not the session; an error in a turn is shown as
one sentence and the loop goes on.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TextIO

from rich.console import Console
from rich.markup import escape
from rich.text import Text

from copilot.agent.events import (
    AgentError,
    AgentEvent,
    PlanProduced,
    TextDelta,
    ToolCallFinished,
    ToolCallStarted,
    TurnFinished,
)
from copilot.core import Session
from copilot.deps import Deps
from copilot.errors import CopilotError
from copilot.faces.chat.commands import Chat, run_command
from copilot.faces.chat.render import ToolCall, TurnRenderer, plan_renderable, tool_panel

log = logging.getLogger(__name__)

ReadLine = Callable[[], str]
"""Returns the next input (may contain newlines); raises EOFError at the end, KeyboardInterrupt on Ctrl-C."""

PROMPT = "› "


def prompt_toolkit_reader(history_file: Path | None) -> ReadLine:
    """A prompt_toolkit line reader: Up/Down history (saved to ``history_file``), Esc-Enter for a new line."""
    from prompt_toolkit import PromptSession
    from prompt_toolkit.history import FileHistory, InMemoryHistory
    from prompt_toolkit.key_binding import KeyBindings

    bindings = KeyBindings()

    @bindings.add("escape", "enter")
    def _newline(event: object) -> None:
        event.current_buffer.insert_text("\n")  # type: ignore[attr-defined]

    if history_file is not None:
        history_file.parent.mkdir(parents=True, exist_ok=True)
    history = FileHistory(str(history_file)) if history_file else InMemoryHistory()
    session: PromptSession[str] = PromptSession(
        history=history, key_bindings=bindings, multiline=False, prompt_continuation="  "
    )
    return lambda: session.prompt(PROMPT)


def plain_reader(stream: TextIO) -> ReadLine:
    """Lines from ``stream``; a line ending in a backslash continues on the next one."""

    def read() -> str:
        lines: list[str] = []
        while True:
            line = stream.readline()
            if not line:
                if lines:
                    return "\n".join(lines)
                raise EOFError
            line = line.rstrip("\n")
            if line.endswith("\\"):
                lines.append(line[:-1])
                continue
            lines.append(line)
            return "\n".join(lines)

    return read


def run_turn(chat: Chat, events: Iterable[AgentEvent]) -> None:
    """Render one turn's events; Ctrl-C stops the turn (the session keeps what was said)."""
    view = TurnRenderer(chat.console)
    view.busy("Thinking…")
    iterator: Iterator[AgentEvent] = iter(events)
    open_calls: dict[str, ToolCall] = {}
    try:
        for ev in iterator:
            if isinstance(ev, TextDelta):
                view.text(ev.text)
            elif isinstance(ev, ToolCallStarted):
                call = ToolCall(number=len(chat.tool_calls) + 1, name=ev.tool, arguments=dict(ev.arguments))
                chat.tool_calls.append(call)
                open_calls[ev.call_id or ev.tool] = call
                view.busy(f"Running {ev.tool}…")
            elif isinstance(ev, ToolCallFinished):
                found = open_calls.pop(ev.call_id or ev.tool, None)
                if found is None:  # a finish without a start: still show it
                    found = ToolCall(number=len(chat.tool_calls) + 1, name=ev.tool)
                    chat.tool_calls.append(found)
                call = found
                call.summary, call.seconds, call.ok, call.done = ev.summary, ev.seconds, ev.ok, True
                view.show(tool_panel(call))
                view.busy("Thinking…")
            elif isinstance(ev, PlanProduced):
                try:
                    plan = chat.load_plan(ev.plan_id)
                except CopilotError as exc:
                    view.show(Text(f"Plan {ev.plan_id}: {exc}", style="yellow"))
                else:
                    view.show(plan_renderable(plan))
                view.busy("Thinking…")
            elif isinstance(ev, AgentError):
                view.show(Text(f"✗ {ev.message}", style="red"))
            elif isinstance(ev, TurnFinished):
                if not view.any_text and ev.stopped == "answer" and ev.answer.strip():
                    view.text(ev.answer)
                view.close()
                if ev.ledger.calls:
                    chat.console.print(Text(ev.ledger.summary(), style="dim"))
    except KeyboardInterrupt:
        view.close()
        close = getattr(iterator, "close", None)
        if close is not None:
            close()
        chat.console.print(Text("Cancelled.", style="yellow"))
    finally:
        view.close()


def handle_line(chat: Chat, line: str) -> None:
    """One input: a slash command or a question. Errors are one sentence; the loop goes on."""
    text = line.strip()
    if not text:
        return
    try:
        if text.startswith("/"):
            run_command(chat, text)
        else:
            run_turn(chat, chat.session.ask(text))
    except KeyboardInterrupt:
        chat.console.print(Text("Cancelled.", style="yellow"))
    except CopilotError as exc:
        chat.console.print(f"[red]✗[/] {escape(str(exc))}")
    except Exception as exc:  # the REPL boundary: one sentence, the detail in the log (-v)
        log.debug("turn failed", exc_info=True)
        sentence = unexpected_error_sentence(exc, chat.session.conversation_id)
        chat.console.print(Text.assemble(("✗ ", "red"), sentence))


def unexpected_error_sentence(exc: BaseException, conversation_id: str | None = None, limit: int = 160) -> str:
    """One line about an unexpected error: its type and the first line of its message (cut at
    ``limit``), and where the full detail is (the debug log on stderr, shown with ``copilot -v``)."""
    first = next((line.strip() for line in str(exc).splitlines() if line.strip()), "")
    if len(first) > limit:
        first = first[: limit - 1].rstrip() + "…"
    what = f"{type(exc).__name__}: {first.rstrip('.')}" if first else type(exc).__name__
    where = (
        "the traceback is in the debug log above"
        if log.isEnabledFor(logging.DEBUG)
        else f"run `copilot -v chat{f' --resume {conversation_id}' if conversation_id else ''}` to log the full traceback"
    )
    return f"Something went wrong ({what}); {where}."


def show_recent(chat: Chat, turns: int = 3) -> None:
    """On resume: the last few user/assistant messages of the conversation, dimmed."""
    said = [m for m in chat.session.history() if m.role in ("user", "assistant") and m.text.strip()]
    for m in said[-2 * turns :]:
        who = "you" if m.role == "user" else "copilot"
        chat.console.print(Text.assemble((f"{who}: ", "bold dim"), (m.text.strip(), "dim")))


def repl(chat: Chat, read: ReadLine) -> None:
    """Read and handle lines until /quit or end of input."""
    chat.console.print(
        f"[bold]copilot[/] · conversation [bold]{escape(chat.session.conversation_id)}[/] · "
        "/help for commands, /quit to leave"
    )
    while chat.running:
        try:
            line = read()
        except KeyboardInterrupt:  # Ctrl-C at the prompt clears the line
            continue
        except EOFError:
            break
        handle_line(chat, line)
    chat.console.print(f"[dim]Saved. Resume with: copilot chat --resume {escape(chat.session.conversation_id)}[/]")


def run_chat(
    deps: Deps,
    *,
    conversation_id: str | None = None,
    console: Console | None = None,
    read: ReadLine | None = None,
) -> Chat:
    """Run the terminal chat over ``Session(deps, conversation_id)`` and return its final state."""
    console = console or Console()
    session = Session(deps, conversation_id=conversation_id)
    chat = Chat(session=session, console=console)
    if conversation_id is not None:
        show_recent(chat)
    if read is None:
        if sys.stdin.isatty() and console.is_terminal:
            read = prompt_toolkit_reader(deps.workspace.cache_dir / "chat_input_history")
        else:
            read = plain_reader(sys.stdin)
    repl(chat, read)
    return chat
