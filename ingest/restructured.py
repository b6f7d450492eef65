"""reStructuredText (Sphinx docs, Python project READMEs) read into the Markdown-ish text ingestion splits.

Read as plain text, an .rst page loses its structure: a title is a line over a row of `====`, a grid
table is a drawing of `+---+` boxes, and `:ref:` roles and `.. note::` directives are markup a reader
never sees. This reader keeps what a reader of the rendered page would see and drops the rest:

- section titles (underlined, optionally overlined) become `#` headings, levels in order of first use,
  as docutils assigns them;
- admonitions (`.. note::`, `.. warning::` …) keep their text; code blocks stay code; the table of
  contents, comments, link targets, images and substitutions are dropped;
- a grid table becomes Markdown table rows, a cell's wrapped lines joined;
- roles and inline markup become their text (":ref:`Cost budgets <cost-budgets>`" reads "Cost budgets");
- a bibliographic field list at the top (":Author: …") becomes metadata, not body text.
"""

from __future__ import annotations

import re

from ingest.markdown_tables import header_rule, table_row

# A title's underline (or overline): one punctuation character repeated, at least as long as the title.
ADORNMENT_RE = re.compile(r"^([=\-~^\"'`#*+:._])\1{2,}\s*$")
DIRECTIVE_RE = re.compile(r"^(\s*)\.\.\s+(?:\|[^|]+\|\s+)?([\w:-]+)::\s*(.*)$")
# `.. _label:` targets and `.. anything else` comments: never shown.
EXPLICIT_MARKUP_RE = re.compile(r"^(\s*)\.\.(?:\s|$)")
FIELD_RE = re.compile(r"^:(?P<name>[A-Za-z][\w -]*):\s*(?P<value>.*)$")
OPTION_RE = re.compile(r"^\s*:[\w-]+:(?:\s.*)?$")  # a directive's options (":depth: 2") under its name
BULLET_START_RE = re.compile(r"^\s*(?:[-*+•]|\d+[.)]|#\.)\s")
GRID_BORDER_RE = re.compile(r"^\s*\+(?:[-=]+\+)+\s*$")
# Text shown, code kept as code; the rest (contents, image, figure, include, raw, date, meta …) dropped.
SHOWN_DIRECTIVES = {"note", "tip", "hint", "important", "warning", "caution", "attention", "danger", "error",
                    "admonition", "seealso", "topic", "sidebar", "rubric", "versionadded", "versionchanged",
                    "deprecated", "container", "epigraph", "highlights", "pull-quote"}
CODE_DIRECTIVES = {"code-block", "code", "sourcecode", "literalinclude", "highlight"}
ROLE_RE = re.compile(r":[\w:-]+:`([^`<]*?)\s*(?:<[^>]*>)?`")
LINK_RE = re.compile(r"`([^`<]+?)\s*<[^>]*>`__?")
INLINE_LITERAL_RE = re.compile(r"``([^`]+)``")
REFERENCE_RE = re.compile(r"`([^`]+)`_{1,2}|\b(\w+)_\b|\|([^|\s][^|]*)\|")


def inline_text(line: str) -> str:
    """A line's inline markup as the text a reader sees; **strong** is kept (Markdown reads it too)."""
    line = ROLE_RE.sub(lambda m: m.group(1), line)
    line = LINK_RE.sub(lambda m: m.group(1), line)
    line = INLINE_LITERAL_RE.sub(lambda m: m.group(1), line)
    return REFERENCE_RE.sub(lambda m: m.group(1) or m.group(2) or m.group(3), line)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def grid_rows(lines: list[str]) -> list[str]:
    """A grid table as Markdown rows: column edges from the border's `+`, each row's lines joined per cell;
    the `+===+` border under the header becomes the Markdown rule, so the header is read as column names."""
    border = lines[0].strip()
    edges = [i for i, char in enumerate(border) if char == "+"]
    offset = _indent(lines[0])
    rows: list[str] = []
    cells: list[list[str]] = []
    for line in lines[1:]:
        if GRID_BORDER_RE.match(line):
            if cells:
                rows.append(table_row([" ".join(" ".join(c).split()) for c in cells]))
                cells = []
            if "=" in line:
                rows.append(header_rule(len(edges) - 1))
            continue
        text = line[offset:]
        parts = [inline_text(text[a + 1:b]).strip() for a, b in zip(edges, edges[1:])]
        cells = cells or [[] for _ in parts]
        for cell, part in zip(cells, parts):
            if part:
                cell.append(part)
    return rows


def rst_to_markdown(text: str) -> tuple[str, str | None, dict[str, str]]:
    """The page as Markdown-ish text, its first title and its top field list."""
    lines = text.replace("\t", "    ").split("\n")
    out: list[str] = []
    meta: dict[str, str] = {}
    levels: list[tuple[str, bool]] = []
    title: str | None = None
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        # A title: text over an adornment as long as it, perhaps with the same adornment above.
        overline = bool(ADORNMENT_RE.match(line)) and i + 2 < len(lines) and lines[i + 2].strip() == stripped
        heading_at = i + 1 if overline else i
        if heading_at + 1 < len(lines):
            text_line, under = lines[heading_at].strip(), lines[heading_at + 1]
            if (text_line and not ADORNMENT_RE.match(lines[heading_at]) and ADORNMENT_RE.match(under)
                    and len(under.strip()) >= len(text_line) and (overline or _indent(lines[heading_at]) == 0)):
                style = (under.strip()[0], overline)
                if style not in levels:
                    levels.append(style)
                heading = inline_text(text_line)
                title = title or heading
                out += ["", "#" * min(levels.index(style) + 1, 6) + " " + heading, ""]
                i = heading_at + 2
                continue
        before_body = all(not kept.strip() or kept.startswith("#") for kept in out)
        if before_body and (field := FIELD_RE.match(stripped)):
            meta[field.group("name").strip().lower()] = inline_text(field.group("value")).strip()
            i += 1
            continue
        if GRID_BORDER_RE.match(line):
            j = i + 1
            while j < len(lines) and lines[j].strip().startswith(("+", "|")):
                j += 1
            out += ["", *grid_rows(lines[i:j]), ""]
            i = j
            continue
        if EXPLICIT_MARKUP_RE.match(line):
            i = _markup_block(lines, i, out)
            continue
        if stripped.endswith("::") and not stripped.startswith(".."):
            # "Example::" introduces a literal block: the colon stays, the block is code.
            out.append(inline_text(line.rstrip()[:-1]))
            i = _code_block(lines, i + 1, _indent(line), out)
            continue
        out.append(inline_text(line.rstrip()) if stripped else "")
        i += 1
    return "\n".join(join_paragraphs(out)), title, meta  # clean_text squeezes the blank runs


def join_paragraphs(lines: list[str]) -> list[str]:
    """One line per paragraph and per list item, as the rendered page flows them: rst and AsciiDoc
    separate paragraphs and lists by blank lines, so the lines of a block are always one text. Code,
    written indented after a blank line, is never joined."""
    joined: list[str] = []
    for line in lines:
        previous = joined[-1] if joined else ""
        if (line.strip() and previous.strip() and not previous.startswith(("#", "|", "    "))
                and not line.startswith(("#", "|")) and not BULLET_START_RE.match(line)):
            joined[-1] = previous.rstrip() + " " + line.strip()
        else:
            joined.append(line.rstrip())
    return joined


def _block_end(lines: list[str], start: int, indent: int) -> int:
    """The end of the block indented deeper than `indent` that starts at or after `start`."""
    j = start
    while j < len(lines) and (not lines[j].strip() or _indent(lines[j]) > indent):
        j += 1
    while j > start and not lines[j - 1].strip():
        j -= 1
    return j


def _code_block(lines: list[str], start: int, indent: int, out: list[str]) -> int:
    end = _block_end(lines, start, indent)
    while start < end and not lines[start].strip():
        start += 1
    body = lines[start:end]
    depth = min((_indent(line) for line in body if line.strip()), default=0)
    out += ["", *("    " + line[depth:] if line.strip() else "" for line in body), ""]  # Markdown's indented code
    return end


def _markup_block(lines: list[str], i: int, out: list[str]) -> int:
    """A directive, comment or target starting at line i: its shown text goes to `out`."""
    line = lines[i]
    indent = _indent(line)
    directive = DIRECTIVE_RE.match(line)
    name = directive.group(2).lower() if directive else ""
    if name in CODE_DIRECTIVES:
        start = i + 1
        while start < len(lines) and lines[start].strip().startswith(":"):  # the directive's options
            start += 1
        return _code_block(lines, start, indent, out)
    end = _block_end(lines, i + 1, indent)
    if name not in SHOWN_DIRECTIVES:
        return end
    argument = inline_text(directive.group(3).strip()) if directive else ""
    start = i + 1
    while start < end and OPTION_RE.match(lines[start]):
        start += 1
    content = lines[start:end]
    depth = min((_indent(line) for line in content if line.strip()), default=0)
    out.append("")
    if argument:
        out.append(argument)
    out += [inline_text(line[depth:].rstrip()) if line.strip() else "" for line in content]
    out.append("")
    return end
