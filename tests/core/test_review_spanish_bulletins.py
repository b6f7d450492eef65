"""Specs in Spanish said the way a health bulletin says them (eval/specs-v2/unseen-82's boletín epidemiológico
prompted it): simpler criteria that "habrían llegado" late or that one "habría anticipado" only a few outbreaks (why
AI), a past season that "no se usó para" build the model on which it "habría marcado" most outbreaks (evaluation), and
a first season where it "se usa solo en" one zone, extended "únicamente si" a bar is met (rollout). Each had been
read as missing."""

from __future__ import annotations

import pytest

from bot.core.review.reviewer import Reviewer

BULLETIN = """Boletín semanal de salud ambiental

1. Situación de la semana

Se notificaron 42 casos de leptospirosis en la semana.

2. Informe especial: AlertaRío

{line}

3. Contacto

Dirección de Epidemiología.
"""


@pytest.fixture(scope="module")
def reviewer(knowledge_index) -> Reviewer:
    return Reviewer(knowledge_index.settings, knowledge_index)


@pytest.mark.parametrize("item, line", [
    ("need_for_ai", "Con el criterio más simple, la lluvia acumulada, las cuadrillas habrían llegado a tiempo a solo 3 de "
     "los 11 barrios inundados; el nivel del río habría anticipado 4."),
    ("evaluation", "Aplicado a la temporada 2025, que no se usó para construirlo, AlertaRío habría marcado a 9 de los 11 "
     "barrios inundados al menos dos días antes."),
    ("rollout", "Durante 2027, AlertaRío se usa solo en la Zona Sur (12 barrios), y se extenderá a toda la ciudad "
     "únicamente si ningún barrio se inundó sin aviso previo."),
])
def test_a_bulletins_wording_is_read_as_the_item(reviewer, item, line):
    result = reviewer.review(BULLETIN.format(line=line)).item(item)
    assert result.status != "missing", (item, result.reason)


def test_the_same_bulletin_without_them_misses_each(reviewer):
    statuses = reviewer.review(BULLETIN.format(line="Las cuadrillas trabajan de lunes a viernes.")).statuses
    for item in ("need_for_ai", "evaluation", "rollout"):
        assert statuses[item] == "missing", item
