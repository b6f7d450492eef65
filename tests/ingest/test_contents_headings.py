"""A plain-text page with a table of contents repeats each entry as its section's title further down;
those lines head their sections, though "Pitfalls" over a list reads like the list's lead-in and "Signals"
over a short sentence like a stray line (eval/guides-unseen-26 prompted it: a GitHub page's metrics and
its anti-patterns were one section, and "which metrics" was answered with the anti-patterns)."""

from __future__ import annotations

import pytest

from ingest.splitting import contents_headings, sections_of
from tests.conftest import answerer_of_pages

PAGE = """Undo for AI edits

Contents
  • Why undo matters
  • Signals
  • Pitfalls

Why undo matters

People accept an AI edit faster when they know they can take it back in one click, so every AI edit gets an
undo that restores the exact text from before the edit, including the user's own later changes.

Signals

Watch these for each feature, every week:

  • Undo rate: the share of AI edits undone within a minute. Above 15%, treat it as a quality bug.
  • Redo after undo: how often the user asks again with new words, which says the instruction was unclear.
  • Edits kept after a week: the share of accepted edits still in the document seven days later.

Do not report undo as engagement. A feature whose usage grows because people undo more is getting worse.

Pitfalls

  • An undo that only removes the last sentence of the edit.
  • An undo button that disappears when the user scrolls.
  • Undoing the user's own typing along with the AI edit.
  • Counting undone edits as accepted in the weekly report.
"""

LIST_UNDER_LEAD_IN = """Checklist for the launch review

Before the review:
  • Share the eval results
  • Name the owner

Name the owner

The owner signs off the launch.
"""


def test_lines_repeating_contents_entries_head_their_sections():
    sections = {s.path[-1]: s.body for s in sections_of(PAGE, "Undo for AI edits", markdown=False) if s.path}
    assert "Undo rate" in sections["Signals"]
    assert "Counting undone edits" in sections["Pitfalls"]
    assert "Counting undone edits" not in sections["Signals"]
    # The contents list is navigation: its entries are the headings now, not a list to quote.
    assert "Contents" not in sections


def test_one_repeated_item_is_not_a_table_of_contents():
    # A list item said again once as a line on its own is a coincidence, not a table of contents.
    assert contents_headings(LIST_UNDER_LEAD_IN.split("\n")) == ({}, set())


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, embedder):
    return answerer_of_pages(tmp_path_factory, embedder, "contents-headings", {"undo-for-ai-edits.txt": PAGE})


def test_which_signals_is_answered_from_its_section(answerer):
    answer = answerer.ask("Which signals should I watch for an AI edit's undo button?").answer
    assert "Undo rate" in answer
    assert "Counting undone edits" not in answer
