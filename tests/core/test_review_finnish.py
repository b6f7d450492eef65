"""Specs in Finnish, read in their own words (eval/specs-v2/unseen-65, Round 61 of docs/spec-review.md): section
names, body wording, function words, figures and hand-waving. The specs here are written for the tests."""

from __future__ import annotations

import pytest

from bot.core.review.meaning import QUANTITY_RE
from bot.core.review.reviewer import Reviewer
from bot.core.review.rubric import default_rubric
from bot.core.review.wording import matching_form, reads_as_english

# unseen-65's staff-initiative form (henkilöstöaloite) read as missing on ten of its fourteen items: the reviewer
# had no Finnish words.
FINNISH_SPEC = (
    "NYKYTILA\n\n"
    "Asiakaspalvelu saa noin 9 000 yhteydenottoa kuukaudessa. Käsittelijät lajittelevat jokaisen viestin käsin, "
    "mikä vie keskimäärin 6 minuuttia, ja vastaukset viivästyvät jopa 4 päivää.\n\n"
    "MIKSI TEKOÄLY?\n\n"
    "Kokeilimme ensin yksinkertaisia avainsanasääntöjä, mutta ne eivät riitä: sama kysymys kirjoitetaan sadoilla "
    "tavoilla, eikä sääntöpohjainen lajittelu erota valitusta kysymyksestä.\n\n"
    "TAVOITTEET\n\n"
    "Tavoitteena on lyhentää vastausaika 4 päivästä enintään 1 päivään 6 kuukauden kuluessa.\n\n"
    "AINEISTO\n\n"
    "Malli opetetaan 60 000 viestillä vuosilta 2024 ja 2025, jotka laatutiimi on luokitellut. Aineiston omistaja "
    "on asiakaspalvelun päällikkö.\n\n"
    "KÄYTTÄJÄT\n\n"
    "Käsittelijä päättää aina itse, mikä luokka on oikea, ja voi muuttaa ehdotusta yhdellä napautuksella.\n\n"
    "KUSTANNUKSET\n\n"
    "Lisenssi maksaa 18 000 euroa vuodessa ja ylläpito noin 500 euroa kuukaudessa.\n\n"
    "SEURANTA\n\n"
    "Tarkkuutta seurataan viikoittain, ja jos se laskee alle 85 prosentin, ylläpitäjälle hälytetään.\n\n"
    "KÄYTTÖÖNOTTO\n\n"
    "Ensin palvelu otetaan käyttöön yhdessä tiimissä 3 viikon ajan, sen jälkeen se laajennetaan koko "
    "asiakaspalveluun.\n"
)


@pytest.fixture(scope="module")
def reviewer(knowledge_index) -> Reviewer:
    return Reviewer(knowledge_index.settings, knowledge_index)


def test_a_spec_in_finnish_is_read_in_its_own_words(reviewer):
    review = reviewer.review(FINNISH_SPEC)
    for item in ("problem", "need_for_ai", "success_metrics", "data", "user_trust", "cost", "monitoring", "rollout"):
        assert review.item(item).status != "missing", (item, review.item(item).reason)
    assert review.item("cost").status == "present", review.item("cost").reason


def test_finnish_launch_bar_fallback_explanation_and_fairness_are_found(reviewer):
    review = reviewer.review(
        "Hyväksymiskriteerit\n\n"
        "Järjestelmää ei oteta käyttöön ennen kuin testi on osoittanut, että se löytää vähintään 18 vaurioitunutta "
        "pakettia 20:stä ja antaa enintään yhden väärän hälytyksen 500 pakettia kohden.\n\n"
        "Riskit ja niiden hallinta\n\n"
        "Jos kamera lakkaa toimimasta, linja palaa manuaaliseen tarkastukseen kuten nykyään, ja vuoroesimies saa "
        "siitä heti tiedon.\n\n"
        "Selitettävyys\n\n"
        "Käyttäjä näkee kuvan, johon vaurio on rajattu, joten hän näkee, miksi järjestelmä reagoi.\n\n"
        "Oikeudenmukaisuus ja tietosuoja\n\n"
        "Tulokset raportoidaan ryhmittäin yövuorolle ja päivävuorolle. Kuvissa näkyvät henkilöt anonymisoidaan, "
        "eikä henkilötietoja tallenneta.\n"
    )
    for item in ("thresholds", "failure_modes", "explainability", "fairness_safety"):
        assert review.item(item).status != "missing", (item, review.item(item).reason)


@pytest.mark.parametrize(
    ("text", "item_id"),
    [
        ("Kustannukset\n\nKustannukset katetaan nykyisestä budjetista, ja ne arvioidaan kohtuullisiksi hyötyyn "
         "nähden.\n", "cost"),
        ("Hyväksymiskriteerit\n\nMalli otetaan pysyvään käyttöön, kun se on osoittautunut riittävän tarkaksi "
         "kokeilussa.\n", "thresholds"),
    ],
)
def test_finnish_hand_waving_is_vague_not_silence(reviewer, text, item_id):
    assert reviewer.review(text).item(item_id).status == "partial", reviewer.review(text).item(item_id).reason


def test_finnish_sentences_are_not_read_as_english_and_their_figures_are_figures():
    assert not reads_as_english("Käsittelijä päättää aina itse, mihin hakemus ohjataan, ja voi jättää ehdotuksen huomiotta.")
    assert reads_as_english("The team will test it on the night shift, and Jo will see that it runs.")
    for text, figure in [("3 viikon jälkeen", "3 viikon"), ("noin 12 tuntia", "12 tuntia"),
                         ("maksaa 40 000 euroa", "40 000"), ("95 prosentissa tapauksista", "95 prosentissa"),
                         ("virhe oli 3,6 prosenttiyksikköä", "3,6 prosenttiyksikköä"), ("25 päivää", "25 päivää"),
                         ("hinta 6 800 €", "6 800")]:
        assert any(figure in found for found in QUANTITY_RE.findall(matching_form(text))), text


def test_finnish_section_names_are_matched_by_word_and_never_by_resemblance():
    rubric = default_rubric()
    assert rubric.get("problem").headings.find(matching_form("Nykytila ja ongelma"))
    assert rubric.get("user_trust").headings.find(matching_form("Käyttö ja vastuut"))
    assert all("nykytila" not in item.embedded_headings and "kustannukset" not in item.embedded_headings
               for item in rubric)
