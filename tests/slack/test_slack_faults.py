"""Slack on a bad day: 429 with Retry-After and 5xx answers. Every message still lands exactly once."""

from __future__ import annotations

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
    """A bot allowing two questions a minute per person."""
    settings = make_settings(tmp_path / "limited", rate_limit_per_minute=2)
    harness = SlackHarness(fake_slack, Services(settings, index=knowledge_index), tmp_path)
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
