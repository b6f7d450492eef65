"""The escalate flow: the coach desk posts the escalation card, carries out the coaches' actions
and tells the asker.

The state lives in the database (bot.core.escalation); this module only posts and updates
messages around it, so a restarted bot carries on where the last one stopped.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from slack_sdk.errors import SlackApiError

from bot.core.records import Escalation, Interaction, KnowledgeEntry, Status, Trigger
from bot.core.storage import utcnow
from bot.slack.blocks import (
    ASK_HUMAN,
    Message,
    already_asked_message,
    already_handled_message,
    asked_message,
    card_message,
    coach_answer_message,
    dismissed_message,
    draft_text,
    handled_card_message,
    is_answer,
    refusal_message,
    simple_message,
    button_ack_text,
)
from bot.slack.replies import PrivateReply, new_error_id, slack_error

if TYPE_CHECKING:
    from slack_sdk import WebClient

    from bot.services import Services

log = logging.getLogger(__name__)

RETRY_CARD_AFTER = dt.timedelta(seconds=30)  # an escalation without a card this old never got one
NOT_FOUND = (
    "Sorry, I can't find this answer in my records, so I can't pass it to a coach. Please ask the "
    "question again, then press *Ask a human*."
)


@dataclass(frozen=True)
class Opened:
    """What asking for a coach did: `reached` when a card is in the escalation channel."""

    escalation: Escalation
    created: bool
    reached: bool
    posted_now: bool


def in_thread(row: Interaction | Escalation) -> bool:
    """Whether the asker's question has a thread we can answer in (a slash command has none)."""
    return bool(row.channel and row.thread_ts)


class CoachDesk:
    """Escalations as Slack sees them, for one request: built from the services and a client."""

    def __init__(self, services: "Services", client: "WebClient | None") -> None:
        self.services = services
        self.client = client
        self.service = services.escalations

    @property
    def channel(self) -> str:
        return self.services.settings.escalation_channel

    # -- asking for a coach ------------------------------------------------------------------------
    def open(self, interaction_id: str, trigger: Trigger) -> Opened:
        """Escalate an interaction (once) and make sure its card is in the coaches' channel."""
        escalation, created = self.service.escalate(interaction_id, trigger)
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
        if self.services.interactions.interaction(interaction_id) is None:
            private.send(simple_message(NOT_FOUND))
            return None
        opened = self.open(interaction_id, trigger)
        escalation = opened.escalation
        if opened.created or opened.posted_now:
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

    # -- coaches acting ----------------------------------------------------------------------------
    def act(
        self,
        escalation_id: str,
        coach: str,
        action: Status,
        *,
        text: str = "",
        add_to_knowledge: bool = False,
        card: tuple[str, str] | None = None,
        private: PrivateReply,
    ) -> bool:
        """Answer, approve the draft or dismiss; True when this coach's action was the one applied.

        Permission first (a refusal changes nothing), then one conditional update decides races.
        """
        if not self.may_act(coach):
            log.info(
                "refused %s on escalation %s by %s (not a coach)", action, escalation_id, coach
            )
            private.send(refusal_message())
            return False
        if action == Status.ANSWERED:
            outcome = self.service.answer(escalation_id, coach, text)
        elif action == Status.APPROVED:
            outcome = self.service.approve_draft(escalation_id, coach)
        else:
            outcome = self.service.dismiss(escalation_id, coach, text)
        escalation = outcome.escalation
        if not outcome.won:
            log.info(
                "%s on escalation %s by %s lost: already %s by %s",
                action,
                escalation_id,
                coach,
                escalation.status,
                escalation.handled_by,
            )
            private.send(already_handled_message(escalation))
            return False
        log.info("escalation %s %s by %s", escalation_id, escalation.status, coach)
        threaded = in_thread(escalation)
        if action == Status.DISMISSED:
            message = dismissed_message(escalation, in_thread=threaded)
        else:
            message = coach_answer_message(escalation, in_thread=threaded)
        try:
            self.deliver(escalation, message)
        except Exception:
            error_id = new_error_id()
            log.exception(
                "could not deliver escalation %s to the asker; error id %s", escalation_id, error_id
            )
            private.send(
                simple_message(
                    "😓 Saved, but I couldn't post it to the asker. "
                    f"Error id `{error_id}` for your Slack admin."
                )
            )
        entry = None
        if add_to_knowledge and action != Status.DISMISSED and is_answer(escalation):
            entry = self.learn(escalation, coach, private=private)
        self.refresh_cards(escalation, entry=entry, also=card)
        return True

    def learn(
        self, escalation: Escalation, coach: str, *, private: PrivateReply
    ) -> KnowledgeEntry | None:
        """The coach's answer (or the approved draft) becomes a knowledge entry."""
        answer = escalation.coach_answer
        if escalation.status == Status.APPROVED:
            answer = draft_text(answer)
        try:
            entry = self.services.coach_knowledge.add(
                escalation.question, answer, coach, escalation_id=escalation.id
            )
        except Exception:
            error_id = new_error_id()
            log.exception(
                "could not add escalation %s to the knowledge base; error id %s",
                escalation.id,
                error_id,
            )
            private.send(
                simple_message(
                    "😓 The answer was posted, but I couldn't add it to the knowledge base. "
                    f"Error id `{error_id}` for your Slack admin."
                )
            )
            return None
        log.info(
            "escalation %s added to the knowledge base as entry %s", escalation.id, entry.id
        )
        return entry

    def retract(
        self, entry_id: str, coach: str, *, card: tuple[str, str] | None, private: PrivateReply
    ) -> bool:
        """Take a coach answer out of the knowledge base (coaches only) and say so on its card."""
        if not self.may_act(coach):
            log.info("refused retracting entry %s by %s (not a coach)", entry_id, coach)
            private.send(refusal_message())
            return False
        retracted = self.services.coach_knowledge.retract(entry_id, coach)
        entry = self.services.coach_knowledge.entry(entry_id)
        if entry is None:
            private.send(simple_message("That knowledge entry no longer exists."))
            return False
        if not retracted:
            private.send(simple_message(f"Already retracted by <@{entry.retracted_by}>."))
        else:
            log.info("knowledge entry %s retracted by %s", entry_id, coach)
        if entry.escalation_id:
            try:
                escalation = self.service.get(entry.escalation_id)
            except KeyError:
                return retracted
            self.refresh_cards(escalation, entry=entry, also=card)
        return retracted

    def refresh_cards(
        self,
        escalation: Escalation,
        *,
        entry: KnowledgeEntry | None,
        also: tuple[str, str] | None = None,
    ) -> None:
        """Show who handled it and when on the card (and on the card clicked, if another)."""
        targets = []
        for channel, ts in ((escalation.card_channel, escalation.card_ts), also or ("", "")):
            if channel and ts and (channel, ts) not in targets:
                targets.append((channel, ts))
        if not targets or self.client is None:
            return
        message = handled_card_message(
            escalation, permalink=self.permalink(escalation), entry=entry
        )
        for channel, ts in targets:
            try:
                self.client.chat_update(
                    channel=channel, ts=ts, text=message["text"], blocks=message["blocks"]
                )
            except SlackApiError as exc:
                log.warning("could not update the card %s/%s (%s)", channel, ts, slack_error(exc))
