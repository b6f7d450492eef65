"""The knowledge index: an embedder plus a Chroma collection and the metadata schema of its chunks.

Ingestion writes it; retrieval reads it. Chroma is the source of truth. The lexical (BM25) side lives in
an SQLite FTS5 file in the data folder, written here on every add and delete so that every writer (ingest,
coach-answer learning) keeps it in step; if its chunk count differs from Chroma's (an index built before
it existed, or a write cut short) it is rebuilt from Chroma once, on open.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.core.embeddings import SentenceEmbedder
from bot.core.lexical import LexicalIndex, SqliteLexicalIndex, chunk_tokens
from bot.core.sentence_vectors import SentenceVectorCache, SentenceVectorStore
from bot.core.text import STEMMER_VERSION, default_glossary, detect_language
from bot.errors import UserError

if TYPE_CHECKING:
    import chromadb
    from langchain_chroma import Chroma

    from bot.config import Settings

log = logging.getLogger(__name__)

SOURCE_DOCUMENT = "document"
SOURCE_COACH = "coach_answer"


class IndexUnavailable(UserError, RuntimeError):
    """The vector store cannot be reached or opened."""


def is_connection_error(exc: BaseException) -> bool:
    """Whether `exc` (or what caused it) is the network failing, not a bug: a Chroma server that is
    down, restarting or unreachable."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, (ConnectionError, TimeoutError)):
            return True
        if type(seen).__module__.startswith(("httpx", "httpcore")) and "Error" in type(seen).__name__:
            return True
        seen = seen.__cause__ or seen.__context__
    return False


@dataclass
class Chunk:
    """One retrievable piece of a document, with everything needed to cite it."""

    text: str
    source: str  # file name or path relative to the ingested folder
    title: str
    section: str  # heading path, "Title > Section > Subsection"
    lang: str
    root: str = ""  # the folder (or file) that was ingested, to scope deletions
    position: int = 0  # order inside the document
    source_type: str = SOURCE_DOCUMENT
    extra: dict[str, Any] = field(default_factory=dict)

    def embedding_text(self) -> str:
        """What the embedder sees: heading context, the text, and for Chinese an English gloss of its terms.

        The packaged embedder only knows English, so a Chinese chunk carries the English names of the
        glossary concepts it mentions; that lets an English question land near it.
        """
        parts = [self.title, self.section]
        if self.lang == "zh":
            # Before the text: the embedder truncates long inputs, and the gloss is what it can read.
            gloss = default_glossary().english_gloss(f"{self.title} {self.section} {self.text}")
            if gloss:
                parts.append(f"(Terms: {gloss})")
        parts.append(self.text)
        return "\n".join(p for p in parts if p)

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(
            "\x00".join([self.root, self.source, self.section, self.embedding_text()]).encode("utf-8")
        ).hexdigest()

    def chunk_id(self, occurrence: int = 0) -> str:
        # Content-addressed: unchanged text keeps its id, so a rerun embeds nothing.
        return f"{self.content_hash[:32]}-{occurrence}" if occurrence else self.content_hash[:32]

    def metadata(self) -> dict[str, Any]:
        meta = {
            "source": self.source,
            "title": self.title,
            "section": self.section,
            "lang": self.lang or detect_language(self.text),
            "root": self.root,
            "position": self.position,
            "source_type": self.source_type,
            "content_hash": self.content_hash,
        }
        # Chroma metadata values must be scalars.
        meta.update({k: v for k, v in self.extra.items() if isinstance(v, (str, int, float, bool))})
        return meta


class KnowledgeIndex:
    """The embedder and the Chroma collection, created lazily on first use."""

    def __init__(self, settings: "Settings", *, embedder: SentenceEmbedder | None = None) -> None:
        self.settings = settings
        self.embedder = embedder or SentenceEmbedder(
            settings.embedding_model, backend=settings.embed_backend, cache_dir=settings.model_cache_dir / "onnx",
            threads=settings.embed_threads,
        )
        self._client: chromadb.ClientAPI | None = None
        self._collection: chromadb.Collection | None = None
        self._store: Chroma | None = None
        self._lexical: LexicalIndex | None = None
        self._sentence_vectors: SentenceVectorCache | None = None
        self._lock = threading.Lock()
        self._lexical_lock = threading.Lock()  # apart: opening the lexical index opens the client too
        self.generation = 0  # bumped on every write, so readers know to rebuild their caches

    # -- connections -----------------------------------------------------------------------------
    @property
    def client(self) -> "chromadb.ClientAPI":
        if self._client is None:
            with self._lock:
                if self._client is None:
                    self._client = self._connect()
        return self._client

    def _connect(self) -> "chromadb.ClientAPI":
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        chroma_settings = ChromaSettings(anonymized_telemetry=False)
        try:
            if self.settings.chroma_host:
                return chromadb.HttpClient(
                    host=self.settings.chroma_host, port=self.settings.chroma_port, settings=chroma_settings
                )
            self.settings.chroma_dir.mkdir(parents=True, exist_ok=True)
            return chromadb.PersistentClient(path=str(self.settings.chroma_dir), settings=chroma_settings)
        except Exception as exc:
            where = (
                f"the Chroma server at {self.settings.chroma_host}:{self.settings.chroma_port}"
                if self.settings.chroma_host
                else f"the Chroma data folder {self.settings.chroma_dir}"
            )
            raise IndexUnavailable(f"Could not open {where}: {exc}") from exc

    @property
    def collection(self) -> "chromadb.Collection":
        if self._collection is None:
            # No embedding function: Chroma's default one downloads a model, and we bring our own vectors.
            with self.reaching():
                self._collection = self.client.get_or_create_collection(
                    name=self.settings.collection,
                    embedding_function=None,
                    configuration={"hnsw": {"space": "cosine"}},
                )
        return self._collection

    @contextmanager
    def reaching(self) -> Iterator[None]:
        """Chroma calls inside raise IndexUnavailable when the server cannot be reached, so a caller
        can tell "the knowledge base is down" from a bug. The client reconnects by itself on the
        next call, so nothing needs resetting when the server returns."""
        try:
            yield
        except IndexUnavailable:
            raise
        except Exception as exc:
            if not is_connection_error(exc):
                raise
            where = f"{self.settings.chroma_host}:{self.settings.chroma_port}" if self.settings.chroma_host else "local"
            raise IndexUnavailable(
                f"The knowledge base (Chroma, {where}) cannot be reached: {exc.__class__.__name__}"
            ) from exc

    @property
    def store(self) -> "Chroma":
        """langchain's view of the same collection, used for similarity search."""
        if self._store is None:
            from langchain_chroma import Chroma

            self._store = Chroma(
                collection_name=self.settings.collection,
                embedding_function=self.embedder,
                client=self.client,
                collection_configuration={"hnsw": {"space": "cosine"}},
            )
        return self._store

    @property
    def lexical_path(self) -> Path:
        # Local even with a Chroma server or PostgreSQL: it is a derived index, rebuilt from Chroma at will.
        return self.settings.data_dir / f"lexical-{self.settings.collection}.sqlite3"

    @property
    def lexical(self) -> LexicalIndex:
        """The lexical index, backfilled from Chroma on first open if it is missing or out of step."""
        if self._lexical is None:
            with self._lexical_lock:
                if self._lexical is None:
                    tokens_version = f"{STEMMER_VERSION}:{default_glossary().fingerprint}"
                    lexical = SqliteLexicalIndex(self.lexical_path, tokens_version=tokens_version)
                    self._backfill(lexical)
                    self._lexical = lexical
        return self._lexical

    @property
    def sentence_vectors_path(self) -> Path:
        return self.settings.data_dir / f"sentences-{self.settings.collection}.sqlite3"

    @property
    def sentence_vectors(self) -> SentenceVectorCache:
        """Vectors of passage sentences for the composer; ingest fills the store ahead of questions."""
        if self._sentence_vectors is None:
            with self._lock:
                if self._sentence_vectors is None:
                    self._sentence_vectors = SentenceVectorCache(self.embedder, store=self._open_sentence_store())
        return self._sentence_vectors

    def _open_sentence_store(self) -> SentenceVectorStore | None:
        model = f"{self.embedder.model_name or 'packaged all-MiniLM-L6-v2'} ({self.embedder.backend})"
        try:
            return SentenceVectorStore(self.sentence_vectors_path, model=model)
        except (OSError, sqlite3.Error) as exc:
            # Only speed depends on it: answers embed what they need, as they did before the store.
            log.warning("sentence vectors: cannot open %s (%s: %s); embedding sentences as answers need them",
                        self.sentence_vectors_path, exc.__class__.__name__, exc)
            return None

    def _backfill(self, lexical: SqliteLexicalIndex, *, page: int = 2000) -> None:
        expected = self.collection.count()
        if lexical.count() == expected:
            return
        log.info("Rebuilding the lexical index %s from %d chunks in Chroma", self.lexical_path, expected)
        glossary = default_glossary()
        lexical.clear()
        for records in self._record_pages(page=page):
            lexical.add([(cid, chunk_tokens(text, meta, glossary)) for cid, text, meta in records])

    # -- writes ----------------------------------------------------------------------------------
    def add(self, ids: list[str], chunks: list[Chunk], *, batch_size: int = 64) -> None:
        lexical, glossary = self.lexical, default_glossary()
        for start in range(0, len(chunks), batch_size):
            batch = chunks[start : start + batch_size]
            batch_ids = ids[start : start + batch_size]
            vectors = self.embedder.embed_documents([c.embedding_text() for c in batch])
            metadatas = [c.metadata() for c in batch]
            self.collection.upsert(
                ids=batch_ids, embeddings=vectors, documents=[c.text for c in batch], metadatas=metadatas
            )
            # After Chroma: a crash in between leaves the counts apart, and the next open rebuilds.
            lexical.add([(i, chunk_tokens(c.text, m, glossary)) for i, c, m in zip(batch_ids, batch, metadatas)])
            self.generation += 1

    def delete(self, ids: list[str]) -> None:
        lexical = self.lexical
        for start in range(0, len(ids), 500):
            self.collection.delete(ids=ids[start : start + 500])
            lexical.delete(ids[start : start + 500])
        if ids:
            self.generation += 1

    # -- reads -----------------------------------------------------------------------------------
    def count(self) -> int:
        with self.reaching():
            return self.collection.count()

    def holds_language(self, lang: str) -> bool:
        """Whether any chunk is written in `lang` ("en", "zh"): one id fetched, not the collection."""
        with self.reaching():
            return bool(self.collection.get(where={"lang": lang}, limit=1, include=[])["ids"])

    def all_records(self, *, where: dict | None = None) -> list[tuple[str, str, dict[str, Any]]]:
        """(id, text, metadata) of every chunk, paged so a large collection does not blow one request."""
        return [record for records in self._record_pages(where=where) for record in records]

    def _record_pages(
        self, *, where: dict | None = None, page: int = 2000
    ) -> Iterator[list[tuple[str, str, dict[str, Any]]]]:
        offset = 0
        while True:
            got = self.collection.get(where=where, limit=page, offset=offset, include=["documents", "metadatas"])
            ids = got["ids"]
            yield list(zip(ids, got["documents"] or [], got["metadatas"] or []))
            if len(ids) < page:
                return
            offset += page

    def records(self, ids: list[str]) -> dict[str, tuple[str, dict[str, Any]]]:
        """(text, metadata) of the given chunks by id; ids no longer in the collection are left out."""
        if not ids:
            return {}
        with self.reaching():
            got = self.collection.get(ids=ids, include=["documents", "metadatas"])
        return {i: (t or "", dict(m or {})) for i, t, m in zip(got["ids"], got["documents"] or [], got["metadatas"] or [])}

    def ids_by_source(self, root: str) -> dict[str, set[str]]:
        """Chunk ids of every file previously ingested from `root`."""
        by_source: dict[str, set[str]] = {}
        offset, page = 0, 5000
        while True:
            got = self.collection.get(where={"root": root}, limit=page, offset=offset, include=["metadatas"])
            for chunk_id, meta in zip(got["ids"], got["metadatas"] or []):
                by_source.setdefault(str(meta.get("source", "")), set()).add(chunk_id)
            if len(got["ids"]) < page:
                return by_source
            offset += page

    def search(self, query_vector: list[float], k: int) -> list[tuple[Any, float]]:
        """Dense search: langchain Documents with their cosine similarity."""
        from langchain_core.documents import Document

        # The collection straight, not langchain's Chroma wrapper, and no count() first (an empty
        # collection answers with no hits): at 100,000 chunks the count alone cost more than the search.
        with self.reaching():
            got = self.collection.query(
                query_embeddings=[query_vector], n_results=k, include=["documents", "metadatas", "distances"]
            )
        hits = zip(got["ids"][0], (got["documents"] or [[]])[0], (got["metadatas"] or [[]])[0], (got["distances"] or [[]])[0])
        # Chroma gives cosine *distance* (lower is closer).
        return [
            (Document(page_content=text, metadata=dict(meta or {}), id=chunk_id), 1.0 - distance)
            for chunk_id, text, meta, distance in hits
            if text is not None
        ]
