"""HTML tables read as text: a data table as Markdown rows, a layout table (a forum's frame, a tracker's notes) as
the text it lays out. Used by reading.html_to_text."""

from __future__ import annotations

import re
from typing import Any


def data_table_rows(table: Any) -> list[str]:
    """A data table as Markdown rows ("| Limit | Value | Why |", its header rule after the header row), so its
    cells stay apart: joined as text, "<td>Follow-ups per prospect</td><td>At most 2</td>" read "Follow-ups
    per prospectAt most 2". [] for a layout table (a forum's nested tables, a one-row or one-column frame),
    which is read as text."""
    if table.find("table"):
        return []
    rows = [[cell.get_text(" ", strip=True).replace("|", "/") for cell in row.find_all(["th", "td"])]
            for row in table.find_all("tr")]
    rows = [cells for cells in rows if any(cells)]
    if sum(len([c for c in cells if c]) >= 2 for cells in rows) < 2 or is_comment_table(table, rows):
        return []
    lines = ["| " + " | ".join(cells) + " |" for cells in rows]
    if is_header_row(table.find("tr")):  # a header row: its rule follows it
        lines.insert(1, "|" + "---|" * len(rows[0]))
    return lines


# A cell that stamps a post: "2025-06-30 11:17", "30/06/2025", "14:02".
STAMP_RE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{1,2}:\d{2}\b")
MIN_POST_WORDS = 12  # a comment table's posts average at least this many words


def is_comment_table(table: Any, rows: list[list[str]]) -> bool:
    """A bug tracker's or forum's notes laid out as a table: no header, each row an author and time stamp beside a
    post (MantisBT's "dan.okafor developer 2025-06-30 11:17 ~0001203 | Who can override it …?"). Its rows are
    posts, read as text: as table rows, a question asked in a note was quoted as if it were a row of data."""
    if is_header_row(table.find("tr")) or any(len(cells) != 2 for cells in rows):
        return False
    posts = [len(post.split()) for _, post in rows]
    return all(STAMP_RE.search(meta) for meta, _ in rows) and sum(posts) / len(posts) >= MIN_POST_WORDS


def is_header_row(row: Any) -> bool:
    """A table's first row is its header when it is made of <th> cells or sits in <thead>, or when every
    filled cell is wholly bold: Freshdesk, Confluence and Google Docs write "<td><strong>Data</strong></td>"."""
    if row.find("th") or row.find_parent("thead") is not None:
        return True
    filled = [cell for cell in row.find_all("td") if cell.get_text(strip=True)]
    return len(filled) >= 2 and all(
        "".join(bold.get_text(strip=True) for bold in cell.find_all(["strong", "b"])) == cell.get_text(strip=True)
        for cell in filled)
