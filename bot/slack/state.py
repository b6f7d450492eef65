"""What the Slack layer remembers between requests: in memory, bounded, safe across threads."""

from __future__ import annotations

import threading
import uuid
from collections import OrderedDict, deque
from dataclasses import dataclass, field
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class BoundedMap(Generic[K, V]):
    """A dict that forgets its least recently used entries beyond `limit`."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._items: OrderedDict[K, V] = OrderedDict()

    def get(self, key: K) -> V | None:
        value = self._items.get(key)
        if value is not None:
            self._items.move_to_end(key)
        return value

    def put(self, key: K, value: V) -> None:
        self._items[key] = value
        self._items.move_to_end(key)
        while len(self._items) > self.limit:
            self._items.popitem(last=False)

    def __contains__(self, key: object) -> bool:
        return key in self._items

    def __len__(self) -> int:
        return len(self._items)


@dataclass(frozen=True)
class AnswerRecord:
    """What a button press needs to know about the answer it sits under."""

    ref: str
    question: str
    label: str
    score: float
    sources: tuple[str, ...]
    channel: str | None
    thread_ts: str | None
    user_id: str | None


@dataclass
class SlackState:
    """Seen events, claimed messages, per-thread history, recent answers, workspace capabilities.

    Lost on restart, which costs little: a thread then continues without its earlier turns.
    """

    max_events: int = 10_000
    max_threads: int = 2_000
    turns_per_thread: int = 8
    max_answers: int = 5_000
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __post_init__(self) -> None:
        self._events: BoundedMap[str, bool] = BoundedMap(self.max_events)
        self._messages: BoundedMap[tuple[str, str], bool] = BoundedMap(self.max_events)
        self._threads: BoundedMap[tuple[str, str], deque[str]] = BoundedMap(self.max_threads)
        self._answers: BoundedMap[str, AnswerRecord] = BoundedMap(self.max_answers)
        self._unsupported: set[str] = set()

    # -- answer each delivery once ----------------------------------------------------------------
    def first_delivery(self, event_id: str) -> bool:
        """True the first time an event id is seen; Slack's retries of it return False."""
        with self._lock:
            if event_id in self._events:
                return False
            self._events.put(event_id, True)
            return True

    def claim_message(self, channel: str, ts: str) -> bool:
        """True for the first handler to claim a message; a mention also seen as a DM loses."""
        with self._lock:
            if (channel, ts) in self._messages:
                return False
            self._messages.put((channel, ts), True)
            return True

    # -- conversation history ---------------------------------------------------------------------
    def history(self, channel: str, thread_ts: str) -> list[str]:
        """Earlier questions in this thread, oldest first."""
        with self._lock:
            turns = self._threads.get((channel, thread_ts))
            return list(turns) if turns else []

    def remember(self, channel: str, thread_ts: str, question: str) -> None:
        with self._lock:
            turns = self._threads.get((channel, thread_ts))
            if turns is None:
                turns = deque(maxlen=self.turns_per_thread)
                self._threads.put((channel, thread_ts), turns)
            turns.append(question)

    # -- answers the buttons refer to -------------------------------------------------------------
    def record_answer(
        self,
        *,
        question: str,
        label: str,
        score: float,
        sources: list[str],
        channel: str | None,
        thread_ts: str | None,
        user_id: str | None,
    ) -> str:
        ref = "a-" + uuid.uuid4().hex[:16]
        record = AnswerRecord(
            ref, question, label, score, tuple(sources), channel, thread_ts, user_id
        )
        with self._lock:
            self._answers.put(ref, record)
        return ref

    def answer(self, ref: str) -> AnswerRecord | None:
        with self._lock:
            return self._answers.get(ref)

    # -- workspace capabilities -------------------------------------------------------------------
    def supports(self, feature: str) -> bool:
        """False once Slack said a feature (streaming, thread status) is unavailable here."""
        return feature not in self._unsupported

    def mark_unsupported(self, feature: str) -> None:
        with self._lock:
            self._unsupported.add(feature)
