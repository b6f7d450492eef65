"""A launch level, a trial and the groups an equality duty names, said the way a form says them
(eval/specs-v2/unseen-76's direct award request and unseen-77's union response prompted them): "raises an alert when
its confidence that the stern of a boat is behind the painted marker, which sits 1 metre downstream of the sill, is
0.6 or higher", "Our volunteers staged 94 drifts … It alerted on 92 of them", and "members with disabilities or agreed
reasonable adjustments". Each had been read as missing."""

from __future__ import annotations

import pytest

from bot.core.review.reviewer import Reviewer

FORM = """Request to waive competition

Part 2. Description of the requirement

Two cameras on a post at each lock watch a boat while the lock empties and sound a horn if it drifts back too far.

Part 4. Technical evidence

{line}

Part 6. Value for money

The supplier's price is £4,200 a lock, which is within the approved budget.
"""


@pytest.fixture(scope="module")
def reviewer(knowledge_index) -> Reviewer:
    return Reviewer(knowledge_index.settings, knowledge_index)


@pytest.mark.parametrize("item, line, quoted", [
    ("thresholds", "The system raises an alert when its confidence that the stern of a boat is behind the painted "
     "marker, which sits 1 metre downstream of the sill, is 0.6 or higher.", "is 0.6 or higher"),
    ("evaluation", "In a trial our volunteers staged 40 drifts with a weighted pontoon. The system alerted on 38 of "
     "them within 5 seconds.", "alerted on 38 of them"),
])
def test_a_level_or_a_trial_in_a_forms_words_is_not_missing(reviewer, item, line, quoted):
    result = reviewer.review(FORM.format(line=line)).item(item)
    assert result.status != "missing", (item, result.reason)
    assert any(quoted in evidence for evidence in result.evidence)


def test_the_same_form_without_them_misses_both(reviewer):
    statuses = reviewer.review(FORM.format(line="The supplier has installed the system at other waterways.")).statuses
    assert statuses["thresholds"] == "missing" and statuses["evaluation"] == "missing"


def test_groups_named_in_an_equality_duty_s_words_are_fairness(reviewer):
    # unseen-77's trade union response: "members with disabilities or agreed reasonable adjustments" had been no
    # fairness at all.
    line = ("Lock keepers with disabilities or agreed reasonable adjustments are never sent to the two locks "
            "without a lift, and every adjustment is entered as a fixed limit the rota cannot break.")
    result = reviewer.review(FORM.format(line=line)).item("fairness_safety")
    assert result.status != "missing", result.reason
    assert any("reasonable adjustments" in evidence for evidence in result.evidence)
