"""One module per Slack surface, each with `register(app, services, state)`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.slack.listeners import (
    actions,
    assistant,
    coach,
    commands,
    escalations,
    events,
    home,
    review_corrections,
    shortcuts,
    views,
)

if TYPE_CHECKING:
    from slack_bolt import App

    from bot.services import Services
    from bot.slack.state import SlackState


def register_listeners(app: "App", services: "Services", state: "SlackState") -> None:
    for surface in (
        events, commands, shortcuts, actions, escalations, views, assistant, home, coach, review_corrections
    ):
        surface.register(app, services, state)
