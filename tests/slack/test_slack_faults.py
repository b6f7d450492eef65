"""Slack on a bad day: 429 with Retry-After and 5xx answers. Every message still lands exactly once."""

from __future__ import annotations

import http.client
import time
from urllib.parse import urlencode

import pytest

from bot.services import Services
from tests.conftest import make_settings
from tests.slack.conftest import SlackHarness
from tests.slack.test_app import METRICS, buttons


def answers_in(fake, thread_ts: str):
    """Answer messages (they carry feedback buttons) that Slack carried out in this thread."""
    placeholders = {c.result.get("ts") for c in fake.succeeded("chat.postMessage")
                    if c.args.get("thread_ts") == thread_ts}
    return [c for c in fake.succeeded("chat.update")
            if c.args.get("ts") in placeholders and buttons(c.args.get("blocks", []))]


def test_a_429_with_retry_after_and_a_500_are_retried_and_each_message_lands_once(slack):
    fake = slack.fake
    fake.fail_next("chat.postMessage", 429, 2, retry_after=1)
    fake.fail_next("chat.update", 500, 1)
    fake.fail_next("chat.update", 503, 1)

    ts, response = slack.mention(METRICS)
    assert response.status == 200
    slack.wait_idle(timeout=60)

    failed = [c for c in fake.called("chat.postMessage", "chat.update") if c.result.get("http_status")]
    assert [c.result["http_status"] for c in failed] == [429, 429, 500, 503]
    placeholders = [c for c in fake.succeeded("chat.postMessage") if c.args.get("thread_ts") == ts]
    assert len(placeholders) == 1, "the placeholder was posted once, after the two 429s"
    answered = answers_in(fake, ts)
    assert len(answered) == 1, "the answer replaced the placeholder once, after the 500 and the 503"
    # Retry-After was honoured: the first successful post came at least a second after the 429.
    first_429 = failed[0].at
    assert placeholders[0].at - first_429 >= 0.9
    assert "E-" not in answered[0].text, "no apology: the answer itself got through"


@pytest.fixture
def limited(fake_slack, knowledge_index, tmp_path):
    """A bot allowing two questions a minute per person. Its clocks stand still, mid-minute: the window is a
    wall-clock minute, and a real clock crossing into the next one between the first and third question
    (more likely the slower the machine) would make the test pass or fail by the time of day."""
    settings = make_settings(tmp_path / "limited", rate_limit_per_minute=2)
    services = Services(settings, index=knowledge_index)
    frozen = 1_800_000_030.0
    services.rate_limiter.clock = services.rate_limiter.wall = lambda: frozen
    harness = SlackHarness(fake_slack, services, tmp_path)
    yield harness
    harness.close()


def test_a_person_over_the_rate_limit_is_asked_kindly_to_wait_in_mentions_and_the_slash_command(limited):
    fake = limited.fake
    first, _ = limited.mention(METRICS)
    limited.wait_idle(timeout=60)
    limited.command(f"ask {METRICS}")
    limited.wait_idle(timeout=60)
    third, _ = limited.mention(METRICS)
    limited.command(f"ask {METRICS}", response_name="late")
    limited.wait_idle(timeout=60)

    assert len(answers_in(fake, first)) == 1
    assert [c for c in fake.called("response_url") if c.path.endswith("/cmd") and buttons(c.args.get("blocks", []))]
    told = [c for c in fake.succeeded("chat.postMessage") if c.args.get("thread_ts") == third]
    assert len(told) == 1 and not buttons(told[0].args.get("blocks", []))
    assert "2 questions in the last minute" in told[0].text and "wait about" in told[0].text
    late = [c for c in fake.called("response_url") if c.path.endswith("/late")]
    assert len(late) == 1 and late[0].args["response_type"] == "ephemeral"
    assert "wait about" in late[0].text and not buttons(late[0].args.get("blocks", []))
    # Someone else is not held up by the first person's questions.
    other, _ = limited.mention(METRICS, user="U0OTHER001")
    limited.wait_idle(timeout=60)
    assert len(answers_in(fake, other)) == 1


def test_a_replayed_request_is_refused_and_changes_nothing(slack):
    """The same signed bytes sent again (an attacker replaying a captured request) get 401."""
    ts = slack.next_ts()
    body = slack.event_body({"type": "app_mention", "user": "U0PERSON01", "text": f"<@UAIPMBOT> {METRICS}",
                             "ts": ts, "channel": "C0CHANNEL1", "event_ts": ts})
    stamp = int(time.time())
    assert slack.post(body, timestamp=stamp).status == 200
    assert slack.post(body, timestamp=stamp).status == 401
    slack.wait_idle(timeout=60)
    assert len(answers_in(slack.fake, ts)) == 1

    command = slack.command(f"ask {METRICS}")
    assert command.status == 200
    slack.wait_idle(timeout=60)
    before = len(slack.fake.called("response_url"))
    # Replay the slash command exactly: same form, same timestamp, same signature.
    form = urlencode({"command": "/aipm", "text": f"ask {METRICS}", "user_id": "U0PERSON01",
                      "channel_id": "C0CHANNEL1", "team_id": "T0TEAM001",
                      "response_url": slack.fake.response_url("replay"), "trigger_id": slack.fake.new_trigger()})
    kind = "application/x-www-form-urlencoded"
    assert slack.post(form, content_type=kind, timestamp=stamp).status == 200
    assert slack.post(form, content_type=kind, timestamp=stamp).status == 401
    slack.wait_idle(timeout=60)
    replayed = [c for c in slack.fake.called("response_url") if c.path.endswith("/replay")]
    assert len(replayed) == 1 and len(slack.fake.called("response_url")) == before + 1


def test_missing_signature_headers_are_refused_with_no_side_effects(slack):
    body = slack.event_body({"type": "app_mention", "user": "U0PERSON01", "text": "<@UAIPMBOT> hi",
                             "ts": "1.2", "channel": "C0CHANNEL1", "event_ts": "1.2"})
    for headers in ({"Content-Type": "application/json"},
                    {"Content-Type": "application/json", "X-Slack-Request-Timestamp": str(int(time.time()))}):
        connection = http.client.HTTPConnection("127.0.0.1", slack.port, timeout=10)
        connection.request("POST", "/slack/events", body=body.encode(), headers=headers)
        assert connection.getresponse().status == 401
        connection.close()
    slack.wait_idle()
    assert [c.method for c in slack.fake.called()] in ([], ["auth.test"])
