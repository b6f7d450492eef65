"""Split a cleaned document into heading-scoped chunks of a sensible size."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.text import CJK_RE, split_sentences

MD_HEADING_RE = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
BULLET_RE = re.compile(r"^\s*([-*•·]|\d+[.)])\s+")
MIN_CHUNK_WEIGHT = 120


@dataclass
class Section:
    path: list[str]
    body: str


def text_weight(text: str) -> int:
    """Roughly proportional to model tokens: a CJK character costs about as much as a short English word."""
    cjk = len(CJK_RE.findall(text))
    return len(text) - cjk + 3 * cjk


def looks_like_heading(line: str, prev_blank: bool, next_line: str | None) -> bool:
    """Guess a heading in plain text: a short line standing alone, without sentence punctuation."""
    stripped = line.strip()
    if not stripped or not prev_blank or next_line is None or not next_line.strip():
        return False
    if BULLET_RE.match(stripped) or len(stripped) > 70 or stripped[-1] in ".,;!?。，；！？、)”\"'":
        return False
    if CJK_RE.search(stripped):
        return len(stripped) <= 30
    words = stripped.split()
    return 1 <= len(words) <= 10 and stripped[0].isupper()


def sections_of(text: str, title: str, *, markdown: bool) -> list[Section]:
    """Group lines under their heading path; the document title is the root of every path."""
    lines = text.split("\n")
    sections: list[Section] = []
    stack: list[tuple[int, str]] = []
    body: list[str] = []

    def flush() -> None:
        joined = "\n".join(body).strip()
        if joined:
            sections.append(Section([h for _, h in stack], joined))
        body.clear()

    prev_blank = True
    for i, line in enumerate(lines):
        match = MD_HEADING_RE.match(line) if markdown else None
        level = len(match.group(1)) if match else 0
        heading = match.group(2).strip().strip("*_ ") if match else None
        if heading is None and not markdown:
            next_line = lines[i + 1] if i + 1 < len(lines) else None
            if looks_like_heading(line, prev_blank, next_line):
                heading, level = line.strip(), 2
        if heading is not None:
            flush()
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, heading))
        else:
            body.append(line)
        prev_blank = not line.strip()
    flush()

    # The title usually repeats as the first heading; keep the path readable.
    for section in sections:
        if section.path and section.path[0].strip().lower() == title.strip().lower():
            section.path = section.path[1:]
    return sections


def pack(pieces: list[str], limit: int, joiner: str) -> list[str]:
    """Greedily pack pieces into groups whose weight stays under `limit`."""
    groups: list[str] = []
    current: list[str] = []
    weight = 0
    for piece in pieces:
        piece_weight = text_weight(piece)
        if current and weight + piece_weight > limit:
            groups.append(joiner.join(current))
            current, weight = [], 0
        current.append(piece)
        weight += piece_weight
    if current:
        groups.append(joiner.join(current))
    return groups


def split_body(body: str, limit: int) -> list[str]:
    if text_weight(body) <= limit:
        return [body]
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", body) if p.strip()]
    pieces: list[str] = []
    for paragraph in paragraphs:
        if text_weight(paragraph) <= limit:
            pieces.append(paragraph)
        else:
            sentences = split_sentences(paragraph)
            joiner = "" if CJK_RE.search(paragraph) else " "
            pieces.extend(pack(sentences, limit, joiner))
    return pack(pieces, limit, "\n\n")


def split_document(text: str, title: str, *, markdown: bool, limit: int = 1200) -> list[tuple[str, str]]:
    """(section path, chunk text) pairs. Sections too small to stand alone join their neighbour."""
    chunks: list[tuple[str, str]] = []
    for section in sections_of(text, title, markdown=markdown):
        path = " > ".join(section.path)
        for piece in split_body(section.body, limit):
            if chunks and chunks[-1][0] == path and text_weight(chunks[-1][1]) < MIN_CHUNK_WEIGHT:
                chunks[-1] = (path, chunks[-1][1] + "\n\n" + piece)
            else:
                chunks.append((path, piece))
    return chunks
