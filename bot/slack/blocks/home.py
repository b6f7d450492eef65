"""Pure builders for the Home tab, help, the assistant greeting and its suggested prompts."""

from __future__ import annotations

from typing import TYPE_CHECKING
import re
from typing import Any

from bot.core.confidence import LABEL_MEANINGS
from bot.slack.blocks.answer import LABEL_MARKS, LABEL_WORDS
from bot.slack.blocks.common import Message, context, plain, section, simple_message
from bot.slack.ids import COACH_HOME_BLOCK, COACH_START
from bot.slack.text import escape

if TYPE_CHECKING:
    from bot.core.review.reviewer import Review


SUGGESTED_PROMPTS = [
    {
        "title": "Define success metrics",
        "message": "How do I define success metrics for an AI feature?",
    },
    {"title": "Review my spec", "message": "Review my spec"},
    {"title": "Coach me on an AI idea", "message": "Coach me on an AI idea"},
]

# -- help, home, review --------------------------------------------------------------------------
WHAT_I_DO = (
    "I coach product managers who build AI products. I answer from a curated library of "
    "guidance (problem framing, metrics, data, evaluation, failure design, rollout, working with "
    "model teams), cite my sources and tell you how sure I am. When the guidance doesn't cover "
    "something, I say so instead of guessing."
)

HOW_TO_USE = (
    "*Ways to ask*\n"
    "• *Mention me* in a channel: `@aipm How do I choose a launch threshold?` I answer in a "
    "thread; mention me again in that thread to follow up.\n"
    "• *Message me directly*: every message is a question, and replies in the thread are "
    "follow-ups.\n"
    "• `/aipm ask QUESTION` answers in the channel you're in.\n"
    "• `/aipm review SPEC` reviews a pasted spec; `/aipm review` alone opens a form with a big "
    "text box. If the review missed something your spec says, press *It's in my spec* under that item.\n"
    "• `/aipm coach [IDEA]` (or a DM saying _coach me on …_) walks you through an AI product idea, "
    "one question at a time, and ends with a brief.\n"
    "• `/aipm help` shows this message."
)

def confidence_legend() -> str:
    return "*What the confidence labels mean*\n" + "\n".join(
        f"{LABEL_MARKS[label]} *{LABEL_WORDS[label]}*: {escape(meaning)}"
        for label, meaning in LABEL_MEANINGS.items()
    )

def help_message() -> Message:
    blocks = [section(WHAT_I_DO), section(HOW_TO_USE), section(confidence_legend())]
    return {
        "text": "aipm-coach: ask me about building AI products. Try `/aipm ask QUESTION`.",
        "blocks": blocks,
    }

def ask_usage_message() -> Message:
    return simple_message(
        "Add your question after the command, e.g. `/aipm ask How do I pick a launch threshold?`"
    )

def home_view() -> dict[str, Any]:
    blocks = [
        {"type": "header", "text": plain("aipm-coach")},
        section(WHAT_I_DO),
        {"type": "actions", "block_id": COACH_HOME_BLOCK, "elements": [{
            "type": "button", "action_id": COACH_START, "value": "start", "style": "primary",
            "text": plain("🧭 Coach me on an AI idea"),
        }]},
        {"type": "divider"},
        section(HOW_TO_USE),
        {"type": "divider"},
        section(confidence_legend()),
        context(
            "Under every answer: 👍 / 👎 tell us whether it helped, and *Ask a human* sends the "
            "question to a human coach, whose answer appears in your thread."
        ),
    ]
    return {"type": "home", "blocks": blocks}

def greeting_message() -> Message:
    return simple_message(
        "Hi! I'm your AI product coach. Ask me anything about building AI products, or pick a "
        "suggestion below."
    )
