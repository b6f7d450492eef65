"""An outliner's page (Logseq, Roam; guidance-unseen-38 prompted it): every line a bullet block, headings and
tables inside blocks, block properties, drawers, task markers and tags. Read as plain Markdown, the page was
one nested list under no heading and its table a list item."""

from __future__ import annotations

from ingest.loaders import load_document
from ingest.outliner import is_outline
from ingest.splitting import split_document

PAGE = """title:: Returns triage - what the AI may decide
type:: [[Decision record]]
owner:: [[Mina Patel]]
status:: #approved

- ## Context
	- ReturnBot reads the customer's photos and reason and suggests a refund route.
	- What went wrong in the pilot #incident
	  collapsed:: false
		- It refunded a £900 laptop whose photo showed the wrong serial number.
- ## Routes
	- The route depends on the item's value and the model's confidence.
	- | Item value | Confidence | Route |
	  |---|---|---|
	  | Under £50 | 0.90 or more | Instant refund |
	  | £50 to £500 | Any | An agent checks the photos |
	  | Over £500 | Any | A senior agent inspects the item |
	- Nobody on the product side can move a #hard-rule item onto the instant list.
- ## Release gates
	- Gates run in this order.
		- Replay 5,000 past returns: no instant refund on an item later found to be wrong.
		  logseq.order-list-type:: number
		- Two weeks in one warehouse with agents checking every route.
		  logseq.order-list-type:: number
	- DONE Replay of 5,000 returns
	  :LOGBOOK:
	  CLOCK: [2025-09-15 Mon 09:00]--[2025-09-26 Fri 17:30] =>  272:30:00
	  :END:
	- {{query (task TODO LATER)}}
- Related: [[Refund limits]] · ((6720c1d4-8b1e-4f0a-9a63-2c51e0b7d901))
"""


def test_an_outliner_page_reads_as_headed_sections_with_its_table_and_numbered_gates(tmp_path):
    path = tmp_path / "returns-triage.md"
    path.write_text(PAGE, encoding="utf-8")
    document = load_document(path)
    text = document.text
    assert document.title == "Returns triage - what the AI may decide"
    assert "## Routes" in text and "## Release gates" in text
    assert "\n| Under £50 | 0.90 or more | Instant refund |" in text  # a table, not a list item
    assert "1. Replay 5,000 past returns" in text and "2. Two weeks in one warehouse" in text
    assert "What went wrong in the pilot:\n- It refunded a £900 laptop" in text  # a lead-in over its list
    assert "move a hard-rule item" in text  # an inline tag is a word; a trailing one files the block
    for markup in ("::", "#incident", ":LOGBOOK:", "CLOCK:", "DONE", "{{query", "((", "[["):
        assert markup not in text, markup
    sections = [section for section, _ in split_document(text, document.title, markdown=True, limit=1200)]
    assert {"Context", "Routes", "Release gates"} <= set(sections)


def test_a_plain_markdown_page_with_a_list_is_not_an_outline():
    page = "# Returns\n\nWe refund within 14 days.\n\n- Photos\n- Reason\n- Serial number\n- Receipt\n- Box\n"
    assert not is_outline(page)
