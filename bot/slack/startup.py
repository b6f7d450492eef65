"""Escalation checks at serve start-up: coach answers back into the index, the coaches' channel usable."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from slack_sdk.errors import SlackApiError

from bot.slack.flows.escalate import post_replayed_cards
from bot.slack.replies import slack_error

if TYPE_CHECKING:
    from slack_sdk import WebClient

    from bot.config import Settings
    from bot.services import Services

log = logging.getLogger(__name__)


def escalation_channel_problem(client: "WebClient", settings: "Settings") -> str | None:
    """One line saying why escalation cards can't reach coaches, or None when they can."""
    channel = settings.escalation_channel
    if not channel:
        return (
            "AIPM_ESCALATION_CHANNEL is not set: questions for a human coach are saved (see "
            "`aipm escalations`) but no coach is told in Slack; set it to the coaches' "
            "channel ID (C...)"
        )
    try:
        info = client.conversations_info(channel=channel)
    except SlackApiError as exc:
        return (
            f"cannot use AIPM_ESCALATION_CHANNEL {channel} ({slack_error(exc)}): check the channel "
            "ID and that the app has the channels:read and groups:read scopes; escalations are "
            "saved but coaches may not be told"
        )
    if not (info.get("channel") or {}).get("is_member"):
        return (
            f"the bot is not a member of AIPM_ESCALATION_CHANNEL {channel}: invite it with "
            "`/invite @aipm` in that channel, or coaches will not see escalations"
        )
    return None


def prepare_escalations(services: "Services", client: "WebClient") -> str | None:
    """At serve start-up: put coach answers back into a rebuilt index, and check the channel.

    Returns the channel problem (also logged as one warning line), None when all is well.
    """
    # Escalations kept during a database outage (an earlier run's file) get their cards as they replay.
    post_replayed_cards(services, client)
    restored = services.coach_knowledge.sync()
    if restored:
        log.info("restored %d coach answer(s) into the knowledge index", restored)
    open_count = len(services.escalations.open_escalations())
    problem = escalation_channel_problem(client, services.settings)
    if problem:
        log.warning("escalations: %s", problem)
    else:
        log.info(
            "escalations: cards go to %s; %d open escalation(s) waiting",
            services.settings.escalation_channel,
            open_count,
        )
    return problem
