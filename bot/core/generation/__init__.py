"""Generated answers through langchain chat models, with a groundedness check on every claim (docs/llm.md).

Entry points: `Generator.from_settings(settings, embedder)` (None without AIPM_LLM), `Generator.answer(...)`
or `generate_answer(...)` -> `GeneratedAnswer`, `fallback_note(...)`, `review_spec(...)` for model reviews.
"""

from bot.core.generation.chat_model import LLMConfigError, make_chat_model
from bot.core.generation.generate import (
    GeneratedAnswer,
    Generator,
    Unavailable,
    fallback_note,
    generate_answer,
)
from bot.core.generation.grounding import ClaimCheck, GroundednessChecker, GroundingReport, Verdict
from bot.core.generation.prompt import Passage, Turn, build_messages

__all__ = [
    "ClaimCheck", "GeneratedAnswer", "Generator", "GroundednessChecker", "GroundingReport", "LLMConfigError",
    "Passage", "Turn", "Unavailable", "Verdict", "build_messages", "fallback_note", "generate_answer",
    "make_chat_model",
]
