"""Specs laid out as forms and agreements (eval/specs-v2/unseen-56 prompted each): a research form's
numbered fields ("A12. Scientific justification."), a works agreement's clauses ("§ 4 Verarbeitete Daten")
read in German, and items said in plain words: a parallel run, a person who keeps the decision, a target
set against today's figure in brackets."""

from __future__ import annotations

import pytest

from bot.core.review.reviewer import Reviewer
from bot.core.review.spec import parse_spec
from bot.core.review.wording import reads_as_english

FORM = """Ethics application, Part A

A6. Summary of the study in lay language.

Hospital porters will be sent to jobs by software that predicts which ward needs a porter next, instead of by the radio desk.

A10. Principal research question.

Can predicted dispatch let us reach at least 90% of urgent porter requests within 10 minutes (against 64% now)?

A15. How will the accuracy of the software be assessed?

For the first six weeks the radio desk will still dispatch every job by hand and record whether the software would have sent the same porter.
"""

AGREEMENT = """Betriebsvereinbarung über das Dienstplan-Vorschlagssystem

§ 1 Gegenstand

Diese Vereinbarung gilt für alle Pflegekräfte der Stationen 3 und 4.

§ 4 Verarbeitete Daten

Das System verwendet die Dienstpläne der Jahre 2024 bis 2026 und die Abwesenheiten aus dem Personalsystem, rund 41.000 Schichten.

§ 6 Letztentscheidung durch Beschäftigte

Das System macht nur Vorschläge. Über jeden Dienstplan entscheidet ausschließlich die Stationsleitung, und kein Plan wird automatisch veröffentlicht.
"""


@pytest.fixture(scope="module")
def reviewer(knowledge_index) -> Reviewer:
    return Reviewer(knowledge_index.settings, knowledge_index)


def test_a_forms_numbered_fields_head_their_answers():
    """"A12. Scientific justification." ends in a full stop and "A15. How will … assessed?" in a question mark,
    so neither was a heading: the whole form was one section."""
    headings = [s.heading for s in parse_spec(FORM).sections if s.heading]
    assert headings[-3:] == ["Summary of the study in lay language", "Principal research question",
                             "How will the accuracy of the software be assessed?"]


def test_a_form_says_its_target_and_its_parallel_run_in_plain_words(reviewer):
    found = reviewer.review(FORM).statuses
    assert found["success_metrics"] != "missing"  # "at least 90% … (against 64% now)"
    assert found["evaluation"] != "missing"  # "will still dispatch every job by hand and record whether …"


def test_an_agreements_clauses_are_its_sections_and_are_read_in_german(reviewer):
    """"§ 4 Verarbeitete Daten" was no heading, and a heading in German was never backed by its body: the
    embedder reads English only, so German lines never resembled an item."""
    headings = [s.heading for s in parse_spec(AGREEMENT).sections if s.heading]
    assert "Verarbeitete Daten" in headings and "Letztentscheidung durch Beschäftigte" in headings
    found = reviewer.review(AGREEMENT).statuses
    assert found["data"] != "missing"
    assert found["user_trust"] != "missing"


@pytest.mark.parametrize("sentence, english", [
    ("Das System verwendet die Dienstpläne der Jahre 2024 bis 2026 und die Abwesenheiten.", False),
    ("Il sistema segnala le pratiche con documenti incompleti agli operatori.", False),
    ("Agents spend four minutes per ticket finding the right help article today.", True),
    ("We will hold the launch until reviewers agree with it 9 times out of 10.", True),
    ("Too short to tell", True),
])
def test_a_sentence_reads_as_english_by_its_function_words(sentence, english):
    assert reads_as_english(sentence) is english


@pytest.mark.parametrize("text", [
    "Each ring is photographed and its hallmark read against the reference marks. The valuer always makes the loan decision.",
    "Members upload a photo each quarter. The Committee would still decide whether a notice is sent.",
])
def test_a_person_who_keeps_the_decision_is_user_trust(reviewer, text):
    assert reviewer.review(text).statuses["user_trust"] != "missing"
