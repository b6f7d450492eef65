"""The session engine: one message in, one Turn out. Plain methods, no Slack, no terminal."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Callable

from bot.core.coaching.brief import build_brief
from bot.core.coaching.feedback import FeedbackJudge
from bot.core.coaching.intents import Control, control_word, is_thin, side_question
from bot.core.coaching.path import CoachingPath
from bot.core.coaching.records import (
    CoachingSession,
    SessionStatus,
    StepAnswer,
    Turn,
    TurnKind,
)
from bot.core.coaching.store import SessionConflict, SessionStore
from bot.core.storage import utcnow
from bot.core.text import detect_language

log = logging.getLogger(__name__)

replace = dataclasses.replace


class Coach:
    """Runs coaching sessions over a SessionStore; every method returns the Turn to show."""

    def __init__(
        self, path: CoachingPath, sessions: SessionStore, judge: FeedbackJudge, *,
        clock: Callable[[], dt.datetime] = utcnow,
    ) -> None:
        self.path = path
        self.sessions = sessions
        self.judge = judge
        self.clock = clock

    # -- starting and finding ---------------------------------------------------------------------
    def start(
        self, *, user_id: str, surface: str, channel: str, thread_ts: str, idea: str = "", first_message: str = ""
    ) -> Turn:
        """A new session at step 1; the language follows the PM's first message when there is one."""
        said = first_message or idea
        lang = detect_language(said) if said.strip() else ""
        session = self.sessions.create(
            user_id=user_id, surface=surface, channel=channel, thread_ts=thread_ts, lang=lang,
            idea=" ".join(idea.split())[:500],
        )
        log.info("coaching session %s started by %s on %s", session.id, user_id or "?", surface)
        return Turn(TurnKind.STARTED, session)

    def active_in(self, channel: str, thread_ts: str) -> CoachingSession | None:
        return self.sessions.active_in(channel, thread_ts)

    # -- one message ------------------------------------------------------------------------------
    def handle(self, session: CoachingSession, text: str) -> Turn:
        """A message in the session's thread: a control word, a side question or an answer.

        Two messages racing on one session: the loser reloads and is applied after the winner.
        """
        for attempt in range(3):
            try:
                return self._handle(session, text)
            except SessionConflict:
                session = self.sessions.get(session.id)
        raise SessionConflict(session.id)

    def _handle(self, session: CoachingSession, text: str) -> Turn:
        if not session.active:
            return Turn(TurnKind.CLOSED, session)
        if not session.lang and text.strip():
            session = replace(session, lang=detect_language(text))
        word = control_word(text)
        if word is not None:
            return self.control(session, word)
        question = side_question(text)
        if question:
            session = self.sessions.save(replace(session, side_questions=session.side_questions + 1))
            return Turn(TurnKind.SIDE_QUESTION, session, question=question)
        return self.answer(session, text)

    def control(self, session: CoachingSession, word: Control) -> Turn:
        if word == Control.BACK:
            return self.back(session)
        if word == Control.SKIP:
            return self.skip(session)
        if word == Control.STATUS:
            return Turn(TurnKind.STATUS, session)
        if word == Control.RESTART:
            return self.restart(session)
        return self.stop(session)

    def answer(self, session: CoachingSession, text: str) -> Turn:
        step = self.path.steps[session.step_index]
        text = text.strip()
        if is_thin(text):
            session = self.sessions.save(replace(session, thin_helps=session.thin_helps + 1))
            return Turn(TurnKind.HELP, session, help_passage=self.judge.passage(step, session.language))
        feedback = self.judge.judge(step, text, session.language)
        answers = session.with_answer(StepAnswer(step.id, text, False, feedback))
        session = replace(session, answers=answers)
        return self._advance(session, TurnKind.FEEDBACK, feedback=feedback)

    def back(self, session: CoachingSession) -> Turn:
        session = self.sessions.save(replace(session, step_index=max(0, session.step_index - 1)))
        return Turn(TurnKind.REVISE, session)

    def skip(self, session: CoachingSession) -> Turn:
        step = self.path.steps[session.step_index]
        earlier = session.answer_for(step.id)
        if earlier is None or not earlier.text:  # skipping a step already answered keeps the answer
            session = replace(session, answers=session.with_answer(StepAnswer(step.id, skipped=True)))
        return self._advance(session, TurnKind.SKIPPED)

    def restart(self, session: CoachingSession) -> Turn:
        session = self.sessions.save(replace(session, step_index=0, answers=()))
        return Turn(TurnKind.RESTARTED, session)

    def stop(self, session: CoachingSession) -> Turn:
        session = self.sessions.save(replace(session, status=SessionStatus.STOPPED))
        log.info("coaching session %s stopped at step %d", session.id, session.step_index + 1)
        has_answers = any(a.text for a in session.answers)
        return Turn(TurnKind.STOPPED, session, brief=self.brief(session) if has_answers else "")

    def _advance(self, session: CoachingSession, kind: TurnKind, **extra) -> Turn:
        """On to the next step, or finish with the brief after the last one."""
        if session.step_index + 1 >= len(self.path):
            session = self.sessions.save(replace(session, status=SessionStatus.COMPLETED))
            log.info("coaching session %s completed", session.id)
            return Turn(TurnKind.COMPLETED, session, brief=self.brief(session), **extra)
        session = self.sessions.save(replace(session, step_index=session.step_index + 1))
        return Turn(kind, session, **extra)

    def brief(self, session: CoachingSession) -> str:
        return build_brief(session, self.path, today=self.clock().date())

    # -- idle sessions ----------------------------------------------------------------------------
    def close_idle(self, idle_days: float, *, now: dt.datetime | None = None) -> list[CoachingSession]:
        """Close every active session without a message for `idle_days`; returns those closed here."""
        before = (now or self.clock()) - dt.timedelta(days=idle_days)
        closed = []
        for session in self.sessions.idle_since(before):
            try:
                closed.append(self.sessions.save(replace(session, status=SessionStatus.IDLE_CLOSED), touch=False))
            except SessionConflict:  # a reply arrived (or another process closed it) meanwhile
                continue
        return closed
