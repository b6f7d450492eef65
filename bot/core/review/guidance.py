"""Advice for each rubric item, quoted from the knowledge base with the files it came from."""

from __future__ import annotations

import logging
import math
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.core.quoting import plain_sentence, stands_alone_as_advice, without_trailing_pointer
from bot.core.documents.structure import split_sentences
from bot.core.text import detect_language, tokenize

if TYPE_CHECKING:
    from bot.core.index import KnowledgeIndex
    from bot.core.retrieval import HybridRetriever
    from bot.core.review.rubric import RubricItem

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Advice:
    sentence: str  # one sentence from the guidance, "" when the knowledge base had nothing
    sources: tuple[str, ...]  # knowledge file names to cite
    from_knowledge: bool = True


class Guidance:
    """Retrieves, once per item and index version, the guidance sentence that best says what good looks like."""

    def __init__(self, index: "KnowledgeIndex", retriever: "HybridRetriever") -> None:
        self.index = index
        self.retriever = retriever
        self._cache: dict[tuple[str, str, int, int], Advice] = {}
        self._lock = threading.Lock()

    def advice(self, item: "RubricItem", *, lang: str = "en") -> Advice:
        """The best guidance sentence for `item`; falls back to the rubric's own citations."""
        try:
            key = (item.id, lang, self.index.generation, self.index.count())
        except Exception:  # the index cannot be opened: advise from the rubric alone
            log.exception("knowledge index unavailable for review guidance")
            return Advice("", item.cites, from_knowledge=False)
        with self._lock:
            if key not in self._cache:
                self._cache[key] = self._advice(item, lang) if key[3] else Advice("", item.cites, False)
            return self._cache[key]

    def _advice(self, item: "RubricItem", lang: str) -> Advice:
        retrieval = self.retriever.retrieve(f"{item.name}. {item.good}")
        best = retrieval.sources(8)
        cited = [c for c in best if c.source in item.cites]
        chunks = (cited or best)[:3]
        if not chunks:
            return Advice("", item.cites, from_knowledge=False)
        candidates: list[tuple[int, str, str]] = []  # (rank of its chunk, source, sentence)
        for rank, chunk in enumerate(chunks):
            for sentence in split_sentences(chunk.text):
                sentence = without_trailing_pointer(plain_sentence(sentence))
                if stands_alone_as_advice(sentence) and len(sentence) <= 320:
                    candidates.append((rank, chunk.source, sentence))
        if not candidates:
            return Advice("", tuple(dict.fromkeys(c.source for c in chunks)))
        # Lexical overlap with what good looks like: cheap, and these sentences were already retrieved
        # for that very text, so ranking within them needs no second embedding pass.
        wanted = set(tokenize(f"{item.name} {item.good} {item.question}"))

        def score(candidate: tuple[int, str, str]) -> float:
            rank, _, sentence = candidate
            terms = set(tokenize(sentence))
            overlap = len(terms & wanted) / math.sqrt(len(terms) or 1)
            return overlap - 0.3 * rank

        order = sorted(candidates, key=lambda c: -score(c))
        same_language = [c for c in order if detect_language(c[2]) == lang]
        _, source, sentence = (same_language or order)[0]
        others = [c.source for c in chunks if c.source != source]
        return Advice(sentence, tuple(dict.fromkeys([source, *others[:1]])))
