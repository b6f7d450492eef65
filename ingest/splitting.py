"""Split a cleaned document into heading-scoped chunks of a sensible size."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.documents.structure import (
    BULLET_RE,
    LEAD_IN_END,
    MD_HEADING_RE,
    TABLE_ROW_RE,
    ZH_NUMBERED_RE,
    announcing_sentence,
    split_sentences,
    shouted,
    strip_bullet,
    without_trailing_note,
)
from bot.core.text import CJK_RE
from ingest.plain_text import unmarked

MIN_CHUNK_WEIGHT = 120


@dataclass
class Section:
    path: list[str]
    body: str


ENUMERATOR_LABEL_RE = re.compile(
    r"^(?:point|step|tip|rule|lesson|part|stage|phase|principle|mistake|myth|reason|sign|question|pillar|habit)"
    r"\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s*[:.)\-–—]\s+(?=\S)",
    re.IGNORECASE,
)


def text_weight(text: str) -> int:
    """Roughly proportional to model tokens: a CJK character costs about as much as a short English word."""
    cjk = len(CJK_RE.findall(text))
    return len(text) - cjk + 3 * cjk


DECIMAL_OUTLINE_RE = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\.?\s+(?=\S)")
BARE_SECTION_NUMBER_RE = re.compile(r"^\d{1,2}\s+(?=[A-Z])")
FIRST_ITEM_RE = re.compile(r"^1[.)]\s")
ZH_SECTION_RE = re.compile(r"^[一二三四五六七八九十]+、")  # "一、系统用途": a section's number, not "（一）" under it


def _introduces(following: str | None, after_list: bool = False) -> bool:
    """A line after a blank that a heading could stand over: a list's lead-in or a real paragraph
    (or, on an outline page where the heading follows a list, another list)."""
    if following is None:
        return False
    if BULLET_RE.match(following):
        return after_list
    # Weighed, not counted: "先切规则最乱、准确率最低的类目，收益最大、风险也最小。" is a paragraph in 30 characters.
    return following.rstrip().endswith(LEAD_IN_END) or len(following.split()) > 12 or text_weight(following) > 60


def looks_like_heading(
    line: str, prev_blank: bool, next_line: str | None, following: str | None = None, prev_line: str | None = None
) -> bool:
    """Guess a heading in plain text: a short line standing alone, without sentence punctuation."""
    stripped = unmarked(line).strip()
    if not stripped or next_line is None or TABLE_ROW_RE.match(stripped):
        return False  # a table's header row is its first row, however short
    after_list = bool(prev_line and BULLET_RE.match(prev_line)) and not BULLET_RE.match(stripped)
    # "2.1 Build a comparison set" right under "2. Evaluate on your own task": a Word outline saved as text
    # has no blank lines, and a two-level number is a section's, never a list item's.
    outlined = DECIMAL_OUTLINE_RE.match(stripped)
    # PDFs have no blank lines: a short line between a finished sentence and a new one is a heading.
    # "Claims Ops: handlers and queues" is a label and its value, however short, not a heading.
    between_sentences = (
        bool(prev_line and prev_line.rstrip()[-1:] in ".!?。！？") and len(stripped.split()) <= 8
        and next_line.strip()[:1].isupper() and not re.search(r":\s+[a-z]", stripped)
    )
    if not prev_blank and not after_list and not between_sentences and not outlined:
        return False
    numbered = re.match(r"^\d{1,2}[.)]\s+", stripped)
    # "2. Check the contract" over "2.1 Data use": its sub-sections' numbers say it is a section's.
    over_subsection = bool(numbered) and next_line.strip().startswith(numbered.group().split(".")[0].strip() + ".")
    # "1. RATING AND TOPICS" over its indented rules: a section's number and title in capitals.
    shouted_section = bool(numbered) and shouted(stripped[numbered.end():]) and len(stripped.split()) <= 8
    if numbered and next_line.strip() and not over_subsection and not shouted_section:
        return False  # "1. Item" followed by more text is a list item, standing alone it is a heading
    # A closing quote ends a quoted sentence ("他说“先别上线。”") or a quoted term ("二、额度本身要设计得“难薅”"):
    # only the first ends a sentence.
    unquoted = stripped.rstrip("”\"'’」")
    if unquoted != stripped and not any(mark in unquoted for mark in "“\"'‘「"):
        unquoted = stripped  # a closing quote with no opening one: as before
    # "一、匹配规则（硬规则，模型改不了）", "Where it is not used (patrol only)": a section's name may close on a
    # note in brackets. Not a count ("Comments (3)") nor a label's value ("Owner: Product Leadership (Ruth …)").
    named = without_trailing_note(unquoted)
    if ZH_NUMBERED_RE.match(stripped) or (named != unquoted and not re.search(r"[:：]|[(（]\d+[)）]$", unquoted)):
        unquoted = named
    if (BULLET_RE.match(stripped) and not numbered and not ZH_NUMBERED_RE.match(stripped)) or len(stripped) > 70 \
            or not unquoted \
            or unquoted[-1] in ".,;:!。，；：！、)”\"'":
        return False
    if stripped[-1] in "?？" and ((next_line.strip() and not BULLET_RE.match(next_line))
                                  or len(stripped.split()) > 10):
        # A question standing alone over a paragraph, or over the list that answers it (a slide's title),
        # is an FAQ heading; run into its paragraph it is a question.
        return False
    # A line in capitals ("WHAT TO TRY") heads the list below it too: a plain-text page's section title,
    # where a mixed-case line before a list is more often the list's own lead-in.
    capitals = shouted(stripped)
    over_list = following is not None and bool(BULLET_RE.match(following) or TABLE_ROW_RE.match(following))
    # "二、招募：找对人比找多人重要" over its bullets: a Chinese section number heads a list too.
    zh_section = bool(ZH_NUMBERED_RE.match(stripped))
    # "■4. The way of the price" over "There are mainly three ways of the price.": the mark says heading.
    marked = stripped != line.strip() and following is not None
    # "四、分批切换" over "（一）按类目切": a Chinese section number heads its first numbered sub-section too.
    over_section = zh_section and following is not None and bool(ZH_NUMBERED_RE.match(following))
    # "汛眼 AI 洪水预报使用规则（试行）" over "一、系统用途": the title of the rules a notice carries, over
    # their first section (quoted as a sentence, it had opened cross-language answers).
    titles_sections = not zh_section and following is not None and bool(ZH_SECTION_RE.match(following))
    # "3. 不猜的规则" over "1. 没有明确指派…", or over "· …" bullets: a section's number over a list of its own
    # (one that starts again at 1, or is not numbered at all); a list item is followed by the next number.
    over_own_list = bool(numbered) and over_list and not following[:1].isspace() and (
        bool(FIRST_ITEM_RE.match(following)) or not following.lstrip()[:1].isdigit())
    if not next_line.strip() and not (_introduces(following, after_list) or ((capitals or zh_section) and over_list)
                                      or marked or over_section or titles_sections or over_own_list):
        return False
    if CJK_RE.search(stripped):
        return len(stripped) <= 30
    # "1 INTRODUCTION", "4 DESIGN RECOMMENDATIONS": a paper numbers its sections with no dot, in capitals
    # (a count over mixed case, "3 Comments", is a page's chrome).
    bare = BARE_SECTION_NUMBER_RE.match(stripped)
    shouted_after_number = bool(bare) and stripped[bare.end():].isupper()
    number = numbered or outlined or (bare if shouted_after_number else None)
    text = stripped[number.end():] if number else stripped
    # "Point 2: Arrange the FAQ and the manual before the introduction": the label is the heading's
    # number, not its words.
    words = len(ENUMERATOR_LABEL_RE.sub("", text, count=1).split())
    return 1 <= words <= 10 and text[:1].isupper()


def _next_nonblank(lines: list[str], i: int) -> tuple[int, str | None]:
    j = i + 1
    while j < len(lines) and not lines[j].strip():
        j += 1
    return j, (lines[j] if j < len(lines) else None)


def _next_is_item(lines: list[str], i: int) -> bool:
    _, following = _next_nonblank(lines, i)
    return following is not None and bool(BULLET_RE.match(following))


def outline_heading(lines: list[str], i: int) -> bool:
    """On outline-only pages every line is a bullet, headings included: a title-cased bullet that ends a
    group (blank line after it) and is followed by a lead-in or another list is a heading."""
    line = lines[i]
    if not BULLET_RE.match(line) or i + 1 >= len(lines) or lines[i + 1].strip():
        return False
    text = strip_bullet(line)
    if not text or text[-1] in ".,;:!?。，；：！？" or len(text.split()) > 10 or CJK_RE.search(text):
        return False
    words = [w for w in text.split() if len(w) > 3]
    if not words or sum(w[0].isupper() for w in words) < 0.6 * len(words):
        return False
    _, following = _next_nonblank(lines, i)
    return following is not None and (following.rstrip().endswith(LEAD_IN_END) or bool(BULLET_RE.match(following)))


# A slide-deck transcript numbers its slides: "3. Step 1: map every flow, not just the prompt" over the
# slide's own lines. Read as list items, the slide titles made the whole deck one list under the first
# slide's subtitle. A run of at least MIN_SLIDES numbers counting up, each at the start of a block and over
# lines of its own, is a deck; a numbered list's items follow one another or stand alone.
SLIDE_TITLE_RE = re.compile(r"^(\d{1,3})[.)]\s+(\S.*)$")
MIN_SLIDES = 3
MAX_SLIDE_TITLE_WORDS = 12


def slide_titles(lines: list[str]) -> dict[int, str]:
    """The lines of a slide transcript that title a slide (line number -> title without its number)."""
    found: list[tuple[int, int, str, bool]] = []  # (line, slide number, title, lines of its own below)
    for i, line in enumerate(lines):
        match = SLIDE_TITLE_RE.match(line)
        if not match or (i and lines[i - 1].strip()):
            continue
        title = match.group(2).strip()
        if len(title.split()) > MAX_SLIDE_TITLE_WORDS or title[-1] in ".,;!。，；！":
            continue
        below = lines[i + 1] if i + 1 < len(lines) else ""
        owns = bool(below.strip()) and not below.startswith((" ", "\t")) and not SLIDE_TITLE_RE.match(below)
        found.append((i, int(match.group(1)), title, owns))
    titles: dict[int, str] = {}
    run: list[tuple[int, int, str, bool]] = []
    for entry in found + [(-1, -1, "", False)]:
        if run and entry[1] == run[-1][1] + 1:
            run.append(entry)
            continue
        if len(run) >= MIN_SLIDES and sum(owns for *_, owns in run) >= max(MIN_SLIDES, 0.8 * len(run)):
            titles.update({line: title for line, _, title, _ in run})
        run = [entry]
    return titles


# A page with a table of contents ("Contents" over "• Metrics", "• Anti-patterns") repeats each entry as
# its section's title further down. Standing over a list, "Anti-patterns" reads as the list's lead-in, and
# "Metrics" over a short paragraph as a stray line; that the contents named them says they are headings.
MIN_CONTENTS_MATCHES = 2
MAX_CONTENTS_ENTRY_WORDS = 10


def _entry_key(text: str) -> str:
    return " ".join(text.casefold().split())


def contents_headings(lines: list[str]) -> tuple[dict[int, str], set[int]]:
    """The lines (line number -> title) that repeat, standing alone, an entry of an earlier contents list,
    and the contents entries they repeat: navigation, which would otherwise be quoted as a list."""
    entries: dict[str, int] = {}
    for i, line in enumerate(lines):
        if BULLET_RE.match(line):
            text = strip_bullet(line)
            if text and len(text.split()) <= MAX_CONTENTS_ENTRY_WORDS and text[-1] not in ".,;:!?。，；：！？":
                entries.setdefault(_entry_key(text), i)
    found: dict[int, str] = {}
    navigation: set[int] = set()
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped or BULLET_RE.match(line) or (i and lines[i - 1].strip()):
            continue
        first = entries.get(_entry_key(stripped))
        if first is not None and first < i:
            found[i] = stripped
            navigation.add(first)
    return (found, navigation) if len(found) >= MIN_CONTENTS_MATCHES else ({}, set())


SUBSECTION_RE = re.compile(r"^(?:[（(][一二三四五六七八九十]+[)）]|\d{1,2}[-.．]\d{1,2}[.．]?\s)")


def sections_of(text: str, title: str, *, markdown: bool) -> list[Section]:
    """Group lines under their heading path; the document title is the root of every path."""
    lines = text.split("\n")
    sections: list[Section] = []
    stack: list[tuple[int, str]] = []
    body: list[str] = []

    def flush() -> None:
        joined = "\n".join(body).strip()
        if joined:
            sections.append(Section([h for _, h in stack], joined))
        body.clear()

    prev_blank = True
    slides = {} if markdown else slide_titles(lines)
    contents, navigation = ({}, set()) if markdown else contents_headings(lines)
    titled = {**slides, **contents}  # headings known by their place: a deck's slide titles, a contents' entries
    for i, line in enumerate(lines):
        # A '#' line is a heading in any format (plain-text posts use them, and run-in bold headings
        # are written as them by cleaning); other headings are guessed only in plain text.
        match = MD_HEADING_RE.match(line)
        level = len(match.group(1)) if match else 0
        heading = match.group(2).strip().strip("*_ ") if match else None
        next_line = lines[i + 1] if i + 1 < len(lines) else None
        # The line under a slide's title is the slide's first line, not a heading after a list item.
        prev_line = lines[i - 1] if i and i - 1 not in slides else None
        if heading is None and i in titled:
            heading, level = titled[i], 2
        if heading is None and not markdown and looks_like_heading(
            line, prev_blank, next_line, _next_nonblank(lines, i)[1], prev_line
        ):
            heading = unmarked(line).strip()
            # "（一）按类目切" and "2-1. …" are sub-sections of the "四、" or "■2." heading above them: nested,
            # their path keeps the parent's words ("分批切换") that a question asks by.
            level = 3 if SUBSECTION_RE.match(heading) else 2
        if heading is None and outline_heading(lines, i):
            heading, level = strip_bullet(line), 2
        if heading is not None:
            flush()
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, heading))
        elif i not in navigation:
            if BULLET_RE.match(line) and line.rstrip().endswith(LEAD_IN_END) and _next_is_item(lines, i):
                line = strip_bullet(line)  # "• Framework for metrics:" introduces the items below it
            body.append(line)
        prev_blank = not line.strip()
    flush()

    # The title usually repeats as the first heading; keep the path readable.
    for section in sections:
        if section.path and section.path[0].strip().lower() == title.strip().lower():
            section.path = section.path[1:]
    return sections


def pack(pieces: list[str], limit: int, joiner: str) -> list[str]:
    """Greedily pack pieces into groups whose weight stays under `limit`."""
    groups: list[str] = []
    current: list[str] = []
    weight = 0
    for piece in pieces:
        piece_weight = text_weight(piece)
        if current and weight + piece_weight > limit:
            groups.append(joiner.join(current))
            current, weight = [], 0
        current.append(piece)
        weight += piece_weight
    if current:
        groups.append(joiner.join(current))
    return groups


def keep_lists_with_lead_ins(paragraphs: list[str]) -> list[str]:
    """A paragraph ending in a colon ("Three things to check:") or announcing a list in words ("Please
    confirm at least the following items.") travels with the list after it, so both can be quoted together; so
    do the items of a loose list (a blank line between items, as in "1. … \n\n2. …"), which would
    otherwise be packed apart, the first item with the lead-in and the rest in the next chunk."""
    merged: list[str] = []
    for paragraph in paragraphs:
        if merged and BULLET_RE.match(paragraph) and announcing_sentence(merged[-1].rsplit("\n", 1)[-1]) is not None:
            merged[-1] = merged[-1] + "\n" + paragraph
        elif merged and BULLET_RE.match(paragraph) and BULLET_RE.match(merged[-1].rsplit("\n", 1)[-1]):
            merged[-1] = merged[-1] + "\n\n" + paragraph
        else:
            merged.append(paragraph)
    return merged


def split_body(body: str, limit: int) -> list[str]:
    if text_weight(body) <= limit:
        return [body]
    paragraphs = keep_lists_with_lead_ins([p.strip() for p in re.split(r"\n\s*\n", body) if p.strip()])
    pieces: list[str] = []
    for paragraph in paragraphs:
        if text_weight(paragraph) <= limit:
            pieces.append(paragraph)
        elif BULLET_RE.search(paragraph.split("\n")[-1]) or TABLE_ROW_RE.match(paragraph.split("\n")[-1]):
            # A long list splits between items, a long table between rows (read as sentences, a table's
            # rows ran together into one line of cells, its header row among them).
            pieces.extend(pack(paragraph.split("\n"), limit, "\n"))
        else:
            sentences = split_sentences(paragraph)
            joiner = "" if CJK_RE.search(paragraph) else " "
            pieces.extend(pack(sentences, limit, joiner))
    return pack(pieces, limit, "\n\n")


SENTENCE_END_RE = re.compile(r"[.!?。！？:：;；]")


def is_scrap(text: str) -> bool:
    """One short line that says no sentence: a running header, a stray label. (A short list of nouns,
    "- API / 平台 PRD", is several lines and stays a chunk of its own.)"""
    return "\n" not in text.strip() and text_weight(text) < MIN_CHUNK_WEIGHT and not SENTENCE_END_RE.search(text)


def split_document(text: str, title: str, *, markdown: bool, limit: int = 1200) -> list[tuple[str, str]]:
    """(section path, chunk text) pairs. Sections too small to stand alone join their neighbour; a scrap
    with no sentence at all (a man page's "AI-AUDIT-TRAIL(7)  Product Guidance" header) joins the next
    section, or goes when it is the title again: alone, it matched a question's words as well as any
    passage and had nothing to quote."""
    chunks: list[tuple[str, str]] = []
    for section in sections_of(text, title, markdown=markdown):
        path = " > ".join(section.path)
        for piece in split_body(section.body, limit):
            if chunks and chunks[-1][0] == path and text_weight(chunks[-1][1]) < MIN_CHUNK_WEIGHT:
                chunks[-1] = (path, chunks[-1][1] + "\n\n" + piece)
            elif chunks and is_scrap(chunks[-1][1]):
                # The title repeated as a line is every chunk's metadata already; any other scrap goes along.
                scrap = chunks[-1][1]
                repeated = scrap.strip().casefold() == title.strip().casefold()
                chunks[-1] = (path, piece if repeated else scrap + "\n\n" + piece)
            else:
                chunks.append((path, piece))
    return chunks
