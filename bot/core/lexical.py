"""The lexical side of retrieval: a persistent, incremental BM25 index that answers from postings.

Chunks are stored pre-tokenised (`bot.core.text.tokenize` plus glossary concept tokens), so SQLite only
splits on whitespace and the tokenisation stays ours: stemmed English, Chinese unigrams and bigrams,
language-neutral concept tokens. A question is an OR of its tokens ranked by FTS5's bm25(), so a query
reads the postings of its own terms instead of scoring every chunk.
"""

from __future__ import annotations

import logging
import math
import sqlite3
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from bot.core.text import Glossary, tokenize

log = logging.getLogger(__name__)

# FTS5's bm25() constants (fixed in SQLite): used for the ceiling a query could score.
BM25_K1 = 1.2
# Characters our tokens may hold besides letters and digits: "don't", "a-b", "§12" (concept tokens).
# Anything else is a separator, which never occurs inside a token (see bot.core.text).
TOKENIZE = "unicode61 remove_diacritics 0 tokenchars '-''§'"


@dataclass(frozen=True)
class LexicalHit:
    chunk_id: str
    score: float  # BM25 score relative to the best score this query could get (0..~1)


class LexicalIndex(Protocol):
    """What retrieval needs from a lexical index; a Chroma server with sparse vectors could implement it."""

    def add(self, docs: Sequence[tuple[str, list[str]]]) -> None: ...

    def delete(self, ids: Sequence[str]) -> None: ...

    def search(self, tokens: list[str], k: int) -> list[LexicalHit]: ...

    def count(self) -> int: ...


def lexical_tokens(text: str, glossary: Glossary) -> list[str]:
    return tokenize(text) + glossary.concept_tokens(text)


def chunk_tokens(text: str, metadata: dict[str, Any], glossary: Glossary) -> list[str]:
    """A chunk as the lexical index sees it: title, section and text, plus its concept tokens."""
    return lexical_tokens(f"{metadata.get('title', '')}\n{metadata.get('section', '')}\n{text}", glossary)


def _phrase(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


class SqliteLexicalIndex:
    """SQLite FTS5 in one file; one connection shared under a lock (queries take milliseconds)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None, timeout=30)
        self._lock = threading.Lock()
        # WAL: the bot keeps answering from the old postings while `aipm ingest` writes in another process.
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(
            f"""
            CREATE TABLE IF NOT EXISTS chunks (rowid INTEGER PRIMARY KEY, chunk_id TEXT UNIQUE NOT NULL);
            CREATE VIRTUAL TABLE IF NOT EXISTS postings USING fts5(tokens, tokenize="{TOKENIZE}");
            CREATE VIRTUAL TABLE IF NOT EXISTS vocab USING fts5vocab(postings, row);
            """
        )
        self._count: tuple[int, int] | None = None  # (data_version, count): another process may write

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # -- writes ----------------------------------------------------------------------------------
    def add(self, docs: Sequence[tuple[str, list[str]]]) -> None:
        """Insert or replace chunks by id (Chroma's upsert semantics)."""
        if not docs:
            return
        with self._lock, self._transaction():
            self._delete([chunk_id for chunk_id, _ in docs])
            for chunk_id, tokens in docs:
                rowid = self._db.execute("INSERT INTO chunks(chunk_id) VALUES (?)", (chunk_id,)).lastrowid
                self._db.execute("INSERT INTO postings(rowid, tokens) VALUES (?, ?)", (rowid, " ".join(tokens)))
            self._count = None

    def delete(self, ids: Sequence[str]) -> None:
        if not ids:
            return
        with self._lock, self._transaction():
            self._delete(ids)
            self._count = None

    def clear(self) -> None:
        with self._lock, self._transaction():
            self._db.execute("DELETE FROM postings")
            self._db.execute("DELETE FROM chunks")
            self._count = None

    def _delete(self, ids: Iterable[str]) -> None:
        for chunk_id in ids:
            row = self._db.execute("SELECT rowid FROM chunks WHERE chunk_id = ?", (chunk_id,)).fetchone()
            if row:
                self._db.execute("DELETE FROM postings WHERE rowid = ?", row)
                self._db.execute("DELETE FROM chunks WHERE rowid = ?", row)

    def _transaction(self) -> "_Transaction":
        return _Transaction(self._db)

    # -- reads -----------------------------------------------------------------------------------
    def count(self) -> int:
        with self._lock:
            return self._count_locked()

    def _count_locked(self) -> int:
        version = self._db.execute("PRAGMA data_version").fetchone()[0]
        if self._count is None or self._count[0] != version:
            self._count = (version, self._db.execute("SELECT count(*) FROM chunks").fetchone()[0])
        return self._count[1]

    def search(self, tokens: list[str], k: int) -> list[LexicalHit]:
        """The top-k chunks for an OR of `tokens`, scored relative to the best this query could get.

        The ceiling is each distinct term at its idf, fully saturated: what a perfect passage would score.
        That keeps scores comparable across questions, which the confidence model relies on.
        """
        tokens = [t for t in tokens if t and not any(ch.isspace() for ch in t)]
        if not tokens or k <= 0:
            return []
        query = " OR ".join(_phrase(t) for t in tokens)
        with self._lock:
            total = self._count_locked()
            if total == 0:
                return []
            rows = self._db.execute(
                "SELECT chunks.chunk_id, -bm25(postings) FROM postings JOIN chunks ON chunks.rowid = postings.rowid "
                "WHERE postings MATCH ? ORDER BY bm25(postings) LIMIT ?",
                (query, k),
            ).fetchall()
            if not rows:
                return []
            ceiling = sum(self._idf(term, total) for term in set(tokens)) * (BM25_K1 + 1)
        return [LexicalHit(cid, float(score) / ceiling if ceiling > 0 else 0.0) for cid, score in rows if score > 0]

    def _idf(self, term: str, total: int) -> float:
        row = self._db.execute("SELECT doc FROM vocab WHERE term = ?", (term,)).fetchone()
        docs = row[0] if row else 0
        if docs == 0:
            return 0.0  # a term no chunk holds cannot be matched, so it does not raise the ceiling
        # FTS5's own idf: a term in more than half the chunks counts (almost) nothing.
        return max(math.log((total - docs + 0.5) / (docs + 0.5)), 1e-6)


class _Transaction:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, *_: object) -> None:
        self.db.execute("ROLLBACK" if exc_type else "COMMIT")
