"""The answer flow every surface shares: answer, record the interaction, say whether a coach is needed.

The Slack layer (bot.slack.flows.ask) renders an `Asked` and, when `needs_coach`, opens the
escalation; nothing here knows about Slack.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.core.health import Health, Incident
from bot.core.index import IndexUnavailable
from bot.core.records import Label
from bot.errors import UserError

if TYPE_CHECKING:
    from bot.core.answering import Answer, Answerer
    from bot.core.interactions import InteractionService

log = logging.getLogger(__name__)

KNOWLEDGE_BASE = "knowledge base"


class KnowledgeBaseDown(UserError, RuntimeError):
    """The knowledge base cannot be reached; `incident.new` for the question that found it down."""

    def __init__(self, message: str, incident: Incident) -> None:
        super().__init__(message)
        self.incident = incident


@dataclass(frozen=True)
class Asked:
    """One answered question and what became of its record."""

    answer: "Answer"
    interaction_id: str | None  # None when the database could not be written
    recovered: Incident | None = None  # the knowledge-base outage this answer ended, if any

    @property
    def recorded(self) -> bool:
        return self.interaction_id is not None

    @property
    def needs_coach(self) -> bool:
        """A low-confidence answer goes to a coach at once, if there is a record to escalate."""
        return self.recorded and self.answer.confidence.label == Label.LOW


class Asking:
    """Answers a question and records it; `bot.core.answering.InvalidQuestion` passes through."""

    def __init__(
        self, answerer: "Answerer", interactions: "InteractionService", *, health: Health | None = None
    ) -> None:
        self.answerer = answerer
        self.interactions = interactions
        self.health = health or Health()

    def ask(
        self,
        question: str,
        *,
        history: Sequence[str] = (),
        surface: str,
        asker: str = "",
        channel: str = "",
        thread_ts: str = "",
        on_token: "Callable[[str], object] | None" = None,
    ) -> Asked:
        """`on_token` receives a generated answer as the model writes it (before its check)."""
        try:
            answer = self.answerer.ask(question, history=list(history), on_token=on_token)
        except IndexUnavailable as exc:
            # Logged once per outage by Health, not once per question.
            incident = self.health.failed(KNOWLEDGE_BASE, str(exc))
            raise KnowledgeBaseDown(
                "The knowledge base is unavailable right now, so I can't answer from the guidance.",
                incident,
            ) from exc
        recovered = self.health.succeeded(KNOWLEDGE_BASE)
        try:
            interaction_id = self.interactions.record_interaction(
                answer, surface=surface, asker=asker, channel=channel, thread_ts=thread_ts
            )
        except Exception:
            # The database is the record; when it cannot be written the person still gets the answer.
            log.exception("could not record the interaction in %s; answering anyway", channel)
            interaction_id = None
        return Asked(answer, interaction_id, recovered)
