"""bot/slack/ids.py is the one list of ids: it matches manifest.json and the registered listeners."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

import pytest
from slack_bolt import BoltResponse
from slack_bolt.request import BoltRequest

from bot.services import Services
from bot.slack import ids
from bot.slack.app import create_app
from tests.conftest import REPO, make_settings
from tests.slack.conftest import BOT_TOKEN, SIGNING_SECRET

MANIFEST = json.loads((REPO / "manifest.json").read_text(encoding="utf-8"))


def test_the_manifest_declares_exactly_the_shortcuts_and_commands_in_ids():
    features = MANIFEST["features"]
    assert tuple(s["callback_id"] for s in features["shortcuts"]) == ids.SHORTCUTS
    assert tuple(c["command"] for c in features["slash_commands"]) == ids.COMMANDS


def test_ids_are_unique_within_their_kind():
    for kind in (ids.ACTIONS, ids.VIEWS, ids.SHORTCUTS):
        assert len(set(kind)) == len(kind)


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    settings = make_settings(
        tmp_path_factory.mktemp("ids"), slack_bot_token=BOT_TOKEN, slack_signing_secret=SIGNING_SECRET
    )
    with ThreadPoolExecutor(1) as executor:
        yield create_app(
            settings, Services(settings), token_verification_enabled=False, listener_executor=executor
        )


def body_for(kind: str, id_: str) -> dict:
    common = {"team": {"id": "T0TEAM001"}, "user": {"id": "U0PERSON01"}, "api_app_id": "A0AIPMAPP1"}
    if kind == "action":
        return {"type": "block_actions", "actions": [{"action_id": id_, "block_id": "b", "type": "button"}], **common}
    if kind == "view":
        return {"type": "view_submission", "view": {"callback_id": id_, "id": "V1", "type": "modal"}, **common}
    if kind == "shortcut":
        return {"type": "shortcut", "callback_id": id_, **common}
    return {"command": id_, "team_id": "T0TEAM001", "user_id": "U0PERSON01", "text": ""}


def listeners_for(app, kind: str, id_: str) -> int:
    request = BoltRequest(body=body_for(kind, id_), mode="socket_mode")
    return sum(
        listener.matches(req=request, resp=BoltResponse(status=404)) for listener in app._listeners
    )


KINDS = {"action": ids.ACTIONS, "view": ids.VIEWS, "shortcut": ids.SHORTCUTS, "command": ids.COMMANDS}


@pytest.mark.parametrize(
    ("kind", "id_"), [(kind, id_) for kind, values in KINDS.items() for id_ in values]
)
def test_every_id_has_exactly_one_listener(app, kind, id_):
    assert listeners_for(app, kind, id_) == 1


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_an_unknown_id_has_no_listener(app, kind):
    assert listeners_for(app, kind, "not_an_id_we_use" if kind != "command" else "/other") == 0
