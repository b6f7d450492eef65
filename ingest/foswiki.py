"""Foswiki and TWiki topic text (a topic's raw view, or its `.txt` file from the data folder) as Markdown.

Read as plain text, its `---++ Forecast levels` headings were lines of prose, so a topic was one untitled section
whose first paragraph stood in for every answer; its `| *Level* | … |` tables lost their header row, its
`   $ Shotfirer: …` definitions and `%META:…%`, `%TOC%` and `%X%` macros were read as words (guides-unseen-56).
What a reader of the rendered topic sees is kept: the title, sections, lists, tables with their header row,
definitions and the comments, without the comment signatures ("-- Main.DaiPritchard - 10 Jul 2025").
"""

from __future__ import annotations

import re

from ingest.markdown_tables import table_lines

HEADING_RE = re.compile(r"^---(\++)(?:!!)?\s*(\S.*)$")
META_RE = re.compile(r"^%META:\w+\{.*\}%\s*$")
MACRO_RE = re.compile(r"%[A-Z][A-Z0-9_]*(?:\{[^{}]*\})?%")
TABLE_ROW_RE = re.compile(r"^\s*\|(.*)\|\s*$")
LIST_RE = re.compile(r"^((?:   |\t)+)(\*|\d+\.|[aAiI]\.)\s+(\S.*)$")
DEFINITION_RE = re.compile(r"^(?:   |\t)+\$\s+([^:]{1,60}):\s*(\S.*)$")
SIGNATURE_RE = re.compile(r"^\s*--\s*(?:Main\.)?[\w.]+\s*(?:-\s*\d{1,2}\s+\w{3,9}\s+\d{4}(?:\s*-\s*[\d:]+)?)?\s*$")
LINK_RE = re.compile(r"\[\[([^\]]*)\](?:\[([^\]]*)\])?\]")
TAG_RE = re.compile(r"</?[a-zA-Z][^<>]*>")


def is_foswiki(lines: list[str]) -> bool:
    """A `%META:TOPICINFO{…}%` line, or two `---+` headings."""
    if any(line.startswith("%META:TOPICINFO{") for line in lines[:3]):
        return True
    return sum(1 for line in lines if HEADING_RE.match(line)) >= 2


def _link(match: re.Match[str]) -> str:
    target, label = match.group(1), match.group(2)
    return label if label else target.rsplit(".", 1)[-1]


def inline(text: str) -> str:
    """Links as their labels, macros and HTML tags gone, `*bold*`, `_italic_` and `=code=` as plain words (a bold
    line alone stays bold: it is a heading in all but name)."""
    text = TAG_RE.sub("", MACRO_RE.sub("", LINK_RE.sub(_link, text))).strip()
    whole = re.fullmatch(r"\*([^*]+)\*[:：]?", text)
    if whole:
        return f"**{whole.group(1).strip()}**"
    text = re.sub(r"(?<![\w*])[*_=]{1,2}(\S(?:[^*_=\n]*?\S)?)[*_=]{1,2}(?![\w*])", r"\1", text)
    return re.sub(r"\bMain\.(?=[A-Z])", "", text)


def _row(cells: str, first: bool) -> list[str]:
    values = [cell.strip() for cell in cells.split("|")]
    # A first row of `*bold*` cells is the table's header.
    header = first and all(re.fullmatch(r"\*[^*]+\*", value) for value in values if value)
    return table_lines([inline(value).strip("*") for value in values], header=header)


def foswiki_to_markdown(text: str) -> str:
    out: list[str] = []
    previous_row = False
    for raw in text.split("\n"):
        line = raw.rstrip()
        if META_RE.match(line) or SIGNATURE_RE.match(line) or MACRO_RE.fullmatch(line.strip()):
            previous_row = False
            out.append("")
            continue
        heading, row = HEADING_RE.match(line), TABLE_ROW_RE.match(line)
        definition, listed = DEFINITION_RE.match(line), LIST_RE.match(line)
        if heading:
            out += ["", "#" * min(len(heading.group(1)), 6) + " " + inline(heading.group(2)), ""]
        elif row:
            out += _row(row.group(1), first=not previous_row)
        elif definition:
            out.append(f"{inline(definition.group(1))}: {inline(definition.group(2))}")
        elif listed:
            indent, mark, body = listed.groups()
            depth = len(indent.replace("\t", "   ")) // 3 - 1
            out.append("   " * depth + ("- " if mark == "*" else "1. ") + inline(body))
        else:
            out.append(inline(line))
        previous_row = bool(row)
    return "\n".join(out)
