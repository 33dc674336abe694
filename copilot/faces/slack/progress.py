"""A Slack message edited in place as work progresses, at most about once per second.

Slack rate-limits ``chat.update`` (roughly one call per second per channel), so progress text and
streamed answers are coalesced: an update inside the interval is kept as *pending* and sent by a
timer when the interval has passed; :meth:`ThrottledMessage.finish` always sends the final state.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from copilot.faces.slack.text import clip, redact

log = logging.getLogger(__name__)

Scheduler = Callable[[float, Callable[[], None]], Any]
"""``schedule(delay_s, fn)``: run ``fn`` after ``delay_s`` seconds (a daemon timer by default)."""


def _timer(delay: float, fn: Callable[[], None]) -> threading.Timer:
    t = threading.Timer(delay, fn)
    t.daemon = True
    t.start()
    return t


class ThrottledMessage:
    """One posted message (``channel``, ``ts``) that :meth:`update` edits, throttled to ``interval``."""

    def __init__(
        self,
        client: WebClient,
        channel: str,
        ts: str,
        *,
        interval: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
        schedule: Scheduler = _timer,
    ) -> None:
        self.client = client
        self.channel = channel
        self.ts = ts
        self.interval = interval
        self._clock = clock
        self._schedule = schedule
        self._lock = threading.Lock()
        self._last_sent_at: float | None = None
        self._sent: tuple[str, str | None] | None = None
        self._pending: tuple[str, list[dict[str, Any]] | None] | None = None
        self._timer_armed = False
        self._finished = False
        self.edits = 0

    def update(self, text: str, blocks: list[dict[str, Any]] | None = None) -> None:
        """Show ``text`` (and ``blocks``) soon: now if the interval has passed, else when it has."""
        with self._lock:
            if self._finished:
                return
            self._pending = (text, blocks)
            now = self._clock()
            wait = 0.0 if self._last_sent_at is None else self._last_sent_at + self.interval - now
            if wait <= 0:
                self._send_pending_locked()
            elif not self._timer_armed:
                self._timer_armed = True
                self._schedule(wait, self._on_timer)

    def finish(self, text: str, blocks: list[dict[str, Any]] | None = None) -> None:
        """Send the final state now (whatever the interval) and stop further edits."""
        with self._lock:
            self._pending = (text, blocks)
            self._send_pending_locked()
            self._finished = True

    def _on_timer(self) -> None:
        with self._lock:
            self._timer_armed = False
            if not self._finished:
                self._send_pending_locked()

    def _send_pending_locked(self) -> None:
        if self._pending is None:
            return
        text, blocks = self._pending
        self._pending = None
        text = clip(redact(text)) or "…"
        key = (text, repr(blocks) if blocks is not None else None)
        if key == self._sent:
            return
        kwargs: dict[str, Any] = {"channel": self.channel, "ts": self.ts, "text": text}
        if blocks is not None:
            kwargs["blocks"] = blocks
        try:
            self.client.chat_update(**kwargs)
        except SlackApiError as exc:  # a failed progress edit must not end the turn
            log.warning("chat.update failed: %s", exc.response.get("error", "unknown error"))
            return
        self._sent = key
        self._last_sent_at = self._clock()
        self.edits += 1
