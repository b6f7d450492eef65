"""Coaching buttons: start from App Home, the in-thread controls, and the brief's two buttons."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.slack.flows.coach import brief_to_coach, press_control, review_brief, start_in_dm
from bot.slack.ids import COACH_ASK_HUMAN, COACH_CONTROLS, COACH_REVIEW_BRIEF, COACH_START
from bot.slack.payloads import acknowledge, one_of, press_from
from bot.slack.replies import PrivateReply, apologising

if TYPE_CHECKING:
    from slack_bolt import App

    from bot.services import Services
    from bot.slack.state import SlackState


def register(app: "App", services: "Services", state: "SlackState") -> None:
    def private_for(press, client, respond) -> PrivateReply:
        return PrivateReply(client, user_id=press.user_id, channel=press.channel, thread_ts=press.thread_ts,
                            respond=respond)

    def start_from_home(body, client) -> None:
        press = press_from(body)
        private = PrivateReply(client, user_id=press.user_id)  # App Home has no channel: a DM
        with apologising(private, "starting a coaching session from App Home"):
            start_in_dm(services, state, client, press.user_id, idea="", surface="home")

    def control(body, client, respond) -> None:
        press = press_from(body)
        press_control(services, client, press, private_for(press, client, respond), state)

    def review(body, client, respond) -> None:
        press = press_from(body)
        review_brief(services, client, press, private_for(press, client, respond), state)

    def ask_coach(body, client, respond) -> None:
        press = press_from(body)
        brief_to_coach(services, client, press, private_for(press, client, respond))

    app.action(COACH_START)(ack=acknowledge, lazy=[start_from_home])
    app.action(one_of(COACH_CONTROLS))(ack=acknowledge, lazy=[control])
    app.action(COACH_REVIEW_BRIEF)(ack=acknowledge, lazy=[review])
    app.action(COACH_ASK_HUMAN)(ack=acknowledge, lazy=[ask_coach])
