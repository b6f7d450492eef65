"""Embeddings of the knowledge base's sentences, kept in memory and in a SQLite file beside the index.

The composer scores every sentence of the passages it reads against the question. Embedding them while
the PM waited made the first answer from a passage slow: the 129 golden questions asked once had a p95
of 457 ms, asked again 37 ms. Ingest now embeds each new passage's sentences ahead of time
(`bot.core.composer.passage_texts`), and an answer reads them back in about a millisecond. The file is derived
data: deleting it costs speed, never an answer, and a store that cannot be read or written is skipped
with one warning while answers embed what they need, as before.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np

from bot.core.sqlite_files import open_derived_file, transaction

log = logging.getLogger(__name__)

# 2: vectors in a rowid table; WITHOUT ROWID spilled each 1.5 KB vector into its own overflow page (4.7 KB
# a sentence on disk instead of 2). An older layout is dropped and refilled by the next ingest.
SCHEMA_VERSION = 2
LOOKUP_BATCH = 500  # keys per SELECT, under SQLite's limit on bound parameters
WARM_BATCH = 256  # texts embedded per call while warming, so memory stays flat on a large corpus


def text_key(text: str) -> bytes:
    """A fixed-size key for a text of any length."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()


class SentenceVectorStore:
    """Vectors by text in one SQLite file; one connection shared under a lock, as the lexical index does."""

    def __init__(self, path: Path, *, model: str) -> None:
        """`model` names the embedder that made the vectors: vectors of another model are dropped."""
        self.path = path
        self._db = open_derived_file(path)
        self._lock = threading.Lock()
        if self._db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
            self._db.execute("DROP TABLE IF EXISTS vectors")
            self._db.execute("DROP TABLE IF EXISTS passages")
            self._db.execute("VACUUM")  # give the old layout's pages back to the disk
            self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        self._db.executescript(
            """
            CREATE TABLE IF NOT EXISTS vectors (key BLOB PRIMARY KEY, vector BLOB NOT NULL);
            CREATE TABLE IF NOT EXISTS passages (chunk_id TEXT PRIMARY KEY) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS info (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            """
        )
        stored = self._db.execute("SELECT value FROM info WHERE key = 'model'").fetchone()
        if (stored[0] if stored else "") != model:
            # Another model's vectors would sit in another space: similarities against them mean nothing.
            with self._lock, transaction(self._db):
                self._db.execute("DELETE FROM vectors")
                self._db.execute("DELETE FROM passages")
                self._db.execute("INSERT OR REPLACE INTO info(key, value) VALUES ('model', ?)", (model,))

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def count(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT count(*) FROM vectors").fetchone()[0])

    def get(self, texts: Iterable[str]) -> dict[str, np.ndarray]:
        """The stored vectors of those texts that have one."""
        by_key = {text_key(t): t for t in texts}
        rows = self._select_in("SELECT key, vector FROM vectors WHERE key IN ({})", list(by_key))
        # float32 on disk is exact: both backends compute in float32; the callers' arithmetic stays
        # float64, as it was when every vector came straight from the embedder.
        return {by_key[key]: np.frombuffer(blob, dtype=np.float32).astype(np.float64) for key, blob in rows}

    def has(self, texts: Iterable[str]) -> set[str]:
        """Those of the texts with a stored vector (their keys only: ingest need not read the vectors)."""
        by_key = {text_key(t): t for t in texts}
        return {by_key[key] for key, in self._select_in("SELECT key FROM vectors WHERE key IN ({})", list(by_key))}

    def put(self, vectors: dict[str, np.ndarray], *, passages: Iterable[str] = ()) -> None:
        """Keep the vectors, and mark `passages` (chunk ids) as having all their sentences here."""
        rows = [(text_key(t), np.asarray(v, dtype=np.float32).tobytes()) for t, v in vectors.items()]
        marks = [(chunk_id,) for chunk_id in passages]
        if not rows and not marks:
            return
        with self._lock, transaction(self._db):
            self._db.executemany("INSERT OR REPLACE INTO vectors(key, vector) VALUES (?, ?)", rows)
            self._db.executemany("INSERT OR IGNORE INTO passages(chunk_id) VALUES (?)", marks)

    def done(self, chunk_ids: list[str]) -> set[str]:
        """Those of the chunks whose sentences were all embedded here."""
        return {chunk_id for chunk_id, in self._select_in(
            "SELECT chunk_id FROM passages WHERE chunk_id IN ({})", chunk_ids)}

    def _select_in(self, sql: str, values: list[Any]) -> list[tuple[Any, ...]]:
        """The rows of `sql` whose `IN ({})` takes `values`, asked in batches under SQLite's limit."""
        rows: list[tuple[Any, ...]] = []
        with self._lock:
            for start in range(0, len(values), LOOKUP_BATCH):
                batch = values[start : start + LOOKUP_BATCH]
                rows.extend(self._db.execute(sql.format(",".join("?" * len(batch))), batch).fetchall())
        return rows


class SentenceVectorCache:
    """Vectors of sentences: from memory, else from the store, else embedded now (and kept in both).

    The same passages come back for many questions; the sentences are the corpus's own, so memory holds
    the most recent `max_items` and the store holds the rest.
    """

    def __init__(self, embedder: Any, *, store: SentenceVectorStore | None = None, max_items: int = 20_000) -> None:
        self.embedder = embedder
        self.store = store
        self.max_items = max_items
        self._vectors: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, sentences: list[str]) -> np.ndarray:
        with self._lock:
            known = {s: self._vectors[s] for s in sentences if s in self._vectors}
        missing = [s for s in dict.fromkeys(sentences) if s not in known]
        if missing:
            stored = self._stored(missing)
            embedded = [s for s in missing if s not in stored]
            fresh = dict(zip(embedded, np.asarray(self.embedder.embed_documents(embedded)))) if embedded else {}
            self._keep(fresh)
            known.update(stored)
            known.update(fresh)
            with self._lock:
                self._vectors.update((s, known[s]) for s in missing)
                while len(self._vectors) > self.max_items:
                    self._vectors.popitem(last=False)
        return np.stack([known[s] for s in sentences])

    def not_warmed(self, chunk_ids: list[str]) -> list[str]:
        """The chunks whose sentences the store may lack (none without a store: nothing to warm into).
        Ingest asks this of unchanged chunks, so an index made before the store existed is filled once."""
        if self.store is None:
            return []
        try:
            done = self.store.done(chunk_ids)
        except sqlite3.Error as exc:
            self._give_up_store(exc)
            return []
        return [chunk_id for chunk_id in chunk_ids if chunk_id not in done]

    def warm(self, passages: dict[str, list[str]]) -> int:
        """Embed into the store the texts of these passages ({chunk id: texts}) it lacks, then mark the
        passages done (ingest calls this); how many texts were embedded."""
        if self.store is None:
            return 0
        wanted = list(dict.fromkeys(t for texts in passages.values() for t in texts if t))
        embedded = 0
        for start in range(0, len(wanted), WARM_BATCH):
            batch = wanted[start : start + WARM_BATCH]
            stored = self._in_store(batch)
            missing = [t for t in batch if t not in stored]
            if missing:
                self._keep(dict(zip(missing, np.asarray(self.embedder.embed_documents(missing)))))
                embedded += len(missing)
            if self.store is None:  # it failed on the way
                return embedded
        self._keep({}, passages=passages)
        return embedded

    def _stored(self, texts: list[str]) -> dict[str, np.ndarray]:
        if self.store is None:
            return {}
        try:
            return self.store.get(texts)
        except sqlite3.Error as exc:
            self._give_up_store(exc)
            return {}

    def _in_store(self, texts: list[str]) -> set[str]:
        if self.store is None:
            return set()
        try:
            return self.store.has(texts)
        except sqlite3.Error as exc:
            self._give_up_store(exc)
            return set()

    def _keep(self, vectors: dict[str, np.ndarray], *, passages: Iterable[str] = ()) -> None:
        if self.store is None:
            return
        try:
            self.store.put(vectors, passages=passages)
        except sqlite3.Error as exc:
            self._give_up_store(exc)

    def _give_up_store(self, exc: sqlite3.Error) -> None:
        log.warning("sentence vectors: %s cannot be used (%s: %s); embedding sentences as answers need them",
                    getattr(self.store, "path", "the store"), exc.__class__.__name__, exc)
        self.store = None
