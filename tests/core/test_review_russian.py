"""Specs in Russian, read in their own words (eval/specs-v2/unseen-78's director's order, the first Russian spec):
Russian letters (ё, ы, э, ъ) read as letters and ё as е, initials and abbreviations that end no sentence, section
names, body wording, function words, figures and hand-waving. The specs here are written for the tests."""

from __future__ import annotations

import pytest

from bot.core.documents.structure import sentence_spans
from bot.core.review.meaning import QUANTITY_RE
from bot.core.review.reviewer import Reviewer
from bot.core.review.rubric import default_rubric
from bot.core.review.run_in import run_in_head
from bot.core.review.wording import matching_form, reads_as_english, word_count
from tests.conftest import REPO

RUSSIAN_SPEC = (
    "ТЕКУЩЕЕ СОСТОЯНИЕ\n\n"
    "Контактный центр водоканала получает около 5 000 обращений в месяц. Сейчас четыре оператора распределяют их "
    "вручную, поэтому жители ждут ответа в среднем 6 дней, а число жалоб растёт каждый год.\n\n"
    "ЦЕЛЬ\n\n"
    "К концу 2027 года мы хотим сократить время ответа с 6 до 2 дней.\n\n"
    "ДАННЫЕ\n\n"
    "Модель обучена на 70 000 обращений за 2021–2025 годы, которые опытные операторы разметили вручную.\n\n"
    "ЧЕЛОВЕЧЕСКИЙ КОНТРОЛЬ\n\n"
    "Система только предлагает категорию и ничего не решает сама; окончательное решение всегда принимает оператор, "
    "который может отклонить предложение одним нажатием.\n\n"
    "ЗАТРАТЫ\n\n"
    "Лицензия обойдётся в 300 000 рублей в год, а облачные сервисы около 20 тыс. руб. в месяц.\n\n"
    "МОНИТОРИНГ\n\n"
    "Каждую неделю мы проверяем точность предложений; если две недели подряд она ниже 85 %, оповещаем аналитиков.\n\n"
    "ВНЕДРЕНИЕ\n\n"
    "Сначала 6 недель пилотный период в одном районном отделении, затем поэтапное расширение на все остальные.\n"
)


@pytest.fixture(scope="module")
def reviewer(knowledge_index) -> Reviewer:
    return Reviewer(knowledge_index.settings, knowledge_index)


def test_a_spec_in_russian_is_read_in_its_own_words(reviewer):
    review = reviewer.review(RUSSIAN_SPEC)
    for item in ("problem", "success_metrics", "data", "user_trust", "cost", "monitoring", "rollout"):
        assert review.item(item).status != "missing", (item, review.item(item).reason)
    for item in ("problem", "cost"):
        assert review.item(item).status == "present", (item, review.item(item).reason)
    # What the user reads: the spec's own sentences, quoted under the item they answer.
    assert any("окончательное решение всегда принимает оператор" in quote
               for quote in review.item("user_trust").evidence)
    assert any("поэтапное расширение" in quote for quote in review.item("rollout").evidence)
    assert any("300 000 рублей" in quote for quote in review.item("cost").evidence)


def test_russian_numbered_paragraphs_with_run_in_heads_are_read(reviewer):
    review = reviewer.review(
        "Уважаемые коллеги,\n\n"
        "1. Точность. Мы проверили модель на 1 000 случайно выбранных заявок, которые не использовались при обучении; "
        "два эксперта оценили их, не видя ответа модели, и модель правильно определила 91 % из них.\n\n"
        "2. Риски. Если нет связи, прогноз недоступен, и бригада работает как раньше, вручную.\n"
    )
    assert review.item("evaluation").status == "present", review.item("evaluation").reason
    assert any("случайно выбранных заявок" in quote for quote in review.item("evaluation").evidence)
    assert review.item("failure_modes").status != "missing", review.item("failure_modes").reason


def test_a_russian_order_without_section_names_is_read_point_by_point(reviewer):
    # A приказ: a preamble of grounds, then numbered points naming who does what, no section names.
    review = reviewer.review(
        "ПРИКАЗ\n\n"
        "г. Тверь · 3 февраля 2027 г. · № 21\n\n"
        "В связи с тем, что за 2026 год регистратура поликлиники получила 2 300 жалоб на очереди, пациенты ждут "
        "записи к врачу в среднем 12 дней, а врачи теряют до 15 % приёмов из-за неявки пациентов,\n\n"
        "ПРИКАЗЫВАЮ:\n\n"
        "1. Запустить в опытную эксплуатацию с 1 марта 2027 г. модель, предсказывающую неявку пациентов, в "
        "терапевтическом отделении.\n\n"
        "2. Заведующему отделением Орлову К. Б. ежемесячно сравнивать прогнозы модели с фактическими неявками и "
        "докладывать о расхождениях.\n\n"
        "3. Предусмотреть в бюджете на 2027 год 350 000 рублей на доработку модели и по 25 000 рублей в месяц на её "
        "обслуживание.\n"
    )
    for item in ("problem", "cost", "rollout", "monitoring"):
        assert review.item(item).status != "missing", (item, review.item(item).reason)
    assert review.item("cost").status == "present", review.item("cost").reason
    assert review.item("explainability").status == "missing", review.item("explainability").reason


@pytest.mark.parametrize(
    ("text", "item_id"),
    [
        ("МОНИТОРИНГ\n\nРезультаты модели будут под постоянным мониторингом.\n", "monitoring"),
        ("КРИТЕРИИ ПРИЁМКИ\n\nМы запустим систему, когда она будет достаточно точной.\n", "thresholds"),
    ],
)
def test_russian_hand_waving_is_vague_not_silence(reviewer, text, item_id):
    result = reviewer.review(text).item(item_id)
    assert result.status == "partial", result.reason


def test_russian_letters_initials_and_abbreviations_are_read_as_such():
    assert word_count("Цель ясна. Её объём большой.") == 5
    line = "Цель ясна. Её объём большой. Это второе. Ёмкость растёт."
    assert [line[start:end].strip() for start, end in sentence_spans(line)] == [
        "Цель ясна.", "Её объём большой.", "Это второе.", "Ёмкость растёт."]
    # Initials name one person; "г." before a town is an abbreviation, after a year it may end the sentence.
    line = "Поручить Петрову И. С. подготовить отчёт. См. Приложение 2 к приказу."
    assert [line[start:end].strip() for start, end in sentence_spans(line)] == [
        "Поручить Петрову И. С. подготовить отчёт.", "См. Приложение 2 к приказу."]
    line = "Совещание прошло в г. Тверь 5 марта 2026 г. Решение принято."
    assert [line[start:end].strip() for start, end in sentence_spans(line)] == [
        "Совещание прошло в г. Тверь 5 марта 2026 г.", "Решение принято."]
    assert len(sentence_spans("Адрес: ул. Садовая, д. 7, кв. 12, тел. 8-800, т.к. Офис закрыт.")) == 1
    assert run_in_head("4. Точность. Модель проверили на 500 заявках.") == "Точность"
    assert run_in_head("Система работает. Модель проверили.") == ""
    # ё and е are one letter to a phrase, whichever is typed.
    assert {matching_form(word) for word in ["всё", "все", "ВСЁ"]} == {"все"}
    rubric = default_rubric()
    assert rubric.get("rollout").cues.find(matching_form("Если все пройдет хорошо, расширим на весь район."))
    assert rubric.get("rollout").cues.find(matching_form("Если всё пройдёт хорошо, расширим на весь район."))


def test_russian_sentences_are_not_read_as_english_and_their_figures_are_figures():
    assert not reads_as_english("Оператор всегда сам решает по обращению и, если не согласен, может его отклонить.")
    assert reads_as_english("We ship it for the night shift only, and the man on call signs it off.")
    for figure in ["15 минут", "6 часов", "30 дней", "2 недели", "3 месяца", "2 года", "500 рублей", "150 руб.",
                   "20 процентов", "3 раза", "10 тыс.", "2 рабочих дня", "три дня", "пять лет"]:
        assert any(matching_form(figure) in found for found in QUANTITY_RE.findall(matching_form(figure))), figure
    # A year is a date, not a span.
    assert not QUANTITY_RE.findall(matching_form("план на 2027 год"))


def test_russian_section_names_are_matched_by_word():
    rubric = default_rubric()
    assert rubric.get("problem").headings.find(matching_form("ТЕКУЩЕЕ СОСТОЯНИЕ"))
    assert rubric.get("user_trust").headings.find(matching_form("Человеческий контроль"))
    assert rubric.get("rollout").headings.find(matching_form("Опытная эксплуатация"))
    assert rubric.get("thresholds").headings.find(matching_form("Критерии приемки"))
    assert rubric.get("fairness_safety").headings.find(matching_form("Защита персональных данных"))
    assert all("текущее состояние" not in item.embedded_headings for item in rubric)
    # A company's legal name in a letterhead names no item.
    assert not any(item.headings.find(matching_form("ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ")) for item in rubric)


# An English spec's verdicts, as they were before the Russian vocabulary: no Russian word may move them.
ENGLISH_STATUSES = {
    "problem": "present", "need_for_ai": "missing", "success_metrics": "present", "data": "missing",
    "approach": "present", "thresholds": "present", "evaluation": "present", "failure_modes": "present",
    "user_trust": "present", "explainability": "missing", "fairness_safety": "present", "cost": "present",
    "monitoring": "partial", "rollout": "partial",
}


def test_an_english_spec_reads_as_it_did_before_the_russian_words(reviewer):
    text = (REPO / "tests" / "data" / "specs" / "radiology-triage-boldheadings.md").read_text(encoding="utf-8")
    assert reviewer.review(text).statuses == ENGLISH_STATUSES
