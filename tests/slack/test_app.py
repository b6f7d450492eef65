"""End to end: signed Slack requests over real HTTP into the real bolt app, out to a fake Slack."""

from __future__ import annotations

import json
import logging
import re

import pytest

from bot.core.index import KnowledgeIndex
from bot.services import Services
from bot.slack.blocks import ASK_HUMAN, FEEDBACK_DOWN, FEEDBACK_UP, SUGGESTED_PROMPTS
from bot.slack.text import to_markdown, to_mrkdwn
from bot.core.records import VoteTally
from tests.conftest import make_settings
from tests.slack.conftest import CHANNEL, DM, PERSON, SlackHarness
from tests.slack.fake_slack import dm_channel

METRICS = "How do I define success metrics for an AI feature?"
WEATHER = "What's the weather going to be in Paris tomorrow?"


def buttons(blocks: list[dict]) -> dict[str, str]:
    """action_id -> value of every button in the blocks."""
    return {
        element["action_id"]: element["value"]
        for block in blocks
        if block["type"] == "actions"
        for element in block["elements"]
    }


def answer_updates(fake):
    """chat.update calls that carry an answer (they have feedback buttons)."""
    return [c for c in fake.called("chat.update") if buttons(c.args.get("blocks", []))]


def posted_answer(fake, thread_ts: str):
    """A chat.postMessage that answered in this thread, if any."""
    for call in fake.called("chat.postMessage"):
        if call.args.get("thread_ts") == thread_ts and buttons(call.args.get("blocks", [])):
            return call
    return None


# -- surfaces ------------------------------------------------------------------------------------
def test_mention_is_answered_in_a_thread_with_confidence_sources_and_buttons(slack, slack_services):
    ts, response = slack.mention(METRICS)
    assert response.status == 200

    calls = slack.fake.wait_for(lambda calls: any(c.method == "chat.update" for c in calls))
    placeholder = slack.fake.called("chat.postMessage")[0]
    assert placeholder.args["channel"] == CHANNEL and placeholder.args["thread_ts"] == ts
    assert "Looking through the coaching guidance" in placeholder.args["text"]
    assert placeholder.token == "xoxb-0000-test-token"

    update = next(c for c in calls if c.method == "chat.update")
    assert update.args["ts"] == placeholder.ts  # the placeholder became the answer
    blocks = update.args["blocks"]
    expected = slack_services.answerer.ask(METRICS)
    assert (
        blocks[0]["type"] == "section" and to_mrkdwn(expected.answer) in blocks[0]["text"]["text"]
    )
    assert update.args["text"].startswith(expected.answer[:40])  # plain-text fallback
    confidence = next(b for b in blocks if b["type"] == "context")["elements"][0]["text"]
    assert "High confidence" in confidence and "sources below back every sentence" in confidence
    sources = next(
        b["text"]["text"]
        for b in blocks
        if b["type"] == "section" and "*Sources*" in b["text"]["text"]
    )
    # The guide the source ranking picks (bot/core/source_ranking.py), and after it the sections quoted.
    assert sources.startswith("*Sources*\n1. *Success metrics at four levels* › ")
    assert f"› {expected.sources[0].section}" in sources and "success metrics" in expected.sources[0].section.lower()
    # Only the guides the answer quotes are listed: the retrieved but unquoted ones are not.
    quoted = {s.source for s in expected.sources}
    unquoted = [s.title for s in expected.retrieved if s.source not in quoted]
    assert unquoted and not any(f"*{title}*" in sources for title in unquoted)
    cited = set(re.findall(r"\[(\d+)\]", expected.answer))
    assert len(sources.splitlines()) - 1 == len(cited) == len(expected.sources)
    refs = buttons(blocks)
    assert set(refs) == {FEEDBACK_UP, FEEDBACK_DOWN, ASK_HUMAN}
    assert len(set(refs.values())) == 1  # the interaction id, looked up in the database
    recorded = slack_services.interactions.interaction(refs[FEEDBACK_UP])
    assert recorded.question == METRICS and recorded.surface == "mention"
    assert recorded.channel == CHANNEL and recorded.thread_ts == ts
    assert recorded.message_ts == placeholder.ts and recorded.label == "high"


def test_direct_message_streams_the_answer_and_a_follow_up_uses_the_thread(slack, slack_services):
    ts, response = slack.direct_message(METRICS)
    assert response.status == 200
    slack.fake.wait_for("chat.stopStream")
    status = slack.fake.called("assistant.threads.setStatus")[0]
    assert status.args["channel_id"] == DM and status.args["thread_ts"] == ts
    assert status.args["status"] == "is thinking…"
    start = slack.fake.called("chat.startStream")[0]
    assert start.args["thread_ts"] == ts and start.args["recipient_user_id"] == PERSON
    streamed = "".join(chunk["text"] for chunk in start.args["chunks"])
    assert to_markdown(slack_services.answerer.ask(METRICS).answer) in streamed
    stop = slack.fake.called("chat.stopStream")[0]
    assert stop.args["ts"] == start.ts
    assert set(buttons(stop.args["blocks"])) == {FEEDBACK_UP, FEEDBACK_DOWN, ASK_HUMAN}
    assert "Sources" in json.dumps(stop.args["blocks"])

    slack.wait_idle()
    follow_up = "and for chatbots?"
    slack.direct_message(follow_up, thread_ts=ts)
    slack.fake.wait_for("chat.stopStream", count=2)
    second = slack.fake.called("chat.startStream")[1]
    assert second.args["thread_ts"] == ts
    with_context = slack_services.answerer.ask(follow_up, history=[METRICS]).answer
    without = slack_services.answerer.ask(follow_up).answer
    assert with_context != without
    assert to_markdown(with_context) in "".join(chunk["text"] for chunk in second.args["chunks"])
    assert slack.state.history(DM, ts) == [METRICS, follow_up]


def test_without_streaming_the_answer_is_posted_and_streaming_is_not_retried(slack):
    slack.fake.streaming = False
    ts, _ = slack.direct_message(METRICS)
    slack.fake.wait_for(lambda calls: posted_answer(slack.fake, ts) is not None)
    posted = posted_answer(slack.fake, ts)
    assert "Success metrics" in json.dumps(posted.args["blocks"]) and posted.args["text"]

    slack.wait_idle()
    second_ts, _ = slack.direct_message("How should I run an A/B test for a model launch?")
    slack.fake.wait_for(lambda calls: posted_answer(slack.fake, second_ts) is not None)
    assert len(slack.fake.called("chat.startStream")) == 1  # learnt once, not asked again


def test_a_stream_that_breaks_part_way_is_replaced_by_the_whole_answer(slack):
    slack.fake.failures["chat.stopStream"] = "message_not_in_streaming_state"
    slack.direct_message(METRICS)
    update = slack.fake.wait_for("chat.update")[-1]
    assert update.args["ts"] == slack.fake.called("chat.startStream")[0].ts
    assert buttons(update.args["blocks"]) and "Sources" in json.dumps(update.args["blocks"])


def test_a_question_the_core_refuses_gets_its_reason_in_the_thread(slack):
    ts, _ = slack.direct_message("Why? " * 1000)
    posted = slack.fake.wait_for("chat.postMessage")[-1]
    assert posted.args["thread_ts"] == ts
    assert "That message is 4,999 characters" in posted.text and "/aipm review" in posted.text


def test_a_bare_mention_gets_help_in_the_thread(slack):
    ts, _ = slack.mention("")
    posted = slack.fake.wait_for("chat.postMessage")[-1]
    assert posted.args["thread_ts"] == ts and "/aipm ask QUESTION" in posted.text


def test_low_confidence_answer_says_so_first(slack):
    slack.mention(WEATHER)
    update = slack.fake.wait_for("chat.update")[-1]
    blocks = update.args["blocks"]
    assert "Low confidence" in blocks[0]["text"]["text"]
    assert update.args["text"].startswith("🔴 Low confidence")
    assert "does not cover this question" in json.dumps(blocks)
    human = next(
        e
        for b in blocks
        if b["type"] == "actions"
        for e in b["elements"]
        if e["action_id"] == ASK_HUMAN
    )
    assert human.get("style") == "primary"


def test_slash_ask_acks_privately_then_answers_in_channel(slack):
    response = slack.command(f"ask {METRICS}")
    assert response.status == 200
    ack = response.json()
    assert ack["response_type"] == "ephemeral" and "Looking through" in ack["text"]
    answer = slack.fake.wait_for("response_url")[-1]
    assert answer.args["response_type"] == "in_channel"
    blocks = answer.args["blocks"]
    assert blocks[0]["text"]["text"] == f"*Question:* {METRICS}"
    assert set(buttons(blocks)) == {FEEDBACK_UP, FEEDBACK_DOWN, ASK_HUMAN}


@pytest.mark.parametrize("text", ["", "help", "  HELP "])
def test_slash_help_answers_in_the_ack(slack, text):
    response = slack.command(text)
    assert response.status == 200
    body = response.json()
    assert body["response_type"] == "ephemeral"
    text_blob = json.dumps(body["blocks"])
    assert "/aipm ask QUESTION" in text_blob and "Low confidence" in text_blob
    slack.wait_idle()
    assert slack.fake.called("response_url", "chat.postMessage") == []


def test_slash_review_without_text_opens_a_modal_with_a_big_text_box(slack):
    response = slack.command("review")
    assert response.status == 200 and response.body == ""
    opened = slack.fake.wait_for("views.open")[-1]
    assert opened.args["trigger_id"] and opened.result["ok"]
    view = opened.args["view"]
    assert view["type"] == "modal" and view["callback_id"] == "review_spec"
    box = next(b for b in view["blocks"] if b["type"] == "input")["element"]
    assert (
        box["type"] == "plain_text_input" and box["multiline"] is True and box["max_length"] == 3000
    )
    assert json.loads(view["private_metadata"]) == {"channel_id": CHANNEL}


def test_slash_review_with_text_routes_to_the_review_handler(slack):
    response = slack.command("review Problem: support agents spend hours triaging tickets.")
    assert response.status == 200 and "Reading your spec" in response.json()["text"]
    pointer = slack.fake.wait_for("response_url")[-1]
    assert pointer.args["response_type"] == "ephemeral" and "direct messages" in pointer.text
    summary = slack.fake.called("chat.update")[-1]
    assert summary.args["channel"] == dm_channel(PERSON) and "Spec review" in summary.text


def test_the_review_shortcut_opens_the_same_form(slack):
    shortcut = {"type": "shortcut", "callback_id": "review_spec_shortcut", "action_ts": "1.2"}
    response = slack.interaction(shortcut)
    assert response.status == 200
    opened = slack.fake.wait_for("views.open")[-1]
    assert opened.args["view"]["callback_id"] == "review_spec"


def test_review_modal_submission_closes_the_modal_and_replies_by_dm(slack):
    response = slack.submit_review("Problem: support agents spend hours triaging tickets.")
    assert response.status == 200 and response.body == ""
    review = slack.fake.wait_for("chat.update")[-1]
    placeholder = slack.fake.called("chat.postMessage")[0]
    assert placeholder.args["channel"] == PERSON and "Reading your spec" in placeholder.text
    assert review.args["ts"] == placeholder.ts and "Spec review" in review.text


def test_empty_review_submission_keeps_the_modal_open_with_an_error(slack):
    response = slack.submit_review("   ")
    assert response.status == 200
    assert response.json() == {
        "response_action": "errors",
        "errors": {"spec": "Paste your spec here first."},
    }
    slack.wait_idle()
    assert slack.fake.called("chat.postMessage") == []


def test_a_vote_is_logged_stored_and_acknowledged(slack, slack_services, caplog):
    answer = slack_services.answerer.ask(METRICS)
    ref = slack_services.interactions.record_interaction(
        answer, surface="mention", asker=PERSON, channel=CHANNEL, thread_ts="1.2"
    )
    with caplog.at_level(logging.INFO, logger="bot.slack"):
        response = slack.press(FEEDBACK_UP, ref, thread_ts="1711111000.000001")
        assert response.status == 200 and response.body == ""
        thanks = slack.fake.wait_for("response_url")[-1]
        slack.wait_idle()
    assert thanks.args["response_type"] == "ephemeral" and thanks.args["replace_original"] is False
    assert thanks.args["thread_ts"] == "1711111000.000001"
    assert any(
        FEEDBACK_UP in r.getMessage() and ref in r.getMessage() and "high" in r.getMessage()
        for r in caplog.records
    )
    assert slack_services.interactions.votes(ref) == VoteTally(up=1, down=0)


def test_assistant_thread_starts_with_a_greeting_and_suggested_prompts(slack):
    thread_ts = slack.next_ts()
    slack.event(
        {
            "type": "assistant_thread_started",
            "event_ts": thread_ts,
            "assistant_thread": {
                "user_id": PERSON,
                "channel_id": DM,
                "thread_ts": thread_ts,
                "context": {},
            },
        }
    )
    prompts = slack.fake.wait_for("assistant.threads.setSuggestedPrompts")[-1]
    assert prompts.args["thread_ts"] == thread_ts
    assert [p["message"] for p in prompts.args["prompts"]] == [
        p["message"] for p in SUGGESTED_PROMPTS
    ]
    assert "How do I define success metrics for an AI feature?" in prompts.text
    greeting = slack.fake.called("chat.postMessage")[0]
    assert greeting.args["thread_ts"] == thread_ts and "AI product coach" in greeting.args["text"]


def test_assistant_context_changes_are_acknowledged_quietly(slack):
    thread_ts = slack.next_ts()
    response = slack.event(
        {
            "type": "assistant_thread_context_changed",
            "event_ts": thread_ts,
            "assistant_thread": {
                "user_id": PERSON,
                "channel_id": DM,
                "thread_ts": thread_ts,
                "context": {"channel_id": CHANNEL},
            },
        }
    )
    assert response.status == 200
    slack.wait_idle()
    assert [c.method for c in slack.fake.called()] == ["auth.test"]


def test_assistant_thread_message_shows_a_status_then_the_answer(slack):
    thread_ts = slack.next_ts()
    slack.direct_message(METRICS, thread_ts=thread_ts)
    slack.fake.wait_for("chat.stopStream")
    methods = [c.method for c in slack.fake.called()]
    assert methods.index("assistant.threads.setStatus") < methods.index("chat.startStream")
    assert slack.fake.called("chat.startStream")[0].args["thread_ts"] == thread_ts


def test_review_my_spec_prompt_explains_how_to_send_a_spec(slack):
    thread_ts = slack.next_ts()
    slack.direct_message("Review my spec", thread_ts=thread_ts)
    posted = slack.fake.wait_for("chat.postMessage")[-1]
    assert posted.args["thread_ts"] == thread_ts and "/aipm review" in posted.text


def test_app_home_shows_what_the_bot_does_and_the_labels(slack):
    slack.event(
        {
            "type": "app_home_opened",
            "user": PERSON,
            "channel": DM,
            "tab": "home",
            "event_ts": slack.next_ts(),
        }
    )
    published = slack.fake.wait_for("views.publish")[-1]
    assert published.args["user_id"] == PERSON
    view = published.args["view"]
    assert view["type"] == "home"
    text = json.dumps(view)
    for words in (
        "High confidence",
        "Medium confidence",
        "Low confidence",
        "/aipm review",
        "Ask a human",
    ):
        assert words in text


# -- safety, retries, speed, failure -------------------------------------------------------------
@pytest.mark.parametrize(
    "change",
    [{"X-Slack-Signature": "v0=" + "0" * 64}, {"X-Slack-Request-Timestamp": "1500000000"}],
    ids=["bad-signature", "stale-timestamp"],
)
def test_unsigned_or_stale_requests_are_refused(slack, change):
    body = slack.event_body(
        {
            "type": "app_mention",
            "user": PERSON,
            "text": "<@UAIPMBOT> hi",
            "ts": "1.1",
            "channel": CHANNEL,
            "event_ts": "1.1",
        }
    )
    if "X-Slack-Request-Timestamp" in change:  # stale but correctly signed for that old time
        response = slack.post(body, timestamp=int(change["X-Slack-Request-Timestamp"]))
    else:
        response = slack.post(body, headers=change)
    assert response.status == 401
    slack.wait_idle()
    assert [c.method for c in slack.fake.called()] in ([], ["auth.test"])


def test_a_retried_event_is_answered_once(slack):
    ts = slack.next_ts()
    event = {
        "type": "app_mention",
        "user": PERSON,
        "text": f"<@UAIPMBOT> {METRICS}",
        "ts": ts,
        "channel": CHANNEL,
        "event_ts": ts,
    }
    first = slack.event(event, event_id="Ev0RETRY01")
    retry = slack.event(
        event,
        event_id="Ev0RETRY01",
        headers={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"},
    )
    assert first.status == retry.status == 200
    slack.fake.wait_for("chat.update")
    slack.wait_idle()
    assert len(slack.fake.called("chat.update")) == 1
    assert len(slack.fake.called("chat.postMessage")) == 1


def test_a_mention_that_also_arrives_as_a_message_is_answered_once(slack):
    ts = slack.next_ts()
    slack.mention(METRICS, channel=DM, ts=ts)
    slack.direct_message(f"<@UAIPMBOT> {METRICS}", ts=ts)
    slack.fake.wait_for(lambda calls: any(buttons(c.args.get("blocks", [])) for c in calls))
    slack.wait_idle()
    assert len(slack.fake.called("chat.startStream")) + len(answer_updates(slack.fake)) == 1


@pytest.mark.parametrize(
    "extra",
    [
        {"bot_id": "B0OTHERBOT", "subtype": "bot_message"},
        {"subtype": "message_changed", "message": {"text": "edited"}},
        {"subtype": "message_deleted"},
        {"subtype": "channel_join"},
    ],
    ids=["bot", "edit", "delete", "join"],
)
def test_bots_edits_and_other_subtypes_are_not_answered(slack, extra):
    response = slack.direct_message(METRICS, **extra)[1]
    assert response.status == 200
    slack.wait_idle()
    assert (
        slack.fake.called("chat.postMessage", "chat.startStream", "assistant.threads.setStatus")
        == []
    )


def test_the_bots_own_messages_are_ignored(slack):
    slack.direct_message(METRICS, user="UAIPMBOT", bot_id="BAIPMBOT")
    slack.wait_idle()
    assert slack.fake.called("chat.postMessage", "chat.startStream") == []


def test_channel_pings_in_user_text_are_echoed_escaped(slack):
    # Typed literally "<!channel>" arrives as "&lt;!channel&gt;"; typed as @channel, as "<!channel>"
    slack.mention("what about &lt;!channel&gt; and <!here> and <@U0SOMEONE> metrics?")
    slack.fake.wait_for("chat.update")
    slack.command("ask what about <!channel> and <@U0SOMEONE|ana> metrics?")
    slack.fake.wait_for("response_url")
    slack.wait_idle()
    posted = slack.fake.called("chat.postMessage", "chat.update", "response_url")
    everything = "\n".join(call.text for call in posted) + json.dumps([c.args for c in posted])
    assert "&lt;!channel&gt;" in everything
    for ping in ("<!channel>", "<!here>", "<!everyone>", "<@U0SOMEONE"):
        assert ping not in everything


def test_the_ack_arrives_before_the_answer_is_posted(slack):
    _, response = slack.mention(METRICS)
    assert response.status == 200 and response.seconds < 1.0
    slack.fake.wait_for(lambda calls: bool(answer_updates(slack.fake)))
    answered_at = answer_updates(slack.fake)[0].at
    assert response.done_at < answered_at


def test_a_failure_after_the_ack_is_an_apology_with_the_logged_error_id(
    fake_slack, embedder, tmp_path, caplog
):
    # A missing embedding model (a Chroma outage has its own message: test_outages.py).
    missing_model = str(tmp_path / "no-such-model")
    settings = make_settings(tmp_path / "broken", embedding_model=missing_model)
    broken = Services(settings, index=KnowledgeIndex(settings))
    harness = SlackHarness(fake_slack, broken, tmp_path)
    try:
        with caplog.at_level(logging.ERROR, logger="bot.slack"):
            ts, response = harness.mention(METRICS)
            assert response.status == 200
            update = fake_slack.wait_for("chat.update")[-1]
            harness.wait_idle()
    finally:
        harness.close()
    placeholder = fake_slack.called("chat.postMessage")[0]
    assert placeholder.args["thread_ts"] == ts and update.args["ts"] == placeholder.ts
    error_id = re.search(r"error id `(E-[0-9A-F]{8})`", update.args["text"]).group(1)
    assert (
        "Sorry" in update.args["text"]
        and "no-such-model" not in update.text
    )
    logged = [r for r in caplog.records if error_id in r.getMessage()]
    assert logged and logged[0].exc_info is not None
