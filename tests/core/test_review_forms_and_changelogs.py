"""Specs pasted as a purchase requisition, as draft release notes and as a wiki discussion
(eval/specs-v2/unseen-52 prompted each): a form's "Business justification" and "Expected benefits" name the
problem and the success measures, a changelog's "Known issues" names failure modes, a "Why we're doing it"
section is the problem, and a narrow first slice with a condition for widening is a rollout plan."""

from __future__ import annotations

import pytest

from bot.core.review.reviewer import Reviewer

REQUISITION = """Purchase Requisition REQ-2231

Requester: Ana Silva, Head of Visitor Services
Supplier: Queuewise Ltd

Line items
1  Queue camera    Qty 6    £900.00 each    £5,400.00
Total (ex VAT), year 1: £5,400.00

Business justification:
Visitors need a better experience at the entrance on busy days.

Expected benefits:
- Happier visitors
- Smoother entry

Performance criteria:
N/A
"""

RELEASE_NOTES = """# Pace 3.2 – draft release notes

## Added

**Sleep tips.** Our AI sleep model reads your bedtime and wake-up times and suggests a wind-down reminder.

## Known issues

- Sleep tips may not see nights logged on a second phone, so a tip can arrive on a night you slept well.

## Why we're doing it

We hope sleep tips help more of you feel rested.
"""

TALK_PAGE = """Proposal for how we start: the Harbour branch only, weekdays 9–12, for six weeks from the May rota. We add
the Market and Station branches only if, over those six weeks, the wait at the counter has come down by at least
2 minutes and the clerks have accepted at least half of the suggestions. — [[User:Jo.Park|Jo Park]] 10:02, 3 March 2026 (UTC)
"""


@pytest.fixture(scope="module")
def reviewer(knowledge_index) -> Reviewer:
    return Reviewer(knowledge_index.settings, knowledge_index)


def test_a_requisitions_justification_and_benefits_are_partial_not_missing(reviewer):
    review = reviewer.review(REQUISITION)
    for item in ("problem", "success_metrics"):
        assert review.item(item).status == "partial", (item, review.item(item).reason)


def test_release_notes_name_the_problem_and_failure_modes(reviewer):
    review = reviewer.review(RELEASE_NOTES)
    for item in ("problem", "failure_modes"):
        assert review.item(item).status != "missing", (item, review.item(item).reason)


def test_a_narrow_start_with_a_condition_for_widening_is_a_rollout(reviewer):
    rollout = reviewer.review(TALK_PAGE).item("rollout")
    assert rollout.status != "missing", rollout.reason
