"""`aipm serve`: one clear line for missing or malformed tokens, and a real HTTP endpoint."""

from __future__ import annotations

import http.client

import pytest

from bot.cli import main
from bot.slack.server import EVENTS_PATH, serve, token_problem
from tests.conftest import make_settings
from tests.slack.conftest import APP_TOKEN, BOT_TOKEN, SIGNING_SECRET


@pytest.mark.parametrize(
    ("http", "tokens", "expected"),
    [
        (False, {}, "SLACK_BOT_TOKEN is not set"),
        (False, {"slack_bot_token": BOT_TOKEN}, "SLACK_APP_TOKEN is not set"),
        (True, {"slack_bot_token": BOT_TOKEN}, "SLACK_SIGNING_SECRET is not set"),
        (
            False,
            {"slack_bot_token": "xoxp-user-token", "slack_app_token": APP_TOKEN},
            "should start with xoxb-",
        ),
        (
            False,
            {"slack_bot_token": BOT_TOKEN, "slack_app_token": BOT_TOKEN},
            "SLACK_APP_TOKEN should start with xapp-",
        ),
        (
            True,
            {"slack_bot_token": BOT_TOKEN, "slack_signing_secret": '"abc def"'},
            "contains spaces or quotes",
        ),
    ],
)
def test_token_problems_name_the_variable_and_where_to_get_it(tmp_path, http, tokens, expected):
    problem = token_problem(make_settings(tmp_path, **tokens), http=http)
    assert expected in problem and "api.slack.com/apps" in problem and "\n" not in problem
    for value in tokens.values():
        assert value not in problem  # never echo a secret


def test_good_tokens_have_no_problem(tmp_path):
    settings = make_settings(
        tmp_path,
        slack_bot_token=BOT_TOKEN,
        slack_app_token=APP_TOKEN,
        slack_signing_secret=SIGNING_SECRET,
    )
    assert token_problem(settings, http=False) is None
    assert token_problem(settings, http=True) is None


def test_aipm_serve_without_tokens_prints_one_line_and_exits_2(capsys):
    assert main(["serve"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("aipm: SLACK_BOT_TOKEN is not set") and "\n" not in err
    assert "Traceback" not in err


def test_aipm_serve_http_without_signing_secret(monkeypatch, capsys):
    monkeypatch.setenv("SLACK_BOT_TOKEN", BOT_TOKEN)
    assert main(["serve", "--http", "--port", "0"]) == 2
    err = capsys.readouterr().err.strip()
    assert "SLACK_SIGNING_SECRET is not set" in err and "\n" not in err


def test_serve_reports_a_rejected_bot_token_in_one_line(fake_slack, tmp_path, capsys):
    fake_slack.failures["auth.test"] = "invalid_auth"
    settings = make_settings(
        tmp_path,
        slack_bot_token=BOT_TOKEN,
        slack_app_token=APP_TOKEN,
        slack_api_url=fake_slack.api_url,
    )
    assert serve(settings, http=False, host="127.0.0.1", port=0) == 2
    err = capsys.readouterr().err.strip()
    assert err == (
        "aipm: Slack rejected SLACK_BOT_TOKEN (invalid_auth): "
        "copy the Bot User OAuth Token (xoxb-...) "
        "from OAuth & Permissions at https://api.slack.com/apps"
    )
    assert BOT_TOKEN not in err


def test_serve_reports_an_unreachable_slack_api(tmp_path, capsys):
    settings = make_settings(
        tmp_path,
        slack_bot_token=BOT_TOKEN,
        slack_app_token=APP_TOKEN,
        slack_api_url="http://127.0.0.1:9/api/",
    )
    assert serve(settings, http=False, host="127.0.0.1", port=0) == 2
    err = capsys.readouterr().err.strip()
    assert (
        err.startswith("aipm: cannot reach the Slack Web API at http://127.0.0.1:9/api/")
        and "\n" not in err
    )


def test_http_server_serves_only_the_events_path_and_a_health_check(slack):
    def request(method: str, path: str) -> int:
        connection = http.client.HTTPConnection("127.0.0.1", slack.port, timeout=5)
        try:
            connection.request(method, path, body=b"" if method == "POST" else None)
            response = connection.getresponse()
            response.read()
            return response.status
        finally:
            connection.close()

    assert request("GET", "/healthz") == 200
    assert request("POST", "/elsewhere") == 404
    assert request("GET", EVENTS_PATH) == 404
    assert request("POST", EVENTS_PATH) == 401  # unsigned
