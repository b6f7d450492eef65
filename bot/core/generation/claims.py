"""Claims of a generated answer: sentences, the passages each cites, and the facts a checker compares."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.documents.structure import split_sentences
from bot.core.text import CJK_RE, WORD_RE, normalize, stem, tokenize

# [1], [1, 2], [1][2], 【1】 and the full-width comma forms models produce in Chinese.
CITATION_RE = re.compile(r"[\[【]\s*(\d+(?:\s*[,，、]\s*\d+)*)\s*[\]】]")
# "done.[2] Next" → "done [2]. Next", so the citation stays with its sentence and the split still happens.
TRAILING_CITATIONS_RE = re.compile(r"([.!?。！？])\s*((?:[\[【]\s*\d+(?:\s*[,，、]\s*\d+)*\s*[\]】]\s*)+)")
# English sentence before a Chinese one: split_sentences only splits before Latin capitals.
MIXED_SPLIT_RE = re.compile(r"(?<=[.!?])\s+(?=[\u3400-\u9fff])")
LEADING_CITATIONS_RE = re.compile(r"^(?:\s*[\[【]\s*\d+(?:\s*[,，、]\s*\d+)*\s*[\]】])+")

# "The passages do not cover pricing." is the honest answer, not a claim to check.
ABSTAIN_RE = re.compile(
    r"\b(?:passages?|guidance|sources?|documents?|context)\b[^.]{0,60}?"
    r"\b(?:do(?:es)?n['’]?t|do(?:es)? not|not|never)\b[^.]{0,30}?"
    r"\b(?:cover|mention|say|address|include|discuss|contain)"
    r"|(?:资料|段落|指南|材料|内容|文档)[^。]{0,12}?(?:没有|未|并未|不)[^。]{0,6}?(?:涉及|提到|覆盖|包含|说明|提及)",
    re.IGNORECASE,
)


EN_NEGATORS = frozenset({"not", "no", "never", "without", "neither", "nor", "cannot", "none", "nothing"})
# "not only … but also" and "no longer"-free comparisons are not denials.
# Bounds ("no more than 30 days") state a limit, they deny nothing.
EN_NOT_NEGATION_RE = re.compile(
    r"\bnot\s+only\b|\bno\s+matter\b|\bnothing\s+but\b|\b(?:no|not)\s+(?:more|less|fewer|later|earlier|longer)\s+than\b",
    re.IGNORECASE,
)
# Contrast markers that deny the clause they open: "on a tuning split rather than the test set".
EN_CONTRAST_RE = re.compile(r"\b(?:rather than|instead of|as opposed to)\b", re.IGNORECASE)
# Where one clause ends and the next, possibly of the other polarity, begins.
CLAUSE_RE = re.compile(
    r"[,;:，；：]|\s(?:but|whereas|while|although|though|yet)\s|(?=\b(?:rather than|instead of|as opposed to)\b)"
    r"|但是|但|却|(?=而不是|而非)",
    re.IGNORECASE,
)
ZH_NEGATORS_RE = re.compile(r"不|没|无|别|勿|未|非|莫")
# Words that contain a negator character but deny nothing.
ZH_NOT_NEGATION_RE = re.compile(r"不同|不断|不仅|不少|不过|不管|无论|非常|并非只|未来|别人|别的|无需担心")

# Names worth checking in English text: acronyms, CamelCase, words with digits, mid-sentence capitals.
ENTITY_RE = re.compile(r"\b(?:[A-Za-z]+-?\d[\w.-]*|[A-Z]{2,}[a-z]?s?\b|[A-Z][a-z]+[A-Z]\w*|[A-Z][a-z]{2,})")
NOT_ENTITIES = frozenset({"I", "OK", "AI", "Next", "Step", "The", "This", "That", "Then", "Use", "Start"})


@dataclass(frozen=True)
class Claim:
    """One sentence of a generated answer: its text without citations and the passages it cites."""

    sentence: str  # as the model wrote it, citations included
    text: str  # citations removed
    cited: tuple[int, ...]  # 1-based passage numbers
    abstains: bool = False  # says the passages do not cover the question

    @property
    def checkable(self) -> bool:
        return not self.abstains and bool(tokenize(self.text))


def parse_citations(text: str) -> tuple[int, ...]:
    """Passage numbers cited in `text`, in order of first mention."""
    found: list[int] = []
    for match in CITATION_RE.finditer(text):
        for part in re.split(r"[,，、]", match.group(1)):
            number = int(part)
            if number not in found:
                found.append(number)
    return tuple(found)


def strip_citations(text: str) -> str:
    stripped = CITATION_RE.sub("", text)
    return re.sub(r"\s+([.,;:!?。，；：！？])", r"\1", stripped).strip()


def split_claims(answer: str) -> list[Claim]:
    """The answer's sentences as claims; a citation written after a full stop belongs to the sentence before."""
    sentences: list[str] = []
    text = TRAILING_CITATIONS_RE.sub(lambda m: f" {m.group(2).strip()}{m.group(1)} ", normalize(answer))
    pieces = [p for s in split_sentences(text) for p in MIXED_SPLIT_RE.split(s)]
    for sentence in pieces:
        leading = LEADING_CITATIONS_RE.match(sentence)
        if leading and sentences:
            sentences[-1] = f"{sentences[-1]} {leading.group(0).strip()}"
            sentence = sentence[leading.end():].strip()
        if sentence:
            sentences.append(sentence)
    claims = []
    for sentence in sentences:
        text = strip_citations(sentence)
        if text:
            claims.append(Claim(sentence, text, parse_citations(sentence), bool(ABSTAIN_RE.search(text))))
    return claims


def negated(text: str) -> bool:
    """Whether a sentence denies something (an odd number of denials, so 'not without' affirms)."""
    text = normalize(text)
    count = 0
    if CJK_RE.search(text):
        count += len(ZH_NEGATORS_RE.findall(ZH_NOT_NEGATION_RE.sub("", text)))
    english = EN_NOT_NEGATION_RE.sub("", text.lower())
    words = WORD_RE.findall(english)
    count += sum(1 for w in words if w in EN_NEGATORS or w.endswith("n't"))
    count += len(re.findall(r"n['’]t\b", english)) - sum(1 for w in words if w.endswith("n't"))
    count += len(EN_CONTRAST_RE.findall(english))
    return count % 2 == 1


def clauses(text: str) -> list[str]:
    """A sentence cut where polarity may change ('X, not Y'; 'X but never Y'); empty pieces dropped."""
    return [c.strip() for c in CLAUSE_RE.split(normalize(text)) if c and c.strip()]


def entities(text: str) -> set[str]:
    """Names a claim commits to (products, companies, acronyms), minus the sentence's first word."""
    text = normalize(text)
    first = re.match(r"\W*(\w+)", text)
    names = set()
    for match in ENTITY_RE.finditer(text):
        name = match.group(0)
        if first and match.start() <= first.start(1) and name[0].isupper() and not name.isupper():
            continue
        if name not in NOT_ENTITIES:
            names.add(name)
    return names


# Words whose swap turns a true sentence false. A claim word counts only when the passage lacks it and
# has its opposite: "inside the team" against "outside the team", "monthly" against "weekly".
OPPOSITES = [
    ("inside", "outside"), ("internal", "external"), ("before", "after"), ("first", "last"),
    ("more", "less"), ("most", "least"), ("higher", "lower"), ("increase", "decrease"),
    ("cheaper", "expensive"), ("common", "rare"), ("commonest", "rarest"), ("show", "hide"),
    ("include", "exclude"), ("manual", "automatic"), ("online", "offline"), ("small", "large"),
    ("early", "late"), ("faster", "slower"), ("easier", "harder"), ("accept", "reject"),
    ("allow", "forbid"), ("always", "never"), ("richer", "poorer"), ("best", "worst"),
    ("daily|day", "weekly|week", "monthly|month", "yearly|year|annual"),
    ("之前", "之后"), ("内部", "外部"), ("最常见", "最少见|最罕见"), ("增加", "减少"), ("提高", "降低"),
    ("显示", "隐藏"), ("便宜", "贵"), ("每天", "每周", "每月", "每年"), ("一周", "一个月", "一年"),
]


def _word_forms(group: str) -> list[str]:
    return group.split("|")


def _has(form: str, words: set[str], text: str) -> bool:
    return form in text if CJK_RE.search(form) else form in words


def opposite_word(claim: str, passage: str) -> tuple[str, str] | None:
    """(claim word, passage word) when the claim swaps a word for its opposite, else None."""
    claim_text, passage_text = normalize(claim).lower(), normalize(passage).lower()
    claim_words = {stem(w) for w in WORD_RE.findall(claim_text)} | set(WORD_RE.findall(claim_text))
    passage_words = {stem(w) for w in WORD_RE.findall(passage_text)} | set(WORD_RE.findall(passage_text))
    for group in OPPOSITES:
        for index, side in enumerate(group):
            said = [f for f in _word_forms(side) if _has(f, claim_words, claim_text)]
            if not said or any(_has(f, passage_words, passage_text) for f in _word_forms(side)):
                continue
            for other in group[:index] + group[index + 1:]:
                found = [f for f in _word_forms(other) if _has(f, passage_words, passage_text)]
                if found:
                    return said[0], found[0]
    return None
