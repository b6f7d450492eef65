"""Spec review from Slack: `/aipm review`, the review modal, `review:` messages and shared files end here.

The review goes to a conversation the bot can thread in (the DM, or the thread it was asked in): the
compact summary first, the details per item in its thread.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from bot.slack.blocks import (
    notice_message,
    review_detail_messages,
    review_placeholder_message,
    review_summary_message,
)
from bot.slack.replies import ThreadReply, apologising

if TYPE_CHECKING:
    from bot.core.review.reviewer import Review
    from bot.services import Services
    from bot.slack.replies import Reply

log = logging.getLogger(__name__)


def handle_review_text(services: "Services", text: str, reply: "Reply") -> None:
    """Review a pasted spec; the result goes to `reply` (a thread), or a clear message if it can't."""
    from bot.core.review.documents import SpecError

    with apologising(reply, "reviewing a spec"):
        reply.start(text, placeholder=review_placeholder_message(text))
        try:
            review = services.reviewer.review(text)
        except SpecError as exc:  # its message is written for the person who sent the spec
            reply.notify([notice_message(str(exc)[:1].upper() + str(exc)[1:] + ".")])
            return
        interaction_id = record_review(services, review, text, reply)
        summary_ts = getattr(reply, "placeholder_ts", None)
        reply.notify([review_summary_message(review, interaction_id=interaction_id)])
        details = review_detail_messages(review, interaction_id=interaction_id)
        if isinstance(reply, ThreadReply):
            # Details go in the thread: the one asked in, else the summary's own.
            thread = ThreadReply(reply.client, reply.state, channel=reply.channel,
                                 thread_ts=reply.thread_ts or summary_ts, user_id=reply.user_id)
            thread.notify(details)
        else:
            reply.notify(details)


def handle_review_file(services: "Services", file: dict, reply: "ThreadReply") -> None:
    """A .md, .txt, .html, .pdf or .docx shared in a DM with the word "review": fetch it, then review its text."""
    from bot.core.review.documents import SpecError, spec_text_from_bytes
    from bot.slack.files import FileUnavailable, download_shared_file, file_details

    client = reply.client  # the client that talks to this workspace: its token, its Slack host
    with apologising(reply, "reading a shared spec file"):
        try:
            file = file_details(file, client)
            name, data = download_shared_file(file, token=client.token or "", api_url=client.base_url)
            text = spec_text_from_bytes(name, data)
        except (FileUnavailable, SpecError) as exc:
            reply.notify([notice_message(str(exc)[:1].upper() + str(exc)[1:] + ".")])
            return
    handle_review_text(services, text, reply)


def record_review(services: "Services", review: "Review", spec: str, reply: "Reply") -> str:
    """Keep the review as an interaction, so "Ask a human coach" can escalate it; '' if storage is down."""
    try:
        return services.interactions.record_review(
            review,
            spec,
            surface="review",
            asker=getattr(reply, "user_id", None) or "",
            channel=getattr(reply, "channel", None) or "",
            thread_ts=getattr(reply, "thread_ts", None) or "",
        )
    except Exception:  # the review itself is still worth showing without the coach button
        log.warning("could not record the review; showing it without the coach button", exc_info=True)
        return ""
