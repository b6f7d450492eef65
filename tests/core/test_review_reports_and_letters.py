"""Items a report, a letter or a tender log names in passing, with no substance (eval/specs-v2/unseen-74 prompted
each): a model "trained it on" some data, a supplier "lowered its sensitivity", a test promised "on historical
data", detection that "may be lower at night than in daylight"; on a product's box, "Tested by real families" and "tells you
where you missed and why". Each is the item named (`partial`), not absent."""

from __future__ import annotations

import pytest

from bot.core.review.reviewer import Reviewer

REPORT = """Survey of sorting staff, March 2027

1. Method

We asked the 41 staff on the two parcel sorting lines about the dent camera installed in January. 33 replied.

2. What staff told us

Most staff said the camera catches dented boxes they used to miss. Several said it stops the belt too often.

{line}

3. Recommendations

Keep the camera on both lines and ask the supplier for a monthly report.
"""


@pytest.fixture(scope="module")
def reviewer(knowledge_index) -> Reviewer:
    return Reviewer(knowledge_index.settings, knowledge_index)


@pytest.mark.parametrize("item, line, quoted", [
    ("data", "The supplier trained it on photographs of parcels from depots in Spain.", "trained it on photographs"),
    ("thresholds", "The supplier lowered the camera's sensitivity in February after staff complained.",
     "lowered the camera's sensitivity"),
    ("evaluation", "Next quarter we will test the model on historical scans and report what it finds.",
     "test the model on historical scans"),
    ("fairness_safety", "Detection on wet or dark boxes may be lower than on clean ones, the supplier says.",
     "may be lower than on clean ones"),
])
def test_an_item_named_in_passing_is_partial_not_missing(reviewer, item, line, quoted):
    verdict = next(v for v in reviewer.review(REPORT.format(line=line)).items if v.id == item)
    assert verdict.status == "partial", (verdict.status, verdict.reason)
    assert any(quoted in quote for quote in verdict.evidence), verdict.evidence


def test_the_report_without_those_lines_leaves_the_items_missing(reviewer):
    statuses = reviewer.review(REPORT.format(line="Staff would like more training.")).statuses
    assert [statuses[item] for item in ("data", "thresholds", "evaluation", "fairness_safety")] == ["missing"] * 4


PACKAGING = """Lumi toothbrush: inside the box

Meet Lumi, the brush that coaches you. Two minutes, every quadrant, every time.

{line}

Charge for 4 hours before first use. Replace the head every 3 months.
"""


@pytest.mark.parametrize("item, line, quoted", [
    ("evaluation", "Tested by real families across the country.", "Tested by real families"),
    ("explainability", "The app tells you which teeth you skipped and why.", "tells you which teeth you skipped and why"),
])
def test_a_claim_on_a_box_names_its_item_without_substance(reviewer, item, line, quoted):
    verdict = next(v for v in reviewer.review(PACKAGING.format(line=line)).items if v.id == item)
    assert verdict.status == "partial", (verdict.status, verdict.reason)
    assert any(quoted in quote for quote in verdict.evidence), verdict.evidence
    plain = reviewer.review(PACKAGING.format(line="Available in three colours.")).statuses
    assert plain[item] == "missing"
