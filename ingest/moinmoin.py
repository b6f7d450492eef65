"""MoinMoin wiki source (a page copied from its editor, or saved as .txt) as Markdown, through the MediaWiki reader.

MoinMoin shares MediaWiki's `== Section ==` headings and `'''bold'''`, and is read by the MediaWiki reader once
what it writes differently is put right. Left as it was, its `## page was renamed …` comment read as a numbered
item, `#format wiki` and `<<TableOfContents(2)>>` as lines of the page, the page title (`= Title =`, one "="
each side) as a line of prose while the first section became the page's title, and a `|| cell || cell ||`
table as a run of pipes whose rows were quoted with their `||` (guides-unseen-54).
"""

from __future__ import annotations

import re

from ingest.markdown_tables import table_lines
from ingest.mediawiki import mediawiki_to_markdown

PROCESSING_RE = re.compile(r"^#(?:#|format\b|language\b|acl\b|pragma\b|redirect\b|refresh\b|deprecated\b)")
MACRO_LINE_RE = re.compile(r"^\s*(?:<<[^<>]*>>|\{\{attachment:[^{}]*\}\}|-{4,})\s*$")
CATEGORY_LINE_RE = re.compile(r"^\s*Category\w+(?:\s+Category\w+)*\s*$")
TITLE_RE = re.compile(r"^=\s+([^=].*?)\s+=\s*$")
ROW_RE = re.compile(r"^\s*\|\|(.*)\|\|\s*$")
DEFINITION_RE = re.compile(r"^(\s*\S[^:]{0,60}?)::\s+(\S.*)$")
ICON_RE = re.compile(r"\s*(?:<!>|\(!\)|/!\\|\{i\})\s*")
BOLD_CELL_RE = re.compile(r"^'''(.*)'''$")


def is_moinmoin(lines: list[str]) -> bool:
    """A MoinMoin processing instruction at the top, or its table rows or macros beside closed sections."""
    if any(re.match(r"^#(?:format|acl|language|pragma)\b", line) for line in lines[:10]):
        return True
    sections = sum(1 for line in lines if re.match(r"^(={2,6})\s*[^=].*?\s*\1\s*$", line.rstrip()))
    moin = sum(1 for line in lines if ROW_RE.match(line) or "<<TableOfContents" in line)
    return sections >= 2 and moin >= 2


def _row(cells: str, first: bool) -> list[str]:
    values = [cell.strip() for cell in cells.split("||")]
    bold = [BOLD_CELL_RE.match(value) for value in values]
    # A first row set wholly in bold is the table's header.
    return table_lines([match.group(1) if match else value for match, value in zip(bold, values)],
                       header=first and all(bold))


def moinmoin_to_markdown(text: str) -> str:
    """The page with MoinMoin's own markup read (comments, instructions, macros, attachments and categories dropped;
    tables as pipe rows, definitions as "Term: definition", warning icons removed), then as MediaWiki; its
    `= Title =` heads the result."""
    out: list[str] = []
    title = ""
    previous_row = False
    for line in text.split("\n"):
        if PROCESSING_RE.match(line) or MACRO_LINE_RE.match(line) or CATEGORY_LINE_RE.match(line):
            continue
        heading = TITLE_RE.match(line)
        row = ROW_RE.match(line)
        definition = DEFINITION_RE.match(line)
        if heading:
            title = title or heading.group(1)
        elif row:
            out += _row(row.group(1), first=not previous_row)
        elif definition:
            out.append(f"{definition.group(1).strip()}: {definition.group(2)}")
        else:
            out.append(ICON_RE.sub(" ", line).rstrip() if ICON_RE.search(line) else line)
        previous_row = bool(row)
    body = mediawiki_to_markdown("\n".join(out))
    return f"# {title}\n\n{body}" if title else body
