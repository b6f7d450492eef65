"""Sections inside sections, and items said in a writer's own words (eval/specs-v2/unseen-48 prompted each):
a Notion toggle inside a Markdown section, a callout line heading the list under "When it goes wrong",
an email's data paragraph, an FAQ's "who decides", a one-paragraph spec's "some sort of model"."""

from __future__ import annotations

import pytest

from bot.core.review.reviewer import Reviewer
from bot.core.review.spec import parse_spec

NOTION = """# Ferment Watch: early warning for stuck fermentations

Owner: Sam Whitlock

## Why we're doing this

In 2025 we brewed 1,150 batches across 22 fermenters, and 14 of them stuck; each cost us about 3,800 pounds.

▸ Details
    The current alarm goes off on these batches, just too late to save them.

## When it goes wrong

⚠️ Known ways this breaks, and what we do:
- A probe fouls or drifts and the gravity flatlines → it sends "check probe", and the brewer takes a reading.
- A dry-hop addition makes the gravity jump → alerts on that tank are paused for 12 hours.
- A stuck batch it misses → the twice-daily hydrometer round stays exactly as it is.

## The brewer decides

Alerts go to #cellar with buttons "Checked", "Roused" and "Re-pitched". It never changes a tank's temperature or does anything to the tank itself; what to do is the duty brewer's call.
"""


@pytest.fixture(scope="module")
def reviewer(knowledge_index) -> Reviewer:
    return Reviewer(knowledge_index.settings, knowledge_index)


def status(reviewer: Reviewer, text: str) -> dict[str, str]:
    return reviewer.review(text).statuses


def test_a_notion_toggle_stays_inside_the_section_it_is_written_in():
    """The toggle "▸ Details" had been read as a top-level heading, so every "##" section after it sat
    under "Details"."""
    spec = parse_spec(NOTION)
    paths = {s.heading: s.path for s in spec.sections if s.heading}
    assert paths["▸ Details"] == ("Why we're doing this",)
    assert paths["When it goes wrong"] == () and paths["The brewer decides"] == ()


def test_a_sub_heading_naming_nothing_belongs_to_its_parents_item(reviewer):
    """The callout "⚠️ Known ways this breaks, and what we do:" under "When it goes wrong" had been read
    by its words' cues ("drifts", "alerts") as monitoring, and failure modes as never stated."""
    found = status(reviewer, NOTION)
    assert found["failure_modes"] == "present"
    assert found["user_trust"] != "missing"  # "what to do is the duty brewer's call"


@pytest.mark.parametrize(("text", "item"), [
    ("Priya: on the photos, we hold about 6,400 wound photos in SystmOne from the last two years, and the TV "
     "team traced the wound outline by hand on 1,100 of them for the 2024 audit.", "data"),
    ("Q: Who decides the cleaning order?\nA: The head housekeeper. The order appears as a suggestion next to "
     "today's floor order; she can accept it or ignore it.", "user_trust"),
    ("The idea is some sort of sound-recognition model, though nobody on the committee knows yet which kind "
     "would suit a beehive.", "approach"),
    ("We would try it in a handful of members' apiaries this spring and then offer it to everyone in the "
     "association.", "rollout"),
    ("One worry: every demo I've seen was on pale skin. Does it find the edge as well on darker skin?",
     "fairness_safety"),
    # unseen-49's meeting transcript: a launch bar said in passing.
    ("[00:02:20] Fiona: And we'd only let it fill the field in on its own, without an officer checking, once "
     "it's getting, say, 49 out of every 50 right against what we actually decided.", "thresholds"),
])
def test_an_item_said_in_everyday_words_is_not_missing(reviewer, text, item):
    spec = ("Wound photos: a note for the team\n\nOur district nurses measure about 2,300 wounds a month with a "
            f"paper ruler, and two nurses differ by more than 20% on one wound in three.\n\n{text}\n")
    assert status(reviewer, spec)[item] != "missing"


RECORD = """Transparency record: Pothole report triage

2. Description and rationale

2.1 Detailed description: The tool reads each pothole report and its photo and suggests a repair priority.

2.3 Alternatives considered:
- A fixed priority by road class. Rejected: crews said it sent them to shallow holes on main roads first.
- Keyword rules on the report text, tried for two months in 2025. They matched 40% of the urgent reports.

4. Risks

4.2 Risks and mitigations:
- The tool ranks a deep hole low when the photo is dark. Mitigation: every report without a usable photo goes to an inspector.
- The service is down overnight. Mitigation: reports queue in date order, as before.
"""


def test_a_numbered_field_standing_alone_over_its_list_heads_that_list(reviewer):
    """A transparency record's "2.3 Alternatives considered:" over its bullets (eval/specs-v2/unseen-55)
    had been read as a line of text, so the alternatives were no "why AI" and the risks no failure modes."""
    spec = parse_spec(RECORD)
    headed = {s.heading: s.path for s in spec.sections if s.heading}
    assert headed["Alternatives considered"] == ("Description and rationale",)
    assert headed["Risks and mitigations"] == ("Risks",)
    # A field with its value on the line stays a labelled line, not a heading.
    assert "Detailed description" not in headed
    found = status(reviewer, RECORD)
    assert found["need_for_ai"] != "missing" and found["failure_modes"] != "missing"


CARD = """WARD ROUND NOTES: QUICK GUIDE

WHAT'S CHANGED
Handover notes are now drafted from the nurses' bedside entries before the 7am round.

DID IT WORK ON WARD 6?
For three weeks in March the charge nurse read every bedside entry as well as using the drafts: 418 handovers.
The drafts carried all 31 medication changes, and left out 2 allergy notes that the nurse added by hand.
"""


def test_a_capitalised_question_heads_its_answer_and_a_parallel_run_is_an_evaluation(reviewer):
    """A quick-reference card's "DID IT WORK IN THE TRIAL?" had been read as a line of text (a capitalised
    line ending in "?" was never a heading), "WHAT'S NEXT" came out as "What'S Next", and a trial in which
    staff did the whole job the old way next to the tool was no evaluation (eval/specs-v2/unseen-55)."""
    headings = [s.heading for s in parse_spec(CARD).sections if s.heading]
    assert headings[-2:] == ["What's Changed", "Did It Work On Ward 6?"]
    assert status(reviewer, CARD)["evaluation"] != "missing"
