"""Pure builders for correcting a review: the "It's in my spec" button, its form, and the thanks."""

from __future__ import annotations

from typing import Any

from bot.slack.blocks.common import Block, Message, context, plain, section
from bot.slack.ids import (
    CORRECTION_LINE_BLOCK,
    CORRECTION_LINE_INPUT,
    CORRECTION_STATUS_BLOCK,
    CORRECTION_STATUS_INPUT,
    CORRECTION_VIEW,
    REVIEW_CORRECT,
)
from bot.slack.text import escape, preview

CORRECT_TEXT = "It's in my spec"
LINE_LIMIT = 600  # bot/core/review/corrections.py MAX_LINE_CHARS: one line, not a section
STATUS_OPTIONS = {"present": "It covers it fully", "partial": "It covers it in part"}


def correct_button(interaction_id: str, item_id: str) -> Block:
    """Under an item the review called missing or partial: the way to say where the spec covers it."""
    return {
        "type": "actions",
        "elements": [
            {
                "type": "button",
                "action_id": REVIEW_CORRECT,
                "text": plain(CORRECT_TEXT),
                "value": f"{interaction_id}:{item_id}",
            }
        ],
    }


def correction_modal(item_name: str, *, private_metadata: str) -> dict[str, Any]:
    """Which line of the spec covers the item, and whether fully or in part."""
    return {
        "type": "modal",
        "callback_id": CORRECTION_VIEW,
        "private_metadata": private_metadata,
        "title": plain("Correct the review"),
        "submit": plain("Send"),
        "close": plain("Cancel"),
        "blocks": [
            section(
                f"Where does your spec cover *{escape(item_name)}*? Paste the line or sentence as it is "
                "written in the spec. Later reviews here will count lines like it for this item."
            ),
            {
                "type": "input",
                "block_id": CORRECTION_LINE_BLOCK,
                "label": plain("The line from your spec"),
                "element": {
                    "type": "plain_text_input",
                    "action_id": CORRECTION_LINE_INPUT,
                    "multiline": True,
                    "max_length": LINE_LIMIT,
                },
            },
            {
                "type": "input",
                "block_id": CORRECTION_STATUS_BLOCK,
                "label": plain("How much of it does that line cover?"),
                "element": {
                    "type": "radio_buttons",
                    "action_id": CORRECTION_STATUS_INPUT,
                    "initial_option": {"text": plain(STATUS_OPTIONS["present"]), "value": "present"},
                    "options": [{"text": plain(text), "value": value} for value, text in STATUS_OPTIONS.items()],
                },
            },
        ],
    }


def correction_thanks_message(user_id: str, item_name: str, line: str, status: str, reason: str) -> Message:
    """In the review's thread: what was learned, and the item's verdict when the spec is read again."""
    text = (
        f"Thanks, <@{user_id}>: noted that the spec covers *{escape(item_name)}* with “{escape(preview(line, 300))}”. "
        f"Lines like it now count for {escape(item_name)} in reviews here."
    )
    again = f"Read again with that line: {escape(item_name)} is *{status}*" + (f" ({escape(reason)})." if reason else ".")
    return {"text": text, "blocks": [section(text), context(again)]}
