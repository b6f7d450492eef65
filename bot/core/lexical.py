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
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from bot.core.sqlite_files import open_derived_file, transaction
from bot.core.text import Glossary, tokenize

log = logging.getLogger(__name__)

# Okapi BM25 as rank_bm25's BM25Okapi computed it before this index existed, so the relative scores the
# confidence model was fitted on keep their meaning: terms in more than half the chunks get a quarter
# of the average idf instead of (FTS5's) nothing.
BM25_K1, BM25_B, BM25_EPSILON = 1.5, 0.75, 0.25
# FTS5's bm25() picks the candidates (from postings); this many are then scored exactly as above.
CANDIDATE_POOL = 200
# At most this many postings are read to pick candidates. FTS5 ranks every chunk that holds any query
# term, and in a large corpus a question's common words hold tens of thousands each (at 100,000 chunks,
# 160,000 postings for the median golden question). Over the budget the commonest terms are left out of the
# candidate query only: they carry the least idf, and every candidate is still scored on all terms.
# A corpus of a few thousand chunks never reaches it, so its results are exactly the full query's.
POSTINGS_BUDGET = 40_000
DF_CACHE_SIZE = 20_000  # terms whose chunk counts are kept until the index changes
# 3: clitics dropped from words (text.english_terms), so old postings hold "model'"; 4: Chinese in
# simplified characters (text.matching_text), so old postings of traditional-Chinese text do not match.
SCHEMA_VERSION = 4
# Characters our tokens may hold besides letters and digits: "o'neil", "a-b", "§12" (concept tokens).
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

    def search(self, tokens: list[str], k: int, *, max_share: float = 1.0) -> list[LexicalHit]: ...

    def count(self) -> int: ...

    def document_frequency(self, term: str) -> int: ...


def lexical_tokens(text: str, glossary: Glossary) -> list[str]:
    return tokenize(text) + glossary.concept_tokens(text)


def chunk_tokens(text: str, metadata: dict[str, Any], glossary: Glossary) -> list[str]:
    """A chunk as the lexical index sees it: title, section and text, plus its concept tokens."""
    return lexical_tokens(f"{metadata.get('title', '')}\n{metadata.get('section', '')}\n{text}", glossary)


def _phrase(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


class SqliteLexicalIndex:
    """SQLite FTS5 in one file; one connection shared under a lock (queries take milliseconds)."""

    def __init__(self, path: Path, *, tokens_version: str = "") -> None:
        """`tokens_version` names how the stored tokens were made (the glossary's fingerprint): postings
        made another way are dropped, and the owner backfills them."""
        self.path = path
        # WAL: the bot keeps answering from the old postings while `aipm ingest` writes in another process.
        self._db = open_derived_file(path)
        self._lock = threading.Lock()
        if self._db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
            # An older layout is a derived index: drop it, and the owner backfills it from Chroma.
            self._db.executescript("DROP TABLE IF EXISTS vocab; DROP TABLE IF EXISTS postings; DROP TABLE IF EXISTS chunks;")
            self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        self._db.executescript(
            f"""
            CREATE TABLE IF NOT EXISTS chunks (
                rowid INTEGER PRIMARY KEY, chunk_id TEXT UNIQUE NOT NULL, length INTEGER NOT NULL
            );
            CREATE VIRTUAL TABLE IF NOT EXISTS postings USING fts5(tokens, tokenize="{TOKENIZE}");
            CREATE VIRTUAL TABLE IF NOT EXISTS vocab USING fts5vocab(postings, row);
            CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value REAL, chunks INTEGER, length INTEGER);
            CREATE TABLE IF NOT EXISTS info (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            """
        )
        stored = self._db.execute("SELECT value FROM info WHERE key = 'tokens'").fetchone()
        if (stored[0] if stored else "") != tokens_version:
            # An upgrade that changed the glossary renumbers concept tokens: the old postings would match
            # the wrong concepts, and an unchanged chunk is never re-ingested to fix them.
            self.clear()
            self._db.execute("INSERT OR REPLACE INTO info(key, value) VALUES ('tokens', ?)", (tokens_version,))
        self._stats: _Stats | None = None  # cached per PRAGMA data_version: another process may write

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # -- writes ----------------------------------------------------------------------------------
    def add(self, docs: Sequence[tuple[str, list[str]]]) -> None:
        """Insert or replace chunks by id (Chroma's upsert semantics)."""
        if not docs:
            return
        with self._lock, transaction(self._db):
            self._delete([chunk_id for chunk_id, _ in docs])
            for chunk_id, tokens in docs:
                rowid = self._db.execute(
                    "INSERT INTO chunks(chunk_id, length) VALUES (?, ?)", (chunk_id, len(tokens))
                ).lastrowid
                self._db.execute("INSERT INTO postings(rowid, tokens) VALUES (?, ?)", (rowid, " ".join(tokens)))
            self._changed()

    def delete(self, ids: Sequence[str]) -> None:
        if not ids:
            return
        with self._lock, transaction(self._db):
            self._delete(ids)
            self._changed()

    def clear(self) -> None:
        with self._lock, transaction(self._db):
            self._db.execute("DELETE FROM postings")
            self._db.execute("DELETE FROM chunks")
            self._changed()

    def _changed(self) -> None:
        self._db.execute("DELETE FROM meta")  # figures derived from the whole index, stale now
        self._stats = None

    def _delete(self, ids: Iterable[str]) -> None:
        for chunk_id in ids:
            row = self._db.execute("SELECT rowid FROM chunks WHERE chunk_id = ?", (chunk_id,)).fetchone()
            if row:
                self._db.execute("DELETE FROM postings WHERE rowid = ?", row)
                self._db.execute("DELETE FROM chunks WHERE rowid = ?", row)

    # -- reads -----------------------------------------------------------------------------------
    def count(self) -> int:
        with self._lock:
            return self._stats_locked().count

    def document_frequency(self, term: str) -> int:
        """How many chunks hold `term` (a token as `tokenize` makes it)."""
        with self._lock, _snapshot(self._db):
            return self._doc_count(term, self._stats_locked())

    def _stats_locked(self) -> "_Stats":
        version = self._db.execute("PRAGMA data_version").fetchone()[0]
        if self._stats is None or self._stats.version != version:
            count, length = self._db.execute("SELECT count(*), coalesce(sum(length), 0) FROM chunks").fetchone()
            self._stats = _Stats(version, count, length / count if count else 0.0, length)
        return self._stats

    def search(self, tokens: list[str], k: int, *, max_share: float = 1.0) -> list[LexicalHit]:
        """The top-k chunks for an OR of `tokens`, scored relative to the best this query could get.

        The ceiling is each distinct term at its idf, fully saturated: what a perfect passage would score.
        That keeps scores comparable across questions, which the confidence model relies on. A term held
        by more than `max_share` of the chunks is left out of the query: it points to none of them.
        """
        tokens = [t for t in tokens if t and not any(ch.isspace() for ch in t)]
        if not tokens or k <= 0:
            return []
        with self._lock, _snapshot(self._db):
            stats = self._stats_locked()
            if stats.count == 0:
                return []
            docs = {term: self._doc_count(term, stats) for term in dict.fromkeys(tokens)}
            if max_share < 1.0:
                docs = {term: n for term, n in docs.items() if n <= max_share * stats.count}
                tokens = [t for t in tokens if t in docs]
            picked = _candidate_terms(docs)
            query = " OR ".join(_phrase(t) for t in tokens if t in picked)
            if not query:
                return []
            # Rank rowids first and read chunk rows and token lists for the winners only: joined
            # before the LIMIT, SQLite would read them for every chunk that matches.
            rows = self._db.execute(
                "SELECT chunks.chunk_id, chunks.length, postings.tokens FROM "
                "(SELECT rowid, bm25(postings) AS score FROM postings WHERE postings MATCH ? ORDER BY score LIMIT ?) "
                "AS top JOIN chunks ON chunks.rowid = top.rowid JOIN postings ON postings.rowid = top.rowid "
                "ORDER BY top.score",
                (query, max(CANDIDATE_POOL, k)),
            ).fetchall()
            if not rows:
                return []
            idf = {term: self._idf(n, stats) for term, n in docs.items()}
        ceiling = sum(max(v, 0.0) for v in idf.values()) * (BM25_K1 + 1)
        scored = []
        for position, (chunk_id, length, text) in enumerate(rows):
            freqs = Counter(t for t in text.split() if t in idf)
            norm = BM25_K1 * (1 - BM25_B + BM25_B * length / stats.avg_length)
            score = sum(idf[t] * freqs[t] * (BM25_K1 + 1) / (freqs[t] + norm) for t in tokens if freqs[t])
            scored.append((-score, position, chunk_id))
        scored.sort()
        return [LexicalHit(cid, -neg / ceiling if ceiling > 0 else 0.0) for neg, _, cid in scored[:k] if neg < 0]

    def _doc_count(self, term: str, stats: "_Stats") -> int:
        """Chunks holding `term`. fts5vocab counts them by reading the term's postings, so counts are
        kept (for this version of the index) rather than re-read for every question."""
        docs = stats.doc_counts.get(term)
        if docs is None:
            row = self._db.execute("SELECT doc FROM vocab WHERE term = ?", (term,)).fetchone()
            docs = row[0] if row else 0
            if len(stats.doc_counts) >= DF_CACHE_SIZE:
                stats.doc_counts.clear()
            stats.doc_counts[term] = docs
        return docs

    def _idf(self, docs: int, stats: "_Stats") -> float:
        if docs == 0:
            return 0.0  # a term no chunk holds cannot be matched, so it does not raise the ceiling
        value = math.log(stats.count - docs + 0.5) - math.log(docs + 0.5)
        return value if value >= 0 else BM25_EPSILON * self._average_idf(stats)

    def _average_idf(self, stats: "_Stats") -> float:
        """Mean idf over the vocabulary. Computing it reads every posting (half a second at 100,000
        chunks), so it is kept in the file until the next write: a restarted bot does not pay it again."""
        if stats.average_idf is None:
            row = self._db.execute("SELECT value, chunks, length FROM meta WHERE key = 'average_idf'").fetchone()
            if row and row[1:] == (stats.count, stats.total_length):
                stats.average_idf = row[0]
                return row[0]
            n = stats.count
            docs = [row[0] for row in self._db.execute("SELECT doc FROM vocab")]
            stats.average_idf = sum(math.log(n - d + 0.5) - math.log(d + 0.5) for d in docs) / len(docs) if docs else 0.0
            try:  # a reader never waits for a writer: if an ingest holds the file, the next start computes it
                self._db.execute("PRAGMA busy_timeout = 0")
                self._db.execute(
                    "INSERT OR REPLACE INTO meta VALUES ('average_idf', ?, ?, ?)",
                    (stats.average_idf, stats.count, stats.total_length),
                )
            except sqlite3.OperationalError:
                pass
            finally:
                self._db.execute("PRAGMA busy_timeout = 30000")
        return stats.average_idf


def _candidate_terms(docs: dict[str, int]) -> set[str]:
    """The terms whose postings pick the candidates: all of them while their postings fit the budget
    (the query is then exactly the question's), else the rarest that do (always at least one)."""
    present = sorted((n, term) for term, n in docs.items() if n > 0)
    if sum(n for n, _ in present) <= POSTINGS_BUDGET:
        return set(docs)
    kept, read = [], 0
    for n, term in present:
        if kept and read + n > POSTINGS_BUDGET:
            break
        kept.append(term)
        read += n
    return set(kept)


@dataclass
class _Stats:
    version: int
    count: int
    avg_length: float
    total_length: int = 0
    average_idf: float | None = None
    doc_counts: dict[str, int] = field(default_factory=dict)


@contextmanager
def _snapshot(db: sqlite3.Connection) -> Iterator[None]:
    """One read transaction: every statement of a search sees the index as it was when the search began.
    An ingest in another process commits between statements otherwise, and a term's chunk count from
    after its commit against the total from before it made the idf the log of a negative number.
    It ends in COMMIT, not ROLLBACK, so the average-idf cache row a search writes is kept."""
    with transaction(db, "BEGIN"):
        # A deferred BEGIN takes no snapshot until the first read; take it now, so that the
        # data_version read next belongs to the same snapshot as everything after it.
        db.execute("SELECT 1 FROM chunks LIMIT 1").fetchall()
        yield
