"""HTML and MDX inside Markdown: what Yuque, Docusaurus, GitHub and Notion exports leave in the text.

A Markdown renderer shows `a<br />b` as two lines and `<a name="x"></a>` as nothing; read as text,
the tags end up quoted in answers, and a `<br />` glues a page's separate rules into one line. MDX adds
`import` lines, `{/* comments */}` and `<Component />` tags, and Docusaurus-style `:::warning` fences
mark boxes whose text is guidance. Code blocks are left exactly as written.
"""

from __future__ import annotations

import html
import re

BREAK_RE = re.compile(r"\s*<br\s*/?>\s*", re.IGNORECASE)
# A line that is nothing but tags (anchors, <details>, a JSX component) renders as nothing.
TAGS_ONLY_RE = re.compile(r"^\s*(?:</?[A-Za-z][\w.:-]*(?:\s[^<>]*)?/?>\s*)+$")
IMAGE_ONLY_RE = re.compile(r"^\s*!\[[^\]]*\]\([^)]*\)\s*$")  # a picture; its alt text is usually "image.png"
SUMMARY_RE = re.compile(r"^\s*<summary>\s*(.*?)\s*</summary>\s*$", re.IGNORECASE)
INLINE_TAG_RE = re.compile(
    r"</?(?:font|span|u|s|strike|small|big|sup|sub|kbd|mark|abbr|ins|del|a|b|i|em|strong|code)(?:\s[^<>]*)?>",
    re.IGNORECASE,
)
MDX_IMPORT_RE = re.compile(r"^(?:import\s+[\w{}*,\s]+\s+from\s+|import\s+)['\"][^'\"]+['\"];?\s*$")
JSX_COMMENT_RE = re.compile(r"\{/\*.*?\*/\}", re.DOTALL)
ADMONITION_RE = re.compile(r"^\s*:::\s*(?:[\w-]+)?\s*(?P<title>.*?)\s*$")
FENCE_RE = re.compile(r"^\s*(```|~~~)\s*(?P<lang>[\w-]*)")  # a code fence, and the language it names


def strip_inline_html(text: str) -> str:
    """Markdown with its HTML and MDX rendered down to the text a reader of the page sees."""
    out: list[str] = []
    fence = ""
    for line in JSX_COMMENT_RE.sub("", text).split("\n"):
        opened = FENCE_RE.match(line)
        if fence or opened:
            out.append(line)
            if opened and (not fence or opened.group(1) == fence):
                fence = "" if fence else opened.group(1)
            continue
        summary = SUMMARY_RE.match(line)
        if summary:
            # A collapsed block's summary is its heading (often a question the block answers).
            out += ["", f"**{summary.group(1)}**", ""]
        elif TAGS_ONLY_RE.match(line) or IMAGE_ONLY_RE.match(line) or MDX_IMPORT_RE.match(line.strip()):
            out.append("")
        elif line.lstrip().startswith(":::"):
            title = ADMONITION_RE.match(line).group("title")  # type: ignore[union-attr]
            out += ["", f"**{title}**", ""] if title else [""]
        else:
            line = html.unescape(line) if "&" in line else line
            out += BREAK_RE.split(INLINE_TAG_RE.sub("", line)) if "<" in line else [line]
    return "\n".join(out)
