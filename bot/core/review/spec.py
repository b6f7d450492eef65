"""Parse a pasted spec into sections and sentence-sized units that can be quoted exactly.

Headings come from Markdown (`## Data`), bold-only lines, numbered lines (`3. Success metrics`,
`三、数据`), ALL-CAPS lines, short colon-terminated lines, wiki markup (`h2. Goals`), slide titles and
Word outline numbers (`2.0 Objectives`); those guessed from plain text by their shape are plain_headings.py's.
Each unit keeps the label its line gives it (labels.py), which is how prose without headings still says what
each paragraph is about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from bot.core.documents.structure import (
    BOLD_LINE_RE,
    HR_RE,
    MD_HEADING_RE,
    SETEXT_RE,
    SPEC_BULLET_RE,
    TABLE_SEPARATOR_RE,
    pasted_in_one_fence,
    sentence_spans,
    spec_wrapped_lines,
)
from bot.core.review.labels import (
    box_lines,
    box_tables,
    csv_fields,
    form_questions,
    line_label,
    outline_label,
    row_label,
    sheet_cells,
)
from bot.core.review.plain_headings import plain_heading
from bot.core.review.run_in import run_in_head
from bot.core.review.source_formats import SourceFormat, new_side_of_diff
from bot.core.review.wording import matching_form, strip_markup, word_count



@dataclass
class Section:
    """A heading and the lines under it; `path` holds the enclosing headings, outermost first."""

    index: int
    heading: str
    level: int
    path: tuple[str, ...] = ()
    line_numbers: list[int] = field(default_factory=list)

    @property
    def context(self) -> tuple[str, ...]:
        return (*self.path, self.heading) if self.heading else self.path


@dataclass
class Unit:
    """A sentence (or table row, or heading) of the spec, quoted exactly as it appears."""

    index: int
    text: str  # an exact substring of the spec text
    line: int  # 0-based line number in the spec
    section: int
    label: str = ""  # the lead-in label of its paragraph or bullet
    kind: str = "body"  # body | heading | table
    excluded: bool = False  # part of an embedded instruction: never analysed, never quoted

    @cached_property
    def norm(self) -> str:
        """Lower-cased, NFKC-normalised text for matching, number words as digits ("two years" → "2 years").

        Quotes always use `text`."""
        return matching_form(self.text)

    @property
    def words(self) -> int:
        return word_count(self.text)


@dataclass
class ParsedSpec:
    text: str
    lines: list[str]
    title: str
    sections: list[Section]
    units: list[Unit]
    has_headings: bool
    unfilled_share: float = 0.0  # share of body lines that are template placeholders (see placeholders.py)
    # A hard-wrapped paragraph's whole text, by its first line's number (spec_wrapped_lines): units carry that number.
    joined: dict[int, str] = field(default_factory=dict)

    def line_text(self, line: int) -> str:
        """The text of line `line`, with the lines a hard wrap carried it on to."""
        return self.joined.get(line, self.lines[line])

    def section_units(self, section: Section, *, include_excluded: bool = False) -> list[Unit]:
        return [u for u in self.units if u.section == section.index and (include_excluded or not u.excluded)]

    def title_section(self) -> int | None:
        """The one heading of a pasted document that sits over all of it is its title ("Claims triage
        assistant", "合同条款审查助手"), not a section about one item: its words must not claim the whole text."""
        headed = [s for s in self.sections if s.heading]
        body = [u for u in self.units if not u.excluded and u.kind != "heading"]
        if len(headed) == 1 and body and all(u.section == headed[0].index for u in body):
            return headed[0].index
        return None

    def ancestors(self, section: Section) -> list[int]:
        """Indices of the sections enclosing `section`, outermost first."""
        chain: list[int] = []
        level = section.level
        for candidate in reversed(self.sections[: section.index]):
            if candidate.heading and candidate.level < level:
                chain.append(candidate.index)
                level = candidate.level
        return list(reversed(chain))


# Confluence and Jira wiki markup ("h2. Goals"), and a pasted deck's slide titles ("Slide 3 — What we'll
# measure", "Slide 2: Why not a better rule?"): headings in all but Markdown syntax.
WIKI_HEADING_RE = re.compile(r"^h([1-6])\.\s+(\S.*)$")
SLIDE_HEADING_RE = re.compile(r"^(?:slide|幻灯片|第)\s*\d+\s*页?\s*[—–\-:：.]\s*(?P<text>\S.*)$", re.I)
MAX_SLIDE_TITLE_WORDS = 10
MAX_ITEM_NAME_WORDS = 4  # under a run-in head, a bullet's own label this short names it ("Owner: …")


# A spec written as YAML (often pasted inside a ```yaml fence): "failure_modes:" or "problem: >" with its
# value indented below is a heading over that value, in or out of a code fence.
YAML_BLOCK_KEY_RE = re.compile(r"^(?P<key>[A-Za-z][A-Za-z0-9_-]{1,40}):\s*(?:[>|][-+]?)?\s*$")


def parse_spec(text: str) -> ParsedSpec:
    """Split spec text into sections and units; every unit's text is an exact substring of `text`."""
    physical = new_side_of_diff(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    whole_fence = pasted_in_one_fence(physical)  # read once: the joined lines keep the same two fences
    paragraphs = spec_wrapped_lines(physical, whole_fence)
    starts = [number for number, _ in paragraphs]  # units and sections name lines as the spec numbers them
    lines = [line for _, line in paragraphs]
    sections: list[Section] = [Section(index=0, heading="", level=0)]
    stack: list[tuple[int, str]] = []
    units: list[Unit] = []
    title = ""
    has_headings = False
    prev_blank = True
    in_code = False
    form: list[str] = []  # the questions of a form export's header row, while its answer rows follow
    fields = [csv_fields(line) for line in lines]  # each line read as CSV once ([] for most lines)
    # In Confluence and Jira wiki markup "# Blade indexing. It counts…" is a numbered list's item, not a heading.
    wiki_markup = any(WIKI_HEADING_RE.match(line.strip()) for line in lines)
    markdown = wiki_markup or any(MD_HEADING_RE.match(line.strip()) for line in lines)
    outline: tuple[int, str] | None = None  # (indent, text) of the bullet heading the deeper ones below it
    list_head = ""  # a run-in head alone over a list ("What we'd build it from." over bullets) labels its items
    source = SourceFormat.of(text, lines)
    boxes, box_headers = box_tables(lines)  # a lean canvas: one row of boxes under their names
    next_text: list[str | None] = [None] * len(lines)  # each line's next non-blank line
    for number in range(len(lines) - 2, -1, -1):
        following = lines[number + 1]
        next_text[number] = following if following.strip() else next_text[number + 1]

    def open_section(heading: str, level: int) -> None:
        while stack and stack[-1][0] >= level:
            stack.pop()
        path = tuple(h for _, h in stack)
        stack.append((level, heading))
        sections.append(Section(index=len(sections), heading=heading, level=level, path=path))

    for number, raw in enumerate(lines):
        line = raw.rstrip()
        stripped = line.strip()
        next_line = lines[number + 1] if number + 1 < len(lines) else None
        if stripped.startswith("```"):
            in_code = not in_code and not whole_fence
            prev_blank = False
            continue
        if not stripped or HR_RE.match(stripped) or (TABLE_SEPARATOR_RE.match(stripped) and "-" in stripped):
            prev_blank = not stripped or prev_blank
            continue
        if SETEXT_RE.match(stripped) and units and units[-1].kind == "heading" and units[-1].line == starts[number - 1]:
            continue  # the underline of a setext heading
        if SETEXT_RE.match(stripped) and number + 2 < len(lines) and lines[number + 2].strip() == stripped:
            continue  # a reStructuredText title's overline ("=====" / "Title" / "=====")
        if (declared := source.title(stripped)) is not None:
            title = title or declared  # `#+TITLE: …`, `\title{…}`; another `#+KEY:` setting says nothing
            continue
        if source.says_nothing(line, next_line):
            continue  # Org drawers, LaTeX commands, closing brackets, notebook cell marks, subtitle timings
        if form and not in_code and len(fields[number]) == len(form):
            # A form's responses exported as CSV: each answer is a unit labelled by its question.
            sections[-1].line_numbers.append(starts[number])
            for question, answer in zip(form, fields[number]):
                if answer and answer in line:  # an answer holding a doubled quote ("") is not quoted exactly
                    units.append(Unit(index=len(units), text=answer, line=starts[number],
                                      section=sections[-1].index, kind="table", label=question))
            continue
        below = fields[number + 1] if number + 1 < len(lines) else []
        form = [] if in_code else form_questions(line, fields[number], below)
        if form:
            sections[-1].line_numbers.append(starts[number])
            continue  # the questions label the answers below; on their own they say nothing
        if not in_code and sheet_cells(line):
            # A spreadsheet pasted as text: each row is a table row, labelled by its first cell; its
            # header row ("Section<TAB>Notes<TAB>Owner") names columns, as a Markdown header row does.
            sections[-1].line_numbers.append(starts[number])
            units.append(Unit(index=len(units), text=line.strip(" \r\n"), line=starts[number], section=sections[-1].index,
                              kind="table", label=row_label(line)))
            prev_blank = False
            continue
        heading: tuple[str, int] | None = None
        md = MD_HEADING_RE.match(stripped) if not in_code and not wiki_markup else None
        wiki = WIKI_HEADING_RE.match(stripped) if not in_code else None
        slide = SLIDE_HEADING_RE.match(stripped) if not in_code else None
        yaml_key = YAML_BLOCK_KEY_RE.match(line) if next_line and next_line[:1] in (" ", "\t") else None
        if (marked := source.heading(line, in_code=in_code)) is not None:
            heading = marked
        elif yaml_key:
            heading = (yaml_key["key"].replace("_", " ").replace("-", " "), 2)
        elif md and md.group(2):
            heading = (strip_markup(md.group(2)), len(md.group(1)))
        elif wiki:
            heading = (strip_markup(wiki.group(2)), int(wiki.group(1)))
        elif slide and word_count(slide["text"]) <= MAX_SLIDE_TITLE_WORDS and slide["text"][-1] not in ".。":
            heading = (strip_markup(slide["text"]), 2)
        elif not in_code and (level := source.outline_level(line, next_line)):
            # In a Markdown page an outline block (a Notion toggle "▸ Details" over its indented lines) sits
            # inside the section it is written in, not above the headings that follow it.
            heading = (strip_markup(stripped), level + (stack[-1][0] if markdown and stack else 0))
        elif not in_code:
            bold = BOLD_LINE_RE.match(stripped)
            if bold and prev_blank:
                heading = (bold.group("text").strip(), 5)
            elif next_line is not None and SETEXT_RE.match(next_line) and prev_blank and len(stripped) <= 80:
                heading = (strip_markup(stripped), 1 if next_line.strip().startswith("=") else 2)
            else:
                prev_line = lines[number - 1] if number else ""
                heading = plain_heading(line, prev_blank, next_line, prev_line=prev_line, markdown=markdown,
                                         after=next_text[number])
        if heading is not None:
            text_, level = heading
            if level == 1 and not title and not units:
                title = text_  # the document title is context, not a topic
            else:
                has_headings = True
                open_section(text_, level)
            units.append(
                Unit(index=len(units), text=stripped, line=starts[number], section=sections[-1].index, kind="heading")
            )
            sections[-1].line_numbers.append(starts[number])
            prev_blank = False
            continue
        section = sections[-1]
        section.line_numbers.append(starts[number])
        if number in boxes and not in_code:
            for name, box in zip(boxes[number], box_lines(stripped)):
                for piece in box:
                    units.append(Unit(index=len(units), text=piece, line=starts[number], section=section.index,
                                      kind="table", label=name))
        elif number in box_headers and not in_code:
            continue  # the boxes' names label the row below; on their own they say nothing
        elif stripped.startswith("|"):
            units.append(
                Unit(index=len(units), text=stripped, line=starts[number], section=section.index, kind="table", label=row_label(stripped))
            )
        else:
            indent = len(line) - len(line.lstrip())
            if outline and indent <= outline[0]:
                outline = None  # back at (or above) the outline bullet's level: its heading no longer applies
            if not SPEC_BULLET_RE.match(stripped):
                list_head = ""
            label = line_label(lines, number) or (outline[1] if outline else "")
            if list_head and (not label or word_count(label) > MAX_ITEM_NAME_WORDS):
                label = list_head  # "- BakeTill has every sale since 2022: …" says its fact, not its topic
            if next_line is not None and SPEC_BULLET_RE.match(next_line.strip()) and run_in_head(stripped, alone=True):
                list_head = stripped[:-1]
            own_outline = outline_label(line, next_line.rstrip() if next_line is not None else None)
            if own_outline:
                outline = (indent, own_outline)
            for begin, end in sentence_spans(stripped):
                units.append(
                    Unit(
                        index=len(units),
                        text=stripped[begin:end],
                        line=starts[number],
                        section=section.index,
                        label=label,
                    )
                )
        prev_blank = False
    return ParsedSpec(
        text=text, lines=physical, title=title, sections=sections, units=units, has_headings=has_headings,
        joined={starts[k]: line for k, line in enumerate(lines) if "\n" in line},
    )
