"""Email and plain-text lists wrap an item's text onto indented lines of its own (a hanging indent), and
an email quotes earlier text with "> " on every wrapped line. Read line by line, the item ended mid-
sentence ("… until the teacher has written at") and its rest became prose the composer quoted alone
("least 2 notes for that pupil.", guides-unseen-34's Google Groups digest)."""

from __future__ import annotations

from pathlib import Path

from bot.core.composer import units_of
from bot.core.retrieval import RetrievedChunk
from ingest.cleaning import clean_text
from ingest.loaders import load_document
from ingest.splitting import split_document

DIGEST = """Report drafts: rules for the summer

Hello all, the rules below apply from Monday.

RULES FOR EVERY DRAFT

- Minimum input: drafting stays disabled until the teacher has written at
  least 2 notes for that pupil. Grades alone are not enough; that is how we
  got generic comments.
- Pronouns: if the pronoun field is empty, the draft uses the pupil's name
  only and never guesses from the name.
- Never compare a pupil with classmates.
"""


def test_an_items_indented_continuation_lines_are_the_item(tmp_path: Path):
    path = tmp_path / "digest.txt"
    path.write_text(DIGEST, encoding="utf-8")
    document = load_document(path)
    chunks = dict(split_document(document.text, document.title, markdown=document.markdown_headings))
    rules = chunks["RULES FOR EVERY DRAFT"]
    assert ("- Minimum input: drafting stays disabled until the teacher has written at least 2 notes for that "
            "pupil. Grades alone are not enough; that is how we got generic comments.") in rules.split("\n"), rules
    assert "- Pronouns: if the pronoun field is empty, the draft uses the pupil's name only and never guesses " \
           "from the name." in rules.split("\n"), rules
    units, _ = units_of(RetrievedChunk("c1", rules, {"source": "digest.txt", "section": "RULES FOR EVERY DRAFT"}), 0, 0)
    assert [u.kind for u in units] == ["item", "item", "item"], [(u.kind, u.text) for u in units]


def test_a_quoted_wrap_is_one_sentence_again_and_the_quotes_next_sentence_keeps_its_line():
    quoted = clean_text("Daniel wrote:\n\n> Drafting stays disabled until the teacher has written at\n"
                        "> least 2 notes for that pupil.\n> Is that the final rule?\n\nYes, that is final.\n")
    assert quoted.split("\n")[2:4] == [
        "> Drafting stays disabled until the teacher has written at least 2 notes for that pupil.",
        "> Is that the final rule?"], quoted


def test_indented_sub_items_under_a_bullet_that_ends_its_sentence_stay_items(tmp_path: Path):
    """"- Providers we compared:" ends its sentence: the indented lines under it are its sub-items, not the
    rest of its text, and "a) …" marks a sub-item of its own."""
    path = tmp_path / "notes.txt"
    path.write_text("Vendor notes\n\nWhat we did this quarter, in short.\n\n- Providers we compared:\n    OpenAI\n"
                    "    Anthropic\n    Mistral\n- Pick a provider by residency\n   a) check data residency\n"
                    "   b) check retention\n", encoding="utf-8")
    text = load_document(path).text
    assert "- Providers we compared: OpenAI" not in text, text
    assert "OpenAI" in text and "Anthropic" in text
    assert "residency a) check" not in text, text
