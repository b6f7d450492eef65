"""Block Kit primitives and Slack's message limits, shared by every message family."""

from __future__ import annotations

from typing import Any

from bot.slack.text import SECTION_TEXT_LIMIT, escape, split_text


Block = dict[str, Any]

# {"text": plain-text fallback, "blocks": [...]}: ready for chat.postMessage, chat.update, respond()
Message = dict[str, Any]

MAX_BLOCKS = 50  # blocks in one message

FALLBACK_TEXT_LIMIT = 3000  # the notification text; the blocks carry everything

# -- small pieces --------------------------------------------------------------------------------
def section(text: str) -> Block:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}

def sections(text: str) -> list[Block]:
    """One section per 3,000 characters: long text is split, never cut short."""
    return [section(piece) for piece in split_text(text, SECTION_TEXT_LIMIT)]

def context(text: str) -> Block:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": text}]}

def plain(text: str) -> dict[str, Any]:
    return {"type": "plain_text", "text": text, "emoji": True}

def paginate(blocks: list[Block], text: str) -> list[Message]:
    """Messages of at most 50 blocks each; every one has a plain-text fallback."""
    pages = [blocks[start : start + MAX_BLOCKS] for start in range(0, len(blocks), MAX_BLOCKS)]
    pages = pages or [[]]
    messages = [{"text": text, "blocks": pages[0]}]
    for number, page in enumerate(pages[1:], start=2):
        messages.append({"text": f"(continued, part {number} of {len(pages)})", "blocks": page})
    return messages

def notification(text: str) -> str:
    """Notification text from our own mrkdwn, marked when shortened so nothing is dropped silently."""
    if len(text) <= FALLBACK_TEXT_LIMIT:
        return text
    return split_text(text, FALLBACK_TEXT_LIMIT - 40)[0] + " … (the full text is in the message)"

def fallback(text: str) -> str:
    """Notification text for text that came from people or documents: escaped first."""
    return notification(escape(text.strip()))

def simple_message(text: str) -> Message:
    """A short message from our own wording (may use mrkdwn); the fallback is the same text."""
    return {"text": text, "blocks": sections(text)}
