"""Specs in Lithuanian, read in their own words (eval/specs-v2/unseen-75's toolbox safety talk): section names, body
wording, function words, figures and hand-waving, with or without diacritics. The specs here are written for the
tests."""

from __future__ import annotations

import pytest

from bot.core.review.meaning import QUANTITY_RE
from bot.core.review.reviewer import Reviewer
from bot.core.review.rubric import default_rubric
from bot.core.review.wording import matching_form, reads_as_english
from tests.conftest import REPO

LITHUANIAN_SPEC = (
    "ESAMA PADĖTIS\n\n"
    "Savivaldybė kas mėnesį gauna apie 3 000 gyventojų prašymų dėl šiukšlių išvežimo. Šiuo metu juos rankiniu "
    "būdu skirsto du specialistai, todėl atsakymo gyventojas vidutiniškai laukia 9 dienas, o skundų kasmet daugėja.\n\n"
    "KODĖL DIRBTINIS INTELEKTAS\n\n"
    "Išbandėme paprastas taisykles pagal raktinius žodžius, bet jos neveikia: taisyklė negali atskirti skundo nuo "
    "paprasto klausimo, kai gyventojas rašo laisvai.\n\n"
    "TIKSLAI\n\n"
    "Iki 2027 metų pabaigos norime sutrumpinti atsakymo laiką nuo 9 dienų iki 3 dienų.\n\n"
    "DUOMENŲ ŠALTINIAI\n\n"
    "Modelį apmokėme su 40 000 išnagrinėtų prašymų iš 2021–2025 metų, kuriuos pažymėjo patyrę specialistai.\n\n"
    "ŽMOGAUS PRIEŽIŪRA\n\n"
    "Sistema prašymus tik surūšiuoja ir nieko nesprendžia; galutinį sprendimą visada priima specialistas, kuris "
    "gali atmesti pasiūlymą vienu paspaudimu.\n\n"
    "KAŠTAI\n\n"
    "Licencija kainuoja 9 000 eurų per metus, o debesijos paslaugos apie 500 eurų per mėnesį.\n\n"
    "STEBĖSENA\n\n"
    "Kas savaitę tikriname pasiūlymų tikslumą; jei dvi savaites iš eilės jis nukrenta žemiau 85 %, pranešame "
    "analitikams.\n\n"
    "DIEGIMO PLANAS\n\n"
    "Pirmiausia 6 savaites bandomasis veikimas viename seniūnijos skyriuje, vėliau palaipsniui išplėsime į visus.\n"
)


@pytest.fixture(scope="module")
def reviewer(knowledge_index) -> Reviewer:
    return Reviewer(knowledge_index.settings, knowledge_index)


def test_a_spec_in_lithuanian_is_read_in_its_own_words(reviewer):
    review = reviewer.review(LITHUANIAN_SPEC)
    for item in ("problem", "need_for_ai", "success_metrics", "data", "user_trust", "cost", "monitoring", "rollout"):
        assert review.item(item).status != "missing", (item, review.item(item).reason)
    for item in ("problem", "cost"):
        assert review.item(item).status == "present", (item, review.item(item).reason)
    # What the user reads: the spec's own sentences, quoted under the item they answer.
    assert any("galutinį sprendimą visada priima specialistas" in quote for quote in review.item("user_trust").evidence)
    assert any("bandomasis veikimas" in quote for quote in review.item("rollout").evidence)
    assert any("9 000 eurų" in quote for quote in review.item("cost").evidence)


def test_lithuanian_typed_without_diacritics_is_read_too(reviewer):
    review = reviewer.review(
        "Siunciu salygas, kurias suderinome su teisininkais, pries pradedant naudoti modeli.\n\n"
        "Du specialistai perziurejo 1 000 atsitiktinai atrinktu prasymu ir nematė modelio atsakymu; modelis "
        "teisingai klasifikavo 91 % prasymu.\n\n"
        "Specialistas mato paaiskinima, kodel modelis taip nusprende: svarbiausi veiksniai pazymeti spalva.\n"
    )
    assert review.item("evaluation").status == "present", review.item("evaluation").reason
    assert any("atsitiktinai atrinktu" in quote for quote in review.item("evaluation").evidence)
    assert review.item("explainability").status != "missing", review.item("explainability").reason


@pytest.mark.parametrize(
    ("text", "item_id"),
    [
        ("STEBĖSENA\n\nModelio rezultatus nuolat stebėsime.\n", "monitoring"),
        ("PRIĖMIMO KRITERIJAI\n\nSistemą įdiegsime, kai ji bus pakankamai tiksli.\n", "thresholds"),
    ],
)
def test_lithuanian_hand_waving_is_vague_not_silence(reviewer, text, item_id):
    result = reviewer.review(text).item(item_id)
    assert result.status == "partial", result.reason


def test_lithuanian_sentences_are_not_read_as_english_and_their_figures_are_figures():
    assert not reads_as_english("Specialistas visada pats sprendžia dėl prašymo, ir jei nesutinka, gali jį atmesti.")
    assert not reads_as_english("Specialistas visada pats sprendzia del prasymo, ir jei nesutinka, gali ji atmesti.")
    assert reads_as_english("We ship it for the night shift only, and the man on call signs it off.")
    for figure in ["3 valandas", "10 dienų", "8 savaites", "3 savaičių", "6 mėnesius", "2 metus", "30 eurų",
                   "20 procentų", "tris savaites", "du mėnesius", "dvi savaites", "4 savaiciu"]:
        assert any(figure in found for found in QUANTITY_RE.findall(matching_form(figure))), figure


def test_lithuanian_section_names_are_matched_by_word_with_or_without_diacritics():
    rubric = default_rubric()
    assert rubric.get("problem").headings.find(matching_form("Esama padėtis"))
    assert rubric.get("user_trust").headings.find(matching_form("Žmogaus priežiūra"))
    assert rubric.get("user_trust").headings.find(matching_form("Zmogaus prieziura"))
    assert rubric.get("rollout").headings.find(matching_form("Diegimo planas"))
    assert rubric.get("fairness_safety").headings.find(matching_form("Asmens duomenų apsauga"))
    assert all("esama padėtis" not in item.embedded_headings for item in rubric)


# An English spec's verdicts, as they were before the Lithuanian vocabulary: no Lithuanian word may move them.
ENGLISH_STATUSES = {
    "problem": "present", "need_for_ai": "missing", "success_metrics": "present", "data": "missing",
    "approach": "present", "thresholds": "present", "evaluation": "present", "failure_modes": "present",
    "user_trust": "present", "explainability": "missing", "fairness_safety": "present", "cost": "present",
    "monitoring": "partial", "rollout": "partial",
}


def test_an_english_spec_reads_as_it_did_before_the_lithuanian_words(reviewer):
    text = (REPO / "tests" / "data" / "specs" / "radiology-triage-boldheadings.md").read_text(encoding="utf-8")
    assert reviewer.review(text).statuses == ENGLISH_STATUSES
