"""Emacs Org-mode files (saved as .txt or .org) as Markdown.

Read as plain text, `* What synthetic data is good for   :guidance:` is a bullet, `:PROPERTIES:` drawers,
`SCHEDULED:` stamps and `#+OPTIONS:` lines are quoted as text, and `** DROPPED Generate …` keeps its
TODO keyword. Headlines become headings (stars are levels; keywords, priorities, progress cookies and tags
are state, not words), `#+TITLE` the title, source blocks indented code and quote blocks plain text;
drawers, planning lines, settings, comments and the footnotes section go.
"""

from __future__ import annotations

import re

from bot.core.documents.org_syntax import ORG_HEADLINE_RE, ORG_SETTING_RE, ORG_TABLE_RULE_RE
from ingest.restructured import join_paragraphs

DRAWER_START_RE = re.compile(r"^\s*:(?:PROPERTIES|LOGBOOK|[A-Z_]+):\s*$")
PLANNING_RE = re.compile(r"^\s*(?:SCHEDULED|DEADLINE|CLOSED|CLOCK):")
BLOCK_RE = re.compile(r"^\s*#\+(?P<edge>BEGIN|END)_(?P<kind>\w+)", re.IGNORECASE)
NAVIGATION_HEADLINES = {"footnotes", "references", "links"}


def is_org(lines: list[str]) -> bool:
    """An Org file opens with its `#+KEY:` settings; two of them tell it from a Markdown page."""
    return sum(1 for line in lines[:40] if ORG_SETTING_RE.match(line)) >= 2


def inline(line: str) -> str:
    line = re.sub(r"\[\[(?:[^\]]*)\]\[([^\]]+)\]\]", r"\1", line)  # [[target][label]]
    line = re.sub(r"\[\[([^\]]+)\]\]", r"\1", line)
    line = re.sub(r"\[fn:[\w-]+\]", "", line)
    line = re.sub(r"(?<![\w=~])[=~]([^=~\n]+?)[=~](?![\w=~])", r"\1", line)  # =verbatim=, ~code~
    return re.sub(r"(?<![\w*])\*([^*\n]+?)\*(?![\w*])", r"**\1**", line)  # *bold*


def org_to_markdown(text: str) -> str:
    lines = text.split("\n")
    out: list[str] = []
    block = ""  # the kind of #+BEGIN_… block being read
    skipping = 0  # the level of a footnotes headline being left out
    in_drawer = False
    for raw in lines:
        line = raw.rstrip()
        edge = BLOCK_RE.match(line)
        if edge:
            block = edge["kind"].upper() if edge["edge"].upper() == "BEGIN" else ""
            out.append("")
            continue
        if block:
            if not skipping and block in ("SRC", "EXAMPLE"):
                out.append("    " + line)
            elif not skipping and block != "COMMENT":
                out.append(inline(line))
            continue
        headline = ORG_HEADLINE_RE.match(line) if line.startswith("*") else None
        if headline and headline["text"]:
            level, title = len(headline["stars"]), inline(headline["text"].strip())
            if skipping and level > skipping:
                continue
            skipping = level if title.casefold() in NAVIGATION_HEADLINES else 0
            if not skipping:
                out += ["", "#" * min(level + 1, 6) + " " + title, ""]
            continue
        if skipping:
            continue
        if in_drawer:
            in_drawer = line.strip() != ":END:"
            continue
        if DRAWER_START_RE.match(line):
            in_drawer = line.strip() != ":END:"
            continue
        setting = ORG_SETTING_RE.match(line)
        if setting:
            if setting["key"].upper() == "TITLE":
                out += [f"# {setting['value'].strip()}", ""]
            continue
        if PLANNING_RE.match(line) or line.startswith("# ") or line == "#":
            continue  # planning stamps and comment lines
        if ORG_TABLE_RULE_RE.match(line):
            out.append(re.sub(r"\+", "|", line.strip()))  # |---+---| as Markdown's |---|---|
            continue
        out.append(inline(line))
    return "\n".join(join_paragraphs(out))
