"""Lists written as prose: "… the wrong tool in three situations. First, when … Second, when … Third, …".

Guides often enumerate in running text rather than bullets. Quoted sentence by sentence, such an
enumeration loses its members to whatever else scores well ("The first is chunk boundaries" and "The
fourth is permissions" without the second and third); read as a list, its announcement is the lead-in
and each ordinal sentence an item, so an answer that quotes one member can quote them all.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core.answer_lists import list_units
from bot.core.answer_units import Unit

ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")
# "First, …", "Secondly, …", "The third is …", "The fourth reason is …", "Finally, …"; in Chinese 第一/首先/一是.
EN_ORDINAL_RE = re.compile(
    r"^(?:the\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|finally|lastly|last)(?:ly)?"
    r"(?=[,:]|\s+(?:is|are|was|one|comes|\w+\s+(?:is|are|was)\b))",
    re.IGNORECASE,
)
ZH_ORDINAL_RE = re.compile(r"^(?:第([一二三四五六七八])(?:[，,、:：]|个|种|是|类|步)|([一二三四五六七八])是|(首先|其次|再次|最后)[，,])")
ZH_NUMBERS = "一二三四五六七八"
ZH_WORDS = {"首先": 1, "其次": 2, "再次": 3, "最后": 99}
COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
# A heading that counts what follows: "Three common pricing models", "The 5 ways to …", "Top 4 mistakes",
# "三种常见的定价模式", "5 个常见误区".
COUNTED_HEADING_RE = re.compile(
    r"^(?:(?:the|top|our)\s+)?([2-8]|two|three|four|five|six|seven|eight)\s+(?=[a-z])"
    r"|^([二两三四五六七八])\s*(?:个|种|类|条|步|大|项)",
    re.IGNORECASE,
)
# A line that opens on its label: "Amber: 2 to 4 pest insects, or any larva.", "Registrar: decides anything that
# touches a loan or a lender.", "安全员：每天钻孔实测后决定开放区域。" Not a clock ("10:30") nor a link.
LABELLED_LINE_RE = re.compile(r"^(?:[A-Z][\w'’&/()+-]*(?: [\w'’&/()+-]+){0,4}|[\u4e00-\u9fff][\u4e00-\u9fff（）()\w]{0,11})"
                              r"\s*[:：]\s*(?!//)(?P<value>\S.*)$")
MIN_LABELLED_VALUE_WORDS = 3  # "Owner: Priya Shah" is a field, not a line of guidance
MIN_LABELLED_VALUE_CHARS_ZH = 6
MIN_LABELLED_LINES = 2
MAX_GAP = 3  # sentences of elaboration allowed between one member and the next
MIN_ROUTINE_STEPS = 3  # members of an enumeration a chosen step pulls in whole (two may be "on one hand…")


def ordinal(text: str) -> int | None:
    """The place a sentence claims in an enumeration: 1 for "First, …", 99 for "Finally, …", else None."""
    found = EN_ORDINAL_RE.match(text)
    if found:
        word = found.group(1).lower()
        return 99 if word in {"finally", "lastly", "last"} else ORDINALS.index(word) + 1
    found = ZH_ORDINAL_RE.match(text)
    if found:
        number = found.group(1) or found.group(2)
        return ZH_NUMBERS.index(number) + 1 if number else ZH_WORDS[found.group(3)]
    return None


def enumerations(prose: list[Unit]) -> list[tuple[Unit | None, list[list[Unit]]]]:
    """The enumerations among one passage's prose sentences (in passage order): each as its announcement
    (the sentence before "First, …" in the same paragraph, if any) and its members, each member the
    ordinal sentence with the sentences that elaborate it before the next one. At least two members,
    numbered in order from the first; a "First, we tried …" with no second is a story, not a list."""
    found: list[tuple[Unit | None, list[list[Unit]]]] = []
    index = 0
    while index < len(prose):
        if ordinal(prose[index].text) != 1:
            index += 1
            continue
        members, expected, cursor, gap, last = [[prose[index]]], 2, index + 1, 0, index
        while cursor < len(prose) and gap <= MAX_GAP:
            place = ordinal(prose[cursor].text)
            if place == expected or (place == 99 and len(members) >= 2):
                members.append([prose[cursor]])
                expected, gap, last = expected + 1, 0, cursor
                if place == 99:
                    break
            elif place is not None:
                break  # a new enumeration, or numbers out of order
            else:
                members[-1].append(prose[cursor])
                gap += 1
            cursor += 1
        if len(members) >= 2:
            # The last member keeps only its own sentence: what follows it closes the paragraph.
            members[-1] = members[-1][:1]
            first = prose[index]
            before = prose[index - 1] if index else None
            lead = before if before is not None and before.line == first.line and ordinal(before.text) is None else None
            found.append((lead, members))
        index = last + 1  # past the last member (the next sentence when there was none)
    return found


def _labelled(line: str) -> bool:
    found = LABELLED_LINE_RE.match(line.strip())
    if not found:
        return False
    value = found["value"]
    zh = len(re.findall(r"[\u4e00-\u9fff]", value))
    return zh >= MIN_LABELLED_VALUE_CHARS_ZH or len(value.split()) >= MIN_LABELLED_VALUE_WORDS


def labelled_lines(lines: list[str]) -> bool:
    """Whether a paragraph's lines are labelled lines, each its own item (the first may be the section's
    heading, "Levels" over "Green: …", "Amber: …")."""
    body = lines[1:] if lines and not _labelled(lines[0]) else lines
    return len(body) >= MIN_LABELLED_LINES and all(_labelled(line) for line in body)


def labelled_runs(prose: list[Unit]) -> list[tuple[Unit | None, list[list[Unit]]]]:
    """Runs of labelled lines among a passage's prose (split one line a paragraph by `units_of`): each line's
    sentences are one member, a list written as "Label: what it says" lines."""
    by_line: dict[int, list[Unit]] = {}
    for unit in prose:
        by_line.setdefault(unit.line, []).append(unit)
    found: list[tuple[Unit | None, list[list[Unit]]]] = []
    run: list[list[Unit]] = []
    for line in sorted(by_line):
        sentences = by_line[line]
        if _labelled(sentences[0].text) and (not run or run[-1][0].line == line - 1):
            run.append(sentences)
            continue
        if len(run) >= MIN_LABELLED_LINES:
            found.append((None, run))
        run = [sentences] if _labelled(sentences[0].text) else []
    if len(run) >= MIN_LABELLED_LINES:
        found.append((None, run))
    return found


def counted_members(prose: list[Unit], heading: str) -> list[list[Unit]]:
    """The members of a passage whose heading counts them ("Three common pricing models", "5 ways to
    cut latency", "三种定价模式") and whose prose holds exactly that many paragraphs, or else sentences:
    each is one of the things counted, a list written without bullets."""
    found = COUNTED_HEADING_RE.match(heading.strip())
    if not found:
        return []
    word = (found.group(1) or found.group(2)).lower()
    count = int(word) if word.isdigit() else COUNT_WORDS.get(word) or ZH_NUMBERS.index(word.replace("两", "二")) + 1
    paragraphs: dict[int, list[Unit]] = {}
    for unit in prose:
        paragraphs.setdefault(unit.line, []).append(unit)
    if len(paragraphs) == count:
        return list(paragraphs.values())
    return [[unit] for unit in prose] if len(prose) == count else []


def as_list(passage: list[Unit], block: int, heading: str = "") -> tuple[list[Unit], int]:
    """Copies of a passage's prose enumerations as list units (a lead-in and items) in blocks after
    `block`, and the last block used; the prose sentences stay as they are, marked with their block.
    A passage whose heading counts its paragraphs is one such list, with no lead-in (counted_members),
    unless it has a list of its own: the heading counts that list's items."""
    units: list[Unit] = []
    prose = [u for u in passage if u.kind == "prose"]
    found = enumerations(prose)
    taken = {id(u) for _, members in found for member in members for u in member}
    runs = [(lead, members) for lead, members in labelled_runs(prose)
            if not any(id(u) in taken for member in members for u in member)]
    labelled = {id(members) for _, members in runs}  # their items are marked Unit.labelled
    found += runs
    counted = [] if found or len(prose) < len(passage) else counted_members(prose, heading)
    for lead, members in found or ([(None, counted)] if counted else []):
        block += 1
        if lead is not None:
            lead.series = block
            units.append(replace(lead, kind="lead", block=block))
        for member in members:
            for sentence in member:
                # A counted list's sentences stay plain prose: only a question asking for the list quotes
                # it as one (answer_lists.best_list), a how or why question reads its sentences.
                sentence.series = None if counted else block
            units.append(replace(member[0], kind="item", block=block, counted=bool(counted),
                                 labelled=id(members) in labelled, text=" ".join(s.text for s in member)))
    return units, block


def whole_enumeration(units: list[Unit], prose: list[Unit], chosen: list[Unit], intent: str) -> list[Unit] | None:
    """The enumeration the best sentence belongs to ("… in three situations. First, … Second, …"),
    quoted whole as a list: its other members answer too, in words the question may not use. For a
    how or which question, also a routine that any chosen sentence belongs to: "Fourth, choose the
    threshold…" quoted alone is a step torn from the routine the PM asked for. `prose` is ranked best
    first, `chosen` is the prose answer; None when no enumeration should replace it."""
    if not prose or intent == "define":
        return None

    def items_of(series: int) -> int:
        # Labelled lines ("Green: …", "Registrar: …") are a list a question asks for by name (best_list,
        # band_list), not a routine: the best sentence being one of them ("Low (below 60): … we fill it in by
        # hand.") does not make an outage question ask for the bands.
        items = [u for u in units if u.kind == "item" and u.block == series]
        return 0 if items and all(u.labelled for u in items) else len(items)

    if prose[0].series is not None:
        block = prose[0].series
        if items_of(block) < 2:
            return None  # the copies were cut with the candidates
        return list_units(units, ("block", block), prose)
    if intent not in ("how", "list"):
        return None
    steps = [u for u in sorted(chosen, key=lambda u: -u.score)
             if u.series is not None and items_of(u.series) >= MIN_ROUTINE_STEPS]
    return list_units(units, ("block", steps[0].series), prose) if steps else None
