"""Specs in European Portuguese said the way a report says them (eval/specs-v2/unseen-80's relatório de estágio
prompted it): a simpler rule tried on a past season ("regra simples … aplicada retrospetivamente … teria emitido")
and an alternative "posta de parte por falta de meios" (why AI), a first season and a step taken only if a bar is met
("será usado para … apenas", "o alargamento … só será feito se"), and a group the model may serve worse named with
nothing measured ("poderá ser menos fiável"). Each had been read as missing."""

from __future__ import annotations

import pytest

from bot.core.review.reviewer import Reviewer

REPORT = """Relatório de estágio: previsão de nevoeiro na ponte

1. Introdução

O estágio decorreu no serviço municipal de proteção civil, que fecha a ponte pedonal quando há nevoeiro cerrado.

2. Atividades desenvolvidas

{line}

3. Conclusão

O estágio foi muito enriquecedor.
"""


@pytest.fixture(scope="module")
def reviewer(knowledge_index) -> Reviewer:
    return Reviewer(knowledge_index.settings, knowledge_index)


@pytest.mark.parametrize("item, line, status", [
    ("need_for_ai", "A regra simples da capitania, aplicada retrospetivamente a 2025, teria emitido 40 avisos e falhado "
     "6 dos 14 dias de nevoeiro. Uma vigia permanente foi posta de parte por falta de meios.", "present"),
    ("rollout", "Em 2027 o modelo será usado para fechar apenas a ponte norte. O alargamento às três pontes só será feito "
     "se o modelo tiver avisado em pelo menos 8 de cada 10 dias de nevoeiro.", "present"),
    ("fairness_safety", "A ponte sul só tem registos desde 2023, pelo que o modelo poderá ser menos fiável nessa ponte.",
     "partial"),
])
def test_a_reports_wording_is_read_as_the_item(reviewer, item, line, status):
    assert reviewer.review(REPORT.format(line=line)).item(item).status == status


def test_the_same_report_without_them_misses_each(reviewer):
    statuses = reviewer.review(REPORT.format(line="Participei nas reuniões semanais da equipa.")).statuses
    for item in ("need_for_ai", "rollout", "fairness_safety"):
        assert statuses[item] == "missing", item
