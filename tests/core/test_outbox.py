"""Database down: questions are still answered, interactions wait in the outbox (memory and a file),
and are written, with their ids, once the database is back. Real SQLite and a real PostgreSQL."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import select

from bot.core.storage import Store, escalations, feedback, interactions
from bot.services import Services
from tests.conftest import make_settings
from tests.pg import postgres_bin, postgres_cluster

QUESTIONS = [
    "How do I define success metrics for an AI feature?",
    "How do I choose a launch threshold?",
    "What goes into a data plan?",
]


def stored(url: str) -> dict[str, dict]:
    store = Store(url)
    try:
        return {row["id"]: row for row in store.rows(select(interactions))}
    finally:
        store.close()


def test_sqlite_unreachable_answers_anyway_keeps_rows_across_a_restart_and_writes_them_once_back(
    tmp_path, knowledge_index, caplog
):
    folder = tmp_path / "db-volume"  # not mounted yet: SQLite cannot open a file there
    url = f"sqlite:///{folder / 'aipm.sqlite3'}"
    settings = make_settings(tmp_path / "data", database_url=url)
    services = Services(settings, index=knowledge_index)

    with caplog.at_level(logging.WARNING, logger="bot.core.outbox"):
        asked = [services.asking.ask(q, surface="dm", asker="U1", channel="D1", thread_ts=f"{i}.0")
                 for i, q in enumerate(QUESTIONS)]
    assert all(a.answer.sources and a.answer.answer for a in asked), "the PM still gets answers"
    ids = [a.interaction_id for a in asked]
    assert all(ids) and len(set(ids)) == 3
    services.interactions.set_message_ts(ids[0], "1700.0001")  # the answer's ts, learnt after posting
    assert services.interactions.outbox.pending == 3
    assert len([r for r in caplog.records if "database unavailable" in r.getMessage()]) == 1, "one line per outage"
    outbox_file = settings.data_dir / "outbox-interactions.jsonl"
    assert len(outbox_file.read_text().splitlines()) == 3

    # The bot restarts while the database is still down: the file carries the rows over.
    services.interactions.outbox.close()
    restarted = Services(settings, index=knowledge_index)
    assert restarted.interactions.outbox.pending == 3

    folder.mkdir()  # the database is back
    assert restarted.interactions.outbox.flush() == 3
    rows = stored(url)
    assert set(rows) == set(ids)
    assert [rows[i]["question"] for i in ids] == QUESTIONS
    assert rows[ids[0]]["message_ts"] == "1700.0001"
    assert rows[ids[1]]["answer"] == asked[1].answer.answer and rows[ids[1]]["asker"] == "U1"
    assert not outbox_file.exists()
    assert restarted.interactions.outbox.flush() == 0, "written once, not twice"
    restarted.interactions.outbox.close()

    # Back to normal: the next interaction goes straight in.
    later = restarted.asking.ask(QUESTIONS[0], surface="dm")
    assert later.interaction_id in stored(url)


@pytest.fixture
def stoppable_postgres():
    """A PostgreSQL the test can stop and start again on the same port and data folder."""
    if postgres_bin() is None:
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql); .ci/run installs it")
    with postgres_cluster() as cluster:
        yield cluster.url, cluster.start, cluster.stop


def test_postgresql_stopped_mid_run_then_started_loses_nothing(tmp_path, knowledge_index, stoppable_postgres):
    url, start, stop = stoppable_postgres
    services = Services(make_settings(tmp_path / "data", database_url=url), index=knowledge_index)
    before = services.asking.ask(QUESTIONS[0], surface="mention")
    assert before.interaction_id in stored(url)

    stop()
    during = [services.asking.ask(q, surface="mention") for q in QUESTIONS]
    assert all(a.answer.sources for a in during)
    assert services.interactions.outbox.pending == 3

    start()
    services.interactions.outbox.flush()
    after = services.asking.ask(QUESTIONS[1], surface="mention")
    rows = stored(url)
    wanted = [before.interaction_id, *(a.interaction_id for a in during), after.interaction_id]
    assert all(i in rows for i in wanted) and len(rows) == 5
    assert services.interactions.outbox.pending == 0
    services.interactions.outbox.close()


def votes_and_escalations(url: str) -> tuple[list[dict], list[dict]]:
    store = Store(url)
    try:
        return store.rows(select(feedback)), store.rows(select(escalations).order_by(escalations.c.created_at))
    finally:
        store.close()


def test_postgresql_votes_and_escalations_kept_through_an_outage_and_a_restart_are_written_once(
    tmp_path, knowledge_index, stoppable_postgres
):
    url, start, stop = stoppable_postgres
    settings = make_settings(tmp_path / "data", database_url=url)
    services = Services(settings, index=knowledge_index)
    first = services.asking.ask(QUESTIONS[0], surface="mention", asker="U1", channel="C1", thread_ts="1.0")
    second = services.asking.ask(QUESTIONS[1], surface="mention", asker="U2", channel="C1", thread_ts="2.0")
    earlier, _ = services.escalations.escalate(second.interaction_id, "low_confidence")
    older = services.asking.ask(QUESTIONS[2], surface="mention", asker="U4", channel="C1", thread_ts="4.0")

    stop()
    # Asked again during the outage: the one opened before it, not a second one (nor a second card).
    same, created = services.escalations.escalate(second.interaction_id, "asked")
    assert not created and same.id == earlier.id and services.interactions.actions.pending == 0
    people = services.interactions
    people.vote(first.interaction_id, "U1", +1)
    people.vote(first.interaction_id, "U1", -1)  # changed their mind: the later vote must win
    people.set_vote_reason(first.interaction_id, "U1", "Too vague for our case")
    # An answer this process gave: the escalation has its question now, so its card can go now.
    kept, created = services.escalations.escalate(first.interaction_id, "thumbs_down")
    assert created and (kept.question, kept.asker, kept.thread_ts) == (QUESTIONS[0], "U1", "1.0")
    services.escalations.set_card(kept.id, "C0COACHES", "1700.0001")
    again, created = services.escalations.escalate(first.interaction_id, "asked")
    assert not created and again.id == kept.id and again.card_ts == "1700.0001", "one escalation per answer"
    during = services.asking.ask(QUESTIONS[2], surface="mention", asker="U3", channel="C1", thread_ts="3.0")
    # Kept with its question, but its card could not be posted (say, Slack failed too): it gets one
    # when it is written.
    no_card, _ = services.escalations.escalate(during.interaction_id, "low_confidence")
    services.interactions.outbox.close()
    services.interactions.actions.close()

    # The bot restarts while the database is still down: the files carry everything over.
    restarted = Services(settings, index=knowledge_index)
    posted = []

    def post_card(escalation) -> None:  # what the Slack layer registers (bot.slack.flows.escalate)
        posted.append(escalation)
        restarted.escalations.set_card(escalation.id, "C0COACHES", "1700.0002")

    restarted.escalations.post_card = post_card
    # An answer from before the restart: its question is in the unreachable database.
    late, created = restarted.escalations.escalate(older.interaction_id, "asked")
    assert created and restarted.escalations.awaiting_record(late)
    assert restarted.interactions.outbox.pending == 1 and restarted.interactions.actions.pending == 1 + 6

    start()
    assert restarted.interactions.actions.flush() == 6
    votes, rows = votes_and_escalations(url)
    assert [(v["interaction_id"], v["user_id"], v["vote"], v["reason"]) for v in votes] == [
        (first.interaction_id, "U1", -1, "Too vague for our case")
    ]
    assert [(r["interaction_id"], r["trigger"], r["question"], r["card_ts"]) for r in rows] == [
        (second.interaction_id, "low_confidence", QUESTIONS[1], ""),
        (first.interaction_id, "thumbs_down", QUESTIONS[0], "1700.0001"),
        (during.interaction_id, "low_confidence", QUESTIONS[2], "1700.0002"),
        (older.interaction_id, "asked", QUESTIONS[2], "1700.0002"),
    ]
    assert rows[3]["id"] == late.id and rows[3]["asker"] == "U4"
    assert [e.id for e in posted] == [no_card.id, late.id], "each card still missing, posted once, in order"
    assert posted[1].question == QUESTIONS[2] and posted[1].asker == "U4", "the card shows what the database holds"
    assert restarted.interactions.actions.flush() == 0
    assert [len(t) for t in votes_and_escalations(url)] == [1, 4]
    assert not (settings.data_dir / "outbox-actions.jsonl").exists()
    restarted.interactions.outbox.close()
    restarted.interactions.actions.close()


def test_a_replay_cut_short_by_a_crash_and_run_again_writes_nothing_twice(tmp_path, knowledge_index):
    folder = tmp_path / "db-volume"
    url = f"sqlite:///{folder / 'aipm.sqlite3'}"
    settings = make_settings(tmp_path / "data", database_url=url)
    services = Services(settings, index=knowledge_index)
    asked = services.asking.ask(QUESTIONS[0], surface="dm", asker="U1", channel="D1", thread_ts="1.0")
    services.interactions.vote(asked.interaction_id, "U1", -1)
    services.interactions.set_vote_reason(asked.interaction_id, "U1", "Missed the point")
    services.escalations.escalate(asked.interaction_id, "thumbs_down")
    files = [settings.data_dir / "outbox-interactions.jsonl", settings.data_dir / "outbox-actions.jsonl"]
    saved = [f.read_text() for f in files]

    folder.mkdir()
    assert services.interactions.actions.flush() == 3
    services.interactions.outbox.close()
    services.interactions.actions.close()
    # A crash after the writes but before the files were cleared: the next start replays them all.
    for f, text in zip(files, saved):
        f.write_text(text)
    restarted = Services(settings, index=knowledge_index)
    restarted.escalations  # noqa: B018 - built as the serving process builds it, so escalations replay
    restarted.interactions.actions.flush()
    assert restarted.interactions.actions.pending == 0
    votes, rows = votes_and_escalations(url)
    assert [(v["vote"], v["reason"]) for v in votes] == [(-1, "Missed the point")]
    assert [(r["interaction_id"], r["trigger"]) for r in rows] == [(asked.interaction_id, "thumbs_down")]
    assert list(stored(url)) == [asked.interaction_id]
    restarted.interactions.outbox.close()
    restarted.interactions.actions.close()
