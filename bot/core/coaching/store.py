"""Coaching sessions in the database: create, find the active one in a thread, save with
compare-and-set, find idle ones, and the figures `aipm report` prints."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select, update

from bot.core.coaching.records import CoachingSession, SessionStatus, StepAnswer
from bot.core.storage import Store, coaching_sessions, new_id, utcnow


class SessionConflict(RuntimeError):
    """Another message changed the session first; the caller reloads and tries again."""


def _from_row(row: dict[str, Any]) -> CoachingSession:
    return CoachingSession(
        id=row["id"], user_id=row["user_id"], surface=row["surface"], channel=row["channel"],
        thread_ts=row["thread_ts"], lang=row["lang"], idea=row["idea"], status=SessionStatus(row["status"]),
        step_index=row["step_index"], answers=tuple(StepAnswer.from_json(a) for a in row["answers"] or []),
        created_at=row["created_at"], updated_at=row["updated_at"], side_questions=row["side_questions"],
        thin_helps=row["thin_helps"], version=row["version"],
    )


class SessionStore:
    """Sessions as records; every write is one statement."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def create(self, **fields: Any) -> CoachingSession:
        now = utcnow()
        session_id = self.store.insert(
            coaching_sessions, id=new_id(), created_at=now, updated_at=now, status=SessionStatus.ACTIVE.value,
            step_index=0, answers=[], side_questions=0, thin_helps=0, version=0, **fields,
        )
        return self.get(session_id)

    def get(self, session_id: str) -> CoachingSession:
        row = self.store.get(coaching_sessions, session_id)
        if row is None:
            raise KeyError(session_id)
        return _from_row(row)

    def active_in(self, channel: str, thread_ts: str) -> CoachingSession | None:
        """The session running in this thread, if any (the newest, should there be two)."""
        rows = self.store.rows(
            select(coaching_sessions)
            .where(coaching_sessions.c.channel == channel, coaching_sessions.c.thread_ts == thread_ts,
                   coaching_sessions.c.status == SessionStatus.ACTIVE.value)
            .order_by(coaching_sessions.c.created_at.desc())
            .limit(1)
        )
        return _from_row(rows[0]) if rows else None

    def save(self, session: CoachingSession, *, touch: bool = True) -> CoachingSession:
        """Write the session if nobody changed it since it was read; SessionConflict otherwise."""
        now = utcnow()
        values: dict[str, Any] = {
            "lang": session.lang, "idea": session.idea, "status": session.status.value,
            "step_index": session.step_index, "answers": [a.to_json() for a in session.answers],
            "side_questions": session.side_questions, "thin_helps": session.thin_helps,
            "version": session.version + 1,
        }
        if touch:
            values["updated_at"] = now
        if not session.active:
            values["ended_at"] = now
        changed = self.store.execute(
            update(coaching_sessions)
            .where(coaching_sessions.c.id == session.id, coaching_sessions.c.version == session.version)
            .values(**values)
        )
        if not changed:
            raise SessionConflict(session.id)
        return self.get(session.id)

    def idle_since(self, before: dt.datetime) -> list[CoachingSession]:
        rows = self.store.rows(
            select(coaching_sessions).where(
                coaching_sessions.c.status == SessionStatus.ACTIVE.value, coaching_sessions.c.updated_at < before
            )
        )
        return [_from_row(row) for row in rows]

    def figures(self, step_ids: list[str], *, since: dt.datetime | None = None) -> dict[str, Any]:
        """Sessions started and completed, and the step where the unfinished ones stopped."""
        query = select(coaching_sessions)
        if since is not None:
            query = query.where(coaching_sessions.c.created_at >= since)
        rows = self.store.rows(query)
        stopped_at: dict[str, int] = {}
        for row in rows:
            if row["status"] in (SessionStatus.STOPPED.value, SessionStatus.IDLE_CLOSED.value):
                index = min(row["step_index"], len(step_ids) - 1)
                stopped_at[step_ids[index]] = stopped_at.get(step_ids[index], 0) + 1
        return {
            "started": len(rows),
            "completed": sum(1 for r in rows if r["status"] == SessionStatus.COMPLETED.value),
            "active": sum(1 for r in rows if r["status"] == SessionStatus.ACTIVE.value),
            "stopped_at_step": {step: stopped_at[step] for step in step_ids if step in stopped_at},
        }
