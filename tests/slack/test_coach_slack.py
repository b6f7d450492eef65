"""Coaching sessions end to end: signed Slack requests into the real bolt app, the strict fake Slack,
real SQLite and the real knowledge index. Each test has its own database, so sessions never leak."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from sqlalchemy import update

from bot.core.storage import coaching_sessions, utcnow
from bot.services import Services
from bot.slack.ids import (
    ASK_HUMAN,
    COACH_ASK_HUMAN,
    COACH_CONTROLS,
    COACH_REVIEW_BRIEF,
    COACH_SKIP,
    COACH_START,
)
from bot.slack.reminders import ReminderLoop
from tests.conftest import make_settings
from tests.core.test_coaching import STRONG
from tests.slack.conftest import DM, PERSON, SlackHarness
from tests.slack.fake_slack import dm_channel

WEATHER = "What's the weather going to be in Paris tomorrow?"


def buttons(blocks):
    return {e["action_id"]: e["value"] for b in blocks if b["type"] == "actions" for e in b["elements"]}


@pytest.fixture
def coach_services(tmp_path, knowledge_index):
    """The real answerer over the shared knowledge index, with a database of this test's own."""
    return Services(make_settings(tmp_path / "coach-db"), index=knowledge_index)


@pytest.fixture
def harness(fake_slack, coach_services, tmp_path):
    harness = SlackHarness(fake_slack, coach_services, tmp_path)
    yield harness
    harness.close()


def say(slack, text: str, thread_ts: str) -> list:
    """The PM writes in the session's thread; returns what the bot posted there in reply."""
    before = len(slack.fake.calls)
    slack.direct_message(text, thread_ts=thread_ts)  # the lazy work is queued before the ack returns
    slack.wait_idle()
    return [c for c in slack.fake.called()[before:] if c.method in ("chat.postMessage", "chat.update",
                                                                     "chat.stopStream")
            and (c.args.get("thread_ts") == thread_ts or c.method != "chat.postMessage")]


def press(slack, action: str, value: str, thread_ts: str) -> list:
    before = len(slack.fake.calls)
    slack.click(action, value, channel=DM, thread_ts=thread_ts, block_id="coach_controls")
    slack.wait_idle()
    return slack.fake.called()[before:]


def text_of(calls) -> str:
    return "\n".join(c.text for c in calls)


def test_a_whole_session_from_a_dm_to_the_brief_across_an_app_restart(
    harness, fake_slack, coach_services, tmp_path
):
    started = time.monotonic()
    slack = harness
    thread, _ = slack.direct_message("coach me on invoice matching for AP clerks")
    slack.fake.wait_for("chat.postMessage")
    slack.wait_idle()
    first = slack.fake.called("chat.postMessage")[-1]
    assert first.args["thread_ts"] == thread and "Step 1 of 8" in first.text
    assert "invoice matching for AP clerks" in first.text
    session_id = buttons(first.args["blocks"])[COACH_SKIP]
    assert set(buttons(first.args["blocks"])) == set(COACH_CONTROLS)

    # A thin answer gets an example from the guidance, and the same step again.
    helped = text_of(say(slack, "no idea", thread))
    assert "what a strong answer looks like" in helped and "6 minutes per ticket" in helped
    assert "Step 1 of 8" in helped

    # A real answer: strong points, one question, a cited passage; people's text is escaped.
    typed = STRONG[0] + " Finance R&D <ops> asked for it."
    feedback = text_of(say(slack, typed.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"), thread))
    assert "What is strong" in feedback and "names who has the problem" in feedback
    assert "From the guidance" in feedback and "seven-questions.md" in feedback
    assert "Step 2 of 8" in feedback

    # A side question is answered like any question (label, sources, buttons); the place is kept.
    side = say(slack, "what does RAG mean?", thread)
    answered = [c for c in side if ASK_HUMAN in buttons(c.args.get("blocks") or [])]
    assert answered and "confidence" in answered[0].text.lower()
    assert "Step 2 of 8" in side[-1].text
    # ...and a low-confidence one goes to a coach, as any other would.
    say(slack, WEATHER, thread)
    assert [e.question for e in coach_services.escalations.open_escalations()] == [WEATHER]

    status = text_of(say(slack, "status", thread))
    assert "✓ 1. The problem and who has it" in status and "▶ 2. Why AI at all" in status
    skipped = text_of(press(slack, COACH_SKIP, session_id, thread))
    assert "Skipped" in skipped and "Step 3 of 8" in skipped
    revise = text_of(say(slack, "back", thread))
    assert "Step 2 of 8" in revise
    say(slack, "back", thread)
    earlier = text_of(say(slack, "skip", thread))  # skipping an answered step keeps its answer
    assert "Step 2 of 8" in earlier
    back_to_1 = text_of(say(slack, "back", thread))
    assert "R&amp;D &lt;ops&gt;" in back_to_1 and "<ops>" not in back_to_1

    # The app restarts: a new instance on the same database picks the session up.
    slack.close()
    restarted_services = Services(coach_services.settings, index=coach_services.index)
    again = SlackHarness(fake_slack, restarted_services, tmp_path / "again")
    try:
        # skip on an answered step moves on and keeps the answer
        assert "Step 2 of 8" in text_of(say(again, "skip", thread))
        for answer in STRONG[1:7]:
            say(again, answer, thread)
        end = say(again, "skip", thread)
        again.fake.wait_for(lambda calls: bool(fake_slack.shared_files))
        assert "That's every step" in text_of(end)
        [shared] = fake_slack.shared_files
        assert shared["channel"] == DM and shared["thread_ts"] == thread
        brief = shared["content"]
        assert brief.startswith("# AI product brief: invoice matching for AP clerks")
        assert typed in brief  # the PM's own words, as typed
        for answer in STRONG[1:7]:
            assert answer in brief
        gaps = brief.split("## Gaps that remain")[1]
        assert "Double PMF" in gaps and "_Not answered yet._" in brief
        actions = next(c for c in end if COACH_REVIEW_BRIEF in buttons(c.args.get("blocks") or []))
        assert buttons(actions.args["blocks"])[COACH_ASK_HUMAN] == session_id

        # The brief's buttons: the spec review lands in the thread; a coach gets the brief.
        reviewed = press(again, COACH_REVIEW_BRIEF, session_id, thread)
        assert "readiness" in text_of(reviewed)
        press(again, COACH_ASK_HUMAN, session_id, thread)
        questions = [e.question for e in restarted_services.escalations.open_escalations()]
        assert brief.strip() in [q.strip() for q in questions]
        figures = restarted_services.coach.sessions.figures([s.id for s in restarted_services.coach.path.steps])
        assert figures == {"started": 1, "completed": 1, "active": 0, "stopped_at_step": {}}
    finally:
        again.close()
    print(f"\nfull coaching session through Slack: {time.monotonic() - started:.1f} s")


def test_a_chinese_session_follows_the_pms_language(harness, fake_slack):
    slack = harness
    thread, _ = slack.direct_message("帮我梳理一个 AI 产品想法")
    slack.fake.wait_for("chat.postMessage")
    slack.wait_idle()
    assert "第 1 步，共 8 步" in slack.fake.called("chat.postMessage")[-1].text
    reply = text_of(say(slack, "我们 20 人的客服团队每天花 2 小时手工分类工单，这来自工单日志和对 6 名客服的访谈。", thread))
    assert "做得好的地方" in reply and "第 2 步" in reply
    stopped = text_of(say(slack, "结束", thread))
    assert "会话已结束" in stopped
    slack.fake.wait_for(lambda calls: bool(fake_slack.shared_files))
    brief = fake_slack.shared_files[0]["content"]
    assert brief.startswith("# AI 产品简报") and "每天花 2 小时手工分类工单" in brief
    assert "## 仍需补齐" in brief


def test_the_command_home_button_and_assistant_prompt_start_sessions(harness, coach_services):
    slack = harness
    slack.command("coach contract review for the legal team")
    ack = slack.fake.wait_for(lambda calls: any(c.method == "chat.postMessage" and c.args.get("thread_ts")
                                                 for c in calls))
    slack.wait_idle()
    intro = next(c for c in slack.fake.called("chat.postMessage") if not c.args.get("thread_ts"))
    assert intro.args["channel"] == PERSON and "contract review for the legal team" in intro.text
    step = next(c for c in slack.fake.called("chat.postMessage") if c.args.get("thread_ts"))
    assert step.args["channel"] == dm_channel(PERSON) and step.args["thread_ts"] == intro.ts
    assert "Step 1 of 8" in step.text and ack
    session = coach_services.coach.active_in(dm_channel(PERSON), intro.ts)
    assert session.surface == "command" and session.idea == "contract review for the legal team"

    slack.fake.reset()
    slack.click(COACH_START, "start", block_id="coach_home")
    slack.fake.wait_for(lambda calls: sum(c.method == "chat.postMessage" for c in calls) >= 2)
    slack.wait_idle()
    posts = slack.fake.called("chat.postMessage")
    assert posts[0].args["channel"] == PERSON and posts[1].args["thread_ts"] == posts[0].ts

    assistant_thread = slack.next_ts()
    slack.fake.reset()
    slack.direct_message("Coach me on an AI idea", thread_ts=assistant_thread)
    slack.fake.wait_for("chat.postMessage")
    slack.wait_idle()
    assert "Step 1 of 8" in slack.fake.called("chat.postMessage")[-1].text
    assert coach_services.coach.active_in(DM, assistant_thread).idea == ""


def test_an_idle_session_closes_with_a_note_in_its_thread(harness, coach_services):
    slack = harness
    thread, _ = slack.direct_message("coach me on a churn predictor")
    slack.fake.wait_for("chat.postMessage")
    slack.wait_idle()
    session = coach_services.coach.active_in(DM, thread)
    loop = ReminderLoop(coach_services, slack.app.client)
    assert loop.close_idle() == 0  # a fresh session stays open
    eight_days_ago = utcnow() - dt.timedelta(days=8)
    coach_services.store.execute(
        update(coaching_sessions).where(coaching_sessions.c.id == session.id).values(updated_at=eight_days_ago)
    )
    assert loop.close_idle() == 1
    note = slack.fake.called("chat.postMessage")[-1]
    assert note.args["thread_ts"] == thread and "closed after 7 days" in note.text
    closed = text_of(say(slack, "hello again", thread))  # the thread is an ordinary DM thread again
    assert "Step" not in closed


def test_without_files_write_the_brief_comes_as_escaped_text(harness, fake_slack):
    slack = harness
    fake_slack.scopes = fake_slack.scopes - {"files:write"}  # an install from before the scope was added
    fake_slack.expect_refusals = True
    thread, _ = slack.direct_message("coach me on a refund triage bot")
    slack.wait_idle()
    # as Slack sends it: a mention, and the PM's own "<ops>" and "&" escaped
    say(slack, "Refund agents &lt;ops&gt; of <@U0BOSS> lose 2 hours a day &amp; customers wait; we saw it in logs.",
        thread)
    posted = say(slack, "stop", thread)
    assert [c.result["error"] for c in fake_slack.refused()] == ["missing_scope"]
    assert not fake_slack.shared_files
    brief = next(c for c in posted if "```" in c.text)
    assert brief.args["thread_ts"] == thread
    assert "Refund agents &lt;ops&gt; of @U0BOSS lose 2 hours a day &amp; customers wait" in brief.text
    assert "<@U0BOSS>" not in brief.text and "<ops>" not in brief.text
    assert any(COACH_REVIEW_BRIEF in buttons(c.args.get("blocks") or []) for c in posted)
