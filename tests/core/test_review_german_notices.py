"""Specs in German said the way an official notice says them (eval/specs-v2/unseen-79's Zuwendungsbescheid prompted
it): an alternative tried and given up ("wurde 2024 erprobt … wegen Kosten verworfen"), a season held back from
the model ("nicht zur Entwicklung des Modells verwendet"), the decision that stays with a person ("verbleibt beim
Gesundheitsamt", "ausschließlich beratend"), a step allowed only once a bar is met ("nur zulässig, wenn") and an
aim with no number ("Ziel des Vorhabens ist es, …"). The German vocabulary had little of a notice's wording, and each
had been read as missing or in passing."""

from __future__ import annotations

import pytest

from bot.core.review.reviewer import Reviewer

NOTICE = """Bescheid über die Förderung des Vorhabens „PegelBlick“

I. Bewilligung

Gefördert wird die Entwicklung von PegelBlick, einem Prognosemodell, das für jede Fußgängerbrücke der Stadt am
Vortag die Wahrscheinlichkeit eines Hochwassers über der Wegehöhe ausweist.

II. Nebenbestimmungen

{line}

III. Auszahlung

Die Zuwendung wird in zwei Raten ausgezahlt.
"""


@pytest.fixture(scope="module")
def reviewer(knowledge_index) -> Reviewer:
    return Reviewer(knowledge_index.settings, knowledge_index)


@pytest.mark.parametrize("item, line", [
    ("need_for_ai", "Eine Sperrung ab einem Pegel von 2,10 m, wie sie 2024 erprobt wurde, hätte an 30 Tagen gesperrt "
     "und dennoch 4 von 9 Hochwassertagen verfehlt. Tägliche Begehungen wurden wegen Kosten von rund 40.000 Euro "
     "verworfen."),
    ("evaluation", "Das Modell wurde auf die Saison 2025 angewandt, die nicht zur Entwicklung des Modells verwendet "
     "wurde, und hätte an 8 der 9 Hochwassertage am Vortag gewarnt; die Trefferquote lag bei 89 %."),
    ("user_trust", "Die Entscheidung über Sperrungen verbleibt beim Tiefbauamt. PegelBlick darf ausschließlich "
     "beratend eingesetzt werden; weicht das Tiefbauamt von einer Empfehlung ab, ist dies mit Begründung zu vermerken."),
    ("rollout", "Im Jahr 2027 ist PegelBlick an zwei Brücken im Parallelbetrieb zu erproben. Der Einsatz an allen "
     "elf Brücken ist nur zulässig, wenn der Zwischenbericht mindestens 8 von 10 Hochwassertagen nachweist."),
])
def test_a_notices_wording_is_read_as_the_item(reviewer, item, line):
    result = reviewer.review(NOTICE.format(line=line)).item(item)
    assert result.status != "missing", (item, result.reason)


def test_an_aim_with_no_number_is_named_not_present(reviewer):
    text = NOTICE.format(line="Ziel des Vorhabens ist es, die Sicherheit der Fußgänger zu erhöhen.")
    assert reviewer.review(text).item("success_metrics").status == "partial"


def test_the_same_notice_without_them_misses_each(reviewer):
    statuses = reviewer.review(NOTICE.format(line="Die Bauarbeiten beginnen im Frühjahr.")).statuses
    for item in ("need_for_ai", "evaluation", "user_trust"):
        assert statuses[item] == "missing", item
