"""Cleaning: Unicode normalisation, HTML to text, and removal of obvious page chrome."""

from __future__ import annotations

import re

from bot.core.text import normalize

# Lines that are navigation or promotion, not guidance. Matched on whole (short) lines only.
CHROME_LINE_RE = re.compile(
    r"^\s*(?:←|<-|«)?\s*(?:back to .{0,40}|share( this)?( post)?|subscribe.{0,40}|sign (in|up).{0,20}|log ?in|"
    r"follow us.{0,30}|cookie.{0,60}|accept( all)?( cookies)?|skip to (main )?content|menu|home|next|previous|"
    r"read more|related (posts|articles)|post linkedin lead magnet.{0,60}|advertisement|"
    r"all rights reserved.{0,60}|©.{0,80}|copyright .{0,80})\s*$",
    re.IGNORECASE,
)
CHROME_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button")


def clean_text(text: str) -> str:
    """Normalise Unicode, unify line ends, drop chrome lines and squeeze blank runs."""
    text = normalize(text).replace("\r\n", "\n").replace("\r", "\n")
    lines = []
    for line in text.split("\n"):
        stripped = line.rstrip()
        if len(stripped) <= 80 and CHROME_LINE_RE.match(stripped):
            continue
        lines.append(stripped.replace("\t", " "))
    cleaned = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", cleaned).strip()


def html_to_text(html: str) -> tuple[str, str | None]:
    """HTML to Markdown-ish text: headings become '#' lines, list items '- ' lines, chrome elements go."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    title = soup.title.get_text(" ", strip=True) if soup.title else None
    for tag in soup(CHROME_TAGS):
        tag.decompose()
    root = soup.find("main") or soup.find("article") or soup.body or soup
    for level in range(1, 7):
        for heading in root.find_all(f"h{level}"):
            heading.replace_with(f"\n\n{'#' * level} {heading.get_text(' ', strip=True)}\n\n")
    for item in root.find_all("li"):
        item.replace_with(f"\n- {item.get_text(' ', strip=True)}\n")
    for block in root.find_all(["p", "div", "section", "br", "tr", "blockquote", "pre"]):
        block.insert_before("\n\n")
        block.insert_after("\n\n")
    text = root.get_text("")
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r"\n[ \t]+", "\n", text)
    return text, title
