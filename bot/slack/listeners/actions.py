"""The buttons under an answer: 👍, 👎 (then a form for the reason) and "Ask a human".

Each button's value is the interaction id recorded with the answer, so a press is looked up in
the database and works after a restart; the spec-review summary's "Ask a human coach" button
(action_id `ask_human`, surface "review") lands here too.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from slack_sdk.errors import SlackApiError

from bot.slack.blocks import ASK_HUMAN, BUTTON_ACTIONS, FEEDBACK_DOWN, FEEDBACK_UP, button_ack_text
from bot.slack.escalation_blocks import (
    FEEDBACK_VIEW,
    HUMAN_BLOCK,
    HUMAN_INPUT,
    HUMAN_OPTION,
    REASON_BLOCK,
    REASON_INPUT,
    feedback_modal,
    metadata,
    simple_note,
)
from bot.slack.escalations import CoachDesk
from bot.slack.listeners.common import acknowledge, view_checked, view_metadata, view_value
from bot.slack.replies import PrivateReply, apologising, slack_error

if TYPE_CHECKING:
    from slack_bolt import App
    from slack_sdk import WebClient

    from bot.services import Services
    from bot.slack.state import SlackState

log = logging.getLogger(__name__)

BUTTONS_RE = re.compile("^(" + "|".join(BUTTON_ACTIONS) + ")$")
NOT_SAVED = "Thanks for the feedback. I couldn't save it just now, sorry."


@dataclass(frozen=True)
class ButtonPress:
    """Who pressed which button under which answer."""

    action: str  # feedback_up | feedback_down | ask_human
    answer_ref: str  # the interaction id (an in-memory reference if the database was down)
    user_id: str
    channel: str | None
    message_ts: str | None
    thread_ts: str | None
    trigger_id: str | None


def press_from(body: dict[str, Any]) -> ButtonPress:
    action = body["actions"][0]
    message = body.get("message") or body.get("container") or {}
    container = body.get("container") or {}
    return ButtonPress(
        action=action["action_id"],
        answer_ref=str(action.get("value", "")),
        user_id=(body.get("user") or {}).get("id", ""),
        channel=(body.get("channel") or {}).get("id") or container.get("channel_id"),
        message_ts=message.get("ts") or message.get("message_ts"),
        thread_ts=message.get("thread_ts") or container.get("thread_ts"),
        trigger_id=body.get("trigger_id"),
    )


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
        interaction = services.escalations.interaction(press.answer_ref)
        memory = state.answer(press.answer_ref) if interaction is None else None
        label = (interaction or {}).get("label") or (memory.label if memory else "unknown")
        log.info(
            "button %s on answer %s (%s confidence) by %s in %s",
            press.action,
            press.answer_ref,
            label,
            press.user_id,
            press.channel,
        )
        if press.action == ASK_HUMAN:
            CoachDesk(services, client).request(press.answer_ref, "asked", private=private)
            return
        if interaction is None:
            private.send(simple_note(NOT_SAVED))
            return
        if press.action == FEEDBACK_UP:
            services.escalations.vote(press.answer_ref, press.user_id, +1)
            private.send(simple_note(button_ack_text(FEEDBACK_UP)))
        elif press.action == FEEDBACK_DOWN:
            services.escalations.vote(press.answer_ref, press.user_id, -1)
            open_reason_form(press, client=client, private=private)


def open_reason_form(press: ButtonPress, *, client: "WebClient", private: PrivateReply) -> None:
    """After 👎: a form for an optional reason, with "Ask a human coach" as a tick box."""
    view = feedback_modal(
        private_metadata=metadata(
            interaction=press.answer_ref,
            channel=press.channel or "",
            thread_ts=press.thread_ts or "",
        )
    )
    try:
        client.views_open(trigger_id=press.trigger_id, view=view)
    except SlackApiError as exc:  # e.g. the trigger expired: thank them and point at the button
        log.warning("could not open the 👎 form (%s)", slack_error(exc))
        private.send(
            simple_note(
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
            services.escalations.set_vote_reason(interaction_id, user_id, reason)
        log.info(
            "👎 reason on %s by %s (%d characters, human coach %s)",
            interaction_id,
            user_id,
            len(reason),
            "asked" if wants_human else "not asked",
        )
        if wants_human:
            CoachDesk(services, client).request(interaction_id, "thumbs_down", private=private)


def register(app: "App", services: "Services", state: "SlackState") -> None:
    def record_button_press(body, client, respond) -> None:
        handle_button(
            press_from(body), services=services, state=state, client=client, respond=respond
        )

    def save_feedback_reason(view, body, client) -> None:
        handle_feedback_reason(view, body["user"]["id"], client=client, services=services)

    app.action(BUTTONS_RE)(ack=acknowledge, lazy=[record_button_press])
    app.view(FEEDBACK_VIEW)(ack=acknowledge, lazy=[save_feedback_reason])
