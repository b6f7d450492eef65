"""A wiki page pasted as text carries its space's page tree ("▸ Overview", "▾ AI features", bullets of the open
branch) and its panels' labels ("ⓘ Info" over the panel's text). eval/guides-unseen-27's Confluence page had
its page tree quoted as the answer, and "i Info This page is the agreed display policy …" quoted as advice."""

from __future__ import annotations

import pytest

from ingest.blog_chrome import drop_page_trees
from ingest.cleaning import clean_text
from tests.conftest import answerer_of_pages

PAGE = """Wiki    Spaces ▾    People    Create    [ Search ]

Support Ops

  ▸ Overview
  ▸ Playbooks
  ▾ AI features in the help desk
      • Reply suggestions: how agents use them
      • Ticket tagging (pilot)
  ▸ Onboarding

Reply suggestions: how agents use them

ⓘ Info
This page is the agreed policy for reply suggestions in the help desk. Questions go to #support-ai.

1. When a suggestion is shown

A suggestion appears only when the model's confidence is above 0.8 and the ticket is in English, German or
French. Below that, the agent writes the reply alone and the ticket is logged for the weekly review.

2. What the agent must check

Every suggestion is edited or approved by the agent before it is sent: order numbers, refund amounts and
dates are checked against the order record, never taken from the suggestion.
"""

TOGGLES = """▸ Why acceptance criteria break

Normal criteria check one output; a model gives a different one each time.

▸ The template

Write each criterion as a rate over a set of cases.

▸ Segment floors

Every language gets its own floor of 90%.
"""


def test_a_page_tree_is_navigation_and_toggles_are_content():
    kept = drop_page_trees(PAGE.split("\n"))
    assert not any("Playbooks" in line or "Ticket tagging" in line for line in kept)
    assert "Reply suggestions: how agents use them" in kept  # the page's own title line stays
    # A Notion page's toggles each hold a paragraph: they head the page's sections.
    assert drop_page_trees(TOGGLES.split("\n")) == TOGGLES.split("\n")


def test_a_panel_label_is_not_part_of_the_panel_text():
    text = clean_text(PAGE)
    assert "Info" not in text and "Playbooks" not in text
    assert "This page is the agreed policy for reply suggestions" in text


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, embedder):
    return answerer_of_pages(tmp_path_factory, embedder, "wiki-chrome", {"reply-suggestions.txt": PAGE})


def test_the_answer_quotes_the_policy_not_the_page_tree_or_the_panel(answerer):
    answer = answerer.ask("When should the help desk show an agent a reply suggestion?").answer
    assert "confidence is above 0.8" in answer
    assert "Playbooks" not in answer and "Ticket tagging" not in answer
    assert "Info" not in answer and "This page is" not in answer
