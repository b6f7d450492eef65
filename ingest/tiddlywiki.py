"""A TiddlyWiki tiddler saved as a `.tid` file, read as the page TiddlyWiki renders.

A `.tid` file is a block of `field: value` lines (title, tags, created, modifier …), a blank line, then the
tiddler's wikitext: `!!` headings, `*` and `#` lists, `|!header |cell |h` tables, `; term` / `: definition`
lists, `<<<` quote blocks, `''bold''` and `//italic//`, `[[links]]`, `{{transclusions}}` and `<<macros>>`.
Only the title field is kept; the wikitext becomes Markdown, and what renders as something else (a
transcluded header, a table of contents macro) is dropped, as the reader of the page never sees it as text.
"""

from __future__ import annotations

import re

from ingest.markdown_tables import table_lines

FIELD_RE = re.compile(r"^([a-z][\w.-]*):\s?(.*)$")
HEADING_RE = re.compile(r"^(!{1,6})\s*(.*)$")
LIST_RE = re.compile(r"^([*#]+)\s*(.*)$")
TABLE_ROW_RE = re.compile(r"^\|(.*)\|([hfck]?)\s*$")
# A transclusion or macro call alone on its line renders as other tiddlers' content, not this one's.
WIDGET_LINE_RE = re.compile(r"^\s*(?:\{\{[^{}]*\}\}|<<[^<>]*>>|<\$[^>]*/?>|</\$[\w-]+>)\s*$")
QUOTE_FENCE_RE = re.compile(r"^<<<(.*)$")
LINK_RE = re.compile(r"\[\[(?:([^|\]]*)\|)?([^\]]+)\]\]")  # [[Label|Target]] shows Label, [[Target]] Target
EXTERNAL_LINK_RE = re.compile(r"\[ext\[(?:([^|\]]*)\|)?([^\]]+)\]\]")
INLINE_WIDGET_RE = re.compile(r"\{\{[^{}]*\}\}|<<[^<>]*>>")
BOLD_RE = re.compile(r"''(?=\S)(.+?)(?<=\S)''")
ITALIC_RE = re.compile(r"(?<![:/])//(?=\S)(.+?)(?<=\S)(?<!:)//")
STYLE_RE = re.compile(r"(\^\^|,,|~~|__)(?=\S)(.+?)(?<=\S)\1")
STYLED_BLOCK_RE = re.compile(r"@@(?:[.\w-]+\s+)?(.+?)@@")


def is_tiddler(text: str) -> bool:
    """Whether `text` opens with a tiddler's fields: a `title:` among `name: value` lines, then a blank one."""
    head = text.lstrip("\ufeff").split("\n\n", 1)[0].split("\n")
    return all(FIELD_RE.match(line) for line in head) and any(line.startswith("title:") for line in head)


def tiddler_to_markdown(text: str) -> tuple[str, str | None]:
    """(Markdown body, title) of a `.tid` file."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n")
    fields: dict[str, str] = {}
    head, _, body = text.partition("\n\n") if is_tiddler(text) else ("", "", text)
    for line in head.split("\n"):
        if match := FIELD_RE.match(line):
            fields[match.group(1)] = match.group(2).strip()
    title = fields.get("title") or None
    lines = [f"# {title}", ""] if title else []
    lines += _render(body.split("\n"))
    return "\n".join(lines).strip() + "\n", title


def _render(source: list[str]) -> list[str]:
    out: list[str] = []
    table_open = False
    in_quote = False  # a `<<<` block is read as the paragraph it quotes, its citation after it
    for raw in source:
        line = raw.rstrip()
        row = TABLE_ROW_RE.match(line)
        if not row and table_open:
            table_open = False
            out.append("")
        if WIDGET_LINE_RE.match(line):
            continue
        if fence := QUOTE_FENCE_RE.match(line):
            in_quote = not in_quote
            cite = fence.group(1).strip()
            quoted = [n for n, said in enumerate(out) if said.strip()]
            if not in_quote and cite and quoted:
                # Who said it, after what they said: "— Marcus" on a line of its own reads as a signature.
                out[quoted[-1]] += f" ({_inline(cite)})"
            out.append("")
            continue
        if row:
            cells = [_inline(cell.strip().lstrip("!").strip()) for cell in row.group(1).split("|")]
            # The first row heads the table, as a Markdown table needs (a `|h` row says so outright).
            out += table_lines(cells, header=row.group(2) == "h" or not table_open)
            table_open = True
            continue
        if heading := HEADING_RE.match(line):
            out += ["", "#" * min(len(heading.group(1)) + 1, 6) + " " + _inline(heading.group(2)), ""]
        elif item := LIST_RE.match(line):
            marks = item.group(1)
            bullet = "1." if marks[-1] == "#" else "-"
            out.append("  " * (len(marks) - 1) + f"{bullet} {_inline(item.group(2))}")
        elif line.startswith(";"):
            out.append(_inline(line[1:].strip()) + ":")
        elif line.startswith(":") and out and out[-1].endswith(":"):
            out[-1] = f"{out[-1]} {_inline(line[1:].strip())}"  # "; term" then ": definition" read as one line
        elif line.startswith(":"):
            out.append(_inline(line[1:].strip()))
        else:
            out.append(_inline(line))
    return out


def _inline(text: str) -> str:
    text = EXTERNAL_LINK_RE.sub(lambda m: m.group(1) or m.group(2), text)
    text = LINK_RE.sub(lambda m: m.group(1) or m.group(2), text)
    text = INLINE_WIDGET_RE.sub("", text)
    text = STYLED_BLOCK_RE.sub(r"\1", text)
    text = BOLD_RE.sub(r"**\1**", text)
    text = ITALIC_RE.sub(r"*\1*", text)
    return STYLE_RE.sub(r"\2", text).strip()
