"""What the Slack layer remembers between requests: in memory, bounded, safe across threads."""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections import OrderedDict, deque
from collections.abc import Callable
from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from bot.core.storage import Store

log = logging.getLogger(__name__)

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

    With a `store`, seen events, claimed messages and thread history live in the database, so
    several instances on one database answer each message once and history survives a restart;
    memory is the fallback while the database is down. Capabilities stay per process.
    """

    store: "Store | None" = None
    max_events: int = 10_000
    max_threads: int = 2_000
    turns_per_thread: int = 8
    max_answers: int = 5_000
    unsupported_for: float = 3600.0  # seconds before trying a refused feature again
    clock: Callable[[], float] = time.monotonic
    # Forms open here, not on the answering pool: a trigger_id dies 3 s after the click, and a
    # busy pool of answers must not make a coach's Answer button fail.
    forms: Executor = field(
        default_factory=lambda: ThreadPoolExecutor(max_workers=4, thread_name_prefix="aipm-forms")
    )
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __post_init__(self) -> None:
        self._events: BoundedMap[str, bool] = BoundedMap(self.max_events)
        self._messages: BoundedMap[tuple[str, str], bool] = BoundedMap(self.max_events)
        self._threads: BoundedMap[tuple[str, str], deque[str]] = BoundedMap(self.max_threads)
        self._answers: BoundedMap[str, AnswerRecord] = BoundedMap(self.max_answers)
        # (feature, conversation or "" for the whole workspace) -> when to try again
        self._unsupported: dict[tuple[str, str], float] = {}

    def _claim(self, key: str) -> bool | None:
        """The database's verdict on a claim; None when it can't be asked."""
        if self.store is None:
            return None
        try:
            return self.store.claim(key)
        except Exception:
            log.warning("could not record %s in the database; deciding in memory", key, exc_info=True)
            return None

    # -- answer each delivery once ----------------------------------------------------------------
    def first_delivery(self, event_id: str) -> bool:
        """True the first time an event id is seen; Slack's retries of it return False."""
        shared = self._claim(f"event:{event_id}")
        if shared is not None:
            return shared
        with self._lock:
            if event_id in self._events:
                return False
            self._events.put(event_id, True)
            return True

    def claim_message(self, channel: str, ts: str) -> bool:
        """True for the first handler to claim a message; a mention also seen as a DM loses."""
        shared = self._claim(f"message:{channel}:{ts}")
        if shared is not None:
            return shared
        with self._lock:
            if (channel, ts) in self._messages:
                return False
            self._messages.put((channel, ts), True)
            return True

    # -- conversation history ---------------------------------------------------------------------
    def history(self, channel: str, thread_ts: str) -> list[str]:
        """Earlier questions in this thread, oldest first."""
        if self.store is not None:
            try:
                return self.store.turns(channel, thread_ts, self.turns_per_thread)
            except Exception:
                log.warning("could not read thread history; using memory", exc_info=True)
        with self._lock:
            turns = self._threads.get((channel, thread_ts))
            return list(turns) if turns else []

    def remember(self, channel: str, thread_ts: str, question: str) -> None:
        if self.store is not None:
            try:
                self.store.add_turn(channel, thread_ts, question)
                return
            except Exception:
                log.warning("could not store thread history; keeping it in memory", exc_info=True)
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
    def supports(self, feature: str, conversation: str = "") -> bool:
        """False for a while after Slack said a feature (streaming, thread status) is unavailable
        in this conversation, or in the whole workspace."""
        now = self.clock()
        with self._lock:
            for key in ((feature, ""), (feature, conversation)):
                until = self._unsupported.get(key)
                if until is not None and until > now:
                    return False
        return True

    def mark_unsupported(self, feature: str, conversation: str = "") -> None:
        """Remember a refusal for `unsupported_for` seconds: in one conversation (a permission
        there) or, with no conversation, everywhere (the workspace or the app lacks it)."""
        with self._lock:
            self._unsupported[(feature, conversation)] = self.clock() + self.unsupported_for
