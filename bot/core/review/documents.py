"""Turn an uploaded or pasted spec (.md, .txt, .html, .pdf, .docx, .rtf) into text the reviewer can read."""

from __future__ import annotations

import re
from pathlib import PurePath

from bot.core.documents.reading import (
    BrokenPdf,
    EncryptedPdf,
    NotPdf,
    Unreadable,
    decode_bytes,
    html_to_text,
    read_docx,
    read_pdf,
    reflow_pdf_page,
)
from bot.core.documents.rich_text import is_rtf, rtf_to_markdown
from bot.errors import UserError

MAX_SPEC_CHARS = 50_000
UNSUPPORTED_SUFFIXES = {".doc", ".pages", ".odt", ".key", ".ppt", ".pptx", ".xls", ".xlsx"}
SUPPORTED = ".md, .txt, .html, .pdf, .docx or .rtf"
# Closing tags of blocks: text with several of them, starting with a tag, is an HTML page pasted or
# uploaded as is ("<h2>Problem</h2><p>…"), not Markdown with a stray "<br>".
HTML_BLOCK_END_RE = re.compile(r"</(?:p|h[1-6]|li|div|ul|ol|table|tr|td|section|article)\s*>", re.I)
MIN_HTML_BLOCKS = 3
MAX_HTML_CHARS = 20 * MAX_SPEC_CHARS  # markup is most of a page: parse this much, then check the text


class SpecError(UserError, ValueError):
    """A spec we cannot review as given; the message is one line a person can act on."""


def spec_text_from_bytes(name: str, data: bytes) -> str:
    """The text of a spec file, checked for size and content.

    `name` is only used for its extension; PDF and Word files are recognised by content too, so a
    mislabelled upload still works. Raises SpecError for empty, binary, unreadable or oversized input.
    """
    if not data or not data.strip():
        raise SpecError(f"the spec is empty: paste the spec text or attach a {SUPPORTED} file")
    suffix = PurePath(name or "").suffix.lower()
    if data.startswith(b"%PDF") or suffix == ".pdf":
        text = _pdf_text(data)
    elif data.startswith(b"PK\x03\x04") or suffix == ".docx":
        text = _docx_text(data)
    elif suffix in UNSUPPORTED_SUFFIXES:
        raise SpecError(f"{suffix} files are not supported: save the spec as {SUPPORTED}")
    else:  # .md, .txt, pasted text, or an unknown name: read it as text
        text = _decode(data)
    return check_spec_text(text)


def check_spec_text(text: str) -> str:
    """`text` with line ends unified (an HTML page read as text, headings kept), or SpecError when it is
    empty, too long or not prose. Evidence is quoted from what this returns, as from a PDF's text."""
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    if is_rtf(text):  # saved from WordPad or TextEdit, or its source pasted: its paragraphs, not its control words
        text = rtf_to_markdown(text)
    if text.lstrip().startswith("<") and len(HTML_BLOCK_END_RE.findall(text)) >= MIN_HTML_BLOCKS:
        if len(text) > MAX_HTML_CHARS:
            raise SpecError(
                f"the HTML page is {len(text):,} characters; save its text as .md or .txt and review that"
            )
        text = html_to_text(text)[0].strip()
    if not text.strip():
        raise SpecError(f"the spec is empty: paste the spec text or attach a {SUPPORTED} file")
    if len(text) > MAX_SPEC_CHARS:
        raise SpecError(
            f"the spec is {len(text):,} characters; reviews are limited to {MAX_SPEC_CHARS:,}. "
            "Review it in parts, or drop appendices and pasted data"
        )
    visible = [ch for ch in text if not ch.isspace()]
    printable = sum(1 for ch in visible if ch.isprintable() and ch != "\ufffd")
    if visible and printable / len(visible) < 0.95:
        raise SpecError(f"the input does not look like text (binary data?): send the spec as {SUPPORTED}")
    if not re.search(r"[^\W\d_]", text):
        raise SpecError("the spec has no words to review")
    return text


def _decode(data: bytes) -> str:
    try:
        return decode_bytes(data)
    except Unreadable as exc:
        raise SpecError(f"the input does not look like text ({exc}): send the spec as {SUPPORTED}") from exc


def _pdf_text(data: bytes) -> str:
    try:
        pdf = read_pdf(data, allow_encrypted=False)
    except NotPdf as exc:
        raise SpecError("the file is named .pdf but is not a PDF") from exc
    except EncryptedPdf as exc:
        raise SpecError("the PDF is password-protected: export an unprotected copy") from exc
    except BrokenPdf as exc:
        raise SpecError(f"the PDF could not be read ({exc})") from exc
    text = "\n\n".join(reflow_pdf_page(page.strip("\n")) for page in pdf.pages)
    if not text.strip():
        raise SpecError("the PDF has no extractable text (a scanned image?): export it with text, or paste it")
    return text


def _docx_text(data: bytes) -> str:
    try:
        return read_docx(data)
    except Unreadable as exc:
        raise SpecError("the file is not a readable .docx (only Word 2007+ .docx files are supported)") from exc
