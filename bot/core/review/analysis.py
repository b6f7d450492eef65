"""Find where a spec discusses each rubric item and what it says there (verdict.py turns that into a status).

Signals:

1. Headings. A section whose heading contains one of the item's heading phrases is about the item. The
   match is *strong* when the phrase is specific to the item (several words, one of its cues, or a word
   of its name opening the heading or ending it: "Fairness and safety", "Proposed approach") and *weak*
   when generic ("Timeline", "Goals", "Before we trust it"); a weak match counts only when the body backs
   it up (a cue, a vague phrase, a concrete detail, text like the item's description). Unusual headings
   ("How we'll know", "The bar") match weakly by embedding similarity to the item's heading phrases. A
   sub-heading naming no item belongs to its parent's items; else every item with MIN_TOPIC_CUES distinct
   cues in the body gets its section.
2. Lead-in labels. `**Privacy:** ...` or `cost: rough math ...` make that paragraph a small weak section.
3. Meaning (meaning.py). Each sentence and paragraph (prose, a chat line, a bullet, a table row) is
   compared with the item's exemplar statements (exemplars.yml): with the item's cues and some similarity,
   or a close meaning, it is a weak passage about the item; closest to the item, a mention. This finds an
   item in a spec without headings. Under a heading (or label) naming another item, only cues place it.
4. Cues: phrases and patterns showing a line talks about the item, as whole words ("pilot" is not in
   "ClaimPilot"). A one-word cue under another item's heading needs similarity to the item's description
   ("tokens" in a prompt is no cost estimate). Mentions ("出故障", "never saw") place a line as a cue
   does, as no specific: they keep a covered item from `missing`, never make it `present` alone.
5. Specifics: the item's concrete regexes (a metric with a number, a named model, an eval-set size), bare
   quantities on the item's topic (a %, a duration, an amount) and distinct cues, each at half weight.
6. Vague wording ("we'll monitor it", "great accuracy", or a sentence nearest the item's vacuous
   exemplars) keeps an item at partial.

The verdict drawn from these signals is in verdict.py.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING, Callable

import numpy as np

from bot.core.review.exemplars import ExemplarMatcher
from bot.core.review.headings import heading_key, is_coined_name, is_strong_phrase, only_a_light_head
from bot.core.review.meaning import QUANTITY_RE, add_meant_passages, embeddable, is_vacuous, mark_substance
from bot.core.review.spec import ParsedSpec, Unit
from bot.core.review.verdict import ItemSignals, decide
from bot.core.review.wording import is_cjk_phrase, reads_as_english, shortened
from bot.core.text import detect_language

if TYPE_CHECKING:
    from bot.core.review.rubric import Rubric, RubricItem

# "Cost and monitoring", "Data / privacy": English headings that join two items. Chinese ones (风险与兜底)
# are left whole: a Chinese section is short in counted words, so naming it strongly would make a dense
# Chinese section `partial` where its passages elsewhere make it `present`.
HEADING_PARTS_RE = re.compile(r"\s+(?:and|&)\s+|\s*[/,]\s*")
HEADING_SIMILARITY = 0.5  # an unusual heading this close to one of the item's heading phrases counts (weakly)
HEADING_MARGIN = 0.05  # ... if no other item's phrases come as close
MIN_TOPIC_CUES = 2  # distinct cues of one item that make an unnamed section about that item
MAX_TOPICS_BY_CUES = 4  # more items than this in one unnamed section: it is the whole spec, not a topic
WHOLE_SPEC_SHARE = 0.8  # ... and so is an unnamed section holding this share of a spec's words
WHOLE_SPEC_WORDS = 300  # ... when the spec is this long (a short note is one topic under its title)
SUPPORT_SIMILARITY = 0.35  # body text this close to the item's description backs up a weak heading
CUE_SIMILARITY = 0.12  # a one-word cue under another item's heading needs at least this much similarity


class SpecAnalyser:
    """Runs the rubric over a parsed spec. One per Reviewer: caches the rubric's embeddings."""

    def __init__(self, rubric: "Rubric", embed: Callable[[list[str]], list[list[float]]]) -> None:
        self.rubric = rubric
        self.embed = embed
        self._description_vectors: np.ndarray | None = None
        self._heading_vectors: np.ndarray | None = None
        self._heading_owner: np.ndarray | None = None
        # Hand-waving words most items share ("TBD", "待定") say nothing of which item they are about, so
        # they count only where that item is discussed: "vendor TBD" is not vague about cost.
        counts = Counter(phrase for item in rubric for phrase in set(item.vague.phrases))
        self._shared_vague = frozenset(phrase for phrase, n in counts.items() if n > len(rubric) / 2)
        # Exemplars are seen as spec sentences are: Chinese ones through the same English gloss.
        self.meanings = ExemplarMatcher(
            [rubric.exemplars(item.id) for item in rubric], lambda texts: embed([embeddable(t) for t in texts])
        )

    # -- cached rubric vectors -------------------------------------------------------------------
    def _rubric_vectors(self) -> None:
        if self._description_vectors is not None:
            return
        items = list(self.rubric)
        self._description_vectors = np.asarray(self.embed([item.description for item in items]))
        phrases, owners = [], []
        for position, item in enumerate(items):
            for phrase in [item.name.lower(), *item.embedded_headings]:
                if not is_cjk_phrase(phrase):
                    phrases.append(phrase)
                    owners.append(position)
        self._heading_vectors = np.asarray(self.embed(phrases))
        self._heading_owner = np.asarray(owners)

    def _similar_heading_items(self, vectors: np.ndarray) -> list[tuple[int, float] | None]:
        """For each heading vector: (item position, similarity) of the closest item heading phrase."""
        assert self._heading_vectors is not None and self._heading_owner is not None
        if not len(vectors):
            return []
        sims = vectors @ self._heading_vectors.T
        owners = sorted(set(int(o) for o in self._heading_owner))
        # Per heading and item: the closest of the item's heading phrases (vectorised; a loop was slow).
        best = np.stack([sims[:, self._heading_owner == owner].max(axis=1) for owner in owners], axis=1)
        out: list[tuple[int, float] | None] = []
        for row in best:
            order = np.argsort(-row, kind="stable")
            top = (owners[int(order[0])], float(row[order[0]]))
            runner_up = float(row[order[1]]) if len(order) > 1 else -1.0
            near = top[1] >= HEADING_SIMILARITY and top[1] - runner_up >= HEADING_MARGIN
            out.append(top if near else None)
        return out

    # -- analysis --------------------------------------------------------------------------------
    def analyse(self, spec: ParsedSpec) -> list[ItemSignals]:
        """The signals and verdict for every rubric item, in rubric order. Excluded units are skipped."""
        self._rubric_vectors()
        items = list(self.rubric)
        signals = [ItemSignals(item=item) for item in items]
        units = [u for u in spec.units if not u.excluded]
        body = [u for u in units if u.kind != "heading"]
        by_index = {u.index: u for u in units}
        content_words = sum(u.words for u in body)  # placeholders and embedded instructions excluded

        # Embeddings: every body unit, every heading and every lead-in label, in one batch.
        headings = {s.index: heading_key(s.heading) for s in spec.sections if s.heading}
        labels = sorted({u.label for u in body if u.label})
        # Paragraphs of several sentences are compared whole too (see _paragraph_meanings), from their
        # sentences' vectors: encoding each paragraph again cost a third of a review's time.
        lines: dict[int, list[int]] = {}
        for row, unit in enumerate(body):
            lines.setdefault(unit.line, []).append(row)
        texts = [embeddable(u.text) for u in body] + list(headings.values()) + [label.lower() for label in labels]
        vectors = np.asarray(self.embed(texts)) if texts else np.zeros((0, 1))
        unit_vectors = vectors[: len(body)]
        heading_vectors = vectors[len(body) : len(body) + len(headings)]
        label_vectors = vectors[len(body) + len(headings) :]
        assert self._description_vectors is not None
        unit_sims = unit_vectors @ self._description_vectors.T if len(body) else np.zeros((0, len(items)))
        sim_of = {u.index: unit_sims[row] for row, u in enumerate(body)}
        about, vacuous = self.meanings.similarities(unit_vectors)
        good = self.meanings.good_similarities(unit_vectors)
        row_of = {u.index: row for row, u in enumerate(body)}
        para_about = self._paragraph_meanings(lines, unit_vectors, [u.words for u in body])
        heading_near = dict(zip(headings, self._similar_heading_items(heading_vectors), strict=True))
        label_near = dict(zip(labels, self._similar_heading_items(label_vectors), strict=True))
        # What each lead-in label is about, read once per review rather than once per item and unit.
        label_topics = {label: self._heading_topics(heading_key(label), label_near.get(label)) for label in labels}

        # 1. Sections by heading (own heading first, else the nearest enclosing heading that matches).
        section_topics: dict[int, dict[int, bool]] = {}  # section -> {item position: strong?}
        title = spec.title_section()
        for section in spec.sections:
            if section.index not in headings or section.index == title or any(
                u.excluded for u in spec.units if u.kind == "heading" and u.section == section.index
            ):
                continue
            near = None if is_coined_name(section.heading) else heading_near.get(section.index)
            section_topics[section.index] = self._heading_topics(headings[section.index], near)
        section_units: dict[int, list[Unit]] = {}
        # Unnamed sections holding most of a long spec: a whole spec under a letterhead. They say what they are about
        # as any section does, but only their sentences in the item's own words are its passage, not all 700 words.
        whole_spec_sections: set[int] = set()
        for unit in body:
            section_units.setdefault(unit.section, []).append(unit)
        for section in spec.sections:
            if section.index in section_topics and not self._phrase_matched(headings.get(section.index, "")):
                # A heading that names no item: the body's own vocabulary counts as much as a resemblance; a
                # sub-heading that resembles none ("Known ways this breaks:" under "When it goes wrong") is
                # part of its parent's section.
                if not section_topics[section.index] and (parent := next(
                        (section_topics[a] for a in reversed(spec.ancestors(section)) if section_topics.get(a)), None)):
                    section_topics[section.index] = dict(parent)
                    continue
                members = section_units.get(section.index, [])
                if sum(u.words for u in members) >= max(WHOLE_SPEC_WORDS, WHOLE_SPEC_SHARE * content_words):
                    whole_spec_sections.add(section.index)
                for position in self._topics_by_cues(members):
                    section_topics[section.index].setdefault(position, False)
        # An empty heading with no subsection under it (a letterhead's "COMMUNITY SAFETY COMMITTEE") is about no item.
        filled = {u.section for u in spec.units if u.kind != "heading"}
        filled.update(a for s in spec.sections if s.index in filled for a in spec.ancestors(s))
        section_topics = {index: topics for index, topics in section_topics.items() if index in filled}
        for section in spec.sections:
            inherited = next((t for a in reversed(spec.ancestors(section)) if (t := section_topics.get(a))), None)
            if not section_topics.get(section.index) and inherited:
                section_topics[section.index] = dict.fromkeys(inherited, False)

        heading_units = [u for u in units if u.kind == "heading"]
        # Sections whose heading names an item in words ("Problem", "Launch bar"), not only by resemblance:
        # a generic "Description" that merely resembles one item claims its lines less firmly.
        named = {index: topics for index, topics in section_topics.items() if self._phrase_matched(headings.get(index, ""))}
        first_on_line = {u.line: u.index for u in reversed(body)}
        # Units led by a label strongly naming an item ("Data:", not "Goal."): a row, or its line's first sentence.
        led = [u for u in body if u.label and any(label_topics[u.label].values())
               and (u.kind == "table" or first_on_line[u.line] == u.index)]
        for position, item in enumerate(items):
            sig = signals[position]
            conventional: list[int] = []  # thin sections under a heading that by convention holds the item
            conventional_labels: list[Unit] = []  # the same under a lead-in label ("Risks: …")
            # A heading that hedges ("Is it good enough?") is hand-waving about the item too.
            for unit in heading_units:
                vague = self._vague_here(item, unit, False, item.find_cues(unit.norm))
                if vague:
                    sig.vague[unit.index] = vague
            for section_index, topics in section_topics.items():
                if position not in topics:
                    continue
                members = section_units.get(section_index, [])
                strong = topics[position]
                if strong or self._supported(item, members, sim_of, position):
                    sig.sections.append(section_index)
                    if strong:
                        sig.strong_sections.append(section_index)
                elif members and len(topics) == 1 and self._conventional(item, headings[section_index]):
                    conventional.append(section_index)
            # 2. Lead-in labels outside the item's sections.
            for unit in body:
                if unit.section in sig.sections or not unit.label:
                    continue
                topics = label_topics[unit.label]
                paragraph = [u for u in body if u.line == unit.line]
                if position in topics and (topics[position] or self._supported(item, paragraph, sim_of, position)):
                    sig.labelled.append(unit.index)  # a sub-point, never the item's own section
                elif position in topics and len(topics) == 1 and self._conventional(item, heading_key(unit.label)):
                    conventional_labels.append(unit)  # "Risks: data quality in CRM; adoption." as a thin section
            # 2b. Paragraphs whose sentences mean the item, wherever they sit (prose, chat lines, table rows),
            # unless a heading names the item: then that section is the spec's answer.
            unit_cues = {u.index: item.find_cues(u.norm) for u in body}  # read once, used below twice
            vague_units = {
                u.index
                for u in body
                if self._vague_here(item, u, u.section in sig.sections or u.index in sig.labelled, unit_cues[u.index])
                or is_vacuous(u, about[row_of[u.index]], vacuous[row_of[u.index]], position)
            }
            if not sig.strong_sections:
                unit_about = {u.index: about[row_of[u.index]] for u in body}
                # Under a heading that names another item, the heading says what the text is about:
                # meaning alone does not move a "Problem" sentence with figures to success metrics.
                claimed = {u.index for u in body if any(k != position for k in section_topics.get(u.section, {}))}
                # So does a label naming another item in words, over the sentence it leads ("Data: last
                # year's 28,000 reviews …"), not the line's later ones ("Model: an LLM. Refunds fall to 3%.").
                claimed |= {u.index for u in led if position not in label_topics[u.label]}
                add_meant_passages(sig, position, body, para_about, unit_about, vague_units, claimed)
                mark_substance(sig, position, by_index, about, good, row_of, vague_units)
            topic = {u.index for u in body if u.section in sig.sections
                     and (u.section not in whole_spec_sections or unit_cues[u.index])} | set(sig.labelled)
            strong = {u.index for u in body if u.section in sig.strong_sections}
            sig.topic_units = sorted(topic)
            sig.topic_words = sum(by_index[i].words for i in topic)
            sig.strong_words = sum(by_index[i].words for i in strong)
            sig.strong_units = sorted(strong)

            # 3.-5. Cues, vague phrases, concrete details, unit by unit.
            for unit in body:
                norm = unit.norm
                cues = unit_cues[unit.index]
                in_topic = unit.index in topic
                vague = self._vague_here(item, unit, in_topic, cues)
                if in_topic:
                    sig.topic_cues.update(cues)
                    if cues:
                        sig.unit_cues[unit.index] = cues
                elif cues:
                    cues = [c for c in cues if self._cue_counts(c, cues, unit, named, position, sim_of)]
                    if cues:
                        sig.cue_units[unit.index] = cues
                if not in_topic and not cues and item.mentions.find(norm) and not section_topics.get(unit.section):
                    # Everyday words for the item outside its passages: mentioned in passing, not missing.
                    sig.cue_units.setdefault(unit.index, []).append("≈")
                if not vague and unit.index in vague_units:
                    vague = [shortened(unit.text)]
                if vague:
                    sig.vague[unit.index] = vague
                if in_topic or cues:
                    hits = item.concrete_hits(norm)
                    if hits:
                        sig.concrete[unit.index] = hits
                    if in_topic and item.counts_quantities:
                        # Figures the item's regexes did not already claim ("9 claims out of 10" beside "at least 9").
                        quantities = [q for q in QUANTITY_RE.findall(norm) if not any(q in h or h in q for h in hits)]
                        if quantities:
                            sig.quantities[unit.index] = quantities[:3]
            if conventional and not sig.mentioned:
                # "Risks: Pickers may ignore the suggested route." names no failure and no fallback, but
                # it is where the spec answers the item: thin (partial), not absent (missing).
                first = section_units[conventional[0]][0]
                sig.cue_units[first.index] = ["≈"]
                sig.conventional_heading = spec.sections[conventional[0]].heading
            elif conventional_labels and not sig.mentioned:
                sig.cue_units[conventional_labels[0].index] = ["≈"]
                sig.conventional_heading = conventional_labels[0].label
            # Named nowhere, in a spec long enough that it addresses the item somehow (ItemPatterns.implied_from).
            sig.implied = not sig.mentioned and bool(item.implied_from) and content_words >= item.implied_from
            decide(sig)
        return signals

    def _paragraph_meanings(self, lines: dict[int, list[int]], unit_vectors: np.ndarray, words: list[int]
                            ) -> dict[int, np.ndarray]:
        """Per paragraph (line): its similarity to each item's substantive exemplars.

        A whole paragraph carries more context than one sentence, so it is what is compared: its
        sentences' vectors averaged by their length in words, as encoding the paragraph whole weighs
        them (a one-sentence line is its sentence)."""
        if not lines:
            return {}
        weight = np.maximum(np.asarray(words, dtype=float), 1.0)[:, None]
        sums = np.asarray([(unit_vectors[rows] * weight[rows]).sum(axis=0) for rows in lines.values()])
        sums /= np.clip(np.linalg.norm(sums, axis=1, keepdims=True), 1e-12, None)
        about, _ = self.meanings.similarities(sums)
        return dict(zip(lines, about, strict=True))

    def _vague_here(self, item: "RubricItem", unit: Unit, in_topic: bool, cues: list[str]) -> list[str]:
        """The item's vague phrases in a unit. One most items share ("TBD") counts only where the
        item is discussed (its passages, or a line with one of its `cues`): "vendor TBD" is not vague cost."""
        vague = item.vague.find(unit.norm)
        if vague and not in_topic and not cues:
            vague = [phrase for phrase in vague if phrase not in self._shared_vague]
        return vague

    def _phrase_matched(self, key: str) -> bool:
        return bool(key) and any(item.headings.find(key) for item in self.rubric)

    def _topics_by_cues(self, members: list[Unit]) -> list[int]:
        """Items whose cues run through a section body: at least MIN_TOPIC_CUES distinct ones each. None
        when more than MAX_TOPICS_BY_CUES items do: that is a whole spec under a letterhead, whose
        sentences are judged one by one (meaning.add_meant_passages), not a section about each item."""
        found = [position for position, item in enumerate(self.rubric)
                 if len({cue for unit in members for cue in item.find_cues(unit.norm)}) >= MIN_TOPIC_CUES]
        return found if len(found) <= MAX_TOPICS_BY_CUES else []

    def _heading_topics(self, key: str, near: tuple[int, float] | None) -> dict[int, bool]:
        """Items a heading (or label) is about: {item position: strong?}. Strong needs a specific phrase;
        a single word must also open the heading: "Fairness and safety" is strong, "Before we trust it" is
        weak and must be backed by the body."""
        topics: dict[int, bool] = {}
        found = {position: item.headings.find(key) for position, item in enumerate(self.rubric)}
        phrases = [phrase for matched in found.values() for phrase in matched]
        # "Cost and monitoring" names two items, each opening its own part of the heading.
        parts = [part.strip() for part in HEADING_PARTS_RE.split(key)]
        for position, item in enumerate(self.rubric):
            # The longer phrase says what the heading is about: "Why a model" is the why-AI section, not
            # the approach one that its word "model" alone would name.
            matched = [p for p in found[position] if not any(p != q and p in q for q in phrases)]
            # "Evaluation approach" is the evaluation's approach, not the technical approach.
            others = [q for q in phrases if q not in found[position]]
            if matched and not only_a_light_head(found[position], others, parts):
                topics[position] = any(
                    # ... opening the heading, or ending an English one as its head noun ("Proposed approach")
                    is_strong_phrase(item, phrase) and (" " in phrase or any(p.startswith(phrase) or (
                        p.endswith(phrase) and phrase.isascii()) for p in parts))
                    for phrase in matched
                )
        if not topics and near is not None:
            topics[near[0]] = False
        return topics

    @staticmethod
    def _conventional(item: "RubricItem", key: str) -> bool:
        """Whether a heading names the item by one of its conventional section names ("Risks",
        "Background"), which holds the item even when its body has no word of it."""
        return any(phrase in item.conventional_headings for phrase in item.headings.find(key))

    def _supported(self, item: "RubricItem", members: list[Unit], sim_of, position: int) -> bool:
        """Does the body under a weak heading actually talk about the item?"""
        for unit in members:
            # The embedder reads English only: trust the heading over Chinese or a German line (not a table
            # row's few words: "| Lizenz und Betrieb Dienstleister | 2.400 € / Monat |" is a cost).
            if detect_language(unit.text) == "zh" or (unit.kind != "table" and not reads_as_english(unit.text)):
                return True
            cues = item.find_cues(unit.norm)
            if cues or self._vague_here(item, unit, False, cues) or item.concrete_hits(unit.norm):
                return True
            if (sims := sim_of.get(unit.index)) is not None and sims[position] >= SUPPORT_SIMILARITY:
                return True
        return False

    @staticmethod
    def _cue_counts(cue: str, cues: list[str], unit: Unit, named_topics, position: int, sim_of) -> bool:
        """Whether a cue found outside the item's sections shows the line is about the item: a lone
        one-word cue under a heading that names another item must also resemble this one."""
        if len(cues) > 1 or " " in cue or "-" in cue or is_cjk_phrase(cue) or not reads_as_english(unit.text):
            return True  # (the embedder cannot tell what a German or Italian line resembles)
        owners = named_topics.get(unit.section, {})
        if not owners or position in owners:
            return True
        sims = sim_of.get(unit.index)
        return sims is not None and sims[position] >= CUE_SIMILARITY
