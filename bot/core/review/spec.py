"""Parse a pasted spec into sections and sentence-sized units that can be quoted exactly.

Headings come from Markdown (`## Data`), bold-only lines, numbered lines (`3. Success metrics`,
`三、数据`), ALL-CAPS lines, short colon-terminated lines, wiki markup (`h2. Goals`), slide titles and
Word outline numbers (`2.0 Objectives`). Each unit keeps the label its line gives it (labels.py), which is
how prose without headings still says what each paragraph is about.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property

from bot.core.documents.structure import (
    BOLD_LINE_RE,
    HR_RE,
    MD_HEADING_RE,
    NUMBERED_RE,
    SETEXT_RE,
    SPEC_BULLET_RE,
    TABLE_SEPARATOR_RE,
    ZH_NUMBERED_RE,
    sentence_spans,
    spec_wrapped_lines,
)
from bot.core.review.headings import LEADING_SYMBOLS_RE
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
from bot.core.review.source_formats import SourceFormat, new_side_of_diff
from bot.core.review.wording import TERMINAL_PUNCTUATION, matching_form, strip_markup, word_count
from bot.core.text import CJK_RE



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



# Confluence and Jira wiki markup ("h2. Goals"), and a pasted deck's slide titles ("Slide 3 — What we'll
# measure", "Slide 2: Why not a better rule?"): headings in all but Markdown syntax.
WIKI_HEADING_RE = re.compile(r"^h([1-6])\.\s+(\S.*)$")
SLIDE_HEADING_RE = re.compile(r"^(?:slide|幻灯片|第)\s*\d+\s*页?\s*[—–\-:：.]\s*(?P<text>\S.*)$", re.I)
MAX_SLIDE_TITLE_WORDS = 10
MAX_TITLE_WORDS = 6  # a bare line this short, capitalised and unpunctuated, over longer text is a title
MAX_SET_APART_TITLE_WORDS = 8  # ... this long with a blank line on each side ("Why a model and not more rules")
MAX_TITLE_OVER_LIST_WORDS = 10


# A spec written as YAML (often pasted inside a ```yaml fence): "failure_modes:" or "problem: >" with its
# value indented below is a heading over that value, in or out of a code fence.
# A form's numbered field asked or titled on its own line ("A12. Scientific justification.", "A15. How will the
# accuracy be assessed?", "B3-1. Data sources"): research, grant and procurement forms number their fields so.
FORM_FIELD_RE = re.compile(r"^(?P<code>[A-Z]{1,2}\d{1,3}(?:[-.]\d{1,2})?)[.)]?\s+(?P<text>[A-Z][^\n]*?)[.:：]?$")
MAX_FORM_FIELD_WORDS = 12
# A clause of an agreement or a statute: "§ 4 Verarbeitete Daten", "Article 7 Human oversight", "Art. 3 Zweck".
CLAUSE_RE = re.compile(r"^(?:§{1,2}|Art\.|Artikel|Article|Articolo|Artículo|Clause)\s*\d{1,3}[a-z]?[.:]?\s+(?P<text>[^\W\d_].{0,80})$", re.I)
MAX_CLAUSE_TITLE_WORDS = 10
YAML_BLOCK_KEY_RE = re.compile(r"^(?P<key>[A-Za-z][A-Za-z0-9_-]{1,40}):\s*(?:[>|][-+]?)?\s*$")


def _plain_heading(
    line: str, prev_blank: bool, next_line: str | None, *, prev_line: str = "", markdown: bool = True,
    after: str | None = None,
) -> tuple[str, int] | None:
    """A heading guessed from plain text, with its level, or None.

    In text without any Markdown heading (PDF, Word, plain text) a short title-like line before longer
    text is a heading even without a blank line around it, since PDF extraction drops blank lines.
    """
    stripped = line.strip()
    if (
        not markdown
        and stripped
        and next_line
        and not prev_blank
        and prev_line.rstrip()[-1:] in (".", "!", "?", ":", "。", "")
        and _title_like(stripped, next_line)
    ):
        return strip_markup(stripped), 2
    if not stripped or not prev_blank or next_line is None:
        return None
    if len(stripped) > 80 or "|" in stripped:
        return None
    standalone = not next_line.strip()  # a heading followed by a blank line, as plain text often has
    clause = CLAUSE_RE.match(stripped)
    if clause and word_count(clause.group("text")) <= MAX_CLAUSE_TITLE_WORDS and stripped[-1] not in TERMINAL_PUNCTUATION:
        return strip_markup(clause.group("text")), 2
    field = FORM_FIELD_RE.match(stripped)
    if field and standalone and word_count(field.group("text")) <= MAX_FORM_FIELD_WORDS:
        # Set apart over its answer, the field's title heads it even ending in a full stop or a question mark.
        return strip_markup(field.group("text")), 2
    zh = ZH_NUMBERED_RE.match(stripped)
    if zh and len(stripped) <= 30 and stripped[-1] not in TERMINAL_PUNCTUATION:
        return strip_markup(zh.group("text")), 2
    numbered = NUMBERED_RE.match(stripped)
    if numbered:
        text = numbered.group("text")
        below = NUMBERED_RE.match(next_line.strip())
        # "2.0 Objectives" heads what follows (an "N.0" never numbers a list item), and "2 Objectives" over
        # "2.1 Reduce walking …" heads its sub-points; "1. Shadow mode" over "2. Pilot" is a list.
        number = numbered.group("num")
        following = (
            below and not standalone and not number.endswith(".0") and not _numbers_under(number, below.group("num"))
        )
        # A numbered field whose label stands alone over its list ("2.4 Alternatives considered:" over
        # "- Two more officers …", as transparency records and forms are laid out) heads that list; a
        # label with its value on the line ("2.1 Description: …") is labelled by `line_label` instead.
        over_list = text[-1] in ":：" and not standalone and _list_starts(next_line.strip())
        if (
            word_count(text) <= 8
            and (text[-1] not in TERMINAL_PUNCTUATION + ":：" or over_list)
            and (text[0].isupper() or CJK_RE.match(text[0]))
            and (not following or over_list)  # the first item of a numbered list, not a heading
        ):
            return strip_markup(text).rstrip(":："), 2 + numbered.group("num").count(".")
        return None
    if SPEC_BULLET_RE.match(stripped):
        return None
    if stripped[-1] in ":：" and word_count(stripped) <= 8 and not standalone:
        return strip_markup(stripped[:-1]), 3
    # A short Chinese line alone between blank lines ("🎯 目标", "📊 数据") heads what follows; the
    # ALL-CAPS rule below caught only those of three characters or more (Chinese has no capitals).
    if len(CJK_RE.findall(stripped)) >= 2 and len(stripped) <= 20 and not re.search(r"[，,。；;：:！？!?]", stripped):
        return strip_markup(stripped), 2
    # Only letters with a case count: Chinese has none, and "区卫生健康局：" (a letter's addressee) is no heading.
    letters = [ch for ch in stripped if ch.isupper() or ch.islower()]
    if len(letters) >= 3 and all(ch.isupper() for ch in letters if ch.isascii()) and word_count(stripped) <= 8:
        # A capitalised question heads its answer ("WHY IS IT RED?", "DID IT WORK IN THE TRIAL?" on a
        # quick-reference card); no one shouts a sentence of a spec in capitals.
        if stripped[-1] not in TERMINAL_PUNCTUATION or stripped[-1] in "?？":
            # Word by word: str.title() capitalises after an apostrophe ("What'S Next").
            return " ".join(word.capitalize() for word in stripped.split()), 2
    # A Google Doc pasted as text sets every paragraph apart, its section titles too ("Context", blank
    # line, the paragraph): a title alone between blank lines is read against the paragraph after them.
    if not markdown and _title_like(stripped, after if standalone and after else next_line, set_apart=standalone):
        return strip_markup(stripped), 2
    return None


def _list_starts(line: str) -> bool:
    """Whether `line` opens a list: a bullet, or a numbered item "1." / "a)" (not "2." continuing one)."""
    numbered = NUMBERED_RE.match(line)
    return bool(SPEC_BULLET_RE.match(line)) and (not numbered or numbered.group("num") == "1")


def _numbers_under(number: str, below: str) -> bool:
    """Whether `below` numbers a sub-point of `number` in an outline: "2.1" under "2.0" or "2"."""
    base = number[:-2] if number.endswith(".0") else number
    return below.startswith(base + ".") and below != number


def _title_like(stripped: str, next_line: str, *, set_apart: bool = False) -> bool:
    """A short capitalised line without sentence punctuation, followed by a longer line of text.

    A question ends in punctuation but heads a section when an icon leads it ("🤔 Why not templates?"
    over the paragraph that answers it, as Notion pages and FAQs are set out); a bare question line may
    be a chat message or a question the spec asks itself, and stays text."""
    asks = stripped[-1] in "?？" and _icon_led(stripped)
    if SPEC_BULLET_RE.match(stripped) or (stripped[-1] in TERMINAL_PUNCTUATION + ":：" and not asks) or "|" in stripped:
        return False
    if CJK_RE.search(stripped):
        # "预算：待定" is a label and its value, like "Budget: TBD", not a title.
        labelled = re.search(r"[:：]\s*\S", stripped)
        return not labelled and len(stripped) <= 20 and len(next_line.strip()) > len(stripped)
    # A whiteboard cluster or a Notion callout leads with an icon ("🟨 Problems we heard"): the words decide.
    words = LEADING_SYMBOLS_RE.sub("", stripped)
    # An icon-led line over a list is a cluster's name however short the list's items ("🟩 How we'd know"
    # over "- time to first report").
    over_list = words != stripped and bool(SPEC_BULLET_RE.match(next_line))
    # A Google Doc pasted as text keeps its section titles as bare lines over their bullets, and a title
    # written as a phrase runs longer ("Homes on camera, and people who might lose out", "Keeping an eye
    # on it once it's live"): over a list, a line without end punctuation may be that long.
    longest = (MAX_TITLE_OVER_LIST_WORDS if SPEC_BULLET_RE.match(next_line)
               else MAX_SET_APART_TITLE_WORDS if set_apart else MAX_TITLE_WORDS)
    return (
        1 <= word_count(words) <= longest
        and words[:1].isupper()
        and (over_list or word_count(next_line) > word_count(words) + 2)
    )


def _icon_led(line: str) -> bool:
    """Whether a pictograph opens the line ("📌 Context", "⚠️ Risks"), not a bullet, quote mark or bracket."""
    lead = LEADING_SYMBOLS_RE.match(line)
    return bool(lead) and any(unicodedata.category(ch) == "So" for ch in lead.group())


def parse_spec(text: str) -> ParsedSpec:
    """Split spec text into sections and units; every unit's text is an exact substring of `text`."""
    physical = new_side_of_diff(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    paragraphs = spec_wrapped_lines(physical)
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
            in_code = not in_code
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
                heading = _plain_heading(line, prev_blank, next_line, prev_line=prev_line, markdown=markdown,
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
            label = line_label(lines, number) or (outline[1] if outline else "")
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
