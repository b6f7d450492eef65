""""It's in my spec" under a review's item: the form, then the correction kept and the spec read again.

The form is validated in its ack, so a line that is not in the spec keeps the form open with Slack's
own field error, and nothing is kept; the thanks and the second reading go to the review's thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from slack_sdk.errors import SlackApiError

from bot.core.outbox import database_unavailable
from bot.core.review.corrections import CorrectionError
from bot.core.review.rubric import default_rubric
from bot.slack.blocks import metadata, simple_message
from bot.slack.blocks.review_corrections import correction_modal, correction_thanks_message
from bot.slack.ids import (
    CORRECTION_LINE_BLOCK,
    CORRECTION_LINE_INPUT,
    CORRECTION_STATUS_BLOCK,
    CORRECTION_STATUS_INPUT,
    CORRECTION_VIEW,
    REVIEW_CORRECT,
)
from bot.slack.payloads import ButtonPress, press_from, view_metadata, view_selected, view_value
from bot.slack.replies import PrivateReply, ThreadReply, apologising, slack_error

if TYPE_CHECKING:
    from slack_bolt import App
    from slack_sdk import WebClient

    from bot.core.review.corrections import Correction
    from bot.services import Services
    from bot.slack.state import SlackState

log = logging.getLogger(__name__)

NOT_SAVED = "I couldn't save that just now (the database is unavailable). Please try again in a minute."


def open_correction_form(press: ButtonPress, *, client: "WebClient", respond: Callable[..., Any]) -> None:
    """The form for one item, opened while the button's trigger is still valid (3 s)."""
    interaction_id, _, item_id = press.value.rpartition(":")
    rubric = default_rubric()
    if item_id not in rubric.ids or not interaction_id:
        return  # not a value this app wrote
    view = correction_modal(
        rubric.get(item_id).name,
        private_metadata=metadata(interaction=interaction_id, item=item_id, channel=press.channel or "",
                                  thread_ts=press.thread_ts or press.message_ts or ""),
    )
    try:
        client.views_open(trigger_id=press.trigger_id, view=view)
    except SlackApiError as exc:  # e.g. the trigger expired while the app was busy
        log.warning("could not open the correction form (%s)", slack_error(exc))
        private = PrivateReply(client, user_id=press.user_id, channel=press.channel, thread_ts=press.thread_ts,
                               respond=respond)
        private.send(simple_message("I couldn't open the form in time. Please press *It's in my spec* again."))


def keep_correction(
    ack: Callable[..., Any], view: dict[str, Any], user_id: str, *, services: "Services"
) -> "Correction | None":
    """Keep the correction and close the form, or keep the form open with what to change."""
    meta = view_metadata(view)
    line = view_value(view, CORRECTION_LINE_BLOCK, CORRECTION_LINE_INPUT)
    try:
        correction = services.review_corrections.record(
            meta.get("interaction", ""), meta.get("item", ""), line,
            view_selected(view, CORRECTION_STATUS_BLOCK, CORRECTION_STATUS_INPUT) or "present", user_id
        )
    except CorrectionError as exc:
        message = str(exc)
        ack(response_action="errors", errors={CORRECTION_LINE_BLOCK: message[:1].upper() + message[1:] + "."})
        return None
    except Exception as exc:
        if not database_unavailable(exc):
            raise
        ack(response_action="errors", errors={CORRECTION_LINE_BLOCK: NOT_SAVED})
        return None
    ack()
    log.info("review correction %s: %s on %s by %s", correction.id, correction.item_id,
             correction.interaction_id, user_id)
    return correction


def thank_and_reread(
    correction: "Correction", meta: dict[str, str], user_id: str, *, services: "Services",
    client: "WebClient", state: "SlackState",
) -> None:
    """In the review's thread: what was learned, and the item's verdict with it."""
    channel = meta.get("channel") or user_id
    reply = ThreadReply(client, state, channel=channel, thread_ts=meta.get("thread_ts") or None, user_id=user_id)
    with apologising(reply, "reading the spec again"):
        spec = services.interactions.interaction(correction.interaction_id)
        item = services.reviewer.review(spec.question).item(correction.item_id) if spec else None
        reply.notify([correction_thanks_message(
            user_id, default_rubric().get(correction.item_id).name, correction.line,
            item.status if item else "unknown", item.reason if item else "",
        )])


def register(app: "App", services: "Services", state: "SlackState") -> None:
    def acknowledge_button(ack, body, client, respond) -> None:
        ack()
        state.forms.submit(open_correction_form, press_from(body), client=client, respond=respond)

    def acknowledge_form(ack, view, body, client) -> None:
        user_id = body["user"]["id"]
        correction = keep_correction(ack, view, user_id, services=services)
        if correction is not None:
            state.forms.submit(thank_and_reread, correction, view_metadata(view), user_id,
                               services=services, client=client, state=state)

    app.action(REVIEW_CORRECT)(acknowledge_button)
    app.view(CORRECTION_VIEW)(acknowledge_form)
