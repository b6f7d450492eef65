"""Feedback on one answer: the step's aspects found or missing, the review rubric's cues, vague
phrases and specifics, one probing question, and a passage of the knowledge base to cite."""

from __future__ import annotations

import logging
import re
import threading
from typing import TYPE_CHECKING

from bot.core.coaching.cues import found_aspects
from bot.core.coaching.path import CoachingPath, Step
from bot.core.coaching.records import Feedback, Passage, Verdict
from bot.core.text import split_sentences

if TYPE_CHECKING:
    from bot.core.retrieval import HybridRetriever
    from bot.core.review.rubric import Rubric

log = logging.getLogger(__name__)

QUOTE_CHARS = 320
MAX_SPECIFICS = 4


class FeedbackJudge:
    """Judges an answer against its step. Offline and deterministic; the retriever (optional) only
    supplies the passage the feedback cites."""

    def __init__(
        self, path: CoachingPath, *, rubric: "Rubric | None" = None, retriever: "HybridRetriever | None" = None
    ) -> None:
        self.path = path
        self._rubric = rubric
        self.retriever = retriever
        self._passages: dict[tuple[str, str], Passage | None] = {}
        self._lock = threading.Lock()

    @property
    def rubric(self) -> "Rubric":
        if self._rubric is None:
            from bot.core.review.rubric import default_rubric

            self._rubric = default_rubric()
        return self._rubric

    def judge(self, step: Step, text: str, lang: str) -> Feedback:
        from bot.core.review.spec import matching_form

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
        missing = [a.missing(lang) for a in step.aspects if a.id not in found]
        # One hand-waving phrase is enough to point at ("we'll monitor" and "monitor it" are one claim).
        missing += [self.path.say("vague", lang, phrase=phrase) for phrase in vague[:1]]
        if not found and not cues:
            missing.insert(0, self.path.say("nothing_found", lang))
        gaps = [a for a in step.aspects if a.id not in found]
        question = gaps[0].question(lang) if gaps else self._deeper_question(step, lang)
        verdict = Verdict.STRONG if not gaps and not vague else Verdict.PARTIAL
        return Feedback(
            step_id=step.id, verdict=verdict, strong=tuple(strong), missing=tuple(missing),
            question=question, specifics=tuple(specifics), passage=self.passage(step, lang),
        )

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
