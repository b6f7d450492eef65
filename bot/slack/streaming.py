"""A generated answer streamed into Slack as the model writes it (chat.startStream/appendStream/stopStream).

Tokens are batched (about BATCH_CHARS at a time, cut at a word or CJK character so an escape or an
`@here` is never split) to stay within Slack's rate limits. The groundedness check runs on the whole
reply afterwards: when what the PM should read is exactly what streamed, the stream is finished with the
label, sources and buttons; otherwise the caller replaces the streamed message with the checked answer.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from slack_sdk.errors import SlackApiError, SlackRequestError

from bot.slack.blocks import MAX_BLOCKS, answer_messages, answer_stream
from bot.slack.text import escape

if TYPE_CHECKING:
    from slack_sdk import WebClient

    from bot.core.answering import Answer

log = logging.getLogger(__name__)

BATCH_CHARS = 200  # a few appends per answer, well inside appendStream's rate limit


def _cut(pending: str) -> int:
    """Where a batch may end: after the last whitespace or CJK character (0: not yet)."""
    for index in range(len(pending) - 1, -1, -1):
        char = pending[index]
        if char.isspace() or ord(char) >= 0x2E80:
            return index + 1
    return 0


def _same_text(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


class TokenStream:
    """One streamed message, started on the first batch; `ts` is None until Slack has it.

    `reply` arguments are bot.slack.replies.ThreadReply (not imported: it imports this module)."""

    def __init__(self, client: "WebClient", *, channel: str, thread_ts: str, team_id: str | None,
                 user_id: str | None, batch_chars: int | None = None) -> None:
        self.client = client
        self.args = {"channel": channel, "thread_ts": thread_ts, "recipient_team_id": team_id,
                     "recipient_user_id": user_id}
        self.batch_chars = batch_chars or BATCH_CHARS
        self.raw = ""  # everything the model wrote so far
        self.sent = 0  # how much of `raw` Slack has
        self.error: SlackApiError | None = None  # set when Slack refused; nothing more is sent
        self._stream: Any = None

    @classmethod
    def open(cls, reply: Any) -> "TokenStream | None":
        """A stream into the reply's thread; None with a slack_sdk that has no chat_stream."""
        if getattr(reply.client, "chat_stream", None) is None:
            return None
        return cls(reply.client, channel=str(reply.channel), thread_ts=str(reply.thread_ts),
                   team_id=reply.team_id, user_id=reply.user_id)

    @property
    def ts(self) -> str | None:
        return self._stream.ts if self._stream is not None else None

    @property
    def started(self) -> bool:
        return self.ts is not None

    def append(self, token: str) -> None:
        """Called with each piece of the model's reply; never raises (the answer must still arrive)."""
        if self.error is not None:
            return
        self.raw += token
        pending = self.raw[self.sent:]
        if len(pending) < self.batch_chars:
            return
        cut = _cut(pending)
        if not cut:
            return
        try:
            if self._stream is None:
                self._stream = self.client.chat_stream(**self.args, buffer_size=1)
            self._stream.append(markdown_text=escape(pending[:cut]))
            self.sent += cut
        except SlackApiError as exc:
            log.info("streaming the generated answer stopped (%s)", exc.response.get("error", "unknown"))
            self.error = exc

    def finish(self, text: str, footer: list[dict[str, Any]]) -> bool:
        """End the stream with `footer` when `text` (the checked answer) is what streamed; False when the
        message must be replaced instead (the check removed something, or Slack refused)."""
        if self.error is not None or not self.started or not _same_text(self.raw, text):
            return False
        try:
            rest = self.raw[self.sent:].strip()
            self._stream.stop(markdown_text=escape(rest) if rest else None, blocks=footer)
            return True
        except (SlackApiError, SlackRequestError) as exc:
            log.warning("could not finish the streamed answer (%s); replacing it", type(exc).__name__)
            return False

    def close(self) -> None:
        """Stop a stream whose message is about to be replaced; the replacement matters, not this."""
        if not self.started:
            return
        try:
            self._stream.stop()
        except (SlackApiError, SlackRequestError):
            pass

    def deliver(self, reply: Any, answer: "Answer", answer_ref: str,
                note: list[dict[str, Any]] | None) -> str | None:
        """The streamed reply stays when it is exactly the checked answer (and no low label must lead
        it); else the checked answer, label, sources and buttons replace it in the same message."""
        _, footer = answer_stream(answer, answer_ref, note=note)
        if answer.confidence.label != "low" and len(footer) <= MAX_BLOCKS and self.finish(answer.answer, footer):
            return self.ts
        self.close()
        reply.placeholder_ts = self.ts  # notify() fills it with chat.update
        return reply.notify(answer_messages(answer, answer_ref, note=note))
