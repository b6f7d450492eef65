"""The Slack assistant pane: a greeting with suggested prompts, then questions answered like DMs."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from slack_bolt import Assistant

from bot.slack.blocks import SUGGESTED_PROMPTS, greeting_message
from bot.slack.payloads import acknowledge
from bot.slack.listeners.events import handle_direct_message

if TYPE_CHECKING:
    from slack_bolt import App
    from slack_sdk import WebClient

    from bot.services import Services
    from bot.slack.state import SlackState


def greet(event: dict[str, Any], *, client: "WebClient") -> None:
    """A new assistant thread: say hello and offer three ways in."""
    thread = event["assistant_thread"]
    channel, thread_ts = thread["channel_id"], thread["thread_ts"]
    message = greeting_message()
    client.chat_postMessage(
        channel=channel, thread_ts=thread_ts, text=message["text"], blocks=message["blocks"]
    )
    client.assistant_threads_setSuggestedPrompts(
        channel_id=channel,
        thread_ts=thread_ts,
        title="Try one of these:",
        prompts=SUGGESTED_PROMPTS,
    )


def register(app: "App", services: "Services", state: "SlackState") -> None:
    assistant = Assistant()

    def start_thread(event, client) -> None:
        greet(event, client=client)

    # Bolt routes every threaded DM here, assistant pane or not: both are answered the same way.
    def answer_in_thread(event, client, context) -> None:
        handle_direct_message(event, client=client, context=context, services=services, state=state)

    assistant.thread_started(lazy=[start_thread])(acknowledge)
    assistant.user_message(lazy=[answer_in_thread])(acknowledge)
    # Answers don't depend on the channel the person is viewing, so there is no context to save
    # (bolt's default would call Slack before acking).
    assistant.thread_context_changed(acknowledge)
    app.assistant(assistant)
