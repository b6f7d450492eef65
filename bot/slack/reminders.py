"""Coach reminders: a daemon thread in the serving process sends overdue reminders every few minutes."""

from __future__ import annotations

import datetime as dt
import logging
import threading
from typing import TYPE_CHECKING

from slack_sdk.errors import SlackApiError

from bot.core.records import Status
from bot.core.storage import utcnow
from bot.slack.blocks import moved_card_message
from bot.slack.flows.coach import close_idle_sessions
from bot.slack.flows.escalate import CoachDesk
from bot.slack.replies import slack_error

if TYPE_CHECKING:
    from slack_sdk import WebClient

    from bot.services import Services

log = logging.getLogger(__name__)

CLAIMS_KEPT = dt.timedelta(days=1)  # far past Slack's last retry of an event (about an hour)
REMINDER_CHECK_SECONDS = 300.0  # how often the serving process looks for overdue escalations


def send_reminders(
    services: "Services", client: "WebClient", *, now: dt.datetime | None = None
) -> int:
    """The reminder check, as one call: what the background loop runs every few minutes.

    Re-posts, once, every escalation open longer than AIPM_ESCALATION_REMIND_HOURS. The reminder
    becomes the card of record; the old card loses its buttons and points to it.
    """
    desk = CoachDesk(services, client)
    now = now or utcnow()
    sent = 0
    for due in desk.service.due_reminders(now):
        escalation = desk.service.get(due.id)
        if escalation.status != Status.OPEN:
            continue  # a coach got there between the claim and now
        old = (escalation.card_channel, escalation.card_ts)
        waited = (now - escalation.created_at).total_seconds() / 3600
        if not desk.post_card(escalation, waited_hours=waited):
            continue
        sent += 1
        log.info(
            "escalation %s re-posted as a reminder after %.0f hours", escalation.id, waited
        )
        if old[0] and old[1] and desk.client is not None:
            moved = moved_card_message(escalation, permalink=desk.permalink(escalation))
            try:
                desk.client.chat_update(
                    channel=old[0], ts=old[1], text=moved["text"], blocks=moved["blocks"]
                )
            except SlackApiError as exc:
                log.warning("could not update the old card %s/%s (%s)", *old, slack_error(exc))
    return sent


def reminder_interval(remind_hours: float) -> float:
    """Every five minutes, or more often when reminders are due sooner than that matters."""
    return min(REMINDER_CHECK_SECONDS, max(10.0, remind_hours * 360))


class ReminderLoop:
    """A daemon thread in the serving process running `send_reminders` now and every few minutes."""

    def __init__(
        self, services: "Services", client: "WebClient", *, interval: float | None = None
    ) -> None:
        self.services = services
        self.client = client
        self.interval = interval or reminder_interval(services.settings.escalation_remind_hours)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> "ReminderLoop":
        self._thread = threading.Thread(target=self._run, name="aipm-reminders", daemon=True)
        self._thread.start()
        return self

    def check(self) -> int:
        try:
            # Handled-once claims only matter while Slack may still retry: keep the table small.
            self.services.store.forget_claims(CLAIMS_KEPT)
            self.close_idle()
            return send_reminders(self.services, self.client)
        except Exception:  # a database or Slack hiccup: try again next round
            log.exception("the escalation reminder check failed; retrying in %.0f s", self.interval)
            return 0

    def close_idle(self) -> int:
        """Coaching sessions idle past AIPM_COACH_IDLE_DAYS close here too; a failure skips a round."""
        try:
            return close_idle_sessions(self.services, self.client)
        except Exception:
            log.exception("the idle coaching session check failed; retrying next round")
            return 0

    def _run(self) -> None:
        while True:
            self.check()
            if self._stop.wait(self.interval):
                return

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
