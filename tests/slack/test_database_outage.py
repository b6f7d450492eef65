"""The database is down while PMs vote and ask for coaches: what they did is kept and written, once
and in order, when it returns. Real SQLite, the real app over signed HTTP, the fake Slack Web API."""

from __future__ import annotations

import json

from sqlalchemy import select

from bot.core.storage import Store, escalations, feedback, interactions
from bot.slack.blocks import (
    ANSWER_VIEW,
    ASK_HUMAN,
    ESCALATION_ANSWER,
    FEEDBACK_DOWN,
    FEEDBACK_UP,
    FEEDBACK_VIEW,
)
from tests.slack.conftest import CHANNEL, PERSON
from tests.slack.test_escalations import (
    COACH,
    COACHES,
    METRICS,
    REGION,
    answer_message,
    answer_values,
    ask,
    buttons,
    cards,
    coach_services,
    opened_view,
    reason_values,
    running,
    thread_posts,
)

REASON = "It ignores our latency budget."


def stored(url: str, table) -> list[dict]:
    store = Store(url)
    try:
        return store.rows(select(table))
    finally:
        store.close()


def private(slack) -> list[str]:
    """What the person who pressed a button read, privately (through the response_url)."""
    return [c.text for c in slack.fake.called("response_url")]


def test_votes_reasons_and_escalations_during_an_outage_are_written_once_when_it_returns(
    fake_slack, knowledge_index, tmp_path
):
    folder = tmp_path / "db-volume"  # not mounted: SQLite cannot open a file there
    url = f"sqlite:///{folder / 'aipm.sqlite3'}"
    services = coach_services(knowledge_index, tmp_path, url, rate_limit_per_minute=0)
    with running(fake_slack, services, tmp_path) as slack:
        # A confident answer: 👍, then 👎 with a reason and "ask a human coach" ticked.
        metrics_ts = ask(slack, METRICS)
        metrics_id = buttons(answer_message(slack.fake).args["blocks"])[FEEDBACK_UP]
        slack.press(FEEDBACK_UP, metrics_id, thread_ts=metrics_ts)
        slack.wait_idle()
        assert "Glad that helped" in private(slack)[-1], "the 👍 is acknowledged, not apologised for"
        slack.press(FEEDBACK_DOWN, metrics_id, thread_ts=metrics_ts)
        form = opened_view(slack)
        assert form["callback_id"] == FEEDBACK_VIEW
        slack.wait_idle()  # the 👎 itself is recorded by a lazy listener, beside the form
        slack.submit_view(FEEDBACK_VIEW, form["private_metadata"], reason_values(REASON, human=True))
        slack.wait_idle()

        # The PM is told a coach will answer, and the coaches have the card now, not after the outage.
        [told] = thread_posts(slack.fake, metrics_ts)
        assert "I've asked a human coach" in told.text and "appear here in this thread" in told.text
        [metrics_card] = cards(slack.fake)
        assert METRICS in metrics_card.text and f"<@{PERSON}>" in metrics_card.text

        # Asking again changes nothing: one escalation, one card.
        slack.press(ASK_HUMAN, metrics_id, thread_ts=metrics_ts)
        slack.wait_idle()
        assert "already been asked" in private(slack)[-1]
        assert not any("Sorry" in text for text in private(slack)), private(slack)
        assert len(cards(slack.fake)) == 1

        # A low-confidence answer goes to a coach at once, and says so.
        region_ts = ask(slack, REGION)
        region_answer = answer_message(slack.fake)
        region_id = buttons(region_answer.args["blocks"])[ASK_HUMAN]
        assert "I've asked a human coach" in json.dumps(region_answer.args["blocks"], ensure_ascii=False)
        region_card = cards(slack.fake)[-1]
        assert len(cards(slack.fake)) == 2 and REGION in region_card.text

        assert not folder.exists(), "nothing could have been written"
        assert services.interactions.actions.pending > 0

        # The database returns: everything is written, in order, and no card is posted twice.
        folder.mkdir()
        services.interactions.actions.flush()
        assert services.interactions.actions.pending == 0
        by_question = {row["question"]: row for row in stored(url, interactions)}
        assert set(by_question) == {METRICS, REGION}
        assert by_question[METRICS]["id"] == metrics_id and by_question[REGION]["id"] == region_id
        [vote] = stored(url, feedback)
        assert (vote["interaction_id"], vote["user_id"], vote["vote"], vote["reason"]) == (
            metrics_id, PERSON, -1, REASON,
        ), "the later 👎 (with its reason) wins over the earlier 👍"
        rows = {row["interaction_id"]: row for row in stored(url, escalations)}
        assert set(rows) == {metrics_id, region_id}
        assert (rows[metrics_id]["trigger"], rows[metrics_id]["card_ts"]) == ("thumbs_down", metrics_card.ts)
        assert (rows[region_id]["trigger"], rows[region_id]["card_ts"]) == ("low_confidence", region_card.ts)
        assert rows[metrics_id]["asker"] == PERSON and rows[metrics_id]["channel"] == CHANNEL
        assert rows[metrics_id]["thread_ts"] == metrics_ts and rows[region_id]["thread_ts"] == region_ts
        assert len(cards(slack.fake)) == 2
        assert services.interactions.actions.flush() == 0 and len(stored(url, escalations)) == 2

        # The card posted during the outage works: the coach answers, the PM reads it in the thread.
        eid = rows[metrics_id]["id"]
        assert buttons(metrics_card.args["blocks"])[ESCALATION_ANSWER] == eid
        slack.fake.reset()
        slack.click(ESCALATION_ANSWER, eid, user=COACH, channel=COACHES, message_ts=metrics_card.ts)
        view = opened_view(slack)
        assert view["callback_id"] == ANSWER_VIEW
        slack.submit_view(ANSWER_VIEW, view["private_metadata"], answer_values("Start from the user task."), user=COACH)
        slack.wait_idle()
        [reply] = thread_posts(slack.fake, metrics_ts)
        assert f"<@{COACH}>" in reply.text and "Start from the user task." in reply.text
        assert services.escalations.get(eid).status == "answered"


def test_an_answer_from_before_the_outage_can_still_be_voted_on_and_escalated(fake_slack, knowledge_index, tmp_path):
    folder = tmp_path / "db-volume"
    folder.mkdir()
    url = f"sqlite:///{folder / 'aipm.sqlite3'}"
    earlier = coach_services(knowledge_index, tmp_path / "earlier", url)
    before = earlier.asking.ask(METRICS, surface="mention", asker=PERSON, channel=CHANNEL, thread_ts="1711.0001")
    earlier.store.close()
    folder.rename(tmp_path / "db-volume-away")  # the database goes away; the bot restarted meanwhile

    services = coach_services(knowledge_index, tmp_path, url, rate_limit_per_minute=0)
    with running(fake_slack, services, tmp_path) as slack:
        slack.press(FEEDBACK_UP, before.interaction_id, thread_ts="1711.0001")
        slack.wait_idle()
        assert "Glad that helped" in private(slack)[-1]
        slack.press(ASK_HUMAN, before.interaction_id, thread_ts="1711.0001")
        slack.wait_idle()
        told = private(slack)[-1]
        assert "as soon as they're back" in told and "Sorry" not in told
        assert cards(slack.fake) == [], "no card without the question to put on it"

        (tmp_path / "db-volume-away").rename(folder)  # back
        assert services.interactions.actions.flush() == 2
        [card] = cards(slack.fake)
        assert METRICS in card.text and f"<@{PERSON}>" in card.text
        [row] = stored(url, escalations)
        assert (row["interaction_id"], row["trigger"], row["card_ts"]) == (before.interaction_id, "asked", card.ts)
        [vote] = stored(url, feedback)
        assert (vote["interaction_id"], vote["vote"]) == (before.interaction_id, 1)
        slack.press(ASK_HUMAN, before.interaction_id, thread_ts="1711.0001")
        slack.wait_idle()
        assert "already been asked" in private(slack)[-1] and len(cards(slack.fake)) == 1
