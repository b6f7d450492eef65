"""Interactions the database could not take, kept until it can: in memory, and in a file beside the
data so that a restart during the outage loses nothing. `ActionOutbox` does the same for what people
do with those answers (votes, 👎 reasons, escalations), replayed in order after the interactions.

The row keeps the id it was given when the question was answered (the answer's buttons carry it), and
is written with that id once the database is back; a row the database already holds (written just
before a failure was reported) is not written twice.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import threading
from pathlib import Path
from collections.abc import Callable
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from bot.core.storage import Store, StorageUnavailable

log = logging.getLogger(__name__)

DATE_FIELDS = ("created_at", "updated_at", "at")


class _KeptOnDisk:
    """What both outboxes share: a lock, a list mirrored to a JSON-lines file (rewritten atomically,
    so a crash leaves the old list or the new one), and a thread that retries every `retry_seconds`
    while anything waits."""

    thread_name = "aipm-outbox"

    def __init__(self, path: Path | None, retry_seconds: float) -> None:
        self.path = path
        self.retry_seconds = retry_seconds
        self._lock = threading.RLock()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None

    def _waiting(self) -> int:
        raise NotImplementedError

    def flush(self) -> int | None:
        raise NotImplementedError

    def close(self) -> None:
        self._wake.set()

    def _start_retrying(self) -> None:
        with self._lock:
            if self._thread is not None and self._thread.is_alive():
                return
            self._wake.clear()
            self._thread = threading.Thread(target=self._retry, name=self.thread_name, daemon=True)
            self._thread.start()

    def _retry(self) -> None:
        while self._waiting() and not self._wake.wait(self.retry_seconds):
            self.flush()

    def _write_lines(self, records: list[dict[str, Any]]) -> None:
        if self.path is None:
            return
        if not records:
            self.path.unlink(missing_ok=True)
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text("\n".join(json.dumps(record) for record in records) + "\n", encoding="utf-8")
        os.replace(tmp, self.path)

    def _read_lines(self) -> list[dict[str, Any]]:
        if self.path is None or not self.path.exists():
            return []
        return [json.loads(line) for line in self.path.read_text(encoding="utf-8").splitlines() if line.strip()]


class Outbox(_KeptOnDisk):
    """Rows for one table, waiting for the database; `retry_seconds` apart, a thread writes them."""

    def __init__(self, store: Store, table: Table, path: Path | None = None, *, retry_seconds: float = 30.0) -> None:
        super().__init__(path, retry_seconds)
        self.store = store
        self.table = table
        self._rows: dict[str, dict[str, Any]] = {}
        self._load()

    # -- what callers use -----------------------------------------------------------------------
    def write(self, values: dict[str, Any]) -> bool:
        """Insert the row now if the database takes it (True), else keep it for later (False)."""
        self.flush()
        if not self.pending:
            try:
                self.store.insert(self.table, **values)
                return True
            except Exception as exc:  # the database is down, locked or unreachable
                self._keep(values, exc)
                return False
        self._keep(values, None)  # behind older rows: keep their order
        return False

    def amend(self, row_id: str, **values: Any) -> bool:
        """Change a row still waiting here; False when it is not here (it is in the database)."""
        with self._lock:
            row = self._rows.get(row_id)
            if row is None:
                return False
            row.update(values)
            self._save()
            return True

    @property
    def pending(self) -> int:
        return len(self._rows)

    def flush(self) -> int:
        """Write waiting rows, oldest first, until the database refuses; returns how many went."""
        with self._lock:
            if not self._rows:
                return 0
            written = 0
            for row_id, row in list(self._rows.items()):
                try:
                    with self.store.engine.begin() as conn:
                        conn.execute(insert(self.table).values(**row))
                except IntegrityError:
                    pass  # already there: it went through before the failure was reported
                except Exception:
                    break
                del self._rows[row_id]
                written += 1
            if written:
                self._save()
                left = len(self._rows)
                log.warning("database back: wrote %d kept %s row(s), %d still waiting", written, self.table.name, left)
            return written

    # -- internals ------------------------------------------------------------------------------
    def _keep(self, values: dict[str, Any], exc: Exception | None) -> None:
        with self._lock:
            first = not self._rows
            self._rows[str(values["id"])] = dict(values)
            self._save()
        if first:
            # One line per outage, not per question; the rows are listed nowhere else until written.
            reason = exc.__class__.__name__ if exc else "earlier rows waiting"
            log.warning("database unavailable (%s): keeping %s rows until it returns", reason, self.table.name)
        self._start_retrying()

    def _waiting(self) -> int:
        return len(self._rows)

    def _save(self) -> None:
        self._write_lines([_to_json(row) for row in self._rows.values()])

    def _load(self) -> None:
        for record in self._read_lines():
            row = _from_json(record)
            self._rows[str(row["id"])] = row
        if self._rows:
            log.warning("%d %s row(s) from an earlier database outage are waiting", len(self._rows), self.table.name)
            self._start_retrying()


def _to_json(row: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.isoformat() if isinstance(v, dt.datetime) else v) for k, v in row.items()}


def _from_json(row: dict[str, Any]) -> dict[str, Any]:
    return {k: (dt.datetime.fromisoformat(v) if k in DATE_FIELDS and isinstance(v, str) else v) for k, v in row.items()}


def database_unavailable(exc: BaseException) -> bool:
    """Whether `exc` says the database is down or unreachable (not that a row broke a constraint)."""
    if isinstance(exc, IntegrityError):
        return False
    return isinstance(exc, (StorageUnavailable, SQLAlchemyError))


class ActionOutbox(_KeptOnDisk):
    """What people did while the database was down, beyond the answers themselves: votes, 👎
    reasons, escalations and their cards. Kept in order (memory and a file, like `Outbox`) and
    replayed in that order once `before` (the interactions they refer to) is written.

    Every kind of action is applied by a function its service registers (`handle`); each is
    idempotent (an upsert, an update, or an insert whose unique key says "already there"), so an
    action replayed after a crash that came between its write and its removal here changes nothing.
    """

    def __init__(self, store: Store, path: Path | None = None, *, before: Outbox | None = None,
                 retry_seconds: float = 30.0) -> None:
        super().__init__(path, retry_seconds)
        self.store = store
        self.before = before
        self._actions: list[dict[str, Any]] = []  # {"kind": ..., "values": {...}}, oldest first
        self._apply: dict[str, Callable[[dict[str, Any]], None]] = {}
        self._load()

    def handle(self, kind: str, apply: Callable[[dict[str, Any]], None]) -> None:
        """Register how a kept action of `kind` is written; the kept ones then start replaying."""
        self._apply[kind] = apply
        if self._actions:
            self._start_retrying()

    # -- what services use ----------------------------------------------------------------------
    def run(self, kind: str, values: dict[str, Any]) -> bool:
        """Apply the action now when the database takes it (True), else keep it, in order (False)."""
        if self.flush() is not None and not self.pending:
            try:
                self._apply[kind](values)
                return True
            except Exception as exc:
                if not database_unavailable(exc):
                    raise
                self.keep(kind, values, exc)
                return False
        self.keep(kind, values, None)  # behind older actions (or interactions): keep the order
        return False

    def keep(self, kind: str, values: dict[str, Any], exc: Exception | None = None) -> None:
        with self._lock:
            first = not self._actions
            self._actions.append({"kind": kind, "values": dict(values)})
            self._save()
        if first:
            reason = exc.__class__.__name__ if exc else "earlier rows waiting"
            log.warning("database unavailable (%s): keeping votes and escalations until it returns", reason)
        self._start_retrying()

    def kept(self, kind: str, **match: Any) -> list[dict[str, Any]]:
        """Values of the kept actions of `kind` whose values include `match`, oldest first."""
        with self._lock:
            return [
                dict(a["values"]) for a in self._actions
                if a["kind"] == kind and all(a["values"].get(k) == v for k, v in match.items())
            ]

    def amend(self, kind: str, row_id: str, **values: Any) -> bool:
        """Change a kept action (by its values' id); False when none is kept (it was written)."""
        with self._lock:
            for action in self._actions:
                if action["kind"] == kind and action["values"].get("id") == row_id:
                    action["values"].update(values)
                    self._save()
                    return True
            return False

    @property
    def pending(self) -> int:
        return len(self._actions) + (self.before.pending if self.before is not None else 0)

    def flush(self) -> int | None:
        """Write kept actions, oldest first, until the database refuses; how many went, or None
        when the interactions they refer to are still waiting (nothing is tried before them)."""
        if self.before is not None and self.before.pending:
            self.before.flush()
            if self.before.pending:
                return None
        with self._lock:
            written = 0
            # A kind no service has registered yet in this process waits at the head: it replays
            # once that service is built (`handle`).
            while self._actions and self._actions[0]["kind"] in self._apply:
                # Out of the list while it is applied, so what the applier sets off (a card posted,
                # then recorded with `amend`) goes to the database, not to this copy.
                action = self._actions.pop(0)
                try:
                    self._apply[action["kind"]](dict(action["values"]))
                except Exception as exc:
                    if database_unavailable(exc):
                        self._actions.insert(0, action)
                        break
                    # Broken for good (an escalation of an answer that was never recorded): kept,
                    # it would hold back everything behind it forever.
                    log.error("dropping a kept %s that cannot be written (%s)", action["kind"], exc.__class__.__name__)
                written += 1
            if written:
                self._save()
                log.warning("database back: replayed %d kept action(s), %d still waiting", written, len(self._actions))
            return written

    # -- internals ------------------------------------------------------------------------------
    thread_name = "aipm-action-outbox"

    def _waiting(self) -> int:
        return len(self._actions)

    def _save(self) -> None:
        self._write_lines([{"kind": a["kind"], "values": _to_json(a["values"])} for a in self._actions])

    def _load(self) -> None:
        for record in self._read_lines():
            self._actions.append({"kind": record["kind"], "values": _from_json(record["values"])})
        if self._actions:
            log.warning("%d vote(s) or escalation(s) from an earlier database outage are waiting", len(self._actions))
