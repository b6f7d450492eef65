"""The SQLite files kept beside the data (the lexical index, the sentence vectors): how they are opened
and written. Both are derived from Chroma's contents and rebuilt or refilled when deleted."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def open_derived_file(path: Path) -> sqlite3.Connection:
    """One connection for the whole process, shared across threads under the owner's lock; autocommit, so
    writes group in `transaction`; WAL, so the bot keeps reading while `aipm ingest` writes in another
    process."""
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None, timeout=30)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    return db


@contextmanager
def transaction(db: sqlite3.Connection, begin: str = "BEGIN IMMEDIATE") -> Iterator[None]:
    """Statements that commit together, or not at all."""
    db.execute(begin)
    try:
        yield
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")
