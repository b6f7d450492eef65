"""Events: `@aipm question` in a channel and direct messages, both answered in a thread."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from bot.slack.payloads import acknowledge, ignore
from bot.slack.flows.conversation import handle_text
from bot.slack.flows.review import handle_review_file
from bot.slack.replies import ThreadReply
from bot.slack.text import from_slack

if TYPE_CHECKING:
    from slack_bolt import App, BoltContext
    from slack_sdk import WebClient

    from bot.services import Services
    from bot.slack.state import SlackState

log = logging.getLogger(__name__)

# Message subtypes that are still a person asking something; edits, deletions, joins... are not.
QUESTION_SUBTYPES = (None, "file_share", "thread_broadcast")


def is_from_a_person(event: dict[str, Any]) -> bool:
    return (
        bool(event.get("user"))
        and not event.get("bot_id")
        and event.get("subtype") in QUESTION_SUBTYPES
    )


def is_direct_question(event: dict[str, Any]) -> bool:
    """A new message from a person in the bot's DM."""
    return event.get("channel_type") == "im" and is_from_a_person(event)


def is_person_mention(event: dict[str, Any]) -> bool:
    return is_from_a_person(event)


def handle_mention(
    event: dict[str, Any],
    *,
    client: "WebClient",
    context: "BoltContext",
    services: "Services",
    state: "SlackState",
) -> None:
    """`@aipm question`: answered in a thread under the question (or the thread it was asked in)."""
    # A mention inside a DM gets the DM treatment (the native "thinking" status).
    in_dm = event["channel"].startswith("D")
    reply_in_thread(event, client=client, context=context, services=services, state=state, dm=in_dm)


def handle_direct_message(
    event: dict[str, Any],
    *,
    client: "WebClient",
    context: "BoltContext",
    services: "Services",
    state: "SlackState",
) -> None:
    """Every DM is a question; the answer threads under it, and replies there are follow-ups."""
    reply_in_thread(event, client=client, context=context, services=services, state=state, dm=True)


def reply_in_thread(
    event: dict[str, Any],
    *,
    client: "WebClient",
    context: "BoltContext",
    services: "Services",
    state: "SlackState",
    dm: bool,
) -> None:
    channel, ts = event["channel"], event["ts"]
    if not state.claim_message(channel, ts):
        # Already answered through the other event for this message (here or on another instance).
        log.info("message %s in %s is already being answered", ts, channel)
        return
    reply = ThreadReply(
        client,
        state,
        channel=channel,
        thread_ts=event.get("thread_ts") or ts,
        user_id=event.get("user"),
        team_id=context.team_id or event.get("team"),
        status=dm,
        surface="dm" if dm else "mention",
    )
    text = from_slack(event.get("text", ""), bot_user_id=context.bot_user_id)
    files = event.get("files") or []
    if files and "review" in text.lower():
        handle_review_file(services, files[0], reply)  # a spec shared as a file
        return
    handle_text(services, state, reply, text)


def register(app: "App", services: "Services", state: "SlackState") -> None:
    def answer_mention(event, client, context) -> None:
        handle_mention(event, client=client, context=context, services=services, state=state)

    def answer_direct_message(event, client, context) -> None:
        handle_direct_message(event, client=client, context=context, services=services, state=state)

    app.event("app_mention", matchers=[is_person_mention])(ack=acknowledge, lazy=[answer_mention])
    app.event("app_mention")(ignore)
    app.event("message", matchers=[is_direct_question])(
        ack=acknowledge, lazy=[answer_direct_message]
    )
    app.event("message")(ignore)
