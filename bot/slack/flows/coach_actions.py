"""What coaches do on an escalation card: answer, approve the draft, dismiss, retract a knowledge
entry; then the asker is told and every card for it shows who handled it and when.

Asking for a coach (opening the escalation, posting its card) is bot.slack.flows.escalate.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from slack_sdk.errors import SlackApiError

from bot.core.records import Escalation, KnowledgeEntry, Status
from bot.slack.blocks import (
    already_handled_message,
    coach_answer_message,
    dismissed_message,
    draft_text,
    handled_card_message,
    is_answer,
    refusal_message,
    simple_message,
)
from bot.slack.flows.escalate import CoachDesk, in_thread
from bot.slack.replies import PrivateReply, new_error_id, slack_error

if TYPE_CHECKING:
    from slack_sdk import WebClient

    from bot.services import Services

log = logging.getLogger(__name__)


class CoachActions:
    """A coach's action on one escalation, for one request; the first coach to act wins."""

    def __init__(self, services: "Services", client: "WebClient | None") -> None:
        self.desk = CoachDesk(services, client)

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
        if not self.desk.may_act(coach):
            log.info(
                "refused %s on escalation %s by %s (not a coach)", action, escalation_id, coach
            )
            private.send(refusal_message())
            return False
        if action == Status.ANSWERED:
            outcome = self.desk.service.answer(escalation_id, coach, text)
        elif action == Status.APPROVED:
            outcome = self.desk.service.approve_draft(escalation_id, coach)
        else:
            outcome = self.desk.service.dismiss(escalation_id, coach, text)
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
            self.desk.deliver(escalation, message)
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
            entry = self.desk.services.coach_knowledge.add(
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
        if not self.desk.may_act(coach):
            log.info("refused retracting entry %s by %s (not a coach)", entry_id, coach)
            private.send(refusal_message())
            return False
        retracted = self.desk.services.coach_knowledge.retract(entry_id, coach)
        entry = self.desk.services.coach_knowledge.entry(entry_id)
        if entry is None:
            private.send(simple_message("That knowledge entry no longer exists."))
            return False
        if not retracted:
            private.send(simple_message(f"Already retracted by <@{entry.retracted_by}>."))
        else:
            log.info("knowledge entry %s retracted by %s", entry_id, coach)
        if entry.escalation_id:
            try:
                escalation = self.desk.service.get(entry.escalation_id)
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
        if not targets or self.desk.client is None:
            return
        message = handled_card_message(
            escalation, permalink=self.desk.permalink(escalation), entry=entry
        )
        for channel, ts in targets:
            try:
                self.desk.client.chat_update(
                    channel=channel, ts=ts, text=message["text"], blocks=message["blocks"]
                )
            except SlackApiError as exc:
                log.warning("could not update the card %s/%s (%s)", channel, ts, slack_error(exc))
