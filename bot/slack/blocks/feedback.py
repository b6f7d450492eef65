"""The 👎 reason form under an ordinary answer."""

from __future__ import annotations

from typing import Any

from bot.slack.blocks.common import plain, section
from bot.slack.ids import (
    FEEDBACK_VIEW,
    HUMAN_BLOCK,
    HUMAN_INPUT,
    HUMAN_OPTION,
    REASON_BLOCK,
    REASON_INPUT,
)


REASON_LIMIT = 1000

def feedback_modal(*, private_metadata: str) -> dict[str, Any]:
    """After 👎: an optional reason, and the choice to ask a human coach."""
    return {
        "type": "modal",
        "callback_id": FEEDBACK_VIEW,
        "private_metadata": private_metadata,
        "title": plain("What missed the mark?"),
        "submit": plain("Send"),
        "close": plain("Skip"),
        "blocks": [
            section("Thanks, your 👎 is recorded. A reason helps us improve the guidance."),
            {
                "type": "input",
                "block_id": REASON_BLOCK,
                "optional": True,
                "label": plain("What was wrong or missing? (optional)"),
                "element": {
                    "type": "plain_text_input",
                    "action_id": REASON_INPUT,
                    "multiline": True,
                    "max_length": REASON_LIMIT,
                },
            },
            {
                "type": "input",
                "block_id": HUMAN_BLOCK,
                "optional": True,
                "label": plain("Human coach"),
                "element": {
                    "type": "checkboxes",
                    "action_id": HUMAN_INPUT,
                    "options": [
                        {
                            "text": plain("Ask a human coach to look at this question"),
                            "value": HUMAN_OPTION,
                        }
                    ],
                },
            },
        ],
    }
