"""The App Home tab: what the bot does, how to use it, what the confidence labels mean."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bot.slack.blocks import home_view
from bot.slack.payloads import acknowledge

if TYPE_CHECKING:
    from slack_bolt import App
    from slack_sdk import WebClient

    from bot.services import Services
    from bot.slack.state import SlackState


def publish_home(event: dict[str, Any], *, client: "WebClient") -> None:
    if event.get("tab", "home") != "home":
        return  # the Messages tab: nothing to publish
    client.views_publish(user_id=event["user"], view=home_view())


def register(app: "App", services: "Services", state: "SlackState") -> None:
    def show_home(event, client) -> None:
        publish_home(event, client=client)

    app.event("app_home_opened")(ack=acknowledge, lazy=[show_home])
