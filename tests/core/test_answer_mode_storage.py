"""Migration 4: a database made before answers had a mode gains the columns, and the report reads both."""

import datetime as dt

from sqlalchemy import MetaData, Table, create_engine, insert, select

from bot.core.report import build_report, format_report
from bot.core.storage import MIGRATIONS, Store, interactions, metadata, schema_version


def test_a_version_2_database_gains_mode_and_fallback_and_keeps_its_rows(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    engine = create_engine(url)
    old = MetaData()
    old_interactions = Table("interactions", old,
                             *[c._copy() for c in interactions.columns if c.name not in ("mode", "fallback")])
    with engine.begin() as conn:
        old_interactions.create(conn)
        for table in metadata.sorted_tables:
            if table.name != "interactions":
                table.create(conn, checkfirst=True)
        now = dt.datetime(2026, 11, 1, 9, 0)
        conn.execute(insert(schema_version), [{"version": 1, "applied_at": now}, {"version": 2, "applied_at": now}])
        conn.execute(insert(old_interactions).values(id="old1", created_at=now, surface="mention", question="q",
                                                     answer="a", label="high", score=0.9, sources=[]))
    engine.dispose()

    store = Store(url)
    try:
        assert store.get(interactions, "old1")["mode"] == ""  # migrated, row kept
        assert {r["version"] for r in store.rows(select(schema_version))} == {v for v, _, _ in MIGRATIONS}
        store.insert(interactions, created_at=dt.datetime(2026, 11, 2), surface="cli", question="q2", answer="b",
                     label="medium", score=0.5, sources=[], mode="extractive", fallback="timeout")
        store.insert(interactions, created_at=dt.datetime(2026, 11, 2), surface="cli", question="q3", answer="c",
                     label="medium", score=0.5, sources=[], mode="generated", fallback="")
        report = build_report(store)
        assert report["answer_modes"] == {"generated": 1, "extractive": 0, "fallback": 1}
        assert report["fallback_reasons"] == {"timeout": 1}
        assert "Answers: generated 1, extractive 0, extractive because the model failed 1 (timeout 1)" in \
            format_report(report)
    finally:
        store.close()
