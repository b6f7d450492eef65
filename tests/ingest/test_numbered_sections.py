"""Section numbers in plain text: a Word outline saved as text ("3. Check the contract" over "3.1 Data use"
over its paragraph, no blank lines) and a paper's "1 INTRODUCTION". Read as body text, "3.1 Data use The
contract must state…" was quoted as one sentence and its heading words named a product the question had
not (eval/guides-unseen-3 and -9 prompted it)."""

from __future__ import annotations

from ingest.splitting import sections_of

WORD_OUTLINE = """Selecting a speech-to-text vendor

1. Purpose
This note helps product teams pick a hosted speech-to-text provider for call summaries.

2. Check the contract
2.1 Data use
The contract must say that recordings are not used to train the vendor's models.

2.2 Model changes
Ask how much notice the vendor gives before it retires a model version.
"""

PAPER = """Who Is Listening? Voice Features in Practice

ABSTRACT
We interviewed 24 teams that shipped voice features.

1 INTRODUCTION
Most voice features start as a demo recorded in a quiet room.

2 FINDINGS
Background noise broke more launches than accuracy did.

3 Comments
Nadia: we saw the same with in-car assistants.
"""


def bodies(text: str, title: str) -> dict[str, str]:
    """Section bodies by heading path, section numbers left out ("Check the contract > Data use")."""
    def words(heading: str) -> str:
        return heading.lstrip("0123456789. ")
    return {" > ".join(map(words, s.path)): s.body for s in sections_of(text, title, markdown=False) if s.path}


def test_a_two_level_section_number_heads_its_paragraph_under_its_parent():
    sections = bodies(WORD_OUTLINE, "Selecting a speech-to-text vendor")
    assert sections["Check the contract > Data use"].startswith("The contract must say")
    assert sections["Check the contract > Model changes"].startswith("Ask how much notice")
    assert not any("Data use" in body for body in sections.values())


def test_a_papers_numbered_capitals_head_sections_but_a_comment_count_does_not():
    sections = bodies(PAPER, "Who Is Listening? Voice Features in Practice")
    assert sections["INTRODUCTION"].startswith("Most voice features")
    assert sections["FINDINGS"].startswith("Background noise")
    assert "Comments" not in sections
