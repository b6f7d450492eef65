"""A heading that names the question's own action: "What the teacher does" for "what is the teacher actually
supposed to do with a flag?", "What it suggests" for "What exactly should the tool suggest?".

Guides head their sections with what someone does or what the product does, and the question asks it back with
an auxiliary in between. The section's list is the answer, though the page's description of the product
("Headline Helper is the panel … that suggests headlines …") repeats more of the question's words
(guides-unseen-37 and -38).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from bot.core.answer_units import RANK_STRIDE
from bot.core.text import stem

if TYPE_CHECKING:
    from bot.core.answer_units import Unit

ARTICLES = r"(?:(?:the|a|an|our|your|my|this|that|each)\s+)?"
# "what exactly should the tool suggest", "what is the teacher actually supposed to do", "what should an AI team
# stop doing": the words after the auxiliary, whose doer is one or two words.
ACTION_QUESTION_RE = re.compile(
    r"\bwhat\s+(?:exactly\s+|else\s+)?(?:is|are|should|does|do|must|can|will|would)\s+" + ARTICLES
    + r"(?P<words>[a-z-]+(?:\s+[a-z-]+){1,6})", re.IGNORECASE)
# "When should an AI assistant ask a clarifying question instead of just answering?" and "When to ask", "How
# should we roll it out?" and "How to roll out": the manner or the moment of the question's own action.
WHEN_HOW_QUESTION_RE = re.compile(
    r"\b(?P<wh>when|how)\s+(?:exactly\s+)?(?:should|do|does|can|must|would|could)\s+" + ARTICLES
    + r"(?P<words>[a-z-]+(?:\s+[a-z-]+){1,6})", re.IGNORECASE)
WHEN_HOW_HEADING_RE = re.compile(r"^\W*(?:\d+[.)]\s*)?(?P<wh>when|how)\s+to\s+(?P<action>[a-z]+)\b", re.IGNORECASE)
# "When the score is ignored", "When a flag gets escalated": the moment of the asked action, said in the passive.
WHEN_PASSIVE_HEADING_RE = re.compile(
    r"^\W*(?:\d+[.)]\s*)?when\s+(?:(?:the|a|an|its|our|your|this)\s+)?(?:[a-z-]+\s+){0,2}?(?:is|are|gets?)\s+"
    r"(?P<action>[a-z]+ed)\s*$", re.IGNORECASE)
ASIDE_RE = re.compile(r"^(?:\w+ly|supposed|meant|expected|allowed|going|need|have|to)$", re.IGNORECASE)
# "What the teacher does", "What it suggests", "3. What agents say", "What we stopped doing".
ACTION_HEADING_RE = re.compile(
    r"^\W*(?:\d+[.)]\s*)?what\s+" + ARTICLES + r"(?P<doer>[a-z-]+)\s+(?P<action>[a-z]+)(?:\s+doing)?\s*$",
    re.IGNORECASE)
NOT_DOERS = frozenset("is are was were gets get happens happen goes go comes must should can will does do".split())
PRONOUNS = frozenset("it they he she we you".split())  # the page's own subject
IRREGULAR = {"does": "do", "did": "do", "goes": "go", "went": "go", "has": "have", "had": "have", "says": "say",
             "said": "say", "sees": "see", "saw": "see"}


def _action(word: str) -> str:
    """A verb's plain form, near enough: "suggests", "stopped", "does" as "suggest", "stop", "do"."""
    word = word.lower()
    if word in IRREGULAR:
        return IRREGULAR[word]
    if len(word) > 4 and word.endswith("ed"):
        word = word[:-2]
        return word[:-1] if len(word) > 2 and word[-1] == word[-2] and word[-1] not in "lsz" else word
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def asked_action(question: str) -> list[tuple[str, str]]:
    """The (doer, action) readings of a what-question, a one- and a two-word doer: [("teacher", "do")]; of a
    when- or how-question, ("@when", action)."""
    readings = []
    for pattern in (ACTION_QUESTION_RE, WHEN_HOW_QUESTION_RE):
        found = pattern.search(question)
        if not found:
            continue
        words = [w for w in found["words"].split() if not ASIDE_RE.match(w)]
        for size in (1, 2):
            if len(words) > size and words[size - 1].lower() not in NOT_DOERS:
                doer = "@" + found["wh"].lower() if pattern is WHEN_HOW_QUESTION_RE else stem(words[size - 1].lower())
                readings.append((doer, _action(words[size])))
    return readings


# "in which situations must it not flag anything at all?", "what should the bot never say?": the question asks
# what is forbidden, and "When the model must not flag" or "What it never says" is that section, though the
# section on what the model does ("What the model flags", a table of the events it flags) repeats as many words.
NEGATED_ACTION_RE = re.compile(
    r"\b(?:(?:must|should|may|can|could|will|would|do|does|is|are)(?:\s+[a-z]+){0,2}?\s+not|(?:must|should|could|would|"
    r"do|does|is|are|wo|ca)n['’]t|cannot|never)\s+"
    r"(?:(?:be|ever|even|always|just|yet)\s+)?(?!(?:the|an?|it|they|we|you|our|your|this|that)\b)(?P<action>[a-z]+)",
    re.IGNORECASE)


# "它绝对不能做哪些事？", "有哪些事绝对不能自己做？", "六、巡石绝不做的事", "AI 不做的事": in Chinese, what it must not
# do at all, read as the English "what it never does" ({"do"}), so a question in one language finds the section in
# the other.
NEVER_DOES_ZH_RE = re.compile(
    r"不(?:能|该|应该|可以|许|准|会)?(?:自己|擅自|自动|直接|主动)?做(?:的事|哪些事|什么事)"
    r"|绝对?不(?:能|该|可以|许|准|会)?(?:自己|擅自|自动|直接|主动)?做|禁止做")


def forbidden_actions(text: str) -> frozenset[str]:
    """The actions a question or heading says must not happen ("must it not flag": {"flag"})."""
    actions = [_action(found["action"]) for found in NEGATED_ACTION_RE.finditer(text)]
    if NEVER_DOES_ZH_RE.search(text):
        actions.append("do")
    return frozenset(action[:-1] if action.endswith("ed") else action for action in actions)  # "is not used": "use"


def heading_names_action(heading: str, asked: Sequence[tuple[str, str]]) -> bool:
    """Whether a heading names an asked doer (or "it", "we") doing its asked action."""
    timed = WHEN_HOW_HEADING_RE.match(heading.strip())
    if timed:
        return ("@" + timed["wh"].lower(), _action(timed["action"])) in asked
    passive = WHEN_PASSIVE_HEADING_RE.match(heading.strip())
    if passive:
        done = _action(passive["action"])  # "ignored" reads "ignor": the asked "ignore" may keep its e
        return any(who == "@when" and verb in (done, done + "e") for who, verb in asked)
    found = ACTION_HEADING_RE.match(heading.strip())
    if not found or found["doer"].lower() in NOT_DOERS:
        return False
    doer, action = found["doer"].lower(), _action(found["action"])
    return any(action == verb and (doer in PRONOUNS or stem(doer) == who) for who, verb in asked)


def action_led_list(units: list["Unit"], question: str) -> tuple[str, Any] | None:
    """The one list of the top guide whose heading names the question's doer and action, or None."""
    asked = asked_action(question)
    if not asked:
        return None
    blocks = {u.block for u in units if u.kind == "item" and u.block >= 0 and u.rank < RANK_STRIDE
              and heading_names_action(u.chunk.heading, asked)}
    return ("block", blocks.pop()) if len(blocks) == 1 else None
