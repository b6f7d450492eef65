"""Database down: questions are still answered, interactions wait in the outbox (memory and a file),
and are written, with their ids, once the database is back. Real SQLite and a real PostgreSQL."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import select

from bot.core.storage import Store, interactions
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
