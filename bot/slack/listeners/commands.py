"""`/aipm ask QUESTION`, `/aipm review [SPEC]`, `/aipm coach [IDEA]`, `/aipm help` and `/aipm` alone."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from bot.slack.blocks import (
    ask_usage_message,
    help_message,
    placeholder_message,
    review_modal,
    review_placeholder_message,
)
from bot.slack.blocks import simple_message
from bot.slack.flows.coach import start_in_dm
from bot.slack.flows.review import handle_review_text
from bot.slack.flows.ask import answer_question
from bot.slack.replies import CommandReply, ThreadReply, apologising
from bot.slack.ids import COMMAND
from bot.slack.text import from_slack

if TYPE_CHECKING:
    from slack_bolt import App
    from slack_sdk import WebClient

    from bot.services import Services
    from bot.slack.state import SlackState

COACH_STARTING = "Starting a coaching session in your direct messages with me…"
SUBCOMMANDS = ("ask", "review", "coach", "help")


def parse_command(text: str) -> tuple[str, str]:
    """("help" | "ask" | "review" | "coach", the rest); text naming no subcommand is taken as a question."""
    text = from_slack(text or "")
    first, _, rest = text.partition(" ")
    if "\n" in first:  # "review\nPROBLEM: ..." pasted straight after the word
        first, _, more = first.partition("\n")
        rest = f"{more} {rest}".strip()
    word = first.lower()
    if word in ("", "help"):
        return "help", ""
    if word in SUBCOMMANDS:
        return word, rest.strip()
    return "ask", text


def acknowledge_command(ack: Callable[..., Any], command: dict[str, Any]) -> None:
    """Answers within Slack's 3 seconds: help in full, anything slower as a private "working"."""
    action, rest = parse_command(command.get("text", ""))
    if action == "help":
        ack(response_type="ephemeral", **help_message())
    elif action == "ask" and not rest:
        ack(response_type="ephemeral", **ask_usage_message())
    elif action == "ask":
        ack(response_type="ephemeral", **placeholder_message(rest))
    elif action == "review" and rest:
        ack(response_type="ephemeral", **review_placeholder_message(rest))
    elif action == "coach":
        ack(response_type="ephemeral", **simple_message(COACH_STARTING))
    else:
        ack()  # `/aipm review` alone: the form opens in a moment


def run_command(
    command: dict[str, Any],
    *,
    client: "WebClient",
    respond: Callable[..., Any],
    services: "Services",
    state: "SlackState",
) -> None:
    """The slow half: answer, review, or open the review form."""
    action, rest = parse_command(command.get("text", ""))
    reply = CommandReply(
        respond, channel=command.get("channel_id"), user_id=command.get("user_id"), client=client
    )
    if action == "ask" and rest:
        answer_question(services, state, reply, rest)
    elif action == "review" and rest:
        # A review is long and has a thread of details: it goes to the person's DM with the bot.
        user_id = command.get("user_id") or ""
        dm = ThreadReply(client, state, channel=user_id, thread_ts=None, user_id=user_id)
        handle_review_text(services, rest, dm)
        respond(
            response_type="ephemeral", text="Your spec review is in your direct messages with me."
        )
    elif action == "coach":
        # A session is a long conversation: it gets its own thread in the person's DM with the bot.
        with apologising(reply, "starting a coaching session"):
            start_in_dm(services, state, client, command.get("user_id") or "", idea=rest, surface="command")
    # `/aipm review` alone: the form was opened from the ack (see register).


def open_review_form(
    command: dict[str, Any], *, client: "WebClient", respond: Callable[..., Any]
) -> None:
    reply = CommandReply(
        respond, channel=command.get("channel_id"), user_id=command.get("user_id"), client=client
    )
    with apologising(reply, "opening the review form"):
        metadata = json.dumps({"channel_id": command.get("channel_id", "")})
        client.views_open(
            trigger_id=command["trigger_id"], view=review_modal(private_metadata=metadata)
        )


def register(app: "App", services: "Services", state: "SlackState") -> None:
    def acknowledge_aipm_command(ack, command, client, respond) -> None:
        acknowledge_command(ack, command)
        action, rest = parse_command(command.get("text", ""))
        if action == "review" and not rest:
            state.forms.submit(open_review_form, command, client=client, respond=respond)

    def run_aipm_command(command, client, respond) -> None:
        run_command(command, client=client, respond=respond, services=services, state=state)

    app.command(COMMAND)(ack=acknowledge_aipm_command, lazy=[run_aipm_command])
