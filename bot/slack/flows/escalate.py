"""The escalate flow: the coach desk opens an escalation, posts its card to the coaches' channel
and tells the asker; it also knows who may act and how to reach the asker.

What coaches then do on the card is bot.slack.flows.coach_actions.

The state lives in the database (bot.core.escalation); this module only posts and updates
messages around it, so a restarted bot carries on where the last one stopped.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from slack_sdk.errors import SlackApiError

from bot.core.outbox import database_unavailable
from bot.core.records import Escalation, Interaction, Status, Trigger
from bot.core.storage import utcnow
from bot.slack.blocks import (
    ASK_HUMAN,
    Message,
    already_asked_message,
    asked_message,
    button_ack_text,
    card_message,
    simple_message,
)
from bot.slack.replies import PrivateReply, slack_error

if TYPE_CHECKING:
    from slack_sdk import WebClient

    from bot.services import Services

log = logging.getLogger(__name__)

RETRY_CARD_AFTER = dt.timedelta(seconds=30)  # an escalation without a card this old never got one
KEPT_FOR_LATER = (
    "🙋 Thanks, I've noted that you'd like a human coach to look at this. My records are briefly "
    "out of reach, so the coaches will get your question as soon as they're back; their answer "
    "will appear in the thread."
)
NOT_FOUND = (
    "Sorry, I can't find this answer in my records, so I can't pass it to a coach. Please ask the "
    "question again, then press *Ask a human*."
)


def post_replayed_cards(services: "Services", client: "WebClient") -> None:
    """An escalation kept without its question during a database outage gets its card when it is
    written, with this client (the app's bot token)."""
    services.escalations.post_card = lambda escalation: CoachDesk(services, client).post_card(escalation)


@dataclass(frozen=True)
class Opened:
    """What asking for a coach did: `reached` when a card is in the escalation channel."""

    escalation: Escalation
    created: bool
    reached: bool
    posted_now: bool
    awaiting_record: bool = False  # kept while the database is down, its card posted once it is back


def in_thread(row: Interaction | Escalation) -> bool:
    """Whether the asker's question has a thread we can answer in (a slash command has none)."""
    return bool(row.channel and row.thread_ts)


class CoachDesk:
    """Escalations as Slack sees them, for one request: built from the services and a client."""

    def __init__(self, services: "Services", client: "WebClient | None") -> None:
        self.services = services
        self.client = client
        self.service = services.escalations
        if client is not None:
            post_replayed_cards(services, client)

    @property
    def channel(self) -> str:
        return self.services.settings.escalation_channel

    # -- asking for a coach ------------------------------------------------------------------------
    def open(self, interaction_id: str, trigger: Trigger) -> Opened:
        """Escalate an interaction (once) and make sure its card is in the coaches' channel."""
        escalation, created = self.service.escalate(interaction_id, trigger)
        if self.service.awaiting_record(escalation):
            return Opened(escalation, created, reached=False, posted_now=False, awaiting_record=True)
        if escalation.card_ts:
            return Opened(escalation, created, reached=True, posted_now=False)
        if escalation.status != Status.OPEN:
            return Opened(escalation, created, reached=False, posted_now=False)
        if not created and utcnow() - escalation.created_at < RETRY_CARD_AFTER:
            # Another request opened it a moment ago and is posting the card right now.
            return Opened(escalation, created, reached=False, posted_now=False)
        # Not posted yet (new, or the channel was missing last time): try now.
        posted = self.post_card(escalation)
        if posted:
            escalation = self.service.get(escalation.id)
        return Opened(escalation, created, reached=posted, posted_now=posted)

    def request(self, interaction_id: str, trigger: Trigger, *, private: PrivateReply) -> Opened | None:
        """ "Ask a human" or 👎 with the box ticked: escalate, tell the asker in their thread (or,
        when there is nothing new to say, tell the person who pressed privately)."""
        try:
            known = self.services.interactions.interaction(interaction_id) is not None
        except Exception as exc:
            if not database_unavailable(exc):
                raise
            known = True  # out of reach for now: kept, and checked once the database is back
        if not known:
            private.send(simple_message(NOT_FOUND))
            return None
        opened = self.open(interaction_id, trigger)
        escalation = opened.escalation
        if opened.awaiting_record:
            private.send(simple_message(KEPT_FOR_LATER))
            log.info("escalation %s of %s kept until the database is back", escalation.id, interaction_id)
        elif opened.created or opened.posted_now:
            threaded = in_thread(escalation)
            self.deliver(escalation, asked_message(escalation, opened.reached, in_thread=threaded))
            if not threaded and private.user_id != escalation.asker:
                private.send(simple_message(button_ack_text(ASK_HUMAN)))
            log.info(
                "escalation %s opened (%s) by %s; coaches %s",
                escalation.id,
                trigger,
                private.user_id,
                "notified" if opened.reached else "NOT reachable",
            )
        else:
            private.send(already_asked_message(escalation, reached=opened.reached))
        return opened

    def post_card(self, escalation: Escalation, *, waited_hours: float | None = None) -> bool:
        """Post the card (or the reminder) to the escalation channel; False when it can't go."""
        if not self.channel:
            log.warning(
                "escalation %s saved but no coach notified: AIPM_ESCALATION_CHANNEL is not set",
                escalation.id,
            )
            return False
        if self.client is None:
            log.warning(
                "escalation %s saved but no Slack client to post its card", escalation.id
            )
            return False
        message = card_message(
            escalation, permalink=self.permalink(escalation), waited_hours=waited_hours
        )
        try:
            response = self.client.chat_postMessage(
                channel=self.channel, text=message["text"], blocks=message["blocks"]
            )
        except SlackApiError as exc:
            error = slack_error(exc)
            hint = " (invite the bot there: /invite @aipm)" if error == "not_in_channel" else ""
            log.warning(
                "escalation %s saved but its card could not be posted to %s: %s%s",
                escalation.id,
                self.channel,
                error,
                hint,
            )
            return False
        self.service.set_card(escalation.id, response["channel"], response["ts"])
        return True

    def permalink(self, row: Escalation) -> str | None:
        """A link to the asker's thread; None (the card then names channel and ts) on failure.

        A DM gets no link: coaches could not open it anyway.
        """
        if self.client is None or not in_thread(row) or row.channel.startswith("D"):
            return None
        try:
            return self.client.chat_getPermalink(
                channel=row.channel, message_ts=row.thread_ts
            ).get("permalink")
        except SlackApiError as exc:
            log.info(
                "no permalink for %s/%s (%s)", row.channel, row.thread_ts, slack_error(exc)
            )
            return None

    def deliver(self, row: Escalation, message: Message) -> None:
        """A message for the asker: in their thread, or by DM when there is no thread to use."""
        if self.client is None:
            log.warning("no Slack client: cannot tell the asker about escalation %s", row.id)
            return
        asker = row.asker
        if in_thread(row):
            try:
                self.client.chat_postMessage(
                    channel=row.channel,
                    thread_ts=row.thread_ts,
                    text=message["text"],
                    blocks=message["blocks"],
                )
                return
            except SlackApiError as exc:
                if not asker:
                    raise
                log.warning(
                    "could not post in the asker's thread %s/%s (%s); sending a DM",
                    row.channel,
                    row.thread_ts,
                    slack_error(exc),
                )
        if asker:
            self.client.chat_postMessage(
                channel=asker, text=message["text"], blocks=message["blocks"]
            )
        else:
            log.warning("escalation %s has no asker in Slack to tell", row.id)

    # -- who may act -------------------------------------------------------------------------------
    def may_act(self, user_id: str) -> bool:
        """AIPM_COACH_USER_IDS when set; otherwise the members of the escalation channel."""
        if self.service.coach_user_ids:
            return self.service.may_act(user_id)
        return self.service.may_act(user_id, self.channel_members())

    def channel_members(self) -> set[str] | None:
        if not self.channel or self.client is None:
            return None
        members: set[str] = set()
        cursor: str | None = None
        try:
            while True:
                response = self.client.conversations_members(
                    channel=self.channel, cursor=cursor, limit=500
                )
                members.update(response.get("members") or [])
                cursor = (response.get("response_metadata") or {}).get("next_cursor")
                if not cursor:
                    return members
        except SlackApiError as exc:
            log.warning(
                "cannot list the members of %s (%s): nobody may act on escalations until "
                "AIPM_COACH_USER_IDS is set or the bot can read the channel",
                self.channel,
                slack_error(exc),
            )
            return None
