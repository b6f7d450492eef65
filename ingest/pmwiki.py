"""PmWiki page source (a page copied from its edit box, or saved as .txt) as Markdown.

Read as plain text, its `!! Check levels by grade` headings were lines of prose, its `||border=1 …` table a run of
bars quoted as an answer's items ("!Grade ||!Who checks ||!Before it goes out"), its `:Area ranger:approves …`
definitions and `[[Walks/GradingGuide]]` links quoted whole, and its `(:title …:)` directive and `%red%` styles
read as words (guides-unseen-55). What a reader of the rendered page sees is kept: the title, sections, lists,
tables with their header row, definitions, and the text of a framed note.
"""

from __future__ import annotations

import re

from ingest.markdown_tables import table_lines

DIRECTIVE_RE = re.compile(r"\(:(\w+)\s*(.*?):\)")
HEADING_RE = re.compile(r"^(!{1,6})\s*(\S.*)$")
TABLE_ATTRIBUTES_RE = re.compile(r"^\|\|(?!.*\|\|\s*$)")  # "||border=1 cellpadding=5": the table's own line
ROW_RE = re.compile(r"^\|\|(.*)\|\|\s*$")
DEFINITION_RE = re.compile(r"^:([^:]{1,60}):\s*(\S.*)$")
LIST_RE = re.compile(r"^([*#]+)\s*(\S.*)$")
LINK_RE = re.compile(r"\[\[!?(?:[^|\]]*\|)?([^\]|]+)\]\]")
STYLE_RE = re.compile(r"%(?:[\w-]+(?:\s*=\s*[\w%#.-]+)?(?:\s+[\w-]+\s*=\s*[\w%#.-]+)*)?%")
ATTACHMENT_RE = re.compile(r"\bAttach:[^\s\"]+(?:\"[^\"]*\")?")
DROP_LINE_RE = re.compile(r"^\s*(?:-{4,}|>>[\w\s-]*<<|(?:\[\[!\w[^\]]*\]\]\s*)+)\s*$")


def is_pmwiki(lines: list[str]) -> bool:
    """PmWiki's directives (`(:title …:)`, `(:toc:)`) or two `!!` headings beside its own markup."""
    if any(DIRECTIVE_RE.match(line.strip()) for line in lines[:10]):
        return True
    headings = sum(1 for line in lines if line.startswith("!!"))
    markup = any(ROW_RE.match(line) or DEFINITION_RE.match(line) or "(:" in line for line in lines)
    return headings >= 2 and markup


def inline(text: str) -> str:
    """Links as their labels (a bare page name as its last part), styles and attachments gone, emphasis as plain
    words (a bold line alone stays bold: it is a heading in all but name)."""
    text = LINK_RE.sub(lambda m: m.group(1).rsplit("/", 1)[-1], text)
    text = ATTACHMENT_RE.sub("", STYLE_RE.sub("", text))
    whole = re.fullmatch(r"'''(.+?)'''[:：]?", text.strip())
    if whole and "'''" not in whole.group(1):
        return f"**{whole.group(1)}**"
    return re.sub(r"'{2,5}", "", text).replace("@@", "").strip()


def _row(cells: str, first: bool) -> list[str]:
    values = [cell.strip() for cell in cells.split("||")]
    # A first row of `!` cells is the table's header.
    return table_lines([inline(value.lstrip("!")) for value in values],
                       header=first and all(v.startswith("!") for v in values))


def pmwiki_to_markdown(text: str) -> str:
    out: list[str] = []
    previous_row = False
    for raw in text.split("\n"):
        line = raw.rstrip()
        directive = DIRECTIVE_RE.fullmatch(line.strip())
        if directive:
            if directive.group(1).lower() == "title" and directive.group(2).strip():
                out += [f"# {inline(directive.group(2))}", ""]
            continue
        if DROP_LINE_RE.match(line) or TABLE_ATTRIBUTES_RE.match(line):
            continue
        heading, row = HEADING_RE.match(line), ROW_RE.match(line)
        definition, listed = DEFINITION_RE.match(line), LIST_RE.match(line)
        if heading:
            out += ["", "#" * min(len(heading.group(1)) + 1, 6) + " " + inline(heading.group(2)), ""]
        elif row:
            out += _row(row.group(1), first=not previous_row)
        elif definition:
            out.append(f"{inline(definition.group(1))}: {inline(definition.group(2))}")
        elif listed:
            marks, body = listed.groups()
            out.append("   " * (len(marks) - 1) + ("1. " if marks[-1] == "#" else "- ") + inline(body))
        else:
            out.append(inline(line.lstrip("->").lstrip()) if line.startswith("->") else inline(line))
        previous_row = bool(row)
    return "\n".join(out)
