"""The collaborators the CLI and the Slack layer share, built once from Settings."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from bot.config import Settings
from bot.core.index import KnowledgeIndex

if TYPE_CHECKING:
    from bot.core.answering import Answerer
    from bot.core.review.reviewer import Reviewer


class Services:
    """Holds the heavy objects; each is created on first use, never at import."""

    def __init__(self, settings: Settings, *, index: KnowledgeIndex | None = None) -> None:
        self.settings = settings
        self.index = index or KnowledgeIndex(settings)

    @cached_property
    def answerer(self) -> "Answerer":
        from bot.core.answering import Answerer

        return Answerer(self.settings, self.index)

    @cached_property
    def reviewer(self) -> "Reviewer":
        from bot.core.review.reviewer import Reviewer

        return Reviewer(self.settings, self.index, retriever=self.answerer.retriever)
