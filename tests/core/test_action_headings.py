"""A heading naming the question's own doer and action answers it ("What the teacher does" for "what is the
teacher actually supposed to do with a flag?"; guides-unseen-37 and -38): the page's other sections repeated
more of the question's words (the flag, the essay, the detector)."""

from __future__ import annotations

import pytest

from bot.core.action_headings import asked_action, heading_names_action
from bot.core.section_fit import ACTION_HEADING_BONUS, SectionAsk
from tests.conftest import answerer_of_pages

PAGE = """# Fraud Signals for the claims team

Fraud Signals scores every new insurance claim for signs of fraud and shows the handler a flag, never a verdict.
A flag on a claim is never evidence of fraud on its own, and the flag never appears on the customer's letter.

## What the handler does

- Open the claim's history and the photos side by side.
- Phone the customer within 3 working days and ask them to walk through what happened.
- Record one outcome: No concern, Resolved with the customer, or Referred to the special investigations unit.

## Escalation

A complaint that a claim was refused because of a flag goes to the claims director within 1 working day.
"""


def test_the_section_naming_the_asked_doer_and_action_answers(tmp_path_factory, embedder):
    answerer = answerer_of_pages(tmp_path_factory, embedder, "action-heading", {"fraud-signals.md": PAGE})
    answer = answerer.ask("ugh a handler refused a claim just bc our fraud model flagged it lol. what is the handler "
                          "actually supposed to do with a flag??").answer
    assert "Phone the customer within 3 working days" in answer, answer
    assert "Referred to the special investigations unit" in answer, answer


def test_an_action_question_meets_its_heading_through_a_pronoun_or_the_same_doer():
    teacher = asked_action("what is the teacher actually supposed to do with a flag?")
    assert ("teacher", "do") in teacher
    assert heading_names_action("What the teacher does", teacher)
    assert not heading_names_action("What the teacher sees", teacher)
    tool = asked_action("What exactly should the tool suggest?")
    assert heading_names_action("What it suggests", tool)  # the page's own product
    assert not heading_names_action("What gets scored", tool)
    assert heading_names_action("3. What agents say", asked_action("What does the agent say to a customer?"))
    team = asked_action("What should an AI team stop doing when it writes OKRs?")  # a two-word doer
    assert heading_names_action("What we stopped doing", team)
    assert asked_action("What gets scored?") == []
    # guides-unseen-21: "When to ask", not "When to answer instead", for "… ask … instead of just answering?".
    when = asked_action("When should an AI assistant ask a clarifying question instead of just answering?")
    assert heading_names_action("When to ask", when)
    assert not heading_names_action("When to answer instead", when)
    assert not heading_names_action("How to ask", when)
    # guides-unseen-40: "When the score is ignored" for "when shud our forecaster just ignore the model score??".
    ignore = asked_action("when should our forecaster just ignore the model score completely??")
    assert heading_names_action("When the score is ignored", ignore)
    assert not heading_names_action("When the score is shown", ignore)
    assert not heading_names_action("When the score is ignored", asked_action("When should we show the score?"))


def test_a_prose_section_naming_the_asked_action_gains_over_its_neighbours():
    """guides-unseen-20: "What should an AI team stop doing when it writes OKRs?" was answered from the sections
    that repeat "team", "write" and "OKR", not from "What we stopped doing", which is prose, not a list."""
    ask = SectionAsk.of("What should an AI team stop doing when it writes OKRs?", "how")
    stopped, _ = ask.fit("What we stopped doing", "prose")
    other, _ = ask.fit("Checking in every week", "prose")
    assert stopped - other == pytest.approx(ACTION_HEADING_BONUS)
