"""Specs in Croatian, read in their own words (eval/specs-v2/unseen-72's reply to an information request): section
names, body wording, function words, figures and hand-waving, with or without diacritics. The specs here are written
for the tests."""

from __future__ import annotations

import pytest

from bot.core.review.meaning import QUANTITY_RE
from bot.core.review.reviewer import Reviewer
from bot.core.review.rubric import default_rubric
from bot.core.review.wording import matching_form, reads_as_english
from tests.conftest import REPO

CROATIAN_SPEC = (
    "TRENUTNO STANJE\n\n"
    "Osiguravajuće društvo mjesečno zaprimi oko 4.500 prijava šteta na vozilima. Procjenitelji ih danas razvrstavaju "
    "ručno, a na prvu odluku stranka u prosjeku čeka 9 dana, pa je sve više pritužbi.\n\n"
    "ZAŠTO AI\n\n"
    "Pokušali smo s jednostavnim pravilima prema iznosu i vrsti štete, ali to nije dovoljno: pravilo ne može "
    "razlikovati manju štetu od teške na temelju fotografija i opisa nezgode.\n\n"
    "CILJEVI\n\n"
    "Cilj nam je do kraja 2027. skratiti vrijeme do prve odluke s 9 dana na 3 dana.\n\n"
    "PODACI\n\n"
    "Model je treniran na 60.000 zatvorenih predmeta iz razdoblja 2021. do 2025., koje su označili iskusni "
    "procjenitelji.\n\n"
    "LJUDSKI NADZOR\n\n"
    "Model samo slaže prijave po redu; o isplati uvijek odlučuje procjenitelj, koji prijedlog može odbiti jednim "
    "klikom.\n\n"
    "TROŠKOVI\n\n"
    "Licenca košta 12.000 eura godišnje, a rad u oblaku oko 900 eura mjesečno.\n\n"
    "PRAĆENJE\n\n"
    "Svaki tjedan provjeravamo točnost prijedloga, a ako dva tjedna zaredom padne ispod 85%, šaljemo upozorenje "
    "timu za analitiku.\n\n"
    "PLAN UVOĐENJA\n\n"
    "Najprije 6 tjedana probni rad u riječkoj podružnici, zatim ga postupno proširujemo na ostale podružnice.\n"
)


@pytest.fixture(scope="module")
def reviewer(knowledge_index) -> Reviewer:
    return Reviewer(knowledge_index.settings, knowledge_index)


def test_a_spec_in_croatian_is_read_in_its_own_words(reviewer):
    review = reviewer.review(CROATIAN_SPEC)
    for item in ("problem", "need_for_ai", "success_metrics", "data", "user_trust", "cost", "monitoring", "rollout"):
        assert review.item(item).status != "missing", (item, review.item(item).reason)
    for item in ("success_metrics", "cost"):
        assert review.item(item).status == "present", (item, review.item(item).reason)
    # What the user reads: the spec's own sentences, quoted under the item they answer.
    assert any("Licenca košta 12.000 eura" in quote for quote in review.item("cost").evidence)
    assert any("uvijek odlučuje procjenitelj" in quote for quote in review.item("user_trust").evidence)
    assert any("probni rad" in quote for quote in review.item("rollout").evidence)


def test_croatian_typed_without_diacritics_is_read_too(reviewer):
    review = reviewer.review(
        "Saljem uvjete koje smo dogovorili s pravnom sluzbom prije nego sto model pocnemo koristiti.\n\n"
        "Dvije sluzbenice pregledale su 1.200 nasumicno odabranih prijava, a nisu znale prijedlog modela; model je "
        "ispravno razvrstao 91% njih.\n\n"
        "Sluzbenik na zaslonu vidi zasto je model oznacio prijavu, jer su ostecena mjesta na fotografiji ucrtana.\n"
    )
    assert review.item("evaluation").status == "present", review.item("evaluation").reason
    assert any("nasumicno odabranih prijava" in quote for quote in review.item("evaluation").evidence)
    assert review.item("explainability").status != "missing", review.item("explainability").reason


@pytest.mark.parametrize(
    ("text", "item_id"),
    [
        ("PRAĆENJE\n\nRezultate modela kontinuirano ćemo pratiti.\n", "monitoring"),
        ("KRITERIJI PRIHVAĆANJA\n\nSustav uvodimo kad bude dovoljno točan.\n", "thresholds"),
    ],
)
def test_croatian_hand_waving_is_vague_not_silence(reviewer, text, item_id):
    result = reviewer.review(text).item(item_id)
    assert result.status == "partial", result.reason


def test_croatian_sentences_are_not_read_as_english_and_their_figures_are_figures():
    assert not reads_as_english("Procjenitelj uvijek sam donosi odluku, a ako se ne slaže s prijedlogom, može ga odbiti.")
    assert reads_as_english("We ship it for the night shift only, and the man on call signs it off.")
    for text, figure in [("15 minuta", "15 minuta"), ("3 sata", "3 sata"), ("za 10 dana", "10 dana"),
                         ("2 tjedna", "2 tjedna"), ("6 mjeseci", "6 mjeseci"), ("95 posto", "95 posto"),
                         ("9 od 10", "9 od 10"), ("sedam mjeseci", "sedam mjeseci"), ("tri tjedna", "tri tjedna")]:
        assert any(figure in found for found in QUANTITY_RE.findall(matching_form(text))), text


def test_croatian_section_names_are_matched_by_word_with_or_without_diacritics():
    rubric = default_rubric()
    assert rubric.get("problem").headings.find(matching_form("Trenutno stanje"))
    assert rubric.get("cost").headings.find(matching_form("Troškovi i financiranje"))
    assert rubric.get("cost").headings.find(matching_form("Troskovi"))
    assert rubric.get("monitoring").headings.find(matching_form("Praćenje rada"))
    assert all("trenutno stanje" not in item.embedded_headings for item in rubric)


# An English spec's verdicts, as they were before the Croatian vocabulary: no Croatian word may move them.
ENGLISH_STATUSES = {
    "problem": "present", "need_for_ai": "missing", "success_metrics": "present", "data": "missing",
    "approach": "present", "thresholds": "present", "evaluation": "present", "failure_modes": "present",
    "user_trust": "present", "explainability": "missing", "fairness_safety": "present", "cost": "present",
    "monitoring": "partial", "rollout": "partial",
}


def test_an_english_spec_reads_as_it_did_before_the_croatian_words(reviewer):
    text = (REPO / "tests" / "data" / "specs" / "radiology-triage-boldheadings.md").read_text(encoding="utf-8")
    assert reviewer.review(text).statuses == ENGLISH_STATUSES
