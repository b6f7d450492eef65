"""Outages as Slack sees them: what the asker reads while the knowledge base is down, and the one
notice per incident (start and end) in the coaches' channel."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from slack_sdk.errors import SlackApiError

from bot.slack.blocks import Message, notice_message, simple_message
from bot.slack.replies import slack_error

if TYPE_CHECKING:
    from slack_sdk import WebClient

    from bot.core.health import Incident
    from bot.services import Services

log = logging.getLogger(__name__)

TRY_AGAIN = "Please try again in a few minutes."


def unavailable_message(coaches_told: bool) -> Message:
    told = "A coach has been told. " if coaches_told else ""
    return notice_message(
        "The knowledge base is unavailable right now, so I can't answer from the guidance. "
        f"{told}{TRY_AGAIN}"
    )


def tell_coaches(services: "Services", client: "WebClient | None", text: str) -> bool:
    """Post a notice in the escalation channel; False (logged) when there is none or it fails."""
    channel = services.settings.escalation_channel
    if not channel or client is None:
        return False
    try:
        message = simple_message(text)
        client.chat_postMessage(channel=channel, text=message["text"], blocks=message["blocks"])
    except SlackApiError as exc:
        log.warning("could not tell the coaches in %s about an outage: %s", channel, slack_error(exc))
        return False
    return True


def report_outage(services: "Services", client: "WebClient | None", incident: "Incident") -> None:
    """Once per incident: the coaches hear that PMs are being turned away, and why."""
    if incident.new:
        tell_coaches(
            services,
            client,
            f":warning: The {incident.what} cannot be reached, so I'm telling people who ask a "
            "question to try again later. I'll post here when it is back.",
        )


def report_recovery(services: "Services", client: "WebClient | None", incident: "Incident") -> None:
    tell_coaches(services, client, f":white_check_mark: The {incident.what} is back; I'm answering again.")
