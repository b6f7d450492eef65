"""A quotable unit of a passage: what the composer scores, the list logic groups and an answer quotes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from bot.core.text import CJK_RE

if TYPE_CHECKING:
    from bot.core.retrieval import RetrievedChunk


# A passage's rank among those the composer reads (Composer.candidates): RANK_STRIDE per source in
# retrieval order, plus one for any passage of a source after its best. So a rank below RANK_STRIDE is the
# top source, and a rank divisible by it is its source's best passage.
RANK_STRIDE = 3


@dataclass
class Unit:
    """A quotable piece of a passage: a prose sentence, a list item or a list's lead-in."""

    chunk: "RetrievedChunk"
    rank: int  # the chunk's place among the passages considered (RANK_STRIDE per source)
    line: int
    order: int
    text: str
    kind: str  # 'prose' | 'item' | 'lead'
    block: int = -1  # list block id for items and lead-ins
    score: float = 0.0
    vector: Any = None  # the sentence's embedding, to tell a new point from a restated one
    terms: frozenset[str] = frozenset()  # the question's key terms this unit states
    group: tuple[int, int] | None = None  # a nested list under a parent item (units_of), with that item as its lead
    lang: str = ""  # the unit's language, read once when it is scored
    series: int | None = None  # a prose sentence's enumeration, copied as a list block (bot.core.enumerations)
    counted: bool = False  # an item of a list that only its heading announces (enumerations.counted_members)
    labelled: bool = False  # an item of a run of labelled lines ("Amber: …", enumerations.labelled_runs)
    features: dict[str, float] = field(default_factory=dict)  # what its score was made of (bot.core.sentence_scoring)

    @property
    def best_of_its_guide(self) -> bool:
        """Whether the unit's passage is the one retrieval ranked first of its guide."""
        return self.rank % RANK_STRIDE == 0


MIN_LEAD_WORDS = 3  # a lead-in cut at its colon keeps at least this many words, or is quoted whole


def lead_after_colon(sentence: str) -> str:
    """A lead-in sentence from its colon on ("…mental model: An AI PM answers these 7 questions."), or whole
    when what follows the colon is too short to stand alone ("…made the numbers believable: a holdout.")."""
    # A colon inside brackets is an aside's ("Never left to Tallis (config: no draft, routed to a senior
    # adjudicator):"): cut there, the lead-in lost what it announces.
    depth, cut = 0, None
    for at, char in enumerate(sentence):
        depth += (char in "(（[") - (char in ")）]")
        if char in ":：" and depth <= 0 and sentence[at + 1:at + 2].isspace() and sentence[at + 2:].strip():
            cut = at + 1
    after = sentence[cut:].strip() if cut is not None else sentence
    return after if len(after.split()) >= MIN_LEAD_WORDS else sentence


def render_units(units: list[Unit], sources: list[str], is_list: bool) -> str:
    """An answer's body: a list as its lead-in and "- " items with one citation, prose as sentences each
    cited [n] by its source's place in `sources` (Chinese sentences joined without spaces)."""
    def cite(unit: Unit) -> str:
        return f"[{sources.index(unit.chunk.source) + 1}]" if unit.chunk.source in sources else ""

    if is_list:
        lines = []
        items = [u for u in units if u.kind == "item"]
        intro = [u for u in units if u.kind != "item"]
        if intro:
            lines.append(f"{' '.join(u.text for u in intro)} {cite(intro[0])}".strip())
        for number, unit in enumerate(items):
            # One citation for the list, after its lead-in (or its last item when it has none).
            end = f" {cite(unit)}" if not intro and number == len(items) - 1 else ""
            lines.append(f"- {unit.text}{end}")
        return "\n".join(lines)
    parts = [f"{u.text} {cite(u)}".strip() for u in units]
    chinese = all(CJK_RE.search(u.text) for u in units)
    return ("" if chinese else " ").join(parts)
