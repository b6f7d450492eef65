"""Specs in Ukrainian, read in their own words (eval/specs-v2/unseen-77's public hearing minutes, the first Ukrainian
spec): Ukrainian letters (є, і, ї, ґ) and the apostrophe inside a word read as letters, section names, body wording,
function words, figures and hand-waving. The specs here are written for the tests."""

from __future__ import annotations

import pytest

from bot.core.documents.structure import sentence_spans
from bot.core.review.meaning import QUANTITY_RE
from bot.core.review.placeholders import WORD_RE
from bot.core.review.reviewer import Reviewer
from bot.core.review.rubric import default_rubric
from bot.core.review.run_in import run_in_head
from bot.core.review.wording import matching_form, reads_as_english, word_count
from tests.conftest import REPO

UKRAINIAN_SPEC = (
    "ПОТОЧНИЙ СТАН\n\n"
    "Служба підтримки отримує близько 4 000 звернень на місяць. Зараз троє операторів сортують їх вручну, тому "
    "клієнти чекають на відповідь у середньому 5 днів, а кількість скарг зростає щороку.\n\n"
    "МЕТА\n\n"
    "До кінця 2027 року ми хочемо скоротити час відповіді з 5 до 2 днів.\n\n"
    "ДАНІ\n\n"
    "Модель навчена на 60 000 звернень за 2022–2025 роки, які досвідчені оператори розмітили вручну.\n\n"
    "ЛЮДСЬКИЙ КОНТРОЛЬ\n\n"
    "Система лише пропонує категорію і нічого не вирішує сама; остаточне рішення завжди ухвалює оператор, який "
    "може відхилити пропозицію одним натисканням.\n\n"
    "ВИТРАТИ\n\n"
    "Ліцензія коштує 240 000 гривень на рік, а хмарні сервіси близько 15 тис. грн на місяць.\n\n"
    "МОНІТОРИНГ\n\n"
    "Щотижня ми перевіряємо точність пропозицій; якщо два тижні поспіль вона нижча за 85 %, сповіщаємо аналітиків.\n\n"
    "ВПРОВАДЖЕННЯ\n\n"
    "Спочатку 6 тижнів пілотний період в одному регіональному відділенні, потім поступове розширення на всі.\n"
)


@pytest.fixture(scope="module")
def reviewer(knowledge_index) -> Reviewer:
    return Reviewer(knowledge_index.settings, knowledge_index)


def test_a_spec_in_ukrainian_is_read_in_its_own_words(reviewer):
    review = reviewer.review(UKRAINIAN_SPEC)
    for item in ("problem", "success_metrics", "data", "user_trust", "cost", "monitoring", "rollout"):
        assert review.item(item).status != "missing", (item, review.item(item).reason)
    for item in ("problem", "cost"):
        assert review.item(item).status == "present", (item, review.item(item).reason)
    # What the user reads: the spec's own sentences, quoted under the item they answer.
    assert any("остаточне рішення завжди ухвалює оператор" in quote for quote in review.item("user_trust").evidence)
    assert any("пілотний період" in quote for quote in review.item("rollout").evidence)
    assert any("240 000 гривень" in quote for quote in review.item("cost").evidence)


def test_ukrainian_numbered_paragraphs_with_run_in_heads_are_read(reviewer):
    review = reviewer.review(
        "Шановні колеги,\n\n"
        "1. Точність. Ми перевірили модель на 1 000 випадково обраних заявок, які не використовували для навчання; "
        "двоє експертів оцінили їх, не бачачи відповіді моделі, і модель правильно визначила 91 % з них.\n\n"
        "2. Ризики. Якщо немає зв'язку, прогноз недоступний, і команда працює як раніше, вручну.\n"
    )
    assert review.item("evaluation").status == "present", review.item("evaluation").reason
    assert any("випадково обраних заявок" in quote for quote in review.item("evaluation").evidence)
    assert review.item("failure_modes").status != "missing", review.item("failure_modes").reason


@pytest.mark.parametrize(
    ("text", "item_id"),
    [
        ("МОНІТОРИНГ\n\nРезультати моделі будуть під постійним моніторингом.\n", "monitoring"),
        ("КРИТЕРІЇ ПРИЙНЯТТЯ\n\nМи запустимо систему, коли вона буде достатньо точною.\n", "thresholds"),
    ],
)
def test_ukrainian_hand_waving_is_vague_not_silence(reviewer, text, item_id):
    result = reviewer.review(text).item(item_id)
    assert result.status == "partial", result.reason


def test_ukrainian_letters_and_apostrophes_are_read_as_letters():
    assert word_count("Мета ясна. Їхня пам'ять добра.") == 5
    line = "Мета ясна. Їхня пам'ять добра. Ґрунт сухий. Єдиний шлях. Інший шлях."
    assert [line[start:end].strip() for start, end in sentence_spans(line)] == [
        "Мета ясна.", "Їхня пам'ять добра.", "Ґрунт сухий.", "Єдиний шлях.", "Інший шлях."]
    assert len(sentence_spans("Див. ст. 4, напр. 10 тис. грн. на місяць, т.д.")) == 1
    assert run_in_head("4. Ґарантії. Модель перевірили на 500 заявках.") == "Ґарантії"
    assert run_in_head("Система працює. Модель перевірили.") == ""
    # Every typing of the apostrophe is one word, matched by one phrase.
    assert {matching_form(word) for word in ["пам'ять", "пам’ять", "памʼять", "ПАМ'ЯТЬ"]} == {"памʼять"}
    assert WORD_RE.findall("з'ясувати пам’ять") == ["з'ясувати", "пам’ять"]
    rubric = default_rubric()
    assert rubric.get("failure_modes").cues.find(matching_form("Якщо немає зв’язку, прогноз недоступний."))


def test_ukrainian_sentences_are_not_read_as_english_and_their_figures_are_figures():
    assert not reads_as_english("Оператор завжди сам вирішує щодо звернення і якщо не згоден, може його відхилити.")
    assert reads_as_english("We ship it for the night shift only, and the man on call signs it off.")
    for figure in ["15 хвилин", "6 годин", "30 днів", "2 тижні", "3 місяці", "2 роки", "500 гривень", "150 грн",
                   "20 відсотків", "3 рази", "10 тис.", "три дні", "два тижні", "п'ять років"]:
        assert any(matching_form(figure) in found for found in QUANTITY_RE.findall(matching_form(figure))), figure
    # A year is a date, not a span.
    assert not QUANTITY_RE.findall(matching_form("план на 2027 рік"))


def test_ukrainian_section_names_are_matched_by_word():
    rubric = default_rubric()
    assert rubric.get("problem").headings.find(matching_form("ПОТОЧНИЙ СТАН"))
    assert rubric.get("user_trust").headings.find(matching_form("Людський контроль"))
    assert rubric.get("rollout").headings.find(matching_form("Пілотний проєкт"))
    assert rubric.get("fairness_safety").headings.find(matching_form("Захист персональних даних"))
    assert all("поточний стан" not in item.embedded_headings for item in rubric)


# An English spec's verdicts, as they were before the Ukrainian vocabulary: no Ukrainian word may move them.
ENGLISH_STATUSES = {
    "problem": "present", "need_for_ai": "missing", "success_metrics": "present", "data": "missing",
    "approach": "present", "thresholds": "present", "evaluation": "present", "failure_modes": "present",
    "user_trust": "present", "explainability": "missing", "fairness_safety": "present", "cost": "present",
    "monitoring": "partial", "rollout": "partial",
}


def test_an_english_spec_reads_as_it_did_before_the_ukrainian_words(reviewer):
    text = (REPO / "tests" / "data" / "specs" / "radiology-triage-boldheadings.md").read_text(encoding="utf-8")
    assert reviewer.review(text).statuses == ENGLISH_STATUSES
