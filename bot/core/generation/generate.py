"""Generated answers: ask the chat model, check every claim against the passages, never raise to the PM."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from bot.core.generation.claims import parse_citations
from bot.core.generation.grounding import ClaimCheck, GroundednessChecker, GroundingReport
from bot.core.generation.prompt import Passage, Turn, build_messages
from bot.core.text import detect_language

if TYPE_CHECKING:
    from langchain_core.embeddings import Embeddings
    from langchain_core.language_models.chat_models import BaseChatModel
    from langchain_core.messages import BaseMessage

    from bot.config import Settings

log = logging.getLogger(__name__)

# Our own fences, or chat-template tokens, in the output mean the model echoed the prompt or broke down.
MALFORMED_RE = re.compile(r"</?\s*(?:passages?|question|history)\b|<\|[a-z_]+\|>|\[INST\]", re.IGNORECASE)
# ... except a closing fence after the answer: the model closed the block it was quoting, and what it said
# before it is checked like any answer (a small model does this with one build of llama.cpp and not another).
TRAILING_FENCE_RE = re.compile(r"(?:\s*</\s*(?:passages?|question|history)\s*>)+\s*$", re.IGNORECASE)


class Unavailable(StrEnum):
    """Why a generated answer could not be given; the PM then gets the extractive one."""

    TIMEOUT = "timeout"
    RATE_LIMITED = "rate_limited"
    SERVER_DOWN = "server_down"
    ERROR = "error"
    EMPTY = "empty"
    MALFORMED = "malformed"
    UNGROUNDED = "ungrounded"  # too few of its claims are backed by the passages


REASON_TEXT = {
    "en": {
        Unavailable.TIMEOUT: "the language model took too long",
        Unavailable.RATE_LIMITED: "the language model is rate-limited",
        Unavailable.SERVER_DOWN: "the language model could not be reached",
        Unavailable.ERROR: "the language model returned an error",
        Unavailable.EMPTY: "the language model returned nothing",
        Unavailable.MALFORMED: "the language model's reply was unusable",
        Unavailable.UNGROUNDED: "it said more than the guidance supports",
    },
    "zh": {
        Unavailable.TIMEOUT: "语言模型响应超时",
        Unavailable.RATE_LIMITED: "语言模型请求过于频繁",
        Unavailable.SERVER_DOWN: "无法连接语言模型",
        Unavailable.ERROR: "语言模型返回了错误",
        Unavailable.EMPTY: "语言模型没有返回内容",
        Unavailable.MALFORMED: "语言模型的回复无法使用",
        Unavailable.UNGROUNDED: "它的内容超出了指南所支持的范围",
    },
}


def fallback_note(reason: Unavailable, question: str) -> str:
    """The one line shown above the extractive answer when the generated one is unavailable."""
    if detect_language(question) == "zh":
        return f"生成式回答暂不可用（{REASON_TEXT['zh'][reason]}），以下直接引用指南原文。"
    return f"A written answer was unavailable ({REASON_TEXT['en'][reason]}), so this one quotes the guidance."


@dataclass(frozen=True)
class GeneratedAnswer:
    """One generated answer after the groundedness check; `failure` set means show the extractive one."""

    text: str  # what the PM reads: supported claims only ('' when failure is set)
    raw_text: str  # what the model wrote
    citations: tuple[int, ...]  # 1-based passage numbers `text` cites
    claims: tuple[ClaimCheck, ...]  # every checked claim of raw_text with its verdict
    supported_share: float  # share of raw_text's claims the passages back (feeds confidence)
    failure: Unavailable | None
    latency_ms: float
    input_tokens: int = 0
    output_tokens: int = 0
    covered: bool = True  # False when the model said the passages do not cover the question

    @property
    def available(self) -> bool:
        return self.failure is None

    @property
    def removed(self) -> tuple[ClaimCheck, ...]:
        """Claims taken out of the answer because no cited passage backs them."""
        return tuple(c for c in self.claims if not c.supported)

    @property
    def changed(self) -> bool:
        """The shown text differs from the streamed one, so a streamed message must be replaced."""
        return self.failure is not None or bool(self.removed)

    def to_json(self) -> dict[str, Any]:
        """The generation part of the answer JSON contract (the caller adds mode, sources, confidence)."""
        return {
            "text": self.text,
            "citations": list(self.citations),
            "supported_share": round(self.supported_share, 3),
            "failure": self.failure.value if self.failure else None,
            "covered": self.covered,
            "latency_ms": round(self.latency_ms, 1),
            "input_tokens": self.input_tokens,
            "output_tokens": self.output_tokens,
            "claims": [
                {"text": c.claim.text, "verdict": c.verdict.value, "passage": c.passage, "reason": c.reason}
                for c in self.claims
            ],
        }

    def cap_confidence(self, label: str) -> str:
        """An answer whose model made any unsupported claim is never 'high', even after removal."""
        return "medium" if label == "high" and self.supported_share < 1.0 else label


def classify_failure(exc: BaseException) -> Unavailable:
    """Map provider exceptions (openai, anthropic, httpx, ollama) to a reason without importing them."""
    names = {cls.__name__ for cls in type(exc).__mro__}
    status = getattr(exc, "status_code", None) or getattr(getattr(exc, "response", None), "status_code", None)
    if names & {"TimeoutError", "APITimeoutError", "TimeoutException", "ReadTimeout", "ConnectTimeout"}:
        return Unavailable.TIMEOUT
    if status == 429 or any("RateLimit" in name for name in names):
        return Unavailable.RATE_LIMITED
    if (isinstance(status, int) and status >= 500) or names & {
        "APIConnectionError", "ConnectError", "ConnectionError", "InternalServerError", "ServiceUnavailableError",
    }:
        return Unavailable.SERVER_DOWN
    return Unavailable.ERROR


def message_text(message: "BaseMessage") -> str | None:
    """The text of a reply; None when it carries no text at all (only tool calls or images)."""
    content = message.content
    if isinstance(content, str):
        return content
    parts = [p if isinstance(p, str) else p.get("text", "") for p in content if isinstance(p, (str, dict))]
    text = "".join(p for p in parts if isinstance(p, str))
    return text if text or not content else None


def _usage(message: "BaseMessage") -> tuple[int, int]:
    usage = getattr(message, "usage_metadata", None) or {}
    return int(usage.get("input_tokens", 0) or 0), int(usage.get("output_tokens", 0) or 0)


def _call(chat_model: "BaseChatModel", messages: list["BaseMessage"], on_token: Callable[[str], Any] | None):
    if on_token is None:
        return chat_model.invoke(messages)
    final = None
    for chunk in chat_model.stream(messages):
        final = chunk if final is None else final + chunk
        piece = chunk.content if isinstance(chunk.content, str) else ""
        if piece:
            on_token(piece)
    if final is None:
        from langchain_core.messages import AIMessage

        return AIMessage("")
    return final


def _drop_unfinished(text: str) -> str:
    # A reply cut at max_tokens ends mid-sentence; a half sentence is not a claim anyone can check.
    match = re.search(r"^(.*[.!?。！？\]】])", text, re.DOTALL)
    return match.group(1) if match else text


def generate_answer(
    question: str,
    passages: Sequence[Passage],
    history: Sequence[Turn | str],
    chat_model: "BaseChatModel",
    embedder: "Embeddings | None" = None,
    *,
    checker: GroundednessChecker | None = None,
    min_supported: float = 0.5,
    max_sentences: int = 4,
    on_token: Callable[[str], Any] | None = None,
) -> GeneratedAnswer:
    """Write an answer from `passages` with `chat_model`, keep only the claims they back.

    Never raises for model trouble: a timeout, rate limit, unreachable server, empty or malformed reply,
    or an answer with too few supported claims returns a record whose `failure` says why; the caller shows
    the extractive answer under `fallback_note(...)`. With `on_token`, the reply streams through it as it
    arrives; when `changed` is true afterwards, the streamed text must be replaced by `text`.
    """
    if checker is None:
        if embedder is None:
            raise ValueError("generate_answer needs an embedder or a GroundednessChecker")
        checker = GroundednessChecker(embedder)
    messages = build_messages(question, passages, history, max_sentences=max_sentences)
    started = time.perf_counter()

    def unavailable(reason: Unavailable, raw: str = "", report: GroundingReport | None = None,
                    tokens: tuple[int, int] = (0, 0)) -> GeneratedAnswer:
        return GeneratedAnswer(
            text="", raw_text=raw, citations=(), claims=report.checks if report else (),
            supported_share=report.supported_share if report else 0.0, failure=reason,
            latency_ms=(time.perf_counter() - started) * 1000, input_tokens=tokens[0], output_tokens=tokens[1],
        )

    try:
        reply = _call(chat_model, messages, on_token)
    except Exception as exc:  # every provider failure becomes a fallback, never a PM-facing error
        reason = classify_failure(exc)
        log.warning("generated answer unavailable: %s (%s)", reason.value, type(exc).__name__)
        return unavailable(reason)
    latency_ms = (time.perf_counter() - started) * 1000
    tokens = _usage(reply)
    raw = message_text(reply)
    if raw is None:
        log.warning("generated answer unavailable: malformed (no text in the reply)")
        return unavailable(Unavailable.MALFORMED, tokens=tokens)
    raw = raw.strip()  # what the model wrote (and streamed), kept as it was
    said = TRAILING_FENCE_RE.sub("", raw).strip()  # what it answered
    if not said:
        log.warning("generated answer unavailable: empty reply")
        return unavailable(Unavailable.EMPTY, tokens=tokens)
    if MALFORMED_RE.search(said) or sum(ch.isalpha() for ch in said) < max(3, len(said) // 4):
        log.warning("generated answer unavailable: malformed reply")
        return unavailable(Unavailable.MALFORMED, raw, tokens=tokens)
    if (reply.response_metadata or {}).get("finish_reason") == "length":
        said = _drop_unfinished(said)
    report = checker.check(said, [p.text for p in passages])
    if not report.checks and not report.abstentions:
        return unavailable(Unavailable.MALFORMED, raw, report, tokens)
    supported = [c for c in report.checks if c.supported]
    if report.checks and (not supported or report.supported_share < min_supported):
        log.info("generated answer fell back: %d of %d claims supported", len(supported), len(report.checks))
        return unavailable(Unavailable.UNGROUNDED, raw, report, tokens)
    text = report.supported_text()
    return GeneratedAnswer(
        text=text, raw_text=raw, citations=parse_citations(text), claims=report.checks,
        supported_share=report.supported_share, failure=None, latency_ms=latency_ms,
        input_tokens=tokens[0], output_tokens=tokens[1], covered=bool(supported),
    )


class Generator:
    """Chat model + groundedness checker + settings, built once: the one object the answer flow holds."""

    def __init__(self, chat_model: "BaseChatModel", checker: GroundednessChecker, *, min_supported: float = 0.5,
                 max_sentences: int = 4) -> None:
        self.chat_model = chat_model
        self.checker = checker
        self.min_supported = min_supported
        self.max_sentences = max_sentences

    @classmethod
    def from_settings(cls, settings: "Settings", embedder: "Embeddings",
                      chat_model: "BaseChatModel | None" = None) -> "Generator | None":
        """None when AIPM_LLM is empty: the bot answers extractively, as without this module.

        `chat_model` replaces the one AIPM_LLM names (a test's fake); the other settings still apply."""
        from bot.core.generation.chat_model import make_chat_model

        if not settings.llm.strip():
            return None
        chat_model = chat_model if chat_model is not None else make_chat_model(settings)
        if chat_model is None:
            return None
        return cls(chat_model, GroundednessChecker(embedder), min_supported=settings.llm_min_supported,
                   max_sentences=max(2, settings.answer_sentences + 1))

    def answer(self, question: str, passages: Sequence[Passage], history: Sequence[Turn | str] = (), *,
               on_token: Callable[[str], Any] | None = None) -> GeneratedAnswer:
        return generate_answer(
            question, passages, history, self.chat_model, checker=self.checker,
            min_supported=self.min_supported, max_sentences=self.max_sentences, on_token=on_token,
        )
