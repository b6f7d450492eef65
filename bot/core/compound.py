"""Questions that ask two or three things at once ("How long should the pilot run, and how many users should
be in it?", "什么时候开始衡量效果？成功指标怎么定？", "How long do we keep the flags, can parents see them, and
when do we pause it?"): each part is answered from the same passages, and the answer quotes what answers each.

Scored against the whole question, the sentences that answer one part can crowd out those that answer the
other: the part with more of the question's words wins the whole answer. So each part is also read alone;
when the whole question's answer already quotes nearly the best sentence for each, it stands, else each
part's own answer is quoted in turn. Measured over 27 answer sets (2026-12-04, docs/evaluation.md round
36): 12 more key points stated, none lost, knowledge/ unchanged.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

import numpy as np

from bot.core.answer_units import render_units
from bot.core.composer import Composition
from bot.core.quoting import question_intent
from bot.core.retrieval import key_terms
from bot.core.text import CJK_RE

if TYPE_CHECKING:
    from bot.core.answer_units import Unit
    from bot.core.composer import Composer
    from bot.core.retrieval import Retrieval, RetrievedChunk

# A second question joined to the first: ", and how…", " and what…", "…? Who…". A bare comma is not a
# join: "When we launch it, should it be on by default?" asks one thing under a condition.
ASKING_WORD = r"(?:what|how|which|when|who|whom|whose|where|why|should|do|does|did|is|are|can|could|would|will)\b"
ENGLISH_JOIN_RE = re.compile(rf"(?:,\s*(?:and|or|plus)\s+|\s+and\s+(?:then\s+)?|[?]\s+(?:and\s+)?)(?={ASKING_WORD})",
                             re.IGNORECASE)
CHINESE_JOIN_RE = re.compile(r"(?<=[？?])\s*(?=\S)")
LAST_OF_THREE_RE = re.compile(rf",\s*(?:and|or|plus)\s+{ASKING_WORD}", re.IGNORECASE)
COMMA_ASK_RE = re.compile(rf",\s*(?={ASKING_WORD})", re.IGNORECASE)
# "When we launch it, should it be on by default, …": a condition, not a question of its own.
CLAUSE_RE = re.compile(r"^\s*(?:when|where|if|once|while|after|before)\s+(?:we|you|i|it|they|he|she|the|a|an|our|this|"
                       r"that|these|those|users?|people|someone)\b", re.IGNORECASE)
# A chat question tells its story and then asks, with an emoji or a "lol" between: "ugh the bot put a dog that
# ate gum as amber bc the owner said he seemed fine 🙄 which cases shud skip the ai??". The part asks from there on.
STORY_THEN_ASK_RE = re.compile(
    rf"^.*(?:[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?|\b(?:lol|lmao|smh|ugh|tbh)\b[.!]*)\s+(?={ASKING_WORD})",
    re.IGNORECASE | re.DOTALL,
)
# Four asks in one message are still one PM's questions ("What should we measure …, and should … be a target? How
# do we roll it out …, and how long do we keep the videos?"); more reads as a list of topics, not of questions.
MAX_PARTS = 4
MIN_PART_WORDS = 3  # "and why?" asks nothing the first part did not name
MIN_PART_CHARS_ZH = 4
# A part is read mostly as itself and a little as the whole question: "and how do we prepare?" says what
# is asked, the whole question what it is asked about.
PART_WEIGHT = 0.7
# The whole question's answer stands when, for each part, it quotes a sentence this close to the part's best. At
# 0.05 a chat question's story ("scored a supernova next to a galaxy core at 12 lol. which candidates shud ppl
# always vet …??") kept the pilot's account of its misses, 0.048 under the ask's own list (guides-unseen-47).
# Over 50 answer sets: 0.05 -> 0.03 states 12 more points and loses none; 0.02 and 0 state more on dev splits
# (+7, +10) but lose points elsewhere (2, 6).
PART_MARGIN = 0.03
# Two parts quoted at length read as a page: past this many characters the whole question's answer stands.
MAX_COMPOUND_CHARS = 1200
# "What bands should it use, and what happens in each?": the second part asks about the first part's items, and
# the list that answers the first ("Soon (50 to 79): the cabinet is visited within 3 days.") says what happens in
# each. Read alone, "what happens in each" finds whatever page sentence says "happens".
EACH_RE = re.compile(r"\b(?:each|every one)\b|^(?:每一?|各)[级档类种]")
GENERIC_ASK_TERMS = {"happen", "act", "do", "done", "need", "mean"}
PART_SENTENCES = 3  # each part's share of a prose answer (the whole answer stays within five or six)
PART_ITEMS = 8  # each part's share of a list: a list cut short loses the rows that answer (risk tiers 2 and 3)


def question_parts(question: str) -> list[str]:
    """The questions `question` asks, in order, each from its ask on; one part when it asks one thing (after a
    story, "… missed a spill bc the monitor was offline lol. which situations shud ppl never leave to it??", that
    part is its ask alone: the story's words find the page's account of the miss)."""
    text = question.strip()
    pieces = CHINESE_JOIN_RE.split(text) if CJK_RE.search(text) else ENGLISH_JOIN_RE.split(text)
    parts = [p.strip(" ,;") for p in pieces if p.strip(" ,;")]
    if len(parts) == 2 and not CJK_RE.search(text) and LAST_OF_THREE_RE.search(text):
        # "How long should we keep the flags, can parents see them, and when should we pause it?": three
        # questions listed, the bare comma before the second a join like the ", and" before the third.
        first = [p.strip(" ,;") for p in COMMA_ASK_RE.split(parts[0]) if p.strip(" ,;")]
        if len(first) == 2 and all(_asks_something(p) for p in first) and not CLAUSE_RE.match(first[0]):
            parts = [*first, parts[1]]
    if not 2 <= len(parts) <= MAX_PARTS or not all(_asks_something(p) for p in parts):
        parts = [question]
    return [asked_part(p) for p in parts]


def asked_part(part: str) -> str:
    """The part from its ask on, after a chat question's story ("… he seemed fine 🙄 which cases …")."""
    ask = STORY_THEN_ASK_RE.sub("", part, count=1)
    return ask if ask != part and _asks_something(ask) else part


def _asks_something(part: str) -> bool:
    if CJK_RE.search(part):
        return len(CJK_RE.findall(part)) >= MIN_PART_CHARS_ZH and bool(key_terms(part))
    return len(part.split()) >= MIN_PART_WORDS and bool(key_terms(part))


def part_retrieval(retrieval: "Retrieval", part: str, part_vector: list[float]) -> "Retrieval":
    """The whole question's retrieval, read as asking `part`: its terms, and mostly its meaning."""
    whole = np.asarray(retrieval.query_vector, dtype=float)
    vector = PART_WEIGHT * np.asarray(part_vector, dtype=float) + (1 - PART_WEIGHT) * whole
    vector = vector / (np.linalg.norm(vector) or 1.0)
    return replace(retrieval, question=part, key_terms=key_terms(part), query_vector=vector.tolist())


def part_answered(composer: "Composer", part_reading: "Retrieval", passages: list["RetrievedChunk"],
                  answer: "Composition") -> bool:
    """Whether `answer` already quotes (nearly) the best sentence for this part of the question."""
    units = composer.candidates(part_reading, passages)
    if not units:
        return True
    composer.score(units, part_reading, question_intent(part_reading.question))
    quoted = {u.text for u in answer.units}
    best = max(u.score for u in units)
    return max((u.score for u in units if u.text in quoted), default=-1.0) >= best - PART_MARGIN


def refers_back(part: str, previous: str) -> bool:
    """Whether `part` asks about what the previous part listed ("… what bands should it use, and what happens
    in each?", "… what levels, and what happens at each level?"): it says "each" and names nothing new."""
    if not EACH_RE.search(part.strip()):
        return False
    return set(key_terms(part)) - GENERIC_ASK_TERMS <= set(key_terms(previous)) or bool(CJK_RE.search(part))


def trimmed(composition: "Composition") -> list["Unit"]:
    """A part's share of the answer: its best sentences, or its list's lead-in and first items."""
    if composition.is_list:
        items = [u for u in composition.units if u.kind == "item"][:PART_ITEMS]
        return [u for u in composition.units if u.kind != "item"] + items
    best = sorted(composition.units, key=lambda u: -u.score)[:PART_SENTENCES]
    return [u for u in composition.units if any(u is b for b in best)]


def answer_each_part(composer: "Composer", parts: list[str], vectors: list[list[float]], retrieval: "Retrieval",
                     passages: list["RetrievedChunk"], sources: list[str], whole: "Composition") -> "Composition":
    """The whole question's answer when it answers each part; else one answer quoting what answers each
    part, from the guides the whole answer quotes (a part read alone finds nearby words in any page
    retrieval ranked, and a second guide's sentence answers another question)."""
    passages = [c for c in passages if c.source in whole.sources]
    readings = [part_retrieval(retrieval, part, vector) for part, vector in zip(parts, vectors)]
    if all(part_answered(composer, reading, passages, whole) for reading in readings):
        return whole
    sections: list[tuple[list[Unit], bool]] = []
    quoted: set[str] = set()
    for number, reading in enumerate(readings):
        if number and sections and sections[-1][1] and refers_back(reading.question, readings[number - 1].question):
            continue  # the previous part's list says what happens in each of its items
        composed = composer.compose(reading.question, reading, passages, sources,
                                    intent=question_intent(reading.question))
        share = trimmed(composed)
        units = [u for u in share if u.text not in quoted]
        if share and not units:
            continue  # answered by what an earlier part quoted ("can it fix it itself?", "what shud it never do?")
        if not units or (composed.is_list and not any(u.kind == "item" for u in units)):
            return whole
        quoted.update(u.text for u in units)
        sections.append((units, composed.is_list))
    everything = [u for units, _ in sections for u in units]
    cited = [s for s in dict.fromkeys(u.chunk.source for u in everything) if s in sources]
    # A blank line between the parts: two lists back to back would read as one.
    body = "\n\n".join(render_units(units, cited, is_list) for units, is_list in sections)
    if len(body) > MAX_COMPOUND_CHARS:
        return whole
    return Composition(body, everything, question_intent(parts[0]), any(is_list for _, is_list in sections),
                       "", cited)
