"""Reading Slack payloads, for every surface: acks, view values and metadata, button presses."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any


def acknowledge(ack) -> None:
    """The ack half of a lazy listener: answer Slack at once, before any model work."""
    ack()


def ignore(ack) -> None:
    """Events we get but don't answer (edits, deletions, bots, chatter): acknowledged, dropped."""
    ack()


def view_value(view: dict[str, Any], block_id: str, action_id: str) -> str:
    """What was typed into one input of a submitted modal, stripped ("" when empty)."""
    element = view.get("state", {}).get("values", {}).get(block_id, {}).get(action_id, {})
    return (element.get("value") or "").strip()


def view_checked(view: dict[str, Any], block_id: str, action_id: str) -> set[str]:
    """The values of the ticked options of one checkboxes input of a submitted modal."""
    element = view.get("state", {}).get("values", {}).get(block_id, {}).get(action_id, {})
    return {option.get("value") for option in element.get("selected_options") or []}


def view_selected(view: dict[str, Any], block_id: str, action_id: str) -> str:
    """The value of the chosen option of one radio buttons or select input of a submitted modal ("" for none)."""
    element = view.get("state", {}).get("values", {}).get(block_id, {}).get(action_id, {})
    return (element.get("selected_option") or {}).get("value") or ""


def view_metadata(view: dict[str, Any]) -> dict[str, str]:
    """The private_metadata we put on a modal (JSON), or {} when it is missing or not ours."""
    try:
        data = json.loads(view.get("private_metadata") or "{}")
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def one_of(action_ids) -> re.Pattern[str]:
    """A matcher for bolt's app.action(): any of these action ids exactly."""
    return re.compile("^(" + "|".join(re.escape(a) for a in action_ids) + ")$")


@dataclass(frozen=True)
class ButtonPress:
    """Who pressed which button on which message; `value` is what the button carries (an id)."""

    action: str
    value: str
    user_id: str
    channel: str | None
    message_ts: str | None
    thread_ts: str | None
    trigger_id: str | None


def press_from(body: dict[str, Any]) -> ButtonPress:
    """A block_actions payload as a ButtonPress (message fields fall back to the container's)."""
    action = body["actions"][0]
    message = body.get("message") or {}
    container = body.get("container") or {}
    return ButtonPress(
        action=action["action_id"],
        value=str(action.get("value", "")),
        user_id=(body.get("user") or {}).get("id", ""),
        channel=(body.get("channel") or {}).get("id") or container.get("channel_id"),
        message_ts=message.get("ts") or container.get("message_ts"),
        thread_ts=message.get("thread_ts") or container.get("thread_ts"),
        trigger_id=body.get("trigger_id"),
    )
