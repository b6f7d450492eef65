"""Read Markdown, plain text (and the AsciiDoc, Jira markup, MediaWiki or captions it may hold), reStructuredText,
HTML, PDF, Word, RTF, LaTeX, saved emails, OPML outlines and JSON exports into a title, front matter and body text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.core.documents.reading import (HTML_SUFFIXES, BrokenPdf, NotPdf, Unreadable, decode_bytes, html_to_text,
                                        read_docx, read_pdf)
from bot.core.documents.rich_text import rtf_to_markdown
from bot.core.documents.structure import ZH_NUMBERED_RE
from ingest.aligned_tables import fenced_tables
from ingest.blog_chrome import PAGE_BYLINE_RE, cut_comments, drop_page_trees, is_masthead
from ingest.cleaning import CHROME_LINE_RE, SEPARATOR_RE, clean_text, is_breadcrumb, strip_boilerplate
from ingest.email_file import email_to_text
from ingest.gemtext import gemtext_to_markdown
from ingest.exports import json_to_markdown, opml_to_markdown, xml_to_markdown, yaml_to_markdown
from ingest.inline_html import strip_inline_html
from ingest.latex import latex_to_markdown
from ingest.messenger import qq_export_header
from ingest.note_markup import strip_note_markup
from ingest.outliner import bullet_topics, is_outline, outline_to_markdown
from ingest.page_furniture import ISSUE_NUMBER_RE, drop_field_rows
from ingest.plain_text import (announced_paragraphs, bare_items, board_elements, box_panels, indented_items,
                               chat_headings, tab_tables)
from ingest.restructured import rst_to_markdown
from ingest.spreadsheet import csv_to_markdown
from ingest.text_formats import to_markdown
from ingest.tiddlywiki import tiddler_to_markdown
from ingest.track_changes import accept_tracked_changes

MARKDOWN_SUFFIXES = {".md", ".markdown"}
SUPPORTED_SUFFIXES = HTML_SUFFIXES | MARKDOWN_SUFFIXES | {
    ".txt", ".text", ".pdf", ".rst", ".rest", ".adoc", ".asciidoc", ".vtt", ".srt", ".org", ".csv", ".tsv", ".docx",
    ".rtf", ".tex", ".eml", ".opml", ".json", ".ipynb", ".yaml", ".yml", ".xml", ".atom", ".rss", ".enex", ".tid", ".gmi"}
# Formats whose own structure says where the headings are: read into Markdown by their own readers.
CONVERTED_SUFFIXES = {".docx", ".rtf", ".tex", ".eml", ".opml", ".json", ".ipynb", ".yaml", ".yml", ".xml", ".atom",
                      ".rss", ".enex", ".tid", ".gmi"}
PLAIN_SUFFIXES = {".txt", ".text", ".adoc", ".asciidoc", ".vtt", ".srt", ".org"}  # read for the markup they carry
FENCED_SUFFIXES = MARKDOWN_SUFFIXES | {".gmi", ".tid"}  # whose ``` blocks may hold a table lined up with spaces
# Written by their authors as they stand: their closing notes are not a page's tail to cut.
AUTHORED_SUFFIXES = MARKDOWN_SUFFIXES | {".rst", ".rest", ".csv", ".tsv", ".tid", ".gmi"}
FRONT_MATTER_RE = re.compile(r"\A\s*---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
MAX_FILE_BYTES = 20 * 1024 * 1024


# A file that cannot be ingested; the message says why, in words for the summary. The core's reader
# raises the same class, so an unreadable file needs no translation on its way to the skip list.
SkipFile = Unreadable


@dataclass
class LoadedDocument:
    path: Path
    text: str  # cleaned body, Markdown-ish: headings kept as '#' lines
    title: str
    meta: dict[str, Any] = field(default_factory=dict)
    markdown_headings: bool = True  # False for plain text, whose headings must be guessed


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """YAML front matter between '---' lines at the top; a broken block is treated as no front matter."""
    match = FRONT_MATTER_RE.match(text)
    if not match:
        return {}, text
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError:
        return {}, text
    if not isinstance(meta, dict):
        return {}, text
    return meta, text[match.end() :]


CHANNEL_LINE_RE = re.compile(r"^#\s?[a-z0-9]+(?:[-_][a-z0-9]+)+[ \t]*$", re.MULTILINE)
# A workspace's sidebar copied as text lists its channels one under another ("# Operations", "# Enforcement",
# "# People"): three or more short '#' lines with nothing between them are a menu. Read as headings, the
# last of them headed the whole page and the page's own title went unseen.
# Zulip indents each channel's open topics under it ("# fair-play" over "    Plyguard: score bands and who decides").
CHANNEL_LIST_RE = re.compile(r"(?:^#[ \t]?[^\s#][^\n]{0,40}\n(?:[ \t]+\S[^\n]{0,60}\n)*){3,}", re.MULTILINE)
CHANNEL_NAME_WORDS = 3
TOPIC_WORDS = 8


# A column's note on whom it is for, after its title: "… for the AI feature [Explanation for the product manager]"
# (a Japanese page's 【…向け】, translated). Kept in the title, its words ("product", "manager") stood in every
# passage of the page and drew questions that were not about it.
TITLE_NOTE_RE = re.compile(r"\s+[\[【][^\]】]{1,60}[\]】]$")


def drop_channel_lists(text: str) -> str:
    def sidebar(match: re.Match[str]) -> str:
        lines = match.group(0).splitlines()
        names = [line for line in lines if line.startswith("#")]
        topics = [line for line in lines if not line.startswith("#")]
        return "" if all(len(name.lstrip("# ").split()) <= CHANNEL_NAME_WORDS for name in names) and all(
            len(topic.split()) <= TOPIC_WORDS for topic in topics) else match.group(0)

    return CHANNEL_LIST_RE.sub(sidebar, text)


def load_document(path: Path) -> LoadedDocument:
    """Load one file; raises SkipFile with a reason a person can act on."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise SkipFile(f"unsupported file type {suffix or '(none)'}")
    size = path.stat().st_size
    if size == 0:
        raise SkipFile("empty file")
    if size > MAX_FILE_BYTES:
        raise SkipFile(f"too large ({size // (1024 * 1024)} MB; limit {MAX_FILE_BYTES // (1024 * 1024)} MB)")
    raw = path.read_bytes()
    if suffix == ".pdf":
        return _load_pdf(path, raw)
    if suffix in CONVERTED_SUFFIXES:
        body, converted_title, markdown = _converted(suffix, raw)
        meta = {"title": converted_title} if converted_title else {}
        replies_cut = False
    else:
        meta, body = split_front_matter(accept_tracked_changes(decode_bytes(raw)))
        lines = body.split("\n")
        kept = cut_comments(lines)  # before a transcript's timestamps are read away
        body, replies_cut = "\n".join(kept), len(kept) < len(lines)
        markdown = suffix in MARKDOWN_SUFFIXES
    if suffix in MARKDOWN_SUFFIXES and is_outline(body):
        body, outline_title = outline_to_markdown(body)  # a Logseq or Roam page: every line a block
        if outline_title:
            meta.setdefault("title", outline_title)
    if suffix in MARKDOWN_SUFFIXES:
        # Yuque, Docusaurus and GitHub pages carry tags a renderer hides; Obsidian and Hugo, their own markup.
        body = strip_note_markup(strip_inline_html(body))
    if suffix in FENCED_SUFFIXES:
        body = fenced_tables(body)  # a band table lined up with spaces in a preformatted block
    if suffix in HTML_SUFFIXES:
        body, html_title = html_to_text(body)
        # The page's own <h1> beats <title>, which usually carries the site name too.
        meta.setdefault("title", _first_heading(body) or html_title)
        markdown = True  # html_to_text writes headings as Markdown
    elif (suffix in PLAIN_SUFFIXES or (suffix == ".eml" and not markdown)) and (converted := to_markdown(body))[1]:
        # AsciiDoc, Jira markup, MediaWiki or captions saved as text: their headings become Markdown (captions have none).
        body, kind = converted
        markdown = kind not in ("captions", "messenger")
        if kind == "jira":  # the issue's summary line, not its first "h3. Problem"
            meta.setdefault("title", _first_line(body))
        elif kind in ("captions", "transcript", "messenger"):  # the first words are someone clearing their throat
            meta.setdefault("title", re.sub(r"[-_]+", " ", path.stem))
    elif suffix in {".csv", ".tsv"}:
        body = csv_to_markdown(body, "\t" if suffix == ".tsv" else ",")  # a guidance sheet's records as sections
        markdown = True
    elif suffix in {".rst", ".rest"}:
        body, rst_title, fields = rst_to_markdown(body)
        meta = {**fields, **meta}
        meta.setdefault("title", rst_title)
        markdown = True
    if suffix in PLAIN_SUFFIXES:
        body, chat = qq_export_header(body)
        if chat:
            meta.setdefault("title", chat)
        # "# design-proposals" over a Discord or Slack thread copied as text is the channel, not a heading:
        # read as one, it made the page Markdown and its own plain-text headings went unseen.
        # A wiki's page tree copied as text, before its indentation is read as list items.
        pages = drop_page_trees(tab_tables(drop_field_rows(CHANNEL_LINE_RE.sub("", drop_channel_lists(body)))).split("\n"))
        body = bullet_topics("\n".join(pages))  # an outliner's page copied as text: its top bullets are its sections
    # Plain text may still use Markdown headings (as front-matter blog posts do).
    if not markdown and re.search(r"^#{1,6}\s", body, re.MULTILINE):
        markdown = True
    elif not markdown:
        # Where indentation is not code, it is what is left of a list; so are the paragraphs a lead-in counts.
        body = bare_items(announced_paragraphs(indented_items(box_panels(board_elements(chat_headings(body))))))
    body = clean_text(body)
    if not body.strip():
        raise SkipFile("no text after cleaning")
    title = clean_text(str(meta.get("title") or _title_heading(body, suffix in MARKDOWN_SUFFIXES) or _first_line(body)
                           or path.stem)).strip()
    title = TITLE_NOTE_RE.sub("", title) or title
    body = strip_boilerplate(body, title, authored=suffix in AUTHORED_SUFFIXES, replies_cut=replies_cut)
    if not body.strip():
        raise SkipFile("no text after cleaning")
    return LoadedDocument(path=path, text=body, title=title, meta=meta, markdown_headings=markdown)


def _converted(suffix: str, raw: bytes) -> tuple[str, str | None, bool]:
    """(body, title, whether the body has Markdown headings) for a format with its own reader."""
    if suffix == ".docx":
        return read_docx(raw), None, True
    if suffix == ".eml":
        return email_to_text(raw)
    text = decode_bytes(raw)
    if suffix == ".rtf":
        return rtf_to_markdown(text), None, True
    if suffix == ".tex":
        body, title = latex_to_markdown(text)
        return body, title, True
    if suffix == ".tid":
        body, title = tiddler_to_markdown(text)
    elif suffix == ".gmi":
        body, title = gemtext_to_markdown(text), None  # its first "# " heading, read below as for Markdown
    elif suffix in (".yaml", ".yml"):
        body, title = yaml_to_markdown(text)
    elif suffix in (".opml", ".xml", ".atom", ".rss", ".enex"):
        body, title = xml_to_markdown(text)
    else:  # .json, .ipynb (a notebook is JSON)
        body, title = json_to_markdown(text)
    return body, title, True


def _load_pdf(path: Path, raw: bytes) -> LoadedDocument:
    try:
        pdf = read_pdf(raw)
    except NotPdf as exc:
        raise SkipFile("not a PDF (no %PDF header)") from exc
    except BrokenPdf as exc:
        raise SkipFile(f"broken PDF ({exc})") from exc
    info_title = pdf.title
    body = clean_text("\n\n".join(pdf.pages))
    if not body.strip():
        raise SkipFile("PDF has no extractable text (scanned image?)")
    title = str(info_title or _first_line(body) or path.stem).strip()
    # PDF text is hard-wrapped: every line is short, so the trailing-chrome rule would eat the page.
    body = strip_boilerplate(body, title, authored=True) or body
    return LoadedDocument(path=path, text=body, title=title, meta={}, markdown_headings=False)


# "1.", "2)", "Section 3" open a section of a page, never its title (Chinese forms: ZH_NUMBERED_RE).
SECTION_NUMBER_RE = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*[.)、]\s|(?:part|section|chapter|step)\s+\d+\b)", re.IGNORECASE)


def _first_heading(text: str) -> str | None:
    match = re.search(r"^#{1,6}\s+(.+)$", text, re.MULTILINE)
    return match.group(1).strip() if match else None


def _title_heading(text: str, note: bool = False) -> str | None:
    """The first Markdown heading, unless it is numbered as a section ("## 一、为什么…", "## 1. Scope"): a
    page whose first heading is its first section has its title on a plain line above (or none), as does a
    Markdown note (`note`) whose headings are its sections (`_titled_above`)."""
    heading = _first_heading(text)
    numbered = heading is not None and (SECTION_NUMBER_RE.match(heading) or ZH_NUMBERED_RE.match(heading))
    return None if heading is None or numbered or (note and _titled_above(text)) else heading


TOP_HEADING_RE = re.compile(r"^(#{1,6})\s+\S", re.MULTILINE)
MAX_TITLE_WORDS = 20


def _titled_above(text: str) -> bool:
    """Whether a note's title is its first line, above headings that are its sections: Joplin, Bear and Apple
    Notes export a note as its title on a plain line, then "# What Quill does", "# The rule", … each at the same
    level; the first of those had become the title of every answer quoted from the note."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines or lines[0].startswith("#"):
        return False
    first = lines[0]
    levels = [len(mark) for mark in TOP_HEADING_RE.findall(text)]
    return (len(levels) >= 2 and levels.count(levels[0]) >= 2 and _worded(first)
            and len(first.split()) <= MAX_TITLE_WORDS and first[-1] not in ".!?:;。！？：")


MIN_TITLE_WORDS = 3
WORD_RE = re.compile(r"[A-Za-z]\w*")  # "+    ▾    jhart ▾" is one word
OPENING_LINES = 12  # a page's title sits among its first lines, under the site's name and menu
TITLE_REPEAT_LINES = 30


def _first_line(text: str) -> str | None:
    """The first line that is not a breadcrumb or navigation: a plain-text page's title. A few words over a
    breadcrumb ("Fieldnotes on Product" over "Blog » AI products » …") are the site's name, not the page's."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    # A scraped page prints its title twice (the page's heading and the post's) below the site's name.
    opening = lines[:OPENING_LINES]
    # A knowledge base repeats it further down too, in the article's record ("Title" over the title again).
    head = lines[:TITLE_REPEAT_LINES]
    # A wiki's breadcrumb ends in the page's title, and the title line repeats it ("Fleet Platform.wiki /
    # Damage & Repairs / ReturnScan – …" over "ReturnScan – …"), below the project's menu.
    for crumbs, title in zip(opening, opening[1:]):
        if is_breadcrumb(crumbs) and 3 <= len(title.split()) <= 20 and crumbs.endswith(title):
            return title[:120]
        # Or the breadcrumb's last crumb is the title's start, cut short ("HOME > Column > The point of the
        # design …" over "The point of the design … [Explanation for the person in charge]").
        parts = SEPARATOR_RE.split(crumbs)
        if len(parts) >= 3 and all(len(part.split()) <= 4 for part in parts[:-1]) and len(parts[-1].split()) >= 3 \
                and title.startswith(parts[-1]):
            return title[:120]
    # A page's byline ("Imogen Stride · Last edited 2 October 2025") sits right under its title, below the
    # app's menu ("Settings", "Trash").
    for title, byline in zip(opening, opening[1:]):
        if PAGE_BYLINE_RE.match(byline) and 2 <= len(title.split()) <= 20 and not CHROME_LINE_RE.match(title):
            return title[:120]
    twice = [line for line in opening if head.count(line) > 1 and 3 <= len(line.split()) <= 20
             and not (is_breadcrumb(line) or CHROME_LINE_RE.match(line) or SECTION_NUMBER_RE.match(line))]
    # Entries of a contents list come again as their sections' headings; a title stands alone.
    neighbours = [{*opening[max(0, k - 1):k], *opening[k + 1:k + 2]} for k in range(len(opening))]
    alone = [line for k, (line, near) in enumerate(zip(opening, neighbours))
             if line in twice and opening.index(line) == k and not (near - {line}) & set(twice)]
    if alone:
        return alone[0][:120]
    if subject := _issue_subject(opening):
        return subject[:120]
    for number, line in enumerate(lines):
        if is_breadcrumb(line) or CHROME_LINE_RE.match(line) or not clean_text(line):
            continue  # cleaning drops a button row ("Share    ···") from a title as it would from a page
        below = lines[number + 1] if number + 1 < len(lines) else ""
        if is_masthead(line) and below and is_breadcrumb(below) and number + 2 < len(lines):
            continue
        return line[:120]
    return None


def _issue_subject(opening: list[str]) -> str | None:
    """The subject under an issue's number ("Feature #2317" over "Decision record: TrackEye flag bands …")."""
    for number_line, subject in zip(opening, opening[1:]):
        if ISSUE_NUMBER_RE.match(number_line) and _worded(subject):
            return subject
    return None


def _worded(line: str) -> bool:
    return len(WORD_RE.findall(line)) >= MIN_TITLE_WORDS
    return None
