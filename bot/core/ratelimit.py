"""A per-person limit on questions a minute, so one person (or a script) cannot crowd out the rest.

In memory and per process: with several instances the limit applies per instance, which still stops a
runaway loop; it is a courtesy, not a security boundary.
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict, deque

WINDOW = 60.0


class RateLimiter:
    """A sliding one-minute window per person; `per_minute` 0 turns it off."""

    def __init__(self, per_minute: int, *, clock=time.monotonic) -> None:
        self.per_minute = per_minute
        self.clock = clock
        self._seen: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def wait_seconds(self, who: str) -> float:
        """0 when `who` may ask now (and counts this question), else how long until they may."""
        if self.per_minute <= 0 or not who:
            return 0.0
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
