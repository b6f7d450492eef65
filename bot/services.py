"""The collaborators the CLI and the Slack layer share, built once from Settings."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from bot.config import Settings
from bot.core.index import KnowledgeIndex

if TYPE_CHECKING:
    from langchain_core.language_models.chat_models import BaseChatModel

    from bot.core.answering import Answerer
    from bot.core.asking import Asking
    from bot.core.coaching import Coach
    from bot.core.escalation import EscalationService
    from bot.core.generation import Generator
    from bot.core.health import Health
    from bot.core.ratelimit import RateLimiter
    from bot.core.interactions import InteractionService
    from bot.core.learning import CoachKnowledge
    from bot.core.review.corrections import ReviewCorrections
    from bot.core.review.reviewer import Reviewer
    from bot.core.storage import Store


class Services:
    """Holds the heavy objects; each is created on first use, never at import."""

    def __init__(self, settings: Settings, *, index: KnowledgeIndex | None = None,
                 chat_model: "BaseChatModel | None" = None) -> None:
        self.settings = settings
        self.index = index or KnowledgeIndex(settings)
        # A chat model given here stands in for the one AIPM_LLM names (tests pass langchain's fakes);
        # it is used only when AIPM_LLM is set, so every surface still takes the settings path.
        self._chat_model = chat_model

    @cached_property
    def answerer(self) -> "Answerer":
        from bot.core.answering import Answerer

        return Answerer(self.settings, self.index, generator=self.generator)

    @cached_property
    def generator(self) -> "Generator | None":
        """The model that writes answers and reviews, with its groundedness check; None without AIPM_LLM."""
        if not self.settings.llm.strip():
            return None
        from bot.core.generation import Generator

        return Generator.from_settings(self.settings, self.index.embedder, chat_model=self._chat_model)

    @cached_property
    def reviewer(self) -> "Reviewer":
        from bot.core.review.reviewer import Reviewer

        return Reviewer(self.settings, self.index, retriever=self.answerer.retriever,
                        chat_model=self.generator.chat_model if self.generator is not None else None,
                        lessons=self.review_corrections.kept if self.settings.review_learning else None)

    @cached_property
    def review_corrections(self) -> "ReviewCorrections":
        from bot.core.review.corrections import ReviewCorrections
        from bot.core.review.rubric import default_rubric

        return ReviewCorrections(self.store, self.interactions, default_rubric().ids)

    @cached_property
    def store(self) -> "Store":
        from bot.core.storage import Store

        if not self.settings.database_url:
            self.settings.data_dir.mkdir(parents=True, exist_ok=True)
        return Store(self.settings.sqlalchemy_url)

    @cached_property
    def interactions(self) -> "InteractionService":
        from bot.core.interactions import InteractionService
        from bot.core.outbox import ActionOutbox, Outbox
        from bot.core.storage import interactions

        # Beside the data even with PostgreSQL: it holds what the database could not take.
        outbox = Outbox(self.store, interactions, self.settings.data_dir / "outbox-interactions.jsonl")
        # Votes, reasons and escalations wait behind the interactions they are about.
        actions = ActionOutbox(self.store, self.settings.data_dir / "outbox-actions.jsonl", before=outbox)
        return InteractionService(self.store, outbox=outbox, actions=actions)

    @cached_property
    def escalations(self) -> "EscalationService":
        from bot.core.escalation import EscalationService

        return EscalationService(
            self.store,
            coach_user_ids=self.settings.coach_user_ids,
            remind_hours=self.settings.escalation_remind_hours,
            actions=self.interactions.actions,
            recent=self.interactions.recent_row,
        )

    @cached_property
    def asking(self) -> "Asking":
        """The shared answer flow: answer, record, and whether a coach is needed."""
        from bot.core.asking import Asking

        return Asking(self.answerer, self.interactions, health=self.health)

    @cached_property
    def rate_limiter(self) -> "RateLimiter":
        from bot.core.ratelimit import RateLimiter

        # Shared by every instance on the database; each process counts alone while it is down.
        return RateLimiter(self.settings.rate_limit_per_minute, store=self.store)

    @cached_property
    def health(self) -> "Health":
        """Open outages (knowledge base, database), so each is logged and reported once."""
        from bot.core.health import Health

        return Health()

    @cached_property
    def coach_knowledge(self) -> "CoachKnowledge":
        from bot.core.learning import CoachKnowledge

        return CoachKnowledge(self.store, self.index)

    @cached_property
    def coach(self) -> "Coach":
        """Coaching sessions; the feedback cites the knowledge base through the answerer's retriever."""
        from bot.core.coaching import make_coach

        # AIPM_LLM set: a coach's note worded by the model on top of the offline feedback; the same model
        # (built once) that writes answers and reviews.
        return make_coach(
            self.store, retriever=self.answerer.retriever,
            chat_model=self.generator.chat_model if self.generator is not None else None,
        )
