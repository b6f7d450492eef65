"""A per-person limit on questions a minute, so one person (or a script) cannot crowd out the rest.

With a Store, the count is shared by every process on the database: each question claims the next
free slot of the person's current minute (`rate:<person>:<minute>:<n>` in the claims table), so two
instances behind a load balancer allow `per_minute` between them, not each. While the database is
down, each process counts alone (a sliding window in memory), which still stops a runaway loop; it is
a courtesy, not a security boundary.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import defaultdict, deque
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.core.storage import Store

log = logging.getLogger(__name__)

WINDOW = 60.0


class RateLimiter:
    """A one-minute window per person; `per_minute` 0 turns it off."""

    def __init__(self, per_minute: int, *, clock=time.monotonic, store: "Store | None" = None,
                 wall=time.time) -> None:
        self.per_minute = per_minute
        self.clock = clock
        self.store = store
        self.wall = wall  # the shared windows are wall-clock minutes, the same in every process
        self._seen: dict[str, deque[float]] = defaultdict(deque)
        self._next_slot: dict[tuple[str, int], int] = {}  # where this process's next claim starts
        self._shared_down = False
        self._lock = threading.Lock()

    def wait_seconds(self, who: str) -> float:
        """0 when `who` may ask now (and counts this question), else how long until they may."""
        if self.per_minute <= 0 or not who:
            return 0.0
        local = self._local_wait(who)  # kept up too, for when the database goes
        shared = self._shared_wait(who) if self.store is not None else None
        return local if shared is None else shared

    def _shared_wait(self, who: str) -> float | None:
        """The database's verdict; None when it cannot be asked."""
        assert self.store is not None
        now = self.wall()
        minute = int(now // WINDOW)
        with self._lock:
            if any(key[1] != minute for key in self._next_slot):
                self._next_slot = {k: v for k, v in self._next_slot.items() if k[1] == minute}
            start = self._next_slot.get((who, minute), 1)
        try:
            # Slots other processes took fail their claim; this process never retries its own.
            for slot in range(start, self.per_minute + 1):
                if self.store.claim(f"rate:{who}:{minute}:{slot}"):
                    self._remember(who, minute, slot + 1)
                    return 0.0
        except Exception:
            if not self._shared_down:
                log.warning("rate limit: the database is unavailable; counting in this process until it returns")
            self._shared_down = True
            return None
        self._shared_down = False
        self._remember(who, minute, self.per_minute + 1)
        return max(1.0, (minute + 1) * WINDOW - now)

    def _remember(self, who: str, minute: int, slot: int) -> None:
        with self._lock:
            self._next_slot[(who, minute)] = slot

    def _local_wait(self, who: str) -> float:
        now = self.clock()
        with self._lock:
            seen = self._seen[who]
            while seen and now - seen[0] >= WINDOW:
                seen.popleft()
            if len(seen) >= self.per_minute:
                return max(1.0, WINDOW - (now - seen[0]))
            seen.append(now)
            if len(self._seen) > 10_000:  # forget people who went quiet
                for key in [k for k, v in self._seen.items() if not v]:
                    del self._seen[key]
            return 0.0


def slow_down_text(per_minute: int, wait: float) -> str:
    return (
        f"You've asked {per_minute} questions in the last minute, which is my limit per person. "
        f"Please wait about {int(wait + 0.999)} seconds and ask again."
    )
