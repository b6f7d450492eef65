"""How well each quotable unit answers the question: hand-set evidence, blended with a fitted model.

The hand-set score reads a unit's meaning against the question (the sentence alone and under its
heading), the question terms it states, its heading, its shape (a reason for "why", an item for "how")
and its passage's rank. The same readings, as named features, feed a logistic model fitted on the dev
splits of the repository's golden sets (`make fit-relevance`, bot.evaluation.relevance): "does this
sentence state one of the question's key points?". The blend of the two is the unit's score.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from bot.core.answer_lists import heading_overlap
from bot.core.answer_units import RANK_STRIDE
from bot.core.cross_language import cross_language_scores, prefer_asker_language
from bot.core.documents.structure import LEAD_IN_END, TABLE_ROW_RE, table_header
from bot.core.narrative import introduces_story, narrates_past_event
from bot.core.asked import asked_thing
from bot.core.quoting import (QUANTITY_BONUS, asks_for_quantity, asks_for_retention, shape_bonus, states_quantity,
                               states_retention)
from bot.core.section_fit import ABSENCE_HEADING_BONUS, SectionAsk
from bot.core.model_absence import opens_on_outage
from bot.core.text import CJK_RE, default_glossary, detect_language, tokenize

if TYPE_CHECKING:
    from bot.core.answer_units import Unit
    from bot.core.retrieval import Retrieval

RELEVANCE_FILE = Path(__file__).resolve().parent / "data" / "sentence_relevance.json"

# How much of a sentence's similarity to the question is that of the sentence read under its heading.
# Measured (aipm eval): knowledge/ key-point recall 0.623 -> 0.626 (held-out 0.624 -> 0.630), fixture
# 0.689 -> 0.696, own questions over ../shared/seeds 0.524 -> 0.553; 0.5 read the heading over the sentence.
SECTION_CONTEXT_WEIGHT = 0.3
# What a sentence narrating the author's story loses (bot.core.narrative).
NARRATIVE_PENALTY = 0.1
# What a sentence of a page's preface loses when the question asks what to do, which, when or how much
# (ingest.pipeline.preface_positions): the preface says what the page is about, in the question's words.
PREFACE_PENALTY = 0.2
# What a sentence stating how long something is kept gains for "How long should we keep …?", beyond any
# quantity's: the page says "deleted after 30 days" of "bands", the question "keep" of "flags".
RETENTION_BONUS = 0.15
PREFACE_INTENTS_SPARED = {"define", "why"}  # a preface often says what the thing is and why the page exists
MIXED_SHARED_TERMS = 2  # question words a Chinese sentence must say in English to count as the question's language
# The fitted model's share of a unit's score. Measured over all 18 answer sets (aipm eval, 2026-12-01):
# 0.3 lifts held-out key-point recall on knowledge/ 0.648 -> 0.688 and on the fixture 0.720 -> 0.768,
# ../shared/seeds (never fitted on) 0.580 -> 0.589; 0.5 and 0.7 lost on the fixture's dev split and
# labelled a junk answer high; the model alone (1.0) lost on knowledge/ and the fixture as a whole.
LEARNED_RELEVANCE_WEIGHT = 0.3

FEATURES = (
    "similarity", "similarity_under_heading", "terms_with_title", "terms_stated", "heading_terms", "shape_bonus",
    "states_asked_quantity", "heading_similarity", "lead_in_without_list", "passage_rank", "in_top_source",
    "log_length", "passage_best_similarity", "below_passage_best", "has_digits", "read_as_chinese",
    "other_language", "meaning_and_terms",
)


@dataclass(frozen=True)
class RelevanceModel:
    """A logistic model over FEATURES, with the linear map that puts its logit on the hand score's scale
    (so the composer's margins, tuned on that scale, keep their meaning)."""

    weights: tuple[float, ...]
    intercept: float
    offset: float
    scale: float

    def score(self, features: dict[str, float]) -> float:
        logit = self.intercept + sum(w * features[name] for w, name in zip(self.weights, FEATURES))
        return self.offset + self.scale * logit

    def to_json(self) -> dict[str, Any]:
        return {"features": list(FEATURES), "weights": list(self.weights), "intercept": self.intercept,
                "offset": self.offset, "scale": self.scale}


@lru_cache(maxsize=1)
def load_relevance_model(path: Path = RELEVANCE_FILE) -> RelevanceModel | None:
    """The fitted model, or None (hand-set scores alone) when the file is absent or was fitted on other
    features: a stale fit must not weigh features by the wrong names."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if tuple(data["features"]) != FEATURES:
            return None
        return RelevanceModel(tuple(float(w) for w in data["weights"]), float(data["intercept"]),
                              float(data["offset"]), float(data["scale"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def hand_score(features: dict[str, float]) -> float:
    """The hand-set score: meaning and terms, the heading's words and meaning, the unit's shape, a stated
    quantity when one is asked for, less for a lead-in without its list and for a lower-ranked passage
    (the best-ranked passage wins a close call)."""
    return (features["meaning_and_terms"] + 0.25 * features["heading_terms"] + features["shape_bonus"]
            + QUANTITY_BONUS * features["states_asked_quantity"] + 0.3 * features["heading_similarity"]
            - 0.1 * features["lead_in_without_list"] - 0.02 * features["passage_rank"])


def hand_set_score(unit: "Unit") -> float:
    """A scored unit's hand-set score (its score, for a unit scored by other means)."""
    return hand_score(unit.features) if unit.features else unit.score


def row_header(unit: "Unit") -> str | None:
    """The header of the table a list item is a row of, None for any other unit."""
    if unit.kind != "item":
        return None
    lines = unit.chunk.text.split("\n")
    if unit.line >= len(lines) or not TABLE_ROW_RE.match(lines[unit.line]):
        return None
    return table_header(lines, unit.line)


def reading(unit: "Unit", header: str | None) -> str:
    """What a unit says: its text, or a table's row read with its `header`'s names ("Model confidence: 0.80
    and above; What the farmer sees: One likely cause …"). A row's cells alone say little of what they are."""
    names, cells = (header or "").split("|"), unit.text.split("|")
    if header is None or len(names) != len(cells):
        return unit.text
    return "; ".join(f"{name.strip()}: {cell.strip()}" for name, cell in zip(names, cells) if cell.strip())


def under_heading(unit: "Unit", text: str) -> str:
    """What the unit says (`text`, its reading) as read under its passage's heading."""
    heading = unit.chunk.heading
    return f"{heading}: {text}" if heading else text


def texts_to_embed(units: list["Unit"]) -> list[str]:
    """Every text `score_units` embeds for these units, so ingest can embed them ahead of the question."""
    readings = [reading(u, row_header(u)) for u in units]
    texts = [text for u, read in zip(units, readings) for text in (u.text, read, under_heading(u, read))]
    headings = sorted({u.chunk.heading for u in units if u.chunk.heading})
    # A Chinese sentence is read for an English question through its English gloss (cross_language).
    glossary = default_glossary()
    glosses = [glossary.english_gloss(u.text) for u in units if CJK_RE.search(u.text)]
    return list(dict.fromkeys(t for t in texts + headings + glosses if t))


def score_units(units: list["Unit"], retrieval: "Retrieval", intent: str, vectors: Any) -> None:
    """Set each unit's score (and its features, its terms, its language and its vector)."""
    terms = set(retrieval.key_terms)
    title_terms = {title: set(tokenize(title)) for title in {u.chunk.title for u in units}}
    query = np.asarray(retrieval.query_vector)
    unit_vectors = vectors.get([u.text for u in units])
    headers = [row_header(u) for u in units]  # each table row's column names, read once
    readings = [reading(u, header) for u, header in zip(units, headers)]
    sentence_similarities = vectors.get(readings) @ query
    headings = [u.chunk.heading for u in units]
    # A guide's sentences are elliptical ("The health layer shows p95 latency…"): read under their
    # heading ("What to put on an AI monitoring dashboard: …") they say what they are about.
    in_context = [under_heading(u, read) for u, read in zip(units, readings)]
    context_similarities = vectors.get(in_context) @ query
    similarities = ((1 - SECTION_CONTEXT_WEIGHT) * sentence_similarities
                    + SECTION_CONTEXT_WEIGHT * context_similarities)
    # A section whose heading restates the question is where its answer is, even when the
    # section's own sentences are terse ("Build an eval framework.").
    distinct = sorted({h for h in headings if h})
    heading_sim = dict(zip(distinct, (vectors.get(distinct) @ query).tolist())) if distinct else {}
    best_in_passage: dict[int, float] = {}
    for unit, similarity in zip(units, sentence_similarities):
        best_in_passage[id(unit.chunk)] = max(best_in_passage.get(id(unit.chunk), -1.0), float(similarity))
        unit.terms = frozenset(terms & set(tokenize(unit.text)))
        unit.lang = detect_language(unit.text)
        if unit.lang == "zh" and retrieval.lang == "en" and len(unit.terms) >= MIXED_SHARED_TERMS:
            # A sentence mixing the languages that says two of an English question's own words ("每个 locale
            # 找 2 位 native speakers 做 blind review") is in the asker's language for this question.
            unit.lang = "en"
    languages = [u.lang for u in units]
    cross_language = cross_language_scores(units, languages, retrieval, vectors, sentence_similarities)
    asks_quantity = asks_for_quantity(retrieval.question)
    # A retention question's quantity is a period of keeping, not any number (quoting.RETENTION_RE).
    asks_retention = asks_for_retention(retrieval.question)
    states_asked = states_retention if asks_retention else states_quantity
    model = load_relevance_model()
    asked_of_sections = SectionAsk.of(retrieval.question, intent, asked_thing(retrieval.question))
    # A chat message or a page with no headings heads its list with a lead-in ("Always Red, straight to the
    # on-call vet, whatever TailCheck says:"): where it names the asked absence, its list is that section.
    absent_leads = {u.block for u in units if u.kind == "lead" and u.rank < RANK_STRIDE
                    and asked_of_sections.absence.headed_by(u.text)} if asked_of_sections.absence else set()
    # A label opens its paragraph, not just its first sentence: after "Limits: after 3 Watch texts … an Alarm."
    # the paragraph's next sentences ("Any reading above 1,280°C raises an Alarm …") are limits too.
    labelled_paragraphs = {(id(u.chunk), u.line): fit for u in units
                           if u.kind == "prose" and (fit := asked_of_sections.label_fit(u.text))}
    hands: list[float] = []
    for unit, vector, similarity, raw, in_heading, heading, header in zip(
            units, unit_vectors, similarities, sentence_similarities, context_similarities, headings, headers):
        unit.vector = vector
        zh = bool(CJK_RE.search(unit.text)) or retrieval.lang == "zh"
        said = unit.terms
        if header:
            said = said | (terms & set(tokenize(header)))  # a row says what its column names say
        if not zh:
            # The page's title is said of every sentence on it: "What should a model card say about how
            # the model was evaluated?" is not answered better by a sentence repeating "model card" on
            # the model card template than by the one under its "How it was evaluated". (Not for Chinese,
            # scored mostly on overlap: there a title's words outweighed what a sentence says.)
            said = said | (terms & title_terms[unit.chunk.title])
        overlap = len(said) / len(terms) if terms else 0.0
        if id(unit) in cross_language:
            base = cross_language[id(unit)]
        else:
            # An English-only embedder cannot judge Chinese sentences: lean on term overlap there.
            base = (0.3 * similarity + 0.7 * overlap) if zh else (0.7 * similarity + 0.3 * overlap)
        features = {
            "similarity": float(raw), "similarity_under_heading": float(in_heading),
            "terms_with_title": overlap,
            "terms_stated": len(unit.terms) / len(terms) if terms else 0.0,
            # Only the words a heading adds to its guide's title tell its section from the others.
            # Measured (2026-12-02), dev key-point recall: the 18 unseen guide sets 0.548 -> 0.564,
            # knowledge/ 0.675 -> 0.678, the fixture 0.685 -> 0.699. Refitting the model to the
            # changed feature measured worse (knowledge/ 0.660), so the shipped fit stays.
            "heading_terms": heading_overlap(unit.chunk, terms, title_terms[unit.chunk.title]),
            "shape_bonus": shape_bonus(unit, intent, terms),
            "states_asked_quantity": float(asks_quantity and states_asked(unit.text)),
            "heading_similarity": max(0.0, heading_sim.get(heading, 0.0) - 0.3),
            # A lead-in whose list is gone says less than a whole sentence.
            "lead_in_without_list": float(unit.kind == "prose" and unit.text.rstrip().endswith(LEAD_IN_END)),
            "passage_rank": float(unit.rank), "in_top_source": float(unit.rank < RANK_STRIDE),
            "log_length": math.log1p(len(unit.text)),
            "passage_best_similarity": best_in_passage[id(unit.chunk)],
            "below_passage_best": float(raw) - best_in_passage[id(unit.chunk)],
            "has_digits": float(any(ch.isdigit() for ch in unit.text)),
            "read_as_chinese": float(zh), "other_language": float(id(unit) in cross_language),
            "meaning_and_terms": float(base),
        }
        unit.features = features
        hand = hand_score(features)
        hands.append(hand)
        unit.score = float(hand if model is None else
                           (1 - LEARNED_RELEVANCE_WEIGHT) * hand + LEARNED_RELEVANCE_WEIGHT * model.score(features))
        change, named = asked_of_sections.fit(unit.chunk.heading, unit.kind, unit.rank < RANK_STRIDE)
        change += (labelled_paragraphs.get((id(unit.chunk), unit.line), 0.0) if unit.kind == "prose"
                   else asked_of_sections.label_fit(unit.text))
        if asked_of_sections.absence.outage and unit.rank < RANK_STRIDE and opens_on_outage(unit.text):
            # "If Fennel is down, we count the traps by hand …" says what an outage question asks, wherever the
            # page puts it (an owner's reply under "Comments"), as a section headed "If Fennel is down" does.
            change += ABSENCE_HEADING_BONUS
        if (unit.kind != "prose" and unit.block in absent_leads
                and not asked_of_sections.absence.headed_by(unit.chunk.heading)):
            change += ABSENCE_HEADING_BONUS
        unit.score += change + (RETENTION_BONUS if asks_retention and features["states_asked_quantity"] else 0.0)
        if named:
            features["named_section"] = 1.0  # and the answer opens with it (Composer._prose_units)
    # Which language to answer in is the hand-set scores' call: the model was fitted on sentences mostly in
    # the question's language and reads glossary-scored ones lower, so it would hand an English question
    # whose only guidance is Chinese to a merely nearby English page.
    weigh_down_story(units)
    if intent not in PREFACE_INTENTS_SPARED:
        for unit in units:
            if unit.chunk.metadata.get("preface"):
                unit.score -= PREFACE_PENALTY
    prefer_asker_language(units, languages, retrieval.lang, hands, other_language_page=retrieval.other_language_page)


def weigh_down_story(units: list["Unit"]) -> None:
    """Take NARRATIVE_PENALTY off a sentence telling the author's story, and off the items of a list its
    lead-in says are the story ("上线第二个月出了两件事:" over the two incidents)."""
    told = {id(u): narrates_past_event(u.text) for u in units}
    introduced = {id(u): introduces_story(u.text) for u in units}
    story_lists = {(id(u.chunk), u.block) for u in units if u.kind == "lead" and (told[id(u)] or introduced[id(u)])}
    for unit in units:
        # A lead-in introducing the story ("先说两个教训:") is no story itself: its items are.
        in_story_list = unit.kind == "item" and (id(unit.chunk), unit.block) in story_lists
        if told[id(unit)] or (unit.kind != "lead" and introduced[id(unit)]) or in_story_list:
            unit.score -= NARRATIVE_PENALTY
