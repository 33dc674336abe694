"""copilot's own workers for the slow Slack work (model turns), apart from Bolt's listener pool.

Bolt runs every listener's ack function *and* every lazy listener on one executor (five threads by
default). A lazy listener that waits there for the model would starve the acknowledgements of
slash commands and button presses (Slack gives up after 3 seconds), copilot's and the host app's
alike. So copilot's lazy listeners only hand a turn to a :class:`TurnQueue` and return.

The queue runs at most ``workers`` jobs at once, in arrival order, and never two jobs with the same
key (one Slack thread) at the same time: a thread's turns run one after another, in order.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable

log = logging.getLogger(__name__)

Job = Callable[[], None]


class TurnQueue:
    """A bounded pool of daemon worker threads with per-key ordering.

    :meth:`submit` never blocks. Jobs run first come, first served; a job whose key already has a
    job queued or running waits behind it (and joins the queue's tail when that one finishes).
    A job's exception is logged and ends only that job.
    """

    def __init__(self, workers: int = 1, *, name: str = "copilot-turn") -> None:
        self.workers = max(1, workers)
        self.name = name
        self._cond = threading.Condition()
        self._ready: deque[tuple[str, Job]] = deque()  # runnable: no other job of the key is ahead
        self._behind: dict[str, deque[Job]] = {}  # per key: jobs waiting for the key's current job
        self._busy: set[str] = set()  # keys with a job ready or running
        self._running = 0
        self._threads: list[threading.Thread] = []
        self._closed = False

    def would_wait(self, key: str) -> bool:
        """True if a job for ``key`` submitted now would not start at once (a hint for the user)."""
        with self._cond:
            return key in self._busy or self._running + len(self._ready) >= self.workers

    def submit(self, key: str, job: Job) -> None:
        """Queue ``job``; it runs after every earlier job of ``key`` and when a worker is free."""
        with self._cond:
            if self._closed:
                raise RuntimeError("the turn queue is closed")
            if key in self._busy:
                self._behind.setdefault(key, deque()).append(job)
                return
            self._busy.add(key)
            self._ready.append((key, job))
            if len(self._threads) < self.workers:
                thread = threading.Thread(target=self._work, name=f"{self.name}-{len(self._threads)}", daemon=True)
                self._threads.append(thread)
                thread.start()
            self._cond.notify_all()

    @property
    def pending(self) -> int:
        """Jobs queued or running."""
        with self._cond:
            return self._running + len(self._ready) + sum(len(q) for q in self._behind.values())

    def join(self, timeout: float | None = None) -> bool:
        """Wait until every submitted job has finished; False if ``timeout`` passed first."""
        with self._cond:
            return self._cond.wait_for(lambda: not self._busy, timeout=timeout)

    def close(self, *, wait: bool = False, timeout: float | None = None) -> None:
        """Accept no more jobs; queued ones still run. ``wait``: block until they have."""
        with self._cond:
            self._closed = True
            self._cond.notify_all()
        if wait:
            self.join(timeout)

    def _work(self) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(lambda: self._ready or (self._closed and not self._busy))
                if not self._ready:
                    return
                key, job = self._ready.popleft()
                self._running += 1
            try:
                job()
            except Exception:  # the job's own boundary should have caught it; never lose a worker
                log.exception("copilot Slack job for %s failed", key)
            finally:
                with self._cond:
                    self._running -= 1
                    behind = self._behind.get(key)
                    if behind:
                        self._ready.append((key, behind.popleft()))
                        if not behind:
                            del self._behind[key]
                    else:
                        self._busy.discard(key)
                    self._cond.notify_all()
