"""The strict fake refuses what Slack refuses, and the app copes the way Slack needs it to:
forms open within the trigger's 3 seconds under load, rate limits are waited out, streaming
falls back per conversation and without a chat_stream."""

from __future__ import annotations

import threading
import urllib.error
import urllib.request

import pytest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.slack.app import make_client
from bot.slack.replies import STREAMING, ThreadReply
from bot.slack.state import SlackState
from tests.slack.conftest import BOT_TOKEN, DM, PERSON
from tests.slack.fake_slack import LOGIN_PAGE, TEAM_ID
from tests.slack.test_blocks import make_answer


@pytest.fixture
def client(fake_slack) -> WebClient:
    return WebClient(token=BOT_TOKEN, base_url=fake_slack.api_url)


def refusal(call) -> str:
    with pytest.raises(SlackApiError) as caught:
        call()
    return caught.value.response["error"]


# -- the fake is as strict as Slack ---------------------------------------------------------------
def test_block_kit_limits_are_refused(client, fake_slack):
    fake_slack.expect_refusals = True
    long_button = {
        "type": "actions",
        "elements": [{"type": "button", "action_id": "a", "text": {"type": "plain_text", "text": "x" * 76}}],
    }
    assert refusal(lambda: client.chat_postMessage(channel="C1", text="t", blocks=[long_button])) == "invalid_blocks"
    too_many = [{"type": "divider"}] * 51
    assert refusal(lambda: client.chat_postMessage(channel="C1", text="t", blocks=too_many)) == "invalid_blocks"
    big = [{"type": "section", "text": {"type": "mrkdwn", "text": "x" * 3001}}]
    assert refusal(lambda: client.chat_update(channel="C1", ts="1.2", text="t", blocks=big)) == "invalid_blocks"
    assert refusal(lambda: client.chat_postMessage(channel="C1", text="x" * 40_001)) == "msg_too_long"
    modal = {"type": "modal", "title": {"type": "plain_text", "text": "x" * 25}, "blocks": [{"type": "divider"}]}
    assert refusal(lambda: client.views_open(trigger_id=fake_slack.new_trigger(), view=modal)) == "invalid_arguments"


def test_messages_are_changed_by_channel_id_only(client, fake_slack):
    fake_slack.expect_refusals = True
    posted = client.chat_postMessage(channel=PERSON, text="hello")
    assert posted["channel"].startswith("D")  # Slack says which DM it landed in
    assert refusal(lambda: client.chat_update(channel=PERSON, ts=posted["ts"], text="x")) == "channel_not_found"
    assert client.chat_update(channel=posted["channel"], ts=posted["ts"], text="x")["ok"]
    assert refusal(lambda: client.chat_delete(channel=PERSON, ts=posted["ts"])) == "channel_not_found"


def test_a_scope_missing_from_the_manifest_is_refused(client, fake_slack):
    fake_slack.expect_refusals = True
    fake_slack.scopes = fake_slack.scopes - {"chat:write"}
    assert refusal(lambda: client.chat_postMessage(channel="C1", text="hi")) == "missing_scope"
    assert refusal(lambda: client.users_info(user=PERSON)) == "missing_scope"  # users:read: not asked for


def test_a_trigger_id_lasts_three_seconds_and_one_use(client, fake_slack):
    fake_slack.expect_refusals = True
    view = {"type": "modal", "title": {"type": "plain_text", "text": "t"}, "blocks": [{"type": "divider"}]}
    old = fake_slack.new_trigger(age=3.5)
    assert refusal(lambda: client.views_open(trigger_id=old, view=view)) == "expired_trigger_id"
    fresh = fake_slack.new_trigger()
    assert client.views_open(trigger_id=fresh, view=view)["ok"]
    assert refusal(lambda: client.views_open(trigger_id=fresh, view=view)) == "exchanged_trigger_id"


def test_bursts_get_429_with_retry_after(client, fake_slack):
    fake_slack.expect_refusals = True
    statuses = []
    for n in range(10):
        try:
            client.chat_postMessage(channel="C0BUSY0001", text=f"message {n}")
            statuses.append(200)
        except SlackApiError as exc:
            statuses.append(exc.response.status_code)
            assert exc.response.headers.get("Retry-After") == ["1"] or exc.response.headers.get("Retry-After") == "1"
    assert 429 in statuses and statuses[0] == 200


def test_url_private_needs_a_bearer_token(fake_slack):
    shared = fake_slack.add_file("F1", "spec.md", b"PROBLEM: x", "text/markdown")
    with urllib.request.urlopen(shared["url_private"]) as response:  # no token: the sign-in page
        assert response.headers["Content-Type"].startswith("text/html")
        assert response.read().decode() == LOGIN_PAGE
    request = urllib.request.Request(shared["url_private"], headers={"Authorization": f"Bearer {BOT_TOKEN}"})
    with urllib.request.urlopen(request) as response:
        assert response.read() == b"PROBLEM: x"


# -- the app copes ----------------------------------------------------------------------------------
def test_the_app_waits_out_rate_limits(fake_slack, tmp_path):
    from tests.conftest import make_settings

    settings = make_settings(tmp_path, slack_bot_token=BOT_TOKEN, slack_api_url=fake_slack.api_url)
    client = make_client(settings)
    for n in range(9):  # more than the burst Slack allows in one channel
        assert client.chat_postMessage(channel="C0BUSY0001", text=f"part {n}")["ok"]
    errors = [c.result.get("error") for c in fake_slack.called("chat.postMessage")]
    assert "ratelimited" in errors and errors.count(None) == 9


def blocked(executor, workers: int) -> threading.Event:
    """Fill every worker of the answering pool with work that waits for the returned event."""
    release = threading.Event()
    for _ in range(workers):
        executor.submit(release.wait, 30)
    return release


COACH = "U0COACH001"


@pytest.fixture
def coached(fake_slack, knowledge_index, tmp_path):
    """The app with a coach and an open escalation on a question with a recorded answer."""
    from bot.services import Services
    from tests.conftest import make_settings
    from tests.slack.conftest import SlackHarness

    services = Services(
        make_settings(
            tmp_path / "coached", database_url=f"sqlite:///{tmp_path / 'c.sqlite3'}",
            escalation_channel="C0COACHES1", coach_user_ids=[COACH],
        ),
        index=knowledge_index,
    )
    interaction = services.interactions.record_interaction(
        make_answer("Host it in the EU."), surface="mention", asker=PERSON, channel="C0CHANNEL1",
        thread_ts="1.2",
    )
    escalation, _ = services.escalations.escalate(interaction, "asked")
    harness = SlackHarness(fake_slack, services, tmp_path)
    yield harness, interaction, escalation.id
    harness.close()
    services.store.close()


@pytest.mark.parametrize("surface", ["command", "shortcut", "thumbs down", "coach answer"])
def test_forms_open_while_every_answering_thread_is_busy(coached, surface):
    from bot.slack.blocks import FEEDBACK_DOWN
    from bot.slack.blocks import ESCALATION_ANSWER

    slack, interaction, escalation = coached
    release = blocked(slack.executor, 8)
    try:
        if surface == "command":
            assert slack.command("review").status == 200
        elif surface == "shortcut":
            shortcut = {"type": "shortcut", "callback_id": "review_spec_shortcut", "action_ts": "1.2"}
            assert slack.interaction(shortcut).status == 200
        elif surface == "thumbs down":
            assert slack.press(FEEDBACK_DOWN, interaction, thread_ts="1.2").status == 200
        else:
            response = slack.click(ESCALATION_ANSWER, escalation, user=COACH, channel="C0COACHES1")
            assert response.status == 200
        # Before the pool frees up: the trigger would be long dead by then.
        slack.fake.wait_for("views.open", timeout=10)
        assert slack.fake.called("views.open")[0].result["ok"]
    finally:
        release.set()


class OldWebClient(WebClient):
    """A slack_sdk from before chat_stream existed."""

    def __getattribute__(self, name: str):
        if name == "chat_stream":
            raise AttributeError(name)
        return super().__getattribute__(name)


def dm_reply(client: WebClient, state: SlackState, channel: str = DM) -> ThreadReply:
    return ThreadReply(
        client, state, channel=channel, thread_ts="1700000000.000100", user_id=PERSON,
        team_id=TEAM_ID, status=True, surface="dm",
    )


def test_without_chat_stream_the_answer_is_posted_whole(fake_slack):
    state = SlackState()
    reply = dm_reply(OldWebClient(token=BOT_TOKEN, base_url=fake_slack.api_url), state)
    reply.start("q?")
    ts = reply.answer(make_answer("Define the metric before the model."), "ref-1")
    posted = fake_slack.called("chat.postMessage")
    assert ts and posted and "Define the metric" in posted[-1].text
    assert not state.supports(STREAMING)


def test_no_permission_in_one_conversation_keeps_streaming_elsewhere(fake_slack, client):
    now = [1000.0]
    state = SlackState(clock=lambda: now[0])
    fake_slack.channel_failures[("chat.startStream", DM)] = "no_permission"
    fake_slack.expect_refusals = True
    first = dm_reply(client, state)
    first.start("q?")
    assert first.answer(make_answer("Answer one."), "ref-1")
    assert "Answer one" in fake_slack.called("chat.postMessage")[-1].text  # fell back here

    other = dm_reply(client, state, channel="D0DIRECT02")
    other.start("q?")
    other.answer(make_answer("Answer two."), "ref-2")
    assert [c.args["channel"] for c in fake_slack.called("chat.startStream")][-1] == "D0DIRECT02"

    starts = len(fake_slack.called("chat.startStream"))
    again = dm_reply(client, state)
    again.start("q?")
    again.answer(make_answer("Answer three."), "ref-3")
    assert len(fake_slack.called("chat.startStream")) == starts  # remembered for this DM

    now[0] += state.unsupported_for + 1  # permissions change: try again after a while
    later = dm_reply(client, state)
    later.start("q?")
    later.answer(make_answer("Answer four."), "ref-4")
    assert len(fake_slack.called("chat.startStream")) == starts + 1


def test_the_reminder_loop_forgets_claims_past_any_retry(fake_slack, knowledge_index, tmp_path):
    import datetime as dt

    from sqlalchemy import update

    from bot.core.storage import claims, utcnow
    from bot.services import Services
    from bot.slack.reminders import ReminderLoop
    from tests.conftest import make_settings

    services = Services(make_settings(tmp_path / "d"), index=knowledge_index)
    store = services.store
    assert store.claim("event:Ev0OLD") and store.claim("event:Ev0NEW")
    store.execute(
        update(claims).where(claims.c.key == "event:Ev0OLD").values(created_at=utcnow() - dt.timedelta(days=2))
    )
    ReminderLoop(services, WebClient(token=BOT_TOKEN, base_url=fake_slack.api_url)).check()
    assert store.claim("event:Ev0OLD")  # forgotten, so claimable again
    assert not store.claim("event:Ev0NEW")  # still inside Slack's retry window
    store.close()


def test_file_uploads_are_refused_as_slack_refuses_them(client, fake_slack):
    fake_slack.expect_refusals = True
    assert refusal(lambda: client.files_getUploadURLExternal(filename="", length=3)) == "invalid_arguments"
    ticket = client.files_getUploadURLExternal(filename="brief.md", length=5)
    never_sent = [{"id": ticket["file_id"], "title": "brief"}]
    assert refusal(lambda: client.files_completeUploadExternal(files=never_sent, channel_id=DM)) == "file_not_found"
    assert refusal(lambda: client.files_completeUploadExternal(
        files=[{"id": "F0NEVER", "title": "x"}], channel_id=DM)) == "file_not_found"
    fake_slack.scopes = fake_slack.scopes - {"files:write"}
    assert refusal(lambda: client.files_getUploadURLExternal(filename="b.md", length=1)) == "missing_scope"


def test_files_upload_v2_shares_the_content_in_the_thread(client, fake_slack):
    client.files_upload_v2(channel=DM, thread_ts="1.2", content="# brief\n", filename="brief.md", title="Brief")
    assert fake_slack.shared_files == [{"id": fake_slack.shared_files[0]["id"], "title": "Brief",
                                        "filename": "brief.md", "content": "# brief\n", "channel": DM,
                                        "thread_ts": "1.2"}]
    fake_slack.expect_refusals = True
    with pytest.raises(SlackApiError) as caught:
        client.files_upload_v2(channel=PERSON, content="x", filename="x.md")  # a user id, not a conversation
    assert caught.value.response["error"] == "channel_not_found"
