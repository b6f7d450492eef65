"""Coach answers that become knowledge: kept in the database, embedded into Chroma at once.

The database is the record; Chroma holds a copy that `sync` restores after an index rebuild.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import and_, select, update

from bot.core.index import SOURCE_COACH, Chunk
from bot.core.records import KnowledgeEntry
from bot.core.storage import Store, knowledge_entries, utcnow
from bot.core.text import detect_language

if TYPE_CHECKING:
    from bot.core.index import KnowledgeIndex

COACH_ROOT = "coach-answers"


def entry_chunk(entry: KnowledgeEntry) -> Chunk:
    created = entry.created_at
    date = created.date().isoformat() if isinstance(created, dt.datetime) else str(created)[:10]
    return Chunk(
        text=entry.answer,
        source=f"{COACH_ROOT}/{entry.id}",
        title=entry.question,
        section=f"Answered by a coach on {date}",
        lang=detect_language(entry.question + " " + entry.answer),
        root=COACH_ROOT,  # its own root: ingesting a folder never deletes coach answers
        source_type=SOURCE_COACH,
        extra={"coach": entry.coach, "answered_on": date, "entry_id": entry.id},
    )


class CoachKnowledge:
    """Adds, retracts and restores coach-written knowledge entries."""

    def __init__(self, store: Store, index: "KnowledgeIndex") -> None:
        self.store = store
        self.index = index

    def add(self, question: str, answer: str, coach: str, *, escalation_id: str | None = None) -> KnowledgeEntry:
        entry_id = self.store.insert(
            knowledge_entries, question=question.strip(), answer=answer.strip(), coach=coach,
            created_at=utcnow(), escalation_id=escalation_id,
        )
        entry = self.entry(entry_id)
        assert entry is not None  # just written
        chunk = entry_chunk(entry)
        self.index.add([chunk.chunk_id()], [chunk])
        return entry

    def entry(self, entry_id: str) -> KnowledgeEntry | None:
        row = self.store.get(knowledge_entries, entry_id)
        return KnowledgeEntry.from_row(row) if row else None

    def retract(self, entry_id: str, coach: str) -> bool:
        entry = self.entry(entry_id)
        if entry is None:
            return False
        retracted = self.store.execute(
            update(knowledge_entries)
            .where(and_(knowledge_entries.c.id == entry_id, knowledge_entries.c.retracted_at.is_(None)))
            .values(retracted_at=utcnow(), retracted_by=coach)
        )
        self.index.delete([entry_chunk(entry).chunk_id()])
        return bool(retracted)

    def active(self) -> list[KnowledgeEntry]:
        rows = self.store.rows(
            select(knowledge_entries).where(knowledge_entries.c.retracted_at.is_(None)).order_by(knowledge_entries.c.created_at)
        )
        return [KnowledgeEntry.from_row(row) for row in rows]

    def sync(self) -> int:
        """Make Chroma hold exactly the active entries (after a rebuild, or a retraction elsewhere)."""
        wanted = {entry_chunk(e).chunk_id(): entry_chunk(e) for e in self.active()}
        present = {i for ids in self.index.ids_by_source(COACH_ROOT).values() for i in ids}
        missing = [i for i in wanted if i not in present]
        if missing:
            self.index.add(missing, [wanted[i] for i in missing])
        stale = sorted(present - set(wanted))
        if stale:
            self.index.delete(stale)
        return len(missing)
