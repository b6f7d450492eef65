"""The Slack harness: the real bolt App served over real HTTP, talking to a fake Slack Web API."""

from __future__ import annotations

import hashlib
import hmac
import http.client
import itertools
import json
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any
from socketserver import ThreadingMixIn
from urllib.parse import urlencode
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import pytest

from bot.services import Services
from bot.slack.app import create_app
from bot.slack.server import EVENTS_PATH, make_wsgi_app
from bot.slack.state import SlackState
from tests.conftest import make_settings
from tests.slack.fake_slack import BOT_USER_ID, TEAM_ID, FakeSlack
from tests.slack.slack_rules import explain

SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
BOT_TOKEN = "xoxb-0000-test-token"
APP_TOKEN = "xapp-1-test-token"
PERSON = "U0PERSON01"
CHANNEL = "C0CHANNEL1"
DM = "D0DIRECT01"


def sign(body: str, timestamp: str, secret: str = SIGNING_SECRET) -> str:
    base = f"v0:{timestamp}:{body}".encode()
    return "v0=" + hmac.new(secret.encode("utf-8"), base, hashlib.sha256).hexdigest()


class TrackingExecutor(ThreadPoolExecutor):
    """The listener executor, counting work in flight so a test can wait until the app is idle."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pending = 0
        self._idle = threading.Condition()

    def submit(self, fn, /, *args, **kwargs):  # type: ignore[override]
        with self._idle:
            self._pending += 1

        def run():
            try:
                return fn(*args, **kwargs)
            finally:
                with self._idle:
                    self._pending -= 1
                    self._idle.notify_all()

        return super().submit(run)

    def wait_idle(self, timeout: float = 20.0) -> None:
        with self._idle:
            if not self._idle.wait_for(lambda: self._pending == 0, timeout):
                raise AssertionError("the app did not finish its work in time")


class _ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


def serve_wsgi(wsgi_app: Any) -> WSGIServer:
    """The app's own WSGI callable (what gunicorn serves in `aipm serve --http`), on a threaded
    in-process server so a test shares the app's executor and the fake's state; the production
    server itself is exercised by test_two_instances.py."""
    server = make_server(
        "127.0.0.1", 0, wsgi_app, server_class=_ThreadingWSGIServer, handler_class=_QuietHandler
    )
    return server


@dataclass
class Response:
    status: int
    body: str
    seconds: float  # from sending the request to reading the whole response
    done_at: float  # time.monotonic() when the response had arrived

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


class SlackHarness:
    """Sends Slack-shaped, signed requests to the app and shows what it sent back to Slack."""

    def __init__(self, fake: FakeSlack, services: Services, tmp_path, **overrides: Any) -> None:
        self.fake = fake
        self.settings = make_settings(
            tmp_path / "slack-data",
            slack_bot_token=BOT_TOKEN,
            slack_app_token=APP_TOKEN,
            slack_signing_secret=SIGNING_SECRET,
            slack_api_url=fake.api_url,
            **overrides,
        )
        self.executor = TrackingExecutor(max_workers=8, thread_name_prefix="test-slack")
        self.forms = TrackingExecutor(max_workers=4, thread_name_prefix="test-forms")
        self.state = SlackState(forms=self.forms)
        self.app = create_app(
            self.settings, services, state=self.state, listener_executor=self.executor
        )
        self.server = serve_wsgi(make_wsgi_app(self.app))
        self.port = self.server.server_port
        self._thread = threading.Thread(
            target=self.server.serve_forever, args=(0.05,), name="slack-app", daemon=True
        )
        self._thread.start()
        self._ids = itertools.count(1)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.wait_idle()
        self.executor.shutdown(wait=True)
        self.forms.shutdown(wait=True)
        assert_slack_accepted(self.fake)

    def wait_idle(self, timeout: float = 20.0) -> None:
        self.forms.wait_idle(timeout)
        self.executor.wait_idle(timeout)
        self.forms.wait_idle(timeout)

    def next_ts(self) -> str:
        return f"1711111{next(self._ids):03d}.000200"

    # -- raw --------------------------------------------------------------------------------------
    def post(
        self,
        body: str,
        *,
        content_type: str = "application/json",
        headers: dict[str, str] | None = None,
        timestamp: int | None = None,
        secret: str = SIGNING_SECRET,
        path: str = EVENTS_PATH,
    ) -> Response:
        stamp = str(int(time.time()) if timestamp is None else timestamp)
        all_headers = {
            "Content-Type": content_type,
            "X-Slack-Request-Timestamp": stamp,
            "X-Slack-Signature": sign(body, stamp, secret),
        }
        all_headers.update(headers or {})
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        started = time.monotonic()
        try:
            connection.request("POST", path, body=body.encode("utf-8"), headers=all_headers)
            response = connection.getresponse()
            text = response.read().decode("utf-8")
        finally:
            connection.close()
        done = time.monotonic()
        return Response(response.status, text, done - started, done)

    # -- Slack-shaped -----------------------------------------------------------------------------
    def event_body(self, event: dict[str, Any], *, event_id: str | None = None) -> str:
        return json.dumps(
            {
                "token": "legacy-verification-token",
                "team_id": TEAM_ID,
                "api_app_id": "A0AIPMAPP1",
                "event": event,
                "type": "event_callback",
                "event_id": event_id or f"Ev{next(self._ids):08d}",
                "event_time": int(time.time()),
                "authorizations": [
                    {
                        "enterprise_id": None,
                        "team_id": TEAM_ID,
                        "user_id": BOT_USER_ID,
                        "is_bot": True,
                    }
                ],
            }
        )

    def event(
        self,
        event: dict[str, Any],
        *,
        event_id: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> Response:
        return self.post(self.event_body(event, event_id=event_id), headers=headers)

    def mention(
        self, text: str, *, channel: str = CHANNEL, ts: str | None = None, **extra: Any
    ) -> tuple[str, Response]:
        ts = ts or self.next_ts()
        event = {
            "type": "app_mention",
            "user": PERSON,
            "text": f"<@{BOT_USER_ID}> {text}",
            "ts": ts,
            "channel": channel,
            "event_ts": ts,
            "team": TEAM_ID,
            **extra,
        }
        return ts, self.event(event)

    def direct_message(
        self, text: str, *, ts: str | None = None, **extra: Any
    ) -> tuple[str, Response]:
        ts = ts or self.next_ts()
        event = {
            "type": "message",
            "channel_type": "im",
            "channel": DM,
            "user": PERSON,
            "text": text,
            "ts": ts,
            "event_ts": ts,
            "team": TEAM_ID,
            **extra,
        }
        return ts, self.event(event)

    def command(self, text: str, *, response_name: str = "cmd") -> Response:
        form = {
            "token": "legacy-verification-token",
            "team_id": TEAM_ID,
            "team_domain": "fake",
            "channel_id": CHANNEL,
            "channel_name": "product",
            "user_id": PERSON,
            "user_name": "pm",
            "command": "/aipm",
            "text": text,
            "api_app_id": "A0AIPMAPP1",
            "response_url": self.fake.response_url(response_name),
            "trigger_id": self.fake.new_trigger(),
        }
        return self.post(urlencode(form), content_type="application/x-www-form-urlencoded")

    def interaction(self, payload: dict[str, Any]) -> Response:
        base = {
            "team": {"id": TEAM_ID, "domain": "fake"},
            "user": {"id": PERSON, "team_id": TEAM_ID},
            "api_app_id": "A0AIPMAPP1",
            "token": "legacy-verification-token",
            "trigger_id": self.fake.new_trigger(),
        }
        body = urlencode({"payload": json.dumps({**base, **payload})})
        return self.post(body, content_type="application/x-www-form-urlencoded")

    def press(
        self, action_id: str, value: str, *, channel: str = CHANNEL, thread_ts: str | None = None
    ) -> Response:
        """A button under an answer, pressed by the asker."""
        return self.click(action_id, value, channel=channel, thread_ts=thread_ts, block_id="answer_feedback")

    def click(
        self,
        action_id: str,
        value: str,
        *,
        user: str = PERSON,
        channel: str = CHANNEL,
        message_ts: str | None = None,
        thread_ts: str | None = None,
        block_id: str = "actions",
    ) -> Response:
        """A button press by `user` on the message `message_ts` (a card, an answer...)."""
        message_ts = message_ts or self.next_ts()
        return self.interaction(
            {
                "type": "block_actions",
                "user": {"id": user, "team_id": TEAM_ID},
                "container": {
                    "type": "message",
                    "message_ts": message_ts,
                    "channel_id": channel,
                    "is_ephemeral": False,
                    "thread_ts": thread_ts,
                },
                "channel": {"id": channel, "name": "somewhere"},
                "message": {
                    "type": "message",
                    "ts": message_ts,
                    "thread_ts": thread_ts,
                    "user": BOT_USER_ID,
                    "text": "a message",
                },
                "response_url": self.fake.response_url("button"),
                "actions": [
                    {
                        "type": "button",
                        "action_id": action_id,
                        "block_id": block_id,
                        "value": value,
                        "action_ts": self.next_ts(),
                    }
                ],
            }
        )

    def submit_view(
        self,
        callback_id: str,
        private_metadata: str,
        values: dict[str, dict[str, Any]],
        *,
        user: str = PERSON,
    ) -> Response:
        """A modal submitted by `user`; `values` as Slack sends view.state.values."""
        return self.interaction(
            {
                "type": "view_submission",
                "user": {"id": user, "team_id": TEAM_ID},
                "view": {
                    "id": "V0FAKEVIEW",
                    "type": "modal",
                    "callback_id": callback_id,
                    "private_metadata": private_metadata,
                    "state": {"values": values},
                },
            }
        )

    def submit_review(self, spec: str) -> Response:
        return self.interaction(
            {
                "type": "view_submission",
                "view": {
                    "id": "V0FAKEVIEW",
                    "type": "modal",
                    "callback_id": "review_spec",
                    "private_metadata": json.dumps({"channel_id": CHANNEL}),
                    "state": {
                        "values": {
                            "spec": {"spec_text": {"type": "plain_text_input", "value": spec}}
                        }
                    },
                },
            }
        )


def assert_slack_accepted(fake: FakeSlack) -> None:
    """Nothing the app sent was refused the way Slack refuses it (unless the test expects it)."""
    if fake.expect_refusals:
        return
    refused = [
        (call.method, call.result.get("error"), explain(call.args)[:3]) for call in fake.refused()
    ]
    assert not refused, f"Slack would refuse: {refused}"


@pytest.fixture(scope="session")
def slack_services(tmp_path_factory, knowledge_index) -> Services:
    """The real answerer over the real knowledge index, shared by every Slack test."""
    # No per-person limit: every test asks as the same person, many times a minute.
    settings = make_settings(tmp_path_factory.mktemp("slack-services"), rate_limit_per_minute=0)
    return Services(settings, index=knowledge_index)


@pytest.fixture
def fake_slack():
    fake = FakeSlack().start()
    yield fake
    fake.stop()


@pytest.fixture
def slack(fake_slack, slack_services, tmp_path):
    harness = SlackHarness(fake_slack, slack_services, tmp_path)
    yield harness
    harness.close()
