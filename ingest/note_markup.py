"""Obsidian and Hugo markup inside Markdown: what note apps and static-site generators render away.

An Obsidian note carries `up:: [[MOC]]` fields, `#tag` lines, `> [!tip] Title` callouts, `==highlights==`,
`![[embeds]]` and `^block-ids`; a Hugo page wraps its boxes and tabs in `{{< note >}}` shortcodes and
tags headings `{#anchor}`. Read as text, they were quoted in answers ("up:: [[AI 产品经理 MOC]] … [!abstract]
一句话 > …"). Each is rendered down to what the page shows; code blocks are left as written, except a
Dataview query, which renders as a table of other notes, not as guidance.
"""

from __future__ import annotations

import re

from ingest.inline_html import FENCE_RE

QUERY_LANGUAGES = {"dataview", "dataviewjs", "query", "tasks"}
INLINE_FIELDS_RE = re.compile(r"^\s*(?:[\w\u4e00-\u9fff -]{1,30}::\s*[^:]*?(?:\s+|$))+$")
TAGS_ONLY_RE = re.compile(r"^\s*(?:#[^\s#]+\s*)+$")  # "#个性化 #冷启动": no space after "#", so not a heading
CALLOUT_RE = re.compile(r"^(?P<quote>\s*>\s*)\[!(?P<kind>[\w-]+)\][+-]?\s*(?P<title>.*)$")
EMBED_RE = re.compile(r"!\[\[[^\]]*\]\]")
WIKILINK_RE = re.compile(r"\[\[(?:[^|\]]*\|)?([^\]]+)\]\]")  # [[Page|label]] reads as its label (MediaWiki too)
HIGHLIGHT_RE = re.compile(r"==(?=\S)(.+?)(?<=\S)==")
FOOTNOTE_REF_RE = re.compile(r"\[\^[\w-]+\](?!:)")  # "[^1]" in the text; its "[^1]: …" line stays
BLOCK_ID_RE = re.compile(r"\s+\^[\w-]+\s*$")
HEADING_ANCHOR_RE = re.compile(r"^(#{1,6}\s.*?)\s*\{#[\w-]+\}\s*$")
# Hugo: `{{< name "arg" key="…" >}}` or `{{% … %}}` on a line of its own, and inline ones.
SHORTCODE_LINE_RE = re.compile(r"^\s*\{\{[<%]\s*(?P<closing>/)?\s*(?P<name>[\w-]+)(?P<args>.*?)\s*[>%]\}\}\s*$")
SHORTCODE_RE = re.compile(r"\{\{[<%]\s*/?\s*[\w-]+(?P<args>.*?)\s*[>%]\}\}")
HIDDEN_ARGUMENTS = {"tabs", "figure", "toc", "breadcrumb", "ref", "relref", "include"}
# GitBook and Jekyll (Liquid): `{% hint style="info" %}` … `{% endhint %}`, `{% tab title="iOS" %}`. The
# box's tag is markup; a tab's title shows. Left in, "{% hint style="warning" %} Never re-run …" was quoted.
LIQUID_RE = re.compile(r"\{%-?\s*(?P<closing>end)?(?P<name>\w+)(?P<args>.*?)\s*-?%\}")
TITLE_ARG_RE = re.compile(r'^\s*(?:title=)?"(?P<title>[^"]+)"')


def _shortcode_text(args: str) -> str:
    """A shortcode's visible label: its first quoted argument or its title (a tab's name, a box's title)."""
    found = TITLE_ARG_RE.search(args) or re.search(r'\btitle="(?P<title>[^"]+)"', args)
    return found["title"] if found else ""


def _liquid_text(match: re.Match[str]) -> str:
    title = re.search(r'\btitle="(?P<title>[^"]+)"', match["args"]) if not match["closing"] else None
    return f"**{title['title']}**" if title else ""


def _inline(line: str) -> str:
    line = EMBED_RE.sub("", line)
    line = WIKILINK_RE.sub(lambda m: m.group(1).split("#")[-1], line)
    line = HIGHLIGHT_RE.sub(r"\1", line)
    line = FOOTNOTE_REF_RE.sub("", line)
    line = SHORTCODE_RE.sub(lambda m: _shortcode_text(m["args"]).rsplit("/", 1)[-1], line)
    line = LIQUID_RE.sub(_liquid_text, line)
    return BLOCK_ID_RE.sub("", line)


def strip_note_markup(text: str) -> str:
    """Markdown with its Obsidian and Hugo markup rendered down to the text a reader of the page sees."""
    out: list[str] = []
    fence, query = "", False  # the open code fence's mark, and whether it holds a Dataview query
    for line in text.split("\n"):
        opened = FENCE_RE.match(line)
        if opened and not fence:
            fence, query = opened.group(1), opened["lang"].lower() in QUERY_LANGUAGES
        elif opened and opened.group(1) == fence and not opened["lang"]:
            fence = ""  # the block closes; this line is its last
        elif not fence:
            out.extend(_render(line))
            continue
        if not query:
            out.append(line)  # code, including its fences, is left as written
        query = query and bool(fence)
    return "\n".join(out)


def _render(line: str) -> list[str]:
    """One line outside code as the page shows it (a shortcode may become a label between blank lines)."""
    shortcode = SHORTCODE_LINE_RE.match(line)
    callout = CALLOUT_RE.match(line)
    anchored = HEADING_ANCHOR_RE.match(line)
    if shortcode:
        # A tab's name or a box's title shows; a tab group's id ({{< tabs "notice" >}}) does not.
        shown = not shortcode["closing"] and shortcode["name"] not in HIDDEN_ARGUMENTS
        label = _shortcode_text(shortcode["args"]) if shown else ""
        return ["", f"**{label}**", ""] if label else [""]
    if INLINE_FIELDS_RE.match(line) or TAGS_ONLY_RE.match(line):
        return [""]
    if callout:
        # The callout's title heads its box; the kind ("tip", "warning") is styling.
        title = _inline(callout["title"]).strip()
        return [f"{callout['quote']}**{title}**" if title else callout["quote"].rstrip()]
    return [_inline(anchored.group(1) if anchored else line)]
