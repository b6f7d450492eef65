"""Optional: a configured chat model (AIPM_LLM) words a short coach's note from the judged feedback.

The judging stays offline and deterministic; the model only phrases what the judge found, and any
failure (timeout, outage, an empty reply) leaves the feedback exactly as it was.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from bot.core.coaching.path import Step
    from bot.core.coaching.records import Feedback

log = logging.getLogger(__name__)

NOTE_CHARS = 600
SYSTEM = (
    "You are an experienced coach of product managers who build AI products. Write a short, warm, "
    "direct note (two or three sentences, no lists, no headings) to the PM about their answer. Use "
    "only the points given: what is strong, what is missing, and end with the probing question. Do "
    "not invent facts, numbers, sources or advice that is not in the points. Write in {language}."
)


class FeedbackPhraser:
    """Turns a Feedback into a coach's note with a chat model; "" whenever that does not work."""

    def __init__(self, chat_model: "BaseChatModel") -> None:
        self.chat_model = chat_model

    def note(self, step: "Step", answer: str, feedback: "Feedback", lang: str) -> str:
        from langchain_core.messages import HumanMessage, SystemMessage

        language = "Simplified Chinese" if lang == "zh" else "English"
        points = "\n".join(
            [f"Step question: {step.prompt(lang)}", f"PM's answer: {answer}"]
            + [f"Strong: {s}" for s in feedback.strong]
            + [f"Missing: {m}" for m in feedback.missing]
            + [f"Probing question: {feedback.question}"]
        )
        try:
            reply = self.chat_model.invoke([SystemMessage(SYSTEM.format(language=language)), HumanMessage(points)])
        except Exception:  # the offline feedback is complete without the note
            log.warning("the chat model could not phrase the feedback on step %s", step.id, exc_info=True)
            return ""
        text = reply.content if isinstance(reply.content, str) else ""
        text = " ".join(text.split())
        if len(text) > NOTE_CHARS:
            text = text[: NOTE_CHARS - 1].rsplit(" ", 1)[0] + "…"
        return text
