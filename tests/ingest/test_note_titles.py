"""A note exported as Markdown with its title on a plain first line (Joplin, Bear, Apple Notes) and its sections
as "# " headings (guides-unseen-51's register office note): the first section's heading had become the title shown
beside every answer quoted from the note."""

from __future__ import annotations

from ingest.loaders import load_document

NOTE = """Kiln Guard on the studio booking chat: rules for the team

Agreed with the studio manager on 2 May.

# What Kiln Guard does

It answers questions about firing slots and books them.

# The rule

Kiln Guard books slots; technicians decide every firing.
"""


def test_a_notes_first_line_is_its_title_over_headings_that_are_its_sections(tmp_path):
    path = tmp_path / "note.md"
    path.write_text(NOTE, encoding="utf-8")
    assert load_document(path).title == "Kiln Guard on the studio booking chat: rules for the team"


def test_a_page_with_one_top_heading_keeps_it_as_its_title(tmp_path):
    path = tmp_path / "page.md"
    path.write_text("Studio wiki\n\n# Kiln Guard rules\n\n## What it does\n\nIt books slots.\n\n## The rule\n\n"
                    "Technicians decide.\n", encoding="utf-8")
    assert load_document(path).title == "Kiln Guard rules"


def test_a_sentence_above_the_headings_is_no_title(tmp_path):
    path = tmp_path / "page.md"
    path.write_text("Read this before your first firing.\n\n# What Kiln Guard does\n\nIt books slots.\n\n"
                    "# The rule\n\nTechnicians decide.\n", encoding="utf-8")
    assert load_document(path).title == "What Kiln Guard does"
