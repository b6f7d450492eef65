"""Specs that announce rather than specify (eval/specs-v2/unseen-57 prompted each): a press release names
items in slogans ("rigorously tested", "a significant investment") which are hand-waving about them, not
silence; a tender's clauses ("Cláusula 8. Prueba de aceptación") head what they hold, in Spanish."""

from __future__ import annotations

import pytest

from bot.core.review.headings import heading_key
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
