"""`aipm serve`: the Slack app over Socket Mode (default) or HTTP at /slack/events (gunicorn)."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wsgiref.types import WSGIApplication as WSGIApp

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
# One worker process holds the model, the index and the bounded listener pool (bot.slack.app);
# its threads only verify signatures and ack, so a few are plenty. The large backlog lets a burst
# of Slack's requests wait for a thread instead of being refused or reset.
HTTP_THREADS = 16
HTTP_BACKLOG = 2048
BOOT_SECONDS = 600  # the worker loads the model and answers once before it serves


def make_wsgi_app(app: "App") -> "WSGIApp":
    """The WSGI app: bolt's own adapter at /slack/events, `GET /healthz`, 404 elsewhere."""
    from slack_bolt.adapter.wsgi import SlackRequestHandler

    bolt = SlackRequestHandler(app, path=EVENTS_PATH)

    def aipm_wsgi(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        path, method = environ.get("PATH_INFO", ""), environ.get("REQUEST_METHOD", "GET")
        if path == HEALTH_PATH and method in ("GET", "HEAD"):
            return _plain(start_response, "200 OK", "ok")
        if path != EVENTS_PATH or method != "POST":
            return _plain(start_response, "404 Not Found", "not found")
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return _plain(start_response, "400 Bad Request", "bad length")
        if length > MAX_BODY_BYTES:
            return _plain(start_response, "413 Payload Too Large", "too large")
        try:
            return bolt(environ, start_response)
        except Exception:
            log.exception("bolt could not handle a request")
            return _plain(start_response, "500 Internal Server Error", "")

    return aipm_wsgi


def _plain(start_response: Callable[..., Any], status: str, body: str) -> list[bytes]:
    data = body.encode("utf-8")
    start_response(
        status, [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", str(len(data)))]
    )
    return [data]


def _serve_http(settings: "Settings", host: str, port: int) -> int:
    """gunicorn, one gthread worker: the model is loaded once, in the worker, never across a fork
    (torch's and Chroma's threads do not survive one). A worker that cannot start halts the server."""
    from gunicorn.app.base import BaseApplication
    from gunicorn.arbiter import Arbiter

    def build() -> "WSGIApp":
        try:
            app, _reminders = start_bot(settings)
        except StartupProblem as exc:
            print(f"aipm: {exc}", file=sys.stderr, flush=True)
            sys.exit(Arbiter.WORKER_BOOT_ERROR)
        return make_wsgi_app(app)

    def when_ready(server: Any) -> None:
        bound = server.LISTENERS[0].sock.getsockname()
        print(
            f"aipm: serving Slack on http://{bound[0]}:{bound[1]}{EVENTS_PATH} "
            "(loading the model before the first request)",
            file=sys.stderr,
            flush=True,
        )

    options = {
        "bind": f"[{host}]:{port}" if ":" in host else f"{host}:{port}",
        "workers": 1,
        "worker_class": "gthread",
        "threads": HTTP_THREADS,
        "backlog": HTTP_BACKLOG,
        "timeout": BOOT_SECONDS,
        "graceful_timeout": 10,
        "preload_app": False,
        "accesslog": None,
        "errorlog": "-",
        "loglevel": "warning",
        "when_ready": when_ready,
    }

    class AipmServer(BaseApplication):  # type: ignore[misc]
        def load_config(self) -> None:
            for name, value in options.items():
                self.cfg.set(name, value)

        def load(self) -> "WSGIApp":
            return build()

    try:
        AipmServer().run()
    except SystemExit as exc:
        return 0 if exc.code in (0, None) else 2
    return 0


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


class StartupProblem(Exception):
    """The index, the model or the database cannot be used: one line for the person starting."""


def start_bot(settings: "Settings") -> tuple["App", Any]:
    """Services warmed up, the App built and the reminder loop running, in this process."""
    from bot.core.embeddings import ModelUnavailable
    from bot.core.index import IndexUnavailable
    from bot.core.storage import StorageUnavailable
    from bot.services import Services
    from bot.slack.app import create_app, make_client
    from bot.slack.reminders import ReminderLoop
    from bot.slack.startup import prepare_escalations

    client = make_client(settings)
    services = Services(settings)
    try:
        warm_up(services)
        # Coach answers back into a rebuilt index; one log line if coaches can't be reached.
        prepare_escalations(services, client)
    except (IndexUnavailable, ModelUnavailable, StorageUnavailable) as exc:
        raise StartupProblem(str(exc)) from exc
    app = create_app(settings, services, client=client)
    return app, ReminderLoop(services, client).start()


def serve(settings: "Settings", *, http: bool, host: str, port: int) -> int:
    """Run the bot until interrupted; 2, with one clear line, when tokens, index or database are
    unusable. Also runs the escalation reminder loop in a background thread."""
    problem = token_problem(settings, http=http)
    if problem:
        print(f"aipm: {problem}", file=sys.stderr)
        return 2

    from bot.slack.app import make_client

    problem = bot_token_problem(make_client(settings), settings)
    if problem:
        print(f"aipm: {problem}", file=sys.stderr)
        return 2
    if http:
        return _serve_http(settings, host, port)
    try:
        app, reminders = start_bot(settings)
    except StartupProblem as exc:
        print(f"aipm: {exc}", file=sys.stderr)
        return 2
    try:
        return _run_socket_mode(app, settings)
    finally:
        reminders.stop()


def _run_socket_mode(app: "App", settings: "Settings") -> int:
    from slack_sdk.errors import SlackApiError
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
