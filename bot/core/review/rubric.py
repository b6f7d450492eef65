"""The review rubric: coaching content from rubric.yml (validated by pydantic) joined with each item's patterns."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from bot.core.review.errors import RubricError  # noqa: F401 - re-exported: callers catch it from here
from bot.core.review.exemplars import ItemExemplars, default_exemplars
from bot.core.review.patterns import ITEM_PATTERNS
from bot.core.review.patterns.base import ItemPatterns
from bot.core.review.wording import is_cjk_phrase, matching_form

STATUSES = ("present", "partial", "missing")


class PhraseMatcher:
    """Case-insensitive phrase matching: whole words for Latin phrases, substrings for Chinese ones.

    Whole words keep "pilot" from matching inside "ClaimPilot"; a trailing plural "s"/"es" is allowed so
    "pain point" also finds "pain points" (and "complain" finds "complaints"), and a space in a phrase also
    matches a hyphen ("long tail", "long-tail"). A phrase (or a word in it) ending in "*" is a stem that takes any
    ending, for languages that add suffixes to their words ("karşılaştır*" finds Turkish "karşılaştıracağız",
    "karşılaştırdık"; "naučen* na" finds Slovenian "naučena na"). With `gap`, up to that many extra words may sit
    between the phrase's words, which suits headings ("Why a learned model" for "why a model"). Chinese has no
    word boundaries, so CJK phrases match anywhere.
    """

    def __init__(self, phrases: list[str], *, gap: int = 0) -> None:
        self.phrases = list(dict.fromkeys(p.lower().strip() for p in phrases if p and p.strip()))
        self.gap = gap

        latin, cjk = [], []
        for phrase in self.phrases:
            (cjk if is_cjk_phrase(phrase) else latin).append(phrase)
        # In the matching form too: a Japanese "展開" must find text read as "展开", as "風險" finds "风险".
        self._cjk = [matching_form(phrase) for phrase in cjk]
        # Phrases are matched in the same form as text: "we'll monitor" also finds "we will monitor".
        self._latin = [(phrase, self._compile(matching_form(phrase), gap)) for phrase in latin]
        # A review matches every sentence against every item's phrases; a plain substring test on the
        # phrase's longest word skips the regex for the many phrases a sentence cannot contain.
        self._needles = [max(re.split(r"[\s\-]+", matching_form(phrase).replace("*", "")), key=len) for phrase in latin]

    @staticmethod
    def _compile(phrase: str, gap: int) -> re.Pattern[str]:
        stem = phrase.endswith("*")
        phrase = phrase.rstrip("*")
        words = re.split(r"[\s\-]+", phrase)
        joiner = r"[\s\-]+" if not gap else rf"[\s\-]+(?:[\w'’]+[\s\-]+){{0,{gap}}}"
        # A word inside the phrase may be a stem too ("naučen* na", "neurónov* sieť"): it takes any ending.
        body = joiner.join(re.escape(word.rstrip("*")) + (r"\w*" if word.endswith("*") else "")
                           for word in words if word)
        start = r"(?<![\w])" if phrase[0].isalnum() else ""
        # Word forms: "complain" finds "complaints", "monitor" finds "monitored"; short words stay exact.
        suffix = r"\w*" if stem else r"(?:s|es|ed|d|ing|t|ts)?" if len(words[-1]) >= 5 else r"(?:s|es)?"
        end = suffix + r"(?![\w])" if phrase[-1].isalnum() else ""
        return re.compile(start + body + end)

    def find(self, text: str) -> list[str]:
        """The phrases that occur in `text` (already lower-cased and normalised by the caller)."""
        found = [
            phrase
            for (phrase, pattern), needle in zip(self._latin, self._needles, strict=True)
            if needle in text and pattern.search(text)
        ]
        found += [phrase for phrase in self._cjk if phrase in text]
        # "token" inside "tokens", "rules won't work" inside "simple rules won't work": one finding.
        return [f for f in found if not any(f != other and f in other for other in found)]

    def __bool__(self) -> bool:
        return bool(self.phrases)


class ItemContent(BaseModel):
    """One rubric item as a coach writes it in rubric.yml: what good looks like, why, the question to ask."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    name: str = Field(min_length=1)
    good: str = Field(min_length=1)
    why: str = Field(min_length=1)
    question: str = Field(min_length=1)
    severity: Literal["blocker", "major", "minor"]
    cites: tuple[str, ...] = ()

    @field_validator("good", "why", "question")
    @classmethod
    def _one_line(cls, value: str) -> str:
        return " ".join(value.split())


@dataclass(frozen=True)
class RubricItem:
    """One thing a good AI product spec covers: the coaching content, and the signals that find it in a spec."""

    id: str
    name: str
    good: str
    why: str
    question: str
    severity: str
    cites: tuple[str, ...]
    headings: PhraseMatcher = field(compare=False, repr=False)
    cues: PhraseMatcher = field(compare=False, repr=False)
    mentions: PhraseMatcher = field(compare=False, repr=False)
    vague: PhraseMatcher = field(compare=False, repr=False)
    concrete: tuple[re.Pattern[str], ...] = field(compare=False, repr=False)
    cue_patterns: tuple[re.Pattern[str], ...] = field(default=(), compare=False, repr=False)
    counts_quantities: bool = field(default=True, compare=False, repr=False)  # see ItemPatterns.quantities
    conventional_headings: frozenset[str] = field(default=frozenset(), compare=False, repr=False)
    implied_from: int = field(default=0, compare=False, repr=False)  # see ItemPatterns.implied_from
    # The heading phrases an unusual heading is compared with by meaning (not ItemPatterns.word_headings).
    embedded_headings: tuple[str, ...] = field(default=(), compare=False, repr=False)

    @classmethod
    def build(cls, content: ItemContent, patterns: ItemPatterns) -> "RubricItem":
        if not patterns.headings and not patterns.cues:
            raise RubricError(f"item {content.id}: needs headings or cues, or it can never be found")
        stray = set(patterns.conventional) - set(patterns.headings)
        if stray:
            raise RubricError(f"item {content.id}: conventional headings {sorted(stray)} are not among its headings")
        return cls(
            id=content.id,
            name=content.name,
            good=content.good,
            why=content.why,
            question=content.question,
            severity=content.severity,
            cites=content.cites,
            headings=PhraseMatcher([*patterns.headings, *patterns.word_headings], gap=1),
            embedded_headings=tuple(dict.fromkeys(p.lower().strip() for p in patterns.headings if p.strip())),
            conventional_headings=frozenset(patterns.conventional),
            cues=PhraseMatcher(list(patterns.cues)),
            mentions=PhraseMatcher(list(patterns.mentions)),
            vague=PhraseMatcher(list(patterns.vague)),
            concrete=tuple(p.compiled for p in patterns.concrete),
            cue_patterns=tuple(p.compiled for p in patterns.cue_patterns),
            counts_quantities=patterns.quantities,
            implied_from=patterns.implied_from,
        )

    def find_cues(self, text: str) -> list[str]:
        """Cue phrases, and text matched by cue patterns, that show `text` talks about this item."""
        return self.cues.find(text) + self.pattern_cues(text)

    def pattern_cues(self, text: str) -> list[str]:
        """The text the cue patterns match: constructions that say the item ("until a second trial shows that")."""
        return [match.group(0).strip() for pattern in self.cue_patterns if (match := pattern.search(text))]

    def concrete_hits(self, text: str) -> list[str]:
        """Specific details (numbers, named models, sizes) this item's regexes find in `text`."""
        hits = []
        for pattern in self.concrete:
            # Each match counts, up to three per pattern: "$180,000 to $240,000" is two amounts.
            hits.extend(match.group(0) for match in list(pattern.finditer(text))[:3])
        return hits

    @property
    def description(self) -> str:
        """What the embedder compares spec text with: the item's name and what good looks like."""
        return f"{self.name}. {self.good}"


@dataclass(frozen=True)
class Rubric:
    items: tuple[RubricItem, ...]

    def __iter__(self):
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def get(self, item_id: str) -> RubricItem:
        for item in self.items:
            if item.id == item_id:
                return item
        raise KeyError(item_id)

    @property
    def ids(self) -> list[str]:
        return [item.id for item in self.items]

    def exemplars(self, item_id: str) -> ItemExemplars:
        """The team's exemplar statements for an item (exemplars.yml)."""
        return default_exemplars(tuple(self.ids))[item_id]


def parse_rubric(text: str, patterns: dict[str, ItemPatterns] | None = None) -> Rubric:
    """Build a Rubric from rubric.yml text and the items' patterns, or raise RubricError saying what is wrong."""
    if patterns is None:
        patterns = ITEM_PATTERNS
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise RubricError(f"rubric is not valid YAML: {exc}") from exc
    if not isinstance(raw, list) or not raw:
        raise RubricError("rubric must be a non-empty list of items")
    items = []
    for position, entry in enumerate(raw, start=1):
        name = entry.get("id", f"#{position}") if isinstance(entry, dict) else f"#{position}"
        try:
            content = ItemContent.model_validate(entry)
        except ValidationError as exc:
            error = exc.errors()[0]
            where = ".".join(str(part) for part in error["loc"]) or "item"
            raise RubricError(f"item {name}: '{where}' {error['msg']}") from exc
        if content.id not in patterns:
            raise RubricError(f"item {content.id}: no matching patterns (bot/core/review/patterns/{content.id}.py)")
        items.append(RubricItem.build(content, patterns[content.id]))
    seen: set[str] = set()
    for item in items:
        if item.id in seen:
            raise RubricError(f"item {item.id}: duplicate id")
        seen.add(item.id)
    return Rubric(tuple(items))


@lru_cache(maxsize=1)
def default_rubric() -> Rubric:
    return parse_rubric(resources.files("bot.core.review").joinpath("rubric.yml").read_text(encoding="utf-8"))
