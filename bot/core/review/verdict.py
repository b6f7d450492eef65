"""The verdict on one rubric item from the signals the analyser found: present, partial or missing.

Where a heading names the item, that section alone decides (other passages cannot upgrade a thin or
vague dedicated section): SUBSTANTIAL_WORDS words and no vague phrase, or MIN_DETAILS specifics
outweighing the vague phrases -> present. A weakly matched passage (generic heading, lead-in label, or a
paragraph whose sentences mean the item) needs WEAK_SUBSTANTIAL_WORDS words and a specific, or
MIN_DETAILS specifics. Otherwise it is present only when MIN_SPREAD_PASSAGES passages carry
MIN_DETAILS_SPREAD specifics. Anything mentioned but short of that is partial, with the reason; missing
only when nothing in the spec addresses the item.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.core.review.rubric import RubricItem

MIN_SECTION_WORDS = 25
SUBSTANTIAL_WORDS = 40  # a section this long under a heading that names the item is real treatment
WEAK_SUBSTANTIAL_WORDS = 35  # ... and under a generic heading (or in prose), with at least one specific and no vague phrase
MIN_DETAILS = 2.0
MIN_DENSE_WORDS = 12  # a table row or bullet this long ...
MIN_DENSE_DETAILS = 2.0  # ... with this many specifics is real treatment too
MIN_DENSE_DETAILS_NAMED = 1.5  # ... or this many under a heading that names the item
MIN_DETAILS_SPREAD = 3.0
MIN_SPREAD_PASSAGES = 2
QUANTITY_WEIGHT = 0.5  # a bare quantity (a %, a duration, an amount) on the item's topic
CUE_WEIGHT = 0.5  # each distinct cue phrase shows one more facet of the item
MEANT_WEIGHT = 0.75  # a sentence that reads like one of the item's good exemplars, with a number (meaning.py)


@dataclass
class ItemSignals:
    """Everything the spec says about one rubric item, and the verdict drawn from it."""

    item: "RubricItem"
    sections: list[int] = field(default_factory=list)  # sections about the item
    strong_sections: list[int] = field(default_factory=list)  # ... whose heading names the item
    labelled: list[int] = field(default_factory=list)  # units whose lead-in label is about the item
    topic_units: list[int] = field(default_factory=list)  # units inside those sections / labels
    cue_units: dict[int, list[str]] = field(default_factory=dict)  # unit -> cues found, outside topic units
    topic_cues: set[str] = field(default_factory=set)  # distinct cues inside topic units
    unit_cues: dict[int, list[str]] = field(default_factory=dict)  # topic unit -> cues found
    strong_units: list[int] = field(default_factory=list)  # topic units under a heading naming the item
    vague: dict[int, list[str]] = field(default_factory=dict)  # unit -> vague phrases
    concrete: dict[int, list[str]] = field(default_factory=dict)  # unit -> specific details
    quantities: dict[int, list[str]] = field(default_factory=dict)  # unit -> bare quantities on the topic
    meant: dict[int, float] = field(default_factory=dict)  # unit -> similarity to a `good` exemplar (meaning.py)
    conventional_heading: str = ""  # the thin section's heading when only such a section mentions the item
    implied: bool = False  # named nowhere, but a spec this long addresses it somehow (ItemPatterns.implied_from)
    topic_words: int = 0
    strong_words: int = 0
    status: str = "missing"
    reason: str = ""

    def _details(self, units: set[int] | None, cues: set[str]) -> float:
        def count(found: dict[int, list[str]]) -> int:
            return sum(len(v) for k, v in found.items() if units is None or k in units)

        meant = sum(1 for k in self.meant if units is None or k in units)
        return count(self.concrete) + QUANTITY_WEIGHT * count(self.quantities) + CUE_WEIGHT * len(cues) + MEANT_WEIGHT * meant

    def details_in(self, units: set[int]) -> float:
        """Specifics inside the given units (a section, a labelled paragraph)."""
        cues = {cue for unit in units for cue in self.unit_cues.get(unit, [])}
        return self._details(units, cues)

    @property
    def details(self) -> float:
        """Specifics anywhere the item is discussed."""
        cues = set(self.topic_cues).union(*self.cue_units.values()) if self.cue_units else set(self.topic_cues)
        return self._details(None, cues)

    @property
    def mentioned(self) -> bool:
        return bool(self.topic_units or self.cue_units or self.vague or self.implied)



def decide(sig: ItemSignals) -> None:
    """present / partial / missing, with the rule that decided it.

    Where a heading names the item, that section is the spec's answer and decides alone: a thin or
    vague "Why AI" paragraph stays partial however often other sections say "free text".
    """
    if not sig.mentioned:
        sig.status, sig.reason = "missing", "the spec does not talk about this"
        return
    strong = set(sig.strong_units)
    judged = strong or set(sig.topic_units)
    details = sig.details_in(judged)
    vague = sum(1 for unit in sig.vague if unit in judged)
    words = sig.strong_words if strong else sig.topic_words
    if judged and vague < max(details, 1.0):
        if strong and words >= SUBSTANTIAL_WORDS and vague == 0:
            sig.status, sig.reason = "present", f"a dedicated section of {words} words"
            return
        if words >= WEAK_SUBSTANTIAL_WORDS and details >= 1 and vague == 0:
            sig.status, sig.reason = "present", f"a {words}-word section with specifics"
            return
        if words >= MIN_SECTION_WORDS and details >= MIN_DETAILS:
            sig.status, sig.reason = "present", f"a section with {details:g} specifics"
            return
        if words >= MIN_DENSE_WORDS and details >= (MIN_DENSE_DETAILS_NAMED if strong else MIN_DENSE_DETAILS) and vague == 0:
            # A table row or a bullet says a lot in few words: "2 years of tickets, ~500k, labelled by agents".
            sig.status, sig.reason = "present", f"a short passage dense with specifics ({details:g})"
            return
    spread, spread_vague = sig.details, len(sig.vague)
    if (
        not strong
        and len(sig.cue_units) >= MIN_SPREAD_PASSAGES
        and spread >= MIN_DETAILS_SPREAD
        and spread_vague < spread
    ):
        sig.status, sig.reason = "present", f"covered across {len(sig.cue_units)} passages with specifics"
        return
    sig.status = "partial"
    vague_units = [unit for unit in sig.vague if unit in judged] or ([] if judged else list(sig.vague))
    if vague_units and len(vague_units) >= max(details if judged else spread, 1.0):
        sig.reason = f"vague wording (“{sig.vague[vague_units[0]][0]}”) instead of specifics"
    elif not judged and sig.implied:
        sig.reason = "no sentence states it outright, though a spec this long usually implies it"
    elif not judged and sig.conventional_heading:
        sig.reason = f"the section headed “{sig.conventional_heading}” does not clearly state it"
    elif not judged:
        sig.reason = "mentioned only in passing"
    elif words < MIN_SECTION_WORDS:
        sig.reason = "a very short section"
    elif vague_units:
        sig.reason = f"vague wording (“{sig.vague[vague_units[0]][0]}”) instead of specifics"
    elif details > 0:
        sig.reason = "some specifics, but too few to cover it"
    else:
        sig.reason = "no numbers, names or other specifics"
