"""The buttons under an answer: 👍, 👎 and "Ask a human". For now: a log line and a thank-you."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from bot.slack.blocks import BUTTON_ACTIONS, button_ack_text
from bot.slack.listeners.common import acknowledge

if TYPE_CHECKING:
    from slack_bolt import App

    from bot.services import Services
    from bot.slack.state import AnswerRecord, SlackState

log = logging.getLogger(__name__)

BUTTONS_RE = re.compile("^(" + "|".join(BUTTON_ACTIONS) + ")$")


@dataclass(frozen=True)
class ButtonPress:
    """Who pressed which button under which answer."""

    action: str  # feedback_up | feedback_down | ask_human
    answer_ref: str
    user_id: str | None
    channel: str | None
    message_ts: str | None
    thread_ts: str | None
    answer: "AnswerRecord | None"  # None when the answer is older than this process


def press_from(body: dict[str, Any], state: "SlackState") -> ButtonPress:
    action = body["actions"][0]
    message = body.get("message") or body.get("container") or {}
    ref = str(action.get("value", ""))
    return ButtonPress(
        action=action["action_id"],
        answer_ref=ref,
        user_id=(body.get("user") or {}).get("id"),
        channel=(body.get("channel") or {}).get("id")
        or body.get("container", {}).get("channel_id"),
        message_ts=message.get("ts") or message.get("message_ts"),
        thread_ts=message.get("thread_ts"),
        answer=state.answer(ref),
    )


def handle_button(press: ButtonPress, *, services: "Services", respond: Callable[..., Any]) -> None:
    """Log the press and thank the person privately.

    Storing votes and opening escalations (services.escalations and friends) plug in here: `press`
    carries what they need, including the answer's question and confidence while in memory.
    """
    record = press.answer
    log.info(
        "button %s on answer %s (%s confidence) by %s in %s",
        press.action,
        press.answer_ref,
        record.label if record else "unknown",
        press.user_id,
        press.channel,
    )
    respond(
        text=button_ack_text(press.action),
        response_type="ephemeral",
        replace_original=False,
        thread_ts=press.thread_ts,
    )


def register(app: "App", services: "Services", state: "SlackState") -> None:
    def record_button_press(body, respond) -> None:
        handle_button(press_from(body, state), services=services, respond=respond)

    app.action(BUTTONS_RE)(ack=acknowledge, lazy=[record_button_press])
