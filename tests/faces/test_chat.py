"""The terminal chat in-process: slash commands as plain functions, turns rendered from the real
Session + agent loop with THE scripted model, and the loop's error and Ctrl-C behaviour.

A chat here writes to a rich Console over a StringIO (not a terminal: no live redraws), so the
transcript is plain text to assert on. The real terminal is driven in test_chat_tmux.py.
"""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from fakes import ScriptedChatModel, final, route
from fakes.tiny_tools import segment_size
from planner.helpers import make_plan, scripted_copy
from rich.console import Console

from copilot.agent.events import AgentEvent, TextDelta, ToolCallStarted, TurnFinished
from copilot.agent.toolset import Tool
from copilot.core import Session
from copilot.deps import Deps
from copilot.errors import ModelError, UsageError
from copilot.faces.chat import COMMANDS, Chat, handle_line, run_command, run_turn
from copilot.faces.chat.repl import plain_reader, repl, unexpected_error_sentence
from copilot.planner.store import save_plan
from copilot.settings import load_settings
from copilot.workspace import open_workspace


@pytest.fixture
def model() -> ScriptedChatModel:
    return ScriptedChatModel(script=[])


@pytest.fixture
def chat(tmp_path: Path, model: ScriptedChatModel) -> Chat:
    """A chat over an empty workspace with one tiny tool; its console writes to a string."""
    ws = open_workspace(tmp_path / "ws")
    ws.create()
    deps = Deps(settings=load_settings(ws.root), workspace=ws, chat_model=model)
    session = Session(deps, "c-test", tools=[Tool.from_function(segment_size)])
    return Chat(session=session, console=Console(file=io.StringIO(), width=100, color_system=None))


@pytest.fixture
def saved_plan_id(chat: Chat) -> str:
    """The planner suite's sample plan, saved in this chat's workspace."""
    plan = make_plan()
    save_plan(chat.deps, plan)
    return plan.plan_id


def screen(chat: Chat) -> str:
    """Everything printed so far (and clear it)."""
    file = chat.console.file
    assert isinstance(file, io.StringIO)
    text = file.getvalue()
    file.seek(0)
    file.truncate()
    return text


# --------------------------------------------------------------------------------------------
# turns
# --------------------------------------------------------------------------------------------


def test_a_turn_shows_a_compact_tool_panel_then_the_markdown_answer(chat: Chat, model: ScriptedChatModel) -> None:
    model.add(route("segment_size", segment="Champions"), final("There are **120** Champions."))
    handle_line(chat, "How many champions?")
    out = screen(chat)
    assert "segment_size" in out and '{"segment": "Champions"}' in out  # tool and arguments
    assert "→ Champions: 120 customers" in out and "/expand 1" in out  # one-line result, how to expand
    assert "There are 120 Champions." in out  # Markdown rendered (no asterisks)
    assert out.index("segment_size") < out.index("There are 120")
    assert "1 LLM call" in out or "2 LLM calls" in out  # the turn's ledger line
    model.assert_complete()


def test_expand_shows_a_tool_call_in_full(chat: Chat, model: ScriptedChatModel) -> None:
    model.add(route("segment_size", segment="Champions"), final("120."))
    handle_line(chat, "How many champions?")
    screen(chat)
    run_command(chat, "/expand 1")
    out = screen(chat)
    assert "#1" in out and "arguments" in out and '"segment": "Champions"' in out and "result" in out
    with pytest.raises(UsageError, match="no tool call #7"):
        run_command(chat, "/expand 7")


def test_an_error_in_a_turn_is_one_sentence_and_the_chat_goes_on(chat: Chat, model: ScriptedChatModel) -> None:
    model.add(ModelError("The model server did not answer."), final("Back again."))
    handle_line(chat, "first")
    out = screen(chat)
    assert "The model server did not answer." in out and "Traceback" not in out
    handle_line(chat, "second")
    assert "Back again." in screen(chat)


def test_an_unexpected_error_is_one_sentence_that_says_where_the_traceback_is(
    chat: Chat, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(text: str) -> Iterator[AgentEvent]:
        raise RuntimeError("the index is corrupt\nTraceback (most recent call last):\n  File \"x.py\", line 1")

    monkeypatch.setattr(chat.session, "ask", broken)
    handle_line(chat, "hello")
    out = " ".join(screen(chat).split())  # the console wraps at 100 columns
    assert out == (
        "✗ Something went wrong (RuntimeError: the index is corrupt); "
        "run `copilot -v chat --resume c-test` to log the full traceback."
    )
    assert unexpected_error_sentence(ValueError("x" * 500)).count("x") <= 160  # a long message is cut
    assert unexpected_error_sentence(KeyError()).startswith("Something went wrong (KeyError);")

    caplog.set_level(logging.DEBUG, logger="copilot.faces.chat.repl")  # as with `copilot -v`
    handle_line(chat, "hello again")
    assert "the traceback is in the debug log above." in " ".join(screen(chat).split())
    assert any(r.exc_info and "the index is corrupt" in str(r.exc_info[1]) for r in caplog.records)
    assert chat.running


def test_ctrl_c_cancels_the_turn_not_the_session(chat: Chat) -> None:
    closed: list[bool] = []

    def interrupted_turn() -> Iterator[AgentEvent]:
        try:
            yield TextDelta(text="Counting the")
            yield ToolCallStarted(tool="segment_size", arguments={"segment": "Champions"})
            raise KeyboardInterrupt  # what SIGINT does mid-turn
        finally:
            closed.append(True)

    run_turn(chat, interrupted_turn())
    out = screen(chat)
    assert "Counting the" in out and "Cancelled." in out
    assert closed == [True]
    assert chat.running  # the session goes on


def test_the_loop_reads_lines_until_quit(chat: Chat, model: ScriptedChatModel) -> None:
    model.add(final("Hello."))
    repl(chat, plain_reader(io.StringIO("hi there\n/nope\n/quit\nnever read\n")))
    out = screen(chat)
    assert "conversation c-test" in out
    assert "Hello." in out
    assert "Unknown command /nope" in out  # one sentence, the loop went on
    assert "copilot chat --resume c-test" in out
    model.assert_complete()


def test_a_backslash_continues_the_input_on_the_next_line() -> None:
    read = plain_reader(io.StringIO("first line\\\nsecond line\n"))
    assert read() == "first line\nsecond line"
    with pytest.raises(EOFError):
        read()


def test_an_answer_without_deltas_is_still_shown(chat: Chat) -> None:
    run_turn(chat, iter([TurnFinished(answer="Only the final text.", stopped="answer")]))
    assert "Only the final text." in screen(chat)


# --------------------------------------------------------------------------------------------
# slash commands as plain functions
# --------------------------------------------------------------------------------------------


def test_help_lists_every_command(chat: Chat) -> None:
    run_command(chat, "/help")
    out = screen(chat)
    for name in ("help", "plan", "export", "segments", "cost", "model", "new", "history", "quit", "expand"):
        assert f"/{name}" in out
    assert set(COMMANDS) >= {"help", "plan", "export", "segments", "cost", "model", "new", "history", "quit"}


def test_cost_shows_this_conversations_ledger(chat: Chat, model: ScriptedChatModel) -> None:
    model.add(final("One."), final("Two."))
    handle_line(chat, "one")
    handle_line(chat, "two")
    screen(chat)
    run_command(chat, "/cost")
    out = screen(chat)
    assert "2 LLM calls" in out and "scripted" in out and "$0 (local)" in out


def test_model_shows_the_model_and_a_bad_switch_is_one_sentence(chat: Chat) -> None:
    run_command(chat, "/model")
    assert "Model:" in screen(chat)
    handle_line(chat, "/model openai:gpt-4o-mini")  # no OPENAI_API_KEY in tests
    out = screen(chat)
    assert "OPENAI_API_KEY" in out and "Traceback" not in out


def test_new_starts_a_fresh_conversation_and_history_lists_them(chat: Chat, model: ScriptedChatModel) -> None:
    model.add(final("First answer."), final("Second answer."))
    handle_line(chat, "first conversation")
    run_command(chat, "/new")
    new_id = chat.session.conversation_id
    assert new_id != "c-test" and chat.tool_calls == []
    handle_line(chat, "second conversation")
    screen(chat)
    run_command(chat, "/history")
    out = screen(chat)
    assert "c-test" in out and f"{new_id} (this one)" in out and "first conversation" in out
    assert "first conversation" not in model.requests[1].all_text  # /new really started afresh


def test_quit_stops_the_loop(chat: Chat) -> None:
    run_command(chat, "/quit")
    assert chat.running is False


def test_export_needs_a_plan_first(chat: Chat) -> None:
    with pytest.raises(UsageError, match="no plan in this chat yet"):
        run_command(chat, "/export md")
    with pytest.raises(UsageError, match="Usage: /export"):
        run_command(chat, "/export pdf")


def test_plan_needs_a_brief(chat: Chat) -> None:
    with pytest.raises(UsageError, match="Give the brief"):
        run_command(chat, "/plan")


def test_export_writes_the_last_plan_in_each_format(chat: Chat, saved_plan_id: str, tmp_path: Path) -> None:
    chat.load_plan(saved_plan_id)
    for fmt in ("md", "json", "html"):
        target = tmp_path / f"out.{fmt}"
        run_command(chat, f"/export {fmt} {target}")
        assert f"Wrote {target}" in screen(chat).replace("\n", "")
    assert json.loads((tmp_path / "out.json").read_text())["plan_id"] == saved_plan_id
    assert (tmp_path / "out.md").read_text().startswith("#")
    assert "<html" in (tmp_path / "out.html").read_text().lower()


# --------------------------------------------------------------------------------------------
# commands over the trained demo workspace (real tools, real planner)
# --------------------------------------------------------------------------------------------


def test_segments_lists_segments_from_the_trained_models(deps: Deps) -> None:
    chat = Chat(session=Session(deps, "c-seg"), console=Console(file=io.StringIO(), width=200, color_system=None))
    run_command(chat, "/segments")
    out = screen(chat)
    assert "Segments" in out and "Champions" in out and "reachable" in out


def test_segments_calls_the_tool_registered_under_its_name(chat: Chat, monkeypatch: pytest.MonkeyPatch) -> None:
    # /segments goes through the one registry (copilot.core.run_tool), not the tool's module: whatever
    # is registered as segment_lookup answers (here the tiny segment_size tool, in the entry's place)
    from fakes.tiny_tools import CALLS

    from copilot.tools import registry

    monkeypatch.setitem(registry._TOOLS, "segment_lookup", registry.ToolEntry("segment_size", "fakes.tiny_tools"))
    before = len(CALLS.calls)
    run_command(chat, "/segments Champions")
    assert CALLS.calls[before:] == ["Champions"]
    assert '"customers": 120' in screen(chat)


def test_plan_shows_the_checked_plan_and_export_writes_it(ready_root: Path, tmp_path: Path) -> None:
    model = ScriptedChatModel(script=[scripted_copy()])
    ws = open_workspace(ready_root)
    deps = Deps(settings=load_settings(ws.root), workspace=ws, chat_model=model)
    chat = Chat(session=Session(deps, "c-plan"), console=Console(file=io.StringIO(), width=120, color_system=None))
    run_command(chat, "/plan Win back lapsed high-value trail runners this spring, email and SMS, $20k")
    out = screen(chat)
    assert chat.last_plan is not None and chat.last_plan.passed
    assert "passed all checks" in out and chat.last_plan.name in out and "Saved as" in out
    run_command(chat, f"/export json {tmp_path / 'p.json'}")
    assert json.loads((tmp_path / "p.json").read_text())["plan_id"] == chat.last_plan.plan_id
    model.assert_complete()
