"""Human coaches end to end: signed requests into the real app, a fake Slack, a real database.

The storage-backed tests run on SQLite; the main path, the race and the restart also on a real
PostgreSQL server (the `database_url` fixture).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import select

from bot.cli import main
from bot.core.report import build_report
from bot.core.storage import feedback, utcnow
from bot.services import Services
from bot.slack.blocks import ASK_HUMAN, FEEDBACK_DOWN, FEEDBACK_UP
from bot.slack.blocks import (
    ANSWER_BLOCK,
    ANSWER_INPUT,
    ANSWER_VIEW,
    APPROVE_VIEW,
    DISMISS_VIEW,
    ESCALATION_ANSWER,
    ESCALATION_APPROVE,
    ESCALATION_DISMISS,
    FEEDBACK_VIEW,
    HUMAN_BLOCK,
    HUMAN_INPUT,
    HUMAN_OPTION,
    KNOWLEDGE_BLOCK,
    KNOWLEDGE_INPUT,
    KNOWLEDGE_OPTION,
    KNOWLEDGE_RETRACT,
    RATE_HELPFUL,
    REASON_BLOCK,
    REASON_INPUT,
    draft_text,
    metadata,
)
from bot.slack.reminders import ReminderLoop, send_reminders
from bot.slack.startup import prepare_escalations
from bot.core.records import VoteTally
from tests.conftest import make_settings
from tests.slack.conftest import CHANNEL, DM, PERSON, SlackHarness
from tests.slack.fake_slack import BOT_USER_ID

COACHES = "C0COACHES1"
COACH = "U0COACH001"
COACH2 = "U0COACH002"
STRANGER = "U0STRANGER"

# Low confidence with a draft: the guidance is near the topic (privacy, personal data) but doesn't
# answer it.
REGION = "Which data centre should host our model so European customer data stays in the EU?"
WEATHER = "What's the weather going to be in Paris tomorrow?"  # low, and no draft at all
METRICS = "How do I define success metrics for an AI feature?"  # high
EVALS = "What is an eval set?"  # high
COACH_ANSWER = (
    "Host it in an EU region (Frankfurt or Dublin) so customer data never leaves the EU, and check "
    "that your model vendor offers EU data residency before you sign."
)


# -- set-up --------------------------------------------------------------------------------------
@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'coach.sqlite3'}"


def coach_services(knowledge_index, tmp_path, url: str, **overrides) -> Services:
    values = {
        "database_url": url,
        "escalation_channel": COACHES,
        "coach_user_ids": [COACH, COACH2],
    }
    values.update(overrides)
    return Services(make_settings(tmp_path / "coach-data", **values), index=knowledge_index)


@contextmanager
def running(fake_slack, services: Services, tmp_path) -> Iterator[SlackHarness]:
    harness = SlackHarness(fake_slack, services, tmp_path)
    try:
        yield harness
    finally:
        harness.close()
        # Coach answers go into the shared session index: take them out again for other tests.
        for entry in services.coach_knowledge.active():
            services.coach_knowledge.retract(entry.id, "test-cleanup")
        services.store.close()


# -- reading what the app sent -------------------------------------------------------------------
def buttons(blocks: list[dict]) -> dict[str, str]:
    return {
        element["action_id"]: element.get("value", "")
        for block in blocks
        if block["type"] == "actions"
        for element in block["elements"]
    }


def cards(fake) -> list:
    return [c for c in fake.called("chat.postMessage") if c.args["channel"] == COACHES]


def card_updates(fake, ts: str) -> list:
    return [
        c for c in fake.called("chat.update") if c.args["channel"] == COACHES and c.args["ts"] == ts
    ]


def answer_message(fake, channel: str = CHANNEL):
    """The last answer (a placeholder filled in with chat.update, with the feedback buttons)."""
    found = [
        c
        for c in fake.called("chat.update")
        if c.args["channel"] == channel and FEEDBACK_UP in buttons(c.args.get("blocks", []))
    ]
    assert found, f"no answer in {channel}; saw {[c.method for c in fake.called()]}"
    return found[-1]


def thread_posts(fake, ts: str, channel: str = CHANNEL) -> list:
    return [
        c
        for c in fake.called("chat.postMessage")
        if c.args["channel"] == channel
        and c.args.get("thread_ts") == ts
        and "Looking through" not in c.args.get("text", "")
    ]


def ephemerals(fake, user: str) -> list:
    return [c for c in fake.called("chat.postEphemeral") if c.args["user"] == user]


def ask(slack: SlackHarness, question: str) -> str:
    """@mention the bot in CHANNEL and wait until everything it triggered is done."""
    ts, response = slack.mention(question)
    assert response.status == 200
    slack.fake.wait_for(lambda calls: any(c.method == "chat.update" for c in calls))
    slack.wait_idle()
    return ts


def answer_values(text: str, *, knowledge: bool = False) -> dict:
    ticked = [{"value": KNOWLEDGE_OPTION}] if knowledge else []
    return {
        ANSWER_BLOCK: {ANSWER_INPUT: {"type": "plain_text_input", "value": text}},
        KNOWLEDGE_BLOCK: {KNOWLEDGE_INPUT: {"type": "checkboxes", "selected_options": ticked}},
    }


def reason_values(text: str, *, human: bool = False) -> dict:
    return {
        REASON_BLOCK: {REASON_INPUT: {"type": "plain_text_input", "value": text}},
        HUMAN_BLOCK: {
            HUMAN_INPUT: {
                "type": "checkboxes",
                "selected_options": [{"value": HUMAN_OPTION}] if human else [],
            }
        },
    }


def opened_view(slack: SlackHarness) -> dict:
    slack.fake.wait_for("views.open")
    opened = slack.fake.called("views.open")[-1]
    assert opened.result["ok"], f"Slack refused the form: {opened.result}"
    return opened.args["view"]


# -- the main path -------------------------------------------------------------------------------
def test_a_low_answer_goes_to_a_coach_whose_answer_becomes_knowledge(
    fake_slack, knowledge_index, database_url, tmp_path
):
    services = coach_services(knowledge_index, tmp_path, database_url)
    before = services.answerer.ask(REGION)
    assert before.confidence.label == "low" and before.sources  # unsure, but with a draft
    with running(fake_slack, services, tmp_path) as slack:
        ts = ask(slack, REGION)

        # The asker's thread: the answer says it is unverified and that a coach was asked.
        answer = answer_message(slack.fake)
        shown = json.dumps(answer.args["blocks"], ensure_ascii=False)
        assert "Low confidence" in answer.args["blocks"][0]["text"]["text"]
        assert "unverified" in shown and "I've asked a human coach" in shown
        assert "appear here in this thread" in shown
        interaction_id = buttons(answer.args["blocks"])[ASK_HUMAN]
        row = services.interactions.interaction(interaction_id)
        assert (row.question, row.asker, row.channel, row.thread_ts) == (
            REGION,
            PERSON,
            CHANNEL,
            ts,
        )
        assert row.message_ts == answer.args["ts"] and row.surface == "mention"
        assert row.label == "low" and row.sources and row.latency_ms > 0

        # The card in the escalation channel.
        [escalation] = services.escalations.open_escalations()
        assert escalation.interaction_id == interaction_id
        assert escalation.trigger == "low_confidence"
        [card] = cards(slack.fake)
        assert escalation.card_channel == COACHES and escalation.card_ts == card.ts
        assert REGION in card.text and f"<@{PERSON}>" in card.text
        assert f"https://fake.slack.test/archives/{CHANNEL}/p{ts.replace('.', '')}" in card.text
        assert "unverified" in card.text and "Low confidence" in card.text
        assert before.sources[0].title in card.text
        eid = escalation.id
        assert buttons(card.args["blocks"]) == {
            ESCALATION_ANSWER: eid,
            ESCALATION_APPROVE: eid,
            ESCALATION_DISMISS: eid,
        }

        # A coach opens Answer: the draft is in the box, ready to edit.
        slack.click(ESCALATION_ANSWER, eid, user=COACH, channel=COACHES, message_ts=card.ts)
        view = opened_view(slack)
        assert view["callback_id"] == ANSWER_VIEW
        box = next(b for b in view["blocks"] if b.get("block_id") == ANSWER_BLOCK)["element"]
        assert box["multiline"] is True and box["initial_value"] == draft_text(before.answer)
        assert box["initial_value"][:40] in before.answer and "[1]" not in box["initial_value"]
        assert "Add to knowledge base" in json.dumps(view)

        # ...and sends an answer, ticking "add to knowledge base".
        slack.fake.reset()
        response = slack.submit_view(
            ANSWER_VIEW,
            view["private_metadata"],
            answer_values(COACH_ANSWER, knowledge=True),
            user=COACH,
        )
        assert response.status == 200 and response.body == ""
        slack.wait_idle()
        [reply] = thread_posts(slack.fake, ts)
        assert f"<@{COACH}>" in reply.text and "Frankfurt or Dublin" in reply.text
        assert f"<@{PERSON}>" in reply.text
        assert buttons(reply.args["blocks"])[RATE_HELPFUL] == eid
        [update] = card_updates(slack.fake, card.ts)
        assert "Answered by a coach" in update.text and f"<@{COACH}> answered" in update.text
        assert "<!date^" in update.text  # when, in each reader's time zone
        [entry] = services.coach_knowledge.active()
        assert entry.escalation_id == eid and entry.coach == COACH
        assert buttons(update.args["blocks"]) == {KNOWLEDGE_RETRACT: entry.id}
        handled = services.escalations.get(eid)
        assert handled.status == "answered" and handled.handled_by == COACH

        # The same question again: answered from the coach's entry, credited, and surer.
        slack.fake.reset()
        ask(slack, REGION)
        again = answer_message(slack.fake)
        assert (
            "A human coach answered this on" in again.text and "Frankfurt or Dublin" in again.text
        )
        again_row = services.interactions.interaction(buttons(again.args["blocks"])[FEEDBACK_UP])
        assert again_row.label in {"medium", "high"} and again_row.score > row.score
        assert again_row.sources[0].source == f"coach-answers/{entry.id}"
        assert cards(slack.fake) == [] and services.escalations.open_escalations() == []

        # The asker rates the coach's answer.
        slack.click(RATE_HELPFUL, eid, user=PERSON, channel=CHANNEL, thread_ts=ts)
        slack.wait_idle()
        assert services.escalations.get(eid).asker_rating == 1

        # A coach retracts the entry from the card.
        slack.fake.reset()
        slack.click(KNOWLEDGE_RETRACT, entry.id, user=COACH, channel=COACHES, message_ts=card.ts)
        slack.wait_idle()
        [retracted] = card_updates(slack.fake, card.ts)
        assert f"Retracted from the knowledge base by <@{COACH}>" in retracted.text
        assert KNOWLEDGE_RETRACT not in buttons(retracted.args["blocks"])
        assert services.coach_knowledge.active() == []
        after = services.answerer.ask(REGION)
        assert not any(s.source.startswith("coach-answers/") for s in after.retrieved)


def test_approving_the_draft_and_dismissing(fake_slack, knowledge_index, sqlite_url, tmp_path):
    services = coach_services(knowledge_index, tmp_path, sqlite_url)
    with running(fake_slack, services, tmp_path) as slack:
        region_ts = ask(slack, REGION)
        weather_ts = ask(slack, WEATHER)
        region_card, weather_card = cards(slack.fake)
        region = services.escalations.get(buttons(region_card.args["blocks"])[ESCALATION_ANSWER])
        weather = services.escalations.get(buttons(weather_card.args["blocks"])[ESCALATION_ANSWER])
        assert ESCALATION_APPROVE not in buttons(weather_card.args["blocks"])  # nothing to approve
        assert "No draft" in weather_card.text

        # Approve draft: a form showing the draft and the knowledge-base choice.
        slack.click(
            ESCALATION_APPROVE,
            region.id,
            user=COACH2,
            channel=COACHES,
            message_ts=region_card.ts,
        )
        view = opened_view(slack)
        assert view["callback_id"] == APPROVE_VIEW and draft_text(region.draft)[
            :60
        ] in json.dumps(view, ensure_ascii=False)
        slack.fake.reset()
        slack.submit_view(
            APPROVE_VIEW, view["private_metadata"], answer_values("", knowledge=False), user=COACH2
        )
        slack.wait_idle()
        [approved] = thread_posts(slack.fake, region_ts)
        assert f"<@{COACH2}>" in approved.text and "approved" in approved.text
        assert draft_text(region.draft)[:60] in approved.text
        assert "[1]" not in approved.text and "I'm not confident" not in approved.text
        [update] = card_updates(slack.fake, region_card.ts)
        assert "Draft approved" in update.text and "Not added to the knowledge base" in update.text
        assert services.coach_knowledge.active() == []

        # Dismiss: a reason is required, and the asker is shown it.
        slack.click(
            ESCALATION_DISMISS,
            weather.id,
            user=COACH,
            channel=COACHES,
            message_ts=weather_card.ts,
        )
        view = opened_view(slack)
        assert view["callback_id"] == DISMISS_VIEW
        blank = slack.submit_view(
            DISMISS_VIEW, view["private_metadata"], reason_values("  "), user=COACH
        )
        assert blank.json() == {
            "response_action": "errors",
            "errors": {REASON_BLOCK: "Give the asker a reason."},
        }
        slack.fake.reset()
        slack.submit_view(
            DISMISS_VIEW,
            view["private_metadata"],
            reason_values("Not about AI products; try the #travel channel."),
            user=COACH,
        )
        slack.wait_idle()
        [note] = thread_posts(slack.fake, weather_ts)
        assert "won't be adding an answer" in note.text and "#travel channel" in note.text
        assert "Dismissed by a coach" in card_updates(slack.fake, weather_card.ts)[0].text
        assert services.escalations.get(weather.id).dismiss_reason.startswith("Not about AI")

        # A late click on a handled card says who handled it; nothing changes.
        slack.fake.reset()
        slack.click(
            ESCALATION_ANSWER, region.id, user=COACH, channel=COACHES, message_ts=region_card.ts
        )
        slack.wait_idle()
        [late] = ephemerals(slack.fake, COACH)
        assert f"Already handled by <@{COACH2}>" in late.text
        assert slack.fake.called("views.open") == []


def test_a_slash_command_question_gets_the_coach_answer_by_dm(
    fake_slack, knowledge_index, sqlite_url, tmp_path
):
    services = coach_services(knowledge_index, tmp_path, sqlite_url)
    with running(fake_slack, services, tmp_path) as slack:
        slack.command(f"ask {WEATHER}")
        slack.fake.wait_for("response_url")
        slack.wait_idle()
        answer = slack.fake.called("response_url")[-1]
        assert answer.args["response_type"] == "in_channel"
        assert "their answer will appear in a direct message from me" in answer.text
        [card] = cards(slack.fake)
        assert f"in <#{CHANNEL}> (through `/aipm`)" in card.text
        row = services.escalations.open_escalations()[0]
        assert services.interactions.interaction(row.interaction_id).surface == "command"

        meta = metadata(escalation=row.id, channel=COACHES, ts=card.ts)
        slack.submit_view(ANSWER_VIEW, meta, answer_values("Ask a weather service."), user=COACH)
        slack.wait_idle()
        [dm] = [c for c in slack.fake.called("chat.postMessage") if c.args["channel"] == PERSON]
        assert "Ask a weather service." in dm.text and "Your question:" in dm.text


# -- who may act, and races ----------------------------------------------------------------------
def test_only_coaches_may_act_and_a_refusal_changes_nothing(
    fake_slack, knowledge_index, sqlite_url, tmp_path
):
    services = coach_services(knowledge_index, tmp_path, sqlite_url, coach_user_ids=[COACH])
    with running(fake_slack, services, tmp_path) as slack:
        ask(slack, WEATHER)
        [card] = cards(slack.fake)
        eid = buttons(card.args["blocks"])[ESCALATION_ANSWER]
        slack.fake.reset()
        for action in (ESCALATION_ANSWER, ESCALATION_DISMISS):
            slack.click(action, eid, user=STRANGER, channel=COACHES, message_ts=card.ts)
        # A forged form submission is refused as well.
        slack.submit_view(
            ANSWER_VIEW,
            metadata(escalation=eid, channel=COACHES, ts=card.ts),
            answer_values("my answer", knowledge=True),
            user=STRANGER,
        )
        slack.wait_idle()
        refusals = ephemerals(slack.fake, STRANGER)
        assert len(refusals) == 3
        assert all(
            c.args["channel"] == COACHES and "Only the human coaches" in c.text for c in refusals
        )
        assert {c.method for c in slack.fake.called()} == {"chat.postEphemeral"}
        unchanged = services.escalations.get(eid)
        assert unchanged.status == "open" and unchanged.handled_by == ""
        assert services.coach_knowledge.active() == []


def test_without_a_coach_list_members_of_the_escalation_channel_may_act(
    fake_slack, knowledge_index, sqlite_url, tmp_path
):
    services = coach_services(knowledge_index, tmp_path, sqlite_url, coach_user_ids=[])
    fake_slack.members[COACHES] = [COACH2, BOT_USER_ID]
    with running(fake_slack, services, tmp_path) as slack:
        ask(slack, WEATHER)
        [card] = cards(slack.fake)
        eid = buttons(card.args["blocks"])[ESCALATION_ANSWER]
        slack.click(ESCALATION_ANSWER, eid, user=STRANGER, channel=COACHES, message_ts=card.ts)
        slack.wait_idle()
        assert "Only the human coaches" in ephemerals(slack.fake, STRANGER)[0].text
        assert slack.fake.called("views.open") == []
        slack.click(ESCALATION_ANSWER, eid, user=COACH2, channel=COACHES, message_ts=card.ts)
        assert opened_view(slack)["callback_id"] == ANSWER_VIEW
        assert slack.fake.called("conversations.members")[0].args["channel"] == COACHES


def test_two_coaches_submitting_at_once_one_wins(
    fake_slack, knowledge_index, database_url, tmp_path
):
    services = coach_services(knowledge_index, tmp_path, database_url)
    with running(fake_slack, services, tmp_path) as slack:
        ts = ask(slack, WEATHER)
        [card] = cards(slack.fake)
        eid = buttons(card.args["blocks"])[ESCALATION_ANSWER]
        meta = metadata(escalation=eid, channel=COACHES, ts=card.ts)
        slack.fake.reset()
        barrier = threading.Barrier(2)
        statuses = []

        def submit(coach: str) -> None:
            barrier.wait()
            response = slack.submit_view(
                ANSWER_VIEW, meta, answer_values(f"answer from {coach}"), user=coach
            )
            statuses.append(response.status)

        threads = [threading.Thread(target=submit, args=(coach,)) for coach in (COACH, COACH2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        slack.wait_idle()
        assert statuses == [200, 200]
        winner = services.escalations.get(eid).handled_by
        loser = COACH2 if winner == COACH else COACH
        [posted] = thread_posts(slack.fake, ts)
        assert f"answer from {winner}" in posted.text and f"<@{winner}>" in posted.text
        [told] = ephemerals(slack.fake, loser)
        assert told.args["channel"] == COACHES and f"Already handled by <@{winner}>" in told.text
        assert ephemerals(slack.fake, winner) == []
        assert all(f"<@{winner}>" in c.text for c in card_updates(slack.fake, card.ts))


# -- nothing lost --------------------------------------------------------------------------------
def test_a_restart_loses_no_escalation(
    fake_slack, knowledge_index, database_url, tmp_path, monkeypatch, capsys
):
    first = coach_services(knowledge_index, tmp_path, database_url)
    with running(fake_slack, first, tmp_path) as slack:
        ts = ask(slack, WEATHER)
        [card] = cards(slack.fake)
    eid = buttons(card.args["blocks"])[ESCALATION_ANSWER]

    # `aipm escalations`, a new process over the same database, lists it.
    monkeypatch.setenv("AIPM_DATABASE_URL", database_url)
    assert main(["escalations"]) == 0
    listed = capsys.readouterr().out
    assert eid in listed and "weather" in listed and f"<@{PERSON}>" in listed

    # A new app (new process state) over the same database answers it from the old card.
    second = coach_services(knowledge_index, tmp_path, database_url)
    assert [e.id for e in second.escalations.open_escalations()] == [eid]
    fake_slack.reset()
    with running(fake_slack, second, tmp_path) as slack:
        slack.click(ESCALATION_ANSWER, eid, user=COACH, channel=COACHES, message_ts=card.ts)
        view = opened_view(slack)
        slack.submit_view(
            ANSWER_VIEW,
            view["private_metadata"],
            answer_values("Check the forecast app; I coach AI product work."),
            user=COACH,
        )
        slack.wait_idle()
        assert "Check the forecast app" in thread_posts(slack.fake, ts)[0].text
        assert f"<@{COACH}>" in card_updates(slack.fake, card.ts)[0].text
        assert second.escalations.open_escalations() == []


def test_an_overdue_escalation_is_reposted_once_as_a_reminder(
    fake_slack, knowledge_index, sqlite_url, tmp_path
):
    services = coach_services(knowledge_index, tmp_path, sqlite_url, escalation_remind_hours=24)
    with running(fake_slack, services, tmp_path) as slack:
        ask(slack, WEATHER)
        [card] = cards(slack.fake)
        eid = buttons(card.args["blocks"])[ESCALATION_ANSWER]
        client = slack.app.client
        assert send_reminders(services, client) == 0  # not due yet
        slack.fake.reset()
        later = utcnow() + dt.timedelta(hours=25)
        assert send_reminders(services, client, now=later) == 1
        [reminder] = cards(slack.fake)
        assert "Reminder: still waiting for a coach after 25 hours" in reminder.text
        assert (
            WEATHER in reminder.text and buttons(reminder.args["blocks"])[ESCALATION_ANSWER] == eid
        )
        [moved] = card_updates(slack.fake, card.ts)  # the old card points at the new one
        assert "Re-posted as a reminder" in moved.text and buttons(moved.args["blocks"]) == {}
        assert services.escalations.get(eid).card_ts == reminder.ts
        assert send_reminders(services, client, now=later + dt.timedelta(hours=48)) == 0  # once
        assert len(cards(slack.fake)) == 1


def test_the_reminder_loop_runs_the_check_in_the_background(
    fake_slack, knowledge_index, sqlite_url, tmp_path
):
    services = coach_services(knowledge_index, tmp_path, sqlite_url, escalation_remind_hours=0)
    with running(fake_slack, services, tmp_path) as slack:
        ask(slack, WEATHER)
        loop = ReminderLoop(services, slack.app.client, interval=0.2).start()
        try:
            slack.fake.wait_for(lambda calls: len(cards(slack.fake)) == 2)
        finally:
            loop.stop()
        assert "Reminder" in cards(slack.fake)[1].text


@pytest.mark.parametrize("setup", ["unset", "not_a_member"])
def test_when_no_coach_can_be_reached_the_asker_is_told_and_the_log_says_why(
    fake_slack, knowledge_index, sqlite_url, tmp_path, caplog, setup
):
    if setup == "unset":
        services = coach_services(knowledge_index, tmp_path, sqlite_url, escalation_channel="")
        expected = "AIPM_ESCALATION_CHANNEL is not set"
    else:
        services = coach_services(knowledge_index, tmp_path, sqlite_url)
        fake_slack.not_member_of.add(COACHES)
        fake_slack.channel_failures[("chat.postMessage", COACHES)] = "not_in_channel"
        expected = f"not a member of AIPM_ESCALATION_CHANNEL {COACHES}"
    with running(fake_slack, services, tmp_path) as slack:
        # At start-up: one clear line in the log.
        with caplog.at_level(logging.INFO, logger="bot.slack"):
            problem = prepare_escalations(services, slack.app.client)
        warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
        assert len(warnings) == 1 and expected in warnings[0].getMessage()
        assert expected in problem and "\n" not in problem
        caplog.clear()

        # A low answer says honestly that no coach was reached; the escalation is still saved.
        with caplog.at_level(logging.WARNING, logger="bot.slack"):
            ask(slack, WEATHER)
        shown = answer_message(slack.fake).text
        assert "couldn't reach one" in shown and "I've asked a human coach" not in shown
        assert [
            c
            for c in slack.fake.called("chat.postMessage")
            if c.args["channel"] == COACHES and c.result.get("ok")
        ] == []
        [saved] = services.escalations.open_escalations()
        assert saved.question == WEATHER and saved.card_ts == ""
        logged = " ".join(r.getMessage() for r in caplog.records)
        assert saved.id in logged and ("not set" in logged or "not_in_channel" in logged)

        # "Ask a human" on it later says so too, privately.
        slack.fake.reset()
        answer = services.interactions.interaction(saved.interaction_id)
        slack.press(ASK_HUMAN, answer.id, thread_ts=answer.thread_ts)
        slack.wait_idle()
        assert "still can't reach a coach" in slack.fake.called("response_url")[-1].text


# -- feedback and "Ask a human" ------------------------------------------------------------------
def test_votes_change_rather_than_add_and_a_thumbs_down_asks_why(
    fake_slack, knowledge_index, sqlite_url, tmp_path
):
    services = coach_services(knowledge_index, tmp_path, sqlite_url)
    with running(fake_slack, services, tmp_path) as slack:
        ts = ask(slack, METRICS)
        interaction_id = buttons(answer_message(slack.fake).args["blocks"])[FEEDBACK_UP]
        slack.click(FEEDBACK_UP, interaction_id, thread_ts=ts)
        slack.wait_idle()
        assert services.interactions.votes(interaction_id) == VoteTally(up=1, down=0)
        assert "Glad that helped" in slack.fake.called("response_url")[-1].text

        slack.click(FEEDBACK_DOWN, interaction_id, thread_ts=ts)
        view = opened_view(slack)
        assert view["callback_id"] == FEEDBACK_VIEW
        assert "Ask a human coach to look at this question" in json.dumps(view)
        # The form opens from the ack (its trigger lasts 3 s) and the vote is written by the lazy
        # listener beside it: either may finish first, so wait for both before reading the vote.
        slack.wait_idle()
        assert services.interactions.votes(interaction_id) == VoteTally(up=0, down=1)  # changed

        slack.submit_view(
            FEEDBACK_VIEW, view["private_metadata"], reason_values("Too generic for a chatbot")
        )
        slack.wait_idle()
        [vote] = services.store.rows(select(feedback))
        assert (vote["user_id"], vote["vote"], vote["reason"]) == (
            PERSON,
            -1,
            "Too generic for a chatbot",
        )
        assert services.escalations.open_escalations() == [] and cards(slack.fake) == []

        # The same form, with "ask a human" ticked, escalates.
        slack.fake.reset()
        slack.submit_view(FEEDBACK_VIEW, view["private_metadata"], reason_values("", human=True))
        slack.wait_idle()
        [escalation] = services.escalations.open_escalations()
        assert escalation.trigger == "thumbs_down" and len(cards(slack.fake)) == 1
        [note] = thread_posts(slack.fake, ts)
        assert "I've asked a human coach" in note.text and "unverified" in note.text


def test_ask_a_human_works_from_the_interaction_id_alone(
    fake_slack, knowledge_index, sqlite_url, tmp_path
):
    """As the spec-review summary's button does: an id recorded elsewhere, nothing in memory."""
    services = coach_services(knowledge_index, tmp_path, sqlite_url)
    thread_ts = "1711111999.000100"
    interaction_id = services.interactions.record_interaction(
        services.answerer.ask(METRICS),
        surface="review",
        asker=PERSON,
        channel=DM,
        thread_ts=thread_ts,
    )
    with running(fake_slack, services, tmp_path) as slack:
        assert slack.state.answer(interaction_id) is None
        slack.click(ASK_HUMAN, interaction_id, channel=DM, thread_ts=thread_ts, block_id="review")
        slack.wait_idle()
        [card] = cards(slack.fake)
        assert METRICS in card.text and "Ask a human" in card.text
        [note] = thread_posts(slack.fake, thread_ts, channel=DM)
        assert "I've asked a human coach" in note.text and "unverified" in note.text
        assert services.escalations.open_escalations()[0].trigger == "asked"

        slack.click(ASK_HUMAN, interaction_id, channel=DM, thread_ts=thread_ts)
        slack.wait_idle()
        assert "already been asked" in slack.fake.called("response_url")[-1].text
        assert len(cards(slack.fake)) == 1

        slack.click(ASK_HUMAN, "0123456789abcdef", channel=DM, thread_ts=thread_ts)
        slack.wait_idle()
        assert "can't find this answer" in slack.fake.called("response_url")[-1].text


# -- the report ----------------------------------------------------------------------------------
def test_the_report_counts_what_happened_in_slack(
    fake_slack, knowledge_index, sqlite_url, tmp_path
):
    services = coach_services(knowledge_index, tmp_path, sqlite_url)
    with running(fake_slack, services, tmp_path) as slack:
        ids = []
        for question in (METRICS, EVALS, REGION):
            ts = ask(slack, question)
            ids.append((buttons(answer_message(slack.fake).args["blocks"])[FEEDBACK_UP], ts))
        slack.click(FEEDBACK_UP, ids[0][0], thread_ts=ids[0][1])
        slack.click(FEEDBACK_DOWN, ids[1][0], thread_ts=ids[1][1])
        slack.click(FEEDBACK_UP, ids[1][0], user=COACH, thread_ts=ids[1][1])
        slack.wait_idle()
        [card] = cards(slack.fake)
        meta = metadata(
            escalation=buttons(card.args["blocks"])[ESCALATION_ANSWER], channel=COACHES, ts=card.ts
        )
        slack.submit_view(ANSWER_VIEW, meta, answer_values(COACH_ANSWER), user=COACH)
        slack.wait_idle()

        report = build_report(services.store)
    assert report["questions"] == 3
    assert report["labels"]["low"]["count"] == 1
    assert report["labels"]["high"]["count"] + report["labels"]["medium"]["count"] == 2
    assert report["escalations"] == 1 and report["escalation_rate"] == round(1 / 3, 4)
    assert report["open_escalations"] == 0
    assert report["median_minutes_to_human_answer"] is not None
    assert 0 <= report["median_minutes_to_human_answer"] < 5
    assert report["feedback"] == {"up": 2, "down": 1, "up_rate": round(2 / 3, 4)}
    assert report["top_escalated_questions"] == [{"question": REGION.lower(), "count": 1}]
    assert sum(day["questions"] for day in report["by_day"]) == 3


# -- start-up ------------------------------------------------------------------------------------
def test_serve_restores_coach_answers_checks_the_channel_and_runs_reminders(
    fake_slack, embedder, tmp_path, monkeypatch, caplog
):
    from bot.core.index import KnowledgeIndex
    from bot.core.storage import Store, knowledge_entries
    from bot.slack import server
    from tests.slack.conftest import APP_TOKEN, BOT_TOKEN

    settings = make_settings(
        tmp_path / "serve-data",
        slack_bot_token=BOT_TOKEN,
        slack_app_token=APP_TOKEN,
        slack_api_url=fake_slack.api_url,
        escalation_channel=COACHES,
    )
    fake_slack.not_member_of.add(COACHES)
    settings.data_dir.mkdir(parents=True)
    store = Store(settings.sqlalchemy_url)  # an entry kept in the database, missing from the index
    entry_id = store.insert(
        knowledge_entries,
        question="Which region?",
        answer="An EU one.",
        coach=COACH,
        created_at=utcnow(),
    )
    store.close()
    running_threads = []

    def connected(app, settings) -> int:  # instead of serving forever
        running_threads.extend(t.name for t in threading.enumerate() if t.is_alive())
        return 0

    monkeypatch.setattr(server, "_run_socket_mode", connected)
    with caplog.at_level(logging.INFO, logger="bot.slack"):
        assert server.serve(settings, http=False, host="127.0.0.1", port=0) == 0
    assert "aipm-reminders" in running_threads
    assert not any(t.name == "aipm-reminders" and t.is_alive() for t in threading.enumerate())
    [warning] = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert warning.startswith(
        f"escalations: the bot is not a member of AIPM_ESCALATION_CHANNEL {COACHES}"
    )
    restored = KnowledgeIndex(settings, embedder=embedder).ids_by_source("coach-answers")
    assert list(restored) == [f"coach-answers/{entry_id}"]
