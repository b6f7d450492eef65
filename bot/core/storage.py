"""Storage: every interaction, vote, escalation and coach-written knowledge entry, in SQL.

SQLite under AIPM_DATA_DIR by default; any SQLAlchemy URL (PostgreSQL in production) through
AIPM_DATABASE_URL. The schema evolves through numbered migrations recorded in `schema_version`; a
migration only ever adds, it never drops a table.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import (
    JSON,
    Column,
    DateTime,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    create_engine,
    delete,
    event,
    insert,
    select,
)
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError

log = logging.getLogger(__name__)

metadata = MetaData()


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def new_id() -> str:
    return uuid.uuid4().hex[:16]


interactions = Table(
    "interactions",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("created_at", DateTime, nullable=False, index=True),
    Column("surface", String(32), nullable=False),  # mention | dm | command | assistant | cli
    Column("asker", String(64), nullable=False, default=""),
    Column("channel", String(64), nullable=False, default=""),
    Column("thread_ts", String(32), nullable=False, default=""),
    Column("message_ts", String(32), nullable=False, default=""),
    Column("question", Text, nullable=False),
    Column("answer", Text, nullable=False, default=""),
    Column("label", String(16), nullable=False, default=""),
    Column("score", Float, nullable=False, default=0.0),
    Column("sources", JSON, nullable=False, default=list),
    Column("latency_ms", Float, nullable=False, default=0.0),
    # How the answer was written (docs/llm.md): generated | extractive ('' before migration 3), and why a
    # generated one was unavailable ('' when it was shown or none was tried).
    Column("mode", String(16), nullable=False, server_default=""),
    Column("fallback", String(32), nullable=False, server_default=""),
)

feedback = Table(
    "feedback",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("interaction_id", String(32), nullable=False, index=True),
    Column("user_id", String(64), nullable=False),
    Column("vote", Integer, nullable=False),  # +1 or -1
    Column("reason", Text, nullable=False, default=""),
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    UniqueConstraint("interaction_id", "user_id", name="one_vote_per_user"),
)

escalations = Table(
    "escalations",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("interaction_id", String(32), nullable=False, unique=True),
    Column("created_at", DateTime, nullable=False, index=True),
    Column("trigger", String(32), nullable=False),  # low_confidence | asked | thumbs_down
    Column("status", String(16), nullable=False, index=True),  # open | answered | approved | dismissed
    Column("question", Text, nullable=False),
    Column("asker", String(64), nullable=False, default=""),
    Column("channel", String(64), nullable=False, default=""),
    Column("thread_ts", String(32), nullable=False, default=""),
    Column("draft", Text, nullable=False, default=""),
    Column("label", String(16), nullable=False, default=""),
    Column("score", Float, nullable=False, default=0.0),
    Column("sources", JSON, nullable=False, default=list),
    Column("card_channel", String(64), nullable=False, default=""),
    Column("card_ts", String(32), nullable=False, default=""),
    Column("handled_by", String(64), nullable=False, default=""),
    Column("handled_at", DateTime, nullable=True),
    Column("coach_answer", Text, nullable=False, default=""),
    Column("dismiss_reason", Text, nullable=False, default=""),
    Column("reminded_at", DateTime, nullable=True),
    Column("asker_rating", Integer, nullable=True),
)

knowledge_entries = Table(
    "knowledge_entries",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("escalation_id", String(32), nullable=True),
    Column("question", Text, nullable=False),
    Column("answer", Text, nullable=False),
    Column("coach", String(64), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("retracted_at", DateTime, nullable=True),
    Column("retracted_by", String(64), nullable=False, default=""),
)

# "Handle this once" across every process on the database: the primary key is the whole point, so
# two instances racing on the same key get one insert and one IntegrityError.
claims = Table(
    "claims",
    metadata,
    Column("key", String(200), primary_key=True),
    Column("created_at", DateTime, nullable=False, index=True),
)

# Earlier questions in a conversation thread, so follow-ups keep their context across restarts.
thread_turns = Table(
    "thread_turns",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("conversation", String(64), nullable=False),
    Column("thread", String(64), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("question", Text, nullable=False),
    UniqueConstraint("conversation", "thread", "id", name="one_turn_per_id"),
)

# Coaching sessions (bot/core/coaching): one row per session; the answers travel as JSON records.
coaching_sessions = Table(
    "coaching_sessions",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("created_at", DateTime, nullable=False, index=True),
    Column("updated_at", DateTime, nullable=False, index=True),
    Column("ended_at", DateTime, nullable=True),
    Column("user_id", String(64), nullable=False, default=""),
    Column("surface", String(32), nullable=False, default=""),
    Column("channel", String(64), nullable=False, default=""),
    Column("thread_ts", String(64), nullable=False, default=""),
    Column("lang", String(8), nullable=False, default=""),
    Column("idea", Text, nullable=False, default=""),
    Column("status", String(16), nullable=False, index=True),  # active | completed | stopped | idle_closed
    Column("step_index", Integer, nullable=False, default=0),
    Column("answers", JSON, nullable=False, default=list),
    Column("side_questions", Integer, nullable=False, default=0),
    Column("thin_helps", Integer, nullable=False, default=0),
    Column("version", Integer, nullable=False, default=0),  # compare-and-set: two messages, one winner
)

# What people told the reviewer it missed: a line of their reviewed spec that covers a rubric item
# (bot/core/review/corrections.py). The reviewer reads these lines as the item's exemplars from then on.
review_corrections = Table(
    "review_corrections",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("created_at", DateTime, nullable=False, index=True),
    Column("interaction_id", String(32), nullable=False, index=True),
    Column("item_id", String(64), nullable=False),
    Column("status", String(16), nullable=False),  # present | partial: what the person says the line is
    Column("line", Text, nullable=False),
    Column("user_id", String(64), nullable=False, default=""),
    Column("removed_at", DateTime, nullable=True),
    Column("removed_by", String(64), nullable=False, default=""),
)

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True),
    Column("applied_at", DateTime, nullable=False),
)


def _v1_initial(conn: Connection) -> None:
    for table in (interactions, feedback, escalations, knowledge_entries):
        table.create(conn, checkfirst=True)


def _v2_claims_and_threads(conn: Connection) -> None:
    for table in (claims, thread_turns):
        table.create(conn, checkfirst=True)


def _v3_coaching_sessions(conn: Connection) -> None:
    coaching_sessions.create(conn, checkfirst=True)


def _v4_answer_mode(conn: Connection) -> None:
    # Databases made before version 4 lack the columns; new ones already have them from _v1_initial.
    from sqlalchemy import inspect, text

    present = {column["name"] for column in inspect(conn).get_columns("interactions")}
    for name, size in (("mode", 16), ("fallback", 32)):
        if name not in present:
            conn.execute(text(f"ALTER TABLE interactions ADD COLUMN {name} VARCHAR({size}) NOT NULL DEFAULT ''"))


def _v5_review_corrections(conn: Connection) -> None:
    review_corrections.create(conn, checkfirst=True)


# Append-only: each entry moves the schema one version forward. Never edit or drop an applied one.
MIGRATIONS: list[tuple[int, str, Callable[[Connection], None]]] = [
    (1, "interactions, feedback, escalations, knowledge entries", _v1_initial),
    (2, "claims (handled-once keys) and thread turns", _v2_claims_and_threads),
    (3, "coaching sessions", _v3_coaching_sessions),
    (4, "interactions: answer mode and fallback reason", _v4_answer_mode),
    (5, "review corrections", _v5_review_corrections),
]


class StorageUnavailable(RuntimeError):
    """The database cannot be reached."""


class Store:
    """A thin gateway over the database; opens lazily and migrates on first use."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._engine: Engine | None = None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            try:
                engine = create_engine(self.url, future=True, pool_pre_ping=True)
                if engine.dialect.name == "sqlite":
                    event.listen(engine, "connect", _sqlite_pragmas)
                migrate(engine)
            except (OperationalError, SQLAlchemyError) as exc:
                raise StorageUnavailable(f"Could not open the database: {exc.__class__.__name__}") from exc
            self._engine = engine
        return self._engine

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    # -- generic helpers ------------------------------------------------------------------------
    def insert(self, table: Table, **values: Any) -> str:
        values.setdefault("id", new_id())
        with self.engine.begin() as conn:
            conn.execute(insert(table).values(**values))
        return values["id"]

    def get(self, table: Table, row_id: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(table).where(table.c.id == row_id)).mappings().first()
        return dict(row) if row else None

    def rows(self, query) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(query).mappings()]

    def execute(self, statement) -> int:
        """Run a write; returns the number of rows it touched (how compare-and-set races are decided)."""
        with self.engine.begin() as conn:
            return conn.execute(statement).rowcount


    # -- handled once, shared history ------------------------------------------------------------
    def claim(self, key: str) -> bool:
        """True for the first caller to claim `key` in this database, False for everyone after.

        The unique key decides, so two processes (or threads) racing both see a single winner.
        """
        try:
            with self.engine.begin() as conn:
                conn.execute(insert(claims).values(key=key[:200], created_at=utcnow()))
        except IntegrityError:
            return False
        return True

    def forget_claims(self, older_than: dt.timedelta) -> int:
        """Drop claims past any retry window; returns how many went."""
        return self.execute(delete(claims).where(claims.c.created_at < utcnow() - older_than))

    def add_turn(self, conversation: str, thread: str, question: str) -> None:
        self.insert(
            thread_turns, conversation=conversation, thread=thread, question=question,
            created_at=utcnow(),
        )

    def turns(self, conversation: str, thread: str, limit: int) -> list[str]:
        """The last `limit` questions asked in a thread, oldest first."""
        query = (
            select(thread_turns.c.question)
            .where(thread_turns.c.conversation == conversation, thread_turns.c.thread == thread)
            .order_by(thread_turns.c.created_at.desc(), thread_turns.c.id.desc())
            .limit(limit)
        )
        with self.engine.connect() as conn:
            return [row[0] for row in conn.execute(query)][::-1]


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # noqa: ANN001 - DB-API objects
    """WAL: readers never wait for the writer, and a commit is an append, not an fsync of the
    whole journal, which matters now that every Slack event is claimed here before the ack.
    busy_timeout: two processes on one file wait for each other's writes instead of failing."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def migrate(engine: Engine) -> int:
    """Apply pending migrations; returns the schema version afterwards."""
    with engine.begin() as conn:
        schema_version.create(conn, checkfirst=True)
        applied = {row[0] for row in conn.execute(select(schema_version.c.version))}
        for version, description, step in MIGRATIONS:
            if version in applied:
                continue
            log.info("database migration %s: %s", version, description)
            step(conn)
            conn.execute(insert(schema_version).values(version=version, applied_at=utcnow()))
        return max(applied | {v for v, _, _ in MIGRATIONS})
