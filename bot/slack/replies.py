"""Replying to a question: progress at once, the answer when ready (streamed where Slack allows it),
and an apology with an error id, never the exception, when anything breaks after the ack."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Protocol

from slack_sdk.errors import SlackApiError

from bot.slack.blocks import (
    MAX_BLOCKS,
    Block,
    Message,
    answer_messages,
    answer_stream,
    error_message,
    placeholder_message,
    question_header,
)

if TYPE_CHECKING:
    from slack_sdk import WebClient

    from bot.core.answering import Answer
    from bot.slack.state import SlackState
    from bot.slack.streaming import TokenStream

log = logging.getLogger(__name__)

STREAMING = "streaming"
THREAD_STATUS = "thread_status"
THINKING = "is thinking…"
LOADING_MESSAGES = [
    "Searching the coaching guidance…",
    "Weighing the sources…",
    "Checking how sure I am…",
]

# Slack's answers meaning "not available to this app or workspace", as opposed to a passing failure.
UNSUPPORTED_ERRORS = frozenset(
    {
        "unknown_method",
        "not_allowed_token_type",
        "missing_scope",
        "feature_not_enabled",
        "not_supported",
    }
)
# ...and "not here": a refusal in one conversation says nothing about the others.
CONVERSATION_ERRORS = frozenset({"no_permission", "access_denied", "not_allowed", "not_in_channel"})


def new_error_id() -> str:
    """Short enough to read out, unique enough to find in the log."""
    return "E-" + uuid.uuid4().hex[:8].upper()


def slack_error(exc: SlackApiError) -> str:
    return str(exc.response.get("error", "unknown")) if exc.response is not None else "unknown"


class Reply(Protocol):
    """Where an answer goes: `answer` is public, `notify` is for the asker (private if possible).

    `surface` is what the interaction record calls it (mention, dm, command); `client` posts
    elsewhere (the escalation card) and may be None where there is no Web API client.
    """

    channel: str | None
    thread_ts: str | None
    user_id: str | None
    surface: str
    client: "WebClient | None"

    def start(self, question: str, *, placeholder: Message | None = None) -> None: ...

    def answer(
        self, answer: "Answer", answer_ref: str, *, note: list[Block] | None = None,
        tokens: "TokenStream | None" = None,
    ) -> str | None:
        """Deliver the answer; the ts of the message that holds it, when Slack says. `tokens` is the
        stream the generated answer was written into, if any (see `token_stream`)."""

    def token_stream(self) -> "TokenStream | None":
        """Where a model's reply may stream as it is written; None where this reply cannot stream."""

    def notify(self, messages: list[Message]) -> None: ...

    def apologise(self, error_id: str) -> None: ...


class ThreadReply:
    """Replies in a conversation, in a thread when there is one.

    Progress first: the native "is thinking…" status in DMs and assistant threads, else a
    placeholder message. The answer then replaces the placeholder (chat.update), or, where the
    status showed, is streamed (chat.startStream/appendStream/stopStream); a workspace without
    streaming gets a normal message, and is remembered so the next answer doesn't try again.
    """

    def __init__(
        self,
        client: "WebClient",
        state: "SlackState",
        *,
        channel: str,
        thread_ts: str | None,
        user_id: str | None = None,
        team_id: str | None = None,
        status: bool = False,
        surface: str = "mention",
    ) -> None:
        self.client = client
        self.state = state
        self.channel = channel
        self.thread_ts = thread_ts
        self.user_id = user_id
        self.team_id = team_id
        self.status = status
        self.surface = surface
        self.status_shown = False
        self.placeholder_ts: str | None = None

    def start(self, question: str, *, placeholder: Message | None = None) -> None:
        if self.status and self.thread_ts and self.state.supports(THREAD_STATUS, self.channel):
            try:
                self.client.assistant_threads_setStatus(
                    channel_id=self.channel,
                    thread_ts=self.thread_ts,
                    status=THINKING,
                    loading_messages=LOADING_MESSAGES,
                )
                self.status_shown = True
                return
            except SlackApiError as exc:
                self._note_failure(THREAD_STATUS, exc)
        response = self._post(placeholder or placeholder_message(question))
        self.placeholder_ts = response.get("ts")

    def answer(
        self, answer: "Answer", answer_ref: str, *, note: list[Block] | None = None,
        tokens: "TokenStream | None" = None,
    ) -> str | None:
        if tokens is not None and tokens.started:
            return tokens.deliver(self, answer, answer_ref, note)
        if tokens is not None and tokens.error is not None:
            self._note_failure(STREAMING, tokens.error)
        if self._can_stream():
            streamed = self._stream(answer, answer_ref, note)
            if streamed:
                return streamed
        return self.notify(answer_messages(answer, answer_ref, note=note))

    def _can_stream(self) -> bool:
        return bool(self.status_shown and self.thread_ts and self.state.supports(STREAMING, self.channel))

    def token_stream(self) -> "TokenStream | None":
        from bot.slack.streaming import TokenStream

        return TokenStream.open(self) if self._can_stream() else None

    def notify(self, messages: list[Message]) -> str | None:
        """Post (or fill the placeholder with) the messages; the ts of the first one."""
        first, *rest = messages
        if self.placeholder_ts:
            ts, self.placeholder_ts = self.placeholder_ts, None
            response = self.client.chat_update(
                channel=self.channel, ts=ts, text=first["text"], blocks=first["blocks"]
            )
        else:
            response = self._post(first)
        for message in rest:
            self._post(message)
        return response.get("ts") if response is not None else None

    def apologise(self, error_id: str) -> None:
        self.notify([error_message(error_id)])

    # -- internals --------------------------------------------------------------------------------
    def _post(self, message: Message) -> Any:
        response = self.client.chat_postMessage(
            channel=self.channel,
            thread_ts=self.thread_ts,
            text=message["text"],
            blocks=message["blocks"],
        )
        # Posted to a user id, Slack answers with the DM's channel id: chat.update, threads and
        # permalinks need that id, not the user's.
        posted_in = response.get("channel") if response is not None else None
        if posted_in and posted_in != self.channel:
            self.channel = posted_in
        return response

    def _stream(self, answer: "Answer", answer_ref: str, note: list[Block] | None) -> str | None:
        """Stream the answer; its ts, or None (nothing shown yet) when this workspace can't."""
        pieces, footer = answer_stream(answer, answer_ref, note=note)
        if len(footer) > MAX_BLOCKS:
            return None
        # slack_sdk before 3.37 has no chat_stream: the same as a workspace without streaming.
        chat_stream = getattr(self.client, "chat_stream", None)
        if chat_stream is None:
            log.info("this slack_sdk has no chat_stream; posting answers whole")
            self.state.mark_unsupported(STREAMING)
            return None
        # buffer_size=1: every append goes out at once; the first one starts the stream.
        streamer = chat_stream(
            channel=self.channel,
            thread_ts=self.thread_ts,
            recipient_team_id=self.team_id,
            recipient_user_id=self.user_id,
            buffer_size=1,
        )
        try:
            for piece in pieces:
                streamer.append(markdown_text=piece)
            streamer.stop(blocks=footer)
            return streamer.ts
        except SlackApiError as exc:
            if streamer.ts is None:
                self._note_failure(STREAMING, exc)
                return None
            # Started but could not finish (e.g. the stream expired): overwrite it with the answer.
            log.warning("streaming stopped part-way (%s); replacing the message", slack_error(exc))
            self.placeholder_ts = streamer.ts
            return None

    def _note_failure(self, feature: str, exc: SlackApiError) -> None:
        error = slack_error(exc)
        if error in UNSUPPORTED_ERRORS:
            log.info("%s is not available in this workspace (%s); falling back", feature, error)
            self.state.mark_unsupported(feature)
        elif error in CONVERSATION_ERRORS:
            log.info("%s is not allowed in %s (%s); falling back there", feature, self.channel, error)
            self.state.mark_unsupported(feature, self.channel)
        else:
            log.warning("%s failed (%s); falling back for this reply", feature, error)


class CommandReply:
    """Replies to a slash command through its response_url, which works in any channel, whether
    the bot is a member or not. The command's ack already showed a private "looking…" note."""

    surface = "command"

    def __init__(
        self,
        respond: Callable[..., Any],
        *,
        channel: str | None,
        user_id: str | None,
        client: "WebClient | None" = None,
    ) -> None:
        self.respond = respond
        self.client = client
        self.channel = channel
        self.thread_ts: str | None = None
        self.user_id = user_id
        self.question = ""

    def start(self, question: str, *, placeholder: Message | None = None) -> None:
        self.question = question

    def answer(
        self, answer: "Answer", answer_ref: str, *, note: list[Block] | None = None,
        tokens: "TokenStream | None" = None,
    ) -> str | None:
        header = question_header(self.question) if self.question else None
        for message in answer_messages(answer, answer_ref, header=header, note=note):
            self.respond(text=message["text"], blocks=message["blocks"], response_type="in_channel")
        return None  # a response_url does not say where the message landed

    def token_stream(self) -> None:
        return None  # a response_url cannot stream

    def notify(self, messages: list[Message]) -> None:
        for message in messages:
            self.respond(text=message["text"], blocks=message["blocks"], response_type="ephemeral")

    def apologise(self, error_id: str) -> None:
        self.notify([error_message(error_id)])


class PrivateReply:
    """Notes for one person only (refusals, "already handled", thanks, apologies).

    Through the response_url of the button they pressed when there is one (it works in channels
    the bot is not in), else chat.postEphemeral in `channel`, else a DM.
    """

    def __init__(
        self,
        client: "WebClient",
        *,
        user_id: str,
        channel: str | None = None,
        thread_ts: str | None = None,
        respond: Callable[..., Any] | None = None,
    ) -> None:
        self.client = client
        self.user_id = user_id
        self.channel = channel
        self.thread_ts = thread_ts
        self.respond = respond

    def send(self, message: Message) -> None:
        if self.respond is not None:
            self.respond(text=message["text"], blocks=message["blocks"], response_type="ephemeral",
                         replace_original=False, thread_ts=self.thread_ts)
            return
        if self.channel:
            try:
                self.client.chat_postEphemeral(channel=self.channel, user=self.user_id, text=message["text"],
                                               blocks=message["blocks"], thread_ts=self.thread_ts)
                return
            except SlackApiError as exc:
                log.warning("could not post privately in %s (%s); sending a DM",
                            self.channel, slack_error(exc))
        self.client.chat_postMessage(channel=self.user_id, text=message["text"], blocks=message["blocks"])

    def notify(self, messages: list[Message]) -> None:
        for message in messages:
            self.send(message)

    def apologise(self, error_id: str) -> None:
        self.send(error_message(error_id))


@contextmanager
def apologising(reply: "Reply | PrivateReply", what: str) -> Iterator[None]:
    """Whatever breaks inside: one log entry with an error id, and the same id in an apology."""
    try:
        yield
    except Exception:
        error_id = new_error_id()
        log.exception("%s failed; error id %s (channel %s)", what, error_id, reply.channel)
        try:
            reply.apologise(error_id)
        except Exception:
            log.exception("could not deliver the apology for error id %s", error_id)
