"""Turn an uploaded or pasted spec (.md, .txt, .pdf, .docx) into text the reviewer can read."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import PurePath

MAX_SPEC_CHARS = 50_000
UNSUPPORTED_SUFFIXES = {".doc", ".rtf", ".pages", ".odt", ".key", ".ppt", ".pptx", ".xls", ".xlsx"}
SUPPORTED = ".md, .txt, .pdf or .docx"


class SpecError(ValueError):
    """A spec we cannot review as given; the message is one line a person can act on."""


def spec_text_from_bytes(name: str, data: bytes) -> str:
    """The text of a spec file, checked for size and content.

    `name` is only used for its extension; PDF and Word files are recognised by content too, so a
    mislabelled upload still works. Raises SpecError for empty, binary, unreadable or oversized input.
    """
    if not data or not data.strip():
        raise SpecError("the spec is empty: paste the spec text or attach a .md, .txt, .pdf or .docx file")
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
    """`text` with line ends unified, or SpecError when it is empty, too long or not prose."""
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    if not text.strip():
        raise SpecError("the spec is empty: paste the spec text or attach a .md, .txt, .pdf or .docx file")
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
    from ingest.loaders import SkipFile, decode_bytes

    try:
        return decode_bytes(data)
    except SkipFile as exc:
        raise SpecError(f"the input does not look like text ({exc}): send the spec as {SUPPORTED}") from exc


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    if not data.startswith(b"%PDF"):
        raise SpecError("the file is named .pdf but is not a PDF")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise SpecError("the PDF is password-protected: export an unprotected copy")
        pages = [page.extract_text() or "" for page in reader.pages]
    except SpecError:
        raise
    except (PdfReadError, ValueError, KeyError, OSError, TypeError) as exc:
        raise SpecError(f"the PDF could not be read ({exc.__class__.__name__})") from exc
    text = "\n\n".join(_reflow(page.strip("\n")) for page in pages)
    if not text.strip():
        raise SpecError("the PDF has no extractable text (a scanned image?): export it with text, or paste it")
    return text


def _reflow(page: str) -> str:
    """Join lines that PDF layout wrapped mid-sentence (the next line starts in lower case)."""
    return re.sub(r"(?<=[^\s.!?:;。！？])\n(?=[a-z(])", " ", page)


def _docx_text(data: bytes) -> str:
    """Paragraphs and tables in document order; Word heading styles become Markdown headings."""
    import docx
    from docx.oxml.ns import qn

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise SpecError("the file is not a readable .docx (only Word 2007+ .docx files are supported)") from exc
    lines: list[str] = []
    body = document.element.body
    paragraphs = {p._p: p for p in document.paragraphs}
    tables = {t._tbl: t for t in document.tables}
    for child in body.iterchildren():
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


def _heading_level(style: str) -> int:
    match = re.match(r"(?i)^(?:heading|标题)\s*(\d)$", style.strip())
    if match:
        return min(int(match.group(1)) + 1, 6)  # Heading 1 is a section; the title stays level 1
    return 1 if style.strip().lower() == "title" else 0
