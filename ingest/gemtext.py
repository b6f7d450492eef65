"""A Gemini capsule's page (gemtext, `.gmi`): Markdown's headings, `* ` items, `> ` quotes and ``` blocks, and
its own link lines.

A link line, `=> /machines/laser/ Laser cutters`, is a line of its own that the Gemini client shows as its
label: the capsule's navigation above the page and its "see also" below. It is read as what the client shows
(the label, or the address when there is none); everything else already reads as Markdown.
"""

from __future__ import annotations

import re

LINK_LINE_RE = re.compile(r"^=>\s*(?P<url>\S+)(?:\s+(?P<label>.*\S))?\s*$")


def gemtext_to_markdown(text: str) -> str:
    """The Markdown of a gemtext page (its title is its first `# ` heading, which the loader reads as for Markdown)."""
    lines = []
    for line in text.replace("\r\n", "\n").split("\n"):
        link = LINK_LINE_RE.match(line)
        lines.append(f"- {link.group('label') or link.group('url')}" if link else line)
    return "\n".join(lines)
