"""The review modal's submission: the spec goes to the reviewer, the result to the person's DM."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from bot.slack.blocks import REVIEW_ACTION, REVIEW_BLOCK, REVIEW_CALLBACK
from bot.slack.flows.review import handle_review_text
from bot.slack.replies import ThreadReply

if TYPE_CHECKING:
    from slack_bolt import App
    from slack_sdk import WebClient

    from bot.services import Services
    from bot.slack.state import SlackState


def submitted_spec(view: dict[str, Any]) -> str:
    value = (
        view.get("state", {})
        .get("values", {})
        .get(REVIEW_BLOCK, {})
        .get(REVIEW_ACTION, {})
        .get("value")
    )
    return (value or "").strip()


def acknowledge_review(ack: Callable[..., Any], view: dict[str, Any]) -> None:
    """Closes the modal, or keeps it open with an error when the box is empty."""
    if not submitted_spec(view):
        ack(response_action="errors", errors={REVIEW_BLOCK: "Paste your spec here first."})
    else:
        ack()


def handle_review_submission(
    view: dict[str, Any],
    user_id: str,
    *,
    client: "WebClient",
    services: "Services",
    state: "SlackState",
) -> None:
    spec = submitted_spec(view)
    if not spec:
        return
    # Posting to a user id lands in the app's DM with them.
    reply = ThreadReply(client, state, channel=user_id, thread_ts=None, user_id=user_id)
    handle_review_text(services, spec, reply)


def register(app: "App", services: "Services", state: "SlackState") -> None:
    def review_submitted_spec(view, body, client) -> None:
        handle_review_submission(
            view, body["user"]["id"], client=client, services=services, state=state
        )

    app.view(REVIEW_CALLBACK)(ack=acknowledge_review, lazy=[review_submitted_spec])
