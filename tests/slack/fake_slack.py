"""A fake Slack Web API on 127.0.0.1, as strict as Slack: records every call, answers with
plausible JSON, and refuses what Slack refuses (see tests/slack/slack_rules.py) with Slack's codes.

Point a WebClient at `fake.api_url`; response_urls given to the app at `fake.response_url(...)`;
trigger ids from `fake.new_trigger()`; shared files from `fake.add_file(...)` (url_private).
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

from tests.slack import slack_rules as rules
from tests.slack.slack_rules import LOGIN_PAGE, STRICT_ERRORS, Bucket

BOT_USER_ID = "UAIPMBOT"
BOT_ID = "BAIPMBOT"
TEAM_ID = "T0TEAM001"
JSON_FIELDS = {"blocks", "view", "prompts", "chunks", "metadata", "loading_messages", "attachments", "files"}
def dm_channel(user: str) -> str:
    """The id of the bot's DM with a person, as Slack answers a post to a user id."""
    return "D" + user[1:]


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
    scopes: frozenset[str] = field(default_factory=rules.manifest_scopes)  # the bot token's scopes
    expect_refusals: bool = False  # True: a test that checks a refusal on purpose
    rate_limits: bool = True
    # url path -> (bytes, content type) of files shared in Slack; path -> Location to redirect to
    files: dict[str, tuple[bytes, str]] = field(default_factory=dict)
    redirects: dict[str, str] = field(default_factory=dict)
    file_infos: dict[str, dict[str, Any]] = field(default_factory=dict)  # files.info by file id
    downloads: list[tuple[str, str | None]] = field(default_factory=list)  # (path, Authorization)
    # files the app uploads (files.getUploadURLExternal, then a POST, then completeUploadExternal)
    uploads: dict[str, dict[str, Any]] = field(default_factory=dict)  # file id -> what it said and sent
    shared_files: list[dict[str, Any]] = field(default_factory=list)  # completed: channel, thread, content
    # method -> [(status, Retry-After), ...]: the next calls of that method fail at the HTTP level
    # (429 or 5xx, nothing carried out), as Slack does on a bad day; see fail_next().
    http_faults: dict[str, list[tuple[int, int | None]]] = field(default_factory=dict)
    _refused: list[Call] = field(default_factory=list)
    _triggers: dict[str, float] = field(default_factory=dict)
    _buckets: dict[tuple[str, str], Bucket] = field(default_factory=dict)
    _ts: Any = field(default_factory=lambda: itertools.count(1))
    _cond: threading.Condition = field(default_factory=threading.Condition)
    _server: ThreadingHTTPServer | None = None
    _retry_after: dict[int, int] = field(default_factory=dict)  # request thread -> Retry-After

    # -- lifecycle --------------------------------------------------------------------------------
    def start(self) -> "FakeSlack":
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                status, body, headers = fake._download(
                    self.path, self.headers.get("Authorization")
                )
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode("utf-8")
                status, body, content_type = fake._handle(
                    self.path, raw, dict(self.headers.items())
                )
                data = body.encode("utf-8")
                self.send_response(status)
                retry_after = fake._retry_after.pop(threading.get_ident(), None)
                if retry_after is not None:
                    self.send_header("Retry-After", str(retry_after))
                elif status == 429:
                    self.send_header("Retry-After", "1")
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

    # -- what the app is handed -------------------------------------------------------------------
    def new_trigger(self, age: float = 0.0) -> str:
        """A trigger id as an interaction carries one; `age` seconds old already."""
        trigger = f"{next(self._ts)}.738474920.{int(time.time() * 1000) % 10**9:x}"
        self._triggers[trigger] = time.monotonic() - age
        return trigger

    def add_file(self, file_id: str, name: str, data: bytes, content_type: str) -> dict[str, Any]:
        """Share a file: its url_private serves `data` to a bearer token with files:read."""
        path = f"/files-pri/{TEAM_ID}-{file_id}/{name}"
        self.files[path] = (data, content_type)
        info = {
            "id": file_id,
            "name": name,
            "title": name,
            "size": len(data),
            "url_private": self.base_url + path,
            "url_private_download": self.base_url + path.replace("/files-pri/", "/files-pri/dl/"),
        }
        self.files[path.replace("/files-pri/", "/files-pri/dl/")] = (data, content_type)
        self.file_infos[file_id] = info
        return dict(info)

    def refused(self) -> list[Call]:
        """Calls Slack would have refused because of what the app sent (reset() keeps them)."""
        with self._cond:
            return list(self._refused)

    def fail_next(
        self, method: str, status: int, times: int = 1, *, retry_after: int | None = None
    ) -> None:
        """The next `times` calls of `method` get HTTP `status` (429 with `retry_after`, or a 5xx)
        and are not carried out; later calls are answered normally."""
        with self._cond:
            self.http_faults.setdefault(method, []).extend([(status, retry_after)] * times)

    def succeeded(self, *methods: str) -> list[Call]:
        """Calls Slack carried out (answered ok), leaving out 429s, 5xx and refusals."""
        return [call for call in self.called(*methods) if call.result.get("ok")]

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
        """Block until `predicate(calls)` holds and return every call, or (given a method) until it was
        called `count` times and return that method's calls: `[-1]` is then its latest call even when
        other calls arrive after it (a loaded machine made that race real)."""
        method = predicate if isinstance(predicate, str) else None
        if method is not None:

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
            return [call for call in self.calls if method is None or call.method == method]

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
        if path.startswith("/upload/"):  # the upload URL files.getUploadURLExternal handed out
            return self._upload(path.removeprefix("/upload/"), raw)
        if path.startswith("/response/"):
            error = rules.message_error(args)
            result = {"ok": False, "error": error} if error else {"ok": True}
            self._record(Call("response_url", args, time.monotonic(), token, path, result))
            return (400, error, "text/plain") if error else (200, "ok", "text/plain")
        method = path.removeprefix("/api/").split("?")[0]
        arrived = time.monotonic()
        fault = self._http_fault(method)
        if fault is not None:
            status, retry_after = fault
            error = "ratelimited" if status == 429 else "fatal_error"
            result = {"ok": False, "error": error, "http_status": status}
            if retry_after is not None:
                self._retry_after[threading.get_ident()] = retry_after
            self._record(Call(method, args, arrived, token, path, result))
            return status, json.dumps(result), "application/json; charset=utf-8"
        wait = self._rate_limited(method, args, arrived)
        if wait:
            result = {"ok": False, "error": "ratelimited"}
            self._record(Call(method, args, arrived, token, path, result))
            return 429, json.dumps(result), "application/json; charset=utf-8"
        result = self._strict(method, args) or self._reply(method, args)
        self._record(Call(method, args, arrived, token, path, result))
        return 200, json.dumps(result), "application/json; charset=utf-8"

    def _http_fault(self, method: str) -> tuple[int, int | None] | None:
        with self._cond:
            queued = self.http_faults.get(method)
            return queued.pop(0) if queued else None

    def _rate_limited(self, method: str, args: dict[str, Any], now: float) -> float:
        """chat.postMessage: about 1 a second per channel (short bursts allowed); chat.update: Tier 3."""
        if not self.rate_limits:
            return 0.0
        if method == "chat.postMessage":
            key, capacity, rate = (method, str(args.get("channel"))), 6.0, 1.0
        elif method == "chat.update":
            key, capacity, rate = (method, ""), 50.0, 50 / 60
        else:
            return 0.0
        with self._cond:
            bucket = self._buckets.setdefault(key, Bucket(capacity, rate))
            return bucket.take(now)

    def _strict(self, method: str, args: dict[str, Any]) -> dict[str, Any] | None:
        """Slack's refusal of this call, or None when Slack would carry it out."""
        channel = str(args.get("channel") or args.get("channel_id") or "")
        needed = rules.needed_scopes(method, channel)
        if needed and not needed & self.scopes:
            return {"ok": False, "error": "missing_scope", "needed": ",".join(sorted(needed)),
                    "provided": ",".join(sorted(self.scopes))}
        if method in rules.CHANNEL_METHODS and not rules.is_channel_id(channel):
            return {"ok": False, "error": "channel_not_found"}
        if method in ("chat.postMessage", "chat.update", "chat.postEphemeral"):
            error = rules.message_error(args)
            return {"ok": False, "error": error} if error else None
        if method == "chat.stopStream" and args.get("blocks"):
            if rules.block_problems(args["blocks"], limit=rules.MESSAGE_BLOCKS):
                return {"ok": False, "error": "invalid_blocks"}
        if method in ("views.open", "views.push"):
            trigger = str(args.get("trigger_id") or "")
            with self._cond:
                issued = self._triggers.pop(trigger, None)
            if issued is None:
                used = any(c.args.get("trigger_id") == trigger for c in self.calls)
                return {"ok": False, "error": "exchanged_trigger_id" if used else "invalid_trigger_id"}
            if time.monotonic() - issued > rules.TRIGGER_SECONDS:
                return {"ok": False, "error": "expired_trigger_id"}
        if method.startswith("views."):
            error = rules.view_error(args.get("view"))
            return {"ok": False, "error": error} if error else None
        if method in ("files.getUploadURLExternal", "files.completeUploadExternal"):
            return self._strict_upload(method, args)
        return None

    def _strict_upload(self, method: str, args: dict[str, Any]) -> dict[str, Any] | None:
        """files.getUploadURLExternal needs a filename and a length; completeUploadExternal needs
        ids it handed out whose bytes arrived, and a conversation id (not a user id) to share in."""
        if method == "files.getUploadURLExternal":
            if not args.get("filename") or not str(args.get("length", "")).isdigit():
                return {"ok": False, "error": "invalid_arguments"}
            return None
        files = args.get("files")
        if not isinstance(files, list) or not files:
            return {"ok": False, "error": "invalid_arguments"}
        channel = str(args.get("channel_id") or "")
        if args.get("thread_ts") and not channel:
            return {"ok": False, "error": "invalid_arguments"}
        if channel and not rules.is_channel_id(channel):
            return {"ok": False, "error": "channel_not_found"}
        with self._cond:
            for item in files:
                upload = self.uploads.get(str(item.get("id")))
                if upload is None or upload.get("content") is None:
                    return {"ok": False, "error": "file_not_found"}
        return None

    def _upload(self, file_id: str, raw: str) -> tuple[int, str, str]:
        with self._cond:
            upload = self.uploads.get(file_id)
            if upload is None:
                return 404, "not found", "text/plain"
            upload["content"] = raw
            self.calls.append(Call("file_upload", {"file_id": file_id}, time.monotonic()))
            self._cond.notify_all()
        return 200, f"OK - {len(raw.encode('utf-8'))}", "text/plain"

    def _download(self, path: str, authorization: str | None) -> tuple[int, bytes, dict[str, str]]:
        """GET of a url_private: the file for a bearer token with files:read, else a login page."""
        with self._cond:
            self.downloads.append((path, authorization))
        if path in self.redirects:
            return 302, b"", {"Location": self.redirects[path]}
        token = (authorization or "").removeprefix("Bearer ")
        stored = self.files.get(path)
        if stored is None:
            return 404, b"not found", {"Content-Type": "text/plain"}
        if not token.startswith("xoxb-") or "files:read" not in self.scopes:
            # What Slack does: a 200 with its sign-in page, not an error.
            return 200, LOGIN_PAGE.encode(), {"Content-Type": "text/html; charset=utf-8"}
        data, content_type = stored
        return 200, data, {"Content-Type": content_type}

    def _record(self, call: Call) -> None:
        with self._cond:
            self.calls.append(call)
            if call.result.get("error") in STRICT_ERRORS:
                self._refused.append(call)
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
        if channel[:1] in "UW" and method in ("chat.postMessage", "chat.postEphemeral"):
            channel = dm_channel(channel)  # Slack posts to the DM and says which channel it is
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
        if method == "chat.delete":
            return {"ok": True, "channel": channel, "ts": args.get("ts")}
        if method == "conversations.open":
            user = str(args.get("users") or "").split(",")[0]
            return {"ok": True, "channel": {"id": dm_channel(user)}}
        if method == "files.info":
            info = self.file_infos.get(str(args.get("file")))
            if info is None:
                return {"ok": False, "error": "file_not_found"}
            return {"ok": True, "file": dict(info)}
        if method == "files.getUploadURLExternal":
            file_id = f"F0UP{next(self._ts):05d}"
            with self._cond:
                self.uploads[file_id] = {"filename": args["filename"], "length": int(args["length"]), "content": None}
            return {"ok": True, "upload_url": f"{self.base_url}/upload/{file_id}", "file_id": file_id}
        if method == "files.completeUploadExternal":
            shared = []
            with self._cond:
                for item in args["files"]:
                    upload = self.uploads[str(item["id"])]
                    self.shared_files.append({
                        "id": item["id"], "title": item.get("title") or upload["filename"],
                        "filename": upload["filename"], "content": upload["content"],
                        "channel": args.get("channel_id"), "thread_ts": args.get("thread_ts"),
                    })
                    shared.append({"id": item["id"], "title": item.get("title") or upload["filename"]})
            return {"ok": True, "files": shared}
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
