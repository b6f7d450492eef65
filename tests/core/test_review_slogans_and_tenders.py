"""Specs that announce rather than specify, and specs in French and Spanish (eval/specs-v2/unseen-57 and -58
prompted each): a press release names items in slogans ("rigorously tested", "a significant investment") which
are hand-waving about them, not silence; a tender's clauses ("Cláusula 8. Prueba de aceptación") head what they
hold; French minutes write their figures "62 000" and "47 des 50"."""

from __future__ import annotations

import pytest

from bot.core.review.headings import heading_key
from bot.core.review.meaning import QUANTITY_RE
from bot.core.review.reviewer import Reviewer

PRESS_RELEASE = """FOR IMMEDIATE RELEASE

Harbour Libraries and Storyline announce AI reading partnership

Harbour Libraries today announced a three-year partnership with Storyline to bring artificial intelligence to
book recommendations for young readers across the county.

Every part of the recommender has been rigorously tested, and only suggestions that meet the library's high
standards will reach children. Success will be measured by how many young people fall in love with reading.

"We are committed to making sure that every child gets a fair chance, whatever their background," said head of
libraries Ruth Okafor. The partnership represents a significant investment in the county's young readers, and
its use will be continually reviewed to make sure it keeps delivering for families.

ENDS
"""

TENDER = """PLIEGO DE PRESCRIPCIONES TÉCNICAS

CLÁUSULA 1. OBJETO DEL CONTRATO

Servicio de clasificación automática de las solicitudes de ayudas al alquiler mediante inteligencia artificial.

CLÁUSULA 5. PRUEBA DE ACEPTACIÓN

Antes de la puesta en servicio, el adjudicatario clasificará 400 solicitudes elegidas al azar por el
Ayuntamiento, que dos técnicos revisarán sin conocer el resultado del sistema. Cuando discrepen, decidirá
la jefa del servicio, y las solicitudes de la prueba no se usarán para ajustar el sistema.

CLÁUSULA 6. IGUALDAD DE TRATO

El servicio deberá prestarse con el mismo nivel de calidad en todos los distritos del municipio.
"""


@pytest.fixture(scope="module")
def reviewer(knowledge_index) -> Reviewer:
    return Reviewer(knowledge_index.settings, knowledge_index)


def test_a_press_releases_slogans_name_items_without_saying_anything_of_them(reviewer):
    """Each item below is named in a slogan: `partial` with a reason, never `missing` (as if the release
    were silent on it) and never `present`."""
    found = reviewer.review(PRESS_RELEASE).statuses
    for item in ("evaluation", "thresholds", "success_metrics", "fairness_safety", "cost", "monitoring"):
        assert found[item] == "partial", item


@pytest.mark.parametrize("heading, key", [
    ("CLÁUSULA 5. PRUEBA DE ACEPTACIÓN", "prueba de aceptación"),
    ("Cláusula 11. Presupuesto y plazo de ejecución", "presupuesto y plazo de ejecución"),
    ("Artículo 3: Datos", "datos"),
    ("Clause 4 - Human oversight", "human oversight"),
])
def test_a_clause_or_article_number_is_not_part_of_its_heading(heading, key):
    assert heading_key(heading) == key


def test_a_tenders_spanish_clauses_head_what_they_hold(reviewer):
    found = reviewer.review(TENDER).statuses
    assert found["evaluation"] == "present"  # 400 held-back applications, checked blind by two officers
    assert found["fairness_safety"] != "missing"  # "Igualdad de trato", though it says little


MINUTES = """Compte rendu du comité de pilotage du 14 avril

1. Le problème

Les affineurs font chaque semaine une tournée à l'œil de 62 000 meules ; elle leur prend environ 30 heures par
semaine. En 2025, 1 140 meules ont été déclassées à cause d'un défaut vu trop tard.

2. Pourquoi un modèle

Un réglage fixe sur la teinte ne sait pas distinguer une croûte qui vieillit normalement d'une croûte attaquée, et
doubler la tournée demanderait un cinquième affineur.

3. Ce que voit l'affineur

La liste du matin montre chaque meule signalée avec la photo, la zone entourée et le type de défaut. L'outil ne
déclasse aucune meule : c'est l'affineur qui décide, après l'avoir vue en cave.
"""


@pytest.mark.parametrize("text", ["environ 62 000 meules", "1 140 meules déclassées", "24 000 euros HT",
                                  "30 heures par semaine", "au moins 47 des 50 meules", "mindestens 48 von 50"])
def test_figures_written_the_french_or_german_way_are_figures(text):
    assert QUANTITY_RE.search(text)


def test_french_minutes_say_why_a_model_who_decides_and_what_is_shown(reviewer):
    found = reviewer.review(MINUTES).statuses
    assert found["need_for_ai"] != "missing"  # a fixed setting cannot tell ageing from attack
    assert found["user_trust"] != "missing"  # "c'est l'affineur qui décide"
    assert found["explainability"] != "missing"  # the circled area and the kind of defect


BLUEPRINT = """Online hearing check: suggested appointment type

The check suggests a 20-minute wax check or a 60-minute assessment from the customer's answers. Both buttons
are always shown and the customer can always choose the full assessment instead.

We will compare results for customers aged 75 and over and for those who took the check on a phone; neither group
should be more than 5 points below the overall figure.

The supplier's model is priced per check, to be agreed. Test it properly with the clinical team before go-live.
"""


def test_a_blueprints_plain_words_name_trust_fairness_cost_and_a_promise_to_test(reviewer):
    found = reviewer.review(BLUEPRINT).statuses
    assert found["user_trust"] != "missing"  # "can always choose the full assessment instead"
    assert found["fairness_safety"] != "missing"  # "no more than 5 points below the overall figure"
    assert found["cost"] == "partial"  # "priced per check, to be agreed"
    assert found["evaluation"] == "partial"  # "test it properly", with no set and no bar
