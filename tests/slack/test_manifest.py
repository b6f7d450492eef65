"""manifest.json asks Slack for exactly what the listeners use."""

from __future__ import annotations

import json

from bot.slack import blocks
from bot.slack.listeners.commands import COMMAND
from tests.conftest import REPO

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


def test_surfaces_match_the_code():
    features = MANIFEST["features"]
    assert [c["command"] for c in features["slash_commands"]] == [COMMAND]
    assert [s["callback_id"] for s in features["shortcuts"]] == [blocks.REVIEW_SHORTCUT]
    assert features["app_home"]["home_tab_enabled"] and features["app_home"]["messages_tab_enabled"]
    assert not features["app_home"]["messages_tab_read_only_enabled"]  # people DM the bot
    assert features["assistant_view"]["suggested_prompts"] == blocks.SUGGESTED_PROMPTS
