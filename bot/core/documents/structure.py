"""Document structure: headings, list items and sentences, as patterns and small splitters.

One home for the patterns ingestion (ingest/splitting.py, cleaning.py) and the spec reviewer
(bot/core/review) both read documents with, so a heading or a bullet is recognised in one place.

Where two readers still differ on purpose, both patterns live here side by side, named for their
reader: guidance is split into answerable chunks (`BULLET_RE`, `split_sentences`), a spec into units
quoted back exactly (`SPEC_BULLET_RE`, `sentence_spans`). Merging a pair changes what users see
(chunk boundaries, quoted evidence), so it is an eval-measured change, not a tidy-up.
"""

from __future__ import annotations

import re

# -- headings -----------------------------------------------------------------------------------
# `## Title ##`: a Markdown (ATX) heading; group 1 the hashes (the level), group 2 the text.
MD_HEADING_RE = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
# The `===` or `---` line under a setext heading.
SETEXT_RE = re.compile(r"^\s*(=+|-+)\s*$")
# A line that is only bold text (`**Success metrics:**`) is a heading; meeting notes add where in the recording it starts ("(04:15)").
BOLD_LINE_RE = re.compile(r"^\s*(\*\*|__)(?P<text>[^*_]{2,80}?)\1\s*(?:\(\d{1,2}:\d{2}(?::\d{2})?\))?\s*[:：]?\s*$")
# `3. Success metrics`, `2.1 Data`: numbered (possibly outline-numbered) headings or items.
NUMBERED_RE = re.compile(r"^\s*(?P<num>\d+(?:\.\d+)*)[.)]?\s+(?P<text>\S.*)$")
# `三、数据`, `第二部分 目标`, `（一）背景`: Chinese numbered headings.
ZH_NUMBERED_RE = re.compile(
    r"^\s*(?:第?[一二三四五六七八九十]+[、.．章节部分]|[（(][一二三四五六七八九十]+[)）])\s*(?P<text>\S.*)$"
)
# A title's note in brackets: "4. Akurasi (side study, bareng tim ML)", "一、匹配规则(硬规则,模型改不了)". The
# title before it says whether the line is a heading; a Latin word's own bracket ("Owner(s)") is no note.
TRAILING_NOTE_RE = re.compile(r"(?:\s+|(?<=[\u3400-\u9fff]))[(（][^()（）]{1,60}[)）]$")


def without_trailing_note(title: str) -> str:
    """The title without its bracketed note at the end (the title itself if that is all it is)."""
    return TRAILING_NOTE_RE.sub("", title) or title


# `|---|:--:|`: the rule under a Markdown table's header row.
TABLE_SEPARATOR_RE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
# `| Situation | Review |`: a row of a Markdown table (two cells or more).
TABLE_ROW_RE = re.compile(r"^\s*\|(?:[^|\n]*\|){2,}\s*$")
# `---`, `* * *`: a horizontal rule.
HR_RE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")

# A subtitle cue's timing, "00:01:09.300 --> 00:01:24.760" (WebVTT; SRT writes a comma): a meeting's caption
# file read as guidance, or pasted as a spec.
CUE_TIMING_RE = re.compile(r"^(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{3}\s*-->\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{3}")

# -- list items ---------------------------------------------------------------------------------
# A guidance list item: a bullet or a short number, then the item's text; Chinese forms included
# (`1、`, `（2）`), and Japanese ones a translated page keeps: "・" or "●" written flush to its item ("●Term:
# the period of the license."), "2-1." for the first item under section 2. An en dash is a chat's or an email's
# bullet ("– bookings of 9 or more passengers;"); an em dash opens a sign-off ("— Tomasz") and is not one.
BULLET_RE = re.compile(
    r"^\s*(?:[-*•·▪◦‣○●–]\s+|[・●○▪◦•]\s*|\d{1,2}[.)]\s+|\d{1,2}-\d{1,2}[.)]\s+|\d{1,2}、\s*|[（(]\d{1,2}[）)]\s*"
    # "（一）80分及以上：次日10时前完成巡查。": a Chinese numbered item (a short "（一）背景" alone is a sub-section's
    # heading: ingest.splitting.looks_like_heading decides that first)
    r"|[（(][一二三四五六七八九十]{1,3}[）)]\s*)(?=\S)"
)
# A spec list item, as the reviewer's heading guesser rules lines out: also `+`, letter items
# (`a)`), numbers of any length, and a Korean report's "○" items with their "→" responses and "※" notes.
SPEC_BULLET_RE = re.compile(r"^\s*(?:[-*+•·○●▪◦→※◇◆■▫►▶➤➢✓✔☐☑☒❖]|\d+[.)]|[a-z][.)])\s+")
# The mark in front of a list item, removed before a template line's words are counted.
LIST_MARK_RE = re.compile(r"^\s*(?:[-*+•·○●▪◦→※◇◆■▫►▶➤➢✓✔☐☑☒❖]|\d+[.)])\s+")
# Every mark in front of a quoted sentence (`> - 1. `), removed so a quote reads as the sentence.
LEADING_MARKS_RE = re.compile(r"^(?:[-*+•>]\s+|・\s*|\d+[.)]\s+)+")
# The end of a line that introduces a list ("Three things to check:").
LEAD_IN_END = (":", "：")
# A sentence that announces a list in words, with a full stop and a blank line before the items ("Write in
# the contract the following points.", "The phases are as follows.").
LEAD_IN_WORDS_RE = re.compile(r"\b(?:the following(?: \w+){0,2}|as follows)\s*[.:：]?\s*$"
                              # "The following items are the minimum.": the announcement opens the sentence.
                              r"|^\W*the following (?:\w+ ){0,2}(?:are|is|should|must)\b", re.IGNORECASE)

# -- sentences ----------------------------------------------------------------------------------
# Guidance sentence ends: Latin punctuation followed by space, or CJK full stops (no space needed, and
# NFKC has made "？" and "！" Latin: "收多少?我们老板…" and "评测集? 答:…" are two sentences each);
# a blank line or a new bullet ends one too.
SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+(?=[\"'(\[A-Z0-9*•\-])|(?<=[.!?][\"”’])\s+(?=[\"'(\[A-Z0-9])|(?<=[。！？；])|(?<=[!?])\s*(?=[\u3400-\u9fff“「])|\n{2,}|\n(?=\s*[-*•]\s)")
# Greek letters (the basic block and polytonic Greek) and Greek capitals with or without their tonos, for the
# review's Greek specs: a sentence, a run-in head or a word may start with them.
GREEK_LETTERS = "\u0370-\u03ff\u1f00-\u1fff"
GREEK_CAPITALS = "\u0386\u0388-\u03ab"
# Cyrillic letters and capitals likewise, for the review's Bulgarian and Ukrainian specs ("Целта е ясна. Тя е
# добра." is two); Ukrainian's Є, І, Ї sit in the first block, its Ґ (U+0490) beyond it.
CYRILLIC_LETTERS = "\u0400-\u04ff"
CYRILLIC_CAPITALS = "\u0400-\u042f\u0490"
# Spec sentence ends within one line: Latin punctuation then space and a plausible sentence start (a Latin or
# Greek or Cyrillic capital), or a CJK full stop...
SENTENCE_BREAK_RE = re.compile(rf"(?<=[.!?])\s+(?=[\"“'(\[A-Z0-9*{GREEK_CAPITALS}{CYRILLIC_CAPITALS}])"
                               r"|(?<=[。！？；])|(?<=[!?])(?=[\u3400-\u9fff“「])"
                               r"|(?<=[a-z0-9%)][.!?])\s+(?=[a-z])")
# ...unless what precedes is an abbreviation ("e.g. Foo") or a list number ("1. **Foo**").
# Greek ones too: "π.χ." (e.g.), "βλ." (see), "κ." (Mr), "αρ." (no.), "σελ." (p.), "δηλ." (i.e.), "κλπ." (etc.);
# and Bulgarian: "напр." (e.g.), "т.е." (i.e.), "т.н." (etc.), "вж." (see), "бр." (pcs), "лв." (leva), "хил.",
# "млн.", "млрд.", "стр." (p.), "ок." (approx.), "чл." and "ал." (article and paragraph of a rule); and Ukrainian:
# "т.д." and "т.п." (etc.), "див." (see), "тис." (thousand), "грн." (hryvnias), "вул." (street), "обл." (region),
# "зокр." (in particular), "ст." (article); not "р." (year), which often does end a sentence; and Russian: "т.к."
# (since), "см." (see), "тыс." (thousand), "руб." (roubles), "ул." (street), "д." and "кв." (house and flat),
# "п." and "пп." (point of an order), "тел." (phone), "шт." (pcs), "экз." (copies), "рис." and "табл." (figure,
# table), and "г." for a town ("г. Тверь"), not for the year after a figure ("в 2026 г."), which often ends one.
ABBREVIATION_RE = re.compile(r"\b(e\.g|i\.e|a\.m|p\.m|etc|vs|approx|incl|dr|mr|ms|no|fig|cf|p|π\.χ|βλ|κ|κα|αρ|σελ|δηλ|κλπ|λπ|"
                             r"σχετ|напр|т\.е|т\.н|вж|бр|лв|хил|млн|млрд|стр|ок|чл|ал|"
                             r"т\.д|т\.п|див|тис|грн|вул|обл|зокр|ст|"
                             r"т\.к|см|тыс|руб|ул|д|кв|п|пп|тел|шт|экз|рис|табл|(?<!\d)(?<!\d\s)г)\.$",
                             re.IGNORECASE)
# A Cyrillic initial ends no sentence either: "Петрову И. С.", "Сидоров А.П." name one person, in every Russian,
# Ukrainian or Bulgarian order and minutes (a capital alone, so "г." and "в." are not initials).
CYRILLIC_INITIAL_RE = re.compile(rf"(?:^|[\s(.])[{CYRILLIC_CAPITALS}]\.$")
# A chat message's sentences often open in lowercase ("… 1,870 proposals for 96 slots. every proposal gets
# 3 reviews …"): a lowercase start ends the sentence before it once that sentence has this many words.
MIN_CHAT_SENTENCE_WORDS = 4
LIST_NUMBER_RE = re.compile(r"^\s*(?:[-*+•]\s+)?(?:\d+(?:\.\d+)*|[a-zA-Z]|[ivx]+)\.$")


def split_sentences(text: str) -> list[str]:
    """Split prose into sentences for extractive answers; keeps list items as their own sentences."""
    parts = SENTENCE_END_RE.split(text)
    sentences = []
    for part in parts:
        if not part:
            continue
        part = re.sub(r"\s+", " ", part).strip(" -*•\t")
        if part:
            sentences.append(part)
    return sentences


def announcing_sentence(line: str) -> int | None:
    """Which sentence of a paragraph announces the list after it ("Three things to check:", "…, please
    write the following items."), when one of its last two does: a remark may follow the announcement ("It
    is recommended to use the same order in all features.") before the items start. The one test of "this
    line introduces a list", for line roles, chunk packing and the composer alike."""
    sentences = split_sentences(line)
    for index in range(len(sentences) - 1, max(len(sentences) - 3, -1), -1):
        if sentences[index].rstrip().endswith(LEAD_IN_END) or LEAD_IN_WORDS_RE.search(sentences[index]):
            return index
    return None


def sentence_spans(line: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in `line`, trimmed of surrounding whitespace, so a spec's
    sentence can be quoted back exactly."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in SENTENCE_BREAK_RE.finditer(line):
        before = line[start : match.start()].rstrip()
        if (ABBREVIATION_RE.search(before) or LIST_NUMBER_RE.match(before)
                or CYRILLIC_INITIAL_RE.search(before)):
            continue  # "e.g. Foo", "1. **Foo**" and "Петрову И. С." do not end a sentence
        if line[match.end() : match.end() + 1].islower() and len(before.split()) < MIN_CHAT_SENTENCE_WORDS:
            continue  # "approx. five", "9 a.m. tomorrow": chat's lowercase sentences run longer than that
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(line)))
    trimmed = []
    for begin, end in (part for span in spans for part in _clauses(line, *span)):
        piece = line[begin:end]
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece.rstrip())
        if trail > lead:
            trimmed.append((begin + lead, begin + trail))
    return trimmed


# A "sentence" this long is clauses joined by semicolons (a spec written as one paragraph of them): each
# clause is quoted on its own, or every item's evidence is the same few hundred words.
MAX_SPEC_SENTENCE_WORDS = 100
CLAUSE_BREAK_RE = re.compile(r"(?<=;)\s+")


def _clauses(line: str, begin: int, end: int) -> list[tuple[int, int]]:
    """The span of one sentence, or of each of its semicolon clauses when it runs very long."""
    if len(line[begin:end].split()) <= MAX_SPEC_SENTENCE_WORDS:
        return [(begin, end)]
    parts, start = [], begin
    for match in CLAUSE_BREAK_RE.finditer(line, begin, end):
        parts.append((start, match.start()))
        start = match.end()
    return parts + [(start, end)]


# A section heading kept inside a passage when a short section joined the one before it ("## Costs",
# "■6. The management after the contract"): it, not the passage's own heading, introduces the list below.
INNER_HEADING_RE = re.compile(r"^\s*(?:#{1,6}\s+|[■□◆◇]\s*\d{0,2}[.)]?\s*)[^.!?。！？:：]{1,80}$")


def line_roles(text: str) -> list[str]:
    """The role of each line of a chunk: 'item' (list item), 'lead' (the line that introduces a list),
    'prose', or 'blank'. Ingestion stores it with the chunk; the composer quotes lists by it.

    A table is a list whose items are its rows: guidance given as "| Situation | Review | Why |" rows is
    quoted a row at a time, under the line above the table. The header row and the rule under it are
    column names, not guidance ('blank')."""
    lines = text.split("\n")
    roles = ["blank" if not line.strip() else "item" if BULLET_RE.match(line) else "prose" for line in lines]
    for i, line in enumerate(lines):
        if TABLE_SEPARATOR_RE.match(line) and "|" in line:
            roles[i] = "blank"
            if i > 0 and TABLE_ROW_RE.match(lines[i - 1]):
                roles[i - 1] = "blank"
        elif TABLE_ROW_RE.match(line):
            roles[i] = "item"
    for i, role in enumerate(roles):
        if role != "item" or (i > 0 and roles[i - 1] == "item"):
            continue
        j = i - 1
        while j >= 0 and roles[j] == "blank":
            j -= 1
        # The line before a list is its lead-in when it ends with a colon or directly precedes the items;
        # a table's header row and rule come between a table and the line that introduces it.
        table = TABLE_ROW_RE.match(lines[i]) is not None
        if j >= 0 and roles[j] == "prose" and (j == i - 1 or table or announcing_sentence(lines[j]) is not None
                                                 or INNER_HEADING_RE.match(lines[j])):
            roles[j] = "lead"
    return roles


def table_cells(line: str) -> str:
    """A table row as its cells' text, as the page has it between the outer bars ("Output goes to a
    customer | Sample review: 5% of outputs weekly | …"): quoted, it is still the page's own words."""
    return re.sub(r"\s+", " ", line.strip().strip("|")).strip()


def table_header(lines: list[str], row: int) -> str | None:
    """The header cells of the Markdown table whose row is `lines[row]` ("Model confidence | What the farmer
    sees"), None when the row has no header above its rule. A row's cells are terse ("0.80 and above | One
    likely cause"); its header says what they are."""
    top = row
    while top > 0 and TABLE_ROW_RE.match(lines[top - 1]) and not TABLE_SEPARATOR_RE.match(lines[top - 1]):
        top -= 1
    if top >= 2 and TABLE_SEPARATOR_RE.match(lines[top - 1]) and TABLE_ROW_RE.match(lines[top - 2]):
        return table_cells(lines[top - 2])
    return None


def strip_bullet(line: str) -> str:
    return BULLET_RE.sub("", line, count=1).strip()


# A wrapped line carries on its sentence in lower case from the first column; a heading or a list item
# would not, and an indented line is a list's or a quote's own continuation, left as its writer set it.
WRAPPED_ON_RE = re.compile(r"^[a-z]")
SENTENCE_END = ".!?:;。！？：；"


HYPHENATED_END_RE = re.compile(r"[a-z]{2}-$")


# "> Minimum input: … has written at" / "> least 2 notes": an email's quoted lines, wrapped inside the quote.
QUOTE_MARK_RE = re.compile(r"^\s*>\s?")


# A sub-item's mark that is no bullet of its own ("a) check residency", "o   OpenAI" from Outlook, "+ item").
SUB_ITEM_MARK_RE = re.compile(r"^\s*(?:[a-z][.)]|[ivx]{1,4}[.)]|o|\+)\s+")


def shouted(text: str) -> bool:
    """Whether a line is set in capitals ("RATING AND TOPICS"): a plain-text page's heading, even numbered."""
    return text.isupper() and len(re.findall(r"[^\W\d_]", text)) >= 4


def hanging_indent(previous: str, line: str) -> bool:
    """Whether `line` carries on the list item above it, indented under the item's text as email and
    plain-text lists wrap ("- Minimum input: … has written at" / "  least 2 notes for that pupil."): read
    alone, the item ends mid-sentence and the rest of it is a fragment of prose. An item that ends its
    sentence ("- Providers we compared:") has sub-items below it, not its own rest."""
    body = line.strip()
    if not body or not line[:1].isspace() or not BULLET_RE.match(previous) or BULLET_RE.match(line):
        return False
    if body.startswith(("|", "#", ">", "```", "~~~")) or SUB_ITEM_MARK_RE.match(line):
        return False
    if previous.rstrip()[-1] in SENTENCE_END or shouted(strip_bullet(previous)):
        return False  # "1. RATING AND TOPICS" over its indented rules is a heading over its section
    return len(line) - len(line.lstrip()) > len(previous) - len(previous.lstrip())


def unwrap(lines: list[str]) -> list[str]:
    """Join a hard-wrapped line to the next when the sentence plainly runs on ("…tell annotators how" /
    "to label each example."): text copied out of a PDF or an email is wrapped at a width, and its
    paragraphs' first lines would otherwise read as headings. A list item's indented continuation lines
    join it whatever they open with."""
    out: list[str] = []
    for line in lines:
        previous = out[-1] if out else ""
        if hanging_indent(previous, line):
            out[-1] = _joined(previous.rstrip(), line.strip())
            continue
        if QUOTE_MARK_RE.match(previous) and QUOTE_MARK_RE.match(line):
            line = QUOTE_MARK_RE.sub("", line, count=1)  # joined below when its sentence runs on, else kept
            if not (WRAPPED_ON_RE.match(line) and previous.rstrip()[-1] not in SENTENCE_END):
                line = "> " + line
        if (previous.strip() and WRAPPED_ON_RE.match(line) and previous.rstrip()[-1] not in SENTENCE_END
                and not previous.lstrip().startswith(("#", "|"))):
            out[-1] = _joined(previous.rstrip(), line.strip())
        else:
            out.append(line)
    return out


def _joined(text: str, more: str) -> str:
    # A word a PDF broke at the margin ("work-" / "loads"): one word again, without its hyphen.
    return text[:-1] + more if HYPHENATED_END_RE.search(text) and more[:1].islower() else text + " " + more


# The spec reviewer undoes wraps too, but keeps each line break (its quotes must be the spec's exact text)
# and is stricter than `unwrap`: pasted chats and forms have short lines in lower case that end where their
# writer ended them. A carried-on line opens in lower case, as no heading, bullet or new sentence does,
# and may be indented under a bullet.
SPEC_WRAPPED_ON_RE = re.compile(r"^\s*[a-z]")
CHAT_NAME_RE = re.compile(r"^\s*[\w.'-]{1,24}:\s")  # "ravi: sounds good" is a new chat line, not a wrap
MIN_WRAPPED_CHARS = 40  # a line that short ended where its writer ended it
SPEC_LINE_END = SENTENCE_END + "”\"|"  # a line ending so ended its sentence (a comma, a word or a bracket run on)


# A spec pasted inside one code fence ("here's forecast.py, the spec lives in the module docstring"): its
# docstring's headings and paragraphs are the spec, so the fence is read as text, not set aside as code.
WHOLE_FENCE_SHARE = 0.6  # of the spec's non-blank lines inside the fence
SOURCE_FENCE_RE = re.compile(r"^```\s*(?:python|py|javascript|js|typescript|ts|java|kotlin|go|rust|ruby|scala|swift|"
                             r"c|cpp|c\+\+|csharp|cs)\s*$", re.IGNORECASE)


def pasted_in_one_fence(lines: list[str]) -> bool:
    """Whether the spec is one source file in a fence (```python …```) holding most of its lines. A bare fence
    around a system prompt stays set apart: read as text, its instructions to the model read as the spec's."""
    fences = [number for number, line in enumerate(lines) if line.strip().startswith("```")]
    if len(fences) != 2 or not SOURCE_FENCE_RE.match(lines[fences[0]].strip()):
        return False
    filled = [number for number, line in enumerate(lines) if line.strip()]
    inside = [number for number in filled if fences[0] < number < fences[1]]
    return len(inside) >= WHOLE_FENCE_SHARE * len(filled)


def spec_wrapped_lines(lines: list[str], whole_fence: bool = False) -> list[tuple[int, str]]:
    """(first line number, text) of each line once hard wraps are undone.

    Text pasted from an email, a plain-text or reStructuredText doc or a PDF is wrapped at a width, so
    one sentence spans lines ("…the office phones down a list to" / "find a substitute."); read line by
    line, neither half says anything. The joined text keeps the newline, so a unit is still an exact
    substring of the spec. With `whole_fence` (pasted_in_one_fence), the fence's lines are text too."""
    joined: list[tuple[int, str]] = []
    in_code = False
    for number, line in enumerate(lines):
        if line.strip().startswith("```"):
            in_code = not in_code and not whole_fence
        previous = joined[-1][1].split("\n")[-1] if joined else ""
        body = previous.strip()
        indented_on = not line[:1].isspace() or previous[:1].isspace() or bool(SPEC_BULLET_RE.match(previous))
        if (
            joined
            and not in_code  # code keeps its own lines
            and len(body) >= MIN_WRAPPED_CHARS
            and body[-1] not in SPEC_LINE_END
            and not body.startswith(("#", "|", ">"))
            and SPEC_WRAPPED_ON_RE.match(line)
            and indented_on
            and not SPEC_BULLET_RE.match(line)
            and not CHAT_NAME_RE.match(line)
        ):
            joined[-1] = (joined[-1][0], joined[-1][1] + "\n" + line)
        else:
            joined.append((number, line))
    return joined
