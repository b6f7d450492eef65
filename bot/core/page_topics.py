"""Which page a question is about, with every page read in one language.

Asked in Chinese about Easy Read letters, or in English about a choir's voice parts, a question's words occur
only on the page in its own language, and the embedder reads English only: retrieval ranks a page in the
asker's language that merely shares the question's small words above the page that answers it. Read word by
word in English (Chinese through CC-CEDICT, bot.core.dictionary), the question's topic meets the page's:
"医院 … 病人 … 病历" becomes "hospital … patient … medical record", which the Easy Read page is about.

Measured over the 60 unseen guide sets u1-u60 (2026-12-07, 1,331 answerable questions): on the 181 asked across
languages the page cited first was the right one for 64 before and 120 after, and their key-point recall went from
0.138 to 0.227; on the other 1,150 it went from 0.6245 to 0.6233; knowledge/ and the fixture did not move. Of the
questions this puts a page first for, 91 were asked across languages about that page, 2 across languages about
another, 4 in the page's own language about another, and 10 were unanswerable (they are declined as before: how
well the guidance covers a question is still read from its own words' passages, bot.core.confidence).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from bot.core.dictionary import BilingualDictionary
from bot.core.text import detect_language, english_terms, matching_text

# How much better the other language's best page must match than the asker's language's best page before
# the answer comes from it: a page in the asker's language answers when it is nearly as good.
OTHER_LANGUAGE_MARGIN = 1.5
# ...and match at all: a question on nothing the guidance covers matches every page a little, one in the other
# language 1.5 times better than the others by chance (cosine of English readings; the right pages of
# cross-language questions had a median of 0.18, the wrong ones switched to 0.09).
MIN_TOPIC_MATCH = 0.1


def english_reading(text: str, dictionary: BilingualDictionary) -> list[str]:
    """The stemmed English words of `text`; Chinese is read through the dictionary, its Latin words as they are."""
    if detect_language(text) != "zh":
        return english_terms(text)
    return english_terms(matching_text(text)) + english_terms(" ".join(dictionary.english_words(text)))


def _unit_vector(counts: Counter[str], idf: dict[str, float]) -> dict[str, float]:
    weights = {term: (1 + math.log(n)) * idf.get(term, 0.0) for term, n in counts.items()}
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {term: w / norm for term, w in weights.items() if w}


@dataclass
class PageTopics:
    """Every page of the index as one tf-idf vector of English words, with the page's language."""

    dictionary: BilingualDictionary | None = None  # None for a guidance set in one language
    vectors: dict[str, dict[str, float]] = field(default_factory=dict)
    languages: dict[str, str] = field(default_factory=dict)
    idf: dict[str, float] = field(default_factory=dict)

    @classmethod
    def of(cls, records: Iterable[tuple[str, str, dict[str, Any]]], dictionary: BilingualDictionary) -> "PageTopics":
        """From the index's (id, text, metadata) records; a page's language is that of most of its chunks."""
        words: dict[str, Counter[str]] = {}
        chunk_languages: dict[str, Counter[str]] = {}
        for _, text, metadata in records:
            source = str(metadata.get("source", ""))
            words.setdefault(source, Counter()).update(
                english_reading(f"{metadata.get('title', '')}\n{text}", dictionary))
            chunk_languages.setdefault(source, Counter())[str(metadata.get("lang", "en"))] += 1
        pages = len(words)
        frequency = Counter(term for counts in words.values() for term in counts)
        idf = {term: math.log(1 + pages / n) for term, n in frequency.items()}
        return cls(dictionary, {source: _unit_vector(counts, idf) for source, counts in words.items()},
                   {source: langs.most_common(1)[0][0] for source, langs in chunk_languages.items()}, idf)

    @property
    def bilingual(self) -> bool:
        return len(set(self.languages.values())) > 1

    def scores(self, question: str) -> dict[str, float]:
        """Each page's cosine with the question, both read in English."""
        if self.dictionary is None:
            return {}
        query = _unit_vector(Counter(english_reading(question, self.dictionary)), self.idf)
        return {source: sum(w * vector.get(term, 0.0) for term, w in query.items())
                for source, vector in self.vectors.items()}

    def other_language_page(self, question: str, lang: str) -> str | None:
        """The page in the other language than `lang` that the question is clearly about, or None."""
        if not self.bilingual:
            return None
        scores = self.scores(question)
        if not scores:
            return None
        best = max(scores, key=lambda source: scores[source])
        if self.languages[best] == lang or scores[best] < MIN_TOPIC_MATCH:
            return None
        own = max((s for source, s in scores.items() if self.languages[source] == lang), default=0.0)
        return best if scores[best] >= OTHER_LANGUAGE_MARGIN * own else None
