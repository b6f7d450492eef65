"""manifest.json asks Slack for exactly what the listeners use."""

from __future__ import annotations

import json
import re

from bot.slack import blocks
from bot.slack.listeners.commands import COMMAND
from tests.conftest import REPO
from tests.slack import slack_rules as rules

MANIFEST = json.loads((REPO / "manifest.json").read_text(encoding="utf-8"))


def test_events_scopes_and_interactivity():
    settings = MANIFEST["settings"]
    assert set(settings["event_subscriptions"]["bot_events"]) >= {
        "app_mention",
        "message.im",
        "app_home_opened",
        "assistant_thread_started",
    }
    assert settings["interactivity"]["is_enabled"] is True  # buttons and the review modal
    assert settings["socket_mode_enabled"] is True
    scopes = set(MANIFEST["oauth_config"]["scopes"]["bot"])
    needed = {"app_mentions:read", "assistant:write", "chat:write", "commands", "im:history"}
    assert scopes >= needed
    # The escalation channel: conversations.info (is the bot in it?) and conversations.members
    # (who may act when AIPM_COACH_USER_IDS is empty), for public and private channels.
    assert scopes >= {"channels:read", "groups:read"}
    assert "files:read" in scopes  # a spec shared as a file: url_private and files.info


def test_surfaces_match_the_code():
    features = MANIFEST["features"]
    assert [c["command"] for c in features["slash_commands"]] == [COMMAND]
    assert [s["callback_id"] for s in features["shortcuts"]] == [blocks.REVIEW_SHORTCUT]
    assert features["app_home"]["home_tab_enabled"] and features["app_home"]["messages_tab_enabled"]
    assert not features["app_home"]["messages_tab_read_only_enabled"]  # people DM the bot
    assert features["assistant_view"]["suggested_prompts"] == blocks.SUGGESTED_PROMPTS


# -- scopes: exactly what the code calls ----------------------------------------------------------
WEB_API_CALL_RE = re.compile(r"\.((?:chat|views|conversations|users|files|assistant_threads|auth)_\w+)\(")
STREAM_METHODS = ("chat.startStream", "chat.appendStream", "chat.stopStream")


def called_methods() -> set[str]:
    """Every Web API method the bot's code calls, read from its source."""
    methods: set[str] = set()
    for path in (REPO / "bot").rglob("*.py"):
        for name in WEB_API_CALL_RE.findall(path.read_text(encoding="utf-8")):
            methods.update(STREAM_METHODS if name == "chat_stream" else {name.replace("_", ".")})
    return methods


def needed_by_the_code() -> dict[str, set[str]]:
    """scope -> why it is needed (methods, events, surfaces)."""
    needed: dict[str, set[str]] = {}
    for method in called_methods():
        # conversations.* read the escalation channel, which may be public (C) or private (G).
        for kind in ("C", "G") if method.startswith("conversations.") else ("C",):
            for scope in sorted(rules.needed_scopes(method, kind) or ())[:1]:
                needed.setdefault(scope, set()).add(method)
    needed.setdefault("files:read", set()).add("url_private of a shared spec")
    for event in MANIFEST["settings"]["event_subscriptions"]["bot_events"]:
        if rules.EVENT_SCOPES.get(event):
            needed.setdefault(rules.EVENT_SCOPES[event], set()).add(f"event {event}")
    if MANIFEST["features"].get("slash_commands") or MANIFEST["features"].get("shortcuts"):
        needed.setdefault("commands", set()).add("/aipm and the shortcut")
    return needed


def test_every_method_the_code_calls_is_known_to_the_fake():
    unknown = {m for m in called_methods() if m not in rules.METHOD_SCOPES and m not in rules.KIND_SCOPES}
    assert not unknown, f"add these to slack_rules so their scopes are checked: {unknown}"


def test_the_manifest_asks_for_exactly_the_scopes_the_code_needs():
    granted = set(MANIFEST["oauth_config"]["scopes"]["bot"])
    needed = needed_by_the_code()
    unused = sorted(granted - needed.keys())
    missing = {scope: sorted(why) for scope, why in needed.items() if scope not in granted}
    assert not unused, f"scopes no call needs (remove them from manifest.json): {unused}"
    assert not missing, f"scopes the code needs but manifest.json lacks: {missing}"
