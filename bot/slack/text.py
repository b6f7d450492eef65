"""Slack text in and out: decode what people type, escape what we echo, split at Slack's limits."""

from __future__ import annotations

import re

SECTION_TEXT_LIMIT = 3000  # characters in one section block's text
STREAM_TEXT_LIMIT = 12000  # characters in one chat.appendStream markdown_text

# <@U123>, <@U123|name>, <#C123|name>, <!here>, <!subteam^S1|@team>, <https://x|label>, <mailto:..>
SLACK_TOKEN_RE = re.compile(r"<([@#!]?)([^<>|]*)(?:\|([^<>]*))?>")
ENTITY_TAIL_RE = re.compile(r"&[a-z]{0,4}$")
MARKDOWN_BOLD_RE = re.compile(r"\*\*(\S(?:.*?\S)?)\*\*")
MARKDOWN_LINK_RE = re.compile(r"\[([^\]\n]+)\]\((https?://[^)\s]+)\)")
# Typed as plain text, Slack may still turn these into a real mass ping in mrkdwn (verbatim false).
MASS_PING_RE = re.compile(r"([@＠])(channel|here|everyone)\b", re.IGNORECASE)
WORD_JOINER = "\u2060"  # invisible, and keeps Slack from reading "@here" as a mention


def escape(text: str) -> str:
    """Escape the three characters Slack treats as markup, so echoed text can never ping or link.

    `<!channel>` becomes `&lt;!channel&gt;`, which Slack shows as the literal characters, and a
    typed `@here` gets an invisible word joiner after the `@`, so neither pings anyone.
    """
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return MASS_PING_RE.sub(lambda m: m.group(1) + WORD_JOINER + m.group(2), escaped)


def unescape(text: str) -> str:
    # Slack escapes exactly these three in message text; &amp; goes last so "&amp;lt;" stays "&lt;".
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def from_slack(text: str, *, bot_user_id: str | None = None) -> str:
    """What a person typed, as plain text: the bot's mention removed, mentions and links readable.

    `<@U123|ana>` → `@ana`, `<#C1|general>` → `#general`, `<!here>` → `@here`,
    `<https://x.io|the doc>` → `the doc (https://x.io)`, `&lt;` → `<`.
    """

    def replace(match: re.Match[str]) -> str:
        sigil, target, label = match.group(1), match.group(2), match.group(3)
        if sigil == "@":
            if bot_user_id and target == bot_user_id:
                return ""
            return "@" + (label or target).lstrip("@")
        if sigil == "#":
            return "#" + (label or target)
        if sigil == "!":
            if label:  # <!subteam^S1|@team>, <!date^...|fallback>
                return label
            return "@" + target.split("^")[0]
        if label and label != target:
            return f"{label} ({target.removeprefix('mailto:')})"
        return target.removeprefix("mailto:")

    plain = SLACK_TOKEN_RE.sub(replace, text or "")
    return re.sub(r"[ \t]+", " ", unescape(plain)).strip()


def to_mrkdwn(text: str) -> str:
    """The bot's own text (plain, perhaps with light Markdown) as safe Slack mrkdwn.

    Only for text the bot wrote: a person's `[text](url)` must stay as typed (escape() it), or a
    link could hide where it goes behind words of the person's choosing.
    """
    safe = escape(text)
    safe = MARKDOWN_BOLD_RE.sub(r"*\1*", safe)
    return MARKDOWN_LINK_RE.sub(lambda m: f"<{m.group(2)}|{m.group(1)}>", safe)


def to_markdown(text: str) -> str:
    """The core's answer as text for Slack's streaming API, which takes Markdown; still escaped."""
    return escape(text)


def split_text(text: str, limit: int = SECTION_TEXT_LIMIT) -> list[str]:
    """Cut text into pieces of at most `limit` characters, losing only whitespace at the cuts.

    Prefers paragraph breaks, then line breaks, then sentence ends, then spaces; cuts a word only
    when there is no space at all, and never inside an escape like `&amp;`.
    """
    if limit < 16:
        raise ValueError("limit too small to split sensibly")
    pieces: list[str] = []
    rest = text.strip()
    while len(rest) > limit:
        window = rest[:limit]
        cut = _safe_cut(window)
        piece, rest = rest[:cut].rstrip(), rest[cut:].lstrip()
        if piece:
            pieces.append(piece)
    if rest:
        pieces.append(rest)
    return pieces


def _best_cut(window: str) -> int:
    floor = (
        len(window) // 3
    )  # never leave a sliver: a cut in the first third is worse than a hard cut
    for separator in ("\n\n", "\n", ". ", "。", "? ", "! ", "; ", " "):
        at = window.rfind(separator)
        if at > floor:
            return at + len(separator)
    tail = ENTITY_TAIL_RE.search(window)
    return tail.start() if tail and tail.start() > 0 else len(window)


def _open_span(piece: str) -> int:
    """Where a `<link|label>` or `*bold*` span left open at the end of `piece` starts; -1 if none."""
    opened = piece.rfind("<")
    if opened > piece.rfind(">"):
        return opened
    line_start = piece.rfind("\n") + 1
    stars = [i for i, char in enumerate(piece) if char == "*" and i >= line_start]
    if len(stars) % 2:
        return stars[-1]
    return -1


def _safe_cut(window: str) -> int:
    """A cut from _best_cut moved back before any link or bold span it would break."""
    cut = _best_cut(window)
    for _ in range(20):
        start = _open_span(window[:cut])
        if start < 0:
            return cut
        if start == 0:
            break  # the span alone is longer than a piece: nothing safe left
        shorter = window[:start]
        cut = _best_cut(shorter) if len(shorter) > 16 else start
        if cut > start:
            cut = start
    return _best_cut(window)


def shorten(mrkdwn: str, limit: int) -> str:
    """Already escaped text cut to `limit` characters on a safe boundary, marked with an ellipsis."""
    if len(mrkdwn) <= limit:
        return mrkdwn
    return split_text(mrkdwn, limit - 1)[0].rstrip() + "…"


def preview(text: str, limit: int) -> str:
    """A visibly shortened copy (ending in an ellipsis) for labels and echoes, never for content."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + "…"
