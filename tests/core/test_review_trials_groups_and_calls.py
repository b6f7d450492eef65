"""Round 82 of docs/spec-review.md (eval/specs-v2/unseen-85 and -86 prompted it): an Italian service charter and a
formal Indonesian guideline say what was tried, what the trial found and how each group fared in their own words;
English documents count a trial's results ("found 462 of them (92%)", "checked 600 disposals against their photos"),
name a level with no word such as "threshold" ("is called when … reaches 1.0 or more"), compare groups by figures
("92% … but only 71% for …") and leave the decision to a person ("A call does not decide anything.")."""

from __future__ import annotations

import pytest

from bot.core.review.patterns.thresholds import PATTERNS as THRESHOLDS
from bot.core.review.reviewer import Reviewer

DEVICE = """# FallWatch at Larkspur Homes

## The device

FallWatch is a radar sensor on the bedroom ceiling. Its model recognises a fall from the radar signal.

## {heading}

{body}
"""


@pytest.fixture(scope="module")
def reviewer(knowledge_index) -> Reviewer:
    return Reviewer(knowledge_index.settings, knowledge_index)


def statuses(reviewer: Reviewer, heading: str, body: str) -> dict[str, str]:
    return reviewer.review(DEVICE.format(heading=heading, body=body)).statuses


def test_an_italian_charter_says_what_was_tried(reviewer):
    tried = statuses(reviewer, "Perché introduciamo FallWatch",
                     "Abbiamo provato altre strade. Nel 2024 abbiamo dato a 50 utenti un braccialetto: ha dato 9 falsi "
                     "allarmi al mese per utente. Telefonare ogni giorno richiederebbe quattro operatori in più.")
    assert tried["need_for_ai"] == "present"
    plain = statuses(reviewer, "Orari", "La centrale è aperta tutti i giorni dalle 8 alle 20.")
    assert plain["need_for_ai"] == "missing"


def test_a_trial_counted_in_its_own_words_is_an_evaluation(reviewer):
    italian = statuses(reviewer, "La sperimentazione",
                       "Le cadute avvenute nelle stanze con il sensore sono state 23. FallWatch ne ha segnalate 21 (91%).")
    assert italian["evaluation"] != "missing"
    english = statuses(reviewer, "Notes", "Over ten days we fed 500 tagged dummies through. FallWatch found 462 of "
                                          "them (92%).")
    assert english["evaluation"] != "missing"
    checked = statuses(reviewer, "Notes", "The team checked 600 alerts against the video: FallWatch had named the "
                                          "fall correctly in 521 (87%).")
    assert checked["evaluation"] != "missing"


def test_a_level_said_as_when_a_score_reaches_it_is_a_threshold():
    def cued(sentence: str) -> bool:
        return any(p.compiled.search(sentence) for p in THRESHOLDS.cue_patterns)

    assert cued("The night nurse's phone is called when a resident's grimace score, averaged over an hour, reaches 1.0 "
                "or more (on a scale of 0 to 2).")
    assert not cued("When demand reaches its winter peak, the centre adds a second operator.")


def test_groups_compared_by_figures_and_results_read_per_group_are_fairness(reviewer):
    english = statuses(reviewer, "Notes", "It recognised 92% of falls in bedrooms with carpets but only 71% for "
                                            "rooms with hard floors.")
    assert english["fairness_safety"] != "missing"
    indonesian = statuses(reviewer, "Catatan", "Hasil uji coba juga dilihat per zona. Peringatan tidak boleh "
                                                      "dijadikan satu-satunya dasar untuk menuduh warga.")
    assert indonesian["fairness_safety"] != "missing"


def test_a_call_that_decides_nothing_leaves_the_decision_to_a_person(reviewer):
    found = statuses(reviewer, "Notes", "A call does not decide anything. The nurse visits the resident "
                                                    "and decides whether to call an ambulance.")
    assert found["user_trust"] != "missing"
    indonesian = statuses(reviewer, "Catatan", "Petugas piket dapat menutup peringatan itu dan wajib "
                                                         "mencatat alasannya dalam buku piket.")
    assert indonesian["user_trust"] != "missing"


def test_the_people_it_would_take_without_the_ai_is_why_ai(reviewer):
    # An explanatory memorandum (specs-v2/unseen-87) works out the staff that checking by hand would need.
    worked = statuses(reviewer, "Notes", "A member of staff could examine about 350 images an hour, so checking every "
                                         "image from one camera would have needed four people working all day.")
    assert worked["need_for_ai"] != "missing"
    plain = statuses(reviewer, "Notes", "The cameras run from 7am to 7pm and the images are kept for 28 days.")
    assert plain["need_for_ai"] == "missing"


def test_a_turkish_cutoff_told_as_what_counts_as_equal_is_a_threshold(reviewer):
    found = statuses(reviewer, "Notlar", "Puanları arasındaki fark 0,5'ten az olan kayıtlar eşit kabul edilir; bu "
                                         "durumda karar uzmana aittir.")
    assert found["thresholds"] != "missing"
