"""Feedback on one answer: the step's aspects found or missing, the review rubric's cues, vague
phrases and specifics, one probing question, and a passage of the knowledge base to cite."""

from __future__ import annotations

import dataclasses
import logging
import re
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np

from bot.core.coaching.cues import found_aspects
from bot.core.coaching.path import CoachingPath, Step
from bot.core.coaching.records import Feedback, Passage, Verdict
from bot.core.documents.structure import split_sentences

if TYPE_CHECKING:
    from bot.core.coaching.phrasing import FeedbackPhraser
    from bot.core.retrieval import HybridRetriever
    from bot.core.review.exemplars import ExemplarMatcher
    from bot.core.review.rubric import Rubric

log = logging.getLogger(__name__)

QUOTE_CHARS = 320
MAX_SPECIFICS = 4
# The spec reviewer's bar (bot/core/review/analysis.py MEANS_STRONG): this close to a rubric item's
# exemplar statements, a sentence is about the item even when no cue phrase is in it.
MEANS_STRONG = 0.55


class FeedbackJudge:
    """Judges an answer against its step. Offline and deterministic; the retriever (optional) only
    supplies the passage the feedback cites."""

    def __init__(
        self, path: CoachingPath, *, rubric: "Rubric | None" = None, retriever: "HybridRetriever | None" = None,
        embed: Callable[[list[str]], list[list[float]]] | None = None, phraser: "FeedbackPhraser | None" = None,
    ) -> None:
        self.phraser = phraser
        self.path = path
        self._rubric = rubric
        self.retriever = retriever
        # The rubric's exemplars compared by meaning, when an embedder is at hand (the retriever's).
        self.embed = embed or (retriever.index.embedder.embed_documents if retriever is not None else None)
        self._passages: dict[tuple[str, str], Passage | None] = {}
        self._matchers: dict[str, "ExemplarMatcher"] = {}
        self._lock = threading.Lock()

    @property
    def rubric(self) -> "Rubric":
        if self._rubric is None:
            from bot.core.review.rubric import default_rubric

            self._rubric = default_rubric()
        return self._rubric

    def judge(self, step: Step, text: str, lang: str) -> Feedback:
        from bot.core.review.wording import matching_form

        form = matching_form(text)
        aspect_ids = [a.id for a in step.aspects]
        found = set(found_aspects(aspect_ids, text) + found_aspects(aspect_ids, form))
        cues, specifics, vague = [], [], []
        for item_id in step.rubric:
            item = self.rubric.get(item_id)
            cues += item.find_cues(form)
            specifics += [hit.strip() for hit in item.concrete_hits(form)]
            vague += item.vague.find(form)
        specifics = as_typed(text, specifics)[:MAX_SPECIFICS]
        strong = [a.name(lang) for a in step.aspects if a.id in found]
        if specifics:
            strong.append(f"{self.path.say('specifics', lang)}: " + ", ".join(specifics))
        about, hand_waving = self.meaning(step, text)
        if not vague and hand_waving and not specifics:
            vague = [" ".join(text.split())[:80]]  # closer to the rubric's hand-waving than to substance
        missing = [a.missing(lang) for a in step.aspects if a.id not in found]
        # One hand-waving phrase is enough to point at ("we'll monitor" and "monitor it" are one claim).
        missing += [self.path.say("vague", lang, phrase=phrase) for phrase in vague[:1]]
        if not found and not cues and about < MEANS_STRONG:
            missing.insert(0, self.path.say("nothing_found", lang))
        gaps = [a for a in step.aspects if a.id not in found]
        question = gaps[0].question(lang) if gaps else self._deeper_question(step, lang)
        verdict = Verdict.STRONG if not gaps and not vague else Verdict.PARTIAL
        feedback = Feedback(
            step_id=step.id, verdict=verdict, strong=tuple(strong), missing=tuple(missing),
            question=question, specifics=tuple(specifics), passage=self.passage(step, lang),
        )
        if self.phraser is not None:
            feedback = dataclasses.replace(feedback, note=self.phraser.note(step, text, feedback, lang))
        return feedback

    def meaning(self, step: Step, text: str) -> tuple[float, bool]:
        """(best similarity of the answer's sentences to the step's rubric exemplars, whether the
        answer is nearer their hand-waving statements); (0.0, False) without an embedder."""
        if self.embed is None or not step.rubric:
            return 0.0, False
        sentences = split_sentences(text)[:20] or [text]
        try:
            matcher = self._matcher(step)
            about, vacuous = matcher.similarities(np.asarray(self.embed(sentences)))
        except Exception:  # the model is optional for feedback: cues and patterns still judge
            log.warning("no exemplar comparison for step %s", step.id, exc_info=True)
            return 0.0, False
        best_about, best_vacuous = float(about.max()), float(vacuous.max())
        return best_about, best_vacuous >= MEANS_STRONG and best_vacuous > best_about

    def _matcher(self, step: Step) -> "ExemplarMatcher":
        from bot.core.review.exemplars import ExemplarMatcher

        with self._lock:
            if step.id not in self._matchers:
                exemplars = [self.rubric.exemplars(item_id) for item_id in step.rubric]
                self._matchers[step.id] = ExemplarMatcher(exemplars, self.embed)
            return self._matchers[step.id]

    @staticmethod
    def _deeper_question(step: Step, lang: str) -> str:
        """Every aspect covered: the step's own probe pushes past what the answer already says."""
        return step.probe(lang)

    # -- grounding ----------------------------------------------------------------------------------
    def passage(self, step: Step, lang: str) -> Passage | None:
        """A passage from one of the step's cited guidance files (else the best match), cached."""
        key = (step.id, lang)
        with self._lock:
            if key in self._passages:
                return self._passages[key]
        found = self._find_passage(step, lang)
        with self._lock:
            self._passages[key] = found
        return found

    def _find_passage(self, step: Step, lang: str) -> Passage | None:
        if self.retriever is None:
            return None
        try:
            if self.retriever.index.count() == 0:
                return None
            retrieval = self.retriever.retrieve(step.query(lang))
        except Exception:  # the index is optional for coaching: feedback goes on without a citation
            log.warning("no knowledge-base passage for step %s", step.id, exc_info=True)
            return None
        cited = [c for c in retrieval.chunks if c.source.rsplit("/", 1)[-1] in step.cites]
        same_lang = [c for c in cited if c.lang == lang] or cited or retrieval.chunks
        if not same_lang:
            return None
        chunk = same_lang[0]
        section = chunk.section.rsplit(">", 1)[-1].strip()  # the nearest heading, not the whole trail
        return Passage(chunk.title, section, chunk.source, quote_of(chunk.text))


def as_typed(text: str, hits: list[str]) -> list[str]:
    """Specifics found in the matching form, shown as the PM typed them, without repeats or parts
    of a longer one."""
    lowered = text.lower()
    shown = []
    for hit in dict.fromkeys(h for h in hits if h):
        at = lowered.find(hit)
        shown.append(text[at:at + len(hit)] if at >= 0 else hit)
    return [s for s in shown if not any(s != o and s.lower() in o.lower() for o in shown)]


def quote_of(text: str) -> str:
    """The opening sentences of a passage, without headings, up to QUOTE_CHARS."""
    lines = [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    quote = ""
    for sentence in split_sentences(" ".join(lines)):
        sentence = re.sub(r"\*\*|__|`", "", sentence)
        if quote and len(quote) + len(sentence) > QUOTE_CHARS:
            break
        quote = f"{quote} {sentence}".strip()
    if len(quote) > QUOTE_CHARS:
        quote = quote[: QUOTE_CHARS - 1].rsplit(" ", 1)[0] + "…"
    return quote
