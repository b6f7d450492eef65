"""How a quotable sentence relates to the one before it in its passage: it follows it, it is what a short
announcement announced, or it carries on the author's story after an aside."""

from __future__ import annotations

import re
from typing import Any

from bot.core.numerals import small_count
from bot.core.page_chrome import is_page_meta
from bot.core.quoting import is_aside
from bot.core.text import CJK_RE

# A short sentence that announces ("A useful dashboard has four layers.", "Escalation rules decide which
# outputs a human sees.") says little alone; the sentence right after it is its content, in words the
# question rarely uses. Chinese is left out: its sentences are short in characters, not in content.
ANNOUNCEMENT_CHARS = 80
# A sentence that opens by pointing back ("It should describe the simplest non-AI alternative", "That is
# 3,000 reviews a day", "这样既保留了对话的灵活"): quoted without the sentence before it, it names nothing.
ANAPHOR_RE = re.compile(
    r"^(?:this|that|these|those|it|its|it's|they|their|such|both|neither|the latter|the former)\b(?!\s+(?:is|are)\s+why\b)"
    r"|^(?:这|那|它|此|他们|她们|上述)"
    # An instruction whose object points back: "Raise it after any model or prompt change" (raise what?).
    r"|^(?:raise|lower|increase|decrease|reduce|review|revisit|update|tighten|loosen|re-?run|repeat|retrain|"
    r"recheck|re-?check|adjust|revise|extend|shorten|keep|move)\s+(?:it|them|this|that|these|those)\b"
    r"(?!\s+(?:easy|clear|simple|short|brief|small|possible|hard|obvious|in mind)\b)",
    re.IGNORECASE,
)
STORY_CONNECTIVE_RE = re.compile(r"^(?:but|and|so|yet|still|sadly|turns out|then|now)\b", re.IGNORECASE)


def follows(unit: Any, previous: Any) -> bool:
    """Whether `unit` is the sentence right after `previous` in the same paragraph of the same passage
    (both `composer.Unit`)."""
    return unit.chunk is previous.chunk and unit.line == previous.line and unit.order == previous.order + 1


def elaborates(unit: Any, lead: Any) -> bool:
    """Whether `unit` comes just after `lead` in its paragraph: the next sentence, or the one after it when
    the next is too short to quote ("Account managers will want to attend. Say no. With a salesperson
    present, members start negotiating…")."""
    return unit.chunk is lead.chunk and unit.line == lead.line and 1 <= unit.order - lead.order <= 2


def antecedent(unit: Any, units: list[Any]) -> Any | None:
    """The sentence a pointing-back sentence leans on: the one right before it in its paragraph, when
    that is among `units` (quotable prose); None when `unit` stands alone or its antecedent is not quotable."""
    if not ANAPHOR_RE.match(unit.text):
        return None
    return next((u for u in units if follows(unit, u)), None)


# "… has four layers.", "Three things matter:": an announcement that counts what it announces.
COUNTED_THINGS = (r"(?P<count>two|three|four|five|six|[2-6])\s+(?:[a-z-]+\s+)?(?P<things>[a-z-]+s)"
                  r"(?:\s+of\s+[a-z-]+s)?")
ANNOUNCED_COUNT_RE = re.compile(rf"\b{COUNTED_THINGS}\b", re.IGNORECASE)


def announced(text: str) -> int:
    """How many sentences a short announcement announces: the number it names ("four layers"), else one."""
    found = ANNOUNCED_COUNT_RE.search(text)
    if not found:
        return 1
    return small_count(found.group("count"))


# An announcement that is nothing but its count: the counted things open it ("Three caveats.", "Two
# different thresholds matter to a PM.") or close it ("A useful dashboard has four layers.", "… three kinds
# of cases."), and they are not spans of time or amounts ("over two peaks", "in three weeks").
OPENING_COUNT_RE = re.compile(rf"^(?:the\s+|there\s+are\s+)?{COUNTED_THINGS}\b", re.IGNORECASE)
CLOSING_COUNT_RE = re.compile(rf"(?:^|\s)(?P<before>[a-z]+)\s+{COUNTED_THINGS}\s*[.:]$", re.IGNORECASE)
NOT_ANNOUNCING_BEFORE = frozenset("over in for after within by per than at about around to from every last next "
                                  "past only just".split())
AMOUNTS = frozenset("weeks days months years hours minutes seconds times points percent dollars cents".split())


def announced_members(unit: Any, units: list[Any]) -> list[Any] | None:
    """The sentences a counted announcement announces ("… has four layers." and the four after it in its
    paragraph), when the announcement says nothing else and every one of them is among `units`: quoted
    alone it names nothing, quoted with them it is the answer's list. None for any other sentence."""
    text = unit.text.strip()
    closing = CLOSING_COUNT_RE.search(text)
    found = OPENING_COUNT_RE.match(text) or (
        closing if closing and closing.group("before").lower() not in NOT_ANNOUNCING_BEFORE else None)
    if (found is None or len(text) > ANNOUNCEMENT_CHARS or CJK_RE.search(text)
            or found.group("things").lower() in AMOUNTS):
        return None
    place = {(u.chunk.id, u.line, u.order): u for u in units if u.kind == "prose"}
    count = small_count(found.group("count"))
    members = [place.get((unit.chunk.id, unit.line, unit.order + step)) for step in range(1, count + 1)]
    return members if all(members) else None


def continues(unit: Any, announcement: Any) -> bool:
    """Whether `unit` is among the sentences a short English `announcement` announces, in the same
    paragraph: the one right after it, or as many as it counts ("has four layers." and the four)."""
    return (unit.chunk is announcement.chunk and unit.line == announcement.line
            and 1 <= unit.order - announcement.order <= announced(announcement.text)
            and len(announcement.text) <= ANNOUNCEMENT_CHARS and not CJK_RE.search(announcement.text))


def continues_aside(unit: Any, previous: Any | None) -> bool:
    """A sentence that carries on the author's story: right after an aside in the same paragraph, and
    opening with a connective ("But, sadly, even today, most PMs … are confused" after "I had no idea
    what an AI PM really did"). It has no "I" of its own, yet it is the anecdote, not guidance."""
    return (previous is not None and unit.kind == previous.kind == "prose" and follows(unit, previous)
            and is_aside(previous.text) and bool(STORY_CONNECTIVE_RE.match(unit.text)))


def continues_page_meta(unit: Any, previous: Any | None) -> bool:
    """A sentence that goes on about the page: right after one about the page in the same paragraph, and
    pointing back to it ("It does not cover self-hosting." after "This guide helps teams choose a
    provider."; "It applies to round two …" after "This memo sets out how we dogfood")."""
    return (previous is not None and unit.kind == previous.kind == "prose" and follows(unit, previous)
            and is_page_meta(previous.text) and bool(ANAPHOR_RE.match(unit.text)))
