"""Listener pieces every surface shares."""

from __future__ import annotations

import json
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


def view_metadata(view: dict[str, Any]) -> dict[str, str]:
    """The private_metadata we put on a modal (JSON), or {} when it is missing or not ours."""
    try:
        data = json.loads(view.get("private_metadata") or "{}")
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}
