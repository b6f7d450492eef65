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


# A bullet outline copied as text (幕布, Workflowy, Dynalist): "• " or "- " lines nested by indentation.
TEXT_BULLET_RE = re.compile(r"^(?P<indent>[ \t]*)[•●◦▪‣\-*]\s+(?P<text>\S.*)$")
MIN_OUTLINE_BULLETS = 8
MIN_OUTLINE_TOPICS = 2
MIN_OUTLINE_SHARE = 0.9  # of the non-blank lines from its first bullet to its last (as is_outline asks)
MAX_TOPIC_WORDS = 12
MAX_TOPIC_CJK_CHARS = 24
SENTENCE_END = ("。", ".", "!", "?", "！", "？", "；", ";")


def _is_topic(text: str) -> bool:
    """A short label, not a sentence: "四、录取概率分档（每张表最多 40 个院校专业组）", "What it never does"."""
    cjk = sum("\u4e00" <= ch <= "\u9fff" for ch in text)
    short = cjk <= MAX_TOPIC_CJK_CHARS if cjk else len(text.split()) <= MAX_TOPIC_WORDS
    return short and not text.rstrip().endswith(SENTENCE_END)


def bullet_topics(text: str) -> str:
    """A text outline's top bullets that head nested bullets become headings over them.

    Copied as text, an outliner page is one nested list: its sections ("• 四、录取概率分档") were list items
    like their lines, so a question about the bands was answered from the page's opening lines. A top-level
    bullet that is a short label and has bullets under it is read as the section it is; nothing else changes."""
    lines = text.split("\n")
    bullets = [(n, TEXT_BULLET_RE.match(line)) for n, line in enumerate(lines)]
    bullets = [(n, m) for n, m in bullets if m]
    if len(bullets) < MIN_OUTLINE_BULLETS:
        return text
    first, last = bullets[0][0], bullets[-1][0]
    # An outline is all bullets: a page with prose and headings between its lists is no outline.
    if len(bullets) < MIN_OUTLINE_SHARE * sum(1 for line in lines[first : last + 1] if line.strip()):
        return text
    top = min(len(m.group("indent").expandtabs(4)) for _, m in bullets)
    depth = {n: len(m.group("indent").expandtabs(4)) for n, m in bullets}
    topics = []
    for i, (n, match) in enumerate(bullets):
        below = bullets[i + 1][0] if i + 1 < len(bullets) else None
        if depth[n] == top and below is not None and depth[below] > top and _is_topic(match.group("text")):
            topics.append(n)
    if len(topics) < MIN_OUTLINE_TOPICS:
        return text
    # A bullet's wrapped or second line, indented under it, would read as a Markdown code block.
    out = [line.strip() if first <= n <= last else line for n, line in enumerate(lines)]
    indents = sorted(set(depth.values()))
    under_topic = False
    for n, match in bullets:
        if depth[n] == top:
            under_topic = n in topics
        if n in topics:
            out[n] = f"## {match.group('text').strip()}"
            continue
        # A topic's bullets move one level up: its first ones are its section's list, not a list nested in nothing.
        level = max(0, indents.index(depth[n]) - (1 if under_topic else 0))
        out[n] = "  " * level + "- " + match.group("text").strip()
    return "\n".join(out)
