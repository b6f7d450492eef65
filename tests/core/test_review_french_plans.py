"""Specs in French said the way a commune's emergency plan says them (eval/specs-v2/unseen-81's plan communal de
sauvegarde prompted it): a threshold "égal ou supérieur à" a score and why "le seuil" was chosen, a past season the
tool "n'avait pas vu" scored after the fact, an order that "est indicatif" and that an agent "peut à tout moment"
override, and a first season where the tool "ne sera utilisé que" in two districts. The French vocabulary had
little of this wording, and each had been read as missing."""

from __future__ import annotations

import pytest

from bot.core.review.reviewer import Reviewer

PLAN = """Fiche action n° 4 : grand froid et personnes sans abri

1. Objet

La présente fiche organise les maraudes de la commune pendant une vague de froid, à l'aide de l'outil FroidVeille,
qui attribue à chaque personne suivie par le CCAS un score de risque d'hypothermie dans les trois jours.

2. Maraudes

{line}

3. Annuaire

L'annuaire est tenu par le CCAS.
"""


@pytest.fixture(scope="module")
def reviewer(knowledge_index) -> Reviewer:
    return Reviewer(knowledge_index.settings, knowledge_index)


@pytest.mark.parametrize("item, line", [
    ("thresholds", "Toute personne dont le score est égal ou supérieur à 0,4 reçoit une maraude le soir même. Le seuil "
     "de 0,4 a été retenu parce que les quatre équipes assurent environ 60 passages par soir."),
    ("evaluation", "Appliqué après coup à l'hiver 2025, que l'outil n'avait pas vu lors de sa construction, FroidVeille "
     "aurait placé 11 des 13 personnes hospitalisées parmi les 50 premières de la liste."),
    ("user_trust", "L'ordre proposé par FroidVeille est indicatif. L'équipe peut à tout moment ajouter une personne "
     "à la maraude, et aucune maraude ne peut être retirée sans l'accord du médecin coordonnateur."),
    ("rollout", "Pendant l'hiver 2027, FroidVeille ne sera utilisé que dans les quartiers de la Gare et du Port. "
     "L'extension à toute la commune ne sera décidée que si aucune personne n'a attendu plus de 12 heures."),
])
def test_a_plans_wording_is_read_as_the_item(reviewer, item, line):
    result = reviewer.review(PLAN.format(line=line)).item(item)
    assert result.status != "missing", (item, result.reason)


def test_the_same_plan_without_them_misses_each(reviewer):
    statuses = reviewer.review(PLAN.format(line="Les maraudes partent de la mairie à 20 heures.")).statuses
    for item in ("thresholds", "evaluation", "user_trust", "rollout"):
        assert statuses[item] == "missing", item
