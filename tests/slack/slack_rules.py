"""What Slack refuses, for the fake Web API: Block Kit limits, channel kinds, scopes, trigger ids.

Block Kit is checked with slack_sdk.models where it validates, and with LIMITS where it does not
(it skips buttons and options inside dict elements, modal titles and plain_text_input lengths).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from slack_sdk.errors import SlackObjectFormationError
from slack_sdk.models.blocks import Block

from tests.conftest import REPO

MESSAGE_BLOCKS = 50
VIEW_BLOCKS = 100
MESSAGE_TEXT = 40_000
TRIGGER_SECONDS = 3.0
# Limits from Slack's Block Kit reference that slack_sdk does not check on dicts.
LIMITS = {
    ("button", "text"): 75,
    ("button", "value"): 2000,
    ("button", "url"): 3000,
    ("option", "text"): 75,
    ("option", "description"): 75,
    ("option", "value"): 150,
    ("view", "title"): 24,
    ("view", "submit"): 24,
    ("view", "close"): 24,
    ("view", "private_metadata"): 3000,
    ("view", "callback_id"): 255,
    ("any", "action_id"): 255,
    ("any", "block_id"): 255,
    ("input", "label"): 2000,
    ("input", "hint"): 2000,
    ("plain_text_input", "max_length"): 3000,
    ("plain_text_input", "placeholder"): 150,
    ("section", "text"): 3000,
    ("header", "text"): 150,
    ("context", "elements"): 10,
    ("actions", "elements"): 25,
}

# The scope each Web API method needs (any one of a set will do); None: no scope (token only).
METHOD_SCOPES: dict[str, frozenset[str] | None] = {
    "auth.test": None,
    "apps.connections.open": None,  # app-level token, connections:write on the app token
    "chat.postMessage": frozenset({"chat:write"}),
    "chat.postEphemeral": frozenset({"chat:write"}),
    "chat.update": frozenset({"chat:write"}),
    "chat.delete": frozenset({"chat:write"}),
    "chat.getPermalink": None,
    "chat.startStream": frozenset({"chat:write"}),
    "chat.appendStream": frozenset({"chat:write"}),
    "chat.stopStream": frozenset({"chat:write"}),
    "assistant.threads.setStatus": frozenset({"assistant:write", "chat:write"}),
    "assistant.threads.setSuggestedPrompts": frozenset({"assistant:write"}),
    "assistant.threads.setTitle": frozenset({"assistant:write"}),
    "views.open": None,
    "views.update": None,
    "views.push": None,
    "views.publish": None,
    "conversations.open": frozenset({"im:write"}),
    "users.info": frozenset({"users:read"}),
    "files.info": frozenset({"files:read"}),
    # The brief of a coaching session: files_upload_v2 is these two calls and a POST between them.
    "files.getUploadURLExternal": frozenset({"files:write"}),
    "files.completeUploadExternal": frozenset({"files:write"}),
    "files.upload.v2": frozenset({"files:write"}),  # how test_manifest reads `files_upload_v2(` in the code
    "files:url_private": frozenset({"files:read"}),
}
# Channel-kind methods: the scope depends on the conversation (public, private, DM, group DM).
KIND_SCOPES = {
    "conversations.info": {"C": "channels:read", "G": "groups:read", "D": "im:read"},
    "conversations.members": {"C": "channels:read", "G": "groups:read", "D": "im:read"},
    "conversations.replies": {"C": "channels:history", "G": "groups:history", "D": "im:history"},
    "conversations.history": {"C": "channels:history", "G": "groups:history", "D": "im:history"},
}
# Events and features that need a scope although no Web API method is called for them.
EVENT_SCOPES = {
    "app_mention": "app_mentions:read",
    "message.im": "im:history",
    "assistant_thread_started": "assistant:write",
    "app_home_opened": None,
}
CHANNEL_METHODS = {"chat.update", "chat.delete", "conversations.replies", "conversations.history"}


def manifest() -> dict[str, Any]:
    return json.loads((REPO / "manifest.json").read_text(encoding="utf-8"))


def manifest_scopes() -> frozenset[str]:
    return frozenset(manifest()["oauth_config"]["scopes"]["bot"])


def needed_scopes(method: str, channel: str = "") -> frozenset[str] | None:
    """The scopes (any one suffices) a call needs; None when it needs none."""
    if method in KIND_SCOPES:
        kind = (channel or "C")[:1]
        return frozenset({KIND_SCOPES[method].get(kind, KIND_SCOPES[method]["C"])})
    return METHOD_SCOPES.get(method)


def is_channel_id(channel: str) -> bool:
    """C (public), G (private, old), D (DM) ids name a conversation; U/W ids name a person."""
    return bool(channel) and channel[:1] in "CGD"


# Refusals that mean the app sent something Slack would not take: a test fails on any of them
# unless it says it expects them (fake.expect_refusals).
STRICT_ERRORS = {
    "invalid_blocks",
    "invalid_arguments",
    "msg_too_long",
    "no_text",
    "channel_not_found",
    "missing_scope",
    "expired_trigger_id",
    "invalid_trigger_id",
    "exchanged_trigger_id",
}
LOGIN_PAGE = (
    "<!DOCTYPE html><html><head><title>Slack</title></head><body>Sign in to Fake</body></html>"
)


@dataclass
class Bucket:
    """Slack's rate limits: `capacity` calls at once, refilled at `per_second`."""

    capacity: float
    per_second: float
    level: float = -1.0
    at: float = 0.0

    def take(self, now: float) -> float:
        """0 when the call may go, else the seconds until it may."""
        if self.level < 0:
            self.level, self.at = self.capacity, now
        self.level = min(self.capacity, self.level + (now - self.at) * self.per_second)
        self.at = now
        if self.level >= 1:
            self.level -= 1
            return 0.0
        return (1 - self.level) / self.per_second


# -- Block Kit ------------------------------------------------------------------------------------
def _text_of(value: Any) -> str:
    if isinstance(value, dict):
        return str(value.get("text", ""))
    return "" if value is None else str(value)


def _check_limits(node: Any, problems: list[str]) -> None:
    """Walk a block tree and note every value beyond LIMITS."""
    if isinstance(node, list):
        for item in node:
            _check_limits(item, problems)
        return
    if not isinstance(node, dict):
        return
    node_type = node.get("type")
    if node_type is None and "value" in node and "text" in node:
        node_type = "option"
    for key in ("action_id", "block_id"):
        if key in node and len(str(node[key])) > LIMITS[("any", key)]:
            problems.append(f"{key} longer than {LIMITS[('any', key)]}")
    for (of, key), limit in LIMITS.items():
        if of != node_type or key not in node:
            continue
        value = node[key]
        if key == "max_length":
            if int(value) > limit:
                problems.append(f"{of}.max_length above {limit}")
        elif key == "elements":
            if len(value) > limit:
                problems.append(f"{of} has more than {limit} elements")
        elif len(_text_of(value)) > limit:
            problems.append(f"{of}.{key} longer than {limit} characters")
    if node_type == "plain_text_input":
        ceiling = int(node.get("max_length") or 3000)
        if len(str(node.get("initial_value") or "")) > ceiling:
            problems.append("plain_text_input.initial_value longer than its max_length")
        if int(node.get("min_length") or 0) > ceiling:
            problems.append("plain_text_input.min_length above its max_length")
    for key, value in node.items():
        if isinstance(value, (dict, list)) and key not in ("text",):
            _check_limits(value, problems)
        elif key == "text" and isinstance(value, dict):
            text_type = value.get("type")
            if text_type not in ("plain_text", "mrkdwn"):
                problems.append(f"text object of type {text_type!r}")
            elif node_type in ("button", "header") and text_type != "plain_text":
                problems.append(f"{node_type} text must be plain_text")


def block_problems(blocks: Any, *, limit: int) -> list[str]:
    """Why Slack would refuse these blocks; [] when it would take them."""
    if not isinstance(blocks, list):
        return ["blocks is not a list"]
    problems: list[str] = []
    if len(blocks) > limit:
        problems.append(f"{len(blocks)} blocks, more than {limit}")
    for block in blocks:
        try:
            parsed = Block.parse(block)
            if parsed is None:
                problems.append(f"unknown block {block!r:.80}")
            else:
                parsed.validate_json()
        except (SlackObjectFormationError, TypeError, KeyError, ValueError) as exc:
            problems.append(str(exc))
    _check_limits(blocks, problems)
    return problems


def message_error(args: dict[str, Any]) -> str | None:
    """Slack's error for chat.postMessage / chat.update / chat.postEphemeral / respond() args."""
    text = args.get("text") or ""
    blocks = args.get("blocks")
    if len(str(text)) > MESSAGE_TEXT:
        return "msg_too_long"
    if blocks in (None, "", []):
        return None if text or args.get("markdown_text") else "no_text"
    return "invalid_blocks" if block_problems(blocks, limit=MESSAGE_BLOCKS) else None


def view_error(view: Any) -> str | None:
    """Slack's error for views.open / views.update / views.push / views.publish."""
    if not isinstance(view, dict) or view.get("type") not in ("modal", "home"):
        return "invalid_arguments"
    problems = block_problems(view.get("blocks") or [], limit=VIEW_BLOCKS)
    if not view.get("blocks"):
        problems.append("a view needs at least one block")
    if view["type"] == "modal" and not _text_of(view.get("title")):
        problems.append("a modal needs a title")
    _check_limits({**view, "type": "view"}, problems)
    return "invalid_arguments" if problems else None


def explain(args: dict[str, Any]) -> list[str]:
    """Every problem with a message's or view's blocks, for test failure messages."""
    if "view" in args:
        view = args["view"]
        problems = block_problems(view.get("blocks") or [], limit=VIEW_BLOCKS)
        _check_limits({**view, "type": "view"}, problems)
        return problems
    return block_problems(args.get("blocks") or [], limit=MESSAGE_BLOCKS)
