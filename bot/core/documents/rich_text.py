"""RTF (WordPad, TextEdit, Word's "Rich Text Format") to Markdown-ish text.

RTF is text with control words: `\\par` ends a paragraph, `\\'e9` and `\\u8220?` are characters, groups such as
the font table or `{\\*\\generator …}` hold no text. A paragraph set wholly in bold and short is the writer's
heading; `{\\pntext …}` is the bullet Word draws before a list item; `\\cell` and `\\row` end table cells and rows.
"""

from __future__ import annotations

import codecs
import re

TOKEN_RE = re.compile(r"\\([a-zA-Z]+)(-?\d+)? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|(\r\n|\r|\n)|([^\\{}\r\n]+)")
# Groups whose text is never the document's: tables of fonts, colours and styles, document info, pictures.
SKIPPED_GROUPS = {
    "fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "header", "footer", "headerl", "headerr",
    "footerl", "footerr", "listtable", "listoverridetable", "rsidtbl", "generator", "xmlnstbl", "themedata",
    "colorschememapping", "latentstyles", "datastore", "mmathPr", "pn", "fldinst",
}
SYMBOLS = {"par": "\n", "line": "\n", "tab": "\t", "cell": " | ", "row": "\n", "emdash": "—", "endash": "–",
           "bullet": "•", "lquote": "‘", "rquote": "’", "ldblquote": "“", "rdblquote": "”", "sect": "\n", "page": "\n"}
MAX_HEADING_WORDS = 14


def _codepage(number: str, current: str) -> str:
    """The codec for `\\ansicpgN`, or the one in use when Python does not know that code page."""
    try:
        return codecs.lookup(f"cp{number}").name
    except LookupError:
        return current


def is_rtf(text: str) -> bool:
    return text.lstrip().startswith("{\\rtf")


def rtf_to_markdown(text: str) -> str:
    """The paragraphs of an RTF document, one a line; bold-only short paragraphs as '## ' headings and
    Word's bulleted paragraphs as '- ' items."""
    paragraphs: list[tuple[str, bool, bool, bool]] = []  # text, all bold, bulleted, a table row
    out: list[str] = []
    bold_chars = plain_chars = 0
    bulleted = False
    stack: list[tuple[bool, bool, int]] = []  # (skipping, bold, unicode skip count) of enclosing groups
    skipping, bold, uc, pending_skip = False, False, 1, 0
    group_start = False
    codepage = "cp1252"

    def flush() -> None:
        nonlocal bold_chars, plain_chars, bulleted
        line = "".join(out).strip()
        out.clear()
        if line:
            paragraphs.append((line, bold_chars > 0 and plain_chars == 0, bulleted, SYMBOLS["cell"] in line))
        bold_chars = plain_chars = 0
        bulleted = False

    def emit(chars: str) -> None:
        nonlocal bold_chars, plain_chars
        if skipping or not chars:
            return
        out.append(chars)
        if chars.strip():
            if bold:
                bold_chars += len(chars)
            else:
                plain_chars += len(chars)

    for word, arg, hexcode, symbol, brace, newline, plain in TOKEN_RE.findall(text):
        first_in_group, group_start = group_start, False
        if brace == "{":
            stack.append((skipping, bold, uc))
            group_start = True
        elif brace == "}":
            if stack:
                skipping, bold, uc = stack.pop()
        elif newline:
            continue  # line breaks in RTF source are not in the text
        elif pending_skip and (hexcode or plain):
            # The ASCII stand-in after a \uN character, which readers that know Unicode skip.
            if hexcode:
                pending_skip -= 1
            else:
                emit(plain[pending_skip:])
                pending_skip = 0
        elif hexcode:
            emit(bytes([int(hexcode, 16)]).decode(codepage, errors="replace"))
        elif symbol:
            if symbol == "*" and first_in_group:
                skipping = True  # an optional destination this reader does not know
            elif symbol in "\\{}":
                emit(symbol)
            elif symbol == "~":
                emit(" ")
            elif symbol in "-_":
                emit("-" if symbol == "_" else "")
        elif word:
            if first_in_group and word in SKIPPED_GROUPS:
                skipping = True
            elif word == "pntext" and first_in_group:
                bulleted, skipping = True, True  # the drawn bullet itself is not text
            elif word == "ansicpg" and arg:
                codepage = _codepage(arg, codepage)
            elif word == "b":
                bold = arg != "0"
            elif word == "plain":
                bold = False
            elif word == "uc":
                uc = int(arg or 1)
            elif word == "u":
                code = int(arg or 0) % 65536
                emit("\ufffd" if 0xD800 <= code <= 0xDFFF else chr(code))  # a lone surrogate is no character
                pending_skip = uc
            elif word in ("par", "sect", "page", "row"):
                if not skipping:
                    flush()
            elif word in SYMBOLS:
                emit(SYMBOLS[word])
        elif plain:
            emit(plain)
    flush()
    blocks: list[str] = []
    for line, all_bold, is_item, is_row in paragraphs:
        line = re.sub(r"[ \t]+", " ", line).strip(" |")
        if is_item or is_row:
            line = f"- {line}" if is_item else f"| {line} |"
            if blocks and blocks[-1].startswith(line[:2]):
                blocks[-1] += "\n" + line  # a list's items, a table's rows stay together, one a line
                continue
        elif all_bold and len(line.split()) <= MAX_HEADING_WORDS and not line.endswith((".", ",", ";")):
            line = f"## {line}"
        blocks.append(line)
    return "\n\n".join(blocks)
