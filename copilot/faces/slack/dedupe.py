"""Slack retries an event it thinks we missed (HTTP: ``X-Slack-Retry-Num``; Socket Mode:
``retry_attempt``). Each delivery carries the same ``event_id``; we answer each event once.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from slack_bolt.request import BoltRequest
from slack_bolt.response import BoltResponse

log = logging.getLogger(__name__)


class EventDeduper:
    """Remembers keys for ``ttl_s`` seconds (at most ``max_size``); thread-safe.

    In-memory: one process. Several processes behind a load balancer need a shared store.
    """

    def __init__(
        self, ttl_s: float = 3600.0, max_size: int = 10_000, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.ttl_s = ttl_s
        self.max_size = max_size
        self._clock = clock
        self._seen: OrderedDict[str, float] = OrderedDict()
        self._lock = threading.Lock()

    def first_time(self, key: str) -> bool:
        """Record ``key``; True the first time it is seen (within the TTL), False for a repeat."""
        now = self._clock()
        with self._lock:
            while self._seen:
                at = next(iter(self._seen.values()))
                if now - at <= self.ttl_s and len(self._seen) < self.max_size:
                    break
                self._seen.popitem(last=False)
            if key in self._seen:
                return False
            self._seen[key] = now
            return True


def retry_number(request: BoltRequest) -> int:
    """The delivery attempt Slack says this is (0 for the first delivery)."""
    raw = request.headers.get("x-slack-retry-num") or [""]
    value = raw[0] if isinstance(raw, list | tuple) and raw else raw
    if isinstance(value, str) and value.isdigit():
        return int(value)
    if isinstance(request.body, dict):  # Socket Mode keeps the attempt in the envelope
        attempt = request.body.get("retry_attempt")
        if isinstance(attempt, int):
            return attempt
    return 0


def dedupe_middleware(deduper: EventDeduper) -> Callable[..., BoltResponse | None]:
    """A Bolt listener middleware: a repeat delivery of an ``event_id`` gets a plain 200 and stops."""

    def copilot_dedupe(body: dict[str, Any], request: BoltRequest, next: Callable[[], None]) -> BoltResponse | None:
        event_id = body.get("event_id")
        # A FaaS lazy re-invocation (``lazy_only``) carries the same body on purpose: let it through.
        if isinstance(event_id, str) and not request.lazy_only and not deduper.first_time(event_id):
            log.info("ignoring repeat delivery of Slack event %s (retry %d)", event_id, retry_number(request))
            return BoltResponse(status=200, body="")
        next()
        return None

    return copilot_dedupe
