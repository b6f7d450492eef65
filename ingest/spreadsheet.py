"""A spreadsheet saved as CSV or TSV: its guidance rows as Markdown a reader can quote.

Teams keep guidance in sheets ("Situation, Recommendation, Why, Owner, Status"): title and note rows with one
filled cell, then a header row and records. Read as plain text, a record is a run of quoted cells and commas.
Here each record becomes a small section: its first text column heads it, its other text columns are its
paragraphs, and short columns (IDs, owners, statuses, dates) are left out; they file the advice, they do not
give it. A sheet of numbers and codes, with no text column, stays a Markdown table.
"""

from __future__ import annotations

import csv
import io

from bot.core.documents.reading import Unreadable

TEXT_COLUMN_WORDS = 3  # a column whose filled cells average this many words says something; shorter ones file it
MIN_RECORDS = 2  # a header needs this many records under it to be read as a table


def csv_to_markdown(text: str, delimiter: str = ",") -> str:
    """Markdown for a CSV sheet: one-cell rows as lines (the first as the title), records as sections."""
    # newline="": the csv module ends rows itself at \n, \r\n and an old Mac's lone \r (which it refuses
    # inside an unquoted field when the stream has already split lines).
    try:
        reader = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""), delimiter=delimiter)
        rows = [[cell.strip() for cell in row] for row in reader]
    except csv.Error as exc:  # a quoted field left open for more than the module's field limit, and kin
        raise Unreadable(f"not a readable sheet ({exc})") from exc
    filled = [[cell for cell in row if cell] for row in rows]
    out: list[str] = []
    number = 0
    while number < len(rows):
        span = _record_span(filled, number)
        if span:
            out.extend(_records(rows[number], rows[number + 1 : number + 1 + span]))
            number += 1 + span
            continue
        if filled[number]:
            line = " ".join(filled[number])
            out.append(f"# {line}" if not out else line)
            out.append("")
        number += 1
    return "\n".join(out).strip() + "\n"


def _record_span(filled: list[list[str]], start: int) -> int:
    """How many records follow a header row at `start` (rows with two or more filled cells); 0 for none."""
    if len(filled[start]) < 2:
        return 0
    span = 0
    while start + 1 + span < len(filled) and len(filled[start + 1 + span]) >= 2:
        span += 1
    return span if span >= MIN_RECORDS else 0


def _records(header: list[str], records: list[list[str]]) -> list[str]:
    width = len(header)
    cells = [(row + [""] * width)[:width] for row in records]
    words = [
        sum(len(row[column].split()) for row in cells) / max(1, sum(1 for row in cells if row[column]))
        for column in range(width)
    ]
    text_columns = [column for column in range(width) if header[column] and words[column] >= TEXT_COLUMN_WORDS]
    if not text_columns:
        table = [header, ["---"] * width, *cells]
        return ["| " + " | ".join(row) + " |" for row in table] + [""]
    lines: list[str] = []
    for row in cells:
        heading, *rest = [row[column] for column in text_columns]
        if not heading:
            continue
        lines += [f"## {heading}", ""]
        for value in rest:
            if value:
                # A cell is a thought, often without its full stop ("Ask for an unlocked copy"): end it.
                lines += [value if value[-1] in ".!?。！？)" else f"{value}.", ""]
    return lines
