"""Confidence: how much to trust an answer, from the retrieval evidence and the composed answer itself.

A handful of evidence features (how similar the best passage is, whether dense and lexical search agree,
how much of the question's vocabulary the passages cover, whether the question uses this field's
vocabulary at all) and answer features (how much of the question the quoted answer itself covers, whether
it has the shape the question asks for: a list for a list question, reasons for a why) go through a logistic model fitted on the golden set's tuning split (`aipm eval
--calibrate`); the label cut-offs on its score come from the same data. See eval/CALIBRATION.md.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from bot.core.quoting import (
    ADVICE_RE,
    DEFINITION_RE,
    MONEY_TERMS,
    REASON_RE,
    asks_for_price,
    asks_for_product,
    states_price,
)
from bot.core.off_task import asks_for_writing
from bot.core.retrieval import named_terms
from bot.core.text import default_glossary, tokenize

if TYPE_CHECKING:
    from bot.core.composer import Composition
    from bot.core.retrieval import Retrieval

CALIBRATION_FILE = Path(__file__).resolve().parent / "data" / "confidence.json"

FEATURES = (
    "dense_top",
    "dense_margin",
    "lexical_top",
    "agreement",
    "coverage",
    "concept_coverage",
    "domain_terms",
    "short_question",
    "answer_terms",
    "answer_concepts",
    "addresses",
)
# Below this share of the question's terms (or concepts) in the answer itself, the answer is beside the
# question whatever the passages say: never call it high.
MIN_ANSWER_COVERAGE = 0.34

# Used until a calibration file exists; chosen by hand to be conservative.
DEFAULT_MODEL = {
    "weights": {
        "dense_top": 6.0,
        "dense_margin": 4.0,
        "lexical_top": 3.0,
        "agreement": 1.0,
        "coverage": 2.0,
        "concept_coverage": 1.0,
        "domain_terms": 1.5,
        "short_question": -0.5,
        "answer_terms": 1.0,
        "answer_concepts": 0.5,
        "addresses": 1.0,
    },
    "bias": -6.0,
    "high": 0.8,
    "medium": 0.4,
}

LABEL_MEANINGS = {
    "high": "The guidance covers this directly; the sources below back every sentence.",
    "medium": "The guidance covers this in part; check the sources before relying on it.",
    "low": "The guidance does not clearly cover this; a human coach should look.",
}


@dataclass(frozen=True)
class Confidence:
    label: str  # high | medium | low
    score: float  # in [0, 1]
    escalate: bool
    features: dict[str, float]

    @property
    def meaning(self) -> str:
        return LABEL_MEANINGS[self.label]


def evidence_features(retrieval: "Retrieval") -> dict[str, float]:
    """The evidence a careful reader would weigh before trusting the top passages."""
    dense = sorted((c.dense for c in retrieval.dense_hits), reverse=True)
    dense_top = dense[0] if dense else 0.0
    rest = dense[1:5]
    dense_margin = dense_top - (sum(rest) / len(rest)) if rest else dense_top
    lexical_top = max((c.lexical for c in retrieval.lexical_hits), default=0.0)

    def top_sources(hits: list, n: int) -> list[str]:
        seen: list[str] = []
        for chunk in hits:
            if chunk.source not in seen:
                seen.append(chunk.source)
        return seen[:n]

    dense_sources = top_sources(retrieval.dense_hits, 3)
    lexical_sources = top_sources(retrieval.lexical_hits, 3)
    best = retrieval.sources(1)
    agreement = 0.0
    if best and dense_sources and lexical_sources:
        top = best[0].source
        agreement = 0.5 * (top in dense_sources) + 0.5 * (top in lexical_sources)
        if dense_sources[0] == lexical_sources[0]:
            agreement = 1.0

    quoted = Coverage.of(retrieval, retrieval.chunks[:3])
    # With a page in the other language put first (bot.core.page_topics), the passages quoted hold none of the
    # question's words: the confidence model reads those (an answer in the other language is less sure), but
    # whether the guidance covers the question at all is read in the passages fused for its own words.
    own = Coverage.of(retrieval, retrieval.fused[:3]) if retrieval.fused else quoted
    return {
        "dense_top": dense_top,
        "dense_margin": dense_margin,
        "lexical_top": lexical_top,
        "agreement": agreement,
        "coverage": quoted.terms,
        "concept_coverage": quoted.concepts,
        "domain_terms": min(len(retrieval.concepts), 3) / 3,
        "short_question": 1.0 if len(retrieval.key_terms) <= 1 else 0.0,
        # Not model features: a rule in ConfidenceJudge.score, and what the answerer weighs before refusing.
        "unknown_names": float(len(retrieval.unknown_names)),
        "writing_request": float(asks_for_writing(retrieval.question)),
        "known_covered": float(own.known),
        "known_coverage": own.known / len(retrieval.known_terms) if retrieval.known_terms else 0.0,
        "own_words_coverage": max(own.terms, own.concepts),
    }


class Coverage(NamedTuple):
    """How much of the question some passages hold."""

    terms: float  # the share of its key terms
    known: int  # how many of its known terms (those some passage of the corpus holds)
    concepts: float  # the share of its glossary concepts

    @classmethod
    def of(cls, retrieval: "Retrieval", chunks: list) -> "Coverage":
        passage_tokens: set[str] = set()
        passage_concepts: set[int] = set()
        glossary = default_glossary()
        for chunk in chunks:
            passage_tokens.update(tokenize(f"{chunk.title} {chunk.section} {chunk.text}"))
            passage_concepts.update(glossary.domain_concept_ids(f"{chunk.title} {chunk.section} {chunk.text}"))
        terms, concepts = retrieval.key_terms, retrieval.concepts
        return cls(sum(1 for t in terms if t in passage_tokens) / len(terms) if terms else 0.0,
                   sum(1 for t in retrieval.known_terms if t in passage_tokens),
                   sum(1 for c in concepts if c in passage_concepts) / len(concepts) if concepts else 0.0)


def answer_features(retrieval: "Retrieval", composition: "Composition | None") -> dict[str, float]:
    """How well the composed answer (not the passages) covers the question, and whether it has the
    shape the question asks for."""
    if composition is None or not composition.units:
        return {"answer_terms": 0.0, "answer_concepts": 0.0, "addresses": 0.0, "weighted_terms": 0.0,
                "unanswered_names": 0.0, "unanswered_price": 0.0, "unanswered_product": 0.0}
    text = composition.text
    # A quoted sentence is read under its own heading, which its source line shows: a glossary's
    # "Whether the model's confidence means what it says …" answers "What is calibration?" from under
    # "Calibration" without repeating the word.
    headings = {u.chunk.heading for u in composition.units}
    tokens = set(tokenize(" ".join([text, *headings])))
    titles = set(tokenize(" ".join({u.chunk.title for u in composition.units})))
    # A name the question asks about ("customers in Germany") that the answer and its sources' titles
    # never say: the quoted guidance is about something nearby, however well its other words match.
    said = tokens | titles
    unanswered_names = [
        name for name in retrieval.names
        if name not in retrieval.unknown_names
        # A compound is said whole or in parts ("Wizard-of-Oz" or "Wizard of Oz").
        and not (set(tokenize(name)) <= said or set(tokenize(name.replace("-", " "))) <= said)
    ]
    terms = retrieval.key_terms
    answer_terms = sum(1 for t in terms if t in tokens) / len(terms) if terms else 0.0
    # The same share weighted by what each term says: an answer that repeats "AI product manager" but never
    # "skills" does not answer "What skills does an AI product manager need?".
    weights = {t: retrieval.term_weights.get(t, 1.0) for t in terms}
    total = sum(weights.values())
    weighted_terms = sum(weights[t] for t in terms if t in tokens) / total if total else 0.0
    concepts = retrieval.concepts
    found = set(default_glossary().concept_ids(text))
    answer_concepts = sum(1 for c in concepts if c in found) / len(concepts) if concepts else answer_terms
    if composition.note:
        # Quoting guidance in the other language: the question's words cannot occur in the answer, so
        # its glossary concepts stand for them (else every such answer looked beside the question and
        # was escalated: fixture answerable escalated 24% -> 8%, unanswerable escalated unchanged).
        answer_terms = max(answer_terms, answer_concepts)
        weighted_terms = max(weighted_terms, answer_concepts)
    intent = composition.intent
    prose = [u.text for u in composition.units if u.kind == "prose"]
    if intent == "list":
        enumerates = any(t.count(",") + t.count("，") + t.count("、") >= 2 for t in prose)
        addresses = 1.0 if composition.is_list else 0.5 if enumerates else 0.0
    elif intent == "why":
        addresses = 1.0 if REASON_RE.search(text) else 0.0
    elif intent == "define":
        addresses = 1.0 if any(DEFINITION_RE.search(t) and set(terms) & set(tokenize(t)) for t in prose) else 0.5
    elif intent == "how":
        # Steps or advice, in prose or as a list; a list of definitions ("Direct: the user types …") under
        # "What is prompt injection?" does not say how to protect against it.
        addresses = 1.0 if any(ADVICE_RE.search(u.text) for u in composition.units) else 0.5
    else:
        addresses = 1.0
    return {
        "answer_terms": answer_terms,
        "answer_concepts": answer_concepts,
        "addresses": addresses,
        # Not model features: rules in ConfidenceJudge.score.
        "weighted_terms": weighted_terms,
        "unanswered_names": float(len(unanswered_names)),
        "unanswered_price": float(asks_for_price(retrieval.question) and not _prices_the_subject(composition, terms)),
        "unanswered_product": float(asks_for_product(retrieval.question) and not _names_a_product(composition, retrieval)),
    }


# A size, a duration, a rank or a date ("25MB", "400ms", "95th-percentile", "Feb 6") is written like a name
# and names nothing.
MEASURE_RE = re.compile(
    r"^(?:\d+(?:\.\d+)?(?:[KMGTP]i?B|ms|s|k|x|px|fps|st|nd|rd|th)\b"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)",
    re.IGNORECASE,
)


def _names_a_product(composition: "Composition", retrieval: "Retrieval") -> bool:
    """Whether a quoted sentence names something the question does not (a product, a vendor, a tool):
    what answers "which vector database should we use?" names one."""
    asked = {name.lower() for name in retrieval.names}
    glossary = default_glossary()
    # The field's own words capitalised ("Benchmark", "Prompt" in a Chinese sentence; "LLM-as-judge") are
    # vocabulary, not a product.
    return any(len(name) > 2 and not MEASURE_RE.match(name) and name.lower() not in asked
               and not glossary.concept_ids(name)
               for unit in composition.units for name in named_terms(unit.text))


def _prices_the_subject(composition: "Composition", terms: list[str]) -> bool:
    """Whether a quoted sentence names a sum of money for what the question is about: "$0.001 per request"
    from a model-cost guide does not say what annotators are paid per hour."""
    subject = set(terms) - MONEY_TERMS
    return any(states_price(u.text) and (not subject or subject & set(tokenize(u.text))) for u in composition.units)


def load_model() -> dict:
    """The fitted calibration (written by `aipm eval --calibrate`), or the hand-set default."""
    try:
        model = json.loads(CALIBRATION_FILE.read_text(encoding="utf-8"))
        weights = model.get("weights", {})
        if set(weights) <= set(FEATURES) and set(weights) & set(FEATURES):
            # A calibration from before a feature existed still holds: the new feature weighs nothing.
            model["weights"] = {name: float(weights.get(name, 0.0)) for name in FEATURES}
            return model
    except (FileNotFoundError, json.JSONDecodeError):
        pass
    return DEFAULT_MODEL


class ConfidenceJudge:
    """Turns retrieval evidence into a score, a label and an escalation decision."""

    def __init__(self, *, high: float | None = None, medium: float | None = None, model: dict | None = None) -> None:
        self.model = model or load_model()
        self.high = high if high is not None else float(self.model["high"])
        self.medium = medium if medium is not None else float(self.model["medium"])

    def label_for(self, score: float) -> str:
        return "high" if score >= self.high else "medium" if score >= self.medium else "low"

    def score(self, features: dict[str, float]) -> float:
        z = self.model["bias"] + sum(self.model["weights"][name] * features[name] for name in FEATURES)
        score = 1.0 / (1.0 + math.exp(-z))
        if features["short_question"]:
            # One key term ("and for chatbots?") can match a passage perfectly and still leave the
            # question's meaning open: never call that high confidence.
            score = min(score, self.high - 0.01)
        coverage = max(features.get("weighted_terms", features.get("answer_terms", 1.0)),
                       features.get("answer_concepts", 1.0))
        if features.get("addresses", 1.0) <= 0.0 or coverage < MIN_ANSWER_COVERAGE:
            # "The sources back every sentence" is useless when the sentences don't answer the question.
            score = min(score, self.high - 0.01)
        if (features.get("unknown_names", 0.0) or features.get("unanswered_names", 0.0)) and score < self.high:
            # The question names something the guidance never mentions ("the MTEB leaderboard", "from
            # Singapore", "Llama 3") and the evidence is only partial: the guidance is about something
            # nearby, so a coach should answer. No answerable golden question names such a thing.
            score = min(score, self.medium - 0.01)
        if features.get("writing_request", 0.0):
            # A poem or a joke is asked for, not guidance: a quote about the same subject is no answer.
            score = min(score, self.medium - 0.01)
        if features.get("unanswered_price", 0.0) or features.get("unanswered_product", 0.0):
            # The question asks what something costs and the answer names no sum of money, or which product
            # to pick and the answer names none: the guidance is about the topic, not the price or the
            # product ("how much should we pay study participants per hour?" over a usability-study guide,
            # "which vector database should we use?" over the RAG guide), and a coach should say which.
            score = min(score, self.medium - 0.01)
        return score

    def judge(self, retrieval: "Retrieval", composition: "Composition | None" = None) -> Confidence:
        """Confidence in an answer: the retrieval evidence plus, when given, the composed answer."""
        if not retrieval.chunks:
            return Confidence("low", 0.0, True, {name: 0.0 for name in FEATURES})
        features = {**evidence_features(retrieval), **answer_features(retrieval, composition)}
        score = self.score(features)
        label = self.label_for(score)
        return Confidence(label, round(score, 4), label == "low", features)
