"""Structured exports to Markdown-ish text: an outliner's OPML file, a help centre's or wiki's JSON export, a YAML
playbook, a Jupyter notebook and XML markup.

All hold the guidance inside fields: OPML in `<outline text="…" _note="…">` attributes nested as deep as the
writer indented, a JSON export in the `body` of each article beside ids, URLs, vote counts and timestamps, a
playbook in each rule's `description` and `why`, a notebook in its Markdown cells. The reader keeps the words
a person wrote and the nesting as headings; everything else is filing.
"""

from __future__ import annotations

import json
import re
import warnings
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from typing import Any

import yaml

from bot.core.documents.reading import HTML_BODY_RE, Unreadable, html_to_text
from bot.core.text import CJK_RE
from ingest.feeds import feed_to_markdown, is_feed

TAG_RE = re.compile(r"<[^>]+>")
TITLE_KEYS = ("title", "name", "heading", "subject", "question")
BODY_KEYS = ("body", "body_html", "content", "html", "text", "answer", "description", "markdown")
MIN_FREE_TEXT_WORDS = 8  # a loose string value this long is prose, not a label or an id
MIN_SENTENCE_WORDS = 4  # …and so is a shorter one that ends as a sentence does


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


def _sections(value: Any, name: str = "") -> Iterator[tuple[str, list[str]]]:
    """(heading, texts) in document order: an object with a body is one section under its title (or the key
    that holds it), with its other prose fields ("why", nested notices) after the body; a loose prose string
    is a paragraph under its key. Ids, URLs, counts, dates and labels are short: never prose."""
    if isinstance(value, dict):
        title_key, body_key = _filled_key(value, TITLE_KEYS), _filled_key(value, BODY_KEYS)
        if body_key and value[body_key] != (value.get(title_key) if title_key else None):
            rest = [text for key, child in value.items() if key not in (title_key, body_key) for text in _free_text(child)]
            yield (value[title_key] if title_key else _key_name(name)), [value[body_key], *rest]
            return
        own = [child for key, child in value.items() if key != title_key and isinstance(child, str) and _is_prose(child)]
        if title_key and own:  # a rule with a name and a "why" but no description
            yield value[title_key], own
        for key, child in value.items():
            if key != title_key and not (title_key and isinstance(child, str)):
                yield from _sections(child, str(key))
    elif isinstance(value, list):
        for child in value:
            yield from _sections(child, name)
    elif isinstance(value, str) and _is_prose(value):
        yield _key_name(name), [value]


def _filled_key(value: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    """The first of `keys` whose field in `value` holds some text."""
    return next((k for k in keys if isinstance(value.get(k), str) and value[k].strip()), None)


def _key_name(key: str) -> str:
    """A field name as a heading: "join_chat_notice" → "Join chat notice"."""
    words = re.sub(r"[_\-]+", " ", re.sub(r"(?<=[a-z])(?=[A-Z])", " ", key)).strip()
    return words[:1].upper() + words[1:].lower() if words else ""


def _is_prose(value: str) -> bool:
    """Eight words or more, or a shorter sentence with its full stop ("Design every feature for consent.")."""
    words = len(value.split()) + len(CJK_RE.findall(value)) // 2  # Chinese: about two characters a word
    sentence = words >= MIN_SENTENCE_WORDS and value.rstrip().endswith((".", "!", "?", "。", "！", "？"))
    return (words >= MIN_FREE_TEXT_WORDS or sentence) and not value.startswith(("http://", "https://"))


def _document_title(value: Any, depth: int = 0) -> str | None:
    """The export's own title: a title field at the top or one level down (`metadata: title:`)."""
    if isinstance(value, list) and value:
        return _document_title(value[0], depth)  # a YAML file's first document
    if not isinstance(value, dict) or depth > 1:
        return None
    title_key = _filled_key(value, TITLE_KEYS)
    if title_key and not any(isinstance(value.get(k), str) for k in BODY_KEYS):
        return value[title_key]
    return next((found for child in value.values() if (found := _document_title(child, depth + 1))), None)


def _free_text(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        if _is_prose(value):
            yield value
    elif isinstance(value, dict):
        for child in value.values():
            yield from _free_text(child)
    elif isinstance(value, list):
        for child in value:
            yield from _free_text(child)


def _body_text(body: str) -> str:
    if HTML_BODY_RE.search(body):
        text, _ = html_to_text(body)
        # The article's own headings sit under its title.
        return re.sub(r"^(#{1,5})\s", r"#\1 ", text, flags=re.MULTILINE)
    return body


def structured_to_markdown(data: Any) -> tuple[str, str | None]:
    """A parsed JSON or YAML export as '## heading' sections, in the order it holds them; the title is the
    heading of a one-section export."""
    try:
        sections = list(_sections(data))
    except RecursionError as exc:
        raise Unreadable("nested too deeply to read") from exc
    merged: list[tuple[str, list[str]]] = []
    for heading, texts in sections:
        if merged and merged[-1][0] == heading:
            merged[-1][1].extend(texts)  # the loose strings of one field stay under one heading
        else:
            merged.append((heading, list(texts)))
    if not merged:
        raise Unreadable("no prose in it, only ids, numbers and labels")
    blocks = []
    for heading, texts in merged:
        body = "\n\n".join(_body_text(text).strip() for text in texts)
        blocks.append(f"## {_plain(heading)}\n\n{body}" if heading else body)
    if len(merged) == 1 and merged[0][0]:
        return "\n\n".join(blocks), _plain(merged[0][0])
    title = _document_title(data)
    return "\n\n".join(blocks), _plain(title) if title else None


def json_to_markdown(text: str) -> tuple[str, str | None]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise Unreadable(f"broken JSON (line {exc.lineno}: {exc.msg})") from exc
    except RecursionError as exc:
        raise Unreadable("JSON nested too deeply to read") from exc
    if isinstance(data, dict) and isinstance(data.get("cells"), list) and "nbformat" in data:
        return notebook_to_markdown(data), None
    return structured_to_markdown(data)


def yaml_to_markdown(text: str) -> tuple[str, str | None]:
    """A YAML file (a playbook, a config with descriptions): every document in it, anchors resolved."""
    try:
        documents = [doc for doc in yaml.safe_load_all(text) if doc is not None]
    except yaml.YAMLError as exc:
        raise Unreadable(f"broken YAML ({exc.__class__.__name__})") from exc
    except RecursionError as exc:
        raise Unreadable("YAML nested too deeply to read") from exc
    return structured_to_markdown(documents)


def notebook_to_markdown(notebook: dict[str, Any]) -> str:
    """A Jupyter notebook's Markdown cells: the prose. Code and its outputs (tables, charts) are the work."""
    cells = []
    for cell in notebook["cells"]:
        if isinstance(cell, dict) and cell.get("cell_type") == "markdown":
            source = cell.get("source", "")
            cells.append("".join(source) if isinstance(source, list) else str(source))
    text = "\n\n".join(cell.strip() for cell in cells if str(cell).strip())
    if not text:
        raise Unreadable("notebook without any Markdown cell")
    return text


def xml_to_markdown(text: str) -> tuple[str, str | None]:
    """An XML export: an OPML outline, a web feed (Atom, RSS), or markup with paragraphs and headings
    (Confluence's storage format, XHTML) read as a page."""
    if re.search(r"<opml[\s>]", text[:2000]):
        return opml_to_markdown(text)
    if is_feed(text):
        return feed_to_markdown(text)
    from bs4 import XMLParsedAsHTMLWarning  # deferred, as html_to_text defers bs4 itself

    with warnings.catch_warnings():
        # Read as HTML on purpose: storage-format pages use HTML's elements, and bs4 warns about any XML it is given.
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        body, title = html_to_text(text)
    return body, title
