"""Tables laid out with spaces in a preformatted block of a Markdown, Gemini or TiddlyWiki page.

A capsule or a README sets its bands out as columns lined up with spaces, long cells wrapped onto indented
lines::

    Confidence  Material on the list?   What happens
    85-100      yes                     Start released if the file matches the
                                        settings card

Read as lines, each wrapped cell ran into the next row ("…confirms it at the machine below 60 any Locked")
and the band's rule was split from its band. As a Markdown table, each row is one item that keeps its band,
its columns and its wrapped words together, as a table written in Markdown already does.

Only a block that holds nothing but such a table is read so. The same reading of plain text's paragraphs was
tried and dropped: a page's property panel ("Owner      Hannah Lindqvist" over "Status     Approved") is
laid out the same way, and read as a table it became the answer (docs/evaluation.md, Round 60).
"""

from __future__ import annotations

import re
import unicodedata

from ingest.inline_html import FENCE_RE
from ingest.markdown_tables import header_rule, table_row

TEXT_LANGUAGES = {"", "text", "txt", "plain", "plaintext", "table"}  # a fence that holds no code
GAP_RE = re.compile(r"\S+(?: \S+)*")  # a run of words parted by single spaces: one cell's text on a line
RULE_RE = re.compile(r"^[\s\-=+|:]*[-=]{3,}[\s\-=+|:]*$")  # "-------  ------", "+-----+", "=====  ====="
MIN_ROWS = 2
MAX_CELL_WORDS_IN_HEADER = 6  # a header names its columns; a sentence with a wide gap in it is no header


def _width(char: str) -> int:
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def _columns(line: str) -> list[tuple[int, str]]:
    """(display column, text) of each run of words on a line; runs are parted by two or more spaces."""
    line = line.expandtabs(4)
    positions, column = [], 0
    for char in line:
        positions.append(column)
        column += _width(char)
    return [(positions[match.start()], match.group(0)) for match in GAP_RE.finditer(line)]


def _joined(before: str, after: str) -> str:
    """A cell's words wrapped onto the next line, joined again (Chinese wraps without a space)."""
    wide = before and after and _width(before[-1]) == 2 and _width(after[0]) == 2
    return f"{before}{after}" if wide else f"{before} {after}".strip()


def _cells(runs: list[tuple[int, str]], starts: list[int]) -> list[str] | None:
    """A line's runs as the header's columns, or None where a run crosses into a column it does not start in."""
    cells = [""] * len(starts)
    for position, text in runs:
        if position < starts[0]:
            return None
        column = max(index for index, start in enumerate(starts) if start <= position)
        end = position + sum(_width(char) for char in text)
        if column + 1 < len(starts) and end > starts[column + 1]:
            return None  # one run spans two columns: this is prose, not a row
        cells[column] = _joined(cells[column], text)
    return cells


def aligned_table(lines: list[str]) -> list[str] | None:
    """The Markdown table of lines that are a header and its rows lined up in columns, or None if they are not.
    A line whose first column is empty continues the row above it (a cell's wrapped words)."""
    lines = [line.rstrip() for line in lines if line.strip() and not RULE_RE.match(line)]
    if len(lines) < 1 + MIN_ROWS:
        return None
    header = _columns(lines[0])
    if len(header) < 2 or any(len(text.split()) > MAX_CELL_WORDS_IN_HEADER for _, text in header):
        return None
    starts = [position for position, _ in header]
    rows: list[list[str]] = []
    for line in lines[1:]:
        cells = _cells(_columns(line), starts)
        if cells is None:
            return None
        if cells[0]:
            rows.append(cells)
        elif rows:
            rows[-1] = [_joined(old, new) for old, new in zip(rows[-1], cells)]
        else:
            return None
    if len(rows) < MIN_ROWS or sum(sum(bool(cell) for cell in row) >= 2 for row in rows) < len(rows) / 2:
        return None
    def row(cells: list[str]) -> str:
        return table_row([cell.replace("|", "/") for cell in cells])
    return [row([text for _, text in header]), header_rule(len(starts))] + [row(cells) for cells in rows]


def fenced_tables(text: str) -> str:
    """A Markdown page's preformatted blocks that hold only a table lined up with spaces, as Markdown tables.
    A block of code, or of anything else, stays as written."""
    lines = text.split("\n")
    out: list[str] = []
    number = 0
    while number < len(lines):
        opened = FENCE_RE.match(lines[number])
        close = next((end for end in range(number + 1, len(lines)) if lines[end].strip() == opened.group(1)),
                     None) if opened else None
        if close is None:
            out.append(lines[number])
            number += 1
            continue
        table = aligned_table(lines[number + 1:close]) if opened["lang"].lower() in TEXT_LANGUAGES else None
        out.extend(["", *table, ""] if table else lines[number:close + 1])
        number = close + 1
    return "\n".join(out)

