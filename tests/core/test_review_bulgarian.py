"""Specs in Bulgarian, read in their own words (eval/specs-v2/unseen-76's internal memo, the first Cyrillic spec):
Cyrillic read as letters (sentences, run-in heads, word counts, headings in capitals), section names, body wording,
function words, figures and hand-waving. The specs here are written for the tests."""

from __future__ import annotations

import pytest

from bot.core.documents.structure import sentence_spans
from bot.core.review.meaning import QUANTITY_RE
from bot.core.review.reviewer import Reviewer
from bot.core.review.rubric import default_rubric
from bot.core.review.run_in import run_in_head
from bot.core.review.wording import matching_form, reads_as_english, word_count
from tests.conftest import REPO

BULGARIAN_SPEC = (
    "ТЕКУЩО СЪСТОЯНИЕ\n\n"
    "Общината получава около 3 000 сигнала на месец от граждани за нередовно сметосъбиране. Днес двама служители ги "
    "разпределят ръчно, затова гражданите чакат отговор средно 9 дни, а оплакванията растат всяка година.\n\n"
    "ЦЕЛИ\n\n"
    "До края на 2027 г. искаме времето за отговор да се намали от 9 на 3 дни.\n\n"
    "ДАННИ\n\n"
    "Моделът е обучен на 40 000 обработени сигнала от 2021–2025 г., които опитни служители са етикетирали.\n\n"
    "ЧОВЕШКИ КОНТРОЛ\n\n"
    "Системата само подрежда сигналите и не решава нищо; окончателното решение винаги взема служителят, който може "
    "да отхвърли предложението с едно натискане.\n\n"
    "РАЗХОДИ\n\n"
    "Лицензът струва 9 000 евро на година, а облачните услуги около 500 евро на месец.\n\n"
    "НАБЛЮДЕНИЕ\n\n"
    "Всяка седмица проверяваме точността на предложенията; ако две седмици подред падне под 85 %, известяваме "
    "анализаторите.\n\n"
    "ВНЕДРЯВАНЕ\n\n"
    "Първо 6 седмици пилотен период в един районен отдел, след това постепенно разширяване към всички.\n"
)


@pytest.fixture(scope="module")
def reviewer(knowledge_index) -> Reviewer:
    return Reviewer(knowledge_index.settings, knowledge_index)


def test_a_spec_in_bulgarian_is_read_in_its_own_words(reviewer):
    review = reviewer.review(BULGARIAN_SPEC)
    for item in ("problem", "success_metrics", "data", "user_trust", "cost", "monitoring", "rollout"):
        assert review.item(item).status != "missing", (item, review.item(item).reason)
    for item in ("problem", "cost"):
        assert review.item(item).status == "present", (item, review.item(item).reason)
    # What the user reads: the spec's own sentences, quoted under the item they answer.
    assert any("окончателното решение винаги взема служителят" in quote for quote in review.item("user_trust").evidence)
    assert any("пилотен период" in quote for quote in review.item("rollout").evidence)
    assert any("9 000 евро" in quote for quote in review.item("cost").evidence)


def test_bulgarian_numbered_paragraphs_with_run_in_heads_are_read(reviewer):
    review = reviewer.review(
        "Уважаеми колеги,\n\n"
        "1. Точност. Изпробвахме модела на 1 000 случайно избрани заявки, които не са използвани при обучението; "
        "двама експерти ги оцениха, без да виждат отговора на модела, и моделът позна 91 % от тях.\n\n"
        "2. Рискове. При лоша връзка прогнозата не е налична и екипът работи както досега, на ръка.\n"
    )
    assert review.item("evaluation").status == "present", review.item("evaluation").reason
    assert any("случайно избрани заявки" in quote for quote in review.item("evaluation").evidence)
    assert review.item("failure_modes").status != "missing", review.item("failure_modes").reason


@pytest.mark.parametrize(
    ("text", "item_id"),
    [
        ("НАБЛЮДЕНИЕ\n\nРезултатите на модела ще бъдат под постоянно наблюдение.\n", "monitoring"),
        ("КРИТЕРИИ ЗА ПРИЕМАНЕ\n\nЩе пуснем системата, когато е достатъчно точна.\n", "thresholds"),
    ],
)
def test_bulgarian_hand_waving_is_vague_not_silence(reviewer, text, item_id):
    result = reviewer.review(text).item(item_id)
    assert result.status == "partial", result.reason


def test_cyrillic_is_read_as_letters():
    assert word_count("Целта е ясна. Тя е добра.") == 6
    line = "Целта е ясна. Тя е добра."
    assert [line[start:end].strip() for start, end in sentence_spans(line)] == ["Целта е ясна.", "Тя е добра."]
    assert len(sentence_spans("Вж. стр. 4 и напр. Приложение 2.")) == 1
    assert run_in_head("4. Точност. Моделът беше изпробван на 500 заявки.") == "Точност"
    assert run_in_head("Системата работи. Моделът беше изпробван.") == ""


def test_bulgarian_sentences_are_not_read_as_english_and_their_figures_are_figures():
    assert not reads_as_english("Служителят винаги сам решава за сигнала и ако не е съгласен, може да го отхвърли.")
    assert reads_as_english("We ship it for the night shift only, and the man on call signs it off.")
    for figure in ["15 минути", "6 часа", "30 дни", "2 седмици", "3 месеца", "2 години", "500 евро", "150 лв.",
                   "20 процента", "3 пъти", "три дни", "две седмици", "шест месеца"]:
        assert any(figure in found for found in QUANTITY_RE.findall(matching_form(figure))), figure


def test_bulgarian_section_names_are_matched_by_word():
    rubric = default_rubric()
    assert rubric.get("problem").headings.find(matching_form("ТЕКУЩО СЪСТОЯНИЕ"))
    assert rubric.get("user_trust").headings.find(matching_form("Човешки контрол"))
    assert rubric.get("rollout").headings.find(matching_form("План за внедряване"))
    assert rubric.get("fairness_safety").headings.find(matching_form("Защита на личните данни"))
    assert all("текущо състояние" not in item.embedded_headings for item in rubric)


# An English spec's verdicts, as they were before the Bulgarian vocabulary: no Bulgarian word may move them.
ENGLISH_STATUSES = {
    "problem": "present", "need_for_ai": "missing", "success_metrics": "present", "data": "missing",
    "approach": "present", "thresholds": "present", "evaluation": "present", "failure_modes": "present",
    "user_trust": "present", "explainability": "missing", "fairness_safety": "present", "cost": "present",
    "monitoring": "partial", "rollout": "partial",
}


def test_an_english_spec_reads_as_it_did_before_the_bulgarian_words(reviewer):
    text = (REPO / "tests" / "data" / "specs" / "radiology-triage-boldheadings.md").read_text(encoding="utf-8")
    assert reviewer.review(text).statuses == ENGLISH_STATUSES
