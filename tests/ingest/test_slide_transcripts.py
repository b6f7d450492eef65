"""A slide deck's transcript numbers its slides ("3. Step 1: map every flow"); each numbered title heads its
slide's lines (eval/guides-unseen-25 prompted it: read as list items, the whole deck was one list)."""

from __future__ import annotations

from ingest.splitting import sections_of, slide_titles

DECK = """Transcript

1. Rolling out an AI meeting summariser
What we learned in three pilots

2. Why pilots stall
• Nobody owns the summary quality
• The pilot group is too small to learn from

3. Step 1: pick a team that meets daily
Daily stand-ups give 20 meetings a month to judge
• Start with one team of 8 to 12 people

4. Step 2: set the bar before the pilot
• At least 4 of 5 summaries rated usable by the meeting owner
• Any summary that invents a decision counts as a failure

5. Thank you
"""

NUMBERED_LIST = """How to run the review

1. Collect the 20 lowest-rated answers
2. Label each one with its failure pattern
3. Fix the most common pattern first
4. Rerun the eval set
"""

STEPS_WITH_BLANKS = """Checklist

1. Write the metric down

2. Agree the threshold

3. Name the owner
"""


def test_each_slide_title_heads_its_slide():
    sections = sections_of(DECK, "Rolling out an AI meeting summariser", markdown=False)
    by_heading = {s.path[-1]: s.body for s in sections if s.path}
    assert "Step 2: set the bar before the pilot" in by_heading
    assert "At least 4 of 5 summaries rated usable" in by_heading["Step 2: set the bar before the pilot"]
    assert "Start with one team" not in by_heading["Step 2: set the bar before the pilot"]
    assert "Daily stand-ups" in by_heading["Step 1: pick a team that meets daily"]


def test_a_numbered_list_is_not_a_deck():
    assert slide_titles(NUMBERED_LIST.split("\n")) == {}
    # Numbered lines standing alone with nothing of their own below are steps, not slides.
    assert slide_titles(STEPS_WITH_BLANKS.split("\n")) == {}
