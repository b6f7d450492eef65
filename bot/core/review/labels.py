"""Lead-in labels: what a line says it is about when no heading does.

"**Privacy:** …", an FAQ's "Q: …" over its answer, a chat's short question over the reply, a quoted
question in an email, a short bullet over deeper ones, a table row's first cell. Prose without headings
still says what each paragraph is about this way.
"""

from __future__ import annotations

import csv
import re

from bot.core.documents.structure import SPEC_BULLET_RE, TABLE_SEPARATOR_RE
from bot.core.review.run_in import run_in_head
from bot.core.review.wording import TERMINAL_PUNCTUATION, strip_markup, word_count

# A lead-in label: "**Held:** ...", "- Privacy: ...", "so the problem: ...", "1. **Shadow mode, 2 weeks:** ...",
# ":dart: *Problem* — …" (Slack: an emoji code, then a bold label).
LABEL_RE = re.compile(
    r"^\s*(?:>[>\s]*)?(?:[-*+•·]\s+|\d+[.)]\s+)?(?::[a-z0-9_+\-]+:\s+)?(?:(\*\*|__|\*|_)(?P<bold>[^*_\n]{2,70}?)[:：.]?\1[:：.]?\s+|(?P<plain>[^:：\n]{2,60}?)(?::\s+|：\s*))\S"
)
SNAKE_CASE_RE = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)+")
# When a chat line was said: "[10:42]", "10:42 am", or dated as WhatsApp exports it ("[02/11/2026, 19:04:11]").
CHAT_STAMP = r"\[?(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]m)?\]?"
# A chat line's timestamp is not a topic label.
CHAT_SPEAKER_RE = re.compile(r"^" + CHAT_STAMP)
# "[13:15] Ravi: cost + monitoring" / "[14:12] Sam: cost?": what a pasted chat line says, after who and when.
CHAT_LINE_RE = re.compile(r"^\s*" + CHAT_STAMP + r"\s*[^:：\s][^:：]{0,30}[:：]\s*(?P<said>\S.*)$", re.I)
# Teams and Slack copied with headers: "[Tuesday 09:14] Priya Shah" on its own line, the message below it.
CHAT_HEADER_RE = re.compile(
    r"^\s*\[?(?:[A-Za-z]+\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]m)?\]?\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*$"
)
MAX_CHAT_TOPIC_WORDS = 5  # a chat line this short names a topic ("cost + monitoring", "rollout") ...
MAX_CHAT_QUESTION_WORDS = 8  # ... and so does a question this short ("how do we check?", "rollout plan?")


def line_label(lines: list[str], number: int) -> str:
    """The label of line `number` from the line itself or the lines above it, or ""."""
    stripped = lines[number].strip()
    previous = lines[number - 1].strip() if number else ""
    # A question and its answer are often a blank line apart ("> How will it work?", blank, the reply).
    asked = previous or (lines[number - 2].strip() if number >= 2 else "")
    return (
        _footnote_claim(lines, stripped)
        or _faq_topic(asked, stripped)  # before its own label: "A. It never auto-rejects: …" answers the Q above
        or lead_in_label(stripped)
        or run_in_head(stripped)
        or csv_label(stripped)
        or (_chat_topic(previous) if CHAT_LINE_RE.match(stripped) else "")
        or _quoted_topic(asked)
        or _headed_chat_topic(lines, number)
    )


# "[^5]: 1.2 million lines filed 2022–2025 …": a footnote's text, and the "[^5]" that cites it.
FOOTNOTE_RE = re.compile(r"^\s*\[\^(?P<id>[^\]\s]+)\]:\s*\S")
MAX_CLAIM_WORDS = 16


def _footnote_claim(lines: list[str], line: str) -> str:
    """A footnote is about the claim that cites it ("Someone owns watching it.[^14]"): the spec's body
    states each point in a line and puts its substance in the notes."""
    match = FOOTNOTE_RE.match(line)
    if not match:
        return ""
    marker = f"[^{match.group('id')}]"
    for other in lines:
        at = other.find(marker)
        if at > 0 and not FOOTNOTE_RE.match(other):
            # The words since the previous note or sentence: "…the three likeliest codes,[^4] learning
            # from codes our brokers already filed.[^5]" cites [^5] for the learning, not the codes.
            since = re.split(r"\[\^[^\]]+\]", other[:at])[-1]
            sentences = [s for s in re.split(r"(?<=[.!?。！？])\s+", since) if s.strip(" ,;.")]
            claim = sentences[-1].strip(" ,;.*_#") if sentences else ""
            return claim if word_count(claim) <= MAX_CLAIM_WORDS else ""
    return ""


def _short_topic(said: str) -> str:
    """A chat message short enough to name a topic ("cost + monitoring") or ask about one ("rollout plan?")."""
    words = word_count(said)
    if words <= MAX_CHAT_TOPIC_WORDS or (said.endswith(("?", "？")) and words <= MAX_CHAT_QUESTION_WORDS):
        return said.rstrip("?？ ")
    return ""


def lead_in_label(line: str) -> str:
    match = LABEL_RE.match(line)
    if not match:
        return ""
    label = (match.group("bold") or match.group("plain") or "").strip()
    # "Note: this is..." or a URL scheme is not a topic label; a label is a short noun phrase.
    if not label or word_count(label) > 10 or label.lower() in {"http", "https", "note", "nb", "ps"} or label.startswith("[^"):
        return ""
    if CHAT_SPEAKER_RE.match(label) or label.lower().endswith("wrote"):
        return ""  # "[10:02] Priya: ..." or "> Marta wrote: ..." names who spoke, not what the line is about
    if SNAKE_CASE_RE.fullmatch(label):
        return label.replace("_", " ")  # a YAML or config key: "trust_and_control: …"
    return label


# "> Marta wrote: Why not just improve the booking page?": a quoted question in an email reply.
QUOTED_QUESTION_RE = re.compile(r"^\s*>+\s*(?:[^:：]{1,40}\bwrote[:：]\s*)?(?P<said>\S.*[?？])\s*$", re.I)
MAX_QUOTED_QUESTION_WORDS = 12
MAX_OUTLINE_LABEL_WORDS = 5  # a bullet this short with deeper bullets under it is their heading


def _quoted_topic(line: str) -> str:
    """The question a quoted line asks, for the inline reply under it ("> What problem are we solving?")."""
    match = QUOTED_QUESTION_RE.match(line)
    if not match or word_count(match.group("said")) > MAX_QUOTED_QUESTION_WORDS:
        return ""
    return match.group("said").rstrip("?？ ")


# "Q: Why not just use exact matching?" over "A: We already do, and …": an FAQ's question is the answer's heading.
FAQ_QUESTION_RE = re.compile(
    r"^\s*(?:\*\*)?(?:q|question|问)\s*\d*\s*(?:\*\*)?[:：.]\s*(?:\*\*)?(?P<said>\S.*?)(?:\*\*)?\s*$", re.I
)


def _faq_topic(line: str, current: str) -> str:
    """The question an FAQ line asks, for the answer on the next line (which is not itself a question)."""
    match = FAQ_QUESTION_RE.match(line)
    if not match or FAQ_QUESTION_RE.match(current) or word_count(match.group("said")) > MAX_QUOTED_QUESTION_WORDS:
        return ""
    return match.group("said").rstrip("?？ ")


def outline_label(line: str, next_line: str | None) -> str:
    """A short bullet with more deeply indented bullets under it ("- Problem" over "  - 450 alerts a
    week …") heads them the way a lead-in label heads its paragraph."""
    if next_line is None or not SPEC_BULLET_RE.match(line) or not SPEC_BULLET_RE.match(next_line):
        return ""
    indent = len(line) - len(line.lstrip())
    if len(next_line) - len(next_line.lstrip()) <= indent:
        return ""
    text = SPEC_BULLET_RE.sub("", line, count=1).strip().rstrip(":：")
    if not text or word_count(text) > MAX_OUTLINE_LABEL_WORDS or text[-1] in TERMINAL_PUNCTUATION:
        return ""
    return text


def _chat_topic(line: str) -> str:
    """The topic a short chat line raises for the reply that follows ("cost?", "rollout plan?", "fairness"),
    or "". In a pasted chat the question is the heading: "[13:16] Leah: about $0.04 per application" says
    what it is about only after "[13:15] Ravi: cost + monitoring"."""
    match = CHAT_LINE_RE.match(line)
    if not match:
        return ""
    return _short_topic(match.group("said").strip())


def _headed_chat_topic(lines: list[str], number: int) -> str:
    """In a chat copied with header lines, the topic a short message raised for the message below the
    next header: "what would it write from?" labels "the invoice, the payment history, …"."""
    above = number - 1
    if above < 0 or not CHAT_HEADER_RE.match(lines[above]):
        return ""
    above -= 1
    while above >= 0 and not lines[above].strip():
        above -= 1
    if above < 0 or CHAT_HEADER_RE.match(lines[above]):
        return ""
    return _short_topic(lines[above].strip())


# A row of a database exported as CSV: 'Quality bar,"Ship only if 90% of …",P0,Agreed'.
CSV_ROW_RE = re.compile(r'^(?P<label>[A-Za-z][A-Za-z /&-]{1,30}),"')


MIN_FORM_QUESTIONS = 2  # a form export's header asks questions; a table's names columns
# A row of a sheet pasted as text: cells apart by tabs ("Why AI<TAB>Replies must mention …<TAB>Dana").
SHEET_ROW_RE = re.compile(r"^\s*[^\s\t][^\t]*\t")


def csv_label(line: str) -> str:
    """The first field of a CSV row whose text field is quoted, as a table row's first cell labels it."""
    match = CSV_ROW_RE.match(line)
    return match.group("label").strip() if match else ""


def csv_fields(line: str) -> list[str]:
    """The fields of a comma-separated line (quoted fields may hold commas), or [] for fewer than three."""
    if line.count(",") < 2 or "\n" in line:  # a hard-wrapped paragraph (spec_wrapped_lines) is no CSV row
        return []
    try:
        fields = next(csv.reader([line.strip()]), [])
    except csv.Error:  # a stray NUL or an unterminated quote: not a row we can read
        return []
    return [field.strip() for field in fields] if len(fields) >= 3 else []


def form_questions(line: str, fields: list[str], below: list[str]) -> list[str]:
    """The questions of a form's responses exported as CSV ("Timestamp,What problem does it solve?,…"
    over one row of answers): a header whose fields (`csv_fields` of the line) are mostly questions (not
    column names like "Area,Status", nor a bullet listing things), with a row of as many fields below it
    (`below`). [] otherwise."""
    questions = [] if SPEC_BULLET_RE.match(line) else fields
    if not questions or len(below) != len(questions):
        return []
    asked = sum(1 for q in questions if q.endswith(("?", "？")))
    return questions if asked >= MIN_FORM_QUESTIONS and 3 * asked >= len(questions) else []


def sheet_cells(line: str) -> list[str]:
    """The cells of a row pasted from a spreadsheet (tab-separated), or [] for any other line."""
    if not SHEET_ROW_RE.match(line):
        return []
    return [cell.strip() for cell in line.strip(" \r\n").split("\t")]


def markdown_cells(row: str) -> list[str]:
    """The cells of a Markdown table row ("| a | b |"), stripped."""
    return [c.strip() for c in row.strip().strip("|").split("|")]


def row_label(row: str) -> str:
    """The first cell of a table row with two or more cells, when it is a short name ("Bar to ship",
    "When it's wrong"): a two-column plan grid labels each row the way a lead-in label does a paragraph.
    A Markdown row ("| a | b |") or a spreadsheet row pasted with tabs."""
    cells = sheet_cells(row) or markdown_cells(row)
    if len(cells) < 2 or not cells[0] or not cells[1]:
        return ""
    first = strip_markup(cells[0])
    if not first or word_count(first) > 6 or not re.search(r"[^\W\d_]", first):
        return ""
    return first


# A table of boxes (a lean canvas, a one-page plan grid): names in the header row, one row of content under
# them, each cell the box its column names; "<br>" separates a box's lines.
MIN_BOX_COLUMNS = 3
BREAK_TAG_RE = re.compile(r"\s*<br\s*/?>\s*", re.IGNORECASE)


def box_tables(lines: list[str]) -> tuple[dict[int, list[str]], set[int]]:
    """({content row number: the box names over its cells}, header row numbers) for each Markdown table
    of one content row under three or more named columns. Read row by row, "| Problem | Solution | Cost
    structure |" over one row labels the whole row "Problem"; read by column, each box is its own."""
    rows: dict[int, list[str]] = {}
    headers: set[int] = set()

    def is_row(number: int) -> bool:
        return 0 <= number < len(lines) and lines[number].strip().startswith("|")

    for number in range(len(lines) - 2):
        if not is_row(number) or is_row(number - 1) or not TABLE_SEPARATOR_RE.match(lines[number + 1].strip()):
            continue
        if not is_row(number + 2) or is_row(number + 3):
            continue
        names = [strip_markup(c) for c in markdown_cells(lines[number])]
        if len(names) >= MIN_BOX_COLUMNS and len(markdown_cells(lines[number + 2])) == len(names) and all(names):
            rows[number + 2] = names
            headers.add(number)
    return rows, headers


def box_lines(row: str) -> list[list[str]]:
    """The lines of each box of a content row, box by box, each an exact substring of the row."""
    return [[piece.strip() for piece in BREAK_TAG_RE.split(cell) if piece.strip()] for cell in markdown_cells(row)]
