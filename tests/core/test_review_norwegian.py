"""Specs in Norwegian (bokmål), read in their own words (eval/specs-v2/unseen-66's prosjektmandat): section names,
body wording, function words, figures and hand-waving where they differ from Danish and Swedish. The specs here are
written for the tests."""

from __future__ import annotations

import pytest

from bot.core.review.meaning import QUANTITY_RE
from bot.core.review.reviewer import Reviewer
from bot.core.review.rubric import default_rubric
from bot.core.review.wording import matching_form, reads_as_english

# unseen-66's prosjektmandat read as missing or thin on eight of its fourteen items: the reviewer had Danish and
# Swedish words, and Norwegian writes many of them otherwise (bakgrunn, kostnader, datagrunnlag, overstyre).
NORWEGIAN_SPEC = (
    "BAKGRUNN\n\n"
    "Byggesaksavdelingen mottar rundt 2 400 søknader i året. Saksbehandlerne sjekker hver søknad for manglende "
    "vedlegg for hånd, noe som i snitt tar 25 minutter, og saksbehandlingstiden er i dag 9 uker.\n\n"
    "HVORFOR KI?\n\n"
    "Vi prøvde først en enkel regel med sjekkliste i fagsystemet, men den strekker ikke til: tegninger og kart "
    "kommer i mange formater, og regelen kan ikke skille et riktig vedlegg fra et feil.\n\n"
    "MÅLSETTING\n\n"
    "Saksbehandlingstiden skal reduseres fra 9 uker til høyst 5 uker innen utgangen av 2028.\n\n"
    "DATAGRUNNLAG\n\n"
    "Modellen trenes på 18 000 søknader fra 2021 til 2025, merket av to erfarne saksbehandlere. Dataeier er "
    "leder for byggesak.\n\n"
    "MENNESKELIG KONTROLL\n\n"
    "Saksbehandleren avgjør selv om søknaden er komplett, og kan overstyre forslaget med ett klikk.\n\n"
    "KOSTNADER\n\n"
    "Lisensen koster 240 000 kroner i året, og driften rundt kr 8 000 i måneden.\n\n"
    "OPPFØLGING\n\n"
    "Treffsikkerheten følges opp hver uke, og faller den under 85 prosent to uker på rad, får forvaltningen beskjed.\n\n"
    "INNFØRING\n\n"
    "Først tas løsningen i bruk i ett team i 6 uker, deretter rulles den ut til hele avdelingen.\n"
)


@pytest.fixture(scope="module")
def reviewer(knowledge_index) -> Reviewer:
    return Reviewer(knowledge_index.settings, knowledge_index)


def test_a_spec_in_norwegian_is_read_in_its_own_words(reviewer):
    review = reviewer.review(NORWEGIAN_SPEC)
    for item in ("problem", "need_for_ai", "success_metrics", "data", "user_trust", "cost", "monitoring", "rollout"):
        assert review.item(item).status != "missing", (item, review.item(item).reason)
    for item in ("data", "cost"):
        assert review.item(item).status == "present", (item, review.item(item).reason)


def test_norwegian_launch_bar_fallback_explanation_and_fairness_are_found(reviewer):
    review = reviewer.review(
        "Akseptansekriterier\n\n"
        "Løsningen tas ikke i bruk før en test har vist at den finner minst 18 av 20 ufullstendige søknader og gir "
        "høyst én feilvarsling per 100 søknader.\n\n"
        "Risiko og tiltak\n\n"
        "Hvis tjenesten er nede, faller saksbehandlerne tilbake på dagens manuelle rutine, og teamleder får beskjed "
        "med en gang.\n\n"
        "Forklarbarhet\n\n"
        "Saksbehandleren ser hvorfor søknaden er flagget, fordi det manglende vedlegget er markert i listen.\n\n"
        "Personvern og likebehandling\n\n"
        "Treffsikkerheten rapporteres hver for seg for søknader fra privatpersoner og fra foretak. "
        "Personopplysninger lagres ikke i modellen.\n"
    )
    for item in ("thresholds", "failure_modes", "explainability", "fairness_safety"):
        assert review.item(item).status != "missing", (item, review.item(item).reason)


def test_a_norwegian_justification_is_not_an_explanation(reviewer):
    # "Begrunnelsen er at ..." is the writer's reason for a rule, not the user seeing why the model decided.
    review = reviewer.review(
        "Vilkår for bruk\n\n"
        "Rådet vises ikke før en etterprøving viser at modellen fant minst 9 av 10 hendelser. Begrunnelsen er at "
        "et råd som roper ulv for ofte, slutter folk å lese.\n"
    )
    assert review.item("thresholds").status != "missing", review.item("thresholds").reason
    assert review.item("explainability").status == "missing", review.item("explainability").reason


@pytest.mark.parametrize(
    ("text", "item_id"),
    [
        ("Kostnader\n\nKostnadene dekkes innenfor eksisterende rammer og vurderes som rimelige.\n", "cost"),
        ("Akseptansekriterier\n\nModellen tas i bruk når den har vist seg å være god nok i utprøvingen.\n",
         "thresholds"),
    ],
)
def test_norwegian_hand_waving_is_vague_not_silence(reviewer, text, item_id):
    assert reviewer.review(text).item(item_id).status == "partial", reviewer.review(text).item(item_id).reason


def test_norwegian_sentences_are_not_read_as_english_and_their_figures_are_figures():
    assert not reads_as_english("Saksbehandleren avgjør alltid selv hva som skal skje, og kan se bort fra rådet.")
    assert reads_as_english("We ship it for the night shift only, and the man on call signs it off.")
    for text, figure in [("etter 3 uker", "3 uker"), ("rundt 12 timer", "12 timer"), ("på 12 dager", "12 dager"),
                         ("økte med 3,6 prosent", "3,6 prosent"), ("2,4 mill. kr", "2,4 mill"),
                         ("1 200 000 kroner", "1 200 000"), ("stengt 214 ganger", "214 ganger"),
                         ("koster kr 450", "kr 4"), ("minst 9 av 10", "9 av 10")]:
        assert any(figure in found for found in QUANTITY_RE.findall(matching_form(text))), text


def test_norwegian_section_names_are_matched_by_word_and_never_by_resemblance():
    rubric = default_rubric()
    assert rubric.get("problem").headings.find(matching_form("Bakgrunn og behov"))
    assert rubric.get("success_metrics").headings.find(matching_form("Gevinstrealiseringsplan"))
    assert rubric.get("failure_modes").headings.find(matching_form("ROS-analyse"))
    assert all("bakgrunn" not in item.embedded_headings and "gevinstrealiseringsplan" not in item.embedded_headings
               for item in rubric)
