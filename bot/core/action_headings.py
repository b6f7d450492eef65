"""A heading that names the question's own action: "What the teacher does" for "what is the teacher actually
supposed to do with a flag?", "What it suggests" for "What exactly should the tool suggest?".

Guides head their sections with what someone does or what the product does, and the question asks it back with
an auxiliary in between. The section's list is the answer, though the page's description of the product
("Headline Helper is the panel … that suggests headlines …") repeats more of the question's words
(guides-unseen-37 and -38).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from bot.core.answer_units import RANK_STRIDE
from bot.core.text import stem

if TYPE_CHECKING:
    from bot.core.answer_units import Unit

ARTICLES = r"(?:(?:the|a|an|our|your|my|this|that|each)\s+)?"
# "what exactly should the tool suggest", "what is the teacher actually supposed to do", "what does the agent say".
ACTION_QUESTION_RE = re.compile(
    r"\bwhat\s+(?:exactly\s+|else\s+)?(?:is|are|should|does|do|must|can|will|would)\s+" + ARTICLES
    + r"(?P<doer>[a-z-]+)\s+(?:\w+ly\s+)?(?:(?:supposed|meant|expected|allowed|going)\s+to\s+|(?:need|have)\s+to\s+)?"
    r"(?P<action>[a-z]+)\b",
    re.IGNORECASE,
)
# "What the teacher does", "What it suggests", "3. What agents say": a heading naming a doer and an action.
ACTION_HEADING_RE = re.compile(
    r"^\W*(?:\d+[.)]\s*)?what\s+" + ARTICLES + r"(?P<doer>[a-z-]+)\s+(?P<action>[a-z]+)\s*$", re.IGNORECASE)
NOT_DOERS = frozenset("is are was were gets get happens happen goes go comes must should can will does do".split())
PRONOUNS = frozenset("it they he she we you".split())  # the page's own subject
IRREGULAR = {"does": "do", "goes": "go", "has": "have", "says": "say", "sees": "see"}


def _action(word: str) -> str:
    word = word.lower()
    return IRREGULAR.get(word) or (word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss")
                                   else word)


def asked_action(question: str) -> tuple[str, str] | None:
    """The doer and the action a what-question asks about, ("teacher", "do"), or None."""
    found = ACTION_QUESTION_RE.search(question)
    if not found or found["doer"].lower() in NOT_DOERS:
        return None
    return stem(found["doer"].lower()), _action(found["action"])


def heading_names_action(heading: str, asked: tuple[str, str]) -> bool:
    """Whether a heading names the asked doer (or "it") doing the asked action."""
    found = ACTION_HEADING_RE.match(heading.strip())
    if not found or found["doer"].lower() in NOT_DOERS:
        return False
    doer = found["doer"].lower()
    return _action(found["action"]) == asked[1] and (doer in PRONOUNS or stem(doer) == asked[0])


def action_led_list(units: list["Unit"], question: str) -> tuple[str, Any] | None:
    """The one list of the top guide whose heading names the question's doer and action, or None."""
    asked = asked_action(question)
    if asked is None:
        return None
    blocks = {u.block for u in units if u.kind == "item" and u.block >= 0 and u.rank < RANK_STRIDE
              and heading_names_action(u.chunk.heading, asked)}
    return ("block", blocks.pop()) if len(blocks) == 1 else None
