"""Lists that hold lists, the (who, when) marks that meeting minutes put after each line, and the headings of
text kept preformatted, in an HTML page.

MeetBot's IRC minutes (and outline pages generally) write each topic as a list item whose nested list holds what
was said under it: "<li><b>score bands</b> (mlowe, 19:12:02)<ol><li>AGREED: 80–100 Hot: …</li>…</ol></li>". Read
flat, a topic and all its items ran into one line with every speaker and time between them."""

from __future__ import annotations

import re
from typing import Any

from bot.core.documents.structure import SENTENCE_END, shouted, without_trailing_note

# "(mlowe, 19:12:02)", "(oskar_h, 7:05 UTC)": who said a line and when, after the line itself.
ATTRIBUTION_RE = re.compile(r"^\(\s*[\w.@-]+\s*,\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:UTC|GMT))?\s*\)$")
# A minutes bot's kind of line ("AGREED:", "INFO:", "IDEA:"): the line says what was agreed. ACTION stays: it
# says a thing is still to be done.
ITEM_KIND_RE = re.compile(r"^(?:AGREED|INFO|IDEA|HELP|LINK|ACCEPTED|REJECTED)$")
MAX_TOPIC_WORDS = 8  # a longer label over a nested list is a lead-in sentence, not a topic


def drop_attributions(root: Any) -> None:
    """Remove the (who, when) marks after lines and the minutes bot's line kinds before them."""
    for element in root.find_all(["span", "small", "em", "i", "b", "strong", "font"]):
        if element.decomposed:
            continue
        text = element.get_text(" ", strip=True)
        if ATTRIBUTION_RE.match(text):
            element.decompose()
        elif ITEM_KIND_RE.match(text):
            after = element.next_sibling
            if isinstance(after, str) and after.lstrip().startswith(":"):
                after.replace_with(after.lstrip()[1:].lstrip())
                element.decompose()


def nested_list_topics(root: Any, level: int) -> None:
    """A list item opened by a short label over a nested list is a topic: the label heads the nested items,
    which stay items of their own. A label ending in a colon or a sentence leads in to them instead."""
    for item in root.find_all("li"):
        if item.decomposed or item.parent is None:
            continue
        nested = item.find(["ul", "ol"], recursive=False)
        if nested is None:
            continue
        before = []
        for child in item.children:
            if child is nested:
                break
            before.append(child)
        label = " ".join(" ".join(map(_text, before)).split())
        if any(getattr(child, "name", None) == "a" and _text(child).strip() == label for child in before):
            continue  # a link over links is a site's page tree, not a topic
        inner = nested.find_all("li", recursive=False)
        if not label or not inner:
            continue
        if len(label.split()) <= MAX_TOPIC_WORDS and label[-1] not in SENTENCE_END + ",，":
            item.insert_before(f"\n\n{'#' * level} {label}\n\n")
        else:
            item.insert_before(f"\n\n{label}\n")
        for child in inner:
            item.insert_before(child.extract())
        item.insert_before("\n\n")
        item.decompose()


def _text(node: Any) -> str:
    return node if isinstance(node, str) else node.get_text(" ", strip=True)


MAX_PRE_HEADING_WORDS = 8


def preformatted_headings(root: Any, level: int) -> None:
    """A line in capitals standing alone in a <pre> block ("WHAT IT DOES", "BANDS (pollution risk)") heads the lines
    under it: Bugzilla keeps a bug's description as typed, and "ROLLOUT AND DATA The 9 beaches …" had been quoted as
    one sentence."""
    for block in root.find_all("pre"):
        lines = block.get_text().split("\n")
        marked = [f"\n\n{'#' * level} {line.strip()}\n" if _shouted_line(line) else line for line in lines]
        if marked != lines:
            block.string = "\n".join(marked)


def _shouted_line(line: str) -> bool:
    text = line.strip()
    return (bool(text) and shouted(without_trailing_note(text)) and len(text.split()) <= MAX_PRE_HEADING_WORDS
            and text[-1] not in SENTENCE_END)
