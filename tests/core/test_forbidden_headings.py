"""A question asking what must not happen meets the section saying so ("When the model must not flag" for "… in
which situations must it not flag anything at all?"; guides-unseen-39): the table of what the model does flag
repeated as many of the question's words and was quoted instead."""

from __future__ import annotations

from bot.core.action_headings import forbidden_actions
from bot.core.section_fit import FORBIDDEN_HEADING_BONUS, SectionAsk
from tests.conftest import answerer_of_pages

PAGE = """# Camera enforcement: when a parking charge may be issued

Our car parks read number plates at entry and exit, and the camera model flags overstays and misuse of bays.

## What the model flags

| Event | Model flags when | Reviewers needed |
|---|---|---|
| Overstay | More than 10 minutes past paid time | 1 |
| Outside a marked bay | Over half the car outside the bay lines for 15 minutes | 1 |
| Disabled bay | No badge visible for 20 minutes | 2 |

## When the model must not flag

- Inside the 5-minute consideration period after a car enters the site.
- At a site whose signage audit is more than 12 months old.
- When either plate read has a confidence below 0.95.

## Appeals

- Every appeal is read by a person who did not approve the charge.
"""


def test_the_forbidden_actions_of_a_question_and_a_heading():
    assert forbidden_actions("in which situations must it not flag anything at all?") == {"flag"}
    assert forbidden_actions("When the model must not flag") == {"flag"}
    assert forbidden_actions("What it never does") == {"do"}
    assert forbidden_actions("what can't the ai say?") == set()  # "the" is no action
    assert forbidden_actions("What the model flags") == set()


def test_only_the_heading_forbidding_the_asked_action_gains():
    ask = SectionAsk.of("Can the model issue a charge, and in which situations must it not flag anything?", "list")
    forbidding, _ = ask.fit("When the model must not flag", "item")
    doing, _ = ask.fit("What the model flags", "item")
    assert forbidding - doing >= FORBIDDEN_HEADING_BONUS


def test_the_section_saying_when_not_to_flag_answers(tmp_path_factory, embedder):
    answerer = answerer_of_pages(tmp_path_factory, embedder, "forbidden-heading", {"camera-enforcement.md": PAGE})
    answer = answerer.ask("We use cameras to spot overstays in our car parks. In which situations must the model "
                          "not flag anything at all?").answer
    assert "signage audit is more than 12 months old" in answer, answer
    assert "Over half the car outside the bay lines" not in answer, answer
