"""MediaWiki source (a company wiki page copied from its edit box, or saved as .txt) as Markdown.

Read as plain text, `== Streaming ==` is a line of prose, every `# rule` reads as a Markdown heading,
an `{{Infobox …}}` of owners and dates leads the page, and a `{| … |}` table is a run of pipes. What a
reader of the rendered page sees is kept: sections, lists, tables, and the text of note and warning
boxes; navigation (infoboxes, hatnotes, "See also", categories) and footnotes are not guidance.
"""

from __future__ import annotations

import html
import re

from ingest.markdown_tables import table_lines
from ingest.note_markup import WIKILINK_RE

SECTION_RE = re.compile(r"^(={2,6})\s*([^=].*?)\s*\1\s*$")
# Sections that only point elsewhere: a list of links is not advice.
NAVIGATION_SECTIONS = {"see also", "references", "external links", "further reading", "notes", "sources",
                       "bibliography", "related pages"}
# Boxes whose text the rendered page shows as part of the guidance; every other template (infobox,
# hatnote, citation, navbox) is page furniture.
BOX_TEMPLATES = {"note", "warning", "tip", "important", "caution", "info", "quote", "callout", "notice"}
DROP_LINE_RE = re.compile(r"^(?:__[A-Z]+__|\[\[(?:Category|File|Image):[^\]]*\]\]|<references\s*/>)$", re.IGNORECASE)
LIST_RE = re.compile(r"^([*#:;]+)\s*(.*)$")
REF_RE = re.compile(r"<ref[^>]*/>|<ref[^>]*>.*?</ref>", re.DOTALL | re.IGNORECASE)
TAG_RE = re.compile(r"</?(?:code|kbd|tt|span|small|big|sup|sub|u|s|nowiki|var|samp|abbr|mark)(?:\s[^>]*)?>",
                    re.IGNORECASE)


def is_mediawiki(lines: list[str]) -> bool:
    """Two closed `== Section ==` headings and wiki markup beside them (links, templates or tables)."""
    sections = sum(1 for line in lines if SECTION_RE.match(line.rstrip()))
    markup = any(line.startswith(("{{", "{|", "[[")) or "[[" in line or "'''" in line for line in lines)
    return sections >= 2 and markup


def inline(text: str) -> str:
    """Links as their labels, quotes-as-emphasis as plain words, inline tags and entities resolved."""
    text = WIKILINK_RE.sub(r"\1", text)
    text = re.sub(r"\[(?:https?:)?//\S+\s+([^\]]+)\]", r"\1", text)
    text = re.sub(r"\[(?:https?:)?//\S+\]", "", text)
    whole = re.fullmatch(r"'''(.+?)'''[:：]?", text.strip())
    if whole and "'''" not in whole.group(1):
        return f"**{inline(whole.group(1))}**"  # a bold line on its own is a heading in all but name
    text = re.sub(r"'{2,5}", "", text)
    return html.unescape(TAG_RE.sub("", text)).strip()


def _templates(text: str) -> str:
    """Each `{{…}}` (nested, across lines) replaced by its box text, or by nothing."""
    out: list[str] = []
    i = 0
    while (start := text.find("{{", i)) >= 0:
        out.append(text[i:start])
        depth, j = 0, start
        while j < len(text) - 1:
            pair = text[j:j + 2]
            depth += 1 if pair == "{{" else -1 if pair == "}}" else 0
            j += 2 if pair in ("{{", "}}") else 1
            if depth == 0:
                break
        inner = text[start + 2:j - 2]
        name, _, body = inner.partition("|")
        if name.strip().casefold() in BOX_TEMPLATES and body.strip():
            body = re.sub(r"^\s*(?:1|text|content)\s*=", "", body)
            out.append("\n\n" + body.strip() + "\n\n")
        i = j
    out.append(text[i:])
    return "".join(out)


def _cells(line: str, separator: str) -> list[str]:
    """A row's cells, each without its `style=… |` attributes."""
    cells = []
    for cell in line.split(separator * 2):
        attributes, bar, value = cell.partition("|")
        cells.append(inline(value if bar and "=" in attributes else cell))
    return cells


def _table(rows: list[str]) -> list[str]:
    caption = ""
    table: list[tuple[list[str], bool]] = []
    cells: list[str] = []
    header = False
    for raw in rows:
        line = raw.strip()
        if line.startswith("|+"):
            caption = inline(line[2:])
        elif line.startswith("|-"):
            if cells:
                table.append((cells, header))
            cells, header = [], False
        elif line.startswith("!"):
            header = True
            cells += _cells(line[1:], "!")
        elif line.startswith("|"):
            cells += _cells(line[1:], "|")
        elif line and cells:
            cells[-1] += " " + inline(line)
    if cells:
        table.append((cells, header))
    out = [caption.rstrip(":：") + ":"] if caption else []
    for number, (row, is_header) in enumerate(table):
        out += table_lines(row, header=number == 0 and is_header)
    return out


def mediawiki_to_markdown(text: str) -> str:
    # The page's name lives outside its source; an infobox's title is the nearest thing to it.
    titled = re.search(r"\{\{\s*infobox[^{}]*?^\|\s*(?:title|name)\s*=\s*(\S[^\n]*)$", text,
                       re.IGNORECASE | re.MULTILINE)
    lines = _templates(REF_RE.sub("", text)).split("\n")
    out: list[str] = [f"# {inline(titled.group(1))}", ""] if titled else []
    skipping = 0  # the level of a navigation section being left out, with everything under it
    i = 0
    while i < len(lines):
        line = lines[i].rstrip()
        i += 1
        section = SECTION_RE.match(line)
        if section:
            level, title = len(section.group(1)), inline(section.group(2))
            if skipping and level > skipping:
                continue
            skipping = level if title.casefold() in NAVIGATION_SECTIONS else 0
            if not skipping:
                out += ["", "#" * level + " " + title, ""]
            continue
        if skipping or DROP_LINE_RE.match(line.strip()):
            continue
        if line.startswith("{|"):
            end = next((j for j in range(i, len(lines)) if lines[j].startswith("|}")), len(lines))
            out += ["", *_table(lines[i:end]), ""]
            i = end + 1
            continue
        listed = LIST_RE.match(line)
        if listed:
            marks, body = listed.groups()
            depth = "   " * (len(marks) - 1)
            if marks[-1] == ";":  # a definition term; "; term : definition" on one line says both
                term, _, definition = body.partition(" : ")
                out.append(f"{depth}**{inline(term)}**" + (f" {inline(definition)}" if definition else ""))
            elif marks[-1] == ":":
                out.append(depth + inline(body))  # an indented continuation, not an item
            else:
                out.append(depth + ("1. " if marks[-1] == "#" else "- ") + inline(body))
            continue
        out.append(inline(line))
    return "\n".join(out)
