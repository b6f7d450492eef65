"""Social posts and other pasted text that hide structure in characters: LinkedIn's mathematical-bold
run-in headings, and lists run together in one line ("1. … 2. … 3. …", "👉 Ask … 👉 Offer …")."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from bot.core.text import normalize

# Mathematical bold (and bold italic) letters and digits, as LinkedIn posts use for emphasis.
BOLD_CHARS = "".join(
    chr(c) for c in range(0x1D400, 0x1D800)
    if "BOLD" in unicodedata.name(chr(c), "") and unicodedata.category(chr(c)) in {"Lu", "Ll", "Nd"}
)
BOLD_SPAN_RE = re.compile(rf"[{BOLD_CHARS}]+(?:[ '’,&/\-]+[{BOLD_CHARS}]+)*[.?!:]?")
# Icons that social posts use as inline bullets ("👉 Ask … 👉 Offer …", "✅ Outcome first ✅ …").
BULLET_ICONS = "\U0001F446-\U0001F449\u2705\u2714\u27A1\u25B6\U0001F539\U0001F538\u2022\u25AA\U0001F4CC\u2B50\u274C"
INLINE_ICON_RE = re.compile(rf"(?:^|\s)([{BULLET_ICONS}])\ufe0f?\s+(?=\S)")
# The last item of such a list, still open when a bold run-in heading follows it.
ICON_ITEM_TAIL_RE = re.compile(rf"[{BULLET_ICONS}]\ufe0f?\s+[^.!?\n]{{1,60}}$")
INLINE_NUMBER_RE = re.compile(r"(?:(?<=\s)|^)(\d{1,2})[.)]\s+(?=\S)")
# "… afterwards: 1️⃣ 𝗥𝗲𝗽𝗿𝗼𝗱𝘂𝗰𝗲 𝗯𝗲𝗳𝗼𝗿𝗲 𝘆𝗼𝘂 𝗿𝗲𝘀𝗽𝗼𝗻𝗱 Within the first hour …": a keycap number (1️⃣ … 9️⃣, 🔟) opening a
# bold span numbers a run-in heading, wherever in the paragraph it sits.
KEYCAP_BEFORE_RE = re.compile(r"(?:(\d)\ufe0f?\u20e3|(\U0001F51F))\s*$")
# LinkedIn's fold ("… We got some things right and several wrong. …see more"): the post goes on below it,
# in a paragraph of its own.
SEE_MORE_RE = re.compile(r"[ \t]*(?:…|\.\.\.)[ \t]*see more[ \t]*$", re.IGNORECASE | re.MULTILINE)


def drop_fold_markers(text: str) -> str:
    """A post's "…see more" fold, which a copy of the expanded post keeps, ends a paragraph."""
    return SEE_MORE_RE.sub("\n", text)


# A run-in label's answer in a few lowercase words: "…: a holdout." (a sentence of its own is longer).
SHORT_ANSWER_RE = re.compile(r"[a-z][^.!?\n]{0,30}[.!?](?:\s|$)")


def mark_bold_headings(text: str) -> str:
    """Turn run-in headings set in mathematical bold into '## ' lines, before NFKC erases the bold.

    A bold span that starts a line or follows a sentence end is a heading (or the post's hook line);
    bold inside a sentence is only emphasis and stays inline.
    """
    if not BOLD_CHARS or not re.search(f"[{BOLD_CHARS}]", text):
        return text
    out: list[str] = []
    last = 0
    for match in BOLD_SPAN_RE.finditer(text):
        span = match.group(0)
        before = text[last : match.start()]
        prev = text[: match.start()].rstrip(" \t")
        number = ""
        keycap = KEYCAP_BEFORE_RE.search(prev)
        if keycap and keycap.start() >= last:
            number = f"{keycap.group(1) or 10}. "
            prev = prev[: keycap.start()].rstrip(" \t")
        # "… 👉 Agree a decision date 𝗔𝘀𝗸 𝘄𝗵𝗮𝘁 …": an inline icon list's last item ends where the bold starts.
        starts_block = not prev or prev.endswith(("\n", ".", "!", "?", ":", "”", '"', ")")) or bool(
            ICON_ITEM_TAIL_RE.search(prev))
        words = len(span.split())
        if starts_block and (words >= 2 or len(span) >= 8):
            if number:
                before = text[last : keycap.start()]  # the keycap becomes the heading's number
            label = normalize(span).strip()
            heading = number + label.rstrip(":").strip()
            if out and not before.strip() and out[-1].endswith("\n\n") and "\n## " in out[-1]:
                # Two bold sentences in a row are one hook ("Your CEO wants … quarter. Here is how …"), not a
                # title and a heading under it.
                head, _, previous = out[-1].rstrip("\n").rpartition("\n## ")
                out[-1] = f"{head}\n## {previous} {heading}\n\n"
            else:
                out.append(before.rstrip(" \t") + f"\n\n## {heading}\n\n")
            last = match.end()
            # the text after a run-in heading starts a new paragraph
            while last < len(text) and text[last] in " \t":
                last += 1
            if label.endswith(":") and SHORT_ANSWER_RE.match(text, last):
                # "𝗧𝗵𝗲 𝗽𝗮𝗿𝘁 𝘁𝗵𝗮𝘁 𝗺𝗮𝗱𝗲 𝘁𝗵𝗲 𝗻𝘂𝗺𝗯𝗲𝗿𝘀 𝗯𝗲𝗹𝗶𝗲𝘃𝗮𝗯𝗹𝗲: a holdout.": the label is half of the sentence, which
                # quoted without it read "a holdout."; it heads the section and stays in the sentence too.
                out.append(label + " ")
        else:
            out.append(before + span)
            last = match.end()
    out.append(text[last:])
    return "".join(out)


def split_icon_lists(line: str) -> str:
    """'The playbook I use: 👉 Ask … 👉 Offer … 👉 Show …' becomes a lead-in line and one item per icon
    (three or more of one icon in a line)."""
    counts = Counter(match.group(1) for match in INLINE_ICON_RE.finditer(line))
    icon = next((mark for mark, count in counts.items() if count >= 3), None)
    if icon is None:
        return line
    parts = [part.strip() for part in re.split(rf"\s*{re.escape(icon)}\ufe0f?\s+", line)]
    lead, items = parts[0], [p for p in parts[1:] if p]
    # The last item runs on into the post ("Decision date What would you add?"): cut it where a sentence
    # or a question begins.
    last = re.split(r"(?<=[.?!])\s+|\s+(?=(?:What|How|Why|Which|Who|Do|Does|Did|Are|Is|Can|Would|Should|Will)\b)",
                    items[-1], maxsplit=1) if items else []
    tail = ""
    if len(last) > 1:
        items[-1], tail = last[0], last[1]
    lines = ([lead] if lead else []) + [f"- {item}" for item in items]
    return "\n".join(lines) + (f"\n\n{tail}" if tail else "")


def split_inline_lists(line: str) -> str:
    """'… these 3 questions. 1. A? 2. B? 3. C? Let's…' becomes a lead-in line and one line per item."""
    numbers = [(m.start(), int(m.group(1))) for m in INLINE_NUMBER_RE.finditer(line)]
    run: list[int] = []
    expected = 1
    for start, number in numbers:
        if number == expected:
            run.append(start)
            expected += 1
    if len(run) < 3:
        return line
    pieces = [line[: run[0]].rstrip()]
    for i, start in enumerate(run):
        end = run[i + 1] if i + 1 < len(run) else len(line)
        pieces.append(line[start:end].strip())
    # The last item runs on into the next paragraph: cut it at its first sentence end.
    marker = INLINE_NUMBER_RE.match(pieces[-1])
    head = pieces[-1][: marker.end()] if marker else ""
    tail = re.split(r"(?<=[.?!])\s+(?=[A-Z\"“])", pieces[-1][len(head):], maxsplit=1)
    pieces[-1] = head + tail[0]
    result = "\n".join(p for p in pieces if p)
    return result + ("\n\n" + tail[1] if len(tail) > 1 else "")
