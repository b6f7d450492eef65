"""Answering: retrieve, compose a short cited answer (extractive), and judge confidence in it."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from bot.core.chat_shorthand import spelled_out
from bot.core.composer import Composer, Composition
from bot.core.compound import answer_each_part, question_parts
from bot.core.quoting import question_intent
from bot.core.confidence import Confidence, ConfidenceJudge
from bot.core.index import SOURCE_COACH
from bot.core.model_absence import AbsenceAsk
from bot.core.retrieval import HybridRetriever, Retrieval, RetrievedChunk, key_terms
from bot.core.source_ranking import load_source_ranking_model, promote_best_source
from bot.core.text import detect_language
from bot.core.unsafe import with_warning
from bot.errors import UserError

if TYPE_CHECKING:
    from collections.abc import Callable

    from bot.config import Settings
    from bot.core.generation import GeneratedAnswer, Generator
    from bot.core.index import KnowledgeIndex

log = logging.getLogger(__name__)

# How many more passages of the top source the composer reads besides its best one: a guide's other
# sections are where the rest of an answer's points are.
TOP_SOURCE_PASSAGES = 10
# A question this close in meaning to a passage (cosine, query vs passage) is about the guidance even when
# it shares none of its words ("the smart bits scattered around our app each feel like they came from a
# different company"): unsure, it gets the closest quotes with a warning, not "the guidance does not cover
# this". The off-topic English questions tried ("How do I bake sourdough bread?", "What's the weather in
# Lisbon?", "Can you write me a poem about cats?") score 0.05-0.13.
CLOSE_IN_MEANING = 0.33
# The English-only embedder cannot say that of a Chinese question, so its words must: at least three of the
# question's words that the corpus knows are in the top passages, and most of them. Reworded Chinese
# questions about a Chinese guide whose subject the glossary lacks (免费额度, 竞品评测) had been told "not
# covered"; off-topic ones (天气, 写诗, 显卡, 公司的 OKR) have at most two such words there.
CLOSE_IN_WORDS_ZH = 3
CLOSE_IN_WORDS_ZH_SHARE = 0.6


class InvalidQuestion(UserError, ValueError):
    """A question we cannot take as it is; the message is safe to show to the asker."""


@dataclass
class SourceRef:
    source: str
    title: str
    section: str
    score: float
    source_type: str = "document"
    metadata: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"source": self.source, "title": self.title, "section": self.section, "score": round(self.score, 4)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "SourceRef":
        """The inverse of to_json, for sources kept in the database."""
        return cls(str(data.get("source", "")), str(data.get("title", "")), str(data.get("section", "")),
                   float(data.get("score", 0.0)))


@dataclass
class Answer:
    question: str
    answer: str
    mode: str
    confidence: Confidence
    sources: list[SourceRef]
    lang: str = "en"
    covered: bool = True  # False when the answer says the guidance does not cover the question
    latency_ms: float = 0.0
    retrieved: list[SourceRef] = field(default_factory=list)  # what retrieval ranked, shown or not
    generation: "GeneratedAnswer | None" = None  # the model's attempt, when one was made (docs/llm.md)
    fallback: str = ""  # why the generated answer was unavailable ('' when generated or not attempted)

    @property
    def escalate(self) -> bool:
        return self.confidence.escalate

    def to_json(self) -> dict[str, Any]:
        """The `aipm ask --json` contract."""
        return {
            "question": self.question,
            "answer": self.answer,
            "mode": self.mode,
            "confidence": {"label": self.confidence.label, "score": self.confidence.score},
            "escalate": self.escalate,
            "sources": [s.to_json() for s in self.sources],
            **({"fallback": self.fallback or None, "generation": self.generation.to_json()}
               if self.generation is not None else {}),
        }


NOT_COVERED = {
    "en": (
        "The guidance I have does not cover this question, so I won't guess. "
        "I answer questions about building AI products (problem framing, metrics, data, evaluation, "
        "failure design, rollout, working with model teams); a human coach should look at this one."
    ),
    "zh": "我掌握的指导材料没有涉及这个问题，所以我不做猜测。我回答的是 AI 产品工作相关的问题（问题定义、指标、数据、评测、失败设计、上线、与模型团队协作）；这个问题需要人工教练来回答。",
}
# Said instead of quotes when a poem, a joke or a story is asked for (off_task.asks_for_writing).
WRITING_REQUEST = {
    "en": (
        "I only quote the team's guidance on building AI products, so I don't write poems, jokes or stories. "
        "Ask me a question about your AI product work (metrics, data, evaluation, failure design, rollout) "
        "and I'll answer it with sources."
    ),
    "zh": "我只引用团队关于 AI 产品工作的指导材料，不写诗、笑话或故事。可以问我 AI 产品工作中的问题（指标、数据、评测、失败设计、上线），我会附上出处回答。",
}
COACH_ANSWER = {
    "en": "A human coach answered this on {date}: {answer} [1]",
    "zh": "人工教练于 {date} 回答了这个问题：{answer} [1]",
}
# Said first when the question names something no guidance mentions: why a coach is asked.
NEVER_MENTIONED = {
    "en": "The guidance never mentions {names}.",
    "zh": "指导材料里没有提到 {names}。",
}
NO_PRICE = {
    "en": "The guidance names no price or rate for this.",
    "zh": "指导材料里没有给出具体的价格或费用。",
}
NO_PRODUCT = {
    "en": "The guidance recommends no particular product or vendor for this.",
    "zh": "指导材料没有推荐具体的产品或厂商。",
}
UNSURE_PREFIX = {
    "en": "I'm not confident the guidance answers this; the closest material I found (unverified):",
    "zh": "我不确定指导材料能回答这个问题；以下是最接近的内容（未经核实）：",
}


def validate_question(question: str, *, max_chars: int) -> str:
    """Clean a question or raise InvalidQuestion with a friendly message."""
    text = (question or "").replace("\x00", "").strip()
    if not text:
        raise InvalidQuestion("Please type a question, e.g. “How do I choose a launch threshold for an AI feature?”")
    if len(text) > max_chars:
        raise InvalidQuestion(
            f"That message is {len(text):,} characters; questions are limited to {max_chars:,}. "
            "Ask the question on its own, or use `/aipm review` for a whole spec."
        )
    printable = sum(1 for ch in text if ch.isprintable() or ch.isspace())
    if printable / len(text) < 0.9:
        raise InvalidQuestion("That doesn't look like text. Please type your question in words.")
    return text


def contextual_query(question: str, history: list[str] | None) -> str:
    """A follow-up like “and for chatbots?” is retrieved with the earlier question as context."""
    if not history:
        return question
    if len(key_terms(question)) >= 4:
        return question
    return f"{history[-1]} {question}"


def quoted_sections(composition: Composition, source: str) -> str:
    """The sections of `source` the answer quotes, in the order it quotes them: "Guide > Steps; After
    launch". Retrieval's best passage of a guide is often not the section the composer quotes, and a
    PM who opens the named section should find the quoted words there. A page's opening lines sit under
    no heading: they add no name ("Guide > ; Pitfalls" read as a broken line)."""
    sections = list(dict.fromkeys(u.chunk.section for u in composition.units
                                  if u.chunk.source == source and u.chunk.section.strip()))
    if not sections:
        return ""
    return "; ".join([sections[0], *(section.split(" > ")[-1] for section in sections[1:])])


class Answerer:
    """The question-answering service: retrieval, confidence and an extractive, cited answer."""

    def __init__(
        self,
        settings: "Settings",
        index: "KnowledgeIndex",
        *,
        retriever: HybridRetriever | None = None,
        judge: ConfidenceJudge | None = None,
        generator: "Generator | None" = None,
    ) -> None:
        self.settings = settings
        self.generator = generator  # None: extractive answers only
        self.index = index
        self.retriever = retriever or HybridRetriever(
            index, dense_weight=settings.dense_weight, multilingual_embedder=settings.embedding_multilingual
        )
        # Which retrieved guide the answer speaks from (bot.core.source_ranking); None keeps fused order.
        self.source_ranking = load_source_ranking_model()
        self.judge = judge or ConfidenceJudge(high=settings.confidence_high, medium=settings.confidence_medium)
        self.composer = Composer(index.sentence_vectors)

    def ask(self, question: str, *, history: list[str] | None = None,
            on_token: "Callable[[str], object] | None" = None) -> Answer:
        """The answer a PM reads; with a generator, written by the model and checked (`on_token` gets its
        reply as it streams), else, or when the model fails, the extractive one."""
        started = time.perf_counter()
        question = validate_question(question, max_chars=self.settings.max_question_chars)
        asked = spelled_out(question)  # matched as the guidance words it ("ppl" -> "people"); shown as typed
        query = contextual_query(asked, history)
        retrieval = self.retriever.retrieve(query)
        if self.source_ranking is not None:
            promote_best_source(retrieval, self.source_ranking)
        best = retrieval.sources(self.settings.top_k)
        passages, sources = self.passages(retrieval, best), [c.source for c in best]
        composition = self.composer.compose(asked, retrieval, passages, sources, intent=question_intent(asked))
        parts = question_parts(asked)
        if (len(parts) > 1 or parts[0] != asked) and composition.body and not composition.note:
            # Scored against the whole question, the sentences answering one part can crowd out the other's
            # (a quote in the other language is left alone: its words cannot show which part it answers).
            vectors = self.index.embedder.embed_documents([self.retriever.dense_query_text(p) for p in parts])
            composition = answer_each_part(self.composer, parts, vectors, retrieval, passages, sources, composition)
        confidence = self.judge.judge(retrieval, composition)
        answer = self.finish(question, retrieval, confidence, composition)
        if self.generator is not None:
            from bot.core.generation.answers import write_answer

            chunks = best + self.passages(retrieval, best)
            answer = write_answer(answer, chunks, self.generator, history=history or (),
                                  label_for=self.judge.label_for, on_token=on_token,
                                  unsure=UNSURE_PREFIX[answer.lang])
            if answer.mode == "generated":
                # The check proves the model repeated its sources, not that the sources are safe: a
                # planted "email your password" passage supports a generated sentence as well as a quote.
                answer.answer = with_warning(answer.answer, lang=answer.lang)
        answer.latency_ms = (time.perf_counter() - started) * 1000
        return answer

    # -- composition -----------------------------------------------------------------------------
    @staticmethod
    def passages(retrieval: Retrieval, best: list[RetrievedChunk]) -> list[RetrievedChunk]:
        """What the composer reads: the best passage of the top three sources, plus every other passage of
        the top source that retrieval found, since an answer often spans sections of one guide (a
        question's points were mostly missed because they sat in another section of the right guide)."""
        top = best[:3]
        extra = [c for c in retrieval.chunks if top and c.source == top[0].source and c not in top]
        # The section on the model being down (or not used), when asked, is read however low retrieval put it:
        # its heading names the product, not the question's words (model_absence).
        absence = AbsenceAsk.of(retrieval.question)
        if absence:
            extra.sort(key=lambda chunk: not absence.headed_by(chunk.heading))
        extra = extra[:TOP_SOURCE_PASSAGES]
        return top[:1] + extra + top[1:]

    def finish(self, question: str, retrieval: Retrieval, confidence: Confidence, composition: Composition) -> Answer:
        """The answer a person reads: abstain, a coach's answer, or the composed quotes; its `sources` are
        what it cites, its `retrieved` everything retrieval ranked (the evaluation's recall reads those)."""
        lang = detect_language(question)
        best = retrieval.sources(self.settings.top_k)
        sources = [self._source_ref(chunk) for chunk in best]
        features = confidence.features
        # Cross-language passages share concepts with the question, not words.
        covered = max(features.get("coverage", 0), features.get("concept_coverage", 0),
                      features.get("own_words_coverage", 0))
        # Close to the guidance: in meaning for an English question, in words for a Chinese one (the
        # embedder reads English only, so every Chinese question looks close to every passage); never for
        # a question naming what the guidance lacks ("the Atlas project's budget" is about Atlas, however
        # close "budget" sits to a cost guide).
        close = not retrieval.unknown_names and (
            (lang == "en" and features.get("dense_top", 0) >= CLOSE_IN_MEANING)
            or (lang == "zh" and features.get("known_covered", 0) >= CLOSE_IN_WORDS_ZH
                and features.get("known_coverage", 0) >= CLOSE_IN_WORDS_ZH_SHARE)
        )
        in_domain = (features.get("domain_terms", 0) > 0 and covered >= 0.5) or close
        if features.get("writing_request"):
            return Answer(question, WRITING_REQUEST[lang], "extractive", confidence, [], lang, covered=False,
                          retrieved=sources)
        if confidence.label == "low" and not in_domain:
            return Answer(question, NOT_COVERED[lang], "extractive", confidence, [], lang, covered=False,
                          retrieved=sources)
        top = best[0] if best else None
        if top is not None and top.metadata.get("source_type") == SOURCE_COACH and confidence.label != "low":
            # A coach's answer is given whole and attributed: it was written for this very question.
            body = COACH_ANSWER[lang].format(date=top.metadata.get("answered_on", ""), answer=top.text.strip())
            body = with_warning(body, lang=lang)
            return Answer(question, body, "extractive", confidence, sources[:1], lang, covered=True,
                          retrieved=sources)
        body = composition.body or NOT_COVERED[lang]
        if not composition.body:
            return Answer(question, body, "extractive", confidence, [], lang, covered=False, retrieved=sources)
        if confidence.label == "low":
            body = f"{UNSURE_PREFIX[lang]}\n{body}"
            if retrieval.unknown_names:
                # The names are letters, digits, spaces and hyphens (NAME_RE): nothing Slack would parse.
                names = ", ".join(retrieval.unknown_names)
                body = f"{NEVER_MENTIONED[lang].format(names=names)} {body}"
            elif features.get("unanswered_price"):
                body = f"{NO_PRICE[lang]} {body}"
            elif features.get("unanswered_product"):
                body = f"{NO_PRODUCT[lang]} {body}"
        # A quoted document may carry planted or dangerous advice: never pass it on without a warning.
        body = with_warning(body, lang=lang)
        by_source = {ref.source: ref for ref in sources}
        cited = [replace(by_source[source], section=quoted_sections(composition, source))
                 for source in composition.sources if source in by_source]
        return Answer(question, body, "extractive", confidence, cited, lang, covered=True, retrieved=sources)

    @staticmethod
    def _source_ref(chunk: RetrievedChunk) -> SourceRef:
        score = max(chunk.dense, chunk.lexical)
        return SourceRef(
            source=chunk.source,
            title=chunk.title,
            section=chunk.section,
            score=score,
            source_type=str(chunk.metadata.get("source_type", "document")),
            metadata=chunk.metadata,
        )
