"""Escalation to human coaches. No Slack here.

The Slack layer calls these methods and renders what they return. Every state change is a single
conditional UPDATE, so when two coaches act on the same escalation at once exactly one wins.

While the database is down an escalation is kept (bot.core.outbox.ActionOutbox) with the id its card
will carry, and written, after the interaction it is about, once the database is back.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, select, update
from sqlalchemy.exc import IntegrityError

from bot.core.outbox import ActionOutbox, database_unavailable
from bot.core.records import Escalation, Status, Trigger
from bot.core.storage import Store, escalations, interactions, new_id, utcnow

log = logging.getLogger(__name__)

TRIGGERS = tuple(Trigger)
KEPT = "escalation"  # the kind of kept action
RECENT = 2_000  # escalations remembered in memory for a database outage


@dataclass(frozen=True)
class Outcome:
    """The result of a coach's action: `won` is False when someone else got there first."""

    won: bool
    escalation: Escalation


class EscalationService:
    """Escalations to human coaches, backed by the Store (interactions and votes: bot.core.interactions)."""

    def __init__(self, store: Store, *, coach_user_ids: list[str] | None = None, remind_hours: float = 24.0,
                 actions: ActionOutbox | None = None,
                 recent: Callable[[str], dict[str, Any] | None] | None = None) -> None:
        self.store = store
        self.coach_user_ids = set(coach_user_ids or [])
        self.remind_hours = remind_hours
        self.actions = actions  # where escalations wait while the database is down
        self.recent = recent  # an interaction this process recorded lately, without the database
        # Set by whoever can reach the coaches: posts the card of an escalation written on replay
        # that has none yet (it was kept without its question, so none could be posted then).
        self.post_card: Callable[[Escalation], object] | None = None
        self._opened: dict[str, Escalation] = {}  # interaction id -> its escalation, opened lately here
        if actions is not None:
            actions.handle(KEPT, self._write_kept)

    # -- escalations --------------------------------------------------------------------------------
    def escalate(self, interaction_id: str, trigger: str) -> tuple[Escalation, bool]:
        """Open an escalation for an interaction; (escalation, created). One per interaction.

        While the database is down (or earlier kept actions wait), it is kept and returned as it
        will be written; `awaiting_record` says when even its question is not known yet."""
        trigger = str(Trigger(trigger) if trigger in TRIGGERS else Trigger.ASKED)
        if self.actions is not None:
            kept = self._kept_for(interaction_id)
            if kept:
                return kept, False
            if self.actions.flush() is None or self.actions.pending:
                return self._keep_once(interaction_id, trigger)
        try:
            escalation, created = self._escalate_now(interaction_id, trigger)
        except Exception as exc:
            if self.actions is None or not database_unavailable(exc):
                raise
            return self._keep_once(interaction_id, trigger, exc)
        # Remembered, so that asking again during an outage finds it rather than posting a second card.
        self._opened[interaction_id] = escalation
        while len(self._opened) > RECENT:
            self._opened.pop(next(iter(self._opened)))
        return escalation, created

    def _escalate_now(self, interaction_id: str, trigger: str, escalation_id: str | None = None,
                      created_at: dt.datetime | None = None) -> tuple[Escalation, bool]:
        existing = self._for_interaction(interaction_id)
        if existing:
            return existing, False
        row = self.store.get(interactions, interaction_id)
        if row is None:
            raise KeyError(f"unknown interaction {interaction_id}")
        try:
            escalation_id = self.store.insert(
                escalations, **self._values(row, trigger, escalation_id or new_id(), created_at or utcnow())
            )
        except Exception:  # the unique interaction_id lost a race: the other request created it
            existing = self._for_interaction(interaction_id)
            if existing:
                return existing, False
            raise
        return self.get(escalation_id), True

    @staticmethod
    def _values(row: dict[str, Any], trigger: str, escalation_id: str, created_at: dt.datetime) -> dict[str, Any]:
        """An escalation's row from its interaction's row."""
        return {
            "id": escalation_id, "interaction_id": row["id"], "created_at": created_at, "trigger": trigger,
            "status": str(Status.OPEN), "question": row["question"], "asker": row["asker"],
            "channel": row["channel"], "thread_ts": row["thread_ts"], "draft": row["answer"],
            "label": row["label"], "score": row["score"], "sources": row["sources"],
        }

    def _for_interaction(self, interaction_id: str) -> Escalation | None:
        kept = self._kept_for(interaction_id)
        if kept:
            return kept
        rows = self.store.rows(select(escalations).where(escalations.c.interaction_id == interaction_id))
        return Escalation.from_row(rows[0]) if rows else None

    def get(self, escalation_id: str) -> Escalation:
        kept = self.actions.kept(KEPT, id=escalation_id) if self.actions is not None else []
        if kept:
            return _escalation(kept[0])
        row = self.store.get(escalations, escalation_id)
        if row is None:
            raise KeyError(f"unknown escalation {escalation_id}")
        return Escalation.from_row(row)

    def set_card(self, escalation_id: str, channel: str, ts: str) -> None:
        if self.actions is not None and self.actions.amend(KEPT, escalation_id, card_channel=channel, card_ts=ts):
            return  # posted now, recorded with the escalation once the database is back
        self.store.execute(update(escalations).where(escalations.c.id == escalation_id).values(card_channel=channel, card_ts=ts))

    # -- kept while the database is down --------------------------------------------------------------
    def awaiting_record(self, escalation: Escalation) -> bool:
        """Kept without its question (the interaction is in the database, out of reach): its card
        can only be posted once the database is back."""
        if self.actions is None:
            return False
        return any(not k.get("question") for k in self.actions.kept(KEPT, id=escalation.id))

    def _kept_for(self, interaction_id: str) -> Escalation | None:
        kept = self.actions.kept(KEPT, interaction_id=interaction_id) if self.actions is not None else []
        return _escalation(kept[0]) if kept else None

    def _keep_once(self, interaction_id: str, trigger: str, exc: Exception | None = None) -> tuple[Escalation, bool]:
        """Kept, unless this process opened one for the answer lately (as it was then: the database
        that knows better is out of reach)."""
        opened = self._opened.get(interaction_id)
        if opened is not None:
            return opened, False
        return self._keep(interaction_id, trigger, exc), True

    def _keep(self, interaction_id: str, trigger: str, exc: Exception | None = None) -> Escalation:
        """The escalation as it will be written, with the question from the interaction when this
        process has it (answered lately or kept itself), else only what points to it."""
        row = self.recent(interaction_id) if self.recent is not None else None
        escalation_id, now = new_id(), utcnow()
        if row is not None:
            values = self._values(row, trigger, escalation_id, now)
        else:
            values = {"id": escalation_id, "interaction_id": interaction_id, "created_at": now,
                      "trigger": trigger, "status": str(Status.OPEN), "question": ""}
        assert self.actions is not None
        self.actions.keep(KEPT, values, exc)
        return _escalation(values)

    def _write_kept(self, values: dict[str, Any]) -> None:
        """Replay one kept escalation: at most one per interaction, whatever was written meanwhile."""
        if not values.get("question"):
            escalation, created = self._escalate_now(
                values["interaction_id"], values["trigger"], values["id"], values["created_at"]
            )
        else:
            try:
                self.store.insert(escalations, **values)
                escalation, created = self.get(values["id"]), True
            except IntegrityError:  # written before a crash, or escalated elsewhere meanwhile
                return
        if created and not escalation.card_ts and self.post_card is not None:
            try:
                self.post_card(escalation)
            except Exception:  # the record is written; the card can be posted by pressing again
                log.exception("could not post the card of replayed escalation %s", escalation.id)

    def may_act(self, user_id: str, channel_members: set[str] | None = None) -> bool:
        """Coaches listed in settings; when the list is empty, members of the escalation channel."""
        if self.coach_user_ids:
            return user_id in self.coach_user_ids
        return bool(channel_members) and user_id in channel_members

    def _close(self, escalation_id: str, coach: str, status: Status, **values: Any) -> Outcome:
        if self.actions is not None:
            self.actions.flush()  # an escalation kept in an outage is written before a coach closes it
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


def _escalation(values: dict[str, Any]) -> Escalation:
    """A kept escalation as the record it will be once written."""
    empty = {"asker": "", "channel": "", "thread_ts": "", "draft": "", "label": "", "score": 0.0, "sources": [],
             "card_channel": "", "card_ts": "", "handled_by": "", "handled_at": None, "coach_answer": "",
             "dismiss_reason": "", "reminded_at": None, "asker_rating": None}
    return Escalation.from_row({**empty, **values})
