"""docs/metrics.md is assembled from what `aipm eval --markdown` wrote, stamped with when and where."""

from __future__ import annotations

import datetime as dt

from bot.evaluation.metrics_page import main, page


def test_the_page_carries_the_date_the_machine_and_every_table_in_order(tmp_path):
    first, second = tmp_path / "a.md", tmp_path / "b.md"
    first.write_text("### `eval/questions.jsonl`\n\n| metric | all |\n", encoding="utf-8")
    second.write_text("### `eval/specs`\n\n| item | missing precision |\n", encoding="utf-8")
    text = page([first, second], when=dt.datetime(2026, 11, 30, 1, 2, tzinfo=dt.timezone.utc))
    assert "Written by `make metrics` on 2026-11-30 01:02 UTC on " in text and " cores, " in text
    assert text.index("eval/questions.jsonl") < text.index("eval/specs")


def test_a_missing_table_fails_instead_of_writing_a_partial_page(tmp_path, capsys):
    out = tmp_path / "metrics.md"
    assert main([str(out), str(tmp_path / "never-written.md")]) == 1
    assert not out.exists() and "did an eval run fail?" in capsys.readouterr().err
