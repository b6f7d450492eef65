"""The buttons under an answer: 👍, 👎 (then a form for the reason) and "Ask a human".

Each button's value is the interaction id recorded with the answer, so a press is looked up in
the database and works after a restart; the spec-review summary's "Ask a human coach" button
(action_id `ask_human`, surface "review") lands here too.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from slack_sdk.errors import SlackApiError

from bot.core.outbox import database_unavailable
from bot.core.records import Trigger
from bot.slack.blocks import (
    ASK_HUMAN,
    BUTTON_ACTIONS,
    FEEDBACK_DOWN,
    FEEDBACK_UP,
    button_ack_text,
    simple_message,
)
from bot.slack.blocks import (
    FEEDBACK_VIEW,
    HUMAN_BLOCK,
    HUMAN_INPUT,
    HUMAN_OPTION,
    REASON_BLOCK,
    REASON_INPUT,
    feedback_modal,
    metadata,
)
from bot.slack.flows.escalate import CoachDesk
from bot.slack.payloads import (
    ButtonPress,
    acknowledge,
    one_of,
    press_from,
    view_checked,
    view_metadata,
    view_value,
)
from bot.slack.replies import PrivateReply, apologising, slack_error

if TYPE_CHECKING:
    from slack_bolt import App
    from slack_sdk import WebClient

    from bot.services import Services
    from bot.slack.state import SlackState

log = logging.getLogger(__name__)

NOT_SAVED = "Thanks for the feedback. I couldn't save it just now, sorry."


def handle_button(
    press: ButtonPress,
    *,
    services: "Services",
    state: "SlackState",
    client: "WebClient",
    respond: Callable[..., Any],
) -> None:
    """Store the vote (one per person, a second click changes it), open the 👎 form, or ask a
    coach. Replies go privately to the person who pressed."""
    private = PrivateReply(
        client,
        user_id=press.user_id,
        channel=press.channel,
        thread_ts=press.thread_ts,
        respond=respond,
    )
    with apologising(private, f"handling the {press.action} button"):
        try:
            interaction = services.interactions.interaction(press.value)
            out_of_reach = False
        except Exception as exc:
            if not database_unavailable(exc):
                raise
            interaction, out_of_reach = None, True  # the vote is kept and written once it is back
        memory = state.answer(press.value) if interaction is None else None
        label = (interaction.label if interaction else None) or (memory.label if memory else "unknown")
        log.info(
            "button %s on answer %s (%s confidence) by %s in %s",
            press.action,
            press.value,
            label,
            press.user_id,
            press.channel,
        )
        if press.action == ASK_HUMAN:
            CoachDesk(services, client).request(press.value, Trigger.ASKED, private=private)
            return
        if interaction is None and not out_of_reach:
            private.send(simple_message(NOT_SAVED))
            return
        if press.action == FEEDBACK_UP:
            services.interactions.vote(press.value, press.user_id, +1)
            private.send(simple_message(button_ack_text(FEEDBACK_UP)))
        elif press.action == FEEDBACK_DOWN:
            # The reason form was opened from the ack (see register): its trigger lasts 3 s.
            services.interactions.vote(press.value, press.user_id, -1)


def open_reason_form_for(
    press: ButtonPress, *, services: "Services", client: "WebClient", respond: Callable[..., Any]
) -> None:
    """👎 on an answer we have on record: the reason form, opened before the trigger expires."""
    private = PrivateReply(
        client, user_id=press.user_id, channel=press.channel, thread_ts=press.thread_ts,
        respond=respond,
    )
    with apologising(private, "opening the 👎 form"):
        try:
            known = services.interactions.interaction(press.value) is not None
        except Exception as exc:
            if not database_unavailable(exc):
                raise
            known = True  # the database is down: the vote and its reason are kept for it
        if known:
            open_reason_form(press, client=client, private=private)


def open_reason_form(press: ButtonPress, *, client: "WebClient", private: PrivateReply) -> None:
    """After 👎: a form for an optional reason, with "Ask a human coach" as a tick box."""
    view = feedback_modal(
        private_metadata=metadata(
            interaction=press.value,
            channel=press.channel or "",
            thread_ts=press.thread_ts or "",
        )
    )
    try:
        client.views_open(trigger_id=press.trigger_id, view=view)
    except SlackApiError as exc:  # e.g. the trigger expired: thank them and point at the button
        log.warning("could not open the 👎 form (%s)", slack_error(exc))
        private.send(
            simple_message(
                button_ack_text(FEEDBACK_DOWN)
                + " Press *Ask a human* if you'd like a coach to look at it."
            )
        )


def handle_feedback_reason(
    view: dict[str, Any], user_id: str, *, client: "WebClient", services: "Services"
) -> None:
    """The 👎 form: save the reason on the vote; with the box ticked, ask a human coach."""
    meta = view_metadata(view)
    interaction_id = meta.get("interaction", "")
    reason = view_value(view, REASON_BLOCK, REASON_INPUT)
    wants_human = HUMAN_OPTION in view_checked(view, HUMAN_BLOCK, HUMAN_INPUT)
    private = PrivateReply(
        client,
        user_id=user_id,
        channel=meta.get("channel") or None,
        thread_ts=meta.get("thread_ts") or None,
    )
    with apologising(private, "saving a 👎 reason"):
        if reason:
            services.interactions.set_vote_reason(interaction_id, user_id, reason)
        log.info(
            "👎 reason on %s by %s (%d characters, human coach %s)",
            interaction_id,
            user_id,
            len(reason),
            "asked" if wants_human else "not asked",
        )
        if wants_human:
            CoachDesk(services, client).request(interaction_id, Trigger.THUMBS_DOWN, private=private)


def register(app: "App", services: "Services", state: "SlackState") -> None:
    def record_button_press(body, client, respond) -> None:
        handle_button(
            press_from(body), services=services, state=state, client=client, respond=respond
        )

    def save_feedback_reason(view, body, client) -> None:
        handle_feedback_reason(view, body["user"]["id"], client=client, services=services)

    def acknowledge_button(ack, body, client, respond) -> None:
        acknowledge(ack)
        press = press_from(body)
        if press.action == FEEDBACK_DOWN:  # its own pool, not the answers' one
            state.forms.submit(
                open_reason_form_for, press, services=services, client=client, respond=respond
            )

    app.action(one_of(BUTTON_ACTIONS))(ack=acknowledge_button, lazy=[record_button_press])
    app.view(FEEDBACK_VIEW)(ack=acknowledge, lazy=[save_feedback_reason])
