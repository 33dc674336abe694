"""The Slack listeners: thin adapters from Slack events to the one core (Session, plan workflow).

Every listener acknowledges at once (Slack wants an answer within 3 seconds). Its Bolt *lazy*
listener does only the quick part (post a placeholder, record an approval, upload an export) and
hands model turns to copilot's own :class:`~copilot.faces.slack.work.TurnQueue`, so no turn ever
waits on Bolt's listener pool, which also runs every acknowledgement. A Slack thread's turns run one
at a time, in order, so a turn that fails or hangs touches only its thread. The plan buttons
(approve, export, regenerate, read out) are :mod:`copilot.faces.slack.plan_buttons`, mixed in.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from slack_bolt import Ack
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from copilot.agent.events import (
    AgentError,
    PlanProduced,
    TextDelta,
    ToolCallFinished,
    ToolCallStarted,
    TurnFinished,
)
from copilot.agent.memory import ConversationStore
from copilot.core import Session
from copilot.deps import Deps
from copilot.errors import CopilotError
from copilot.faces.slack.blocks import plan_to_slack_blocks
from copilot.faces.slack.dedupe import EventDeduper
from copilot.faces.slack.plan_buttons import WAITING, PlanButtons, conversation_id, plan_text
from copilot.faces.slack.progress import ThrottledMessage
from copilot.faces.slack.text import error_sentence, redact, strip_mentions, to_mrkdwn
from copilot.faces.slack.work import TurnQueue
from copilot.lifecycle import api as lifecycle

log = logging.getLogger(__name__)

SessionFactory = Callable[[str], Session]
"""``factory(conversation_id) -> Session``; the default is ``Session(deps, conversation_id=...)``."""

USAGE = (
    "*/copilot plan <brief>* drafts a checked campaign plan, e.g. "
    "`/copilot plan Win back lapsed high-value trail runners this spring, email and SMS, $20k`.\n"
    "*/copilot readout <plan id>* reads out an approved plan's lift against its holdout.\n"
    "*/copilot <question>* answers a question from your data. "
    "You can also mention me in a channel or send me a direct message; I answer in a thread, "
    "and you can reply there without mentioning me again."
)
THINKING = ":hourglass_flowing_sand: Thinking…"
MAX_REMEMBERED_THREADS = 10_000


@dataclass
class SlackCopilot(PlanButtons):
    """The state behind copilot's listeners on one Bolt ``App``."""

    deps: Deps
    session_factory: SessionFactory
    update_interval: float = 1.0
    max_concurrent_turns: int = 1
    """Turns (answers, plans, regenerations) running at once; the embedded model does one call at a time."""
    deduper: EventDeduper = field(default_factory=EventDeduper)
    """Messages already taken (Slack retries, or one message arriving as two events)."""
    turns: TurnQueue = field(init=False, repr=False)
    """copilot's own workers for turns: never Bolt's listener pool (see :mod:`copilot.faces.slack.work`)."""
    _threads: OrderedDict[str, None] = field(default_factory=OrderedDict, init=False, repr=False)
    _threads_guard: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)
    _queueing: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)
    """Held from "would this turn wait?" to its submit, so two events arriving at once cannot both
    be told "Thinking…" while one of them queues behind the other."""
    _store: ConversationStore | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.turns = TurnQueue(self.max_concurrent_turns)

    def close(self, *, wait: bool = False, timeout: float | None = None) -> None:
        """Take no more turns; ``wait``: block until the queued ones have finished."""
        self.turns.close(wait=wait, timeout=timeout)

    # --- helpers ---------------------------------------------------------------------------
    def _message(self, client: WebClient, channel: str, ts: str) -> ThrottledMessage:
        return ThrottledMessage(client, channel, ts, interval=self.update_interval)

    def _report(self, what: str, exc: BaseException) -> str:
        """Log ``exc`` (detail at debug level, never a token) and return the sentence a channel may see."""
        log.error("%s failed: %s: %s", what, type(exc).__name__, redact(str(exc)))
        log.debug("%s failed", what, exc_info=True)
        return error_sentence(exc)

    def _remember_thread(self, channel: str, thread_ts: str) -> None:
        key = f"{channel}:{thread_ts}"
        with self._threads_guard:
            self._threads[key] = None
            self._threads.move_to_end(key)
            while len(self._threads) > MAX_REMEMBERED_THREADS:
                self._threads.popitem(last=False)

    def _conversations(self) -> ConversationStore:
        if self._store is None:
            self._store = ConversationStore(self.deps.workspace.conversations_path, clock=self.deps.clock)
        return self._store

    def in_thread(self, team: str | None, channel: str, thread_ts: str) -> bool:
        """Has copilot taken part in this thread? (Answered or posted a plan there since it started, or
        holds the thread's saved conversation.)"""
        with self._threads_guard:
            if f"{channel}:{thread_ts}" in self._threads:
                return True
        try:  # runs as a Bolt matcher, before the acknowledgement: never raise
            return self._conversations().exists(conversation_id(team, channel, thread_ts))
        except (sqlite3.Error, OSError) as exc:
            log.warning("could not check the saved conversations: %s", exc)
            return False

    # --- which events are copilot's ---------------------------------------------------------
    def wants(self, event: dict[str, Any], context: dict[str, Any]) -> bool:
        """Is this ``app_mention`` or ``message`` event for copilot? (Also the Bolt matcher of its
        listeners: an event it does not want goes on to the app's other listeners.)

        Yes for a person's @mention, a person's direct message, and a person's reply in a channel
        thread copilot takes part in that does not @mention it (that one also arrives as an
        ``app_mention``). No for bots (copilot included), edits, joins and everything else.
        """
        if event.get("bot_id") or not event.get("user") or event.get("user") == context.get("bot_user_id"):
            return False
        kind, subtype = event.get("type"), event.get("subtype")
        if kind == "app_mention":
            return True
        if kind != "message" or not event.get("channel"):
            return False
        if event.get("channel_type") == "im":
            return subtype is None
        thread_ts = event.get("thread_ts")
        if subtype not in (None, "thread_broadcast") or not thread_ts or thread_ts == event.get("ts"):
            return False
        bot_user = context.get("bot_user_id")
        if bot_user and f"<@{bot_user}" in (event.get("text") or ""):
            return False
        return self.in_thread(context.get("team_id"), event["channel"], thread_ts)

    # --- acknowledgements (must return within 3 s) ----------------------------------------
    def ack(self, ack: Ack) -> None:
        ack()

    def ack_command(self, ack: Ack, command: dict[str, Any]) -> None:
        text = (command.get("text") or "").strip()
        verb, _, rest = text.partition(" ")
        if not text or verb.lower() == "help":
            ack(text=USAGE)
        elif verb.lower() == "plan" and not rest.strip():
            ack(text="Tell me the brief: `/copilot plan <brief>`.")
        elif verb.lower() == "plan":
            ack(text="Drafting the plan; I'll post it in this channel shortly.")
        elif verb.lower() == "readout":
            ack(text="Reading out the plan; I'll post it in this channel.")
        else:
            ack(text="Looking into it; I'll answer in this channel.")

    # --- chat: mentions, direct messages, replies in copilot's threads -----------------------
    def on_event(self, event: dict[str, Any], client: WebClient, context: dict[str, Any]) -> None:
        """The lazy listener of copilot's ``app_mention`` and ``message`` listeners."""
        self.handle_event(event, client, context)

    def handle_event(self, event: dict[str, Any], client: WebClient, context: dict[str, Any]) -> bool:
        """Answer ``event`` in its thread if it is for copilot (see :meth:`wants`); False if it is not.

        Returns at once: the answer is queued on copilot's own workers. For an app that handles
        ``app_mention`` or ``message`` itself (``register(..., chat_listeners=False)``), call it from
        that listener with the ``event``, ``client`` and ``context`` Bolt gave it. A message seen
        before (a Slack retry, or the same message as ``app_mention`` and ``message``) is answered
        once; it still returns True.
        """
        if not self.wants(event, context):
            return False
        channel = event["channel"]
        if not self.deduper.first_time(f"{channel}:{event.get('ts')}"):
            log.info("ignoring a repeat delivery of message %s in %s", event.get("ts"), channel)
            return True
        thread_ts = event.get("thread_ts") or event["ts"]
        question = strip_mentions(event.get("text") or "")
        if not question:
            client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=USAGE)
            return True
        self.answer(client, context.get("team_id"), channel, thread_ts, question)
        return True

    def answer(
        self, client: WebClient, team: str | None, channel: str, thread_ts: str, question: str
    ) -> None:
        """Post a placeholder in the thread now and queue the turn that answers ``question`` in it,
        streaming into that one message (edited about once a second)."""
        cid = conversation_id(team, channel, thread_ts)
        self._remember_thread(channel, thread_ts)
        with self._queueing:
            waiting = self.turns.would_wait(cid)
            posted = client.chat_postMessage(
                channel=channel, thread_ts=thread_ts, text=WAITING if waiting else THINKING
            )
            msg = self._message(client, channel, posted["ts"])
            self.turns.submit(
                cid, lambda: self._run_answer(client, cid, channel, thread_ts, question, msg, waiting)
            )

    def _run_answer(
        self,
        client: WebClient,
        cid: str,
        channel: str,
        thread_ts: str,
        question: str,
        msg: ThrottledMessage,
        waited: bool,
    ) -> None:
        answer = ""
        status = ""
        try:
            if waited:
                msg.update(THINKING)
            session = self.session_factory(cid)
            for ev in session.ask(question):
                if isinstance(ev, TextDelta):
                    answer += ev.text
                    status = ""
                elif isinstance(ev, ToolCallStarted):
                    status = f":gear: _{ev.tool}…_"
                elif isinstance(ev, ToolCallFinished):
                    status = ":hourglass_flowing_sand: _Thinking…_"
                elif isinstance(ev, PlanProduced):
                    self._post_plan(client, channel, thread_ts, ev.plan_id)
                elif isinstance(ev, AgentError):
                    answer += ("\n\n" if answer else "") + f":warning: {redact(ev.message)}"
                    status = ""
                elif isinstance(ev, TurnFinished):
                    if not answer.strip() and ev.stopped == "answer":
                        answer = ev.answer
                    status = ""
                else:
                    continue
                msg.update("\n\n".join(p for p in (to_mrkdwn(answer), status) if p) or "…")
        except Exception as exc:  # the boundary: one sentence to the channel, detail to the log
            sentence = self._report(f"answering in {cid}", exc)
            answer += ("\n\n" if answer else "") + f":warning: {sentence}"
        msg.finish(to_mrkdwn(answer) or "I have no answer to that.")

    def _post_plan(self, client: WebClient, channel: str, thread_ts: str, plan_id: str) -> None:
        """Post a plan the agent produced as its own message, with its buttons."""
        try:
            plan = lifecycle.show(self.deps, plan_id)
        except CopilotError as exc:
            text = f":warning: {self._report(f'loading plan {plan_id!r}', exc)}"
            client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=text)
            return
        client.chat_postMessage(
            channel=channel, thread_ts=thread_ts, text=plan_text(plan), blocks=plan_to_slack_blocks(plan)
        )

    # --- the /copilot slash command -------------------------------------------------------
    def on_command(self, command: dict[str, Any], client: WebClient, context: dict[str, Any]) -> None:
        text = (command.get("text") or "").strip()
        verb, _, rest = text.partition(" ")
        channel, user = command["channel_id"], command["user_id"]
        if not text or verb.lower() == "help" or (verb.lower() == "plan" and not rest.strip()):
            return  # the acknowledgement already answered
        try:
            if verb.lower() == "readout" and rest.strip():
                self.post_readout(client, channel, None, rest.strip().split()[0], user)
            elif verb.lower() == "plan":
                root = client.chat_postMessage(
                    channel=channel, text=f"<@{user}> asked for a plan: {redact(rest.strip())}"
                )
                self.plan(client, context.get("team_id"), channel, root["ts"], rest.strip())
            else:
                root = client.chat_postMessage(channel=channel, text=f"<@{user}> asked: {redact(text)}")
                self.answer(client, context.get("team_id"), channel, root["ts"], text)
        except SlackApiError as exc:
            reason = exc.response.get("error", "")
            sentence = (
                "I can't post in this channel; invite me first (`/invite @copilot`)."
                if reason in ("not_in_channel", "channel_not_found")
                else "I couldn't post in this channel."
            )
            log.error("slash command in %s failed: %s", channel, reason)
            client.chat_postEphemeral(channel=channel, user=user, text=sentence)

    def plan(self, client: WebClient, team: str | None, channel: str, thread_ts: str, brief: str) -> None:
        """Post a placeholder in the thread now and queue the plan workflow for ``brief``: progress in
        that one message, then the plan with its buttons."""
        cid = conversation_id(team, channel, thread_ts)
        self._remember_thread(channel, thread_ts)
        drafting = ":hourglass_flowing_sand: Drafting the plan…"
        with self._queueing:
            waiting = self.turns.would_wait(cid)
            posted = client.chat_postMessage(
                channel=channel, thread_ts=thread_ts, text=WAITING if waiting else drafting
            )
            msg = self._message(client, channel, posted["ts"])

            def progress(step: str, *_: Any, **__: Any) -> None:
                msg.update(f":hourglass_flowing_sand: {redact(str(step))}…")

            def run() -> None:
                try:
                    if waiting:
                        msg.update(drafting)
                    result = self.session_factory(cid).plan(brief, progress=progress)
                except Exception as exc:
                    msg.finish(f":warning: {self._report(f'planning in {cid}', exc)}")
                    return
                msg.finish(plan_text(result.plan), blocks=plan_to_slack_blocks(result.plan))

            self.turns.submit(cid, run)

    # --- plan buttons -----------------------------------------------------------------------


__all__ = ["WAITING", "SessionFactory", "SlackCopilot", "conversation_id"]
