"""Outliner pages (Logseq, Roam): every line a bullet block, headings and tables inside blocks.

A Logseq page stores `- ## Driving states` for a heading, `- | State | … |` for a table, block properties
(`collapsed:: false`, `id:: 6720…`, `logseq.order-list-type:: number`), `:LOGBOOK:` drawers, task markers
(`TODO`, `DONE`), `#tags`, `((block refs))` and `{{query …}}` macros. Read as Markdown, the whole page was one
nested list under no heading, and its table was a list item. Here a heading block becomes a heading, a
section's top blocks become its paragraphs, a block's children its list (numbered when the block says so),
and the outliner's markup goes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

BULLET_RE = re.compile(r"^(?P<indent>[\t ]*)- (?P<text>.*)$")
CONTINUATION_RE = re.compile(r"^(?P<indent>[\t ]*)(?P<text>\S.*)$")
PROPERTY_RE = re.compile(r"^\s*(?P<key>[\w.\u4e00-\u9fff-]{1,40})::(?:\s+(?P<value>.*))?$")
HEADING_RE = re.compile(r"^#{1,6}\s+\S")
DRAWER_START_RE = re.compile(r"^\s*:(?:LOGBOOK|PROPERTIES|logbook|properties):\s*$")
DRAWER_END_RE = re.compile(r"^\s*:END:\s*$")
TASK_RE = re.compile(r"^(?:TODO|DOING|DONE|LATER|NOW|WAITING|WAIT|CANCELED|CANCELLED|IN-PROGRESS)\s+")
MACRO_RE = re.compile(r"\{\{[^{}]*\}\}")
BLOCK_REF_RE = re.compile(r"\(\([0-9a-f-]{8,}\)\)")
TAG_RE = re.compile(r"(?<!\S)#(?:\[\[(?P<words>[^\]]+)\]\]|(?P<word>[^\s#\[\]]+))(?=\s|$)")
TRAILING_TAGS_RE = re.compile(r"(?:\s+#(?:\[\[[^\]]+\]\]|[^\s#\[\]]+))+\s*$")
PAGE_LINK_RE = re.compile(r"\[\[([^\]]+)\]\]")
MIN_BULLET_SHARE = 0.9  # of a page's lines that are not properties or blank: bullets and their indented lines


@dataclass
class Block:
    depth: int
    lines: list[str]
    numbered: bool = False
    children: list["Block"] = field(default_factory=list)


def is_outline(text: str) -> bool:
    """Whether a Markdown page is an outliner's: nearly every line a bullet block or a block's continuation,
    with a heading block or a block property (what plain Markdown lists never have)."""
    lines = [line for line in text.split("\n") if line.strip()]
    content = [line for line in lines if not PROPERTY_RE.match(line)]
    bullets = [m for m in map(BULLET_RE.match, content) if m]
    in_blocks = [line for line in content if BULLET_RE.match(line) or line[0] in " \t"]  # a block's own lines
    if len(bullets) < 5 or len(in_blocks) < MIN_BULLET_SHARE * len(content):
        return False
    headed = any(HEADING_RE.match(m["text"]) for m in bullets)
    return headed or len(lines) - len(content) >= 2


def _depth(indent: str) -> int:
    return indent.count("\t") + (len(indent.replace("\t", "")) // 2)


def _clean(line: str) -> str:
    line = MACRO_RE.sub("", BLOCK_REF_RE.sub("", line))
    line = TASK_RE.sub("", line.strip())
    # "What went wrong #incident": a trailing tag files the block; "move a #hard-rule item" says a word.
    line = TAG_RE.sub(lambda m: m["words"] or m["word"], TRAILING_TAGS_RE.sub("", line))
    return re.sub(r"\s{2,}", " ", PAGE_LINK_RE.sub(r"\1", line)).strip()


def _blocks(lines: list[str]) -> tuple[list[Block], str | None]:
    """The page's blocks, nested, and its `title::` property; page properties and drawers are dropped."""
    roots: list[Block] = []
    stack: list[Block] = []
    title, drawer = None, False
    for line in lines:
        if drawer:
            drawer = not DRAWER_END_RE.match(line)
            continue
        if DRAWER_START_RE.match(line):
            drawer = True
            continue
        prop = PROPERTY_RE.match(line)
        if prop:
            if prop["key"] == "title" and not roots:
                title = _clean(prop["value"] or "")
            elif prop["key"].endswith("order-list-type") and stack:
                stack[-1].numbered = (prop["value"] or "").strip() == "number"
            continue
        bullet = BULLET_RE.match(line)
        if bullet:
            block = Block(_depth(bullet["indent"]), [bullet["text"]])
            while stack and stack[-1].depth >= block.depth:
                stack.pop()
            (stack[-1].children if stack else roots).append(block)
            stack.append(block)
        elif stack and line.strip():
            stack[-1].lines.append(line.strip())  # a block's second line: a table row, a wrapped sentence
    return roots, title


def _render(blocks: list[Block], out: list[str], level: int) -> None:
    """Blocks at a section's top level (`level` 0) as paragraphs, headings as headings, children as lists."""
    count = 0  # the numbered siblings so far
    for block in blocks:
        first, rest = _clean(block.lines[0]), [_clean(line) for line in block.lines[1:]]
        if HEADING_RE.match(first):
            out.extend(["", first, ""])
            _render(block.children, out, 0)
            continue
        if level == 0:
            text = [first, *rest] if first.startswith("|") else [" ".join([first, *rest]).strip()]
            if text[0]:
                lead_in = block.children and not text[-1].endswith((":", "：", ".", "。", "?", "？"))
                out.extend(["", *text[:-1], text[-1] + (":" if lead_in else "")])
            _render(block.children, out, 1)
            if block.children:
                out.append("")
            continue
        count += block.numbered
        marker = f"{count}." if block.numbered else "-"
        indent = "  " * (level - 1)
        if first or rest:
            out.append(f"{indent}{marker} {' '.join([first, *rest]).strip()}")
        _render(block.children, out, level + 1)


def outline_to_markdown(text: str) -> tuple[str, str | None]:
    """An outliner page as plain Markdown, and its `title::` property (None when it has none)."""
    roots, title = _blocks(text.split("\n"))
    out: list[str] = []
    _render(roots, out, 0)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip() + "\n", title
