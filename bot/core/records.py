"""The records the database keeps, and the words they use, as frozen dataclasses and enums.

A row read from the database becomes a record in the core service that read it, so the Slack layer
and the CLI never index a dict: a typo in a field or a status fails at once, not in a coach's channel.
`StrEnum` members are the strings stored in the database, so they compare equal to them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, fields
from enum import StrEnum
from typing import Any

from bot.core.answering import SourceRef


class Status(StrEnum):
    """Where an escalation stands."""

    OPEN = "open"
    ANSWERED = "answered"  # a coach wrote the answer
    APPROVED = "approved"  # a coach approved the bot's draft
    DISMISSED = "dismissed"


HANDLED_WITH_AN_ANSWER = (Status.ANSWERED, Status.APPROVED)


class Trigger(StrEnum):
    """Why a question went to a coach."""

    LOW_CONFIDENCE = "low_confidence"
    ASKED = "asked"  # someone pressed *Ask a human*
    THUMBS_DOWN = "thumbs_down"  # 👎, then asked for a human


class Label(StrEnum):
    """How sure the bot was of an answer (bot.core.confidence); a spec review has none."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


def _label(value: object) -> Label | None:
    return Label(value) if value in _LABELS else None


_LABELS = {label.value for label in Label}


def _sources(value: object) -> tuple[SourceRef, ...]:
    return tuple(SourceRef.from_json(source) for source in (value or []))


# -- rows as records: built from database rows in the core services, and only there ----------------
# Each `from_row` reads the columns it names and ignores the rest, so a migration that adds a column
# changes nothing here until a record needs it.


@dataclass(frozen=True)
class Interaction:
    """One answered question (or reviewed spec) as it was recorded."""

    id: str
    created_at: dt.datetime
    surface: str  # mention | dm | command | assistant | cli | review
    asker: str
    channel: str
    thread_ts: str
    message_ts: str
    question: str
    answer: str
    label: Label | None  # None for a spec review
    score: float
    sources: tuple[SourceRef, ...]
    latency_ms: float
    mode: str = ""  # generated | extractive; "" for a spec review or a row from before the mode was kept
    fallback: str = ""  # why a generated answer fell back to the extractive one, if it did

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> "Interaction":
        return cls(
            id=row["id"], created_at=row["created_at"], surface=row["surface"], asker=row["asker"] or "",
            channel=row["channel"] or "", thread_ts=row["thread_ts"] or "",
            message_ts=row["message_ts"] or "", question=row["question"], answer=row["answer"] or "",
            label=_label(row["label"]), score=float(row["score"] or 0.0), sources=_sources(row["sources"]),
            latency_ms=float(row["latency_ms"] or 0.0), mode=row.get("mode") or "",
            fallback=row.get("fallback") or "",
        )


@dataclass(frozen=True)
class Vote:
    """One person's 👍 (+1) or 👎 (-1) on an interaction, with the reason they gave, if any."""

    id: str
    interaction_id: str
    user_id: str
    vote: int
    reason: str
    created_at: dt.datetime
    updated_at: dt.datetime

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> "Vote":
        return cls(
            id=row["id"], interaction_id=row["interaction_id"], user_id=row["user_id"], vote=int(row["vote"]),
            reason=row["reason"] or "", created_at=row["created_at"], updated_at=row["updated_at"],
        )


@dataclass(frozen=True)
class VoteTally:
    """The votes on one interaction."""

    up: int
    down: int


@dataclass(frozen=True)
class Escalation:
    """A question handed to the human coaches, and what became of it."""

    id: str
    interaction_id: str
    created_at: dt.datetime
    trigger: Trigger
    status: Status
    question: str
    asker: str
    channel: str
    thread_ts: str
    draft: str  # the bot's answer (or a spec review's summary) when it was escalated
    label: Label | None  # None for a spec review
    score: float
    sources: tuple[SourceRef, ...]
    card_channel: str
    card_ts: str
    handled_by: str
    handled_at: dt.datetime | None
    coach_answer: str
    dismiss_reason: str
    reminded_at: dt.datetime | None
    asker_rating: int | None

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> "Escalation":
        return cls(
            id=row["id"], interaction_id=row["interaction_id"], created_at=row["created_at"],
            trigger=Trigger(row["trigger"]), status=Status(row["status"]), question=row["question"],
            asker=row["asker"] or "", channel=row["channel"] or "", thread_ts=row["thread_ts"] or "",
            draft=row["draft"] or "", label=_label(row["label"]), score=float(row["score"] or 0.0),
            sources=_sources(row["sources"]), card_channel=row["card_channel"] or "",
            card_ts=row["card_ts"] or "", handled_by=row["handled_by"] or "", handled_at=row["handled_at"],
            coach_answer=row["coach_answer"] or "", dismiss_reason=row["dismiss_reason"] or "",
            reminded_at=row["reminded_at"], asker_rating=row["asker_rating"],
        )

    def to_json(self) -> dict[str, Any]:
        """The record as `aipm escalations --json` prints it: the stored values, times in ISO."""
        values: dict[str, Any] = {}
        for name in (f.name for f in fields(self)):
            value = getattr(self, name)
            if name == "sources":
                value = [source.to_json() for source in value]
            elif name == "label":
                value = str(value or "")
            elif isinstance(value, StrEnum):
                value = str(value)
            elif isinstance(value, dt.datetime):
                value = value.isoformat()
            values[name] = value
        return values


@dataclass(frozen=True)
class KnowledgeEntry:
    """A coach's answer kept as guidance; the bot answers from it until it is retracted."""

    id: str
    escalation_id: str | None
    question: str
    answer: str
    coach: str
    created_at: dt.datetime
    retracted_at: dt.datetime | None
    retracted_by: str

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> "KnowledgeEntry":
        return cls(
            id=row["id"], escalation_id=row["escalation_id"], question=row["question"], answer=row["answer"],
            coach=row["coach"], created_at=row["created_at"], retracted_at=row["retracted_at"],
            retracted_by=row["retracted_by"] or "",
        )
