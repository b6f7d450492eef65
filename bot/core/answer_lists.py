"""Lists in an answer: which list of the passages answers the question, what of it is quoted, and which
of its items may stand in a prose answer as sentences (sentence_items).

A list is a block of items with its lead-in line, a Markdown table's rows under the line above it, or a
nested list under its parent item (composer.units_of). The composer weighs the best list against its
best prose and quotes whichever answers better.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from bot.core.answer_units import RANK_STRIDE, Unit
from bot.core.action_headings import forbidden_actions
from bot.core.asked import LIMITS_HEADING_RE, NEVER_ASKED_RE, NEVER_DOES_HEADING_RE, asks_if_it_acts_alone
from bot.core.documents.structure import TABLE_ROW_RE, split_sentences, table_header
from bot.core.quoting import is_question, looks_like_heading, quotable_sentence
from bot.core.sentence_links import antecedent
from bot.core.text import CJK_RE, tokenize

if TYPE_CHECKING:
    from bot.core.retrieval import RetrievedChunk

MAX_LIST_ITEMS = 8
# The best sentence's paragraph may run on into a list's lead-in; the list joins when its best item is
# within this of that sentence.
ELABORATION_MARGIN = 0.5
RESTATED_TERMS = 0.75  # a lead-in naming this share of the question's key terms restates the question
MIN_HEADING_TERMS = 2  # question words a heading must add to its title to introduce a list alone
ASKED_HEADING_BONUS = 0.1  # a list under a heading that opens with the thing asked for (best_list)
HEADING_LEAD_WEIGHT = 0.15  # a list with no lead-in gains this times the share of question terms its heading names
# A lead-in this short that names none of the question's words ("Our rules:", "All of these must hold:", "What
# the status means:") says what follows is a list, not what it is about: its score is that of its heading's
# few words, and a terse list of the answer lost to a chattier one (measured over 35 answer sets, 2026-12-05:
# +7 points on four dev answers, none lost; 8 and 12 words measured the same).
GENERIC_LEAD_WORDS = 8


def says_nothing(lead: Unit) -> bool:
    """Whether a list's lead-in only announces a list: a few words, none of them the question's."""
    return not lead.terms and len(lead.text.split()) <= GENERIC_LEAD_WORDS


def heading_overlap(chunk: "RetrievedChunk", terms: set[str] | frozenset[str],
                    title_terms: set[str] | frozenset[str] = frozenset()) -> float:
    """How much of the question the passage's own heading names: headings steer, they are never
    quoted. Words the heading shares with `title_terms` (its guide's title) do not count when given:
    the title is said of every section, so "Why an AI feature needs its own board" names nothing of
    "Should account managers sit in on the advisory board for our AI feature?" on a page titled
    "… AI feature's first customer advisory board"."""
    return len(heading_named(chunk, terms, title_terms)) / len(terms) if terms else 0.0


def heading_named(chunk: "RetrievedChunk", terms: set[str] | frozenset[str],
                  title_terms: set[str] | frozenset[str] = frozenset()) -> set[str]:
    """The question's terms the passage's own heading names, less those of `title_terms`."""
    if not chunk.section:
        return set()
    return set(terms) & (set(tokenize(chunk.section)) - set(title_terms))


def best_list(units: list[Unit], wants_questions: bool = False,
               key_terms: frozenset[str] | set[str] = frozenset(),
               wants_list: bool = False, asked: str | None = None,
               shaped: bool = False) -> tuple[float, tuple[str, Any]] | None:
    """The list whose items (and lead-in) best match the question: (score, ("block", id)), or a nested
    list under its parent item (score, ("group", id)).

    A list of questions ("Does this need AI?", "Do we have the right data?") answers a question that
    asks for questions, or one its lead-in restates ("What is an AI PM responsible for?" over "An AI
    PM is responsible for finding answers to these 7 questions:"); quoted for anything else ("What
    skills does a platform PM need?"), it hands the asker questions back. A list only its heading
    announces ("Three common pricing models" over three sentences) is one only when `wants_list`. A list
    whose heading opens with the thing asked for (`asked`: "Targets for the end of Q3" for "What targets
    should we set?") is that thing's list, however terse its items. For a question asking how, when, which or
    why (`shaped`), a lead-in that only announces its list ("Our rules:") leaves its heading to speak for it; a
    yes-or-no question ("Is it fine to…?") wants the sentence that answers it, not a list its heading names."""
    lists: dict[tuple[str, Any], list[Unit]] = {}
    for unit in units:
        # Labelled lines are a list only where a question asks for bands (band_lists) or a heading names them
        # (heading_led_list): "写入准确率：该记的记了，不该记的没记" repeats "哪些该记" and answers another question.
        if unit.kind in {"item", "lead"} and unit.block >= 0 and (wants_list or not unit.counted) and not unit.labelled:
            lists.setdefault(("block", unit.block), []).append(unit)
        if unit.group is not None:
            lists.setdefault(("group", unit.group), []).append(unit)
    best, terms = None, len(key_terms)
    for key, members in lists.items():
        # Scored on the items a reader would see: a long list is cut at MAX_LIST_ITEMS.
        items = sorted((u.score for u in [m for m in members if m.kind == "item"][:MAX_LIST_ITEMS]), reverse=True)
        if len(items) < 2:
            continue
        questions = sum(1 for u in members if u.kind == "item" and is_question(u.text))
        restated = any(u.kind == "lead" and len(u.terms) >= RESTATED_TERMS * terms for u in members)
        if 2 * questions > len(items) and not (wants_questions or (terms and restated)):
            continue
        leads = [u for u in members if u.kind == "lead"]
        if shaped and all(says_nothing(u) for u in leads):
            leads = []  # "Our rules:", "我们的建议是:": weighed as a list with no lead-in, by its items and heading
        lead = max((u.score for u in leads), default=None)
        top = items[:3]
        # The best item counts double: a list whose best item is the best unit of all holds the answer
        # even when its other items are terse.
        score = (items[0] + sum(top) / len(top)) / 2
        if lead is not None:
            # Items are often terse ("Does this need AI?"); the lead-in says what the list is about.
            score = max(score, 0.8 * lead + 0.2 * score)
        elif len(items) >= 3:
            # "【二、灰度的几个阶段】" over ①–④ and no lead-in line: the heading introduces the items.
            score += HEADING_LEAD_WEIGHT * heading_overlap(members[0].chunk, key_terms)
        if asked and tokenize(members[0].chunk.heading)[:1] == [asked]:
            score += ASKED_HEADING_BONUS
        if best is None or score > best[0]:
            best = (score, key)
    return best


# "What should we do about it, step by step?" over "What we do, in order" > five bare steps, "What steps
# should we follow…?" over "The steps": a heading saying its list is the steps introduces it for a question
# asking for steps, though it shares at most one word with it.
STEPS_ASKED_RE = re.compile(r"\bsteps?\b|\bstep[- ]by[- ]step\b|\bin (?:what|which) order\b|步骤|一步步|分几步|流程",
                            re.IGNORECASE)
STEPS_HEADING_RE = re.compile(r"\bsteps?\b|\bin order\b|\bprocess\b|\bchecklist\b|步骤|流程|清单", re.IGNORECASE)


def heading_introduces(units: list[Unit], key: tuple[str, Any], terms: set[str], asks_steps: bool = False) -> bool:
    """Whether the list `key` has no lead-in line but a heading that says what the question asks: at least
    MIN_HEADING_TERMS of its words beyond the guide's title are the question's, more than any other heading of that
    guide names: that heading is the list's lead-in ("（一）应该保留的规则" for "哪些规则应该保留？")."""
    kind, ident = key
    if kind != "block":
        return False
    members = [u for u in units if u.block == ident]
    if not members or any(u.kind == "lead" for u in members) or sum(u.kind == "item" for u in members) < 3:
        return False
    chunk = members[0].chunk
    if asks_steps and STEPS_HEADING_RE.search(chunk.heading):
        return True
    title = set(tokenize(chunk.title))  # one guide, one title
    others = {id(u.chunk): u.chunk for u in units if u.chunk.source == chunk.source and u.chunk is not chunk}
    mine = len(heading_named(chunk, terms, title))
    return mine >= MIN_HEADING_TERMS and all(len(heading_named(o, terms, title)) < mine for o in others.values())


# "WHICH PAYMENTS ARE SCORED", "What data we keep": a heading that opens on the question's own "which payments".
HEADING_ASKS_RE = re.compile(r"^\W*(?:\d+[.)]\s*)?(?:which|what)\s+(?:kinds?\s+of\s+|types?\s+of\s+)?([a-z][a-z-]+)",
                             re.IGNORECASE)


def heading_asks(heading: str, items: int, thing: str | None) -> bool:
    """Whether a list of `items` sits under a heading that asks for the thing the question asks for: its
    items are that thing's answer, two of them enough."""
    found = HEADING_ASKS_RE.match(heading) if thing else None
    return bool(found) and tokenize(found.group(1))[:1] == [thing] and items >= 2


def column_asks(units: list[Unit], block: int, thing: str | None) -> bool:
    """Whether list `block` is a table whose first column is named for the thing asked ("| Metric | Now |
    Target |" for "What metrics should we monitor?"): its rows are that thing, as a heading's list is."""
    rows = [u for u in units if u.block == block and u.kind == "item"]
    if thing is None or len(rows) < 2:  # two rows at least, as heading_asks wants two items
        return False
    if rows[0].rank >= RANK_STRIDE:
        return False  # another guide's table answers another guide's question
    lines = rows[0].chunk.text.split("\n")
    header = table_header(lines, rows[0].line)
    if header is None:
        return False
    # A blank line does not end a list (composer.units_of): bullets after the table are no rows of it.
    if not all(u.chunk is rows[0].chunk and TABLE_ROW_RE.match(lines[u.line]) for u in rows):
        return False
    return tokenize(header.split("|")[0])[:1] == [thing]


def heading_led_list(units: list[Unit], terms: set[str], question: str = "",
                     thing: str | None = None) -> tuple[str, Any] | None:
    """The one list whose heading says what the question asks, whether or not its items score best: a heading
    asking the question's own which-question (heading_asks) or a table's first column named for its thing
    (column_asks), one naming its words (heading_introduces:
    "（一）应该保留的规则" answers "哪些规则应该保留？" though a numbered step elsewhere ("每条要保留的业务逻辑 …")
    repeats more of them), or, asked what must never happen, the one list headed as limits."""
    blocks = sorted({u.block for u in units if u.kind == "item" and u.block >= 0 and not u.counted})
    headings = {b: next(u.chunk.heading for u in units if u.block == b) for b in blocks}
    items = {b: sum(u.block == b and u.kind == "item" for u in units) for b in blocks}
    asking = [("block", b) for b in blocks
              if heading_asks(headings[b], items[b], thing) or column_asks(units, b, thing)]
    if len(asking) == 1:
        return asking[0]
    asks_steps = bool(STEPS_ASKED_RE.search(question))
    # Asked for a thing ("What metrics should we track …, and what does it mean if a manager almost never edits the
    # suggestion?"), a heading naming only its other words ("How managers use a suggestion") introduces something else.
    led = [("block", b) for b in blocks if heading_introduces(units, ("block", b), terms, asks_steps)
           and (thing is None or thing in tokenize(headings[b]))]
    never_asked = bool(NEVER_ASKED_RE.search(question))
    if never_asked or asks_if_it_acts_alone(question):
        # The top guide's limits only: "What must the openers never say?" about a dating app had been answered
        # with a fashion retailer's "Never tell a customer …" list (guides-unseen-36).
        heads_limits = LIMITS_HEADING_RE if never_asked else NEVER_DOES_HEADING_RE
        limits = [("block", b) for b in blocks if heads_limits.search(headings[b]) and items[b] >= 3
                  and min(u.rank for u in units if u.block == b) < RANK_STRIDE]
        if len(limits) > 1:
            # Both "What Furrow never does" and "Never left to Furrow" head limits: the one naming the question's own
            # forbidden action ("它绝对不能做哪些事": "do"), then saying more of its words ("二、话术红线" for
            # "话术上到底有哪些红线"), then whose passage reads closest to it ("must never produce a rota that …").
            chunks, forbidden = {key: _chunk_of(units, key[1]) for key in limits}, forbidden_actions(question)
            best = {key: (bool(forbidden & forbidden_actions(headings[key[1]])),
                          len(terms & set(tokenize(headings[key[1]]))),
                          max(u.score for u in units if u.chunk is chunks[key])) for key in limits}
            limits = [max(limits, key=best.__getitem__)]
        led = limits if limits else [key for key in led if heads_limits.search(headings[key[1]])]
    return led[0] if len(led) == 1 else None


def _chunk_of(units: list[Unit], block: int) -> Any:
    return next(u.chunk for u in units if u.block == block)


def list_after(units: list[Unit], sentence: Unit) -> list[Unit] | None:
    """The list the best sentence introduces, when its paragraph runs on into the list's lead-in ("The
    assistant hands off whenever … In practice that means four triggers:"): the sentence, the lead-in
    and the items are one answer, and the items are its substance."""
    lead = next((u for u in units if u.kind == "lead" and u.chunk is sentence.chunk
                 and u.order == sentence.order + 1), None)
    if lead is None or lead.block < 0 or len(lead.text.split()) < 4:
        return None  # "They might boast:" introduces examples of what not to say, not the answer
    items = [u for u in units if u.block == lead.block and u.kind == "item"]
    if len(items) < 2 or max(u.score for u in items) < sentence.score - ELABORATION_MARGIN:
        return None
    return [sentence, lead, *items[:MAX_LIST_ITEMS]]


def list_units(units: list[Unit], key: tuple[str, Any], prose: list[Unit]) -> list[Unit]:
    """The units a list answer quotes: its lead-in (or the passage's best sentence before it) and items."""
    kind, ident = key
    if kind == "group":
        members = [u for u in units if u.group == ident]
    else:
        members = [u for u in units if u.block == ident and u.kind != "prose"]
    lead = [u for u in members if u.kind == "lead"]
    # In the page's order: a list joined across passages (join_split_lists, below) arrives in retrieval's.
    items = sorted((u for u in members if u.kind == "item"),
                   key=lambda u: (u.chunk.metadata.get("position", 0), u.line))[:MAX_LIST_ITEMS]
    if not lead:
        # No lead-in: introduce the items with the best prose sentence of the same passage, if any, but
        # never one of the sentences the items copy (a list written as prose, bot.core.enumerations).
        copied = {u.order for u in prose if u.series == ident or any(i.counted and u.text in i.text for i in items)}
        same = [u for u in prose if u.chunk is items[0].chunk and u.order < items[0].order and u.order not in copied]
        lead = same[:1]
    lead = lead[:1]
    items = shortened(items)
    if lead and lead[0].kind == "lead":
        # "They might boast:" names nothing alone, and its list read without "Some teams focus on model metrics
        # while neglecting users." reads as advice: quote the sentence it points back to first.
        before = antecedent(lead[0], prose)
        if before is not None:
            lead = [before, *lead]
        elif len(lead[0].text.split()) == 1:
            lead = []  # a chat's "Bands:" is a label: quoted, it reads as a heading
    return lead + items


# A list of paragraphs (a runbook's eight steps, each explained at length) quoted whole ran to 4,000
# characters. Past this, each item keeps its opening sentences, its share of the budget, so every step is
# still named. Measured over every answer set (2026-12-05): at 1,600 the cut items lost 19 of the 26 key
# points the whole list had won; at 2,400, 11.
MAX_LIST_CHARS = 2400


def shortened(items: list[Unit]) -> list[Unit]:
    """The items as quoted: whole, or, when together they run past MAX_LIST_CHARS, each cut to the
    sentences that fit its share of it (at least its first, which names the item)."""
    if sum(len(u.text) for u in items) <= MAX_LIST_CHARS:
        return items
    share = MAX_LIST_CHARS // len(items)
    cut = []
    for unit in items:
        kept = ""
        for sentence in split_sentences(unit.text):
            longer = kept + sentence if CJK_RE.search(sentence) else f"{kept} {sentence}".strip()
            if kept and len(longer) > share:
                break
            kept = longer
        # Quoted only as a prefix of the item's own text, so every quoted span is still found in the page.
        cut.append(replace(unit, text=kept) if kept and unit.text.startswith(kept) else unit)
    return cut


SENTENCE_END = (".", "!", "。", "！")
# An item whose first sentence is shorter opens with its run-in heading ("Concept drift. Retrain when…").
RUN_IN_MIN_WORDS = 4
# A longer item is a paragraph of its own (three sentences and more): quoted as one of the prose answer's
# five sentences, it crowds out the others, and its many words make an off-topic answer look on-topic
# to the confidence judge (an unanswerable question went from `low` to `medium` on one such item).
SENTENCE_ITEM_MAX_CHARS = 350
# "Good, because …", "Bad, because …" (an options list's verdicts), "Finally, …": one word set off by a
# comma leans on the item or the option above it.
LEANING_OPENER_RE = re.compile(r"^\w+,\s")


def sentence_items(units: list[Unit]) -> list[Unit]:
    """List items written as whole sentences ("Cap synthetic items at 30% of any eval set used for a launch
    decision."), which a prose answer quotes as it quotes sentences: the best-scoring unit of a passage is
    often such an item, and a prose answer that reads only prose sentences leaves it out. Not fragments
    ("Agree a decision date", "timestamp in UTC"), table rows, or items that open with a run-in heading
    ("Review failures weekly. Hold a 30-minute call…") or with one word set off by a comma ("Good,
    because…"), which only read well inside their list, nor items longer than SENTENCE_ITEM_MAX_CHARS. Only the anchor guide's items join (Composer._prose_units)."""
    items = []
    for unit in units:
        text = unit.text.rstrip(" \"'”)")
        if unit.kind != "item" or " | " in unit.text or not text.endswith(SENTENCE_END):
            continue
        if not quotable_sentence(unit.text, unit.chunk):
            continue
        if len(unit.text) > SENTENCE_ITEM_MAX_CHARS or LEANING_OPENER_RE.match(unit.text):
            continue
        sentences = split_sentences(unit.text)
        first = sentences[0] if sentences else unit.text
        if not CJK_RE.search(first) and (len(first.split()) < RUN_IN_MIN_WORDS or looks_like_heading(first)):
            continue
        items.append(unit)
    return items


# "二、公告里必须讲清楚的四件事" over "（一）它能做什么", "（二）它做不好什么", …: the sub-headings are the list.
OUTLINE_NUMBER_RE = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+[.、)]|[A-Za-z][.)])\s*")
MIN_OUTLINE_CHILDREN = 3
# Question terms (beyond the guide's title) the parent heading must name: with one, "Which kind of
# fit are we missing?" took the outline of a section that merely shares "fit" (knowledge/ a-002).
MIN_OUTLINE_NAMED = 2


def outline_list(units: list[Unit], terms: set[str]) -> list[Unit] | None:
    """The sub-sections of the top guide's section whose heading names the question ("Which things must
    the announcement say?" over "The four things the announcement must say" > "What it can do", …): one
    item per sub-section, its heading as the item's label and its first sentence as its substance."""
    top = [u for u in units if u.rank < RANK_STRIDE and u.chunk.section]
    if not top:
        return None
    title_terms = set(tokenize(top[0].chunk.title))
    children: dict[str, dict[str, list[Unit]]] = {}
    for unit in top:
        parts = unit.chunk.section.split(" > ")
        if len(parts) >= 2:
            children.setdefault(" > ".join(parts[:-1]), {}).setdefault(parts[-1], []).append(unit)
    best = None
    for parent, kids in children.items():
        if len(kids) < MIN_OUTLINE_CHILDREN or _heads_whole_page(parent, top):
            continue
        named = terms & (set(tokenize(parent.split(" > ")[-1])) - title_terms)
        # A sub-heading naming what the parent does not ("日常工作" for "日常工作包括哪些？") is what is asked:
        # that section's own list answers, not the outline around it.
        if any(terms & set(tokenize(kid)) - named - title_terms for kid in kids):
            continue
        if len(named) >= MIN_OUTLINE_NAMED and (best is None or len(named) > best[0]):
            best = (len(named), parent, kids)
    if best is None:
        return None
    kids = best[2]

    def place(unit: Unit) -> tuple:
        return (unit.chunk.metadata.get("position", 0), unit.line, unit.order)

    items = []
    for label, members in sorted(kids.items(), key=lambda kid: min(place(u) for u in kid[1])):
        # A sub-section opening with a lead-in ("Three rules:") is said by what follows it, not by the lead-in.
        first = min([u for u in members if u.kind != "lead"] or members, key=place)
        name = OUTLINE_NUMBER_RE.sub("", label).strip()
        joint = "：" if CJK_RE.search(name) else ": "
        items.append(replace(first, kind="item", text=f"{name}{joint}{first.text}"))
    return items[:MAX_LIST_ITEMS]


def _heads_whole_page(parent: str, top: list[Unit]) -> bool:
    """Whether `parent` is a top-level heading over every retrieved passage of its guide: the page's own title set
    as a heading (a Trac ticket's "Dotwright: operating rules for AI braille drafts" under the page title "Ticket
    #318"), whose outline is the page's table of contents whatever was asked, not a section the question names."""
    return " > " not in parent and all(u.chunk.section.split(" > ")[0] == parent for u in top)


def join_split_lists(units: list[Unit]) -> None:
    """One block for a list that ingestion cut across two passages in a row of the same section: a page's
    five steps, each a paragraph long, came back as three passages of one or two items, and no one of
    them was a list worth quoting ("What steps should we follow…?" was answered with the page's intro)."""
    def position(unit: Unit) -> int:
        return int(unit.chunk.metadata.get("position", 0))

    by_passage: dict[str, list[Unit]] = {}
    for unit in units:
        by_passage.setdefault(unit.chunk.id, []).append(unit)
    passages = sorted(by_passage.values(), key=lambda found: (found[0].chunk.source, position(found[0])))
    for before, after in zip(passages, passages[1:]):
        last, first = before[-1], after[0]
        if (last.kind == "item" and first.kind == "item" and last.group is None and first.group is None
                and first.chunk.source == last.chunk.source and position(first) == position(last) + 1
                and first.chunk.section == last.chunk.section and first.block != last.block):
            old = first.block
            for unit in units:
                if unit.block == old:
                    unit.block = last.block
