"""Corrections to spec reviews: "this item is in my spec, here is the line". No Slack here.

The reviewer's rules miss items written in words they have not seen (docs/spec-review.md, Known limits).
The person who wrote the spec knows where it says it. A correction names the review, the item and the
line; the line must be in the spec that review read, word for word. It is kept in the database, and the
reviewer reads every kept line as one of the item's own exemplars from then on (Reviewer.lessons), so a
sentence like it in the next spec counts for the item. A coach can list and remove corrections
(`aipm corrections`): a removed one stops counting at the next review.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import and_, select, update

from bot.core.review.injection import instruction_reason
from bot.core.review.placeholders import is_placeholder
from bot.core.storage import Store, new_id, review_corrections, utcnow

if TYPE_CHECKING:
    from bot.core.interactions import InteractionService

STATUSES = ("present", "partial")
MIN_WORDS = 4  # "AI", "TBD" or "Data: see below" is a label, not a line that says something
MIN_CJK_CHARS = 6
MAX_LINE_CHARS = 600  # one line or sentence of the spec, not a section of it

# Emphasis marks (Markdown's **bold**, Slack's *bold* and _italic_, `code`, ~~strike~~) at word edges;
# an underscore inside a word (snake_case) stays.
_MARKUP_RE = re.compile(r"`|~~|(?<!\w)[*_]+|[*_]+(?!\w)")
_LEAD_RE = re.compile(r"^\s*(?:>+\s*|[-*•·]\s+|\d{1,2}[.)]\s+|#{1,6}\s+)+")
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "\u00a0": " "})
_CJK_RE = re.compile(r"[\u3400-\u9fff]")


class CorrectionError(ValueError):
    """A correction that can't be kept; the message is written for the person who sent it."""


@dataclass(frozen=True)
class Correction:
    """One kept correction: the line of a reviewed spec that covers a rubric item."""

    id: str
    item_id: str
    status: str  # present | partial: what the person says the line is
    line: str
    interaction_id: str
    user_id: str
    created_at: dt.datetime


def comparable(text: str) -> str:
    """Text as a pasted line is compared with the spec: no markdown emphasis, bullets, quote marks or
    numbering at line starts, straight quotes, one space, lower case. Slack's composer and copy-paste
    change those, not the words."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    lines = (_LEAD_RE.sub("", _MARKUP_RE.sub("", line)) for line in text.splitlines())
    return " ".join(" ".join(lines).split()).lower()


def _says_something(line: str) -> bool:
    return len(line.split()) >= MIN_WORDS or len(_CJK_RE.findall(line)) >= MIN_CJK_CHARS


class ReviewCorrections:
    """Keeps, lists and removes corrections, each checked against the spec its review read."""

    def __init__(self, store: Store, interactions: "InteractionService", item_ids: Iterable[str]) -> None:
        self.store = store
        self.interactions = interactions
        self.item_ids = tuple(item_ids)

    def record(self, interaction_id: str, item_id: str, line: str, status: str, user_id: str) -> Correction:
        """Keep a correction, or raise CorrectionError saying what to change."""
        if item_id not in self.item_ids:
            raise CorrectionError(f"there is no rubric item called {item_id!r}")
        if status not in STATUSES:
            raise CorrectionError("say whether the line covers the item fully or in part")
        # Kept as the spec says it, without the bullet or emphasis a paste through Slack may add.
        line = " ".join(_LEAD_RE.sub("", _MARKUP_RE.sub("", " ".join(line.split()))).split())
        if not line:
            raise CorrectionError("paste the line of your spec that covers it")
        if len(line) > MAX_LINE_CHARS:
            raise CorrectionError(f"paste one line or sentence (up to {MAX_LINE_CHARS} characters), not a whole section")
        if not _says_something(comparable(line)):
            raise CorrectionError("paste a whole sentence or line, not a heading or a single word")
        # The review ignored these lines, and a lesson must not teach it to read them as content.
        if instruction_reason(line):
            raise CorrectionError("that line is an instruction to the reviewer, which a review never counts")
        if is_placeholder(line):
            raise CorrectionError("that line is a template placeholder, not what the spec says")
        review = self.interactions.interaction(interaction_id)
        if review is None or review.surface != "review":
            raise CorrectionError("that review is no longer on record; run the review again and correct the new one")
        if comparable(line) not in comparable(review.question):
            raise CorrectionError("that line isn't in the spec you sent for review: paste it as it is written there")
        existing = self.store.rows(
            select(review_corrections).where(
                and_(review_corrections.c.item_id == item_id, review_corrections.c.line == line,
                     review_corrections.c.removed_at.is_(None))
            )
        )
        if existing:  # the same line for the same item: once is enough
            return _correction(existing[0])
        correction = Correction(id=new_id(), item_id=item_id, status=status, line=line,
                                interaction_id=interaction_id, user_id=user_id, created_at=utcnow())
        self.store.insert(review_corrections, **vars(correction))
        return correction

    def kept(self) -> list[Correction]:
        """Every correction not removed, oldest first: what the reviewer learns from."""
        query = (
            select(review_corrections)
            .where(review_corrections.c.removed_at.is_(None))
            .order_by(review_corrections.c.created_at, review_corrections.c.id)
        )
        return [_correction(row) for row in self.store.rows(query)]

    def remove(self, correction_id: str, *, by: str) -> bool:
        """Stop counting a correction (kept on record, marked removed); False when there is no such one."""
        statement = (
            update(review_corrections)
            .where(and_(review_corrections.c.id == correction_id, review_corrections.c.removed_at.is_(None)))
            .values(removed_at=utcnow(), removed_by=by)
        )
        return self.store.execute(statement) > 0


def _correction(row: dict) -> Correction:
    return Correction(
        id=row["id"], item_id=row["item_id"], status=row["status"], line=row["line"],
        interaction_id=row["interaction_id"], user_id=row["user_id"] or "", created_at=row["created_at"],
    )
