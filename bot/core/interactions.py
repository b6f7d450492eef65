"""The record of every answered question (an interaction) and of the 👍/👎 votes on it. No Slack here.

While the database is down, interactions wait in an `Outbox` and votes and reasons in an
`ActionOutbox`; both are written, in order, once it is back.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, select, update
from sqlalchemy.exc import IntegrityError

from bot.core.records import Interaction, VoteTally
from bot.core.storage import Store, feedback, interactions, new_id, utcnow

if TYPE_CHECKING:
    from bot.core.answering import Answer
    from bot.core.outbox import ActionOutbox, Outbox

RECENT = 2_000  # interactions remembered in memory, so a vote or "Ask a human" works while the database is down


class InteractionService:
    """Interactions and votes, backed by the Store."""

    def __init__(self, store: Store, *, outbox: "Outbox | None" = None, actions: "ActionOutbox | None" = None) -> None:
        self.store = store
        self.outbox = outbox  # where interactions wait while the database is down
        self.actions = actions  # where votes and reasons wait (after the interactions they are on)
        self._recent: OrderedDict[str, dict[str, Any]] = OrderedDict()
        self._recent_lock = threading.Lock()
        if actions is not None:
            actions.handle("vote", self._write_vote)
            actions.handle("reason", self._write_reason)

    # -- interactions -------------------------------------------------------------------------------
    def record_interaction(
        self,
        answer: "Answer",
        *,
        surface: str,
        asker: str = "",
        channel: str = "",
        thread_ts: str = "",
        message_ts: str = "",
    ) -> str:
        return self._record(
            surface=surface, asker=asker, channel=channel, thread_ts=thread_ts, message_ts=message_ts,
            question=answer.question, answer=answer.answer, label=answer.confidence.label,
            score=answer.confidence.score, sources=[s.to_json() for s in answer.sources],
            latency_ms=round(answer.latency_ms, 1), mode=answer.mode, fallback=answer.fallback,
        )

    def record_review(
        self, review: Any, spec: str, *, surface: str = "review", asker: str = "", channel: str = "", thread_ts: str = ""
    ) -> str:
        """A spec review as an interaction: the spec is the question, the review summary the draft."""
        gaps = [f"{item.name}: {item.status}" for item in review.items if item.status != "present"]
        summary = f"Spec review, readiness {review.score:.0%}. Gaps: " + ("; ".join(gaps) or "none")
        return self._record(
            surface=surface, asker=asker, channel=channel, thread_ts=thread_ts, question=spec,
            answer=summary, label="", score=review.score, sources=[],
            latency_ms=round(getattr(review, "latency_ms", 0.0), 1),
        )

    def _record(self, **values: Any) -> str:
        if self.outbox is None:
            return self.store.insert(interactions, created_at=utcnow(), **values)
        row = {"id": new_id(), "created_at": utcnow(), "message_ts": "", "mode": "", "fallback": "", **values}
        self.outbox.write(row)  # now, or once the database is back
        self._remember(row)
        return row["id"]

    def set_message_ts(self, interaction_id: str, message_ts: str) -> None:
        with self._recent_lock:
            if interaction_id in self._recent:
                self._recent[interaction_id]["message_ts"] = message_ts
        if self.outbox is not None and self.outbox.amend(interaction_id, message_ts=message_ts):
            return
        self.store.execute(update(interactions).where(interactions.c.id == interaction_id).values(message_ts=message_ts))

    def interaction(self, interaction_id: str) -> Interaction | None:
        """The recorded interaction, or None when there is none. While the database is down, one this
        process recorded lately (or is keeping) is still found; any other raises the database's error."""
        try:
            row = self.store.get(interactions, interaction_id)
        except Exception:
            row = self.recent_row(interaction_id)
            if row is None:
                raise
        row = row or self.recent_row(interaction_id)  # still in the outbox: written at the next retry
        return Interaction.from_row(row) if row else None

    def recent_row(self, interaction_id: str) -> dict[str, Any] | None:
        """The row as this process recorded it lately (kept or written), without asking the database."""
        with self._recent_lock:
            row = self._recent.get(interaction_id)
        return dict(row) if row else None

    def _remember(self, row: dict[str, Any]) -> None:
        with self._recent_lock:
            self._recent[row["id"]] = dict(row)
            while len(self._recent) > RECENT:
                self._recent.popitem(last=False)

    # -- feedback -----------------------------------------------------------------------------------
    def vote(self, interaction_id: str, user_id: str, vote: int, reason: str = "") -> None:
        """Record 👍 (+1) or 👎 (-1); a second click by the same person changes the vote. While the
        database is down the vote is kept and written, in order, once it is back."""
        values = {"interaction_id": interaction_id, "user_id": user_id, "vote": 1 if vote > 0 else -1,
                  "reason": reason, "at": utcnow()}
        if self.actions is None:
            self._write_vote(values)
        else:
            self.actions.run("vote", values)

    def set_vote_reason(self, interaction_id: str, user_id: str, reason: str) -> None:
        values = {"interaction_id": interaction_id, "user_id": user_id, "reason": reason, "at": utcnow()}
        if self.actions is None:
            self._write_reason(values)
        else:
            self.actions.run("reason", values)

    def _write_vote(self, values: dict[str, Any]) -> None:
        """The vote as an upsert, at the time it was cast: writing it twice leaves the same row."""
        interaction_id, user_id, vote, reason, now = (
            values["interaction_id"], values["user_id"], values["vote"], values.get("reason", ""), values["at"]
        )
        changed = self.store.execute(
            update(feedback)
            .where(and_(feedback.c.interaction_id == interaction_id, feedback.c.user_id == user_id))
            .values(vote=vote, updated_at=now, **({"reason": reason} if reason else {}))
        )
        if not changed:
            try:
                self.store.insert(feedback, interaction_id=interaction_id, user_id=user_id, vote=vote,
                                  reason=reason, created_at=now, updated_at=now)
            except IntegrityError:  # a concurrent first click by the same user: fall back to the update
                self.store.execute(
                    update(feedback)
                    .where(and_(feedback.c.interaction_id == interaction_id, feedback.c.user_id == user_id))
                    .values(vote=vote, updated_at=now)
                )

    def _write_reason(self, values: dict[str, Any]) -> None:
        self.store.execute(
            update(feedback)
            .where(and_(feedback.c.interaction_id == values["interaction_id"], feedback.c.user_id == values["user_id"]))
            .values(reason=values["reason"], updated_at=values["at"])
        )

    def votes(self, interaction_id: str) -> VoteTally:
        rows = self.store.rows(select(feedback.c.vote).where(feedback.c.interaction_id == interaction_id))
        return VoteTally(up=sum(1 for r in rows if r["vote"] > 0), down=sum(1 for r in rows if r["vote"] < 0))

    def record_coaching_brief(self, brief: str, *, asker: str = "", channel: str = "", thread_ts: str = "") -> str:
        """A coaching brief as an interaction, so "Ask a human coach" can escalate it like an answer."""
        return self._record(
            surface="coach", asker=asker, channel=channel, thread_ts=thread_ts, question=brief,
            answer="Coaching brief built from the PM's answers.", label="", score=0.0, sources=[],
            latency_ms=0.0,
        )
