"""The Slack bot end to end: a real Bolt app served over HTTP on 127.0.0.1, correctly signed
requests posted to it, and its Web API calls captured by a local stub server.

Chat turns use the real ``Session`` and agent loop with THE scripted model and a tiny tool (no demo
data needed). ``bot.drain()`` waits for every listener, lazy listener and queued turn to finish (it
shuts Bolt's listener pool down, then joins copilot's turn queue), so "nothing else was posted" is
checked without sleeping.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from faces.slack_stub import BOT_USER, ApiCall, SlackSender, SlackStub
from fakes import ScriptedChatModel, final, route
from fakes.tiny_tools import segment_size
from langchain_core.messages import BaseMessage, HumanMessage
from planner.conftest import FIXED_NOW
from planner.helpers import make_plan, scripted_copy
from pydantic import SecretStr
from slack_bolt import App
from slack_sdk import WebClient

from copilot.agent.toolset import Tool
from copilot.core import Session
from copilot.deps import Deps
from copilot.errors import SettingsError
from copilot.faces.slack import (
    SlackCopilot,
    build_app,
    ignore_other_messages,
    make_http_server,
    manifest_text,
    register,
)
from copilot.faces.slack.dedupe import EventDeduper
from copilot.faces.slack.progress import ThrottledMessage
from copilot.faces.slack.text import GENERIC_FAILURE
from copilot.faces.slack.work import TurnQueue
from copilot.planner.plan_schema import CampaignPlan, CheckResult
from copilot.planner.store import load_plan, save_plan
from copilot.settings import load_settings
from copilot.workspace import open_workspace

SECRET = "test-signing-secret-1234"


def last_human(messages: list[BaseMessage]) -> str:
    return next(str(m.content) for m in reversed(messages) if isinstance(m, HumanMessage))


def echo_answer(prefix: str = "answer to: ") -> Callable[[list[BaseMessage], dict[str, Any]], dict[str, Any]]:
    """A script item that answers from the request itself, so concurrent threads stay deterministic."""
    return lambda messages, _kw: final(prefix + last_human(messages).strip().splitlines()[-1])


@dataclass
class Bot:
    stub: SlackStub
    slack: SlackSender
    model: ScriptedChatModel
    deps: Deps
    executor: ThreadPoolExecutor
    copilot: SlackCopilot

    def drain(self) -> None:
        """Wait until every listener, lazy listener and queued turn has finished."""
        self.executor.shutdown(wait=True)
        assert self.copilot.turns.join(timeout=60), "copilot's turns did not finish"

    def posts(self, channel: str, thread_ts: str | None = None) -> list[ApiCall]:
        return [
            c for c in self.stub.of("chat.postMessage")
            if c.params.get("channel") == channel and (thread_ts is None or c.params.get("thread_ts") == thread_ts)
        ]

    def final_text(self, message_ts: str) -> str:
        """The last text the bot put into message ``message_ts`` (through chat.update)."""
        texts = [c.text for c in self.stub.of("chat.update") if c.params.get("ts") == message_ts]
        return texts[-1] if texts else ""

    def wait_final(self, message_ts: str, contains: str, timeout: float = 20.0) -> str:
        self.stub.wait_for(lambda _s: contains in self.final_text(message_ts), timeout, f"{contains!r} in {message_ts}")
        return self.final_text(message_ts)

    def wait_post(self, channel: str, thread_ts: str, count: int = 1, timeout: float = 20.0) -> list[ApiCall]:
        self.stub.wait_for(lambda _s: len(self.posts(channel, thread_ts)) >= count, timeout,
                           f"{count} post(s) in {channel}/{thread_ts}")
        return self.posts(channel, thread_ts)


def serve(app: App) -> Iterator[str]:
    """Serve ``app`` with copilot's own HTTP server on a free loopback port; yield the events URL."""
    server = make_http_server(app, host="127.0.0.1", port=0)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/slack/events"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture
def stub() -> Iterator[SlackStub]:
    s = SlackStub().start()
    yield s
    s.stop()


@pytest.fixture
def chat_deps(tmp_path: Path) -> Deps:
    """Deps over an empty workspace with the scripted model (chat needs no demo data)."""
    ws = open_workspace(tmp_path / "ws")
    ws.create()
    return Deps(settings=load_settings(ws.root), workspace=ws, chat_model=ScriptedChatModel(script=[]))


def start_bot(
    stub: SlackStub,
    deps: Deps,
    *,
    tiny_tools: bool = True,
    bolt_workers: int = 6,
    brand: Callable[[App, SlackCopilot], None] | None = None,
    **register_options: Any,
) -> Iterator[Bot]:
    """copilot registered on a Bolt app served on 127.0.0.1; ``brand(app, copilot)`` then adds the
    embedding brand's own listeners (after copilot's)."""
    settings = load_settings(deps.workspace.root, slack_signing_secret=SecretStr(SECRET))
    executor = ThreadPoolExecutor(max_workers=bolt_workers, thread_name_prefix="bolt")
    client = WebClient(token="xoxb-test-token", base_url=stub.url)
    app = build_app(settings, socket_mode=False, client=client, listener_executor=executor)
    factory = (lambda cid: Session(deps, cid, tools=[Tool.from_function(segment_size)])) if tiny_tools else None
    copilot = register(app, deps, session_factory=factory, update_interval=0.0, **register_options)
    if brand is not None:
        brand(app, copilot)
    assert isinstance(deps.chat_model, ScriptedChatModel)
    try:
        for url in serve(app):
            yield Bot(stub=stub, slack=SlackSender(url, SECRET), model=deps.chat_model, deps=deps,
                      executor=executor, copilot=copilot)
    finally:
        executor.shutdown(wait=True)
        copilot.close(wait=True, timeout=30)


running_bot = contextlib.contextmanager(start_bot)


@pytest.fixture
def bot(stub: SlackStub, chat_deps: Deps) -> Iterator[Bot]:
    yield from start_bot(stub, chat_deps)


def mention(text: str, ts: str, channel: str = "C0GROWTH", thread_ts: str | None = None) -> dict[str, Any]:
    event = {"type": "app_mention", "user": "U0MARIA", "text": f"<@{BOT_USER}> {text}", "ts": ts,
             "channel": channel, "event_ts": ts}
    if thread_ts:
        event["thread_ts"] = thread_ts
    return event


def dm(text: str, ts: str, channel: str = "D0MARIA", thread_ts: str | None = None) -> dict[str, Any]:
    event = {"type": "message", "channel_type": "im", "user": "U0MARIA", "text": text, "ts": ts,
             "channel": channel, "event_ts": ts}
    if thread_ts:
        event["thread_ts"] = thread_ts
    return event


def channel_message(text: str, ts: str, channel: str = "C0GROWTH", thread_ts: str | None = None,
                    **extra: Any) -> dict[str, Any]:
    """A ``message.channels`` event: every message in a channel the bot is in."""
    event = {"type": "message", "channel_type": "channel", "user": "U0MARIA", "text": text, "ts": ts,
             "channel": channel, "event_ts": ts, **extra}
    if thread_ts:
        event["thread_ts"] = thread_ts
    return event


def gated_answer(
    gate: threading.Event, entered: threading.Event
) -> Callable[[list[BaseMessage], dict[str, Any]], dict[str, Any]]:
    """A script item that sets ``entered``, blocks the model until ``gate`` is set, then echoes the question."""

    def reply(messages: list[BaseMessage], kw: dict[str, Any]) -> dict[str, Any]:
        entered.set()
        assert gate.wait(timeout=60), "the test never released the model"
        return echo_answer()(messages, kw)

    return reply


def timed(call: Callable[[], tuple[int, str]]) -> tuple[int, str, float]:
    started = time.monotonic()
    status, body = call()
    return status, body, time.monotonic() - started


# --------------------------------------------------------------------------------------------
# chat: mentions and DMs
# --------------------------------------------------------------------------------------------


def test_mention_is_answered_in_its_thread_with_progress_then_the_answer(bot: Bot) -> None:
    bot.model.add(route("segment_size", segment="Champions"), final("There are **120** Champions."))
    status, _ = bot.slack.event(mention("how many champions?", "1700000000.000001"), event_id="Ev01")
    assert status == 200

    placeholder = bot.wait_post("C0GROWTH", "1700000000.000001")[0]
    assert "Thinking" in placeholder.text
    bot.wait_final(placeholder.ts, "Champions.")
    bot.drain()
    edits = [c.text for c in bot.stub.of("chat.update") if c.ts == placeholder.ts]
    assert edits[-1] == "There are *120* Champions."  # Markdown bold became Slack bold
    assert any("segment_size" in t for t in edits), edits  # progress showed the running tool
    streamed = [t for t in edits[:-1] if t.startswith("There are")]
    assert streamed and all(len(t) < len(edits[-1]) for t in streamed)  # the answer streamed in
    assert len(bot.posts("C0GROWTH")) == 1  # one message in the thread, edited in place
    bot.model.assert_complete()
    assert bot.model.requests[0].human_texts[-1] == "how many champions?"  # the mention is stripped


def test_direct_messages_keep_one_conversation_per_thread(bot: Bot) -> None:
    bot.model.add(final("Hello Maria."), echo_answer(), echo_answer())
    bot.slack.event(dm("hi, I am Maria", "1700000100.000001"), event_id="Ev10")
    first = bot.wait_post("D0MARIA", "1700000100.000001")[0]
    bot.wait_final(first.ts, "Hello Maria.")

    # a follow-up in the same thread remembers; a new DM thread starts fresh
    bot.slack.event(dm("what did I say?", "1700000100.000002", thread_ts="1700000100.000001"), event_id="Ev11")
    follow = bot.wait_post("D0MARIA", "1700000100.000001", count=2)[1]
    bot.wait_final(follow.ts, "answer to: what did I say?")
    bot.slack.event(dm("new topic", "1700000200.000001"), event_id="Ev12")
    other = bot.wait_post("D0MARIA", "1700000200.000001")[0]
    bot.wait_final(other.ts, "answer to: new topic")
    bot.drain()

    same_thread, new_thread = bot.model.requests[1], bot.model.requests[2]
    assert "hi, I am Maria" in same_thread.all_text and "Hello Maria." in same_thread.all_text
    assert "hi, I am Maria" not in new_thread.all_text


def test_slack_retries_of_an_event_are_answered_once(bot: Bot) -> None:
    bot.model.add(echo_answer(), echo_answer())
    event = mention("top segment?", "1700000300.000001")
    assert bot.slack.event(event, event_id="Ev20")[0] == 200
    reply = bot.wait_post("C0GROWTH", "1700000300.000001")[0]
    bot.wait_final(reply.ts, "answer to: top segment?")
    # Slack re-delivers the same event (X-Slack-Retry-Num), twice; then a new event arrives
    assert bot.slack.event(event, event_id="Ev20", retry=1)[0] == 200
    assert bot.slack.event(event, event_id="Ev20", retry=2)[0] == 200
    assert bot.slack.event(mention("and the next?", "1700000300.000009"), event_id="Ev21")[0] == 200
    bot.drain()
    assert len(bot.posts("C0GROWTH", "1700000300.000001")) == 1
    assert len(bot.posts("C0GROWTH", "1700000300.000009")) == 1
    bot.model.assert_complete()  # exactly two model turns ran


def test_unsigned_or_badly_signed_requests_are_rejected(bot: Bot) -> None:
    event = mention("hello", "1700000400.000001")
    assert bot.slack.event(event, event_id="Ev30", sign_with="not-the-secret")[0] == 401
    assert bot.slack.post("{}", "application/json", unsigned=True)[0] == 401
    bot.drain()
    assert bot.stub.of("chat.postMessage") == []
    assert bot.model.requests == []


def test_stale_timestamps_are_rejected_even_when_signed(bot: Bot) -> None:
    stale = int(time.time()) - 10 * 60  # Slack's window is 5 minutes
    assert bot.slack.event(mention("hello", "1700000500.000001"), event_id="Ev40", timestamp=stale)[0] == 401
    assert bot.slack.command("help", timestamp=stale)[0] == 401
    bot.drain()
    assert bot.stub.of("chat.postMessage") == []


def test_a_failing_conversation_posts_one_sentence_and_others_go_on(bot: Bot) -> None:
    token = "xoxb-1234-5678-secretsecret"
    bot.model.add(RuntimeError(f"provider exploded with token {token}"), echo_answer())
    bot.slack.event(mention("first", "1700000600.000001", channel="C0A"), event_id="Ev50")
    failed = bot.wait_post("C0A", "1700000600.000001")[0]
    bot.wait_final(failed.ts, GENERIC_FAILURE)
    bot.slack.event(mention("second", "1700000600.000002", channel="C0B"), event_id="Ev51")
    ok = bot.wait_post("C0B", "1700000600.000002")[0]
    assert bot.wait_final(ok.ts, "answer to: second")
    bot.drain()
    everything = " ".join(f"{c.text} {c.blocks}" for c in bot.stub.calls)
    assert token not in everything and "xoxb-" not in everything
    assert "Traceback" not in everything and "RuntimeError" not in everything


def test_model_errors_reach_the_thread_as_one_sentence_with_tokens_redacted(bot: Bot) -> None:
    from copilot.errors import ModelError

    bot.model.add(ModelError("The model server at http://x refused the key xoxb-9999-leak."))
    bot.slack.event(mention("hi", "1700000700.000001"), event_id="Ev60")
    reply = bot.wait_post("C0GROWTH", "1700000700.000001")[0]
    text = bot.wait_final(reply.ts, "refused")
    bot.drain()
    assert "[redacted]" in text and "xoxb-9999" not in text


def test_replies_in_copilots_threads_are_answered_and_other_channel_messages_reach_the_brand(
    stub: SlackStub, chat_deps: Deps
) -> None:
    brand_saw: list[str] = []

    def brand(app: App, _copilot: SlackCopilot) -> None:
        @app.event("message")  # the brand's own catch-all, registered after copilot's listeners
        def brand_messages(event: dict[str, Any]) -> None:
            brand_saw.append(event["ts"])

    with running_bot(stub, chat_deps, brand=brand) as bot:
        bot.model.add(echo_answer(), echo_answer(), echo_answer())
        root = "1700002000.000001"
        bot.slack.event(mention("how many champions?", root), event_id="Ev100")
        first = bot.wait_post("C0GROWTH", root)[0]
        bot.wait_final(first.ts, "answer to: how many champions?")

        # a reply in copilot's thread, no @mention needed: same conversation
        bot.slack.event(channel_message("and how many loyal?", "1700002000.000002", thread_ts=root), event_id="Ev101")
        second = bot.wait_post("C0GROWTH", root, count=2)[1]
        bot.wait_final(second.ts, "answer to: and how many loyal?")
        # a reply that @mentions copilot arrives twice (app_mention and message): answered once
        mentioned = "1700002000.000003"
        bot.slack.event(mention("and lapsed?", mentioned, thread_ts=root), event_id="Ev102")
        bot.slack.event(channel_message(f"<@{BOT_USER}> and lapsed?", mentioned, thread_ts=root), event_id="Ev103")
        third = bot.wait_post("C0GROWTH", root, count=3)[2]
        bot.wait_final(third.ts, "answer to: and lapsed?")
        # not copilot's: a reply in someone else's thread, a top-level message, copilot's own message
        bot.slack.event(channel_message("lunch?", "1700002100.000002", thread_ts="1700002100.000001"),
                        event_id="Ev104")
        bot.slack.event(channel_message("morning all", "1700002200.000001"), event_id="Ev105")
        bot.slack.event(channel_message("bot note", "1700002000.000009", thread_ts=root, user=BOT_USER,
                                        bot_id="BCOPILOT"), event_id="Ev106")
        bot.drain()

        assert len(bot.posts("C0GROWTH")) == 3  # the three answers, nothing for the rest
        bot.model.assert_complete()
        assert "how many champions?" in bot.model.requests[1].all_text  # the reply continued the thread
        assert brand_saw == [mentioned, "1700002100.000002", "1700002200.000001"]  # not copilot's replies
        # after a restart copilot still knows its threads: their conversations are saved
        fresh = SlackCopilot(deps=chat_deps, session_factory=lambda cid: Session(chat_deps, cid))
        assert fresh.in_thread("T0TEAM", "C0GROWTH", root)
        assert not fresh.in_thread("T0TEAM", "C0GROWTH", "1700002100.000001")


def test_copilot_slack_drops_the_channel_messages_it_leaves_alone_without_a_warning_each(
    stub: SlackStub, chat_deps: Deps, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    with running_bot(stub, chat_deps) as bot:  # register() alone: Bolt answers 404 (Slack retries) and warns
        assert bot.slack.event(channel_message("morning all", "1700005000.000001"), event_id="Ev400")[0] == 404
        bot.drain()
    assert any("Unhandled request" in r.getMessage() for r in caplog.records)
    caplog.clear()
    # `copilot slack` adds ignore_other_messages after register()
    with running_bot(stub, chat_deps, brand=lambda app, _c: ignore_other_messages(app)) as bot:
        assert bot.slack.event(channel_message("morning all", "1700005000.000002"), event_id="Ev401")[0] == 200
        assert bot.slack.event(channel_message("lunch?", "1700005000.000004", thread_ts="1700005000.000003"),
                               event_id="Ev402")[0] == 200
        bot.drain()
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert stub.of("chat.postMessage") == []


# --------------------------------------------------------------------------------------------
# /copilot slash command
# --------------------------------------------------------------------------------------------


def test_slash_help_is_acknowledged_with_usage(bot: Bot) -> None:
    status, body = bot.slack.command("help")
    assert status == 200
    assert "/copilot plan" in body
    bot.drain()
    assert bot.stub.of("chat.postMessage") == []


def test_slash_question_is_acknowledged_then_answered_in_a_thread(bot: Bot) -> None:
    bot.model.add(echo_answer())
    status, body = bot.slack.command("how many champions?")
    assert status == 200 and "Looking into it" in body
    root = bot.stub.wait_calls("chat.postMessage", 1)[0]
    assert root.params["channel"] == "C0PLANS" and "how many champions?" in root.text
    reply = bot.wait_post("C0PLANS", root.ts)[0]
    bot.wait_final(reply.ts, "answer to: how many champions?")
    bot.drain()


def test_acks_stay_fast_while_turns_queue_behind_a_blocked_model(stub: SlackStub, chat_deps: Deps) -> None:
    """More queued turns than Bolt has listener threads (5, its default) must not delay the
    acknowledgement of a slash command or a button press, copilot's or the brand's own."""
    gate, entered = threading.Event(), threading.Event()

    def brand(app: App, _copilot: SlackCopilot) -> None:
        @app.command("/brand")
        def brand_command(ack: Callable[..., None]) -> None:
            ack(text="the brand's own command")

    with running_bot(stub, chat_deps, bolt_workers=5, brand=brand) as bot:
        try:
            channels = [f"C0Q{i}" for i in range(7)]
            bot.model.add(*(gated_answer(gate, entered) for _ in range(len(channels) + 1)))
            for i, channel in enumerate(channels):
                status, _, took = timed(lambda c=channel, n=i: bot.slack.event(
                    mention(f"question {n}", f"1700003000.00000{n}", channel=c), event_id=f"Ev2{n:02d}"))
                assert status == 200 and took < 1.5
            bot.stub.wait_calls("chat.postMessage", len(channels))  # every turn has its placeholder...
            assert entered.wait(timeout=20), "the first turn never reached the model"
            assert sum("Waiting" in c.text for c in bot.stub.of("chat.postMessage")) == len(channels) - 1

            status, body, took = timed(lambda: bot.slack.command("help"))
            assert status == 200 and "/copilot plan" in body and took < 1.5, (status, took)
            status, body, took = timed(lambda: bot.slack.command("how many champions?"))
            assert status == 200 and "Looking into it" in body and took < 1.5, (status, took)
            status, _, took = timed(lambda: bot.slack.press("copilot_plan_approve", "plan_missing", channel="C0PLANS",
                                                            message_ts="1700003999.000001"))
            assert status == 200 and took < 1.5, (status, took)
            form = "command=%2Fbrand&text=&team_id=T0TEAM&channel_id=C1&user_id=U1&response_url=http%3A%2F%2F127.0.0.1%3A9"
            status, body, took = timed(lambda: bot.slack.post(form, "application/x-www-form-urlencoded"))
            assert status == 200 and "the brand's own command" in body and took < 1.5, (status, took)
            bot.stub.wait_calls("chat.postEphemeral", 1, timeout=10)  # the button's work ran, too
            assert len(bot.model.requests) == 1  # all of it while the model was still blocked
        finally:
            gate.set()
        for i, channel in enumerate(channels):
            reply = bot.posts(channel)[0]
            bot.wait_final(reply.ts, f"answer to: question {i}", timeout=60)
        root = next(c for c in bot.posts("C0PLANS") if "asked:" in c.text)
        bot.wait_final(bot.wait_post("C0PLANS", root.ts)[0].ts, "answer to: how many champions?", timeout=60)
        bot.drain()
        bot.model.assert_complete()
        assert bot.copilot.turns.pending == 0


# --------------------------------------------------------------------------------------------
# embedding, manifest, throttling
# --------------------------------------------------------------------------------------------


def test_register_adds_copilot_to_an_existing_bolt_app_without_touching_its_listeners(
    stub: SlackStub, chat_deps: Deps
) -> None:
    executor = ThreadPoolExecutor(max_workers=4)
    brand_app = App(client=WebClient(token="xoxb-brand", base_url=stub.url), signing_secret=SECRET,
                    listener_executor=executor)

    @brand_app.command("/brand")
    def brand_command(ack: Callable[..., None]) -> None:
        ack(text="the brand's own command")

    register(brand_app, chat_deps, session_factory=lambda cid: Session(chat_deps, cid, tools=[]))
    assert isinstance(chat_deps.chat_model, ScriptedChatModel)
    chat_deps.chat_model.add(echo_answer())
    for url in serve(brand_app):
        slack = SlackSender(url, SECRET)
        form = "command=%2Fbrand&text=&team_id=T0TEAM&channel_id=C1&user_id=U1&response_url=http%3A%2F%2F127.0.0.1%3A9"
        status, body = slack.post(form, "application/x-www-form-urlencoded")
        assert status == 200 and "the brand's own command" in body
        slack.event(mention("still there?", "1700000800.000001"), event_id="Ev70")
        stub.wait_for(lambda s: any("answer to: still there?" in c.text for c in s.of("chat.update")), 20, "answer")
    executor.shutdown(wait=True)


def test_a_brand_that_handles_messages_itself_hands_copilot_its_share(stub: SlackStub, chat_deps: Deps) -> None:
    """``chat_listeners=False``: the brand's own ``message`` listener decides, and passes the rest
    to ``copilot.handle_event``, which says whether it took the event."""
    brand_took: list[str] = []
    handed_back: list[str] = []

    def brand(app: App, copilot: SlackCopilot) -> None:
        @app.event("message")
        def brand_messages(event: dict[str, Any], client: WebClient, context: dict[str, Any]) -> None:
            if "order" in (event.get("text") or ""):
                brand_took.append(event["ts"])
                client.chat_postMessage(channel=event["channel"], thread_ts=event["ts"], text="brand: order shipped")
            elif not copilot.handle_event(event, client, context):
                handed_back.append(event["ts"])

    with running_bot(stub, chat_deps, brand=brand, chat_listeners=False) as bot:
        bot.model.add(echo_answer())
        bot.slack.event(dm("where is my order?", "1700004000.000001"), event_id="Ev300")
        bot.slack.event(dm("how many champions?", "1700004100.000001"), event_id="Ev301")
        bot.slack.event(dm("how many champions?", "1700004100.000001"), event_id="Ev301", retry=1)
        bot.slack.event(channel_message("morning all", "1700004200.000001"), event_id="Ev302")
        reply = bot.wait_post("D0MARIA", "1700004100.000001")[0]
        bot.wait_final(reply.ts, "answer to: how many champions?")
        bot.drain()
        assert brand_took == ["1700004000.000001"]
        assert [c.text for c in bot.posts("D0MARIA", "1700004000.000001")] == ["brand: order shipped"]
        assert len(bot.posts("D0MARIA", "1700004100.000001")) == 1  # the retry was not answered again
        assert handed_back == ["1700004200.000001"]  # not copilot's: the brand gets it back
        bot.model.assert_complete()


def test_bolt_runs_only_the_first_matching_listener_so_an_earlier_brand_listener_wins(
    stub: SlackStub, chat_deps: Deps
) -> None:
    """Why ``chat_listeners=False`` exists: a brand ``app_mention`` listener registered before
    copilot's gets every mention, and copilot none."""
    executor = ThreadPoolExecutor(max_workers=4)
    app = App(client=WebClient(token="xoxb-brand", base_url=stub.url), signing_secret=SECRET,
              listener_executor=executor)
    brand_saw: list[str] = []
    app.event("app_mention")(lambda event: brand_saw.append(event["ts"]))
    copilot = register(app, chat_deps, session_factory=lambda cid: Session(chat_deps, cid, tools=[]))
    for url in serve(app):
        assert SlackSender(url, SECRET).event(mention("hello?", "1700004300.000001"), event_id="Ev310")[0] == 200
    executor.shutdown(wait=True)  # the brand's listener has run
    assert copilot.turns.join(timeout=10)
    assert brand_saw == ["1700004300.000001"] and stub.of("chat.postMessage") == []


def test_a_rejected_bot_token_is_one_settings_sentence(stub: SlackStub, chat_deps: Deps) -> None:
    stub.reject_auth = True
    settings = load_settings(chat_deps.workspace.root, slack_signing_secret=SecretStr(SECRET))
    client = WebClient(token="xoxb-mistyped-token", base_url=stub.url)
    with pytest.raises(SettingsError, match="did not accept the bot token") as info:
        build_app(settings, socket_mode=False, client=client)
    assert "xoxb-mistyped-token" not in str(info.value) and "SLACK_BOT_TOKEN" in str(info.value)


def test_manifest_ships_as_package_data_with_what_the_bot_needs() -> None:
    manifest = yaml.safe_load(manifest_text())
    scopes = set(manifest["oauth_config"]["scopes"]["bot"])
    assert {"app_mentions:read", "chat:write", "commands", "files:write", "im:history"} <= scopes
    assert {"channels:history", "groups:history"} <= scopes  # replies in copilot's threads
    assert set(manifest["settings"]["event_subscriptions"]["bot_events"]) == {
        "app_mention", "message.channels", "message.groups", "message.im"}
    assert manifest["features"]["slash_commands"][0]["command"] == "/copilot"
    assert manifest["settings"]["interactivity"]["is_enabled"] is True
    assert manifest["settings"]["socket_mode_enabled"] is True


class _FakeClient:
    def __init__(self) -> None:
        self.updates: list[str] = []

    def chat_update(self, **kw: Any) -> dict[str, Any]:
        self.updates.append(kw["text"])
        return {"ok": True}


def test_progress_edits_are_throttled_and_the_final_state_always_lands() -> None:
    now = [100.0]
    timers: list[tuple[float, Callable[[], None]]] = []
    client = _FakeClient()
    msg = ThrottledMessage(client, "C1", "1.1", interval=1.0, clock=lambda: now[0],  # type: ignore[arg-type]
                           schedule=lambda delay, fn: timers.append((delay, fn)))
    msg.update("a")            # first edit goes out at once
    for i in range(10):        # a burst inside one second: coalesced
        now[0] += 0.05
        msg.update(f"b{i}")
    assert client.updates == ["a"]
    assert len(timers) == 1 and timers[0][0] == pytest.approx(0.95)  # one timer, for when the second is up
    now[0] = 101.0
    timers[0][1]()             # the timer fires: only the latest pending text is sent
    assert client.updates == ["a", "b9"]
    msg.update("c")            # inside the interval again: pending...
    msg.finish("final")        # ...but the final state is sent now, whatever the interval
    assert client.updates == ["a", "b9", "final"]
    msg.update("late")         # nothing after finish
    assert client.updates[-1] == "final"


def test_turn_queue_keeps_each_threads_order_and_runs_at_most_its_workers_at_once() -> None:
    queue = TurnQueue(workers=2)
    gate = threading.Event()
    lock = threading.Lock()
    running, peak = [0], [0]
    done: dict[str, list[int]] = {"a": [], "b": [], "c": []}

    def job(key: str, n: int) -> None:
        with lock:
            running[0] += 1
            peak[0] = max(peak[0], running[0])
        gate.wait(10)
        time.sleep(0.005)
        with lock:
            running[0] -= 1
            done[key].append(n)

    for n in range(4):
        for key in "abc":
            queue.submit(key, lambda k=key, i=n: job(k, i))
    assert queue.would_wait("d") and queue.pending == 12
    def fail() -> None:
        raise RuntimeError("boom")

    queue.submit("a", fail)  # a failing job ends only itself
    queue.submit("a", lambda: job("a", 4))
    gate.set()
    assert queue.join(timeout=20)
    assert peak[0] == 2
    assert done == {"a": [0, 1, 2, 3, 4], "b": [0, 1, 2, 3], "c": [0, 1, 2, 3]}
    assert not queue.would_wait("a")
    queue.close(wait=True, timeout=5)
    with pytest.raises(RuntimeError):
        queue.submit("a", lambda: None)


def test_event_deduper_forgets_after_its_ttl() -> None:
    now = [0.0]
    d = EventDeduper(ttl_s=60, max_size=3, clock=lambda: now[0])
    assert d.first_time("a") and not d.first_time("a")
    now[0] = 61
    assert d.first_time("a")
    for key in "bcd":
        assert d.first_time(key)
    assert d.first_time("a")  # evicted by size


# --------------------------------------------------------------------------------------------
# plans: /copilot plan, Block Kit and the three buttons (real workflow on the demo workspace)
# --------------------------------------------------------------------------------------------

BRIEF = "Win back lapsed high-value trail runners this spring, email and SMS, $20k"


@pytest.fixture
def plan_bot(stub: SlackStub, ready_root: Path) -> Iterator[Bot]:
    ws = open_workspace(ready_root)
    deps = Deps(settings=load_settings(ws.root), workspace=ws, clock=lambda: FIXED_NOW,
                chat_model=ScriptedChatModel(script=[]))
    yield from start_bot(stub, deps, tiny_tools=False)


def test_slash_plan_posts_block_kit_and_its_buttons_approve_export_and_regenerate(plan_bot: Bot) -> None:
    bot = plan_bot
    bot.model.add(scripted_copy())
    status, body = bot.slack.command(f"plan {BRIEF}")
    assert status == 200 and "Drafting the plan" in body  # acknowledged at once

    root = bot.stub.wait_calls("chat.postMessage", 1)[0]
    assert root.params["channel"] == "C0PLANS" and BRIEF in root.text
    progress = bot.wait_post("C0PLANS", root.ts)[0]
    bot.stub.wait_for(lambda s: any(c.ts == progress.ts and c.blocks for c in s.of("chat.update")), 120, "plan blocks")
    edits = [c for c in bot.stub.of("chat.update") if c.ts == progress.ts]
    assert any("Gathering evidence" in c.text for c in edits)  # progress shown by editing the message
    blocks = edits[-1].blocks
    assert blocks[0]["type"] == "header"
    actions = next(b for b in blocks if b["type"] == "actions")
    buttons = {e["action_id"]: e["value"] for e in actions["elements"]}
    assert set(buttons) == {"copilot_plan_approve", "copilot_plan_export", "copilot_plan_regenerate"}
    plan_id = buttons["copilot_plan_approve"]
    assert load_plan(bot.deps, plan_id).passed

    # Approve: recorded on the saved plan, nothing sent anywhere
    assert bot.slack.press("copilot_plan_approve", plan_id, channel="C0PLANS", message_ts=progress.ts,
                           thread_ts=root.ts)[0] == 200
    bot.stub.wait_for(lambda _s: any("approved by" in c.text for c in bot.posts("C0PLANS", root.ts)), 30, "approval")
    note = next(c for c in bot.posts("C0PLANS", root.ts) if "approved by" in c.text)
    assert "<@U0MARIA>" in note.text and "Nothing has been sent" in note.text
    approved = load_plan(bot.deps, plan_id).approval
    assert approved is not None and approved.approver == "maria (slack:U0MARIA)"
    assert approved.approved_at == FIXED_NOW
    assert any("approved by maria" in str(c.blocks) for c in bot.stub.of("chat.update") if c.ts == progress.ts)

    # Export: Markdown and JSON uploaded to the thread
    bot.slack.press("copilot_plan_export", plan_id, channel="C0PLANS", message_ts=progress.ts, thread_ts=root.ts)
    done = bot.stub.wait_calls("files.completeUploadExternal", 1, timeout=30)[0]
    assert done.params["channel_id"] == "C0PLANS" and done.params["thread_ts"] == root.ts
    bot.stub.wait_for(lambda s: len(s.uploads) == 2, 30, "two uploads")
    files = sorted(bot.stub.uploads.values(), key=len)
    texts = [f.decode() for f in files]
    markdown = next(t for t in texts if t.startswith("#"))
    as_json = next(t for t in texts if t.lstrip().startswith("{"))
    assert CampaignPlan.model_validate_json(as_json).plan_id == plan_id
    assert load_plan(bot.deps, plan_id).name in markdown
    names = [c.params.get("filename") for c in bot.stub.of("files.getUploadURLExternal")]
    assert sorted(names) == [f"{plan_id}.json", f"{plan_id}.md"]

    # Regenerate copy: the model writes again; the approval is voided; the message shows the new plan
    # (the A/B test varies one element, the offer, so B is A without it: the new words show in both)
    bot.model.add(scripted_copy({"sms.A": " today"}))
    bot.slack.press("copilot_plan_regenerate", plan_id, channel="C0PLANS", message_ts=progress.ts, thread_ts=root.ts)
    bot.stub.wait_for(lambda _s: any("New copy" in c.text for c in bot.posts("C0PLANS", root.ts)), 60, "new copy")
    bot.drain()
    regenerated = load_plan(bot.deps, plan_id)
    assert regenerated.approval is None
    sms = {v.key: v.body for v in regenerated.copy_variants if v.key.startswith("sms.")}
    assert "trail today?" in sms["sms.A"] and "trail today?" in sms["sms.B"]
    bot.model.assert_complete()


def test_approving_a_plan_with_failing_checks_is_refused_privately(bot: Bot) -> None:
    plan = make_plan()
    failing = plan.model_copy(update={"checks": [*plan.checks, CheckResult(name="claims", status="fail",
                                                                            details="unsupported", target="sms.A")]})
    save_plan(bot.deps, failing)
    bot.slack.press("copilot_plan_approve", plan.plan_id, channel="C0PLANS", message_ts="1700000999.000001")
    eph = bot.stub.wait_calls("chat.postEphemeral", 1)[0]
    bot.drain()
    assert eph.params["user"] == "U0MARIA" and "failing checks" in eph.text
    assert load_plan(bot.deps, plan.plan_id).approval is None
    assert bot.stub.of("chat.postMessage") == []


def test_a_plan_drafted_in_a_conversation_is_posted_with_its_buttons(plan_bot: Bot) -> None:
    bot = plan_bot
    bot.model.add(route("draft_campaign_plan", brief=BRIEF), scripted_copy(), final("Here is your plan."))
    bot.slack.event(mention(f"please plan this: {BRIEF}", "1700001000.000001"), event_id="Ev90")
    bot.stub.wait_for(lambda _s: any(c.blocks for c in bot.posts("C0GROWTH", "1700001000.000001")), 120, "plan")
    reply = bot.posts("C0GROWTH", "1700001000.000001")[0]
    bot.wait_final(reply.ts, "Here is your plan.")
    bot.drain()
    plan_post = next(c for c in bot.posts("C0GROWTH", "1700001000.000001") if c.blocks)
    assert any(b["type"] == "actions" for b in plan_post.blocks)
    assert "passed all checks" in plan_post.text
    bot.model.assert_complete()
