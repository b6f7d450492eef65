"""Markdown table lines, as every reader of another markup writes its tables (wiki `||` rows, AsciiDoc `|===`,
reStructuredText grids, tab-separated text): one row per line and the rule under the header row, which the splitter
and the composer read as a table (bot.core.documents.structure.TABLE_ROW_RE, TABLE_SEPARATOR_RE)."""

from __future__ import annotations


def table_row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def header_rule(width: int) -> str:
    """The `|---|---|` line under a table's header row."""
    return "|" + "---|" * width


def table_lines(cells: list[str], *, header: bool) -> list[str]:
    """A row, followed by the header rule when it is the table's header row."""
    return [table_row(cells), header_rule(len(cells))] if header else [table_row(cells)]
