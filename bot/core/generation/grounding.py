"""The groundedness check: every claim of a generated answer must be backed by a passage it cites.

Each claim is compared with each passage's sentences (and adjacent pairs of them) on three signals:
meaning (cosine of the packaged sentence embedder), words (share of the claim's content terms the
passage contains) and concepts (the bilingual glossary, which also bridges English and Chinese, where
the English-only embedder cannot). Agreement checks then veto a match: a number the passage does not
state, a denial the passage does not make (or the reverse), a name the passage never mentions. An
optional NLI scorer (premise, hypothesis) -> entailment probability joins the blend when configured.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from bot.core.generation.claims import Claim, clauses, entities, negated, opposite_word, split_claims
from bot.core.documents.structure import split_sentences
from bot.core.numerals import quantities
from bot.core.text import CJK_RE, default_glossary, detect_language, tokenize

if TYPE_CHECKING:
    from langchain_core.embeddings import Embeddings

    from bot.core.text import Glossary

# Claim support score at or above which a claim counts as supported (chosen on eval/claims.jsonl;
# see docs/llm.md for what that costs in optimism).
SUPPORT_THRESHOLD = 0.55
NliScorer = Callable[[str, str], float]


class Verdict(StrEnum):
    SUPPORTED = "supported"
    UNSUPPORTED = "unsupported"  # nothing in the passages says it
    CONTRADICTED = "contradicted"  # a passage says something close, but numbers, denial or names disagree
    MISCITED = "miscited"  # supported only by a passage it does not cite, or cites a passage that does not exist


@dataclass(frozen=True)
class Support:
    """How well one passage backs one claim."""

    score: float
    conflict: str = ""  # why the closest passage sentence disagrees, empty when it does not
    evidence: str = ""  # the passage sentence(s) closest to the claim


@dataclass(frozen=True)
class ClaimCheck:
    claim: Claim
    verdict: Verdict
    score: float
    passage: int | None  # 1-based number of the passage that backs (or best matches) it
    reason: str = ""

    @property
    def supported(self) -> bool:
        return self.verdict is Verdict.SUPPORTED


@dataclass(frozen=True)
class GroundingReport:
    """The verdict on every claim of one answer."""

    checks: tuple[ClaimCheck, ...]
    abstentions: tuple[Claim, ...] = field(default=())

    @property
    def supported_share(self) -> float:
        """Share of checkable claims the passages back; 1.0 for an answer that only abstains."""
        if not self.checks:
            return 1.0
        return sum(c.supported for c in self.checks) / len(self.checks)

    def supported_text(self) -> str:
        """The answer with unsupported claims removed; a supported claim without a citation gets one."""
        kept = []
        for check in self.checks:
            if check.supported:
                sentence = check.claim.sentence
                if not check.claim.cited and check.passage:
                    sentence = _cite(sentence, check.passage)
                kept.append(sentence)
        kept.extend(claim.sentence for claim in self.abstentions)
        joiner = "" if kept and all(detect_language(s) == "zh" for s in kept) else " "
        return joiner.join(kept).strip()


def _cite(sentence: str, number: int) -> str:
    end = len(sentence.rstrip(".!?。！？"))
    return f"{sentence[:end]} [{number}]{sentence[end:]}"


def _cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    norm = math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b))
    return dot / norm if norm else 0.0


class GroundednessChecker:
    """Checks generated answers against their passages; build once, reuse (it caches nothing per answer)."""

    def __init__(
        self,
        embedder: "Embeddings",
        *,
        threshold: float = SUPPORT_THRESHOLD,
        glossary: "Glossary | None" = None,
        nli: NliScorer | None = None,
    ) -> None:
        self.embedder = embedder
        self.threshold = threshold
        self.glossary = glossary or default_glossary()
        self.nli = nli

    # --- one claim against one passage ------------------------------------------------------------

    def units(self, passage: str) -> list[str]:
        """The spans a claim may paraphrase: each sentence and each pair of neighbouring sentences."""
        sentences = split_sentences(passage) or [passage]
        pairs = [f"{a} {b}" for a, b in zip(sentences, sentences[1:])]
        return sentences + pairs

    def support(self, claim: str, passage: str, *, vectors: dict[str, list[float]] | None = None) -> Support:
        """How well `passage` backs `claim`, in [0, 1], and any disagreement that vetoes it."""
        return self.support_many(claim, [passage], vectors=vectors)[0]

    def support_many(
        self, claim: str, passages: Sequence[str], *, vectors: dict[str, list[float]] | None = None
    ) -> list[Support]:
        units = [self.units(p) for p in passages]
        vectors = vectors if vectors is not None else {}
        self._embed([claim, *(u for group in units for u in group)], vectors)
        return [self._support(claim, passage, group, vectors) for passage, group in zip(passages, units)]

    def _embed(self, texts: Sequence[str], vectors: dict[str, list[float]]) -> None:
        missing = [t for t in dict.fromkeys(texts) if t not in vectors]
        if missing:
            vectors.update(zip(missing, self.embedder.embed_documents(missing)))

    def _support(self, claim: str, passage: str, units: list[str], vectors: dict[str, list[float]]) -> Support:
        claim_terms = set(tokenize(claim))
        same_language = detect_language(claim) == detect_language(passage)
        # Across languages every glossary concept counts ("user", "when"): they are the only bridge.
        claim_concepts = set(
            self.glossary.domain_concept_ids(claim) if same_language else self.glossary.concept_ids(claim)
        )
        latin = {t for t in claim_terms if t.isascii()}
        best, best_key, best_unit = 0.0, (-1.0, -1.0), ""
        for unit in units:
            unit_terms = set(tokenize(unit))
            concept = self._coverage(claim_concepts, unit) if claim_concepts else None
            if same_language:
                lexical = len(claim_terms & unit_terms) / len(claim_terms) if claim_terms else 0.0
                dense = max(0.0, _cosine(vectors[claim], vectors[unit]))
                score = 0.55 * dense + 0.3 * lexical + 0.15 * (lexical if concept is None else concept)
                focus = score
            else:
                # The embedder reads English only; across languages the glossary carries the meaning,
                # with names and numbers written the same in both.
                shared = len(latin & unit_terms) / len(latin) if latin else None
                parts = [x for x in (concept, shared) if x is not None]
                score = (0.7 * concept + 0.3 * shared) if len(parts) == 2 else (parts[0] if parts else 0.0)
                # Among equally covering spans, the one about the fewest other things is the one meant.
                unit_concepts = set(self.glossary.concept_ids(unit))
                focus = len(claim_concepts & unit_concepts) / (len(claim_concepts | unit_concepts) or 1)
            if self.nli is not None:
                score = 0.5 * score + 0.5 * self.nli(unit, claim)
            if (score, focus) > best_key:
                best, best_key, best_unit = score, (score, focus), unit
        # Concepts the claim brings that the whole passage never mentions are claims of their own.
        if same_language:
            best -= 0.12 * sum(1 for k in claim_concepts if not self._mentions(k, passage))
        return Support(max(0.0, min(1.0, best)), self._conflict(claim, passage, best_unit), best_unit)

    def _mentions(self, concept: int, text: str) -> bool:
        """Whether `text` names a glossary concept, spelled with or without spaces ('roll out', 'rollout')."""
        if concept in self.glossary.concept_ids(text):
            return True
        squashed = re.sub(r"[\s\-_]+", "", text.lower())
        en, zh = self.glossary.concepts[concept]
        variants = [re.sub(r"[\s\-_]+", "", v.lower()) for v in en + zh]
        return any(v in squashed for v in variants if len(v) >= 5 or (CJK_RE.search(v) and len(v) >= 2))

    def _coverage(self, concepts: set[int], text: str) -> float:
        return sum(1 for k in concepts if self._mentions(k, text)) / len(concepts)

    def _conflict(self, claim: str, passage: str, unit: str) -> str:
        """Why the passage cannot back the claim even though the words are close ('' when nothing)."""
        extra = quantities(claim) - quantities(passage)
        if extra:
            return f"states {', '.join(sorted(extra))}, which the passage does not"
        polarity = self._polarity_conflict(claim, unit)
        if polarity:
            return polarity
        opposite = opposite_word(claim, unit)
        if opposite:
            return f"says {opposite[0]} where the passage says {opposite[1]}"
        passage_lower = passage.lower()
        for name in sorted(entities(claim)):
            if name.lower() in passage_lower:
                continue
            concepts = set(self.glossary.concept_ids(name))
            if concepts and all(self._mentions(k, passage) for k in concepts):
                continue  # 'PM' in the claim, 'product manager' or '产品经理' in the passage
            return f"names {name}, which the passage does not"
        return ""

    def _terms(self, text: str) -> set[str]:
        return set(tokenize(text)) | set(self.glossary.concept_tokens(text))

    def _polarity_conflict(self, claim: str, unit: str) -> str:
        """A claim clause that affirms what only a denying passage clause mentions, or the reverse.

        "Set it on a tuning split, not on the test set": the test set lives only in the denied clause, so
        "set it on the test set" is contradicted while "set it on a tuning split" is not.
        """
        affirmed: set[str] = set()
        denied: set[str] = set()
        for clause in clauses(unit):
            (denied if negated(clause) else affirmed).update(self._terms(clause))
        denied_only = denied - affirmed
        for piece in clauses(claim):
            terms = self._terms(piece)
            if not terms & (affirmed | denied):
                continue
            # "rather than per token" agrees with "not per token" even if tokens are counted elsewhere.
            if negated(piece) and not terms & denied and terms & (affirmed - denied):
                return "denies what the passage affirms"
            if not negated(piece) and terms & denied_only:
                return "affirms what the passage denies"
        return ""

    def verdict(self, support: Support) -> Verdict:
        if support.score < self.threshold:
            return Verdict.UNSUPPORTED
        return Verdict.CONTRADICTED if support.conflict else Verdict.SUPPORTED

    def claim_score(self, support: Support) -> float:
        """One number per claim for ranking (AUROC): a conflict sinks the score."""
        return support.score * (0.3 if support.conflict else 1.0)

    # --- a whole answer ---------------------------------------------------------------------------

    def check(self, answer: str, passages: Sequence[str]) -> GroundingReport:
        """Verdicts for every claim of `answer` against `passages` (numbered from 1 in citations)."""
        claims = split_claims(answer)
        vectors: dict[str, list[float]] = {}
        checks, abstentions = [], []
        for claim in claims:
            if claim.abstains:
                abstentions.append(claim)
            elif claim.checkable:
                checks.append(self._check_claim(claim, passages, vectors))
        return GroundingReport(tuple(checks), tuple(abstentions))

    def _check_claim(self, claim: Claim, passages: Sequence[str], vectors: dict[str, list[float]]) -> ClaimCheck:
        if not passages:
            return ClaimCheck(claim, Verdict.UNSUPPORTED, 0.0, None, "there are no passages")
        supports = self.support_many(claim.text, passages, vectors=vectors)
        verdicts = [self.verdict(s) for s in supports]
        backing = [i for i, v in enumerate(verdicts) if v is Verdict.SUPPORTED]
        best = max(range(len(supports)), key=lambda i: self.claim_score(supports[i]))
        bad = [n for n in claim.cited if not 1 <= n <= len(passages)]
        if bad:
            return ClaimCheck(claim, Verdict.MISCITED, 0.0, None, f"cites [{bad[0]}], which does not exist")
        if claim.cited:
            cited_backing = [i for i in backing if i + 1 in claim.cited]
            if cited_backing:
                i = max(cited_backing, key=lambda j: supports[j].score)
                return ClaimCheck(claim, Verdict.SUPPORTED, supports[i].score, i + 1)
            if backing:
                i = backing[0]
                return ClaimCheck(
                    claim, Verdict.MISCITED, supports[i].score, i + 1,
                    f"cites {list(claim.cited)} but only passage {i + 1} says it",
                )
            best = max((n - 1 for n in claim.cited), key=lambda i: self.claim_score(supports[i]))
        elif backing:
            i = max(backing, key=lambda j: supports[j].score)
            return ClaimCheck(claim, Verdict.SUPPORTED, supports[i].score, i + 1)
        support = supports[best]
        verdict = verdicts[best]
        reason = support.conflict if verdict is Verdict.CONTRADICTED else "no passage says this"
        return ClaimCheck(claim, verdict, support.score, best + 1, reason)
