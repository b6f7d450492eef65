"""What a message to the bot asks for (a question, help, a review) and where it is handled."""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from bot.core.coaching.intents import start_request
from bot.slack.blocks import help_message, review_instructions_message
from bot.slack.flows.coach import continue_session, start_here
from bot.slack.flows.review import handle_review_text
from bot.slack.flows.ask import answer_question
from bot.slack.replies import ThreadReply, apologising

if TYPE_CHECKING:
    from bot.services import Services
    from bot.slack.replies import Reply
    from bot.slack.state import SlackState

log = logging.getLogger(__name__)

REVIEW_WITH_TEXT_RE = re.compile(
    r"^review(?:\s+(?:my|this|a)\s+spec)?\s*[:\n]\s*(?P<spec>.+)$", re.IGNORECASE | re.DOTALL
)
REVIEW_ALONE_RE = re.compile(r"^review(?:\s+(?:my|this|a)\s+spec)?[.!?]?$", re.IGNORECASE)


def parse_intent(text: str) -> tuple[str, str]:
    """("help" | "review_help" | "review" | "ask", the text that goes with it)."""
    text = text.strip()
    if text.lower() in ("", "help", "?", "help me"):
        return "help", ""
    if REVIEW_ALONE_RE.match(text):
        return "review_help", ""
    match = REVIEW_WITH_TEXT_RE.match(text)
    if match and match.group("spec").strip():
        return "review", match.group("spec").strip()
    return "ask", text


def handle_text(services: "Services", state: "SlackState", reply: "Reply", text: str) -> None:
    """Route one message (a mention, a DM, an assistant message) to a coaching session, help,
    review or an answer. A thread with a session running belongs to the session."""
    if reply.channel and reply.thread_ts:
        try:
            session = services.coach.active_in(reply.channel, reply.thread_ts)
        except Exception:  # the database is down: the message is still answered as a question
            log.exception("could not look up a coaching session in %s", reply.channel)
            session = None
        if session is not None:
            continue_session(services, state, reply, session, text)
            return
    idea = start_request(text)
    if idea is not None and isinstance(reply, ThreadReply):
        start_here(services, state, reply, idea, text)
        return
    intent, rest = parse_intent(text)
    with apologising(reply, f"handling a message ({intent})"):
        if intent == "help":
            reply.notify([help_message()])
        elif intent == "review_help":
            reply.notify([review_instructions_message()])
        elif intent == "review":
            handle_review_text(services, rest, reply)
        else:
            answer_question(services, state, reply, rest)
