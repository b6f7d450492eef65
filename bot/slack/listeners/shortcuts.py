"""The "Review an AI spec" global shortcut: opens the same form as `/aipm review`."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from bot.slack.blocks import REVIEW_SHORTCUT, review_modal
from bot.slack.payloads import acknowledge

if TYPE_CHECKING:
    from slack_bolt import App
    from slack_sdk import WebClient

    from bot.services import Services
    from bot.slack.state import SlackState

log = logging.getLogger(__name__)


def open_review_form(body: dict[str, Any], *, client: "WebClient") -> None:
    # A shortcut has no thread or response_url to apologise in: a failure can only be logged.
    try:
        client.views_open(trigger_id=body["trigger_id"], view=review_modal())
    except Exception:
        log.exception("could not open the review form from the shortcut")


def register(app: "App", services: "Services", state: "SlackState") -> None:
    def open_review_modal(ack, body, client) -> None:
        # Its own pool, not the answers' one: the trigger_id expires 3 s after the click.
        acknowledge(ack)
        state.forms.submit(open_review_form, body, client=client)

    app.shortcut(REVIEW_SHORTCUT)(open_review_modal)
