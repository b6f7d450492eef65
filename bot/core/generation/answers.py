"""The generated answer in place of the extractive one, inside the shared answer flow (docs/llm.md).

The Answerer retrieves, judges confidence and composes the extractive answer as always; with a model
configured, `write_answer` then asks the model to write the answer from the same passages, keeps only
the claims they back, and returns the Answer a PM reads: generated, or extractive under one line saying
why the generated one was unavailable. Nothing here raises for model trouble.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from bot.core.generation.generate import GeneratedAnswer, Generator, Unavailable, fallback_note
from bot.core.generation.prompt import Passage, Turn

if TYPE_CHECKING:
    from bot.core.confidence import Confidence
    from bot.core.retrieval import RetrievedChunk


class SourceLike(Protocol):
    source: str
    source_type: str


class AnswerLike(Protocol):
    """What this module reads of bot.core.answering.Answer (a dataclass), named here so the two modules
    do not import each other."""

    question: str
    answer: str
    confidence: "Confidence"
    covered: bool

    @property
    def sources(self) -> Sequence[SourceLike]: ...

    @property
    def retrieved(self) -> Sequence[SourceLike]: ...


A = TypeVar("A", bound=AnswerLike)

LABEL_RANK = {"low": 0, "medium": 1, "high": 2}
COACH_SOURCE = "coach_answer"  # bot.core.index.SOURCE_COACH, without importing the index here


def source_passages(chunks: Sequence["RetrievedChunk"], sources: Sequence[str]) -> list[Passage]:
    """One passage per shown source, in the order of the answer's source list, so the model's [n] is
    the [n] the PM sees under the answer (no renumbering, and a streamed answer needs no rewrite)."""
    texts: dict[str, list[str]] = {source: [] for source in sources}
    titles: dict[str, str] = {}
    for chunk in chunks:
        if chunk.source in texts and chunk.text.strip() not in texts[chunk.source]:
            texts[chunk.source].append(chunk.text.strip())
            titles.setdefault(chunk.source, chunk.title)
    # Every shown source keeps its place, even in the unlikely case no chunk of it came along.
    return [Passage("\n\n".join(texts[s]), titles.get(s, ""), s) for s in sources]


def should_generate(answer: A) -> bool:
    """A model writes only where there is guidance to write from, and never over a coach's own answer."""
    if not answer.covered or not answer.sources:
        return False
    return not (answer.sources[0].source_type == COACH_SOURCE and answer.confidence.label != "low")


def generated_confidence(confidence: "Confidence", generated: GeneratedAnswer,
                         label_for: Callable[[float], str]) -> "Confidence":
    """The supported share scales the score; an answer with any unsupported claim is never 'high',
    and one whose model found nothing to say from the passages is 'low' (a coach should look)."""
    share = generated.supported_share
    score = round(confidence.score * (0.5 + 0.5 * share), 4)
    candidates = [confidence.label, label_for(score), generated.cap_confidence(confidence.label)]
    if not generated.covered:
        candidates.append("low")
    label = min(candidates, key=LABEL_RANK.__getitem__)
    features = {**confidence.features, "supported_share": round(share, 4)}
    return dataclasses.replace(confidence, label=label, score=score, escalate=label == "low", features=features)


def write_answer(
    answer: A,
    chunks: Sequence["RetrievedChunk"],
    generator: Generator,
    *,
    history: Sequence[Turn | str] = (),
    label_for: Callable[[float], str],
    on_token: Callable[[str], Any] | None = None,
    unsure: str = "",
) -> A:
    """The Answer to show: generated from `chunks` when the model's answer survives the check, else
    `answer` (extractive) with the fallback line above it. `answer.generation` keeps the record.
    `unsure` leads a generated answer labelled low, as it leads a low extractive one."""
    if not should_generate(answer):
        return answer
    # The model reads every retrieved guide, not only the ones the extractive answer quoted; its [n]
    # number them, so they are the sources a generated answer shows.
    shown = list(answer.retrieved or answer.sources)
    passages = source_passages(chunks, [s.source for s in shown])
    generated = generator.answer(answer.question, passages, history, on_token=on_token)
    if not generated.available:
        return fall_back(answer, generated)
    confidence = generated_confidence(answer.confidence, generated, label_for)
    text = generated.text
    if confidence.label == "low" and generated.covered and unsure:
        text = f"{unsure}\n{text}"  # as the extractive answer says it: a coach is asked, this is unverified
    return dataclasses.replace(
        answer, answer=text, mode="generated", confidence=confidence, covered=generated.covered,
        generation=generated, fallback="", sources=shown,
    )


def fall_back(answer: A, generated: GeneratedAnswer) -> A:
    reason = generated.failure or Unavailable.ERROR
    body = f"{fallback_note(reason, answer.question)}\n{answer.answer}"
    return dataclasses.replace(answer, answer=body, mode="extractive", generation=generated, fallback=reason.value)
