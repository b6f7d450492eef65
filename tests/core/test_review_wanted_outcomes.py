"""An outcome the team wants, with no number on it ("We hope the assistant will give our nurses more time", "We'd
like the rotas to be fairer"), is the success item named without its measure: `partial`, never `missing`. Four
labelled specs (a school letter, an exam paper's case study, a Q&A thread, a regulator's letter) said their aim
only this way and were read as saying nothing of success."""

from __future__ import annotations

import pytest

from bot.core.review.reviewer import Reviewer

LETTER = """Dear parents and carers,

From next term, Year 4 reading logs will be checked with a new tool called PageMate. Children photograph the log
page and the tool reads the titles and minutes, so teachers no longer copy them into a spreadsheet each Friday.

{aim}

The tool runs on school tablets. Please return the slip below by Friday.

Yours sincerely,
Mrs A. Okafor, Headteacher
"""


@pytest.fixture(scope="module")
def reviewer(knowledge_index) -> Reviewer:
    return Reviewer(knowledge_index.settings, knowledge_index)


@pytest.mark.parametrize("aim", [
    "We hope PageMate will give our teachers more time for reading with the children.",
    "We'd like the logs to be more consistent from class to class.",
    "The school wants fewer logs to go missing, and hopes PageMate will make Fridays easier.",
    "Our stated aim for the trial is to cut the time teachers spend on logs.",
])
def test_an_outcome_wanted_without_a_number_is_success_named_not_missing(reviewer, aim):
    success = next(item for item in reviewer.review(LETTER.format(aim=aim)).items if item.id == "success_metrics")
    assert success.status == "partial", (success.status, success.reason)
    assert any(aim.split(",")[0][:40] in quote for quote in success.evidence), success.evidence


def test_a_letter_that_wants_nothing_says_nothing_of_success(reviewer):
    plain = LETTER.format(aim="The tablets stay in the classroom.")
    assert reviewer.review(plain).statuses["success_metrics"] == "missing"
