"""Judging answer sentences written in the other language than the question.

The packaged embedder reads English only, and a question's words never occur in guidance written in the
other language, so the composer's usual score (similarity plus shared words) says nothing there. The
bilingual glossary bridges the two: a Chinese sentence is embedded through the English names of its
concepts, and the concepts a sentence shares with the question count too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from bot.core.answer_units import RANK_STRIDE
from bot.core.text import default_glossary

if TYPE_CHECKING:
    from bot.core.retrieval import Retrieval

# Answering from guidance in the other language, where the embedder (English only) and the question's
# words cannot judge a sentence: half the meaning of its glossary gloss, half the glossary concepts it
# shares with the question. The asker's own language still wins when the guidance exists in it.
CROSS_LANGUAGE_MEANING_WEIGHT = 0.5
OTHER_LANGUAGE_PENALTY = 0.3
HEADING_CONCEPT_WEIGHT = 0.5
# ...but only when the asker's language has a sentence within this of the other's best: a Chinese guide
# that answers beats an English page that is merely nearby (measured on the seeds' cross-language
# questions: 0.1 and 0.2 lost points, 0.3 kept all of them).
LANGUAGE_TIE_MARGIN = 0.3


def cross_language_scores(units: list[Any], languages: list[str], retrieval: "Retrieval", vectors: Any,
                          similarities: Any) -> dict[int, float]:
    """Scores for the units written in the other language than the question, by id(unit).

    The question's words never occur in them and the embedder reads English only, so a Chinese
    sentence is embedded through its glossary gloss (an English question's vector is English) and an
    English one is compared with the question's vector as usual (a Chinese question's vector already
    carries its gloss: `similarities`, the sentences' own, already computed); both also count the glossary
    concepts they share with the question."""
    glossary = default_glossary()
    question_concepts = set(glossary.concept_ids(retrieval.question))
    others = [(u, lang, float(sim)) for u, lang, sim in zip(units, languages, similarities)
              if lang != retrieval.lang and len(u.text) > 3]
    if not others:
        return {}
    query = np.asarray(retrieval.query_vector)
    glosses = {u.text: glossary.english_gloss(u.text) for u, lang, _ in others if lang == "zh"}
    wanted = sorted({g for g in glosses.values() if g})
    gloss_meaning = dict(zip(wanted, (vectors.get(wanted) @ query).tolist())) if wanted else {}
    scores = {}
    for unit, lang, similarity in others:
        shared = set(glossary.concept_ids(unit.text)) & question_concepts
        # Its own heading counts half: a glossary's "A change in the inputs …" sits under "Data drift",
        # but a heading also covers sentences about other things.
        heading = set(glossary.concept_ids(unit.chunk.heading)) & question_concepts
        found = len(shared) + HEADING_CONCEPT_WEIGHT * len(heading - shared)
        concepts = found / len(question_concepts) if question_concepts else 0.0
        meaning = gloss_meaning.get(glosses[unit.text], 0.0) if lang == "zh" else similarity
        scores[id(unit)] = CROSS_LANGUAGE_MEANING_WEIGHT * meaning + (1 - CROSS_LANGUAGE_MEANING_WEIGHT) * concepts
    return scores


def prefer_asker_language(units: list[Any], languages: list[str], lang: str,
                          judged_by: list[float] | None = None, *, other_language_page: str = "") -> None:
    """Answer in the asker's language when the guidance exists in it: when a sentence in that language is
    nearly as good as the best one in the other (by `judged_by`, else the units' scores), the other
    language's sentences give way."""
    top_guide = {unit_lang for unit, unit_lang in zip(units, languages)
                 if unit.rank < RANK_STRIDE and len(unit.text) > 3}
    if other_language_page and top_guide and lang not in top_guide:
        # Retrieval found the question to be about a page in the other language (bot.core.page_topics): a
        # sentence in the asker's language is only nearby, whichever way round the languages are.
        return
    if lang == "en" and top_guide == {"zh"}:
        # Retrieval put a Chinese guide first for an English question, against an English-only embedder's
        # odds: an English page that is merely nearby ("the price per million tokens…") must not outvote
        # it for "How do I estimate the cost per label?" over a Chinese guide on labelling budgets. (Not
        # the other way round: a Chinese question's gloss often ranks an English page first while a
        # Chinese guide answers it; measured, Chinese answers lost points.)
        return
    best: dict[bool, float] = {}
    for unit, unit_lang, judged in zip(units, languages, judged_by or [u.score for u in units]):
        if unit.kind != "item":
            mine = unit_lang == lang
            best[mine] = max(best.get(mine, -1e9), judged)
    if True in best and best[True] >= best.get(False, -1e9) - LANGUAGE_TIE_MARGIN:
        for unit, unit_lang in zip(units, languages):
            if unit_lang != lang:
                unit.score -= OTHER_LANGUAGE_PENALTY
