"""A spec pasted as the module it lives in (one code fence around a docstring), and a reporter's prose that states
items only in passing (eval/specs-v2/unseen-64 has a Python module, a newspaper feature and an AI Act file)."""

from __future__ import annotations

import pytest

from bot.core.review.reviewer import Reviewer
from bot.core.review.spec import parse_spec

MODULE = '''Here's ripeness.py from the repo; Noor says the spec is the docstring.

```python
"""
orchard/ripeness.py -- daily pick-readiness score per apple row
================================================================

Owner (data and model): Noor Haddad

WHY THIS EXISTS
---------------
Every morning the pick supervisors walk 140 rows to decide which are ready, which
takes two people until 10 a.m. In 2025 we picked 23 rows too early and lost about
GBP 41k in downgraded fruit, and left 11 rows too late for the premium contract.

DATA
----
- row_photos: drone photos of every row, twice a week since 2022, 96,000 images.
- pick_log: the date and grade of every bin picked per row since 2019.
Photos are labelled ready / not ready by the two senior supervisors.
"""

READY_THRESHOLD = 0.8


def score_row(row_id: str) -> float:
    return 0.0
```
'''

FEATURE = """Search teams get a new pair of eyes

Gillian Marsh's goal for it is simple. Today the team spends about three hours on the photos from a search; she wants
every photo from a flight checked within 20 minutes of the drone landing.

On the screen, the software draws a box around anything it thinks is a person, so a spotter can zoom in and judge for
themselves. Nobody will be sent anywhere on the computer's word alone, and it is the search manager, not the
software, who decides where the ground parties go.
"""


@pytest.fixture(scope="module")
def reviewer(knowledge_index) -> Reviewer:
    return Reviewer(knowledge_index.settings, knowledge_index)


def test_a_spec_pasted_in_one_code_fence_is_read_as_text():
    """Its docstring's underlined headings are sections and its hard-wrapped lines are joined, as they would be
    outside the fence; a short code sample inside a longer spec stays code."""
    spec = parse_spec(MODULE)
    headings = [s.heading for s in spec.sections if s.heading]
    assert "WHY THIS EXISTS" in headings and "DATA" in headings, headings
    assert any("to decide which are ready, which\ntakes two people" in u.text for u in spec.units)
    sample = "Intro paragraph about the feature.\n\n```python\nTHRESHOLD = 0.8\n# Data\n```\n\nMore prose about it.\n"
    assert not [s for s in parse_spec(sample).sections if s.heading == "Data"]


def test_a_module_docstring_spec_is_reviewed_by_its_sections(reviewer):
    statuses = reviewer.review(MODULE).statuses
    assert statuses["problem"] == "present"  # "WHY THIS EXISTS", with the rows picked too early and the cost
    assert statuses["data"] == "present"


def test_a_reporters_prose_states_the_goal_and_who_decides(reviewer):
    statuses = reviewer.review(FEATURE).statuses
    assert statuses["success_metrics"] != "missing"  # "she wants every photo … checked within 20 minutes"
    assert statuses["user_trust"] == "present"  # "the search manager, not the software, who decides"
