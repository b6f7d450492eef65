"""A fake Slack Web API on 127.0.0.1: records every call and answers with plausible JSON.

Point a WebClient at `fake.api_url`; response_urls given to the app at `fake.response_url(...)`.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

BOT_USER_ID = "UAIPMBOT"
BOT_ID = "BAIPMBOT"
TEAM_ID = "T0TEAM001"
JSON_FIELDS = {"blocks", "view", "prompts", "chunks", "metadata", "loading_messages", "attachments"}


@dataclass
class Call:
    method: str  # Web API method, or "response_url" for a POST to a response_url
    args: dict[str, Any]
    at: float  # time.monotonic() when it arrived
    token: str | None = None
    path: str = ""
    result: dict[str, Any] = field(default_factory=dict)  # what the fake answered

    @property
    def ts(self) -> str | None:
        """The ts of the message this call created or changed."""
        return self.result.get("ts") or self.args.get("ts")

    def texts(self) -> list[str]:
        """Every string anywhere in the arguments: what a person could end up reading."""
        found: list[str] = []

        def walk(value: Any) -> None:
            if isinstance(value, str):
                found.append(value)
            elif isinstance(value, dict):
                for item in value.values():
                    walk(item)
            elif isinstance(value, list):
                for item in value:
                    walk(item)

        walk(self.args)
        return found

    @property
    def text(self) -> str:
        return "\n".join(self.texts())


@dataclass
class FakeSlack:
    """The fake's state: what was called, and how it should answer."""

    streaming: bool = (
        True  # False: chat.startStream answers `stream_error`, as a workspace without it would
    )
    stream_error: str = "unknown_method"
    socket_url: str | None = None  # what apps.connections.open hands out
    calls: list[Call] = field(default_factory=list)
    failures: dict[str, str] = field(default_factory=dict)  # method -> error to answer with
    # (method, channel) -> error, e.g. {("chat.postMessage", "C0COACHES1"): "not_in_channel"}
    channel_failures: dict[tuple[str, str], str] = field(default_factory=dict)
    members: dict[str, list[str]] = field(default_factory=dict)  # conversations.members
    not_member_of: set[str] = field(default_factory=set)  # conversations.info says is_member false
    _ts: Any = field(default_factory=lambda: itertools.count(1))
    _cond: threading.Condition = field(default_factory=threading.Condition)
    _server: ThreadingHTTPServer | None = None

    # -- lifecycle --------------------------------------------------------------------------------
    def start(self) -> "FakeSlack":
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode("utf-8")
                status, body, content_type = fake._handle(
                    self.path, raw, dict(self.headers.items())
                )
                data = body.encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(
            target=self._server.serve_forever, args=(0.05,), name="fake-slack", daemon=True
        ).start()
        return self

    def stop(self) -> None:
        if self._server:
            self._server.shutdown()
            self._server.server_close()

    @property
    def base_url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_port}"

    @property
    def api_url(self) -> str:
        return self.base_url + "/api/"

    def response_url(self, name: str = "cmd") -> str:
        return f"{self.base_url}/response/{name}"

    # -- reading what happened --------------------------------------------------------------------
    def called(self, *methods: str) -> list[Call]:
        with self._cond:
            return [call for call in self.calls if not methods or call.method in methods]

    def wait_for(
        self,
        predicate: Callable[[list[Call]], bool] | str,
        *,
        count: int = 1,
        timeout: float = 15.0,
    ) -> list[Call]:
        """Block until `predicate(calls)` holds, or (given a method) it was called `count` times."""
        if isinstance(predicate, str):
            method = predicate

            def predicate(calls: list[Call]) -> bool:
                return sum(call.method == method for call in calls) >= count

        deadline = time.monotonic() + timeout
        with self._cond:
            while not predicate(self.calls):
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    seen = [call.method for call in self.calls]
                    raise AssertionError(f"timed out waiting for Slack calls; saw {seen}")
                self._cond.wait(remaining)
            return list(self.calls)

    def reset(self) -> None:
        with self._cond:
            self.calls.clear()

    # -- answering --------------------------------------------------------------------------------
    def _handle(self, path: str, raw: str, headers: dict[str, str]) -> tuple[int, str, str]:
        content_type = headers.get("Content-Type", headers.get("content-type", ""))
        if content_type.startswith("application/json"):
            args = json.loads(raw or "{}")
        else:
            args = {
                key: values[-1] for key, values in parse_qs(raw, keep_blank_values=True).items()
            }
            for key in JSON_FIELDS & args.keys():
                try:
                    args[key] = json.loads(args[key])
                except ValueError:
                    pass
        auth = headers.get("Authorization", headers.get("authorization", ""))
        token = auth.removeprefix("Bearer ") or args.get("token")
        if path.startswith("/response/"):
            self._record(Call("response_url", args, time.monotonic(), token, path))
            return 200, "ok", "text/plain"
        method = path.removeprefix("/api/").split("?")[0]
        arrived = time.monotonic()
        result = self._reply(method, args)
        self._record(Call(method, args, arrived, token, path, result))
        return 200, json.dumps(result), "application/json; charset=utf-8"

    def _record(self, call: Call) -> None:
        with self._cond:
            self.calls.append(call)
            self._cond.notify_all()

    def _next_ts(self) -> str:
        return f"1700000{next(self._ts):03d}.000100"

    def _reply(self, method: str, args: dict[str, Any]) -> dict[str, Any]:
        if method in self.failures:
            return {"ok": False, "error": self.failures[method]}
        channel = args.get("channel") or args.get("channel_id") or "C0CHANNEL1"
        if (method, channel) in self.channel_failures:
            return {"ok": False, "error": self.channel_failures[(method, channel)]}
        if method == "auth.test":
            return {
                "ok": True,
                "url": "https://fake.slack.test/",
                "team": "Fake",
                "user": "aipm",
                "team_id": TEAM_ID,
                "user_id": BOT_USER_ID,
                "bot_id": BOT_ID,
                "is_enterprise_install": False,
            }
        if method in ("chat.postMessage", "chat.update", "chat.postEphemeral"):
            ts = args.get("ts") or self._next_ts()
            message = {
                "type": "message",
                "user": BOT_USER_ID,
                "bot_id": BOT_ID,
                "ts": ts,
                "text": args.get("text", ""),
                "blocks": args.get("blocks", []),
            }
            return {"ok": True, "channel": channel, "ts": ts, "message_ts": ts, "message": message}
        if method == "chat.startStream":
            if not self.streaming:
                return {"ok": False, "error": self.stream_error}
            return {"ok": True, "channel": channel, "ts": self._next_ts()}
        if method in ("chat.appendStream", "chat.stopStream"):
            return {"ok": True, "channel": channel, "ts": args.get("ts")}
        if method in ("views.open", "views.publish", "views.update", "views.push"):
            view = dict(args.get("view") or {})
            view.update({"id": "V0FAKEVIEW", "hash": "h1"})
            return {"ok": True, "view": view}
        if method.startswith("assistant.threads."):
            return {"ok": True}
        if method == "chat.getPermalink":
            ts = str(args.get("message_ts", "")).replace(".", "")
            return {
                "ok": True,
                "channel": channel,
                "permalink": f"https://fake.slack.test/archives/{channel}/p{ts}",
            }
        if method == "conversations.info":
            return {
                "ok": True,
                "channel": {"id": channel, "is_member": channel not in self.not_member_of},
            }
        if method == "conversations.members":
            if channel not in self.members:
                return {"ok": False, "error": "channel_not_found"}
            return {
                "ok": True,
                "members": self.members[channel],
                "response_metadata": {"next_cursor": ""},
            }
        if method == "conversations.replies":
            return {"ok": True, "messages": [], "has_more": False}
        if method == "users.info":
            return {
                "ok": True,
                "user": {"id": args.get("user"), "name": "pm", "tz": "Europe/London"},
            }
        if method == "apps.connections.open":
            if not self.socket_url:
                return {"ok": False, "error": "invalid_auth"}
            return {"ok": True, "url": self.socket_url}
        return {"ok": False, "error": "unknown_method"}
