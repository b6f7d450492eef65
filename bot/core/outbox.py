"""Interactions the database could not take, kept until it can: in memory, and in a file beside the
data so that a restart during the outage loses nothing.

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
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.exc import IntegrityError

from bot.core.storage import Store

log = logging.getLogger(__name__)

DATE_FIELDS = ("created_at",)


class Outbox:
    """Rows for one table, waiting for the database; `retry_seconds` apart, a thread writes them."""

    def __init__(self, store: Store, table: Table, path: Path | None = None, *, retry_seconds: float = 30.0) -> None:
        self.store = store
        self.table = table
        self.path = path
        self.retry_seconds = retry_seconds
        self._rows: dict[str, dict[str, Any]] = {}
        self._lock = threading.RLock()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
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

    def close(self) -> None:
        self._wake.set()

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

    def _start_retrying(self) -> None:
        with self._lock:
            if self._thread is not None and self._thread.is_alive():
                return
            self._wake.clear()
            self._thread = threading.Thread(target=self._retry, name="aipm-outbox", daemon=True)
            self._thread.start()

    def _retry(self) -> None:
        while self.pending and not self._wake.wait(self.retry_seconds):
            self.flush()

    def _save(self) -> None:
        if self.path is None:
            return
        if not self._rows:
            self.path.unlink(missing_ok=True)
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text("\n".join(json.dumps(_to_json(row)) for row in self._rows.values()) + "\n", encoding="utf-8")
        os.replace(tmp, self.path)  # atomic: a crash leaves the old list or the new one

    def _load(self) -> None:
        if self.path is None or not self.path.exists():
            return
        for line in self.path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = _from_json(json.loads(line))
                self._rows[str(row["id"])] = row
        if self._rows:
            log.warning("%d %s row(s) from an earlier database outage are waiting", len(self._rows), self.table.name)
            self._start_retrying()


def _to_json(row: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.isoformat() if isinstance(v, dt.datetime) else v) for k, v in row.items()}


def _from_json(row: dict[str, Any]) -> dict[str, Any]:
    return {k: (dt.datetime.fromisoformat(v) if k in DATE_FIELDS and isinstance(v, str) else v) for k, v in row.items()}
