"""The escalation card: Answer, Approve draft and Dismiss (each a form), Retract from the knowledge
base, and the asker's rating of a coach's answer."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from bot.core.records import Status
from bot.slack.blocks import simple_message
from bot.slack.blocks import (
    ANSWER_BLOCK,
    ANSWER_INPUT,
    ANSWER_VIEW,
    APPROVE_VIEW,
    CARD_ACTIONS,
    DISMISS_VIEW,
    ESCALATION_ANSWER,
    ESCALATION_APPROVE,
    KNOWLEDGE_BLOCK,
    KNOWLEDGE_INPUT,
    KNOWLEDGE_OPTION,
    KNOWLEDGE_RETRACT,
    RATE_HELPFUL,
    RATING_ACTIONS,
    REASON_BLOCK,
    REASON_INPUT,
    already_handled_message,
    answer_modal,
    approve_modal,
    dismiss_modal,
    has_draft,
    metadata,
    rating_thanks_message,
    refusal_message,
)
from bot.slack.flows.coach_actions import CoachActions
from bot.slack.flows.escalate import CoachDesk
from bot.slack.payloads import (
    acknowledge,
    one_of,
    press_from,
    view_checked,
    view_metadata,
    view_value,
)
from bot.slack.replies import PrivateReply, apologising

if TYPE_CHECKING:
    from slack_bolt import App
    from slack_sdk import WebClient

    from bot.services import Services
    from bot.slack.state import SlackState

log = logging.getLogger(__name__)

VIEW_ACTIONS = {ANSWER_VIEW: Status.ANSWERED, APPROVE_VIEW: Status.APPROVED, DISMISS_VIEW: Status.DISMISSED}


def open_coach_form(body: dict[str, Any], *, client: "WebClient", services: "Services") -> None:
    """Answer, Approve draft or Dismiss pressed on a card: a coach gets the form, anyone else a
    private refusal; an escalation someone already handled says who."""
    press = press_from(body)
    action, escalation_id, user, channel, ts = (
        press.action,
        press.value,
        press.user_id,
        press.channel,
        press.message_ts,
    )
    private = PrivateReply(client, user_id=user, channel=channel)
    with apologising(private, f"opening the {action} form"):
        desk = CoachDesk(services, client)
        if not desk.may_act(user):
            log.info("refused %s on escalation %s by %s (not a coach)", action, escalation_id, user)
            private.send(refusal_message())
            return
        try:
            escalation = services.escalations.get(escalation_id)
        except KeyError:
            private.send(simple_message("I can't find this escalation any more."))
            return
        if escalation.status != Status.OPEN:
            private.send(already_handled_message(escalation))
            return
        meta = metadata(escalation=escalation_id, channel=channel, ts=ts)
        if action == ESCALATION_ANSWER:
            view = answer_modal(escalation, private_metadata=meta)
        elif action == ESCALATION_APPROVE:
            if not has_draft(escalation):
                private.send(simple_message("There is no draft to approve here; use *Answer*."))
                return
            view = approve_modal(escalation, private_metadata=meta)
        else:
            view = dismiss_modal(escalation, private_metadata=meta)
        client.views_open(trigger_id=body["trigger_id"], view=view)


def acknowledge_coach_form(ack: Callable[..., Any], view: dict[str, Any]) -> None:
    """Closes the form, or keeps it open when the answer or the reason is blank."""
    callback = view.get("callback_id")
    if callback == ANSWER_VIEW and not view_value(view, ANSWER_BLOCK, ANSWER_INPUT):
        ack(response_action="errors", errors={ANSWER_BLOCK: "Write the answer first."})
    elif callback == DISMISS_VIEW and not view_value(view, REASON_BLOCK, REASON_INPUT):
        ack(response_action="errors", errors={REASON_BLOCK: "Give the asker a reason."})
    else:
        ack()


def handle_coach_form(
    view: dict[str, Any], user_id: str, *, client: "WebClient", services: "Services"
) -> None:
    """A submitted Answer, Approve or Dismiss form: the first coach wins, the others are told."""
    action = VIEW_ACTIONS[view["callback_id"]]
    meta = view_metadata(view)
    text = (
        view_value(view, ANSWER_BLOCK, ANSWER_INPUT)
        if action == Status.ANSWERED
        else view_value(view, REASON_BLOCK, REASON_INPUT)
    )
    if action != Status.APPROVED and not text:
        return  # the ack kept the form open with an error; bolt still runs this half
    add = KNOWLEDGE_OPTION in view_checked(view, KNOWLEDGE_BLOCK, KNOWLEDGE_INPUT)
    card = (meta.get("channel", ""), meta.get("ts", ""))
    private = PrivateReply(client, user_id=user_id, channel=card[0] or None)
    with apologising(private, f"applying {action} to escalation {meta.get('escalation')}"):
        CoachActions(services, client).act(
            meta["escalation"],
            user_id,
            action,
            text=text,
            add_to_knowledge=add,
            card=card,
            private=private,
        )


def retract_entry(body: dict[str, Any], *, client: "WebClient", services: "Services") -> None:
    press = press_from(body)
    entry_id, user, channel, ts = press.value, press.user_id, press.channel, press.message_ts
    private = PrivateReply(client, user_id=user, channel=channel)
    with apologising(private, f"retracting knowledge entry {entry_id}"):
        CoachActions(services, client).retract(entry_id, user, card=(channel, ts), private=private)


def rate_coach_answer(
    body: dict[str, Any], *, client: "WebClient", services: "Services", respond: Callable[..., Any]
) -> None:
    """👍 / 👎 under a coach's answer: the asker's rating (a second click changes it)."""
    press = press_from(body)
    action, escalation_id, user, channel, thread_ts = (
        press.action,
        press.value,
        press.user_id,
        press.channel,
        press.thread_ts,
    )
    private = PrivateReply(
        client, user_id=user, channel=channel, thread_ts=thread_ts, respond=respond
    )
    with apologising(private, "rating a coach's answer"):
        escalation = services.escalations.get(escalation_id)
        if escalation.asker and user != escalation.asker:
            private.send(
                simple_message(f"Only <@{escalation.asker}>, who asked, can rate this answer.")
            )
            return
        rating = 1 if action == RATE_HELPFUL else -1
        services.escalations.rate(escalation_id, rating)
        log.info("escalation %s rated %+d by the asker", escalation_id, rating)
        private.send(rating_thanks_message(rating))


def register(app: "App", services: "Services", state: "SlackState") -> None:
    def open_form(ack, body, client) -> None:
        # Its own pool, not the answers' one: the trigger_id expires 3 s after the click.
        acknowledge(ack)
        state.forms.submit(open_coach_form, body, client=client, services=services)

    def apply_form(view, body, client) -> None:
        handle_coach_form(view, body["user"]["id"], client=client, services=services)

    def retract(body, client) -> None:
        retract_entry(body, client=client, services=services)

    def rate(body, client, respond) -> None:
        rate_coach_answer(body, client=client, services=services, respond=respond)

    app.action(one_of(CARD_ACTIONS))(open_form)
    for callback in VIEW_ACTIONS:
        app.view(callback)(ack=acknowledge_coach_form, lazy=[apply_form])
    app.action(KNOWLEDGE_RETRACT)(ack=acknowledge, lazy=[retract])
    app.action(one_of(RATING_ACTIONS))(ack=acknowledge, lazy=[rate])
