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
    word_headings the same, in languages the English-only embedder reads as noise (Vietnamese, Turkish): matched
                  by their words alone, never by resemblance, which drew "Results" or "我们要做 AI 穿搭顾问" to
                  whichever item a Turkish or Vietnamese phrase happened to sound like
    conventional  the generic headings among `headings` that by convention hold the item ("Background"
                  for the problem, "Risks" for failure modes): a section headed by one alone addresses
                  the item however thin its body, so it is at least `partial`; other generic headings
                  ("Timeline", "Next steps") count only when their body talks about the item
    cues          lower-case phrases; a line containing one talks about the item
    mentions      everyday words that show a line is about the item without saying anything specific
                  ("出故障", "收费", "never saw"): they find the item, so it is not `missing`, but unlike a
                  cue they add nothing towards `present`, which needs numbers, names or mechanisms
    vague         lower-case phrases that signal hand-waving about the item
    concrete      regexes for the specifics that make the item present (a number on its metric, a named model)
    cue_patterns  regexes that, like cues, show a line talks about the item
    quantities    whether a bare quantity on the item's topic (a %, a duration, an amount) is one of its
                  specifics: not for the approach, where "3 years of sales" describes the data, not the choice
    implied_from  words of content from which the labelled specs always address the item somehow, named
                  or not (what the AI does): where nothing names it, it is `partial` ("no sentence states it
                  outright"), with no quote, not `missing`; 0 for items a long spec can truly leave out
    """

    headings: tuple[str, ...] = ()
    word_headings: tuple[str, ...] = ()
    conventional: tuple[str, ...] = ()
    cues: tuple[str, ...] = ()
    mentions: tuple[str, ...] = ()
    vague: tuple[str, ...] = ()
    concrete: tuple[Pattern, ...] = ()
    cue_patterns: tuple[Pattern, ...] = ()
    quantities: bool = True
    implied_from: int = 0


# Romanian is often typed with no diacritics ("învățare automată" as "invatare automata"); ș and ț also arrive in
# their older cedilla forms (ş, ţ), which matching_form reads as one with the comma forms.
ROMANIAN_PLAIN = str.maketrans("ăâîșşțţ", "aaisstt")


def typed_plain(phrases: tuple[str, ...], *plain_forms: dict[int, str]) -> tuple[str, ...]:
    """Each phrase as written and as typed without its diacritics, once per way of dropping them."""
    forms = (form for phrase in phrases for form in (phrase, *(phrase.translate(plain) for plain in plain_forms)))
    return tuple(dict.fromkeys(forms))


def romanian(*phrases: str) -> tuple[str, ...]:
    """Romanian phrases as written and as typed without diacritics, for an item's phrase lists. A word whose plain
    form is another language's or English ("costă" and Italian "costa") is listed as written, outside this."""
    return typed_plain(phrases, ROMANIAN_PLAIN)


# Croatian is often typed with no diacritics in chat and email ("točnost" as "tocnost", "đ" as "dj" or "d").
CROATIAN_PLAIN = str.maketrans({"č": "c", "ć": "c", "š": "s", "ž": "z", "đ": "dj"})
CROATIAN_PLAIN_D = str.maketrans({"č": "c", "ć": "c", "š": "s", "ž": "z", "đ": "d"})


def croatian(*phrases: str) -> tuple[str, ...]:
    """Croatian phrases as written and as typed without diacritics (with "đ" as "dj" and as "d")."""
    return typed_plain(phrases, CROATIAN_PLAIN, CROATIAN_PLAIN_D)
