"""Structured exports to Markdown-ish text: an outliner's OPML file and a help centre's or wiki's JSON export.

Both hold the guidance inside fields: OPML in `<outline text="…" _note="…">` attributes nested as deep as the
writer indented, a JSON export in the `body` of each article beside ids, URLs, vote counts and timestamps.
The reader keeps the words a person wrote and the nesting as headings; everything else is filing.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from typing import Any

from bot.core.documents.reading import Unreadable, html_to_text

TAG_RE = re.compile(r"<[^>]+>")
TITLE_KEYS = ("title", "name", "heading", "subject", "question")
BODY_KEYS = ("body", "body_html", "content", "html", "text", "answer", "description", "markdown")
MIN_FREE_TEXT_WORDS = 8  # a loose string value this long is prose, not a label or an id


def _plain(value: str) -> str:
    """An attribute's text: inline HTML tags (<b>, <i>) dropped, line breaks as spaces."""
    return re.sub(r"\s+", " ", TAG_RE.sub("", value)).strip()


def opml_to_markdown(text: str) -> tuple[str, str | None]:
    """An OPML outline: branches become headings (by depth), leaves '- ' items with their notes."""
    try:
        root = ElementTree.fromstring(text.encode("utf-8"))
    except ElementTree.ParseError as exc:
        raise Unreadable(f"broken OPML ({exc})") from exc
    title = root.findtext("head/title")
    body = root.find("body")
    if body is None:
        raise Unreadable("OPML file without a <body>")
    lines: list[str] = []

    def walk(node: ElementTree.Element, depth: int) -> None:
        for outline in node.findall("outline"):
            words, note = _plain(outline.get("text", "")), _plain(outline.get("_note", ""))
            if len(outline):
                lines.extend(["", f"{'#' * min(depth + 1, 4)} {words}", ""])
                if note:
                    lines.extend([note, ""])
                walk(outline, depth + 1)
            elif words or note:
                sentence = words if not note or words.endswith((".", "!", "?", ":")) else f"{words}."
                lines.append(f"- {sentence} {note}".rstrip())

    try:
        walk(body, 1)
    except RecursionError as exc:
        raise Unreadable("OPML outline nested too deeply to read") from exc
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip(), title and _plain(title)


def _articles(value: Any) -> Iterator[tuple[str, str]]:
    """(title, body) of every object in the export that has both, however deep it sits."""
    if isinstance(value, dict):
        title = next((value[k] for k in TITLE_KEYS if isinstance(value.get(k), str) and value[k].strip()), None)
        body = next((value[k] for k in BODY_KEYS if isinstance(value.get(k), str) and value[k].strip()), None)
        if title and body and body != title:
            yield title, body
            return
        for child in value.values():
            yield from _articles(child)
    elif isinstance(value, list):
        for child in value:
            yield from _articles(child)


def _free_text(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        if len(value.split()) >= MIN_FREE_TEXT_WORDS and not value.startswith(("http://", "https://")):
            yield value
    elif isinstance(value, dict):
        for child in value.values():
            yield from _free_text(child)
    elif isinstance(value, list):
        for child in value:
            yield from _free_text(child)


def _body_text(body: str) -> str:
    if TAG_RE.search(body):
        text, _ = html_to_text(body)
        # The article's own headings sit under its title.
        return re.sub(r"^(#{1,5})\s", r"#\1 ", text, flags=re.MULTILINE)
    return body


def json_to_markdown(text: str) -> tuple[str, str | None]:
    """A JSON export's articles as '## title' sections; without articles, its prose string values."""
    try:
        data = json.loads(text)
        articles = list(_articles(data))
    except json.JSONDecodeError as exc:
        raise Unreadable(f"broken JSON (line {exc.lineno}: {exc.msg})") from exc
    except RecursionError as exc:
        raise Unreadable("JSON nested too deeply to read") from exc
    if articles:
        sections = [f"## {_plain(title)}\n\n{_body_text(body).strip()}" for title, body in articles]
        return "\n\n".join(sections), _plain(articles[0][0]) if len(articles) == 1 else None
    paragraphs = [_body_text(value).strip() for value in _free_text(data)]
    if not paragraphs:
        raise Unreadable("JSON file without any prose in it")
    return "\n\n".join(paragraphs), None
