"""Answer each Slack message once.

Slack retries an event it thinks we missed (HTTP: ``X-Slack-Retry-Num``; Socket Mode:
``retry_attempt``), and one message can arrive as two events (``app_mention`` and ``message``).
Every delivery names the same message (channel and ``ts``), so copilot records that key here
(:meth:`SlackCopilot.handle_event <copilot.faces.slack.listeners.SlackCopilot.handle_event>`).
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable


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
