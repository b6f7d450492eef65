"""Escalation to human coaches. No Slack here.

The Slack layer calls these methods and renders what they return. Every state change is a single
conditional UPDATE, so when two coaches act on the same escalation at once exactly one wins.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, select, update

from bot.core.records import Escalation, Status, Trigger
from bot.core.storage import Store, escalations, interactions, utcnow

TRIGGERS = tuple(Trigger)


@dataclass(frozen=True)
class Outcome:
    """The result of a coach's action: `won` is False when someone else got there first."""

    won: bool
    escalation: Escalation


class EscalationService:
    """Escalations to human coaches, backed by the Store (interactions and votes: bot.core.interactions)."""

    def __init__(self, store: Store, *, coach_user_ids: list[str] | None = None, remind_hours: float = 24.0) -> None:
        self.store = store
        self.coach_user_ids = set(coach_user_ids or [])
        self.remind_hours = remind_hours

    # -- escalations --------------------------------------------------------------------------------
    def escalate(self, interaction_id: str, trigger: str) -> tuple[Escalation, bool]:
        """Open an escalation for an interaction; (escalation, created). One per interaction."""
        existing = self._for_interaction(interaction_id)
        if existing:
            return existing, False
        row = self.store.get(interactions, interaction_id)
        if row is None:
            raise KeyError(f"unknown interaction {interaction_id}")
        try:
            escalation_id = self.store.insert(
                escalations,
                interaction_id=interaction_id,
                created_at=utcnow(),
                trigger=str(Trigger(trigger) if trigger in TRIGGERS else Trigger.ASKED),
                status=str(Status.OPEN),
                question=row["question"],
                asker=row["asker"],
                channel=row["channel"],
                thread_ts=row["thread_ts"],
                draft=row["answer"],
                label=row["label"],
                score=row["score"],
                sources=row["sources"],
            )
        except Exception:  # the unique interaction_id lost a race: the other request created it
            existing = self._for_interaction(interaction_id)
            if existing:
                return existing, False
            raise
        return self.get(escalation_id), True

    def _for_interaction(self, interaction_id: str) -> Escalation | None:
        rows = self.store.rows(select(escalations).where(escalations.c.interaction_id == interaction_id))
        return Escalation.from_row(rows[0]) if rows else None

    def get(self, escalation_id: str) -> Escalation:
        row = self.store.get(escalations, escalation_id)
        if row is None:
            raise KeyError(f"unknown escalation {escalation_id}")
        return Escalation.from_row(row)

    def set_card(self, escalation_id: str, channel: str, ts: str) -> None:
        self.store.execute(update(escalations).where(escalations.c.id == escalation_id).values(card_channel=channel, card_ts=ts))

    def may_act(self, user_id: str, channel_members: set[str] | None = None) -> bool:
        """Coaches listed in settings; when the list is empty, members of the escalation channel."""
        if self.coach_user_ids:
            return user_id in self.coach_user_ids
        return bool(channel_members) and user_id in channel_members

    def _close(self, escalation_id: str, coach: str, status: Status, **values: Any) -> Outcome:
        won = self.store.execute(
            update(escalations)
            .where(and_(escalations.c.id == escalation_id, escalations.c.status == Status.OPEN.value))
            .values(status=str(status), handled_by=coach, handled_at=utcnow(), **values)
        )
        return Outcome(bool(won), self.get(escalation_id))

    def answer(self, escalation_id: str, coach: str, text: str) -> Outcome:
        return self._close(escalation_id, coach, Status.ANSWERED, coach_answer=text.strip())

    def approve_draft(self, escalation_id: str, coach: str) -> Outcome:
        draft = self.get(escalation_id).draft
        return self._close(escalation_id, coach, Status.APPROVED, coach_answer=draft)

    def dismiss(self, escalation_id: str, coach: str, reason: str) -> Outcome:
        return self._close(escalation_id, coach, Status.DISMISSED, dismiss_reason=reason.strip())

    def rate(self, escalation_id: str, rating: int) -> None:
        self.store.execute(update(escalations).where(escalations.c.id == escalation_id).values(asker_rating=rating))

    def open_escalations(self) -> list[Escalation]:
        rows = self.store.rows(
            select(escalations).where(escalations.c.status == Status.OPEN.value).order_by(escalations.c.created_at)
        )
        return [Escalation.from_row(row) for row in rows]

    def due_reminders(self, now: dt.datetime | None = None) -> list[Escalation]:
        """Open escalations older than the reminder age that were never reminded; each is claimed once."""
        now = now or utcnow()
        cutoff = now - dt.timedelta(hours=self.remind_hours)
        due = self.store.rows(
            select(escalations).where(
                and_(escalations.c.status == Status.OPEN.value, escalations.c.created_at <= cutoff, escalations.c.reminded_at.is_(None))
            )
        )
        claimed = []
        for row in due:
            if self.store.execute(
                update(escalations)
                .where(and_(escalations.c.id == row["id"], escalations.c.reminded_at.is_(None)))
                .values(reminded_at=now)
            ):
                claimed.append(Escalation.from_row(row))
        return claimed
