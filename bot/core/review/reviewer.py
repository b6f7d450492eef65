"""The spec reviewer: rubric item statuses, evidence, grounded advice, a readiness score and top fixes."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field, replace
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from bot.core.review.analysis import ItemSignals, SpecAnalyser
from bot.core.review.documents import check_spec_text
from bot.core.review.guidance import Advice, Guidance
from bot.core.review.injection import find_injections
from bot.core.review.scripts import read_nothing, unread_script, unread_script_warning
from bot.core.review.placeholders import exclude_placeholders
from bot.core.review.rubric import Rubric, RubricItem, default_rubric
from bot.core.documents.structure import LEADING_MARKS_RE, sentence_spans
from bot.core.review.spec import ParsedSpec, parse_spec
from bot.core.review.wording import word_count
from bot.core.text import detect_language

if TYPE_CHECKING:
    from langchain_core.language_models.chat_models import BaseChatModel

    from bot.config import Settings
    from bot.core.index import KnowledgeIndex
    from bot.core.retrieval import HybridRetriever
    from bot.core.review.corrections import Correction

log = logging.getLogger(__name__)

SEVERITY_ORDER = ("blocker", "major", "minor")
SEVERITY_WEIGHT = {"blocker": 3.0, "major": 2.0, "minor": 1.0}
STATUS_CREDIT = {"present": 1.0, "partial": 0.5, "missing": 0.0}
# A half-covered item is one step less urgent than a missing one.
PARTIAL_SEVERITY = {"blocker": "major", "major": "minor", "minor": "minor"}
MODEL_UNAVAILABLE = {
    "en": "The language model's review was unavailable ({reason}), so these verdicts are the offline reviewer's.",
    "zh": "语言模型审阅暂不可用（{reason}），以下结论来自离线审阅。",
}
STATUS_MARKS = {"present": "[x]", "partial": "[~]", "missing": "[ ]"}
MAX_EVIDENCE = 3
MAX_QUOTE_CHARS = 300
TOP_FIXES = 3


@dataclass
class ItemResult:
    """The verdict on one rubric item."""

    id: str
    name: str
    status: str  # present | partial | missing
    severity: str | None  # blocker | major | minor for a gap, None when present
    evidence: list[str]  # the spec's own sentences, quoted exactly; empty when missing
    suggestion: str
    question: str
    citations: list[str] = field(default_factory=list)  # knowledge files the suggestion draws on
    reason: str = ""  # why this status, in a few words

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "status": self.status,
            "severity": self.severity,
            "evidence": list(self.evidence),
            "suggestion": self.suggestion,
            "question": self.question,
            "citations": list(self.citations),
            "reason": self.reason,
        }


@dataclass
class Review:
    """A whole review. `score` is readiness in [0, 1], each item weighted by its severity."""

    score: float
    items: list[ItemResult]
    top_fixes: list[ItemResult]
    warnings: list[str] = field(default_factory=list)
    words: int = 0
    lang: str = "en"
    latency_ms: float = 0.0
    model_items: list[str] = field(default_factory=list)  # items a language model judged (docs/llm.md)

    def item(self, item_id: str) -> ItemResult:
        return next(result for result in self.items if result.id == item_id)

    @property
    def statuses(self) -> dict[str, str]:
        return {result.id: result.status for result in self.items}

    def to_json(self) -> dict[str, Any]:
        """The `aipm review --json` contract."""
        return {
            "score": self.score,
            "items": [result.to_json() for result in self.items],
            "top_fixes": [
                {
                    "id": fix.id,
                    "name": fix.name,
                    "status": fix.status,
                    "severity": fix.severity,
                    "suggestion": fix.suggestion,
                }
                for fix in self.top_fixes
            ],
            "warnings": list(self.warnings),
            **({"model_items": list(self.model_items)} if self.model_items else {}),
        }


def readiness(results: list[ItemResult], rubric: Rubric) -> float:
    """Severity-weighted share of the rubric that is covered: present counts 1, partial 0.5."""
    total = covered = 0.0
    for result in results:
        weight = SEVERITY_WEIGHT[rubric.get(result.id).severity]
        total += weight
        covered += weight * STATUS_CREDIT[result.status]
    return round(covered / total, 3) if total else 0.0


def top_fixes(results: list[ItemResult], limit: int = TOP_FIXES) -> list[ItemResult]:
    """Gaps by severity, then rubric order (the order of `results`)."""
    gaps = [r for r in results if r.status != "present"]
    return sorted(gaps, key=lambda r: SEVERITY_ORDER.index(r.severity or "minor"))[:limit]


def _quote(text: str) -> str:
    """A sentence as evidence: exact (list marks dropped), cut at a word boundary when very long."""
    text = LEADING_MARKS_RE.sub("", text)
    if len(text) <= MAX_QUOTE_CHARS:
        return text
    cut = text[:MAX_QUOTE_CHARS]
    space = cut.rfind(" ")
    return cut[:space].rstrip(" ,;:") if space > MAX_QUOTE_CHARS // 2 else cut


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


def _first_sentence(text: str) -> str:
    begin, end = sentence_spans(text)[0]
    return text[begin:end].rstrip(".")


class Reviewer:
    """Reviews a spec against the rubric without any LLM.

    The knowledge index is used only for the advice and its citations; the statuses come from the spec
    and the rubric (see bot/core/review/analysis.py for the rules).
    """

    def __init__(
        self,
        settings: "Settings",
        index: "KnowledgeIndex",
        *,
        retriever: "HybridRetriever | None" = None,
        rubric: Rubric | None = None,
        chat_model: "BaseChatModel | None" = None,
        lessons: "Callable[[], Sequence[Correction]] | None" = None,
    ) -> None:
        self.settings = settings
        # The corrections people made (bot/core/review/corrections.py), read before each review so one
        # made on another instance, or removed by a coach, counts or stops counting at the next review.
        self.lessons = lessons
        self._learned: tuple[str, ...] = ()
        self.chat_model = chat_model  # with one, its quoted verdicts replace the offline ones (docs/llm.md)
        self.index = index
        self.rubric = rubric or default_rubric()
        if retriever is None:
            from bot.core.retrieval import HybridRetriever

            retriever = HybridRetriever(
                index, dense_weight=settings.dense_weight, multilingual_embedder=settings.embedding_multilingual
            )
        self.retriever = retriever
        self.guidance = Guidance(index, retriever)
        self.analyser = SpecAnalyser(self.rubric, index.embedder.embed_documents)

    def review(self, text: str) -> Review:
        """Review spec text. Raises SpecError (bot.core.review.documents) for empty or oversized text."""
        started = time.perf_counter()
        text = check_spec_text(text)
        self.catch_up()
        spec, warnings = self.parse(text)
        signals = self.analyser.analyse(spec)
        lang = detect_language(text)
        knowledge_used = True
        results = []
        for sig in signals:
            advice = self.guidance.advice(sig.item, lang=lang)
            knowledge_used = knowledge_used and advice.from_knowledge
            results.append(self._result(sig, spec, advice))
        model_items: list[str] = []
        if self.chat_model is not None:
            results, model_items, model_warnings = self._with_model(results, text, lang)
            warnings += model_warnings
        # A review that found something has read the spec: the script is counted only when it found next to nothing.
        if read_nothing([r.status for r in results]) and (script := unread_script(text)):
            warnings.append(unread_script_warning(script))
        if not knowledge_used:
            warnings.append(
                "The knowledge index is empty or unavailable, so advice cites the rubric's sources without "
                "quoting them; run `aipm ingest`."
            )
        review = Review(
            # A mostly unfilled template is not nearly ready, whatever its few filled lines say.
            score=round(readiness(results, self.rubric) * (1 - spec.unfilled_share if spec.unfilled_share > 0.5 else 1), 3),
            items=results,
            top_fixes=top_fixes(results),
            warnings=warnings,
            words=word_count(text),
            lang=lang,
            model_items=model_items,
        )
        review.latency_ms = round((time.perf_counter() - started) * 1000, 1)
        return review

    def catch_up(self) -> None:
        """Learn the corrections kept since the last review (and forget removed ones). While the
        database is down the review goes on with what was learned before."""
        if self.lessons is None:
            return
        positions = {item_id: position for position, item_id in enumerate(self.rubric.ids)}
        try:
            lessons = [c for c in self.lessons() if c.item_id in positions]
        except Exception as exc:  # one line: a driver's message may carry the database's address
            log.warning("could not read the review corrections (%s); reviewing with those read before",
                        exc.__class__.__name__)
            return
        ids = tuple(c.id for c in lessons)
        if ids == self._learned:
            return
        kinds = {"present": "good", "partial": "partial"}
        self.analyser.meanings.learn([(positions[c.item_id], kinds[c.status], c.line) for c in lessons])
        self._learned = ids

    @staticmethod
    def parse(text: str) -> tuple[ParsedSpec, list[str]]:
        """The parsed spec with embedded instructions excluded, and a warning for each one."""
        spec = parse_spec(text)
        injections = find_injections(spec.lines)
        flagged = {found.line for found in injections}
        for unit in spec.units:
            if unit.line in flagged:
                unit.excluded = True
        warnings = [found.warning() for found in injections]
        template = exclude_placeholders(spec)
        if template.mostly_unfilled:
            warnings.append(template.warning())
        spec.unfilled_share = template.share
        return spec, warnings

    # -- per item ----------------------------------------------------------------------------------
    def _with_model(self, results: list[ItemResult], text: str, lang: str
                    ) -> tuple[list[ItemResult], list[str], list[str]]:
        """Trusted model verdicts replace their item's status, evidence and reason; the offline, cited
        suggestion stays. (results, ids the model judged, warnings); never raises for model trouble."""
        from bot.core.generation.review import ModelReviewer

        verdicts, failure = ModelReviewer(self.chat_model).review(text, self.rubric)
        merged = []
        for result in results:
            verdict = verdicts.get(result.id)
            if verdict is None:
                merged.append(result)
                continue
            severity = self.rubric.get(result.id).severity
            merged.append(replace(
                result, status=verdict.status,
                severity={"present": None, "missing": severity}.get(verdict.status, PARTIAL_SEVERITY[severity]),
                evidence=list(verdict.evidence) if verdict.status != "missing" else [],
                reason=verdict.reason.strip() or result.reason,
            ))
        warnings = [MODEL_UNAVAILABLE.get(lang, MODEL_UNAVAILABLE["en"]).format(reason=failure)] if failure else []
        return merged, sorted(verdicts), warnings

    def _result(self, sig: ItemSignals, spec: ParsedSpec, advice: Advice) -> ItemResult:
        item = sig.item
        status = sig.status
        severity = {"present": None, "missing": item.severity}.get(status, PARTIAL_SEVERITY[item.severity])
        evidence = self._evidence(sig, spec) if status != "missing" else []
        suggestion, citations = self._suggestion(item, sig, advice)
        return ItemResult(
            id=item.id,
            name=item.name,
            status=status,
            severity=severity,
            evidence=evidence,
            suggestion=suggestion,
            question=item.question,
            citations=citations,
            reason=sig.reason,
        )

    @staticmethod
    def _evidence(sig: ItemSignals, spec: ParsedSpec) -> list[str]:
        """The sentences behind the verdict: specifics for present, hand-waving or mentions for partial."""
        by_index = {u.index: u for u in spec.units if not u.excluded}
        order: list[int] = []
        concrete = sorted(sig.concrete, key=lambda i: (-len(sig.concrete[i]), i))
        quantities = sorted(sig.quantities, key=lambda i: (-len(sig.quantities[i]), i))
        mentions = sorted(sig.cue_units)
        topic = [i for i in sig.topic_units if by_index[i].kind != "heading"]
        # The sentences that read most like the item's good exemplars explain a verdict found by meaning.
        meant = sorted(sig.meant, key=lambda i: (-sig.meant[i], i))
        # A sentence that names the item ("The customer picks 'Print anyway' …") is what a PM recognises as
        # the evidence; the numbers of the section it sits in may be about something else (the problem's
        # "1,870 reprints").
        named = sorted(set(sig.unit_cues) | set(sig.cue_units))
        if sig.status == "present":
            order = [*meant, *[i for i in concrete if i in named], *named, *concrete, *quantities, *topic]
        else:
            order = [*sorted(sig.vague), *meant, *topic, *mentions, *concrete]
        quotes: list[str] = []
        for index in order:
            unit = by_index.get(index)
            if unit is None or unit.kind == "heading" and len(order) > 1:
                continue
            quote = _quote(unit.text)
            if quote not in quotes:
                quotes.append(quote)
            if len(quotes) >= MAX_EVIDENCE:
                break
        return quotes

    @staticmethod
    def _suggestion(item: RubricItem, sig: ItemSignals, advice: Advice) -> tuple[str, list[str]]:
        good = f"A strong spec {_lower_first(_first_sentence(item.good))}."
        if sig.status == "missing":
            lead = f"Missing: add “{item.name}” to the spec. {good}"
        elif sig.status == "partial":
            lead = f"Only partly covered: {sig.reason}. {good}"
        else:
            lead = "Covered; check it against the guidance."
        citations = list(advice.sources)
        see = f" (see {', '.join(citations)})" if citations else ""
        if advice.sentence:
            return f"{lead} From the guidance: “{advice.sentence}”{see}", citations
        return f"{lead}{see}", citations
