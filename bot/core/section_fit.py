"""What a passage's section heading says about whether it answers this question, beyond its words.

Four sections share a question's words and answer something else, or answer it with few of its words: a
"Why …" section argues for a practice a how question wants steps for; a "Background" tells what happened
before the rules; a "Common mistakes" list says what not to do; and a section the question names ("what do i
put under explainability") answers it though the page's opening repeats more of the question.
`sentence_scoring.score_units` asks `SectionAsk.fit` once per unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from bot.core.answer_units import RANK_STRIDE
from bot.core.asked import question_sentences
from bot.core.action_headings import asked_action, forbidden_actions, heading_names_action
from bot.core.model_absence import AbsenceAsk
from bot.core.text import tokenize

if TYPE_CHECKING:
    from bot.core.answer_units import Unit

# A section that makes the case for a practice ("Why test prompts", "为什么要做灰度"), read for a how question.
# Measured on the 17 dev sets: 0.07 lifts four and costs knowledge/ one point; 0.15 also costs two sets.
WHY_HEADING_RE = re.compile(r"^\s*(?:\d+[.)]\s*)?(?:why\b|为什么|为何)", re.IGNORECASE)
WHY_SECTION_PENALTY = 0.07
# A section telling the story so far ("Background", "Context", "Where we are", "背景"), read for a question
# asking what to do: it repeats the setup's words ("我们要用大模型语音机器人给用户打售后回访电话 …") and says
# what happened, not what to do.
BACKGROUND_HEADING_RE = re.compile(
    r"^\W*(?:[\d一二三四五六七八九十]+[.)、]?\s*)?(?:background|context|where we are(?: today| now)?|the problem|"
    r"problem statement|history|(?:项目|业务)?背景|现状|问题背景|"
    # "What Harm Markers does", "What the model is": the product described, not what to do with it.
    r"what (?:\S+ ){1,3}(?:does|is))\s*$", re.IGNORECASE)
# Measured over the 37 answer sets (2026-12-05): 0.07 +1 point; 0.15, 0.25 and 0.3 +3, none lost. English
# sentences score higher than Chinese ones, and a background repeating an English setup word for word still
# outscored the rules below 0.3 (tests/core/test_background_sections.py).
BACKGROUND_SECTION_PENALTY = 0.3
BACKGROUND_UNASKED_INTENTS = ("how", "list", "when")
# A section listing what goes wrong ("Common mistakes", "What not to do", "常见误区") shares a how question's
# words ("Labelling cases straight from thumbs…" for "How do I turn thumbs-down feedback into eval cases?")
# and says what not to do; unless the question asks about mistakes, the sections saying what to do answer.
# Only its list: a closing summary after it ("小结：…", "Note: decide the log fields before launch") shares
# the heading but not the warning.
MISTAKES_HEADING_RE = re.compile(
    r"^\W*(?:[\d一二三四五六七八九十]+[.)、]?\s*)?(?:(?:the\s+)?(?:\w+\s+)?(?:common|typical|frequent|classic)\s+)?"
    r"(?:mistakes|pitfalls|anti-?patterns|traps|gotchas)\b|^\W*(?:common|typical|frequent)\s+errors\b"
    r"|^\W*what not to do\b|^\W*don'?ts\b"
    r"|(?:常见|典型)?(?:错误|误区|陷阱|坑)\s*$", re.IGNORECASE)
ASKS_ABOUT_MISTAKES_RE = re.compile(
    r"\b(?:mistakes?|pitfalls?|avoid|wrong|traps?|gotchas?|errors?|not to|don'?t|shouldn'?t|anti-?patterns?|fail)"
    r"|错|误区|坑|避免|不要|别|陷阱|失败", re.IGNORECASE)
MISTAKES_SECTION_PENALTY = 0.07
# Not a yes-or-no question ("老板让我们天天发推送…这招靠不靠谱？", "ok to put that in the board deck?"): a
# mistakes list is often its answer.
MISTAKES_UNASKED_INTENTS = ("how", "list")
# A question that names the section it asks about: "what do i put under explainability", "what belongs in the
# 'why AI' part of a requirements doc", "what goes in the risks section". The page's section of that name answers,
# though the page's opening names more of the question's words ("prd", "feature").
NAMED_SECTION_RE = re.compile(
    r"\b(?:under|in(?:to)?)\s+(?:the\s+|our\s+|my\s+|a\s+)?['\"“‘]?(?P<name>[\w -]{2,40}?)['\"”’]?\s+(?:section|part|heading|bit)\b"
    r"|\bunder\s+(?:the\s+)?['\"“‘]?(?P<tail>[\w -]{2,30}?)['\"”’]?\s*[?.!]*\s*$", re.IGNORECASE)
NAMED_SECTION_BONUS = 0.15
# A question that tells its situation first and asks last ("our rota ai keeps giving the same 2 part timers
# every saturday close … how do we make it fair??"): a heading carrying every word only the ask says ("2.
# Fairness rules") is the section it asks for, though the situation's words fill another ("5. Measures":
# rotas, availability). The thing asked for ("rules") is left out: every section of a rules page says it.
# Some of the ask's words only: "… What should we check about the content filter before students get it?"
# lifted "What the student sees" over the checklist, and lost 5 key points.
ASKED_HEADING_BONUS = 0.07
# A section headed with just the thing asked for ("1. Photos" for "What photos do staff need to take at pickup
# …?", "Metrics" for "Which metrics should we watch?"): its sentences are that thing, though a section on
# another matter repeats more of the question's words.
LINE_LABEL_RE = re.compile(r"^\s*([A-Za-z][\w'-]*(?: [\w'-]+){0,2})\s*:\s+\S")
THING_HEADING_BONUS = 0.07
# A section headed with the question's doer and action ("What we stopped doing" for "What should an AI team stop
# doing when it writes OKRs?", action_headings): its sentences are the answer, in prose as in a list.
ACTION_HEADING_BONUS = 0.1
# A section headed with what the question asks must not happen ("When the model must not flag" for "… in which
# situations must it not flag anything at all?", action_headings.forbidden_actions).
FORBIDDEN_HEADING_BONUS = 0.2
# A section on the model being down ("If QueueShield is down") for a question asking what happens then, and one on
# the cases it is not used on ("When the score is not used") for "which orders should skip the score?"
# (model_absence): the product's name heads them, not the question's words.
ABSENCE_HEADING_BONUS = 0.2
MIN_PREFIX = 4  # "fair" heads "fairness"; "use" heading "user" would not


def ask_words(question: str, thing: str | None) -> frozenset[str]:
    """The words only a situation-first question's last sentence says, or nothing for a one-sentence question."""
    sentences = [s for s in question_sentences(question) if tokenize(s)]
    if len(sentences) < 2:
        return frozenset()
    situation = set(tokenize(" ".join(sentences[:-1])))
    return frozenset(w for w in tokenize(sentences[-1]) if w not in situation and w != thing and len(w) >= MIN_PREFIX)


def named_section(question: str) -> tuple[str, ...]:
    """The words of the section a question names, lower-cased ("why", "ai"), or nothing."""
    found = NAMED_SECTION_RE.search(question)
    return tuple(re.findall(r"\w+", ((found["name"] or found["tail"]) if found else "").lower()))


def heading_names(heading: str, words: tuple[str, ...]) -> bool:
    """Whether a section heading carries every word of a named section ("Risks" for "risks", "Why AI")."""
    said = set(re.findall(r"\w+", heading.lower()))
    stems = set(tokenize(heading))

    def carried(word: str) -> bool:
        word_stems = set(tokenize(word))  # empty for a stopword ("why"), which must be said as it is
        return word in said or bool(word_stems) and word_stems <= stems

    return bool(words) and all(carried(w) for w in words)


def labelled_with(text: str, thing: str) -> bool:
    """Whether a line opens on a label that names just `thing` ("Limits: …" for the token "limit")."""
    label = LINE_LABEL_RE.match(text)
    return bool(label) and {w for w in tokenize(label[1]) if not w.isdigit()} == {thing}


@dataclass(frozen=True)
class SectionAsk:
    """What a question asks of sections, read once per question."""

    intent: str
    named: tuple[str, ...]  # the words of the section it names, if any
    mistakes_unasked: bool  # a how or list question that asks nothing about mistakes
    words: frozenset[str] = frozenset()  # the question's own words (tokenized)
    asked: frozenset[str] = frozenset()  # the words only its ask says, after a situation (ask_words)
    thing: str | None = None  # the thing a what/which question asks for (asked.asked_thing)
    action: tuple[tuple[str, str], ...] = ()  # its (doer, action) readings (action_headings.asked_action)
    forbidden: frozenset[str] = frozenset()  # the actions it asks must not happen
    absence: AbsenceAsk = AbsenceAsk()  # what it asks of the model being down or not used (model_absence)

    @classmethod
    def of(cls, question: str, intent: str, thing: str | None = None) -> "SectionAsk":
        return cls(intent, named_section(question),
                   intent in MISTAKES_UNASKED_INTENTS and not ASKS_ABOUT_MISTAKES_RE.search(question),
                   frozenset(tokenize(question)), ask_words(question, thing), thing, tuple(asked_action(question)),
                   forbidden_actions(question), AbsenceAsk.of(question))

    def fit(self, heading: str, kind: str, in_top_source: bool = True) -> tuple[float, bool]:
        """The change to a unit's score under `heading`, and whether that is the section the question names."""
        change = 0.0
        if self.intent == "how" and WHY_HEADING_RE.match(heading):
            # "Why feedback design matters" makes the case for a thing and shares every word of "how do we
            # show users their feedback mattered?"; the sections that say what to do answer it.
            change -= WHY_SECTION_PENALTY
        if (self.intent in BACKGROUND_UNASKED_INTENTS and BACKGROUND_HEADING_RE.match(heading)
                and not self._asks_about(heading)):
            change -= BACKGROUND_SECTION_PENALTY
        if self.mistakes_unasked and kind != "prose" and MISTAKES_HEADING_RE.search(heading):
            change -= MISTAKES_SECTION_PENALTY
        if self.asked and all(any(h.startswith(w) for h in tokenize(heading)) for w in self.asked):
            change += ASKED_HEADING_BONUS
        if self.thing and {w for w in tokenize(heading) if not w.isdigit()} == {self.thing}:
            change += THING_HEADING_BONUS
        if self.action and heading_names_action(heading, self.action):
            change += ACTION_HEADING_BONUS
        if in_top_source and self.forbidden and self.forbidden & forbidden_actions(heading):
            change += FORBIDDEN_HEADING_BONUS
        # The top guide's only: asked what happens if the chess model goes down, another guide's "If ImpactLens
        # goes down" names an outage too, of another product (guides-unseen-42).
        if in_top_source and self.absence.headed_by(heading):
            change += ABSENCE_HEADING_BONUS
        named = bool(self.named) and heading_names(heading, self.named)
        return change + (NAMED_SECTION_BONUS if named else 0.0), named

    def names_section(self, heading: str) -> bool:
        """Whether a heading names what the question asks by its kind, not its words: the model down or not used
        ("五、必须人工判断的情形"), or what must not be done ("What Going Stick never does", "六、巡石绝不做的事")."""
        return self.absence.headed_by(heading) or bool(self.forbidden & forbidden_actions(heading))

    def label_fit(self, text: str) -> float:
        """A labelled line names its own section: "Limits: every cabinet is seen at least once every 7 days …"
        answers "What limits should it work to?" as a "Limits" heading over it would."""
        return THING_HEADING_BONUS if self.thing and labelled_with(text, self.thing) else 0.0

    def _asks_about(self, heading: str) -> bool:
        """Whether the question says every word of the heading ("How do I write the problem statement?")."""
        words = {w for w in tokenize(heading) if not w.isdigit()}
        return bool(words) and words <= self.words


def other_language_led_list(units: list["Unit"], question: str, lang: str) -> tuple[str, Any] | None:
    """The one list of the top guide, in the other language than the question's `lang`, under a heading that
    names what the question asks by its kind (SectionAsk.names_section), or None.

    Asked in English which areas staff always judge by hand, "五、必须人工判断的情形" over five terse items answers,
    though the score bands' list repeats the question's "forecast" (预测) in every item (guides-unseen-57); asked
    in Chinese what the tool must never do, "What Going Stick never does" answers. Read through a glossary, terse
    items say nothing of the question, and the heading is all there is to go on. In the question's own language
    the items' words and meaning speak for themselves, and the heading's bonus (SectionAsk.fit) is enough."""
    ask = SectionAsk.of(question, "list")
    if not (ask.absence or ask.forbidden):
        return None
    blocks = {u.block for u in units if u.kind == "item" and u.block >= 0 and u.rank < RANK_STRIDE
              and u.lang != lang and ask.names_section(u.chunk.heading)}
    return ("block", blocks.pop()) if len(blocks) == 1 else None
