"""Guided coaching sessions: the path (steps.yml), feedback on each answer, the brief, the engine."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.core.coaching.engine import Coach
from bot.core.coaching.feedback import FeedbackJudge
from bot.core.coaching.path import CoachingPath, default_path
from bot.core.coaching.records import CoachingSession, SessionStatus, Turn, TurnKind
from bot.core.coaching.store import SessionStore

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from bot.core.retrieval import HybridRetriever
    from bot.core.storage import Store

__all__ = ["Coach", "CoachingPath", "CoachingSession", "SessionStatus", "Turn", "TurnKind", "make_coach"]


def make_coach(
    store: "Store", *, retriever: "HybridRetriever | None" = None, chat_model: "BaseChatModel | None" = None
) -> Coach:
    """The engine over the database, citing the knowledge base through `retriever` when given; a
    chat model, when given, words a coach's note on top of the offline feedback."""
    from bot.core.coaching.phrasing import FeedbackPhraser

    path = default_path()
    phraser = FeedbackPhraser(chat_model) if chat_model is not None else None
    return Coach(path, SessionStore(store), FeedbackJudge(path, retriever=retriever, phraser=phraser))
