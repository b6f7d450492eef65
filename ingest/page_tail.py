"""A scraped page's tail: the short lines after its last paragraph ("Leave a reply", "Linked in the
comments.", "Related posts" over other posts' titles) and a sign-off, trimmed; a section's own closing
lines kept."""

from __future__ import annotations

import re

from bot.core.documents.structure import BULLET_RE
from bot.core.text import CJK_RE

MAX_TAIL_SHARE = 0.3  # a trailing tail of chrome is never most of a page
SIGN_OFF_RE = re.compile(r"\s(?:--|——|—)\s+(?=\S)")


def trim_tail(text: str, replies_cut: bool = False) -> str:
    """Short lines after the last real paragraph ("Leave a reply", "Linked in the comments.") are chrome,
    and so is a sign-off after '--' in the closing paragraph. A tail is short: when the short lines make
    up much of the page (text hard-wrapped at 60 characters), they are the page, and nothing is trimmed."""
    trimmed = _trim_short_lines(text, replies_cut)
    return text if len(text) - len(trimmed) > MAX_TAIL_SHARE * len(text) else trimmed


# The label over a page's list of links to its other posts: chrome, however list-like.
RELATED_LABEL_RE = re.compile(
    r"^\s*(?:#{1,6}\s*)?(?:related (?:posts?|articles?|columns?|reading|stories|guides?)|read (?:more|next)|"
    r"you (?:may|might) also like|more from (?:the |this )?\w+(?: \w+)?|推荐阅读|相关(?:文章|阅读|推荐)|延伸阅读|往期(?:推荐|回顾|精选))"
    r"\s*[:：]?\s*$",
    re.IGNORECASE,
)


def _related_list_start(lines: list[str]) -> int | None:
    """Where a trailing list of related posts starts (its label line), or None when the list at the end
    of `lines` is not under such a label."""
    index = len(lines) - 1
    while index >= 0 and (not lines[index].strip() or BULLET_RE.match(lines[index])):
        index -= 1
    return index if index >= 0 and RELATED_LABEL_RE.match(lines[index]) else None


MIN_ZH_SENTENCE_CHARS = 8
PLAIN_HEADING_RE = re.compile(r"^[A-Z][\w' -]{0,40}[\w)]$")
LABELLED_SENTENCE_RE = re.compile(r"^[A-Z][\w' -]{0,40}:\s+\S.*[.!?]$")
NUMBERED_HEADING_RE = re.compile(r"^(?:\d{1,2}[.)、]|[一二三四五六七八九十]+、)\s*\S.{0,60}$")
def _in_paragraph(lines: list[str]) -> bool:
    """Whether the last line runs on, with no blank line, from its section's heading: a footer's short
    lines stand apart."""
    start = len(lines) - 1
    while start > 0 and lines[start - 1].strip():
        start -= 1
    block = lines[start:-1]
    # "8. Owners" over its people, as a plain-text section heading: the lines under it are its content. A
    # footer may run on from the last sentence ("… no paywall." over "Linked in the comments."), so a
    # sentence alone does not keep it.
    numbered = bool(block) and bool(NUMBERED_HEADING_RE.match(block[0].strip()))
    # "Who decides" over "Director: decides where Fennel is used and can switch it off.": a plain-text section's
    # labelled lines, each a sentence; a footer's short lines under a label ("Contact", "Links") end bare.
    labelled = (len(block) >= 2 and PLAIN_HEADING_RE.match(block[0].strip()) is not None
                and all(LABELLED_SENTENCE_RE.match(x.strip()) for x in [*block[1:], lines[-1]]))
    return numbered or labelled or any(x.lstrip().startswith("#") for x in block)


def _trim_short_lines(text: str, replies_cut: bool = False) -> str:
    lines = text.rstrip().split("\n")
    while lines:
        line = lines[-1].strip()
        if not line:
            lines.pop()
            continue
        if BULLET_RE.match(line) and (related := _related_list_start(lines)) is not None:
            del lines[related:]  # "Related column" over a list of other posts' titles
            continue
        if line.startswith(("#", "|")) or BULLET_RE.match(line) or len(line.split()) > 20 or len(CJK_RE.findall(line)) > 30:
            break  # a heading, a list or a table row ends the page's content, however short
        above = [x for x in lines[:-1] if x.strip()]
        if above and above[-1].lstrip().startswith("#"):
            break  # a section's only line is its content, however short
        if replies_cut and line.endswith(("。", "！", "？")) and len(CJK_RE.findall(line)) >= MIN_ZH_SENTENCE_CHARS:
            # Above a forum's replies, which went first, a Chinese sentence is the post's own (V2EX's "补充一下：
            # …" note); an English sign-off ("Thanks for reading!") still goes.
            break
        if _in_paragraph(lines):
            break  # "Data team: model and site tests" in its section, no blank line between
        if above and above[-1].rstrip().endswith("?") and line.endswith("."):
            break  # a reply under the question it answers ("Can drivers silence it?" / "No. Only the shift lead …")
        if not any(len(x.split()) > 12 or len(CJK_RE.findall(x)) > 20 or BULLET_RE.match(x) for x in above):
            break  # never trim a page down to its title: a short page is all content
        lines.pop()
    if lines:
        last = lines[-1]
        match = SIGN_OFF_RE.search(last)
        # "… — Tomasz", "-- Want more? …": a name or a new start, not "… a dead end — and dead ends are …".
        if match and match.start() > len(last) * 0.3 and not last[match.end():][:1].islower():
            lines[-1] = last[: match.start()].rstrip()
    return "\n".join(lines)
