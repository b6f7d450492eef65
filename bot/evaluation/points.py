"""Key-point matching: does an answer state a point, in any of its acceptable phrasings?

Matching is deliberately plain so a reader can predict it: text is NFKC-normalised and case-folded;
English is compared as light-stemmed whole words, Chinese as substrings. A phrasing counts when it
appears as a run of words anywhere in the answer, or, for a short phrasing (up to four content words),
when all its content words appear within one sentence of the answer.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
CITATION = re.compile(r"\[\d+\]")
SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|(?<=[。！？；])|\n+")
BULLET = re.compile(r"^\s*(?:[-*•·▪►]|\d{1,2}[.)、]|[a-z][.)])\s+", re.IGNORECASE)
SHORT_PHRASING = 4  # content words; longer phrasings must appear as a run

STOPWORDS = frozenset(
    "a an the of to in on for and or but is are be been being was were it its this that these those with as at by "
    "from into than then so do does did can could should would will may might must have has had not no your you "
    "their they them we our us i my me he she his her what which who how why when where there here if about".split()
)


def normalise(text: str) -> str:
    """NFKC (so 𝗯𝗼𝗹𝗱 and full-width forms become plain), case-folded, citations dropped, spaces collapsed."""
    text = unicodedata.normalize("NFKC", text or "").casefold()
    text = CITATION.sub(" ", text).replace("’", "'").replace("‘", "'")
    return re.sub(r"\s+", " ", text).strip()


def stem(word: str) -> str:
    """A light suffix stripper: enough that 'metrics'/'metric' and 'labelled'/'labels' meet, no more."""
    word = word.replace("iour", "ior")  # British and American spellings meet
    word = re.sub(r"is(e|ed|es|ing|ation|ations)$", r"iz\1", word) if len(word) > 5 else word
    for suffix, keep in (("ational", "ate"), ("ization", "ize"), ("isation", "ize"), ("iveness", "ive"),
                         ("fulness", "ful"), ("ousness", "ous"), ("ments", ""), ("ment", ""), ("ings", ""),
                         ("ing", ""), ("ied", "y"), ("ies", "y"), ("ed", ""), ("es", ""),
                         ("s", ""), ("ly", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            word = word[: len(word) - len(suffix)] + keep
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeious":
        word = word[:-1]  # 'planning' -> 'plann' -> 'plan'
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]  # 'rate'/'rated' and 'scope'/'scoped' meet
    return word


def words(text: str) -> list[str]:
    return [stem(w.replace("'", "")) for w in WORD.findall(normalise(text))]


def content_words(text: str) -> list[str]:
    return [stem(w.replace("'", "")) for w in WORD.findall(normalise(text)) if w not in STOPWORDS]


def split_sentences(text: str) -> list[str]:
    """Answer text as sentences and list items, citations and bullet markers removed."""
    out = []
    # A citation ends the quote it follows, even when the quote has no full stop (a heading, a list item).
    for line in CITATION.sub("\n", text or "").splitlines():
        for part in SENTENCE_END.split(BULLET.sub("", line)):
            part = part.strip(" \t-–—:")
            if part and re.search(r"\w", part):
                out.append(part)
    return out


@dataclass(frozen=True)
class PointResult:
    """One key point judged against one answer: which phrasing matched, if any."""

    phrasings: tuple[str, ...]
    matched: str | None

    @property
    def covered(self) -> bool:
        return self.matched is not None


def _has_run(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return n > 0 and any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))


def phrasing_in(phrasing: str, answer: str) -> bool:
    """Whether one acceptable phrasing is stated by the answer."""
    if CJK.search(phrasing):
        # Chinese has no spaces to trust: compare with all whitespace removed.
        squash = lambda s: re.sub(r"\s+", "", normalise(s))  # noqa: E731
        return squash(phrasing) in squash(answer)
    needle = words(phrasing)
    if not needle:
        return False
    if _has_run(words(answer), needle):
        return True
    needed = set(content_words(phrasing))
    if not needed or len(needed) > SHORT_PHRASING:
        return False
    return any(needed <= set(content_words(sentence)) for sentence in split_sentences(answer))


def match_points(points: list[list[str]], answer: str) -> list[PointResult]:
    """Each point with the first of its phrasings the answer states (None when it states none)."""
    results = []
    for phrasings in points:
        hit = next((p for p in phrasings if phrasing_in(p, answer)), None)
        results.append(PointResult(tuple(phrasings), hit))
    return results
