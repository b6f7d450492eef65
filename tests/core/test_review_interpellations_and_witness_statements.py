"""A Polish city's answer to a councillor's interpellation, point by point ("Ad 2. Dotychczasowe działania", "Ad 4.
Wyniki pilotażu"), a witness statement's threshold told as a setting and what the others would have done, harm
already done as the problem, and a product's coined name as a heading; eval/specs-v2/unseen-84 prompted them."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.review.headings import heading_key, is_coined_name
from bot.core.review.reviewer import Reviewer

REPO = Path(__file__).resolve().parents[2]

ANSWER = """Szanowny Panie Radny,

w odpowiedzi na interpelację w sprawie porzuconych pojazdów uprzejmie informuję, co następuje.

### Ad 1. Skala problemu

W 2025 r. Straż Miejska przyjęła 1146 zgłoszeń, a od zgłoszenia do usunięcia pojazdu mijało średnio 94 dni.

### Ad 2. {heading}

{body}

### Ad 3. Koszty

Pilotaż kosztował 148 000 zł brutto.
"""

STATEMENT = """Witness statement of Helen Marsh

1. I am head of food technology at Castlegate School.

### The system

2. GripCheck watches pupils' hands and knives with two cameras above each pair of stations.

3. {sentence}
"""


@pytest.fixture(scope="module")
def reviewer(knowledge_index) -> Reviewer:
    return Reviewer(knowledge_index.settings, knowledge_index)


def test_what_was_done_so_far_in_a_polish_answer_is_why_ai(reviewer):
    tried = ANSWER.format(
        heading="Dotychczasowe działania",
        body="Rozważaliśmy zwiększenie liczby patroli. Przegląd wszystkich 412 km ulic co dwa tygodnie wymagałby "
             "jednak trzech dodatkowych etatów.")
    assert reviewer.review(tried).statuses["need_for_ai"] != "missing"
    plain = ANSWER.format(heading="Organizacja pracy", body="Straż Miejska pracuje w systemie trzyzmianowym.")
    assert reviewer.review(plain).statuses["need_for_ai"] == "missing"


def test_a_polish_answer_s_point_heading_is_read_without_its_ad_number(reviewer):
    assert heading_key("Ad 4. Wyniki pilotażu") == "wyniki pilotażu"
    assert heading_key("Ad hoc notes") == "ad hoc notes"
    pilot = ANSWER.format(
        heading="Wyniki pilotażu",
        body="W czasie pilotażu system wskazał 164 pojazdy. Strażnicy sprawdzili każdy z nich na miejscu i potwierdzili "
             "porzucenie w 131 przypadkach (80%).")
    assert reviewer.review(pilot).statuses["evaluation"] != "missing"


def test_a_threshold_told_as_the_setting_and_what_the_others_would_have_done_is_present(reviewer):
    told = STATEMENT.format(
        sentence="GripCheck alerts the teacher when a fingertip is within 2 cm of the blade. The company set it at 2 "
                 "cm after the trial. At 3 cm, it alerted about 60 times in a lesson. At 1 cm, it would have missed "
                 "about a third of the unsafe grips.")
    assert reviewer.review(told).statuses["thresholds"] == "present"
    untold = STATEMENT.format(sentence="The cameras were fitted over the summer holidays by the company's engineers.")
    assert reviewer.review(untold).statuses["thresholds"] == "missing"


def test_harm_already_done_and_counted_states_the_problem(reviewer):
    harmed = """# Rider clauses

### Clause 72. Background

72.1 The Charterers' fleet lost 46 containers in three roll events in 2024 and 2025, and a further 212 containers
were damaged on board. Cargo claims from those events have so far cost the Charterers USD 3.4 million. In one of
them the Vessel rolled to 27 degrees and two crew members were injured.

### Clause 73. RollGuard

73.1 RollGuard forecasts the Vessel's roll angle over the next 10 minutes from the wave radar.
"""
    assert reviewer.review(harmed).statuses["problem"] == "present"


def test_a_product_s_coined_name_as_a_heading_names_no_rubric_item():
    assert is_coined_name("Clause 73. RollGuard") and is_coined_name("### 3. OccuSense")
    assert not is_coined_name("Rollout") and not is_coined_name("Why AI") and not is_coined_name("Roll out plan")


def test_a_section_headed_with_a_name_like_rollguard_is_not_the_rollout(reviewer):
    """The charter party's "Clause 73. RollGuard" describes the model; nothing in it stages a rollout, and by
    embedding alone its name had read as "Rollout" (a 168-word rollout section with specifics)."""
    spec = next((REPO / "eval" / "specs-v2" / "unseen-84").glob("time-charter-party-*.md")).read_text(encoding="utf-8")
    review = reviewer.review(spec)
    assert review.statuses["rollout"] == "missing"
    assert review.statuses["approach"] != "missing"  # the section still counts for what it says
