"""Spec review from Slack: `/aipm review`, the review modal and `review:` messages all end here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.slack.blocks import (
    notice_message,
    review_messages,
    review_placeholder_message,
    review_unavailable_message,
)
from bot.slack.replies import apologising

if TYPE_CHECKING:
    from bot.services import Services
    from bot.slack.replies import Reply


def reviewer_available() -> bool:
    try:
        import bot.core.review.reviewer  # noqa: F401 - importable is the whole question
    except ImportError:
        return False
    return True


def handle_review_text(services: "Services", text: str, reply: "Reply") -> None:
    """Review a pasted spec, the result going to `reply`; with no reviewer, say it's coming soon."""
    if not reviewer_available():
        reply.notify([review_unavailable_message()])
        return
    from bot.core.review.documents import SpecError

    with apologising(reply, "reviewing a spec"):
        reply.start(text, placeholder=review_placeholder_message(text))
        try:
            review = services.reviewer.review(text)
        except SpecError as exc:  # its message is written for the person who sent the spec
            reply.notify([notice_message(str(exc)[:1].upper() + str(exc)[1:] + ".")])
            return
        reply.notify(review_messages(review))
