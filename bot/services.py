"""The collaborators the CLI and the Slack layer share, built once from Settings."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from bot.config import Settings
from bot.core.index import KnowledgeIndex

if TYPE_CHECKING:
    from bot.core.answering import Answerer


@dataclass
class Services:
    """Holds the heavy objects; each is created on first use, never at import."""

    settings: Settings
    index: KnowledgeIndex = field(init=False)

    def __post_init__(self) -> None:
        self.index = KnowledgeIndex(self.settings)

    @cached_property
    def answerer(self) -> "Answerer":
        from bot.core.answering import Answerer

        return Answerer(self.settings, self.index)
