"""The ask flow: answer a question through a reply, record it, and escalate a low-confidence answer."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from bot.core.records import Trigger
from bot.core.answering import InvalidQuestion
from bot.core.asking import KnowledgeBaseDown
from bot.core.ratelimit import slow_down_text
from bot.slack.blocks import Block, notice_message
from bot.slack.blocks import asked_note
from bot.slack.flows.escalate import CoachDesk
from bot.slack.flows.outage import report_outage, report_recovery, unavailable_message
from bot.slack.replies import Reply, apologising

if TYPE_CHECKING:
    from bot.core.answering import Answer
    from bot.services import Services
    from bot.slack.state import SlackState

log = logging.getLogger(__name__)


def answer_question(
    services: "Services",
    state: "SlackState",
    reply: Reply,
    question: str,
) -> None:
    """Answer one question through `reply`, with the thread's earlier questions as context."""
    thread = (reply.channel, reply.thread_ts) if reply.channel and reply.thread_ts else None
    history = state.history(*thread) if thread else []
    with apologising(reply, "answering a question"):
        wait = services.rate_limiter.wait_seconds(reply.user_id or "")
        if wait:
            log.info("rate limit: %s asked too often; told to wait %.0f s", reply.user_id, wait)
            reply.notify([notice_message(slow_down_text(services.rate_limiter.per_minute, wait))])
            return
        reply.start(question)
        # With a model, its reply streams as it is written where this reply can stream.
        tokens = reply.token_stream() if services.settings.llm.strip() else None
        try:
            asked = services.asking.ask(
                question,
                history=history,
                on_token=tokens.append if tokens is not None else None,
                surface=reply.surface,
                asker=reply.user_id or "",
                channel=reply.channel or "",
                thread_ts=reply.thread_ts or "",
            )
        except InvalidQuestion as exc:
            reply.notify([notice_message(str(exc))])
            return
        except KnowledgeBaseDown as exc:
            report_outage(services, reply.client, exc.incident)
            reply.notify([unavailable_message(bool(services.settings.escalation_channel))])
            return
        if asked.recovered:
            report_recovery(services, reply.client, asked.recovered)
        if thread:
            state.remember(*thread, question)
        answer = asked.answer
        answer_ref = asked.interaction_id or unrecorded_ref(state, reply, answer)
        note = escalate_low_answer(services, reply, answer_ref) if asked.needs_coach else None
        log.info(
            "answered in %s (thread %s): %s confidence %.2f, %d source(s), ref %s",
            reply.channel,
            reply.thread_ts,
            answer.confidence.label,
            answer.confidence.score,
            len(answer.sources),
            answer_ref,
        )
        ts = reply.answer(answer, answer_ref, note=note, tokens=tokens)
        if asked.recorded and ts:
            try:
                services.interactions.set_message_ts(answer_ref, ts)
            except Exception:
                log.exception("could not store the message ts of interaction %s", answer_ref)


def unrecorded_ref(state: "SlackState", reply: Reply, answer: "Answer") -> str:
    """When the database could not be written, the buttons carry an in-memory reference instead
    (they then only log and thank)."""
    return state.record_answer(
        question=answer.question,
        label=answer.confidence.label,
        score=answer.confidence.score,
        sources=[source.source for source in answer.sources],
        channel=reply.channel,
        thread_ts=reply.thread_ts,
        user_id=reply.user_id,
    )


def escalate_low_answer(
    services: "Services", reply: Reply, interaction_id: str
) -> list[Block] | None:
    """A low-confidence answer goes to the coaches at once; the answer then says so, honestly."""
    try:
        opened = CoachDesk(services, reply.client).open(interaction_id, Trigger.LOW_CONFIDENCE)
    except Exception:
        log.exception("could not open an escalation for interaction %s", interaction_id)
        return None
    return asked_note(opened.reached, in_thread=bool(reply.thread_ts))
