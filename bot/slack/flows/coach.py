"""The coaching flow in Slack: start a session in its own DM thread, carry each message or button
to the engine, answer side questions through the ask flow, deliver the brief, close idle sessions."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from slack_sdk.errors import SlackApiError

from bot.core.coaching.intents import Control
from bot.core.coaching.records import TurnKind
from bot.core.records import Trigger
from bot.core.text import detect_language
from bot.slack.blocks import simple_message
from bot.slack.blocks.coach import (
    brief_actions_message,
    brief_snippet_messages,
    coach_turn_messages,
    moved_to_dm_message,
    session_intro_message,
)
from bot.slack.flows.ask import answer_question
from bot.slack.flows.escalate import CoachDesk
from bot.slack.flows.review import handle_review_text
from bot.slack.ids import COACH_BACK, COACH_RESTART, COACH_SKIP, COACH_STATUS, COACH_STOP
from bot.slack.replies import ThreadReply, apologising, slack_error

if TYPE_CHECKING:
    from slack_sdk import WebClient

    from bot.core.coaching.records import CoachingSession, Turn
    from bot.services import Services
    from bot.slack.payloads import ButtonPress
    from bot.slack.replies import PrivateReply, Reply
    from bot.slack.state import SlackState

log = logging.getLogger(__name__)

CONTROL_OF_ACTION = {
    COACH_BACK: Control.BACK, COACH_SKIP: Control.SKIP, COACH_STATUS: Control.STATUS,
    COACH_RESTART: Control.RESTART, COACH_STOP: Control.STOP,
}
NOT_YOURS = "This coaching session belongs to someone else; start your own with `/aipm coach`."


def start_here(services: "Services", state: "SlackState", reply: "ThreadReply", idea: str, first_message: str) -> None:
    """A DM (or assistant thread) asked to be coached: the session lives in this message's thread;
    a mention in a channel gets its session in the person's DM instead."""
    with apologising(reply, "starting a coaching session"):
        if not (reply.channel or "").startswith("D"):
            start_in_dm(services, state, reply.client, reply.user_id or "", idea=idea,
                        surface="mention", first_message=first_message)
            reply.notify([moved_to_dm_message(detect_language(first_message))])
            return
        turn = services.coach.start(
            user_id=reply.user_id or "", surface=reply.surface, channel=reply.channel or "",
            thread_ts=reply.thread_ts or "", idea=idea, first_message=first_message,
        )
        post_turn(services, reply, turn)


def start_in_dm(
    services: "Services", state: "SlackState", client: "WebClient", user_id: str, *, idea: str, surface: str,
    first_message: str = "",
) -> None:
    """`/aipm coach`, the App Home button: a new top-level DM message, and the session in its thread."""
    lang = detect_language(first_message or idea)
    intro = session_intro_message(idea, lang)
    posted = client.chat_postMessage(channel=user_id, text=intro["text"], blocks=intro["blocks"])
    reply = ThreadReply(client, state, channel=posted["channel"], thread_ts=posted["ts"], user_id=user_id,
                        surface=surface)
    with apologising(reply, "starting a coaching session"):
        turn = services.coach.start(user_id=user_id, surface=surface, channel=posted["channel"],
                                    thread_ts=posted["ts"], idea=idea, first_message=first_message)
        post_turn(services, reply, turn)


def continue_session(
    services: "Services", state: "SlackState", reply: "Reply", session: "CoachingSession", text: str
) -> None:
    """A message in a session's thread: a control word, a side question or the next answer."""
    with apologising(reply, "continuing a coaching session"):
        turn = services.coach.handle(session, text)
        if turn.kind == TurnKind.SIDE_QUESTION:
            # Answered like any question (label, sources, escalation when low); then back to the step.
            answer_question(services, state, reply, turn.question)
        post_turn(services, reply, turn)


def press_control(services: "Services", client: "WebClient", press: "ButtonPress", private: "PrivateReply",
                  state: "SlackState") -> None:
    """Back / Skip / Status / Restart / Stop pressed under a turn."""
    with apologising(private, f"the coaching button {press.action}"):
        session = owned_session(services, press, private)
        if session is None:
            return
        if not session.active:
            private.send(simple_message(services.coach.path.say("closed", session.language)))
            return
        turn = services.coach.control(session, CONTROL_OF_ACTION[press.action])
        post_turn(services, session_reply(client, state, session), turn)


def review_brief(services: "Services", client: "WebClient", press: "ButtonPress", private: "PrivateReply",
                 state: "SlackState") -> None:
    """The brief's "Run the spec review on it": the review lands in the session's thread."""
    with apologising(private, "reviewing a coaching brief"):
        session = owned_session(services, press, private)
        if session is not None:
            handle_review_text(services, services.coach.brief(session), session_reply(client, state, session))


def brief_to_coach(services: "Services", client: "WebClient", press: "ButtonPress", private: "PrivateReply") -> None:
    """The brief's "Ask a human coach": recorded as an interaction and escalated like an answer."""
    with apologising(private, "sending a coaching brief to a coach"):
        session = owned_session(services, press, private)
        if session is None:
            return
        interaction_id = services.interactions.record_coaching_brief(
            services.coach.brief(session), asker=session.user_id, channel=session.channel,
            thread_ts=session.thread_ts,
        )
        CoachDesk(services, client).request(interaction_id, Trigger.ASKED, private=private)


def owned_session(services: "Services", press: "ButtonPress", private: "PrivateReply") -> "CoachingSession | None":
    try:
        session = services.coach.sessions.get(press.value)
    except KeyError:
        private.send(simple_message("I can't find this coaching session any more; start a new one with `/aipm coach`."))
        return None
    if session.user_id and press.user_id != session.user_id:
        private.send(simple_message(NOT_YOURS))
        return None
    return session


def session_reply(client: "WebClient", state: "SlackState", session: "CoachingSession") -> ThreadReply:
    return ThreadReply(client, state, channel=session.channel, thread_ts=session.thread_ts,
                       user_id=session.user_id, surface="coach")


def post_turn(services: "Services", reply: "Reply", turn: "Turn") -> None:
    reply.notify(coach_turn_messages(turn, services.coach.path))
    if turn.brief and isinstance(reply, ThreadReply):
        deliver_brief(reply, turn)


def deliver_brief(reply: ThreadReply, turn: "Turn") -> None:
    """The brief as a Markdown file in the thread; as code blocks where files can't be uploaded."""
    session = turn.session
    try:
        reply.client.files_upload_v2(
            channel=reply.channel, thread_ts=reply.thread_ts, content=turn.brief,
            filename=f"ai-product-brief-{session.id}.md", title=turn.brief.splitlines()[0].lstrip("# "),
        )
    except SlackApiError as exc:
        log.warning("could not upload the brief of session %s (%s); posting it as text",
                    session.id, slack_error(exc))
        reply.notify(brief_snippet_messages(turn.brief))
    reply.notify([brief_actions_message(session.id, session.language)])


def close_idle_sessions(services: "Services", client: "WebClient") -> int:
    """Close sessions idle for AIPM_COACH_IDLE_DAYS and say so in their threads; how many closed."""
    closed = services.coach.close_idle(services.settings.coach_idle_days)
    for session in closed:
        if not session.channel[:1] in ("D", "C", "G"):
            continue  # a terminal session: nobody to tell
        days = f"{services.settings.coach_idle_days:g}"
        note = simple_message(services.coach.path.say("idle", session.language, days=days))
        try:
            client.chat_postMessage(channel=session.channel, thread_ts=session.thread_ts, text=note["text"],
                                    blocks=note["blocks"])
        except SlackApiError as exc:
            log.warning("could not post the idle note of session %s (%s)", session.id, slack_error(exc))
    if closed:
        log.info("closed %d idle coaching session(s)", len(closed))
    return len(closed)
