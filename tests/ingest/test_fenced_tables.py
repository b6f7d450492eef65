"""A band table lined up with spaces in a preformatted block (guides-unseen-50's laser cutter page, a Gemini
capsule): read as lines, a wrapped cell ran into the next row and no answer quoted a band with its rule."""

from __future__ import annotations

from ingest.aligned_tables import aligned_table, fenced_tables
from ingest.loaders import load_document
from tests.conftest import answerer_of_pages

BANDS = """# Kiln guard: the pre-firing check

## Load bands

```
Confidence  Shelf load known?   What happens
85-100      yes                 Firing starts if the programme matches the
                                kiln card
60-84       yes                 The potter picks the load from the list
                                and a technician confirms it at the kiln
below 60    any                 Locked; the potter asks a technician
```

Whatever the band, the kiln stays locked while the vent is shut.

## Starting the controller

```
kiln start --programme bisque
```
"""


def test_a_fenced_band_table_becomes_a_table_whose_rows_keep_their_wrapped_words(tmp_path):
    path = tmp_path / "kiln.gmi"
    path.write_text(BANDS, encoding="utf-8")
    text = load_document(path).text
    assert "| Confidence | Shelf load known? | What happens |" in text
    assert "| 60-84 | yes | The potter picks the load from the list and a technician confirms it at the kiln |" in text
    assert "| below 60 | any | Locked; the potter asks a technician |" in text
    assert "kiln start --programme bisque" in text and "| kiln" not in text  # code is no table


def test_an_answer_quotes_each_band_with_its_rule(tmp_path_factory, embedder):
    answer = answerer_of_pages(tmp_path_factory, embedder, "kiln", {"kiln.md": BANDS}).ask("What confidence bands does the kiln guard use and what happens in each?")
    text = answer.answer
    assert "60-84" in text and "a technician confirms it at the kiln" in text, text
    assert "kiln card" in text.split("60-84")[0], text  # the wrapped words stay with their row


def test_a_block_that_is_not_a_table_stays_as_written():
    prose = ["We ran it for six weeks  over 940 jobs.", "It named the material correctly", "most of the time."]
    assert aligned_table(prose) is None
    shell = "```\n$ glint --check  --bed 1\nok: plywood 3 mm\nok: settings card matches\n```"
    assert fenced_tables(shell) == shell
    python = "```python\nbands = {85: 'release',  60: 'ask'}\n```\n\n```\nA    B\n1    2\n3    4\n```"
    assert fenced_tables(python).startswith("```python\nbands = {85: 'release',  60: 'ask'}\n```")
    assert "| A | B |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |" in fenced_tables(python)


def test_wide_characters_keep_their_columns():
    rows = ["置信度      处理方式", "90以上      直接入库", "60到89      人工复核后入库", "                        并登记原因", "60以下      退回重拍"]
    table = aligned_table(rows)
    assert table is not None and "| 60到89 | 人工复核后入库并登记原因 |" in table, table
