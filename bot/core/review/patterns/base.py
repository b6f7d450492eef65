"""The shape of an item's matching patterns: phrase lists and regular expressions, each regex with an example."""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Pattern:
    """A regular expression (matched case-insensitively on the spec's matching form) and a sentence it must
    match; tests/core/test_review_patterns.py checks every example, so a pattern cannot rot silently."""

    regex: str
    example: str
    compiled: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "compiled", re.compile(self.regex, re.IGNORECASE))


@dataclass(frozen=True)
class ItemPatterns:
    """How one rubric item is recognised in a spec.

    headings      lower-case phrases; a section heading containing one is about the item
    cues          lower-case phrases; a line containing one talks about the item
    vague         lower-case phrases that signal hand-waving about the item
    concrete      regexes for the specifics that make the item present (a number on its metric, a named model)
    cue_patterns  regexes that, like cues, show a line talks about the item
    """

    headings: tuple[str, ...] = ()
    cues: tuple[str, ...] = ()
    vague: tuple[str, ...] = ()
    concrete: tuple[Pattern, ...] = ()
    cue_patterns: tuple[Pattern, ...] = ()
