"""Outages of the parts the bot leans on (the knowledge base, the database), as incidents.

A dependency that fails for every question would otherwise log once per question; an incident is
logged when it starts and when it ends, however many questions fail in between, and its start is
reported to the caller once so that it can tell the coaches once.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Incident:
    """One outage of one dependency: `new` is True for the failure that started it."""

    what: str
    detail: str
    started: float  # time.monotonic()
    new: bool


class Health:
    """Open incidents by dependency; thread-safe, one per process."""

    def __init__(self) -> None:
        self._open: dict[str, Incident] = {}
        self._lock = threading.Lock()

    def failed(self, what: str, detail: str) -> Incident:
        """Record a failure of `what`; logs (and returns `new=True`) only when it starts an incident."""
        with self._lock:
            current = self._open.get(what)
            if current is not None:
                return current
            incident = Incident(what, detail, time.monotonic(), new=True)
            self._open[what] = Incident(what, detail, incident.started, new=False)
        log.warning("%s unavailable: %s (logged once until it recovers)", what, detail)
        return incident

    def succeeded(self, what: str) -> Incident | None:
        """Record a success of `what`; the incident it ends, if one was open (logged once)."""
        if what not in self._open:  # the common case, without the lock
            return None
        with self._lock:
            ended = self._open.pop(what, None)
        if ended is not None:
            log.warning("%s recovered after %.0f s", what, time.monotonic() - ended.started)
        return ended

    def down(self, what: str) -> bool:
        return what in self._open
