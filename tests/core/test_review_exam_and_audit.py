"""Items said the way an examination paper, a clinical audit, a poster and a coroner's report say them
(eval/specs-v2/unseen-71, Round 70 of docs/spec-review.md). An exam task carrying its marks names what an answer
should hold, not what the case says: it is scaffolding, never content."""

from __future__ import annotations

import pytest

from bot.core.review.reviewer import Reviewer

EXAM_PAPER = """Sharing the exam paper for the AI module, the case is loosely based on our ticket router.

SCHOOL OF COMPUTING, MODULE CS6120, AI PRODUCT MANAGEMENT, MAY SITTING

Answer ALL questions in Section A. Time allowed: two hours.

Section A: Case study

Ferrow Telecom receives about 48,000 support tickets a month, and 31% of them are sent to the wrong team first.
Each misrouted ticket waits a median of 19 hours longer for an answer than one routed correctly.

(a) Identify three ways in which the router could fail, and propose a fallback for each. [9 marks]

(b) Describe what Ferrow should monitor once the router is live, and who should own each measure. [6 marks]

(c) Discuss whether agents should be told why a ticket was sent to them. [5 marks]
"""


@pytest.fixture(scope="module")
def reviewer(knowledge_index) -> Reviewer:
    return Reviewer(knowledge_index.settings, knowledge_index)


def test_an_exam_task_with_its_marks_is_not_what_the_case_says(reviewer):
    review = reviewer.review(EXAM_PAPER)
    by_id = {item.id: item for item in review.items}
    # Monitoring and explanations are only asked about; had the tasks counted, both would have been found.
    for item_id in ("monitoring", "explainability"):
        assert by_id[item_id].status == "missing", by_id[item_id]
    quoted = [quote for item in review.items for quote in item.evidence]
    assert not any("marks]" in quote or "Identify three ways" in quote or "Describe what" in quote
                   for quote in quoted), quoted
    # The case itself is still read.
    assert by_id["problem"].status != "missing", by_id["problem"]
