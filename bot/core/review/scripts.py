"""The writing systems the offline reviewer reads, and a warning for a spec written in another.

It reads the scripts its phrase lists are written in (bot/core/review/patterns/phrases: Latin, Cyrillic, Greek,
Chinese and Japanese today), read off the lists themselves so that a language added there is read here. A spec in
Hebrew had every item called missing, with nothing to say that the reviewer could not read a word of it
(eval/specs-v2/unseen-88's growers' bulletin): "missing" then reads as the spec's fault.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from bot.core.review.patterns import ITEM_PATTERNS

MIN_UNREAD_SHARE = 0.5  # most of the letters: a name or a quotation in another script is no reason to warn
MAX_FOUND = 2


def script_of(char: str) -> str:
    """The first word of a letter's Unicode name ("HEBREW LETTER ALEF" -> "HEBREW"), its script in practice."""
    return unicodedata.name(char, "UNKNOWN").split(" ", 1)[0]


@cache
def read_scripts() -> frozenset[str]:
    """The scripts of the letters in every item's phrase lists: those the offline reviewer can find anything in."""
    phrases = (phrase for patterns in ITEM_PATTERNS.values()
               for kind in (patterns.headings, patterns.word_headings, patterns.cues, patterns.mentions, patterns.vague)
               for phrase in kind)
    return frozenset(script_of(char) for phrase in phrases for char in phrase if char.isalpha())


def unread_script(text: str) -> str | None:
    """The script most of `text`'s letters are in, when the offline reviewer reads no phrase of it; else None."""
    counts: dict[str, int] = {}
    for char in text:
        if char.isalpha():
            name = script_of(char)
            counts[name] = counts.get(name, 0) + 1
    letters = sum(counts.values())
    if not letters:
        return None
    unread = {name: n for name, n in counts.items() if name not in read_scripts()}
    if sum(unread.values()) < MIN_UNREAD_SHARE * letters:
        return None
    return max(unread, key=unread.__getitem__).capitalize()


def read_nothing(statuses: list[str]) -> bool:
    """Whether the review found next to nothing: no item present, and at most MAX_FOUND items found at all.
    A Korean spec whose headings carry English glosses ("□ 추진 배경 (Background)") is read through them,
    and needs no warning."""
    found = [status for status in statuses if status != "missing"]
    return len(found) <= MAX_FOUND and "present" not in found


def unread_script_warning(script: str) -> str:
    return (f"Most of this spec is written in {script} script, which the offline reviewer cannot read, so it found "
            "next to nothing: the items below are marked missing for that reason, not because the spec leaves them "
            "out. Set AIPM_LLM for a language model's review (docs/llm.md), or ask a coach.")
