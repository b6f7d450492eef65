"""`aipm serve`: the Slack app over Socket Mode (default) or HTTP at /slack/events."""

from __future__ import annotations

import logging
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from slack_bolt import App
    from slack_sdk import WebClient

    from bot.config import Settings
    from bot.services import Services

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"  # Bolt's default, and what manifest.json points Slack at
HEALTH_PATH = "/healthz"
MAX_BODY_BYTES = 1_000_000  # Slack's payloads are far smaller; refuse anything that isn't Slack

WHERE = {
    "SLACK_BOT_TOKEN": (
        "copy the Bot User OAuth Token (xoxb-...) from OAuth & Permissions at "
        "https://api.slack.com/apps"
    ),
    "SLACK_APP_TOKEN": (
        "create an App-Level Token (xapp-...) with the connections:write scope under Basic "
        "Information > App-Level Tokens at https://api.slack.com/apps"
    ),
    "SLACK_SIGNING_SECRET": (
        "copy the Signing Secret from Basic Information > App Credentials at "
        "https://api.slack.com/apps"
    ),
}
PREFIXES = {"SLACK_BOT_TOKEN": "xoxb-", "SLACK_APP_TOKEN": "xapp-"}


def token_problem(settings: "Settings", *, http: bool) -> str | None:
    """One line naming the first missing or malformed Slack variable and where to get it."""
    needed = {"SLACK_BOT_TOKEN": settings.slack_bot_token}
    if http:
        needed["SLACK_SIGNING_SECRET"] = settings.slack_signing_secret
    else:
        needed["SLACK_APP_TOKEN"] = settings.slack_app_token
    mode = "HTTP mode" if http else "Socket Mode"
    for name, secret in needed.items():
        value = secret.get_secret_value() if secret is not None else ""
        if not value.strip():
            return (
                f"{name} is not set ({mode} needs it): {WHERE[name]}, "
                "then put it in .env or the environment"
            )
        if any(ch.isspace() or ch in "\"'" for ch in value):
            return f"{name} contains spaces or quotes; {WHERE[name]} and paste it exactly"
        prefix = PREFIXES.get(name)
        if prefix and not value.startswith(prefix):
            return f"{name} should start with {prefix}: {WHERE[name]}"
    return None


def bot_token_problem(client: "WebClient", settings: "Settings") -> str | None:
    """Ask Slack (auth.test) whether the bot token works; a one-line reason when it doesn't."""
    from slack_sdk.errors import SlackApiError

    try:
        client.auth_test()
    except SlackApiError as exc:
        error = exc.response.get("error", "error") if exc.response is not None else "error"
        return f"Slack rejected SLACK_BOT_TOKEN ({error}): {WHERE['SLACK_BOT_TOKEN']}"
    except OSError as exc:  # URLError, timeouts, refused connections
        reason = getattr(exc, "reason", exc)
        return f"cannot reach the Slack Web API at {settings.slack_api_url} ({reason})"
    return None


# -- HTTP ----------------------------------------------------------------------------------------
class SlackHTTPServer(ThreadingHTTPServer):
    """A threaded HTTP server handing Slack's requests to a bolt App, each in its own thread."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], app: "App") -> None:
        self.app = app
        super().__init__(address, SlackRequestHandler)


class SlackRequestHandler(BaseHTTPRequestHandler):
    server: SlackHTTPServer
    protocol_version = "HTTP/1.1"

    def do_POST(self) -> None:
        from slack_bolt.request import BoltRequest

        path, _, query = self.path.partition("?")
        if path != EVENTS_PATH:
            self._send(404, "not found")
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY_BYTES:
            self._send(413, "too large")
            self.close_connection = True
            return
        body = self.rfile.read(length).decode("utf-8")
        headers = {
            name.lower(): self.headers.get_all(name) or [] for name in set(self.headers.keys())
        }
        try:
            response = self.server.app.dispatch(
                BoltRequest(body=body, query=query, headers=headers)
            )
        except Exception:
            log.exception("bolt could not handle a request")
            self._send(500, "")
            return
        self._send(response.status, response.body, response.headers)

    def do_GET(self) -> None:
        if self.path.partition("?")[0] == HEALTH_PATH:
            self._send(200, "ok")
        else:
            self._send(404, "not found")

    def _send(self, status: int, body: str, headers: dict[str, list[str]] | None = None) -> None:
        data = (body or "").encode("utf-8")
        self.send_response(status)
        for name, values in (headers or {}).items():
            if name.lower() == "content-length":
                continue
            for value in values:
                self.send_header(name, value)
        if not headers or not any(name.lower() == "content-type" for name in headers):
            self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: object) -> None:
        log.debug("%s - %s", self.address_string(), format % args)


def make_http_server(app: "App", host: str = "127.0.0.1", port: int = 3000) -> SlackHTTPServer:
    """Bound but not yet serving; port 0 picks a free one (see `.server_port`)."""
    return SlackHTTPServer((host, port), app)


# -- start-up ------------------------------------------------------------------------------------
def warm_up(services: "Services") -> None:
    """Open the index and load the model now, so the first question isn't the slow one."""
    if services.index.count() == 0:
        print(
            "aipm: warning: the knowledge index is empty; "
            "run `aipm ingest` so there is guidance to answer from",
            file=sys.stderr,
        )
        return
    services.answerer.ask("How do I define success metrics for an AI feature?")


def serve(settings: "Settings", *, http: bool, host: str, port: int) -> int:
    """Run the bot until interrupted; 2, with one clear line, when tokens, index or database are
    unusable. Also runs the escalation reminder loop in a background thread."""
    problem = token_problem(settings, http=http)
    if problem:
        print(f"aipm: {problem}", file=sys.stderr)
        return 2

    from bot.core.embeddings import ModelUnavailable
    from bot.core.index import IndexUnavailable
    from bot.core.storage import StorageUnavailable
    from bot.services import Services
    from bot.slack.app import create_app, make_client
    from bot.slack.escalations import ReminderLoop, prepare_escalations

    client = make_client(settings)
    problem = bot_token_problem(client, settings)
    if problem:
        print(f"aipm: {problem}", file=sys.stderr)
        return 2
    services = Services(settings)
    try:
        warm_up(services)
        # Coach answers back into a rebuilt index; one log line if coaches can't be reached.
        prepare_escalations(services, client)
    except (IndexUnavailable, ModelUnavailable, StorageUnavailable) as exc:
        print(f"aipm: {exc}", file=sys.stderr)
        return 2
    app = create_app(settings, services, client=client)
    reminders = ReminderLoop(services, client).start()
    try:
        return _run(app, settings, http=http, host=host, port=port)
    finally:
        reminders.stop()


def _run(app: "App", settings: "Settings", *, http: bool, host: str, port: int) -> int:
    from slack_sdk.errors import SlackApiError

    if http:
        server = make_http_server(app, host, port)
        print(
            f"aipm: serving Slack on http://{host}:{server.server_port}{EVENTS_PATH}",
            file=sys.stderr,
        )
        try:
            server.serve_forever()
        finally:
            server.server_close()
        return 0

    from slack_bolt.adapter.socket_mode import SocketModeHandler

    handler = SocketModeHandler(app, settings.slack_app_token.get_secret_value())
    try:
        handler.connect()
    except SlackApiError as exc:
        error = exc.response.get("error", "error") if exc.response is not None else "error"
        print(
            f"aipm: Slack rejected SLACK_APP_TOKEN ({error}): {WHERE['SLACK_APP_TOKEN']}",
            file=sys.stderr,
        )
        return 2
    print("aipm: connected to Slack over Socket Mode; Ctrl-C to stop", file=sys.stderr)
    try:
        threading.Event().wait()
    finally:
        handler.close()
    return 0
