"""Pure builders for the coaches' forms: answer, approve the draft, dismiss."""

from __future__ import annotations

from typing import Any

from bot.core.records import Escalation
from bot.slack.blocks.common import Block, plain, section, sections
from bot.slack.blocks.escalation import draft_text, is_answer, quoted
from bot.slack.blocks.feedback import REASON_LIMIT
from bot.slack.ids import (
    ANSWER_BLOCK,
    ANSWER_INPUT,
    ANSWER_VIEW,
    APPROVE_VIEW,
    DISMISS_VIEW,
    KNOWLEDGE_BLOCK,
    KNOWLEDGE_INPUT,
    KNOWLEDGE_OPTION,
    REASON_BLOCK,
    REASON_INPUT,
)
from bot.slack.text import SECTION_TEXT_LIMIT, shorten

INPUT_LIMIT = 3000  # Slack's ceiling for a plain_text_input

# -- modals --------------------------------------------------------------------------------------
def _knowledge_input(label: str) -> Block:
    return {
        "type": "input",
        "block_id": KNOWLEDGE_BLOCK,
        "optional": True,
        "label": plain("Knowledge base"),
        "element": {
            "type": "checkboxes",
            "action_id": KNOWLEDGE_INPUT,
            "options": [
                {
                    "text": plain(label),
                    "value": KNOWLEDGE_OPTION,
                    # Slack allows 75 characters here; more and views.open fails.
                    "description": plain("Answers later questions like this; retract it from the card."),
                }
            ],
        },
    }

def _question_context(escalation: Escalation) -> Block:
    asker = f"<@{escalation.asker}>" if escalation.asker else "someone"
    head = f"*Question from {asker}*\n"
    # Escaped first, then cut: escaping grows the text (& → &amp;), so the cut must come after.
    return section(head + shorten(quoted(escalation.question), SECTION_TEXT_LIMIT - len(head)))

def answer_modal(escalation: Escalation, *, private_metadata: str) -> dict[str, Any]:
    """Answer: a big text box prefilled with the draft, and "add to knowledge base"."""
    element: dict[str, Any] = {
        "type": "plain_text_input",
        "action_id": ANSWER_INPUT,
        "multiline": True,
        "min_length": 1,
        "max_length": INPUT_LIMIT,
        "placeholder": plain("Write the answer the asker will see, under your name."),
    }
    draft = draft_text(escalation.draft)
    if draft:
        element["initial_value"] = draft[:INPUT_LIMIT]
    blocks: list[Block] = [
        _question_context(escalation),
        {
            "type": "input",
            "block_id": ANSWER_BLOCK,
            "label": plain("Your answer"),
            "element": element,
            "hint": plain(
                ("Prefilled with the bot's draft: edit freely. " if draft else "")
                + "It is posted in the asker's thread, credited to you."
            ),
        },
    ]
    if is_answer(escalation):
        blocks.append(_knowledge_input("Add to knowledge base"))
    return {
        "type": "modal",
        "callback_id": ANSWER_VIEW,
        "private_metadata": private_metadata,
        "title": plain("Answer the question"),
        "submit": plain("Send answer"),
        "close": plain("Cancel"),
        "blocks": blocks,
    }

def approve_modal(escalation: Escalation, *, private_metadata: str) -> dict[str, Any]:
    """Approve draft: the draft as it will be sent, and the same "add to knowledge base" choice."""
    return {
        "type": "modal",
        "callback_id": APPROVE_VIEW,
        "private_metadata": private_metadata,
        "title": plain("Approve the draft"),
        "submit": plain("Approve"),
        "close": plain("Cancel"),
        "blocks": [
            _question_context(escalation),
            *sections(
                "*The bot's draft, as the asker will see it under your name*\n"
                + quoted(draft_text(escalation.draft), ours=True)
            ),
            _knowledge_input("Add to knowledge base"),
        ],
    }

def dismiss_modal(escalation: Escalation, *, private_metadata: str) -> dict[str, Any]:
    """Dismiss: a reason is required, and the asker is shown it."""
    return {
        "type": "modal",
        "callback_id": DISMISS_VIEW,
        "private_metadata": private_metadata,
        "title": plain("Dismiss the question"),
        "submit": plain("Dismiss"),
        "close": plain("Cancel"),
        "blocks": [
            _question_context(escalation),
            {
                "type": "input",
                "block_id": REASON_BLOCK,
                "label": plain("Reason"),
                "element": {
                    "type": "plain_text_input",
                    "action_id": REASON_INPUT,
                    "multiline": True,
                    "min_length": 1,
                    "max_length": REASON_LIMIT,
                    "placeholder": plain(
                        "e.g. a duplicate of an answered question; not about AI products"
                    ),
                },
                "hint": plain("The asker sees this reason in their thread."),
            },
        ],
    }
