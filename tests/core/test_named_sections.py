"""A question that names the section it asks about ("what do i put under explainability", "the 'why AI'
part") is answered from the section of that name, though the page's opening repeats more of its words
(knowledge/'s b-021 prompted it: the spec template's introduction had been quoted)."""

from __future__ import annotations

import pytest

from bot.core.section_fit import heading_names, named_section
from tests.conftest import answerer_of_pages


@pytest.mark.parametrize("question, heading, names", [
    ("writing a prd for an llm feature, what do i put under explainability", "Explainability", True),
    ("What belongs in the 'why AI' part of a requirements doc?", "Why AI", True),
    ("What belongs in the 'why AI' part of a requirements doc?", "AI roadmap", False),
    ("what goes in the risks section?", "Risks and mitigations", True),
    ("How many people should review each output?", "Review staffing", False),
])
def test_the_section_a_question_names(question, heading, names):
    assert heading_names(heading, named_section(question)) is names


PAGE = """# Writing a launch brief for an LLM feature

## How a launch brief differs from a PRD
Writing a launch brief for an LLM feature is not writing a PRD: the brief covers the feature's audience, its
limits and its first weeks. Every brief for an LLM feature has four sections: audience, explainability,
rollback and owners. Writing the brief takes an afternoon.

## Audience
Name the teams who will use it first and the tasks they will use it for.

## Explainability
Say what a reviewer can see about each output: the sources it cited and the reason shown next to a score.

## Rollback
Name who can switch it off and how fast it goes back to the old flow.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, embedder):
    return answerer_of_pages(tmp_path_factory, embedder, "named-sections", {"launch-brief.md": PAGE})


def test_a_named_section_answers(answerer):
    answer = answerer.ask("writing a brief for an llm feature, what do i put under explainability").answer
    assert answer.startswith("Say what a reviewer can see about each output: the sources it cited")
