"""Bytes to text for the formats the bot reads (plain text, HTML, PDF, Word). Each reader raises Unreadable with a short reason; the
caller (ingestion's skip list, the spec reviewer's reply) words it for its own audience."""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from typing import Any
from dataclasses import dataclass

from bot.core.documents.definition_lists import render_definition_lists
from bot.core.documents.html_tables import STAMP_RE, data_table_rows
from bot.core.documents.outline_html import drop_attributions, nested_list_topics, preformatted_headings
from bot.core.documents.structure import SENTENCE_END


class Unreadable(Exception):
    """A document whose bytes cannot be turned into text; the message says why, in words for a person."""


class NotPdf(Unreadable):
    """Named .pdf but without the %PDF header."""


class EncryptedPdf(Unreadable):
    """A password-protected PDF, when the caller asked not to read those."""


class BrokenPdf(Unreadable):
    """pypdf could not parse the file; the message is the exception's class name."""


# A .docx is a zip: more than this unpacked (a Word file of text is a few MB at most) is a zip bomb
# or not a spec, and is refused before python-docx inflates it into memory.
MAX_DOCX_UNPACKED = 50 * 1024 * 1024

# Files read as HTML pages; an EPUB's chapters are XHTML files (`ch07.xhtml`), pages like any other.
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".xht"})
# Elements that are page furniture, never guidance.
CHROME_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button")
FORM_CONTROLS = ("input", "select", "textarea", "button", "label")
MIN_FORM_PROSE_WORDS = 80  # a search box or a comment form says a few words; a page wrapped in a form says more


def _holds_prose(form: Any) -> bool:
    """Whether a <form> holds the page's text (its paragraphs or preformatted blocks), not only its controls."""
    return sum(len(block.get_text(" ", strip=True).split()) for block in form.find_all(["p", "pre", "li", "td"])
               if not block.find_parent(FORM_CONTROLS)) >= MIN_FORM_PROSE_WORDS

# A record's discussion pane set beside the page (Odoo's "chatter", a CRM's activity feed): posts, each stamped
# with a time, holding the team's rules as often as the page does. As an <aside> it had been dropped whole, with
# the measures, rollout and outage plan posted in it (guides-unseen-55). A sidebar of links or a short bio is not one.
MIN_PANE_POSTS = 2
MIN_PANE_POST_WORDS = 12
POST_META_CLASS_RE = re.compile(r"author|date|time|avatar|(?:^|-)meta(?:$|-)", re.IGNORECASE)


def _posts_pane(aside: Any) -> bool:
    posts = [p for p in aside.find_all("p") if len(p.get_text(" ", strip=True).split()) >= MIN_PANE_POST_WORDS]
    return len(posts) >= MIN_PANE_POSTS and bool(STAMP_RE.search(aside.get_text(" ", strip=True)))


# An app's furniture named by class or id rather than by tag: OneNote's "topbar", "ribbon", "navpane" and
# "statusbar" divs held its notebook's other page names, read as the page's opening lines.
CHROME_CLASS_RE = re.compile(
    r"^(?:top-?bar|nav-?bar|nav-?pane|side-?nav|ribbon|tool-?bar|status-?bar|breadcrumbs?|share-?bar|cookie-?banner"
    # A heading's permalink ("What teachers see¶": MkDocs, Sphinx and Docusaurus write "¶" or "#" after it).
    r"|headerlink|hash-link|anchor-?link"
    # A page's table of contents box (DokuWiki's "dw__toc", WordPress's "ez-toc-container", "toc"): its
    # "Table of Contents" heading had become the page's title, over a list of the page's own headings.
    r"|(?:dw__)?toc|table-?of-?contents|toc-?(?:wrapper|container|box)|ez-toc-container)$",
    re.IGNORECASE,
)
# A paragraph set in a larger type is a heading in a page that has no <h1>–<h6>: OneNote, Word and Google
# Docs exports style "<p style="font-size:14pt">1. Allergens</p>". Points, at or above: heading level.
FONT_SIZE_RE = re.compile(r"font-size\s*:\s*([\d.]+)\s*(pt|px|em|rem|%)", re.IGNORECASE)
POINTS_PER_UNIT = {"pt": 1.0, "px": 0.75, "em": 11.0, "rem": 11.0, "%": 0.11}  # body type taken as 11pt
HEADING_POINTS = ((18.0, 1), (14.0, 2), (13.0, 3))
MAX_STYLED_HEADING = 120  # characters: a longer paragraph in large type is a lead paragraph, not a heading


def styled_heading_level(element: Any) -> int:
    """The heading level a paragraph's own font size gives it, 0 when it reads as body text."""
    found = FONT_SIZE_RE.search(str(element.get("style") or ""))
    text = element.get_text(" ", strip=True)
    if not found or not text or len(text) > MAX_STYLED_HEADING or text[-1] in SENTENCE_END:
        return 0
    if element.find(["p", "div", "ul", "ol", "table", "li"]):
        return 0
    points = float(found.group(1)) * POINTS_PER_UNIT[found.group(2).lower()]
    return next((level for floor, level in HEADING_POINTS if points >= floor), 0)


@dataclass(frozen=True)
class PdfText:
    pages: list[str]
    title: str | None  # the /Title of the PDF's metadata, when it has one


# A page that names its encoding: `<meta charset="windows-1252">`, `<?xml … encoding="iso-8859-1"?>`.
DECLARED_CHARSET_RE = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE)


def decode_bytes(raw: bytes) -> str:
    """Text from UTF-8 (with or without BOM), the encoding a page declares (Word saves HTML as windows-1252),
    or GB18030 bytes; Unreadable for binary or other encodings."""
    if b"\x00" in raw[:8192]:
        raise Unreadable("binary file, not text")
    encodings = ["utf-8-sig"]
    if declared := DECLARED_CHARSET_RE.search(raw[:4096]):
        encodings.append(declared.group(1).decode("ascii"))
    for encoding in [*encodings, "gb18030"]:
        try:
            return raw.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    raise Unreadable("not valid UTF-8 or GB18030 text, and no other encoding declared")


MAX_RUN_IN_WORDS = 8
MIN_RUN_IN_BODY_WORDS = 6


# A body written in HTML closes its elements; "<owner first name>" in a template is not markup. A help centre's
# JSON export and a feed's entries say so no other way.
HTML_BODY_RE = re.compile(r"</(?:p|div|h[1-6]|li|ul|ol|table|tr|td|span|a|strong|em|b|i|code|pre|figure|blockquote)"
                          r"\s*>|<br\s*/?>", re.IGNORECASE)
# Icons opening a line (a callout's 💡, a phone's bullet 🟡); the group keeps the line's indent.
ICON_RE = re.compile(r"^(\s*)(?:[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\u2B55]\ufe0f?\s*)+(?=\S)")


def level_below_deepest(root: Any) -> int:
    """The heading level one under the page's deepest <h>, for a heading the page wrote another way."""
    levels = [int(h.name[1]) for h in root.find_all(["h1", "h2", "h3", "h4", "h5", "h6"])]
    return min(6, max(levels, default=1) + 1)


def run_in_headings(root: Any) -> None:
    """A paragraph opened by a bold sentence ("<p><strong>Hauls the score is not used on.</strong> Vessels under
    12 m …</p>") is a section under the page's deepest heading: wikis and help centres head their rules so. A bold
    label with a colon ("<strong>Owner:</strong> Jane") is a field, and bold inside a sentence is emphasis."""
    level = level_below_deepest(root)
    for paragraph in root.find_all("p"):
        first = next((child for child in paragraph.children if not (isinstance(child, str) and not child.strip())), None)
        if getattr(first, "name", None) not in ("strong", "b"):
            continue
        head = first.get_text(" ", strip=True)
        body = paragraph.get_text(" ", strip=True)[len(head):].strip()
        if (head[-1:] == "." and 1 <= len(head.split()) <= MAX_RUN_IN_WORDS
                and len(body.split()) >= MIN_RUN_IN_BODY_WORDS and body[:1].isupper()):
            first.replace_with(f"\n\n{'#' * level} {head[:-1]}\n\n")


def bold_line_headings(root: Any) -> None:
    """A bold line standing alone between line breaks ("<strong>Bands</strong><br>60–119 minutes late: …") heads
    what follows: chat exports (Telegram's HTML) and email bodies head their parts so, with no <h> element and
    no period to make it a run-in head. A bold label ("Owner:"), a bold sentence and bold inside a list item,
    a table cell or a line of text stay what they are."""
    level = level_below_deepest(root)
    for bold in root.find_all(["strong", "b"]):
        if bold.find_parent(["li", "td", "th", "a", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd"]):
            continue
        # Each side ends the line (a <br> or the block's edge), and one is a <br>: <p><strong>…</strong></p> alone
        # in its paragraph is emphasis as often as a heading.
        sides = _line_neighbours(bold)
        if not all(side is None or _is_break(side) for side in sides) or not any(map(_is_break, sides)):
            continue
        text = bold.get_text(" ", strip=True)
        if text and len(text.split()) <= MAX_RUN_IN_WORDS and text[-1] not in ".:;,!?。：；，！？":
            bold.replace_with(f"\n\n{'#' * level} {text}\n\n")


def _line_neighbours(element: Any) -> list[Any]:
    return [_significant(element.previous_sibling, "previous_sibling"), _significant(element.next_sibling, "next_sibling")]


def _significant(node: Any, direction: str) -> Any:
    """The nearest sibling that is not blank text."""
    while node is not None and isinstance(node, str) and not node.strip():
        node = getattr(node, direction)
    return node


def _is_break(node: Any) -> bool:
    return getattr(node, "name", None) == "br"


MIN_ICON_LINES = 2  # one emoji-led line is a callout's icon; two or more in a row are a list


def icon_line_items(root: Any) -> None:
    """Lines of one block, broken by <br> and each opened by an emoji, are list items: Telegram's export keeps a
    message's bands as "🟡 …<br>🟠 …<br>🔴 …" in one <div>, and without a bullet they read as loose prose."""
    # Keyed by identity: two blocks with the same text compare equal as tags, and each needs its own pass.
    for block in {id(br.parent): br.parent for br in root.find_all("br") if br.parent is not None}.values():
        starts = [node for node in block.children if isinstance(node, str) and _opens_line(node)
                  and ICON_RE.match(node)]
        if len(starts) >= MIN_ICON_LINES:
            for node in starts:
                node.replace_with("- " + ICON_RE.sub("", node, count=1))


def _opens_line(node: Any) -> bool:
    previous = _significant(node.previous_sibling, "previous_sibling")
    return previous is None or _is_break(previous)


def _note_reference(tag: Any) -> bool:
    return tag.name == "a" and (tag.get("role") == "doc-noteref" or tag.get("epub:type") == "noteref"
                                or "footnote-ref" in (tag.get("class") or []))


def drop_note_references(root: Any) -> None:
    """A footnote's reference mark (pandoc's EPUB and HTML: `<a class="footnote-ref" epub:type="noteref"><sup>1</sup>
    </a>`) points to the notes; left in, "…holds around £9 million in cash.1" quoted the digit as part of the sentence."""
    for mark in root.find_all(_note_reference):
        mark.decompose()


def html_to_text(html: str) -> tuple[str, str | None]:
    """HTML to Markdown-ish text: headings (and a glossary's terms) become '#' lines, list items '- ' lines,
    chrome elements go."""
    from bs4 import BeautifulSoup  # deferred: only needed when an HTML page arrives

    soup = BeautifulSoup(html, "html.parser")
    title = soup.title.get_text(" ", strip=True) if soup.title else None
    main = soup.find("main")
    for tag in soup(CHROME_TAGS):
        if tag.name == "aside" and _posts_pane(tag):
            for furniture in tag.find_all(lambda e: e.name == "button" or any(
                    POST_META_CLASS_RE.search(name) for name in e.get("class") or [])):
                furniture.decompose()
            if main is not None and tag.find_parent("main") is None:
                main.append(tag.extract())  # read after the page it discusses
            tag.name = "section"
        elif tag.name == "form" and _holds_prose(tag):
            # Bugzilla wraps a whole bug, its description and comments, in one <form>: only its controls go.
            for control in tag(FORM_CONTROLS):
                control.decompose()
            tag.unwrap()
        else:
            tag.decompose()
    for tag in soup.find_all(lambda element: any(CHROME_CLASS_RE.match(name) for name in
                                                 [*(element.get("class") or []), element.get("id") or ""])):
        tag.decompose()
    # One <article> is the page's content; several (a forum thread's posts, a blog's listing) are all
    # content, and the first alone held only the question, never the answers.
    articles = soup.find_all("article")
    root = soup.find("main") or (articles[0] if len(articles) == 1 else None) or soup.body or soup
    # A step titled by a heading inside its list item (<li><h3>Filter before generation</h3><p>Apply …</p>):
    # the title is the item's first sentence, not a heading that would split the list into sections.
    for heading in root.select("li h1, li h2, li h3, li h4, li h5, li h6"):
        title = heading.get_text(" ", strip=True)
        # A title that already ends a sentence keeps its own mark ("Why not rules?").
        heading.replace_with(f"{title}{'' if title[-1:] in SENTENCE_END else '.'} " if title else "")
    if not root.find(["h1", "h2", "h3", "h4", "h5", "h6"]):
        for paragraph in root.find_all(["p", "div"], style=True):
            if level := styled_heading_level(paragraph):
                paragraph.replace_with(f"\n\n{'#' * level} {paragraph.get_text(' ', strip=True)}\n\n")
    drop_attributions(root)
    drop_note_references(root)
    run_in_headings(root)
    bold_line_headings(root)
    nested_list_topics(root, level_below_deepest(root))
    preformatted_headings(root, level_below_deepest(root))
    icon_line_items(root)
    for level in range(1, 7):
        for heading in root.find_all(f"h{level}"):
            heading.replace_with(f"\n\n{'#' * level} {heading.get_text(' ', strip=True)}\n\n")
    for table in root.find_all("table"):
        if rows := data_table_rows(table):
            table.replace_with("\n\n" + "\n".join(rows) + "\n\n")
    for item in root.find_all("li"):
        item.replace_with(f"\n- {item.get_text(' ', strip=True)}\n")
    render_definition_lists(root)
    for block in root.find_all(["p", "div", "section", "br", "tr", "blockquote", "pre"]):
        block.insert_before("\n\n")
        block.insert_after("\n\n")
    text = root.get_text("")
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r"\n[ \t]+", "\n", text)
    return text, title


def read_pdf(raw: bytes, *, allow_encrypted: bool = True) -> PdfText:
    """Each page's extracted text and the metadata title. pypdf opens PDFs with an empty user password by
    itself, so `allow_encrypted=False` is for callers that would rather ask for an unprotected copy."""
    from pypdf import PdfReader  # deferred: pypdf is only needed when a PDF actually arrives
    from pypdf.errors import PdfReadError

    if not raw.startswith(b"%PDF"):
        raise NotPdf("no %PDF header")
    try:
        reader = PdfReader(io.BytesIO(raw))
        if not allow_encrypted and reader.is_encrypted:
            raise EncryptedPdf("password-protected")
        pages = [page.extract_text() or "" for page in reader.pages]
        title = (reader.metadata or {}).get("/Title") if reader.metadata else None
    except EncryptedPdf:
        raise
    except (PdfReadError, ValueError, KeyError, OSError, TypeError) as exc:
        raise BrokenPdf(exc.__class__.__name__) from exc
    except (AttributeError, IndexError, AssertionError, RecursionError, ArithmeticError, zlib.error,
            NotImplementedError, EOFError) as exc:
        # pypdf on hostile or truncated input (found by the property tests): still just a broken file.
        raise BrokenPdf(exc.__class__.__name__) from exc
    return PdfText(pages=pages, title=str(title) if title else None)


def reflow_pdf_page(page: str) -> str:
    """Join lines that PDF layout wrapped mid-sentence (the next line starts in lower case)."""
    return re.sub(r"(?<=[^\s.!?:;。！？])\n(?=[a-z(])", " ", page)


def read_docx(data: bytes) -> str:
    """Paragraphs and tables in document order; Word heading styles become Markdown headings, list
    styles '- ' bullets and tables '| a | b |' rows."""
    import docx  # deferred: python-docx pulls in lxml, only needed when a .docx arrives
    from docx.oxml.ns import qn

    _check_unpacked_size(data)
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, zlib.error, NotImplementedError, KeyError, ValueError, AttributeError, TypeError,
            OSError, EOFError) as exc:
        # zlib.error and kin: a damaged archive (found by the property tests)
        raise Unreadable("not a readable .docx") from exc
    except Exception as exc:  # lxml's XMLSyntaxError and kin: a damaged or hand-made file
        if "lxml" in type(exc).__module__ or "docx" in type(exc).__module__:
            raise Unreadable("not a readable .docx") from exc
        raise
    lines: list[str] = []
    paragraphs = {p._p: p for p in document.paragraphs}
    tables = {t._tbl: t for t in document.tables}
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p") and child in paragraphs:
            paragraph = paragraphs[child]
            text = paragraph.text.strip()
            if not text:
                lines.append("")
                continue
            style = (paragraph.style.name if paragraph.style is not None else "") or ""
            level = _heading_level(style)
            if level:
                lines.extend(["", "#" * level + " " + text, ""])
            elif style.lower().startswith("list"):
                lines.append("- " + text)
            else:
                lines.extend([text, ""])
        elif child.tag == qn("w:tbl") and child in tables:
            lines.append("")
            for row in tables[child].rows:
                cells = [" ".join(cell.text.split()) for cell in row.cells]
                lines.append("| " + " | ".join(cells) + " |")
            lines.append("")
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def _check_unpacked_size(data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
        raise Unreadable("not a readable .docx") from exc
    if unpacked > MAX_DOCX_UNPACKED:
        raise Unreadable(
            f"too large once unpacked ({unpacked // (1024 * 1024)} MB; limit {MAX_DOCX_UNPACKED // (1024 * 1024)} MB)"
        )


def _heading_level(style: str) -> int:
    match = re.match(r"(?i)^(?:heading|标题)\s*(\d)$", style.strip())
    if match:
        return min(int(match.group(1)) + 1, 6)  # Heading 1 is a section; the title stays level 1
    return 1 if style.strip().lower() == "title" else 0
