"""A PM often tells the situation first and asks last: "Engineers have started ignoring our review bot because
it leaves too many low-value remarks on pull requests. What rules should we put on what it posts?". The
situation's words match the page's introduction, which restates the problem, and the answer quoted the
problem back (guides-unseen-33). What the last sentence asks for ("rules") is what the answer must list."""

from __future__ import annotations

import re

import pytest

from bot.core.asked import asked_thing
from tests.conftest import answerer_of_pages

RULES = [
    "Reply in the thread, never in the channel, so a busy channel is not flooded.",
    "At most one message per conversation unless someone mentions the assistant again.",
    "Stay silent on messages under ten words; they rarely need a summary.",
    "Link the source of every claim, so a reader can check it in one click.",
    "Never post between 8pm and 8am in the reader's time zone.",
]

PAGE = (
    "# Digest: a quieter channel assistant\n\n"
    "## Why this project exists\n\n"
    "Digest, our channel assistant, has posted on every busy thread in 60 workspaces since March. "
    "Of 12,000 assistant posts in May, readers reacted to only 9%. "
    "Three teams muted the assistant in every channel because it posted too many low-value messages.\n\n"
    "## Rules we are shipping\n\n" + "\n".join(f"- {rule}" for rule in RULES) + "\n\n"
    "## Who owns it\n\n"
    "The collaboration team owns the assistant and reviews its numbers every Monday.\n"
)


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, embedder):
    return answerer_of_pages(tmp_path_factory, embedder, "situation-then-ask", {"digest-assistant.md": PAGE})


def test_the_thing_asked_for_is_read_from_the_sentence_that_asks():
    assert asked_thing("Engineers ignore our bot. What rules should we put on it?") == "rule"
    assert asked_thing("What targets should we set?") == "target"
    assert asked_thing("Our bot is noisy. What should we do?") is None
    assert asked_thing("The model, which rules are loaded, is slow.") is None


def test_the_list_the_ask_names_is_quoted_not_the_restated_problem(answerer):
    answer = answerer.ask("Our team has started ignoring the channel assistant because it posts too many low-value "
                          "messages in busy threads. What rules should we put on what it posts?").answer
    quoted = [re.sub(r"\s*\[\d+\]$", "", line[2:]) for line in answer.splitlines() if line.startswith("- ")]
    assert quoted == RULES, answer
    assert "Of 12,000 assistant posts" not in answer


ALLOWED = ["Fix spelling in the customer's name and address.", "Turn a date written in words into a date field.",
           "Merge two lines that belong to one street address."]
LIMITS = ["Amounts survive: a sum of money is never rounded, converted or dropped.",
          "Policy numbers are copied exactly, character for character, and never corrected.",
          "A claim the customer marked urgent keeps that mark, whatever the model thinks.",
          "The customer's own account of what happened is never shortened or reworded.",
          "Dates of loss stay as typed when they cannot be read with certainty; a guess is never written in."]
FORM_PAGE = (
    "# The form-cleaning assistant\n\n"
    "The assistant tidies what customers type into the claims form before an adjuster reads it.\n\n"
    "## What it is allowed to change\n\n" + "\n".join(f"- {item}" for item in ALLOWED) + "\n\n"
    "## Hard limits\n\n" + "\n".join(f"- {item}" for item in LIMITS) + "\n"
)


def test_a_question_asking_what_is_never_allowed_gets_the_limits_not_what_is_allowed(tmp_path_factory, embedder):
    """guides-unseen-33's "What should it never be allowed to change?" was answered with the list headed "What
    it is allowed to change", whose heading names more of the question's words than "Hard limits"."""
    answerer = answerer_of_pages(tmp_path_factory, embedder, "never-allowed", {"form-cleaning.md": FORM_PAGE})
    answer = answerer.ask("We're adding an assistant that cleans up claims forms. What should it never be allowed "
                          "to change?").answer
    quoted = [re.sub(r"\s*\[\d+\]$", "", line[2:]) for line in answer.splitlines() if line.startswith("- ")]
    assert quoted == LIMITS, answer


CARD = (
    "# Refund alerts\n\n"
    "The assistant flags refund requests that look like abuse before an agent approves them.\n\n"
    "## Which refunds are checked\n\n"
    "- Checked: refunds over 40 euros, and any refund on an order placed within the last 7 days.\n"
    "- Not checked: refunds to customers with 5 or more orders and no refund in a year.\n\n"
    "## What the agent sees\n\n"
    "- Each refund the assistant flags shows the agent the abuse pattern it resembles, never the signals.\n"
    "- A flagged refund comes with a suggested next step for the agent: ask for a photo, or approve.\n"
    "- The agent sees the customer's refund history and every earlier abuse flag on the refund desk.\n"
)


def test_a_heading_asking_the_questions_own_which_question_answers_it(tmp_path_factory, embedder):
    """guides-unseen-33's "Which payments should trigger a warning?" was answered with the card's copy rules: the
    two items under "WHICH PAYMENTS ARE SCORED" scored below a longer list that repeats more of its words."""
    answerer = answerer_of_pages(tmp_path_factory, embedder, "which-heading", {"refund-alerts.md": CARD})
    answer = answerer.ask("We're adding AI abuse alerts to our refund desk. Which refunds should the assistant "
                          "flag for the agent?").answer
    assert "Checked: refunds over 40 euros" in answer and "Not checked: refunds to customers" in answer, answer


ROUTES = (
    "# Route planner: delivery rules\n\n"
    "The route planner orders each driver's stops for the day.\n\n"
    "## When a customer reports a late delivery\n\n"
    "- The customer picks a reason on the tracking page and can add a comment for the depot.\n"
    "- The depot reviews each late delivery report within one working day, with the driver's log.\n"
    "- Three late delivery reports on one route in a week send the route back to a human planner.\n\n"
    "## What we watch\n\n"
    "| Metric | Today | Alarm |\n"
    "|---|---|---|\n"
    "| Stops delivered inside the promised hour | 91% | Alarm below 88% |\n"
    "| Routes a planner edits by hand | 7% | Alarm above 12% |\n"
    "| Driver overtime minutes per route | 14 | Alarm above 25 |\n"
)


def test_a_table_whose_first_column_names_the_asked_thing_answers_it(tmp_path_factory, embedder):
    """guides-unseen-34's "What metrics should we monitor …, given that buyer reports don't catch every misleading
    image?" was answered with the report steps, whose heading repeats the question's aside, not with the table
    whose first column is "Metric"."""
    answerer = answerer_of_pages(tmp_path_factory, embedder, "metric-table", {"route-planner.md": ROUTES})
    answer = answerer.ask("What metrics should we monitor for the AI route planner, given that customer reports "
                          "of a late delivery miss most problems?").answer
    assert "Routes a planner edits by hand | 7% | Alarm above 12%" in answer, answer
    assert "Driver overtime minutes per route" in answer, answer
    assert "The depot reviews each late delivery report" not in answer, answer


def test_bullets_after_a_table_are_not_its_rows():
    """A blank line does not end a list block, so a table and the bullets after it can share one: the
    table's "Metric" column then says nothing of the bullets."""
    from bot.core.answer_lists import column_asks
    from bot.core.composer import units_of
    from bot.core.retrieval import RetrievedChunk

    def block_of(text: str) -> tuple[list, int]:
        units, _ = units_of(RetrievedChunk("c1", text, {"source": "p.md", "section": "What we watch"}), 0, 0)
        return units, next(u.block for u in units if u.kind == "item")

    table = "| Metric | Now |\n|---|---|\n| Reports per 1,000 listings | 2.1 |\n| Rejections | 6% |\n"
    assert column_asks(*block_of(table), "metric")
    assert not column_asks(*block_of(table + "\n- Review the dashboard every Monday.\n"), "metric")


RETURNS = (
    "# DentCheck: AI damage checks at vehicle return\n\n"
    "DentCheck compares the photos taken when a car leaves the lot with the photos taken when it comes back.\n\n"
    "## 1. Photos\n\n"
    "Pickup and return each need the 8 guided angles from the Lot app, taken within 30 minutes of handover. "
    "If an angle is missing at pickup, no damage is claimed for that panel at return. "
    "Roofs, underbody and interior are out of scope.\n\n"
    "## 2. Nothing is charged without an assessor\n\n"
    "An assessor opens the pickup and return photos side by side and confirms every item AI damage detection "
    "marks before it goes on a bill. Staff never take a payment for damage at the desk. The damage notice "
    "shows the pickup and return photos and names the assessor.\n\n"
    "## 3. Disputes\n\n"
    "The customer has 14 days to dispute a charge; a different assessor reviews the photos.\n"
)


def test_a_section_headed_with_the_thing_asked_for_answers_it(tmp_path_factory, embedder):
    """guides-unseen-37: "What photos do staff need to take at pickup and return …?" had been answered from
    the sections that repeat "pickup and return photos", not from "1. Photos"."""
    answerer = answerer_of_pages(tmp_path_factory, embedder, "photos-section", {"dentcheck.md": RETURNS})
    answer = answerer.ask("What photos do staff need to take at pickup and return for AI damage detection, and which "
                          "parts of the car does the model not cover?").answer
    assert "8 guided angles" in answer and "Roofs, underbody and interior are out of scope" in answer, answer
