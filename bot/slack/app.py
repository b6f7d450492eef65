"""create_app(settings, services) -> a configured bolt App; nothing happens at import."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Executor, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from slack_bolt import App, BoltResponse
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)

from bot.slack.listeners import register_listeners
from bot.slack.state import SlackState

if TYPE_CHECKING:
    from slack_bolt.request import BoltRequest

    from bot.config import Settings
    from bot.services import Services

log = logging.getLogger(__name__)

LISTENER_THREADS = 8  # answers run here, after the ack; embedding releases the GIL, so a few help


def make_client(settings: "Settings") -> WebClient:
    """The Web API client, pointed at SLACK_API_URL (Slack's own unless a test or proxy says so)."""
    token = settings.slack_bot_token.get_secret_value() if settings.slack_bot_token else None
    base_url = (
        settings.slack_api_url
        if settings.slack_api_url.endswith("/")
        else settings.slack_api_url + "/"
    )
    client = WebClient(token=token, base_url=base_url)
    # Slack answers 429 with Retry-After beyond its rate limits (chat.postMessage about one a
    # second per channel, chat.update Tier 3): wait as told and try again, rather than apologise.
    client.retry_handlers.append(RateLimitErrorRetryHandler(max_retry_count=3))
    # A 500/503 or a dropped connection is Slack having a bad moment: the request was not carried
    # out, so trying again (with backoff) posts the message once rather than apologising for it.
    client.retry_handlers.append(ServerErrorRetryHandler(max_retry_count=2))
    if not any(isinstance(h, ConnectionErrorRetryHandler) for h in client.retry_handlers):
        client.retry_handlers.append(ConnectionErrorRetryHandler(max_retry_count=2))
    return client


def create_app(
    settings: "Settings",
    services: "Services",
    *,
    client: WebClient | None = None,
    state: SlackState | None = None,
    token_verification_enabled: bool = True,
    listener_executor: Executor | None = None,
) -> App:
    """The bolt App with every surface registered.

    Listeners ack first and do the work in lazy functions (process_before_response), so Slack hears
    back within its 3 seconds however long an answer takes, over HTTP and Socket Mode alike.
    """
    # Claims and thread history in the database: instances sharing it answer each message once.
    state = state or SlackState(store=services.store)
    signing_secret = (
        settings.slack_signing_secret.get_secret_value() if settings.slack_signing_secret else ""
    )
    app = App(
        name="aipm-coach",
        client=client or make_client(settings),
        signing_secret=signing_secret,
        process_before_response=True,
        token_verification_enabled=token_verification_enabled,
        listener_executor=listener_executor
        or ThreadPoolExecutor(max_workers=LISTENER_THREADS, thread_name_prefix="aipm-slack"),
    )
    # After bolt's signature check, before anything acts on the request.
    app.middleware(refuse_replays())
    # Before the assistant middleware that register_listeners adds: retries must stop here.
    app.middleware(drop_repeated_events(state))
    register_listeners(app, services, state)
    return app


def drop_repeated_events(state: SlackState) -> Callable[..., Any]:
    """Middleware: each event id is handled once. Slack retries (X-Slack-Retry-Num) of an event we
    already took are acknowledged and dropped; a retry of one we never saw is handled normally."""

    def handle_each_event_once(
        body: dict[str, Any], req: "BoltRequest", next: Callable[[], None]
    ) -> Any:
        event_id = body.get("event_id") if isinstance(body, dict) else None
        if event_id and not state.first_delivery(str(event_id)):
            retry = (req.headers.get("x-slack-retry-num") or ["?"])[0]
            reason = (req.headers.get("x-slack-retry-reason") or ["?"])[0]
            log.info("dropping repeated delivery of %s (retry %s, %s)", event_id, retry, reason)
            return BoltResponse(status=200, body="")
        return next()

    return handle_each_event_once


REPLAY_WINDOW = 5 * 60  # bolt refuses timestamps older than this, so a signature need not be kept longer


def refuse_replays() -> Callable[..., Any]:
    """Middleware: a correctly signed request sent a second time, byte for byte (same timestamp and
    signature), is a replay, not Slack: 401 and nothing done. Slack's own retries are signed anew.
    Per process; with several instances a replayed event is still handled once by its event id."""
    seen: dict[str, float] = {}
    lock = threading.Lock()

    def refuse_a_replayed_signature(req: "BoltRequest", next: Callable[[], None]) -> Any:
        signature = (req.headers.get("x-slack-signature") or [""])[0]
        if not signature:  # Socket Mode: no HTTP signature to replay
            return next()
        if req.headers.get("x-slack-retry-num") and isinstance(req.body, dict) and req.body.get("event_id"):
            return next()  # Slack retrying an event: handled once by its event id, further on
        now = time.monotonic()
        with lock:
            if len(seen) > 10_000:
                for key in [k for k, at in seen.items() if now - at > REPLAY_WINDOW]:
                    del seen[key]
            first = signature not in seen or now - seen[signature] > REPLAY_WINDOW
            seen.setdefault(signature, now)
        if not first:
            log.warning("refused a replayed request (a signature already used)")
            return BoltResponse(status=401, body="")
        return next()

    return refuse_a_replayed_signature
