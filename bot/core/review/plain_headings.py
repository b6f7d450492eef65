"""Headings guessed from plain text: a spec pasted from a PDF, a Google Doc, a form or an agreement marks its
sections by shape, not by Markdown (a short title-like line, a numbered field, a clause, a line in capitals)."""

from __future__ import annotations

import re
import unicodedata

from bot.core.documents.structure import NUMBERED_RE, SPEC_BULLET_RE, ZH_NUMBERED_RE, without_trailing_note
from bot.core.review.headings import LEADING_SYMBOLS_RE
from bot.core.review.wording import TERMINAL_PUNCTUATION, strip_markup, word_count
from bot.core.text import CJK_RE

MAX_TITLE_WORDS = 6  # a bare line this short, capitalised and unpunctuated, over longer text is a title
MAX_SET_APART_TITLE_WORDS = 8  # ... this long with a blank line on each side ("Why a model and not more rules")
MAX_TITLE_OVER_LIST_WORDS = 10
# A form's numbered field asked or titled on its own line ("A12. Scientific justification.", "A15. How will the
# accuracy be assessed?", "B3-1. Data sources"): research, grant and procurement forms number their fields so.
FORM_FIELD_RE = re.compile(r"^(?P<code>[A-Z]{1,2}\d{1,3}(?:[-.]\d{1,2})?)[.)]?\s+(?P<text>[A-Z][^\n]*?)[.:：]?$")
MAX_FORM_FIELD_WORDS = 12
# A clause of an agreement or a statute: "§ 4 Verarbeitete Daten", "Article 7 Human oversight", "Art. 3 Zweck".
CLAUSE_RE = re.compile(r"^(?:§{1,2}|Art\.|Artikel|Article|Articolo|Artículo|Clause)\s*\d{1,3}[a-z]?[.:]?\s+(?P<text>[^\W\d_].{0,80})$", re.I)
MAX_CLAUSE_TITLE_WORDS = 10


def plain_heading(
    line: str, prev_blank: bool, next_line: str | None, *, prev_line: str = "", markdown: bool = True,
    after: str | None = None,
) -> tuple[str, int] | None:
    """A heading guessed from plain text, with its level, or None.

    In text without any Markdown heading (PDF, Word, plain text) a short title-like line before longer
    text is a heading even without a blank line around it, since PDF extraction drops blank lines.
    """
    stripped = line.strip()
    if (
        not markdown
        and stripped
        and next_line
        and not prev_blank
        and prev_line.rstrip()[-1:] in (".", "!", "?", ":", "。", "")
        and _title_like(stripped, next_line)
    ):
        return strip_markup(stripped), 2
    if not stripped or not prev_blank or next_line is None:
        return None
    if len(stripped) > 80 or "|" in stripped:
        return None
    standalone = not next_line.strip()  # a heading followed by a blank line, as plain text often has
    clause = CLAUSE_RE.match(stripped)
    if clause and word_count(clause.group("text")) <= MAX_CLAUSE_TITLE_WORDS and stripped[-1] not in TERMINAL_PUNCTUATION:
        return strip_markup(clause.group("text")), 2
    field = FORM_FIELD_RE.match(stripped)
    if field and (standalone or stripped[-1] in "?？") and word_count(field.group("text")) <= MAX_FORM_FIELD_WORDS:
        # Set apart over its answer, the field's title heads it even ending in a full stop or a question mark; a
        # field that asks heads the answer on the next line too ("A2. Neden AI?" over "Klasik image processing …").
        return strip_markup(field.group("text")), 2
    zh = ZH_NUMBERED_RE.match(stripped)
    if zh and len(stripped) <= 30 and stripped[-1] not in TERMINAL_PUNCTUATION:
        return strip_markup(zh.group("text")), 2
    numbered = NUMBERED_RE.match(stripped)
    if numbered:
        text = numbered.group("text")
        below = NUMBERED_RE.match(next_line.strip())
        # "2.0 Objectives" heads what follows (an "N.0" never numbers a list item), and "2 Objectives" over
        # "2.1 Reduce walking …" heads its sub-points; "1. Shadow mode" over "2. Pilot" is a list.
        number = numbered.group("num")
        following = (
            below and not standalone and not number.endswith(".0") and not _numbers_under(number, below.group("num"))
        )
        # A numbered field whose label stands alone over its list ("2.4 Alternatives considered:" over
        # "- Two more officers …", as transparency records and forms are laid out) heads that list; a
        # label with its value on the line ("2.1 Description: …") is labelled by `line_label` instead.
        over_list = text[-1] in ":：" and not standalone and _list_starts(next_line.strip())
        # "1. Tytuł projektu (maks. 100 znaków)", "7. RISK SUMMARY (ISO 14971; full file attached)".
        title = without_trailing_note(text)
        if (
            word_count(title) <= 8
            and (title[-1] not in TERMINAL_PUNCTUATION + ":：" or over_list)
            and (text[0].isupper() or CJK_RE.match(text[0]))
            and (not following or over_list)  # the first item of a numbered list, not a heading
        ):
            return strip_markup(text).rstrip(":："), 2 + numbered.group("num").count(".")
        return None
    if SPEC_BULLET_RE.match(stripped):
        return None
    if stripped[-1] in ":：" and word_count(stripped) <= 8 and not standalone:
        return strip_markup(stripped[:-1]), 3
    # A short Chinese line alone between blank lines ("🎯 目标", "📊 数据") heads what follows; the
    # ALL-CAPS rule below caught only those of three characters or more (Chinese has no capitals).
    if len(CJK_RE.findall(stripped)) >= 2 and len(stripped) <= 20 and not re.search(r"[，,。；;：:！？!?]", stripped):
        return strip_markup(stripped), 2
    # Only letters with a case count: Chinese has none, and "区卫生健康局：" (a letter's addressee) is no heading.
    # A note in brackets after a title in capitals is the title's ("BÖLÜM B – PUAN TABLOSU (1 = zayıf, 5 = çok iyi)").
    title = without_trailing_note(stripped)
    letters = [ch for ch in title if ch.isupper() or ch.islower()]
    # Greek and Cyrillic capitals count with Latin ones: a Greek or Bulgarian sentence has no ASCII letters, and was
    # read as in capitals.
    cased = [ch for ch in letters if ch.isascii() or "\u0370" <= ch <= "\u03ff" or "\u0400" <= ch <= "\u04ff"]
    if len(letters) >= 3 and all(ch.isupper() for ch in cased) and word_count(title) <= 8:
        # A capitalised question heads its answer ("WHY IS IT RED?", "DID IT WORK IN THE TRIAL?" on a
        # quick-reference card); no one shouts a sentence of a spec in capitals.
        if title[-1] not in TERMINAL_PUNCTUATION or title[-1] in "?？":
            # Word by word: str.title() capitalises after an apostrophe ("What'S Next").
            return " ".join(word.capitalize() for word in stripped.split()), 2
    # A Google Doc pasted as text sets every paragraph apart, its section titles too ("Context", blank
    # line, the paragraph): a title alone between blank lines is read against the paragraph after them.
    if not markdown and _title_like(stripped, after if standalone and after else next_line, set_apart=standalone):
        return strip_markup(stripped), 2
    return None


def _list_starts(line: str) -> bool:
    """Whether `line` opens a list: a bullet, or a numbered item "1." / "a)" (not "2." continuing one)."""
    numbered = NUMBERED_RE.match(line)
    return bool(SPEC_BULLET_RE.match(line)) and (not numbered or numbered.group("num") == "1")


def _numbers_under(number: str, below: str) -> bool:
    """Whether `below` numbers a sub-point of `number` in an outline: "2.1" under "2.0" or "2"."""
    base = number[:-2] if number.endswith(".0") else number
    return below.startswith(base + ".") and below != number


def _title_like(stripped: str, next_line: str, *, set_apart: bool = False) -> bool:
    """A short capitalised line without sentence punctuation, followed by a longer line of text.

    A question ends in punctuation but heads a section when an icon leads it ("🤔 Why not templates?"
    over the paragraph that answers it, as Notion pages and FAQs are set out); a bare question line may
    be a chat message or a question the spec asks itself, and stays text."""
    asks = stripped[-1] in "?？" and _icon_led(stripped)
    if SPEC_BULLET_RE.match(stripped) or (stripped[-1] in TERMINAL_PUNCTUATION + ":：" and not asks) or "|" in stripped:
        return False
    if CJK_RE.search(stripped):
        # "预算：待定" is a label and its value, like "Budget: TBD", not a title.
        labelled = re.search(r"[:：]\s*\S", stripped)
        return not labelled and len(stripped) <= 20 and len(next_line.strip()) > len(stripped)
    # A whiteboard cluster or a Notion callout leads with an icon ("🟨 Problems we heard"): the words decide.
    words = LEADING_SYMBOLS_RE.sub("", stripped)
    # An icon-led line over a list is a cluster's name however short the list's items ("🟩 How we'd know"
    # over "- time to first report").
    over_list = words != stripped and bool(SPEC_BULLET_RE.match(next_line))
    # A Google Doc pasted as text keeps its section titles as bare lines over their bullets, and a title
    # written as a phrase runs longer ("Homes on camera, and people who might lose out", "Keeping an eye
    # on it once it's live"): over a list, a line without end punctuation may be that long.
    longest = (MAX_TITLE_OVER_LIST_WORDS if SPEC_BULLET_RE.match(next_line)
               else MAX_SET_APART_TITLE_WORDS if set_apart else MAX_TITLE_WORDS)
    return (
        1 <= word_count(words) <= longest
        and words[:1].isupper()
        and (over_list or word_count(next_line) > word_count(words) + 2)
    )


def _icon_led(line: str) -> bool:
    """Whether a pictograph opens the line ("📌 Context", "⚠️ Risks"), not a bullet, quote mark or bracket."""
    lead = LEADING_SYMBOLS_RE.match(line)
    return bool(lead) and any(unicodedata.category(ch) == "So" for ch in lead.group())
