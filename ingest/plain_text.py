"""Structure plain text keeps after losing its markup: underlined headings, a list's indentation, and
the field block a document opens with."""

from __future__ import annotations

import re

from bot.core.documents.structure import BULLET_RE, SENTENCE_END, WRAPPED_ON_RE, hanging_indent
from bot.core.numerals import small_count
from ingest.markdown_tables import table_lines, table_row
from ingest.page_furniture import COMMENT_HEADER_RE

# Plain text copied from a rendered page keeps a list's indentation and loses its bullets.
INDENTED_RE = re.compile(r"^( {2,}|\t+)(?=\S)")
CODE_LIKE_RE = re.compile(r"[{};=<>]|\(\)|^\s*[$#>/]")
MIN_WRAPPED_WIDTH = 45  # characters: a line a text editor wrapped is long; a list's items may be short


def wrapped_prose(run: list[str]) -> bool:
    """Whether indented lines are one paragraph wrapped at a width ("Generated lines must fit" / "that
    rating."): a long line stops mid-sentence and the next carries on in lower case."""
    return any(len(line.strip()) >= MIN_WRAPPED_WIDTH and line.rstrip()[-1:] not in SENTENCE_END
               and WRAPPED_ON_RE.match(following.strip()) for line, following in zip(run, run[1:]))


def indented_items(text: str) -> str:
    """Two or more lines indented alike under an unindented line, none of them code or a bullet already,
    are a list's items (a GitHub issue or a web page copied as text): each becomes a "- " item. Under a
    bullet that stops mid-sentence they are the rest of its text (a hanging indent), not items."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        indent = INDENTED_RE.match(lines[i])
        end = i
        while indent and end < len(lines) and (m := INDENTED_RE.match(lines[end])) and m.group(1) == indent.group(1):
            end += 1
        above = next((line for line in reversed(lines[:i]) if line.strip()), "")
        run = lines[i:end]
        # Under a bullet that stops mid-sentence, indented lines carry on its text (structure.unwrap joins them);
        # replies indented under a post, each under its sender and time, are posts.
        if (len(run) >= 2 and above and not above[0].isspace() and not hanging_indent(above, run[0])
                and not any(CODE_LIKE_RE.search(line) or BULLET_RE.match(line) or COMMENT_HEADER_RE.match(line)
                            for line in run)):
            # A wrapped paragraph under its heading ("1. RATING AND TOPICS") is prose: unwrap joins it.
            lines[i:end] = [("" if wrapped_prose(run) else "- ") + line.strip() for line in run]
        i = max(end, i + 1)
    return "\n".join(lines)


# "*Check levels*" alone on its line: a chat app's bold (Google Chat, Slack, WhatsApp) or italic ("_Rollout_") set
# over a section as its heading. Left marked, the line was not read as a heading and ran into the paragraph under
# it ("What Flare does* After each launch, …").
STARRED_LINE_RE = re.compile(r"^[ \t]*([*_])(?=\S)([^*_\n]{2,80}?)(?<=\S)\1[ \t]*$", re.MULTILINE)
# "7 replies" under a pinned message: the thread below answers the post, it is not the post's last section.
REPLY_COUNT_RE = re.compile(r"^[ \t]*\d{1,4} (repl(?:y|ies)|comments?)[ \t]*$", re.MULTILINE | re.IGNORECASE)


def chat_headings(text: str) -> str:
    """Lines set wholly in a chat app's single-mark bold or italic, without their marks; a thread's reply count
    as the heading of its replies ("Replies", "Comments")."""
    text = REPLY_COUNT_RE.sub(lambda m: "\n" + ("Replies" if m.group(1).lower().startswith("repl") else "Comments"),
                              text)
    return STARRED_LINE_RE.sub(r"\2", text)


# "Purpose\n=======": a heading underlined, as plain-text READMEs and Markdown's setext style write it.
UNDERLINE_RE = re.compile(r"^\s*(=+|-+)\s*$")


# "The package I now ask for has five parts:", "I ask the receiving PM three questions:": a lead-in that
# counts what follows. Copied from a rendered page, the list it introduces arrives as that many paragraphs.
ANNOUNCED_LIST_RE = re.compile(
    r"\b(two|three|four|five|six|seven|eight|nine|[2-9])\s+(?:[a-z-]+\s+){0,2}[a-z-]+s\s*:\s*$", re.IGNORECASE
)
MAX_ANNOUNCED_ITEM_WORDS = 60


def announced_paragraphs(text: str) -> str:
    """The paragraphs a counting lead-in announces become its items: as many as it counts, each a single
    line of prose (not a heading, a list or a long paragraph), one after another with blank lines between."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        found = ANNOUNCED_LIST_RE.search(lines[i])
        if not found:
            i += 1
            continue
        count = small_count(found.group(1))
        items, j = [], i + 1
        while len(items) < count and j + 1 < len(lines) and not lines[j].strip() and _paragraph_item(lines[j + 1]):
            items.append(j + 1)
            j += 2
        if len(items) == count:
            lines[i + 1 : items[-1] + 1] = ["- " + lines[k].strip() for k in items]
        i += 1
    return "\n".join(lines)


# Items whose bullets were lost when a page was copied as text: one per line, straight under a lead-in
# that ends with ":" ("… booked by everyone else too:" over "A privacy and security review, …" and three more).
MIN_BARE_ITEMS, MAX_BARE_ITEMS, MAX_BARE_ITEM_WORDS = 2, 12, 40
EMOJI_CODE_RE = re.compile(r":[a-z0-9_+-]+:$")  # a chat message ending in ":pray:" leads nothing in
CLOCK_RE = re.compile(r"\b\d{1,2}:\d{2}\b")  # "Tom Okafor 10:23 AM": a message's header, not an item
RUNS_ON_RE = re.compile(r"(?:[,;(\-–—]|\b(?:and|or|the|a|an|of|to|with|for|in|on|that|which))\s*$", re.IGNORECASE)


def bare_items(text: str) -> str:
    """Lines under a lead-in ending with ":", a block of their own, each starting with a capital and none
    running on into the next (as a hard-wrapped paragraph's lines do), become that lead-in's list items."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        lead = lines[i].rstrip()
        if not lead.endswith(":") or EMOJI_CODE_RE.search(lead) or BULLET_RE.match(lead) or lead.lstrip().startswith("#"):
            i += 1
            continue
        start = i + 2 if i + 2 < len(lines) and not lines[i + 1].strip() else i + 1
        end = start
        while end < len(lines) and _bare_item(lines[end]):
            end += 1
        if MIN_BARE_ITEMS <= end - start <= MAX_BARE_ITEMS and (end == len(lines) or not lines[end].strip()):
            lines[start:end] = ["- " + line.strip() for line in lines[start:end]]
        i = max(end, i + 1)
    return "\n".join(lines)


def _bare_item(line: str) -> bool:
    stripped = line.strip()
    return (bool(stripped) and (stripped[0].isupper() or stripped[0].isdigit()) and not BULLET_RE.match(line)
            and not stripped.startswith(("#", "|")) and len(stripped.split()) <= MAX_BARE_ITEM_WORDS
            and not RUNS_ON_RE.search(stripped) and not stripped.endswith(":") and not CLOCK_RE.search(stripped))


def _paragraph_item(line: str) -> bool:
    return (bool(line.strip()) and not line.lstrip().startswith(("#", "|")) and not BULLET_RE.match(line)
            and len(line.split()) <= MAX_ANNOUNCED_ITEM_WORDS)


# A panel drawn with box characters, as text tutorials frame a checklist:
#   ┌ Prerequisites ─────        "Prerequisites:"
#   │  • A sponsor who …    →    "  • A sponsor who …"
#   └────────────────────
# A whiteboard exported as text (Miro, FigJam, Mural) tags every element: "[Card] Agenda", "[Sticky · pink · Jonas
# Ortiz (eng)] A bank changed its CSV format …", "[Text] Auto-Match is the AI agent that …".
BOARD_TAG_RE = re.compile(
    r"^\s*\[(?:card|sticky(?: note)?|text|shape|note|comment|doc|table|kanban|mind ?map)\b[^\]\n]{0,80}\]\s*(?=\S)",
    re.IGNORECASE)
BOARD_TITLE_WORDS = 8  # a tagged line this short with no full stop is the element's title


def board_elements(text: str) -> str:
    """A board element's tag goes, so its text reads as written; a tagged title ("[Card] Agenda") becomes a
    lead-in ("Agenda:") for the lines under it. Quoted as exported, "[Card] Agenda" was an answer's sentence."""
    out = []
    for line in text.split("\n"):
        tag = BOARD_TAG_RE.match(line)
        if tag:
            rest = line[tag.end():].strip()
            short = len(rest.split()) <= BOARD_TITLE_WORDS and not rest.endswith((".", "!", "?", "。"))
            line = f"{rest.rstrip(':：')}:" if short else rest
        out.append(line)
    return "\n".join(out)


PANEL_TOP_RE = re.compile(r"^\s*[┌╭╔┏][─━═\s]*(?P<title>[^─━═┐╮╗┓]*?)[─━═\s]*[┐╮╗┓]?\s*$")
PANEL_SIDE_RE = re.compile(r"^\s*[│┃║]\s?(?P<body>.*?)\s*[│┃║]?\s*$")
PANEL_BOTTOM_RE = re.compile(r"^\s*[└╰╚┗][─━═]*[┘╯╝┛]?\s*$")


def box_panels(text: str) -> str:
    """A box-drawn panel becomes its title as a lead-in and its lines as they would read unboxed: a line
    starting with "│" is neither a bullet nor a sentence, so the checklist inside was quoted as one run-on
    line with its frame. Only a whole panel (top, sides, bottom) is unboxed."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        top = PANEL_TOP_RE.match(lines[i])
        if top:
            j = i + 1
            while j < len(lines) and PANEL_SIDE_RE.match(lines[j]) and not PANEL_BOTTOM_RE.match(lines[j]):
                j += 1
            if j > i + 1 and j < len(lines) and PANEL_BOTTOM_RE.match(lines[j]):
                title = top.group("title").strip()
                out += ["", f"{title.rstrip(':：')}:" if title else ""]
                sides = (PANEL_SIDE_RE.match(line) for line in lines[i + 1 : j])
                out += [side.group("body") for side in sides if side]
                out.append("")
                i = j + 1
                continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)


def underlined_headings(lines: list[str]) -> list[str]:
    """A short line over a rule about as long as itself is a heading: the document's title when it opens
    the document or has a "=" rule over it too, else `=` a section and `-` a subsection. A rule much shorter or longer than the line
    above is a separator, not an underline."""
    out: list[str] = []
    for number, line in enumerate(lines):
        rule = UNDERLINE_RE.match(line)
        above = out[-1].strip() if out else ""
        if (rule and number and above and len(above) <= 80 and not above.startswith(("#", "|", ">"))
                and not re.match(r"[-*+•]\s", above) and 0.5 * len(above) <= len(rule.group(1)) <= 1.5 * len(above) + 3
                and len(rule.group(1)) >= 3):
            # A "=" rule under the document's first line names the document; later ones head its parts,
            # and "-" rules their subsections (a README has one title and many "=" sections).
            overlined = number >= 2 and UNDERLINE_RE.match(lines[number - 2]) and lines[number - 2].strip()[0] == "="
            opening = overlined or not any(line.strip() for line in out[:-1])
            out[-1] = ("# " if opening else "## " if rule.group(1)[0] == "=" else "### ") + above
            continue
        if rule and rule.group(1)[0] == "=" and len(rule.group(1)) >= 3:
            continue  # a row of "=" over a title or between parts separates; it says nothing
        out.append(line)
    return out


# "■1. Why the usage does not spread", "◆ 导入前的准备": the mark Japanese and Chinese pages (and their
# machine translations) set before a section title; standing alone, the line is a heading without it. A
# line with a second mark is a row of buttons ("▶ Contact us　▶ Download the sample"). Airtable marks a long-text
# field's name with "≡" ("≡  Not graded by FacetIQ" over the field's text).
HEADING_MARKS = "■◆▼▶□◇◼★☆≡"
HEADING_MARK_RE = re.compile(rf"^\s*[{HEADING_MARKS}]\s*(?=[^{HEADING_MARKS}\s])")


def unmarked(line: str) -> str:
    """The line without its heading mark, when it has exactly one, at its start."""
    mark = HEADING_MARK_RE.match(line)
    if mark is None or re.search(f"[{HEADING_MARKS}]", line[mark.end():]):
        return line
    return line[mark.end():]



# "Version:   1.4", "Owner:     Risk Council", "文档负责人:周以宁    状态:已评审" (a full-width colon is ":" by
# now): the field block a plain-text document opens with.
FIELD_LINE_RE = re.compile(
    r"^(?:(?:Version|Revision|Owners?|Authors?|Audience|Status|Date|Created|Updated|Last updated|Reviewers?|"
    r"Approvers?|Approved by|Team|Contact|Maintainers?|Classification|Document ID|Doc ID|Tags|Applies to)\s*:\s+\S"
    r"|(?:文档负责人|负责人|维护人|作者|状态|版本|适用范围|适用对象|创建时间|更新时间|最后更新|审核人|评审人|标签|密级)\s*:\s*\S)",
    re.IGNORECASE,
)
FIELD_GAP_RE = re.compile(r"\s{2,}")  # fields set side by side on one line
MIN_FIELD_LINES = 3


def _fields(line: str) -> int:
    """How many metadata fields a line opens with and sets side by side ("Owner: Zhou    Status: Reviewed")."""
    if not FIELD_LINE_RE.match(line):
        return 0
    # "Version:   1.4" pads its value: only a gap followed by another field's label starts a field.
    return 1 + sum(bool(FIELD_LINE_RE.match(part)) for part in FIELD_GAP_RE.split(line.strip())[1:])


def drop_field_block(lines: list[str]) -> list[str]:
    """Three or more metadata fields ("Version:", "Owner:", "Status:", with their indented continuations)
    among a document's first lines are its metadata, not guidance: quoted, "Version: 1.4 Owner: …
    Audience: …" answers nothing. Other labelled lines ("Note: the threshold is 0.72.") are content."""
    head = [n for n, line in enumerate(lines) if line.strip()][:20]
    start = next((n for n in head if FIELD_LINE_RE.match(lines[n])), None)
    if start is None:
        return lines
    end, fields = start, 0
    while end < len(lines) and (FIELD_LINE_RE.match(lines[end]) or (fields and lines[end][:1].isspace() and lines[end].strip())):
        fields += _fields(lines[end])
        end += 1
    return lines[:start] + lines[end:] if fields >= MIN_FIELD_LINES else lines


MIN_TABLE_LINES = 3  # a header and two rows: two tabbed lines alone may be a form's label and value


def tab_tables(text: str) -> str:
    """A table copied from a web page or a wiki as text arrives as tab-separated lines ("Model
    confidence<TAB>What happens" over "Below 0.60<TAB>Not shown to anyone"): as a Markdown table, its header
    row names its columns and each row stays one item. Read as lines, the header had become a heading."""
    lines = text.split("\n")
    out: list[str] = []
    number = 0
    while number < len(lines):
        cells = _tab_cells(lines[number])
        end = number
        while end < len(lines) and cells and len(_tab_cells(lines[end])) == len(cells):
            end += 1
        if end - number >= MIN_TABLE_LINES:
            out += table_lines(cells, header=True) + [table_row(_tab_cells(line)) for line in lines[number + 1:end]]
            number = end
            continue
        out.append(lines[number])
        number += 1
    return "\n".join(out)


def _tab_cells(line: str) -> list[str]:
    """A line's cells when tabs part two or more of them (a leading tab is indentation, not a cell)."""
    if "\t" not in line.strip() or line[:1] == "\t":
        return []
    cells = [cell.strip().replace("|", "/") for cell in line.strip().split("\t")]
    return cells if len(cells) >= 2 and all(cells) else []


MIN_PANEL_LINES = 6
PANEL_ENTRY_WORDS = 5


MIN_PANEL_LABELS = 3  # "Article Number", "Publication Status", "Version Number": the fields' names
PANEL_LABEL_RE = re.compile(r"^[A-Z][\w'-]*(?: [A-Z][\w'-]*){1,3}$")


def _panel_entry(line: str) -> bool:
    """A field's name or value: a few words or a number, in Latin letters (a line of a Chinese flow
    chart, "→ 转化为数据与评测需求", is no field)."""
    text = line.strip()
    return (0 < len(text.split()) <= PANEL_ENTRY_WORDS and len(text) <= 60 and text[-1] not in SENTENCE_END
            and re.match(r"[A-Za-z0-9+]", text) is not None and not re.search(r"[^\x00-\u024f\s▼▲·]", text)
            and not BULLET_RE.match(text))


FIELD_NAME_RE = re.compile(r"^[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3}$")
MIN_FIELD_PAIRS = 4
TITLE_FIELDS = {"title", "article title", "subject"}
# What a knowledge base prints between a record's fields and the article: "Content", "Article Body".
BODY_LABEL_RE = re.compile(r"^\s*(?:content|article body|body|article content|details|article)\s*$", re.IGNORECASE)


def _field_pairs(lines: list[str], start: int) -> int:
    """How many name-and-value pairs run from `start`: a field's name alone on its line (a few Title Case
    words), then its value, whatever its length ("Summary" over a sentence)."""
    pairs, number = 0, start
    while (number + 1 < len(lines) and FIELD_NAME_RE.match(lines[number].strip())
           and lines[number + 1].strip() and not lines[number + 1].lstrip().startswith("#")):
        pairs, number = pairs + 1, number + 2
    return pairs


def drop_field_pairs(lines: list[str]) -> list[str]:
    """A record's "Knowledge Details" copied as text: "Title" / its value / "URL Name" / its value / "Summary" /
    a sentence …, four pairs or more with two names of two words or more; with the panel's caption above it
    and the "Content" / "Article Body" labels under it. Left in, they were glued into the article's first
    section ("Article Body What Suggested Ask does Suggested Ask proposes …")."""
    out: list[str] = []
    number = 0
    while number < len(lines):
        pairs = _field_pairs(lines, number)
        names = [lines[number + 2 * k].strip() for k in range(pairs)]
        if pairs >= MIN_FIELD_PAIRS and sum(len(name.split()) > 1 for name in names) >= 2:
            if out and out[-1].strip() and _panel_entry(out[-1]):
                out.pop()  # the panel's caption ("Knowledge Details") or its buttons ("+ Follow    Edit    ▼")
            # The record's title stays: the page's title is the line it repeats.
            out += [lines[number + 2 * k + 1] for k, name in enumerate(names) if name.lower() in TITLE_FIELDS]
            number += 2 * pairs
            while number < len(lines) and (not lines[number].strip() or BODY_LABEL_RE.match(lines[number])):
                number += 1
            out.append("")
            continue
        out.append(lines[number])
        number += 1
    return out


def drop_record_panels(lines: list[str]) -> list[str]:
    """A record's fields laid out one per line ("Article Number" / "Publication Status" / "Published" /
    "Version Number" …, a CRM's or knowledge base's article copied as text): six or more short lines in a
    row, none a sentence, bullet, heading or table row, and not announced by a lead-in ("We cover:"); and
    its name-and-value pairs (drop_field_pairs)."""
    lines = drop_field_pairs(lines)
    out: list[str] = []
    number = 0
    while number < len(lines):
        end = number
        while end < len(lines) and _panel_entry(lines[end]):
            end += 1
        announced = bool(out) and out[-1].rstrip().endswith((":", "："))
        labels = sum(bool(PANEL_LABEL_RE.match(line.strip())) for line in lines[number:end])
        if end - number >= MIN_PANEL_LINES and labels >= MIN_PANEL_LABELS and not announced:
            number = end
            continue
        out.append(lines[number])
        number += 1
    return out
