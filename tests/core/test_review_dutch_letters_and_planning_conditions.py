"""A Dutch council letter's "Wat wij al hebben geprobeerd" section and "pas aan als" gate, and a planning report's
numbered conditions that name their topic in brackets ("Condition 21 (Phasing). …"); eval/specs-v2/unseen-83's
raadsinformatiebrief and planning committee report prompted them. Each had been read as missing."""

from __future__ import annotations

import pytest

from bot.core.review.reviewer import Reviewer
from bot.core.review.run_in import run_in_head

LETTER = """Raadsinformatiebrief

### Aanleiding

In 2025 is het elf keer misgegaan bij het openen van een brug.

### {heading}

{body}

### Communicatie

De wijkkrant besteedt aandacht aan de proef.
"""

REPORT = """# Planning Committee report

The applicant proposes cameras that switch on a seal deterrent at each pen.

{condition} For the first six months after stocking, the system shall control the deterrents at pens 7 to 10
only. It may control pens 1 to 6 only after those six months show a seal detection rate of 90% or more.
"""


@pytest.fixture(scope="module")
def reviewer(knowledge_index) -> Reviewer:
    return Reviewer(knowledge_index.settings, knowledge_index)


def test_what_we_already_tried_in_dutch_is_why_ai(reviewer):
    tried = LETTER.format(
        heading="Wat wij al hebben geprobeerd",
        body="Infraroodsensoren bij de slagbomen gaven bij regen en mist veertien valse meldingen per dag. Een tweede "
             "brugwachter op elke dienst zou ongeveer 5,2 fte kosten en kijkt naar dezelfde schermen.")
    assert reviewer.review(tried).statuses["need_for_ai"] != "missing"
    plain = LETTER.format(heading="Planning", body="De brugwachters werken in drie diensten.")
    assert reviewer.review(plain).statuses["need_for_ai"] == "missing"


def test_a_dutch_gate_before_more_bridges_is_rollout(reviewer):
    gated = LETTER.format(
        heading="Vervolg",
        body="Vanaf januari houdt DekVrij alleen op twee bruggen de bediening tegen. De andere vijf bruggen schakelen "
             "wij pas aan als DekVrij in die weken niemand op het dek heeft gemist.")
    assert reviewer.review(gated).statuses["rollout"] != "missing"


@pytest.mark.parametrize("condition", ["**Condition 21 (Phasing).**", "Condition 21 (Phasing)."])
def test_a_condition_named_phasing_is_rollout(reviewer, condition):
    assert reviewer.review(REPORT.format(condition=condition)).statuses["rollout"] != "missing"


def test_a_numbered_head_names_its_topic_in_brackets():
    assert run_in_head("Condition 21 (Phasing). For the first six months …") == "Phasing"
    assert run_in_head("Clause 4 (Insurance). The Borrower shall insure the Work.") == "Insurance"
    assert run_in_head("Figure 3 (below). The chart shows …") == ""  # a lower-case aside names no topic
    assert run_in_head("Condition 18. No fish shall be stocked …") == ""
