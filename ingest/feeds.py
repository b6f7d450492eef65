"""Web feeds (Atom, RSS 2.0, RSS 1.0) and Evernote's note exports (.enex) to Markdown-ish text: each entry (each
note) a section under its own title.

A team saves a blog's or an intranet's feed to keep its notices, and the guidance sits in each entry's content
as HTML, either in a CDATA section or entity-escaped (`&lt;p&gt;`). Read as a page, that HTML stayed text: the
answers quoted `</p> <h2 class="wp-block-heading">` and `&#8217;`. The feed's own fields (ids, links,
dates, the generator, categories) are filing, and an entry's summary repeats the start of its content.
An Evernote export holds each note's body as ENML (HTML inside `<en-note>`) in a CDATA section, beside its
created and updated times, tags and attributes, which are filing too.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ElementTree

from bot.core.documents.reading import HTML_BODY_RE, Unreadable, html_to_text

FEED_ROOT_RE = re.compile(r"<(?:[\w-]+:)?(?:feed|rss|RDF|en-export)[\s>]")
XML_DECLARATION_RE = re.compile(r"\A\s*<\?xml[^>]*\?>")
# The fullest text first: Atom's content, RSS's content:encoded, then the description or summary that teases it.
CONTENT_FIELDS = ("content", "encoded", "description", "summary")
ENTRY_TAGS = ("entry", "item", "note")  # Atom, RSS, Evernote
ENML_PROLOGUE_RE = re.compile(r"\A\s*<\?xml[^>]*\?>\s*(?:<!DOCTYPE[^>]*>)?")


def is_feed(text: str) -> bool:
    """Whether an XML document is a web feed (looked for near its start, past the declaration and comments)."""
    return bool(FEED_ROOT_RE.search(text[:4000]))


def feed_to_markdown(text: str) -> tuple[str, str | None]:
    """(body, feed title): every entry with text becomes '## its title' followed by its content read as a page."""
    try:
        # The text is already decoded: a declaration naming another encoding would make the parser decode twice.
        root = ElementTree.fromstring(XML_DECLARATION_RE.sub("", text).encode("utf-8"))
    except ElementTree.ParseError as exc:
        raise Unreadable(f"broken feed ({exc})") from exc
    channel = _child(root, "channel")  # RSS wraps the feed's own fields in a channel; Atom does not
    title = _text(_child(channel if channel is not None else root, "title"))
    sections = []
    for entry in (node for node in root.iter() if _local(node.tag) in ENTRY_TAGS):
        body = _entry_body(entry)
        if not body:
            continue
        heading = _text(_child(entry, "title"))
        sections.append(f"## {heading}\n\n{body}" if heading else body)
    if not sections:
        raise Unreadable("feed without any entry that has text")
    return "\n\n".join(sections), title or None


def _entry_body(entry: ElementTree.Element) -> str:
    for name in CONTENT_FIELDS:
        field = _child(entry, name)
        if field is None:
            continue
        if field.get("type") == "xhtml":  # Atom's inline XHTML: the markup is elements, not text
            markup = "".join(ElementTree.tostring(child, encoding="unicode") for child in field)
            markup = re.sub(r"<(/?)html:", r"<\1", re.sub(r"\sxmlns(?::\w+)?=\"[^\"]*\"", "", markup))
        else:
            markup = field.text or ""
        if not markup.strip():
            continue
        # HTML when the feed says so (Atom's type="html" or "xhtml") or when the text closes HTML elements.
        if field.get("type") in ("html", "xhtml") or HTML_BODY_RE.search(markup):
            # An Evernote note's ENML opens with its own XML declaration and doctype: HTML, once they go.
            markup, _ = html_to_text(ENML_PROLOGUE_RE.sub("", markup))
        return re.sub(r"\n{3,}", "\n\n", markup).strip()
    return ""


def _local(tag: object) -> str:
    """A tag's name without its namespace ("{http://www.w3.org/2005/Atom}entry" is "entry")."""
    return str(tag).rsplit("}", 1)[-1]


def _child(node: ElementTree.Element, name: str) -> ElementTree.Element | None:
    return next((child for child in node if _local(child.tag) == name), None)


def _text(node: ElementTree.Element | None) -> str:
    if node is None:
        return ""
    words = "".join(node.itertext())
    if node.get("type") == "html" or "<" in words:  # a title may itself be escaped HTML ("<em>New</em> rules")
        words = html.unescape(re.sub(r"<[^>]+>", "", words))
    return " ".join(words.split())
