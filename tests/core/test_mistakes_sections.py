"""A "Common mistakes" list shares a how question's words and says what not to do (eval/guides-unseen-24
prompted it): a how question gets the section that says what to do, a question about mistakes the list."""

from __future__ import annotations

import pytest

from tests.conftest import answerer_of_pages

GUIDE = """Turning support tickets into test prompts

Last updated: 3 March 2026

Collecting tickets
Pull the tickets that mention the assistant every Monday:
• Every ticket tagged "AI answer wrong"
• A random 30 tickets that mention the assistant without a tag
• Skip tickets from internal staff accounts

Writing a test prompt from a ticket
Rewrite a confirmed failure so it can be scored automatically:
• The customer's question and the documents the assistant saw
• The expected reply, or three checks a good reply passes
• Strip names, emails and order numbers first
• At most 4 per kind of failure

Using the prompts
Run the whole set before every prompt or model change, and block the change if the pass rate drops.

Common mistakes
Avoid these:
• Labelling test prompts straight from support ticket tags without a human review
• Letting the set of ticket prompts grow without a cap
• Tuning on the same test prompts you use to approve a change
• Counting tickets from internal staff together with customer tickets

Note: agree the ticket tags before launch, or the first months of tickets cannot be turned into test prompts.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, embedder):
    return answerer_of_pages(tmp_path_factory, embedder, "mistakes", {"tickets-to-prompts.txt": GUIDE})


def test_a_how_question_gets_what_to_do_not_the_mistakes_list(answerer):
    answer = answerer.ask("How do we turn customer tickets into test cases?").answer
    assert "Strip names, emails and order numbers first" in answer
    assert "Avoid these" not in answer and "without a human review" not in answer


def test_a_question_about_mistakes_still_gets_the_mistakes_list(answerer):
    answer = answerer.ask("What mistakes should we avoid when turning tickets into test prompts?").answer
    assert "straight from support ticket tags without a human review" in answer
