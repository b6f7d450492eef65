"""The records a coaching session is made of: the session, each step's answer, feedback, a turn."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class SessionStatus(StrEnum):
    ACTIVE = "active"
    COMPLETED = "completed"  # every step answered or skipped: the brief was delivered
    STOPPED = "stopped"  # the PM said stop
    IDLE_CLOSED = "idle_closed"  # no reply for AIPM_COACH_IDLE_DAYS


class Verdict(StrEnum):
    STRONG = "strong"  # every aspect covered, with specifics
    PARTIAL = "partial"
    THIN = "thin"  # "no idea", two words: help, not a pass


class TurnKind(StrEnum):
    STARTED = "started"
    FEEDBACK = "feedback"  # an answer judged; the next step follows
    HELP = "help"  # a thin answer: an example from the guidance, same step again
    REVISE = "revise"  # back: the step again, with the earlier answer
    SKIPPED = "skipped"
    STATUS = "status"
    RESTARTED = "restarted"
    STOPPED = "stopped"
    COMPLETED = "completed"
    SIDE_QUESTION = "side_question"  # answered by the ask flow; the session keeps its place
    CLOSED = "closed"  # a message to a session that has ended


@dataclass(frozen=True)
class Passage:
    """A passage of the knowledge base the feedback cites."""

    title: str
    section: str
    source: str
    quote: str

    def to_json(self) -> dict[str, str]:
        return {"title": self.title, "section": self.section, "source": self.source, "quote": self.quote}

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> "Passage | None":
        return cls(**{k: str(data.get(k, "")) for k in ("title", "section", "source", "quote")}) if data else None


@dataclass(frozen=True)
class Feedback:
    """What the coach says about one answer: strong points, what is missing, one probing question."""

    step_id: str
    verdict: Verdict
    strong: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    question: str = ""
    specifics: tuple[str, ...] = ()  # details found in the PM's own words (numbers, sizes)
    passage: Passage | None = None
    note: str = ""  # a chat model's wording of the above, when AIPM_LLM is set (phrasing.py)

    def to_json(self) -> dict[str, Any]:
        return {
            "note": self.note,
            "step_id": self.step_id, "verdict": self.verdict.value, "strong": list(self.strong),
            "missing": list(self.missing), "question": self.question, "specifics": list(self.specifics),
            "passage": self.passage.to_json() if self.passage else None,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Feedback":
        return cls(
            step_id=data["step_id"], verdict=Verdict(data["verdict"]), strong=tuple(data.get("strong", ())),
            missing=tuple(data.get("missing", ())), question=data.get("question", ""),
            specifics=tuple(data.get("specifics", ())), passage=Passage.from_json(data.get("passage")),
            note=data.get("note", ""),
        )


@dataclass(frozen=True)
class StepAnswer:
    """The PM's latest answer to one step (or that they skipped it)."""

    step_id: str
    text: str = ""
    skipped: bool = False
    feedback: Feedback | None = None

    def to_json(self) -> dict[str, Any]:
        return {"step_id": self.step_id, "text": self.text, "skipped": self.skipped,
                "feedback": self.feedback.to_json() if self.feedback else None}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "StepAnswer":
        feedback = data.get("feedback")
        return cls(data["step_id"], data.get("text", ""), bool(data.get("skipped")),
                   Feedback.from_json(feedback) if feedback else None)


@dataclass(frozen=True)
class CoachingSession:
    """One PM's walk through the path, in one thread (a DM thread, or a terminal)."""

    id: str
    user_id: str
    surface: str  # dm | command | home | assistant | cli
    channel: str
    thread_ts: str
    lang: str  # "" until the PM's first message decides it
    idea: str
    status: SessionStatus
    step_index: int
    answers: tuple[StepAnswer, ...] = ()
    created_at: dt.datetime = field(default_factory=lambda: dt.datetime(1970, 1, 1))
    updated_at: dt.datetime = field(default_factory=lambda: dt.datetime(1970, 1, 1))
    side_questions: int = 0
    thin_helps: int = 0
    version: int = 0

    @property
    def active(self) -> bool:
        return self.status == SessionStatus.ACTIVE

    @property
    def language(self) -> str:
        return self.lang or "en"

    def answer_for(self, step_id: str) -> StepAnswer | None:
        return next((a for a in self.answers if a.step_id == step_id), None)

    def with_answer(self, answer: StepAnswer) -> tuple[StepAnswer, ...]:
        """The answers with this step's replaced (or added)."""
        return tuple(a for a in self.answers if a.step_id != answer.step_id) + (answer,)


@dataclass(frozen=True)
class Turn:
    """What one message to the session produced, for the Slack layer or the terminal to show."""

    kind: TurnKind
    session: CoachingSession
    feedback: Feedback | None = None
    help_passage: Passage | None = None
    question: str = ""  # the side question, for the ask flow
    brief: str = ""  # the Markdown brief, when the session ended with answers
