"""Language-aware text helpers shared by ingestion, retrieval, answering and review."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
CJK_RUN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
WORD_RE = re.compile(r"[a-z0-9]+(?:['\-][a-z0-9]+)*")
CLITIC_RE = re.compile(r"'(?:s|re|ve|ll|d|m)$")
ZERO_WIDTH_RE = re.compile(r"[\u200b-\u200f\u2060\ufeff]")

EN_STOPWORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have having
    he her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor
    not now of off on once only or other our ours ourselves out over own same she should so some such than that
    the their theirs them themselves then there these they this those through to too under until up very was we
    were what when where which while who whom why will with would you your yours yourself yourselves
    u ur im i'm pls plz please hey hi hello thanks thank ok okay yeah yes lol btw rn tho gonna wanna get got
    also really actually something anything thing things one ones way ways much many lot lots make makes made
    should shall may might must need needs know tell give want like use using used go going""".split()
)
ZH_STOP_CHARS = frozenset("的了是吗呢吧啊呀么在和与及或就都也还把被给让对从向这那个些一有我你他她它们")


def normalize(text: str) -> str:
    """NFKC-normalise (turns LinkedIn-style bold letters into plain ones) and drop zero-width characters."""
    return ZERO_WIDTH_RE.sub("", unicodedata.normalize("NFKC", text))


def simplified(text: str) -> str:
    """Chinese in simplified characters, character by character (zh-hans: no regional word swaps), so
    text from Taiwan or Hong Kong ("產品經理", "風險") meets the same words as mainland text ("产品经理").
    For matching only: quotes keep the characters their writer used."""
    if not CJK_RE.search(text):
        return text
    import zhconv  # deferred: its table loads on first use (about 20 ms), and only Chinese text needs it

    return zhconv.convert(text, "zh-hans")


def matching_text(text: str) -> str:
    """Text as words are matched: NFKC, lower case, simplified Chinese characters."""
    return simplified(normalize(text).lower())


def cjk_ratio(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for ch in letters if CJK_RE.match(ch)) / len(letters)


def detect_language(text: str) -> str:
    """'zh' when a meaningful share of the letters are CJK, else 'en'."""
    return "zh" if cjk_ratio(text) >= 0.2 else "en"


# Bumped whenever stem() changes: postings stored with the old stems would no longer match the query's.
STEMMER_VERSION = "3"


def stem(word: str) -> str:
    """A deliberately light English stemmer: enough to match plurals, -ing/-ed forms and a noun in -ence or
    -ance to its adjective ("How confident must it be?" and a "Confidence rules" table)."""
    if len(word) > 6 and word.endswith(("ence", "ance", "ences", "ances")):
        return word[: word.rindex("nce")] + "nt"
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 5 and word.endswith("ing"):
        return word[:-3]
    if len(word) > 4 and word.endswith("ed") and not word.endswith("eed"):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


# A verb and its particle are one word however they are written: "hand over" and "handover", "roll out",
# "roll-out" and "rollout", "sign off" and "sign-off". Apart, the particle is a stopword and the verb says
# little ("hand"), so "What should the team hand over?" never met "What goes in the handover package".
PARTICLE_COMPOUND_RE = re.compile(
    r"\b(hand|roll|sign|set|check|follow|log|back|look|break|shut|start|hold|opt|scale|write|read)[\s-]+"
    r"(over|out|off|up|in|down|back|through)\b")


def english_terms(text: str) -> list[str]:
    """Stemmed content words. A clitic is not part of its word: "the model's output" is about the model,
    and "what's" is "what" (once, both were kept as "model'" and "what'", which no passage holds)."""
    terms = []
    for word in WORD_RE.findall(PARTICLE_COMPOUND_RE.sub(r"\1\2", text.lower())):
        if word.endswith("n't"):
            continue  # don't, can't, isn't: negated auxiliaries, stopwords all
        word = CLITIC_RE.sub("", word)
        if word in EN_STOPWORDS or len(word) <= 1:
            continue
        terms.append(stem(word))
    return terms


def chinese_terms(text: str) -> list[str]:
    """Character unigrams (minus function characters) and bigrams of every CJK run."""
    terms: list[str] = []
    for run in CJK_RUN_RE.findall(text):
        terms.extend(ch for ch in run if ch not in ZH_STOP_CHARS)
        terms.extend(run[i : i + 2] for i in range(len(run) - 1))
    return terms


def tokenize(text: str) -> list[str]:
    """Lexical tokens for BM25: stemmed English words plus Chinese unigrams and bigrams (simplified)."""
    text = matching_text(text)
    return english_terms(text) + chinese_terms(text)


# --- the bilingual glossary -------------------------------------------------------------------


@dataclass
class Glossary:
    """English/Chinese concept pairs; a concept found on either side yields the same concept token."""

    concepts: list[tuple[list[str], list[str]]] = field(default_factory=list)
    generic: frozenset[int] = frozenset()  # concepts that bridge languages but say nothing of the domain
    # Which glossary this is: concept tokens are numbered by line, so postings made with another one lie.
    fingerprint: str = ""

    def __post_init__(self) -> None:
        self._en_phrases: dict[tuple[str, ...], int] = {}
        self._zh_phrases: list[tuple[str, int]] = []
        for index, (en_variants, zh_variants) in enumerate(self.concepts):
            for variant in en_variants:
                key = tuple(stem(w) for w in WORD_RE.findall(variant.lower()))
                if key:
                    self._en_phrases.setdefault(key, index)
            for variant in zh_variants:
                if variant:
                    self._zh_phrases.append((variant, index))
        self._max_en_len = max((len(k) for k in self._en_phrases), default=0)
        # Longest Chinese variants first, so 数据飞轮 wins over 数据.
        self._zh_phrases.sort(key=lambda item: -len(item[0]))

    @classmethod
    def from_tsv(cls, text: str) -> "Glossary":
        concepts, generic = [], set()
        for line in text.splitlines():
            line = line.strip()
            if not line or line.startswith("#") or "\t" not in line:
                continue
            if line.startswith("~"):
                generic.add(len(concepts))
                line = line[1:]
            en, zh = line.split("\t", 1)
            concepts.append(
                ([v.strip() for v in en.split("|") if v.strip()], [v.strip() for v in zh.split("|") if v.strip()])
            )
        return cls(concepts, frozenset(generic), hashlib.sha256(text.encode("utf-8")).hexdigest()[:16])

    def domain_concept_ids(self, text: str) -> list[int]:
        """Concepts of AI product work mentioned in `text` (generic ones such as "how to" left out)."""
        return [i for i in self.concept_ids(text) if i not in self.generic]

    def concept_ids(self, text: str) -> list[int]:
        """The concepts mentioned in `text`, in either language (each once)."""
        found: list[int] = []
        lowered = matching_text(text)
        words = [stem(w) for w in WORD_RE.findall(lowered)]
        for n in range(self._max_en_len, 0, -1):
            for i in range(len(words) - n + 1):
                index = self._en_phrases.get(tuple(words[i : i + n]))
                if index is not None and index not in found:
                    found.append(index)
        if CJK_RE.search(lowered):
            remaining = lowered
            for variant, index in self._zh_phrases:
                if variant in remaining:
                    if index not in found:
                        found.append(index)
                    remaining = remaining.replace(variant, " ")
        return found

    def concept_tokens(self, text: str) -> list[str]:
        return [f"§{index}" for index in self.concept_ids(text)]

    def english_gloss(self, text: str, *, domain_only: bool = False) -> str:
        """The English names of the concepts in `text`: lets an English-only embedder see Chinese text."""
        ids = self.domain_concept_ids(text) if domain_only else self.concept_ids(text)
        return ", ".join(self.concepts[i][0][0] for i in ids if self.concepts[i][0])

    def english_names(self, text: str, *, domain_only: bool = False) -> str:
        """Every English name of the concepts in `text` ("distribution shift, data drift, drift, …"): the
        words an English page may use for what a Chinese question names."""
        ids = self.domain_concept_ids(text) if domain_only else self.concept_ids(text)
        return ", ".join(name for i in ids for name in self.concepts[i][0])

    def chinese_gloss(self, text: str, *, domain_only: bool = False) -> str:
        ids = self.domain_concept_ids(text) if domain_only else self.concept_ids(text)
        return "，".join(self.concepts[i][1][0] for i in ids if self.concepts[i][1])


@lru_cache(maxsize=1)
def default_glossary() -> Glossary:
    """The project's own bilingual glossary of AI product terms (bot/core/data/glossary.tsv)."""
    # No fallback on purpose: without the glossary, cross-language retrieval silently stops working.
    path = resources.files("bot.core").joinpath("data/glossary.tsv")
    return Glossary.from_tsv(path.read_text(encoding="utf-8"))
