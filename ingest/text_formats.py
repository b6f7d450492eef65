"""Markup that arrives as plain text: AsciiDoc, Jira wiki markup, MediaWiki, Foswiki, Org mode, subtitle files and chat exports.

Saved as .txt (or pasted), each would be read wrongly as plain text: AsciiDoc's `== Section` and
Jira's `h3. Problem` are headings nobody recognises, Jira's `# step` reads as a Markdown heading per
step, and a caption file cuts every sentence across cues between timings. Each reader turns its format
into the Markdown-ish text ingestion splits, keeping what a reader of the rendered page sees.
"""

from __future__ import annotations

import re

from bot.core.documents.structure import CUE_TIMING_RE
from ingest.foswiki import foswiki_to_markdown, is_foswiki
from ingest.markdown_tables import table_lines
from ingest.mediawiki import is_mediawiki, mediawiki_to_markdown
from ingest.messenger import is_messenger_export, messenger_to_text
from ingest.moinmoin import is_moinmoin, moinmoin_to_markdown
from ingest.pmwiki import is_pmwiki, pmwiki_to_markdown
from ingest.org_mode import is_org, org_to_markdown
from ingest.restructured import join_paragraphs

# -- detection ------------------------------------------------------------------------------------------
ADOC_SECTION_RE = re.compile(r"^(={1,6})\s+(\S.*)$")
JIRA_HEADING_RE = re.compile(r"^h([1-6])\.\s+(\S.*)$")


def text_format(text: str) -> str:
    """'asciidoc', 'jira', 'foswiki', 'pmwiki', 'moinmoin', 'mediawiki', 'org', 'captions', 'transcript', 'messenger' or ''
    (plain text, or Markdown)."""
    lines = text.lstrip("\ufeff").split("\n")
    if lines[0].strip().startswith("WEBVTT") or sum(1 for ln in lines if CUE_TIMING_RE.match(ln.strip())) >= 3:
        return "captions"
    if sum(1 for ln in lines if BARE_TIME_RE.match(ln.strip())) >= MIN_TIMED_LINES:
        return "transcript"
    if is_messenger_export(lines):
        return "messenger"
    if sum(1 for ln in lines if JIRA_HEADING_RE.match(ln)) >= 2:
        return "jira"
    if is_foswiki(lines):
        return "foswiki"
    if is_org(lines):
        return "org"
    if is_pmwiki(lines):  # before MoinMoin, whose `||` tables it shares
        return "pmwiki"
    if is_moinmoin(lines):  # before MediaWiki, whose sections it shares
        return "moinmoin"
    if is_mediawiki(lines):  # before AsciiDoc: both write sections with "=", MediaWiki closes them
        return "mediawiki"
    titled = any(ADOC_SECTION_RE.match(ln) and ln.startswith("= ") for ln in lines[:5])
    if (titled or "|===" in lines) and sum(1 for ln in lines if ADOC_SECTION_RE.match(ln)) >= 2:
        return "asciidoc"
    return ""


def to_markdown(text: str) -> tuple[str, str]:
    """The text as Markdown-ish text, and its format ('' when it is left as it was). Blank runs are left for
    clean_text, which every loaded body goes through."""
    kind = text_format(text)
    converter = {"asciidoc": asciidoc_to_markdown, "jira": jira_to_markdown, "mediawiki": mediawiki_to_markdown,
                 "moinmoin": moinmoin_to_markdown, "pmwiki": pmwiki_to_markdown, "foswiki": foswiki_to_markdown,
                 "org": org_to_markdown,
                 "captions": captions_to_text, "transcript": timed_transcript_to_text, "messenger": messenger_to_text}.get(kind)
    return (converter(text), kind) if converter else (text, "")


def _strong(line: str) -> str:
    """AsciiDoc's and Jira's `*strong*` as Markdown's `**strong**` (one star is emphasis in Markdown)."""
    return re.sub(r"(?<![\w*])\*([^*\n]+?)\*(?![\w*])", r"**\1**", line)


# -- AsciiDoc -------------------------------------------------------------------------------------------
ADOC_DROP_RE = re.compile(
    r"^(?::!?[\w-]+!?:.*|(?:ifdef|ifndef|ifeval|endif|include)::.*|//(?!/).*|\[\[[\w-]+\]\]|\[[^\]]*\]|'''+|<<<)$"
)
ADOC_ADMONITION_RE = re.compile(r"^(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION):\s+")
ADOC_BLOCK_RE = re.compile(r"^(----|\.\.\.\.|\+\+\+\+|////|====|\*\*\*\*|____)$")


def _adoc_inline(line: str) -> str:
    line = re.sub(r"<<[\w-]+,([^>]+)>>", r"\1", line)
    line = re.sub(r"<<([\w-]+)>>", lambda m: m.group(1).replace("-", " "), line)
    line = re.sub(r"footnote:\[[^\]]*\]", "", line)
    line = re.sub(r"\[[.\w-]*\]#([^#]+)#", r"\1", line)
    return _strong(line)


def _adoc_table(rows: list[str], attributes: str) -> list[str]:
    """A `|===` table as Markdown rows; its width from `cols="1,2,2"`, or from its widest line."""
    cells = [cell.strip() for row in rows for cell in row.split("|")[1:]]
    cols = re.search(r'cols="([^"]+)"', attributes)
    width = len(cols.group(1).split(",")) if cols else max((row.count("|") for row in rows), default=1)
    header = "header" in attributes
    out = []
    for start in range(0, len(cells), width):
        out += table_lines([_adoc_inline(c) for c in cells[start:start + width]], header=start == 0 and header)
    return out


def asciidoc_to_markdown(text: str) -> str:
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    after_title = False
    attributes = ""
    while i < len(lines):
        line = lines[i].rstrip()
        section = ADOC_SECTION_RE.match(line)
        if section:
            # MediaWiki closes its "== Title ==" the same way; the closing marks are not words.
            out += ["", "#" * len(section.group(1)) + " " + _adoc_inline(section.group(2)).rstrip("= "), ""]
            after_title = len(section.group(1)) == 1
            i += 1
            continue
        if after_title and line.strip() and not line.startswith(":"):
            i += 1  # the author and revision lines under the document title
            continue
        after_title = False
        if line.startswith("|==="):
            end = next((j for j in range(i + 1, len(lines)) if lines[j].startswith("|===")), len(lines))
            out += ["", *_adoc_table(lines[i + 1:end], attributes), ""]
            i = end + 1
            continue
        if ADOC_BLOCK_RE.match(line):
            end = next((j for j in range(i + 1, len(lines)) if lines[j].rstrip() == line), len(lines))
            if line != "////":  # a comment block says nothing; code and literal blocks stay, indented
                out += ["", *("    " + body for body in lines[i + 1:end] if body.strip()), ""]
            i = end + 1
            continue
        if ADOC_DROP_RE.match(line.strip()):
            attributes = line if line.startswith("[") else attributes
            i += 1
            continue
        if re.match(r"^\.[A-Z][^.]", line):  # ".Tool tiers and default policy": a block's title leads it in
            out.append(_adoc_inline(line[1:]).rstrip(":") + ":")
            i += 1
            continue
        ordered = re.match(r"^(\.{1,3})\s+(\S.*)$", line)
        if ordered:
            line = "   " * (len(ordered.group(1)) - 1) + "1. " + ordered.group(2)
        out.append(_adoc_inline(ADOC_ADMONITION_RE.sub("", line)))
        i += 1
    return "\n".join(join_paragraphs(out))


# -- Jira wiki markup -----------------------------------------------------------------------------------
JIRA_LIST_RE = re.compile(r"^([#*]+)\s+(\S.*)$")
JIRA_DROP_RE = re.compile(r"^\{(?:quote|code(?::[^}]*)?|noformat|panel(?::[^}]*)?|color(?::[^}]*)?)\}$")


def _jira_inline(line: str) -> str:
    line = re.sub(r"\((?:/|x|!|i|\?|on|off|\*[rgby]?)\)", "", line)
    line = re.sub(r"\[~([\w.-]+)\]", r"\1", line)
    line = re.sub(r"\[([^|\]]+)\|[^\]]+\]", r"\1", line)
    line = re.sub(r"\{\{([^}]+)\}\}", r"\1", line)
    return _strong(line).replace("{quote}", "")


def jira_to_markdown(text: str) -> str:
    out: list[str] = []
    for raw in text.split("\n"):
        line = raw.rstrip()
        heading = JIRA_HEADING_RE.match(line)
        listed = JIRA_LIST_RE.match(line)
        if heading:
            out += ["", "#" * int(heading.group(1)) + " " + _jira_inline(heading.group(2)), ""]
        elif JIRA_DROP_RE.match(line.strip()):
            out.append("")
        elif listed:
            marks = listed.group(1)
            mark = "1." if marks[-1] == "#" else "-"
            out.append("   " * (len(marks) - 1) + f"{mark} " + _jira_inline(listed.group(2)))
        else:
            out.append(_jira_inline(line))
    return "\n".join(out)


# -- Subtitles ------------------------------------------------------------------------------------------
VOICE_RE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]+)>")
CUE_TAG_RE = re.compile(r"</?(?:v|c|i|b|u|lang|ruby|rt)(?:\.[\w.-]+)?(?:\s[^>]*)?>|<\d{1,2}:\d{2}[:.\d]*>")
SOUND_RE = re.compile(r"^\[[^\]]{1,40}\]$|^\([^)]{1,40}\)$|^♪.*♪?$")


def captions_to_text(text: str) -> str:
    """A caption file as one paragraph per speaker's turn: cues cut sentences wherever the line ran out."""
    turns: list[tuple[str, list[str]]] = []
    speaker = ""
    skipping = False  # inside a NOTE, STYLE or REGION block, up to its blank line
    lines = text.lstrip("\ufeff").split("\n")
    for number, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            skipping = False
            continue
        following = lines[number + 1].strip() if number + 1 < len(lines) else ""
        if skipping or line.startswith(("WEBVTT", "NOTE", "STYLE", "REGION", "Kind:", "Language:")):
            skipping = skipping or line.startswith(("NOTE", "STYLE", "REGION"))
            continue
        if CUE_TIMING_RE.match(line) or (line.isdigit() and CUE_TIMING_RE.match(following)):
            continue
        voice = VOICE_RE.search(line)
        if voice:
            speaker = voice.group(1).strip()
        said = CUE_TAG_RE.sub("", line).strip()
        if not said or SOUND_RE.match(said):
            continue
        if not turns or turns[-1][0] != speaker:
            turns.append((speaker, []))
        turns[-1][1].append(said)
    return "\n\n".join(" ".join(words) for _, words in turns) + "\n"


# A video page's transcript copied as text: a bare "1:10" line over each caption line, chapter titles
# between them.
BARE_TIME_RE = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")
MIN_TIMED_LINES = 5
MIN_CAPTION_WORDS = 12  # caption lines joined until they say about a sentence's worth
LOWER_I_RE = re.compile(r"(?<![\w'])i(?=(?:'[a-z]+)?(?![\w']))")


def timed_transcript_to_text(text: str) -> str:
    """Chapters as headings, and caption lines joined into sentence-sized runs, each stopped: spoken
    captions carry no full stops, so a whole chapter joined would be one sentence, and a line on its own
    reads as a caption, never as a sentence to quote. The stops, and "I" for the "i" of auto-captions, are
    all that is changed. What comes before and after the transcript (the page's description, its
    comments) is left as it was."""
    lines = [line.rstrip() for line in text.lstrip("\ufeff").split("\n")]
    times = [number for number, line in enumerate(lines) if BARE_TIME_RE.match(line.strip())]
    first, last = times[0], times[-1] + 1
    out = lines[:first]
    if out and out[-1].strip():
        out[-1] = "## " + out[-1].strip()  # the first chapter's title sits right above its first timing
    said: list[str] = []

    def flush() -> None:
        if said:
            sentence = " ".join(said)
            out.extend([sentence if sentence[-1] in ".!?:;…\"'”)" else sentence + ".", ""])
            said.clear()

    for number in range(first, min(last + 1, len(lines))):
        line = lines[number].strip()
        if not line or BARE_TIME_RE.match(line):
            continue
        if BARE_TIME_RE.match(lines[number - 1].strip()):
            said.append(LOWER_I_RE.sub("I", line))  # auto-captions write "i"; "I think …" is the speaker's aside
            if line[-1] in ".!?" or sum(len(part.split()) for part in said) >= MIN_CAPTION_WORDS:
                flush()
        else:
            flush()
            out += ["", "## " + line, ""]
    flush()
    return "\n".join(out + lines[last + 1:])
