"""Conversation memory on SQLite (``<workspace>/conversations.sqlite``).

* Each message is committed the moment it exists (the user's question before the model is
  called, each tool call and tool result as they happen), so a crash mid-turn loses nothing
  already said. Messages are stored in a provider-neutral form (LangChain message dicts: tool
  calls as ``AIMessage.tool_calls``, results as ``ToolMessage``); each driver renders them.
* :meth:`ConversationStore.context` returns the latest turns that fit a token budget, never
  failing: older turns are dropped and replaced by a short extractive note (the questions the
  user asked), oversize tool results in the kept turns are cut, and tool calls left dangling by a
  crash get a placeholder result so the history stays valid for every provider.
* The conversation's cost ledger (one row per LLM call) is stored beside the messages: the
  agent's own steps and the calls of plans drafted in the conversation.

Connections are opened per operation, so a store can be shared across threads (the Slack bot).
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from langchain_core.messages import (
    AIMessage,
    BaseMessage,
    HumanMessage,
    ToolMessage,
    message_to_dict,
    messages_from_dict,
)
from pydantic import BaseModel

from copilot.llm.injection import truncate, wrap_data
from copilot.llm.prompts import render_prompt
from copilot.llm.tokens import CostLedger, LLMCall, count_tokens, message_text

SCHEMA = """
CREATE TABLE IF NOT EXISTS conversations (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    conversation_id TEXT NOT NULL REFERENCES conversations(id),
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    tokens INTEGER NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS messages_by_conversation ON messages(conversation_id, id);
CREATE TABLE IF NOT EXISTS llm_calls (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    conversation_id TEXT NOT NULL,
    payload TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS llm_calls_by_conversation ON llm_calls(conversation_id, id);
CREATE TABLE IF NOT EXISTS readings (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    conversation_id TEXT NOT NULL,
    payload TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS readings_by_conversation ON readings(conversation_id, id);
"""

DANGLING_RESULT = "No result: the previous session ended before this tool finished."


class ConversationInfo(BaseModel):
    id: str
    title: str
    created_at: datetime
    updated_at: datetime
    messages: int


@dataclass(frozen=True)
class StoredMessage:
    """A message as stored, with its row id, token count and time."""

    id: int
    message: BaseMessage
    tokens: int
    created_at: datetime

    @property
    def role(self) -> str:
        return {"human": "user", "ai": "assistant", "tool": "tool", "system": "system"}.get(
            self.message.type, self.message.type
        )

    @property
    def text(self) -> str:
        return message_text(self.message)


@dataclass(frozen=True)
class HistoryWindow:
    """The part of a conversation that goes into the next prompt."""

    messages: list[BaseMessage]
    dropped: int  # older messages left out
    tokens: int  # estimated tokens of ``messages``


def new_conversation_id() -> str:
    return uuid.uuid4().hex[:12]


class ConversationStore:
    """Conversations and their messages in one SQLite file."""

    def __init__(
        self,
        path: Path,
        *,
        clock: Callable[[], datetime] | None = None,
        token_counter: Callable[[str], int] | None = None,
    ) -> None:
        self.path = path
        self.clock = clock or (lambda: datetime.now(UTC))
        self.count = token_counter or (lambda text: count_tokens(text))
        path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as con:
            con.execute("PRAGMA journal_mode=WAL")
            con.executescript(SCHEMA)

    @contextlib.contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        con = sqlite3.connect(self.path, timeout=30)
        try:
            con.execute("PRAGMA synchronous=NORMAL")
            con.execute("PRAGMA foreign_keys=ON")
            yield con
            con.commit()
        except BaseException:
            con.rollback()
            raise
        finally:
            con.close()

    def _now(self) -> str:
        return self.clock().isoformat()

    # --- conversations ---
    def create(self, conversation_id: str | None = None, title: str = "") -> str:
        """Create a conversation (no-op if it exists); returns its id."""
        cid = conversation_id or new_conversation_id()
        now = self._now()
        with self._connect() as con:
            con.execute(
                "INSERT OR IGNORE INTO conversations(id, title, created_at, updated_at) VALUES (?, ?, ?, ?)",
                (cid, title[:120], now, now),
            )
        return cid

    def exists(self, conversation_id: str) -> bool:
        with self._connect() as con:
            row = con.execute("SELECT 1 FROM conversations WHERE id = ?", (conversation_id,)).fetchone()
        return row is not None

    def list_conversations(self, limit: int = 50) -> list[ConversationInfo]:
        """Most recently active first."""
        with self._connect() as con:
            rows = con.execute(
                """SELECT c.id, c.title, c.created_at, c.updated_at, COUNT(m.id)
                   FROM conversations c LEFT JOIN messages m ON m.conversation_id = c.id
                   GROUP BY c.id ORDER BY c.updated_at DESC, c.rowid DESC LIMIT ?""",
                (limit,),
            ).fetchall()
        return [
            ConversationInfo(
                id=r[0],
                title=r[1],
                created_at=datetime.fromisoformat(r[2]),
                updated_at=datetime.fromisoformat(r[3]),
                messages=r[4],
            )
            for r in rows
        ]

    # --- messages ---
    def append(self, conversation_id: str, message: BaseMessage) -> int:
        """Store ``message`` now (committed before returning); returns its row id."""
        now = self._now()
        payload = json.dumps(message_to_dict(message), ensure_ascii=False, default=str)
        tokens = self.count(message_text(message)) + 4
        with self._connect() as con:
            con.execute(
                "INSERT OR IGNORE INTO conversations(id, title, created_at, updated_at) VALUES (?, '', ?, ?)",
                (conversation_id, now, now),
            )
            if isinstance(message, HumanMessage):
                title = " ".join(message_text(message).split())[:80]
                con.execute(
                    "UPDATE conversations SET title = ? WHERE id = ? AND title = ''", (title, conversation_id)
                )
            cur = con.execute(
                "INSERT INTO messages(conversation_id, kind, payload, tokens, created_at) VALUES (?, ?, ?, ?, ?)",
                (conversation_id, message.type, payload, tokens, now),
            )
            con.execute("UPDATE conversations SET updated_at = ? WHERE id = ?", (now, conversation_id))
            return int(cur.lastrowid or 0)

    def history(self, conversation_id: str) -> list[StoredMessage]:
        with self._connect() as con:
            rows = con.execute(
                "SELECT id, payload, tokens, created_at FROM messages WHERE conversation_id = ? ORDER BY id",
                (conversation_id,),
            ).fetchall()
        out = []
        for row_id, payload, tokens, created in rows:
            (message,) = messages_from_dict([json.loads(payload)])
            out.append(StoredMessage(row_id, message, tokens, datetime.fromisoformat(created)))
        return out

    def messages(self, conversation_id: str) -> list[BaseMessage]:
        return [m.message for m in self.history(conversation_id)]

    # --- the prompt window ---
    def context(
        self, conversation_id: str, budget_tokens: int, *, max_tool_chars: int = 6000
    ) -> HistoryWindow:
        """The latest messages fitting ``budget_tokens`` (see module docs); never raises for size."""
        stored = self.history(conversation_id)
        turns = _split_turns(stored)
        kept: list[list[StoredMessage]] = []
        total = 0
        for turn in reversed(turns):
            size = sum(m.tokens for m in turn)
            if kept and total + size > budget_tokens:
                break
            kept.append(turn)
            total += size
        kept.reverse()
        dropped_turns = turns[: len(turns) - len(kept)]
        dropped = sum(len(t) for t in dropped_turns)
        messages = [m.message for turn in kept for m in turn]
        messages = _repair_dangling_tool_calls(messages)
        if total > budget_tokens:
            messages, total = self._shrink_tool_results(messages, budget_tokens, max_tool_chars)
        if dropped_turns:
            questions = [
                "- " + _one_line(m.text, 120)
                for turn in dropped_turns[-5:]
                for m in turn
                if isinstance(m.message, HumanMessage)
            ]
            note = render_prompt(
                "history_summary", dropped=dropped, questions="\n".join(questions) or "- (none)"
            )
            summary = HumanMessage(content=wrap_data(note.strip(), "memory:earlier_conversation"))
            messages = [summary, *messages]
            total += self.count(message_text(summary)) + 4
        return HistoryWindow(messages=messages, dropped=dropped, tokens=total)

    def _shrink_tool_results(
        self, messages: list[BaseMessage], budget: int, max_chars: int
    ) -> tuple[list[BaseMessage], int]:
        """Cut tool results (oldest first) until the window fits or nothing more can be cut."""
        out = list(messages)
        sizes = [self.count(message_text(m)) + 4 for m in out]
        limit = max_chars
        while sum(sizes) > budget and limit >= 400:
            changed = False
            for i, m in enumerate(out):
                if sum(sizes) <= budget:
                    break
                if isinstance(m, ToolMessage) and isinstance(m.content, str) and len(m.content) > limit:
                    out[i] = m.model_copy(update={"content": truncate(m.content, limit)})
                    sizes[i] = self.count(message_text(out[i])) + 4
                    changed = True
            if not changed:
                limit //= 2
        return out, sum(sizes)

    # --- readings (what each question was read as: a follow-up refines the last one) ---
    def save_reading(self, conversation_id: str, payload: str) -> None:
        """Keep the JSON of a turn's reading (``copilot.reading.Reading`` plus the routed intent)."""
        with self._connect() as con:
            con.execute("INSERT INTO readings(conversation_id, payload) VALUES (?, ?)", (conversation_id, payload))

    def last_reading(self, conversation_id: str) -> str | None:
        """The JSON saved by the latest :meth:`save_reading` of the conversation, or None."""
        with self._connect() as con:
            row = con.execute(
                "SELECT payload FROM readings WHERE conversation_id = ? ORDER BY id DESC LIMIT 1", (conversation_id,)
            ).fetchone()
        return str(row[0]) if row else None

    # --- the ledger ---
    def record_call(self, conversation_id: str, call: LLMCall) -> None:
        self.record_calls(conversation_id, [call])

    def record_calls(self, conversation_id: str, calls: Sequence[LLMCall]) -> None:
        """Add ``calls`` to the conversation's ledger (one transaction), e.g. a plan's calls."""
        if not calls:
            return
        with self._connect() as con:
            con.executemany(
                "INSERT INTO llm_calls(conversation_id, payload) VALUES (?, ?)",
                [(conversation_id, call.model_dump_json()) for call in calls],
            )

    def ledger(self, conversation_id: str) -> CostLedger:
        with self._connect() as con:
            rows = con.execute(
                "SELECT payload FROM llm_calls WHERE conversation_id = ? ORDER BY id", (conversation_id,)
            ).fetchall()
        return CostLedger(
            scope=f"conversation:{conversation_id}", calls=[LLMCall.model_validate_json(r[0]) for r in rows]
        )


def _one_line(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _split_turns(stored: Sequence[StoredMessage]) -> list[list[StoredMessage]]:
    """Groups starting at each user message (a leading non-user run is its own group)."""
    turns: list[list[StoredMessage]] = []
    for m in stored:
        if isinstance(m.message, HumanMessage) or not turns:
            turns.append([m])
        else:
            turns[-1].append(m)
    return turns


def _repair_dangling_tool_calls(messages: list[BaseMessage]) -> list[BaseMessage]:
    """Every tool call directly followed by one result per call id, in call order.

    A call left without a result (a crash mid-tool) gets a placeholder result; a result whose
    call is gone (trimmed away) is dropped. Providers reject either otherwise.
    """
    out: list[BaseMessage] = []
    i = 0
    while i < len(messages):
        m = messages[i]
        i += 1
        if isinstance(m, ToolMessage):
            continue  # orphan: its call is not right before it
        out.append(m)
        if isinstance(m, AIMessage) and m.tool_calls:
            results: dict[str, ToolMessage] = {}
            while i < len(messages):
                nxt = messages[i]
                if not isinstance(nxt, ToolMessage):
                    break
                results[nxt.tool_call_id] = nxt
                i += 1
            for call in m.tool_calls:
                cid = call.get("id") or ""
                out.append(
                    results.get(cid)
                    or ToolMessage(content=DANGLING_RESULT, tool_call_id=cid, name=call["name"])
                )
    return out
