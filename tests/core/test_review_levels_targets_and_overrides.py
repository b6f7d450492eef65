"""A level on a forecast or a score out of ten, a target someone has set, and the user's reading that stands, said
the way heads of terms, a phone-in and a course handbook say them (eval/specs-v2/unseen-78 and unseen-77 prompted
them): "A bed is closed to harvest for the day when its forecast is 0.3 or higher. The parties chose 0.3 because
…", "On any day FireSense scores at 7 or above, we'll close the car parks", "has set a target that by April 2028 no
more than 5% of doors … will fail", "If you think DoorCheck is wrong … press "I disagree"". Each had been read as
missing or in passing."""

from __future__ import annotations

import pytest

from bot.core.review.reviewer import Reviewer

HANDBOOK = """Course handbook: checking loading bays with BayCheck

Why this course exists

Last year 22% of the loading bays our supervisors passed failed the next safety audit.

Session notes

BayCheck reads a photograph of each loading bay and marks worn edge paint, missing bollards and blocked exits.

{line}

After the course

Your course lead will meet you within four weeks.
"""


@pytest.fixture(scope="module")
def reviewer(knowledge_index) -> Reviewer:
    return Reviewer(knowledge_index.settings, knowledge_index)


@pytest.mark.parametrize("item, line, quoted", [
    ("thresholds", "A bay is closed for the shift when its forecast is 0.4 or higher. We chose 0.4 because a missed "
     "hazard costs far more than a closed bay.", "0.4 or higher"),
    ("thresholds", "On any shift BayCheck scores at 7 or above, the supervisor closes the bay. We picked 7 because "
     "closing a bay costs a shift's loading, so we only want to do it on the worst days.", "scores at 7 or above"),
    ("thresholds", "BayCheck shows amber when it is less than 85% sure of its reading, and the supervisor then "
     "checks the bay by eye. Readings it was less than 85% sure of were wrong one time in four, while readings "
     "above 85% were wrong one time in thirty.", "less than 85% sure"),
    ("success_metrics", "The Safety Team has set a target that by March 2028 no more than 4% of bays passed at a "
     "weekly check will fail the next audit.", "set a target that by March 2028"),
    ("user_trust", "You are the checker, not the app. If you think BayCheck is wrong, press \"I disagree\" and enter "
     "what you see; what you enter is what goes on the bay's record.", "I disagree"),
])
def test_a_level_a_target_or_an_override_in_a_handbooks_words_is_present(reviewer, item, line, quoted):
    result = reviewer.review(HANDBOOK.format(line=line)).item(item)
    assert result.status == "present", (item, result.status, result.reason)
    assert any(quoted in evidence for evidence in result.evidence)


def test_the_same_handbook_without_them_misses_each(reviewer):
    statuses = reviewer.review(HANDBOOK.format(line="Take four photographs of each bay.")).statuses
    assert statuses["thresholds"] == "missing" and statuses["user_trust"] == "missing"
    assert statuses["success_metrics"] != "present"


def test_a_count_of_incidents_is_no_level(reviewer):
    """"3 or more" followed by what is counted is a count, not a level on the model's score."""
    text = HANDBOOK.format(line="Bays with a risk of 3 or more incidents a year were audited first.")
    assert reviewer.review(text).item("thresholds").status == "missing"
