"""Specs in Polish and in Indonesian, read in their own words, and the English wording unseen-61 found unread
(eval/specs-v2/unseen-61, Round 55 of docs/spec-review.md). The specs here are written for the tests."""

from __future__ import annotations

import pytest

from bot.core.review.patterns import data
from bot.core.review.reviewer import Reviewer
from bot.core.review.rubric import default_rubric
from bot.core.review.spec import parse_spec
from bot.core.review.wording import matching_form

# unseen-61's participatory-budget form (formularz zgłoszenia projektu) had eleven items called missing, and its
# usability report in Indonesian and English five: the reviewer had no words for either language.
POLISH_SPEC = (
    "Opis problemu\n\n"
    "Mieszkańcy przysyłają co miesiąc ok. 1 800 zgłoszeń uszkodzeń jezdni. Dwóch pracowników przegląda je ręcznie, "
    "a średni czas oczekiwania na naprawę wynosi 19 dni.\n\n"
    "Dlaczego sztuczna inteligencja\n\n"
    "Próbowaliśmy prostej reguły opartej na słowach kluczowych, ale nie sprawdziła się: zdjęcia bez opisu trafiały "
    "do złej kolejki w 4 przypadkach na 10.\n\n"
    "Cel projektu\n\n"
    "Chcemy, aby średni czas od zgłoszenia do naprawy spadł z 19 do 8 dni do końca 2027 r.\n\n"
    "Źródła danych\n\n"
    "Model zostanie wytrenowany na 26 000 archiwalnych zgłoszeń ze zdjęciami, oznaczonych przez dyspozytorów. Dane "
    "należą do Zarządu Dróg i są przechowywane na serwerach miasta.\n\n"
    "Kto decyduje\n\n"
    "System tylko proponuje kategorię. Ostateczna decyzja należy do dyspozytora, który może ją odrzucić jednym "
    "kliknięciem.\n\n"
    "Koszty\n\n"
    "Wdrożenie kosztuje 84 000 zł, a utrzymanie ok. 12 000 zł rocznie.\n\n"
    "Wdrożenie\n\n"
    "Najpierw przez dwa miesiące w jednej dzielnicy, potem stopniowo w całym mieście.\n"
)
INDONESIAN_SPEC = (
    "Latar belakang\n\n"
    "Setiap bulan petugas koperasi memeriksa sekitar 2.400 foto nota pembelian pupuk secara manual. Rata-rata satu "
    "nota butuh 4 menit, dan keluhan anggota soal pencairan yang terlambat terus naik.\n\n"
    "Kenapa AI\n\n"
    "Aturan sederhana berbasis kata kunci sudah dicoba tahun lalu, tapi tidak cukup: nota tulisan tangan tidak bisa "
    "dibaca oleh aturan itu.\n\n"
    "Tujuan\n\n"
    "Tujuannya menurunkan waktu pencairan dari 9 hari menjadi kurang dari 3 hari pada akhir 2027.\n\n"
    "Sumber data\n\n"
    "Model dilatih dengan 18.000 foto nota dari tahun 2023 sampai 2025 yang sudah diberi label oleh petugas. Data "
    "disimpan di server koperasi dan dihapus setelah 2 tahun.\n\n"
    "Kontrol pengguna\n\n"
    "Keputusan akhir tetap di tangan petugas, yang bisa koreksi atau menolak hasil dari sistem.\n\n"
    "Biaya\n\n"
    "Biaya pengembangan sekitar Rp 150 juta, ditambah lisensi Rp 4 juta per bulan.\n\n"
    "Pemantauan\n\n"
    "Akurasi dipantau setiap bulan oleh tim TI; kalau turun di bawah 90%, sistem dimatikan.\n"
)


@pytest.fixture(scope="module")
def reviewer(knowledge_index) -> Reviewer:
    return Reviewer(knowledge_index.settings, knowledge_index)


@pytest.mark.parametrize(("spec", "covered"), [
    (POLISH_SPEC, ("problem", "need_for_ai", "success_metrics", "data", "user_trust", "cost", "rollout")),
    (INDONESIAN_SPEC, ("problem", "need_for_ai", "success_metrics", "data", "user_trust", "cost", "monitoring")),
], ids=["polish", "indonesian"])
def test_a_spec_in_polish_or_indonesian_is_read_in_its_own_words(reviewer, spec, covered):
    review = reviewer.review(spec)
    for item in covered:
        assert review.item(item).status != "missing", (item, review.item(item).reason)


def test_a_bar_with_no_number_and_a_promise_of_fairness_in_polish_are_hand_waving(reviewer):
    review = reviewer.review(
        "Test i uruchomienie\n\n"
        "Przez dwa miesiące system będzie działał bez wysyłania powiadomień. Powiadomienia zaczną być wysyłane, gdy "
        "prognozy okażą się wystarczająco trafne. System będzie równie dobry dla wszystkich dzielnic.\n"
    )
    assert review.item("thresholds").status == "partial", review.item("thresholds").reason
    assert review.item("fairness_safety").status == "partial", review.item("fairness_safety").reason


# The English of unseen-61's FDA pre-submission letter and its data-challenge page: each sentence sits under a
# heading that names another item ("Clinical need", "Labeling", "Evaluation"), where only a cue places it.
CUED = [
    ("need_for_ai", "Other options for sorting the repairs queue have not worked:"),
    ("need_for_ai", "The call handlers' urgency checklist does not separate a dripping tap from a burst pipe."),
    ("need_for_ai", "A rule on the length of the report reached a precision of only 0.41 for urgent repairs."),
    ("explainability", "It plays a recording of each flagged sound, so that the engineer can hear what was detected."),
    ("explainability", "The report shows a map marking every detected leak along the main."),
    ("rollout", "After sign-off the tool will be available first to the two landlords in the study, and later to other "
                "housing associations."),
    ("rollout", "We'll start with a handful of teachers in the spring term and extend to every department after that."),
    ("fairness_safety", "The dashboard also reports the forecast error separately for the 120 clinics without a pharmacist."),
]


@pytest.mark.parametrize(("item_id", "sentence"), CUED)
def test_the_kind_of_sentence_is_a_cue_of_its_item(item_id, sentence):
    item = next(item for item in default_rubric() if item.id == item_id)
    assert item.find_cues(matching_form(sentence)), sentence


def test_a_person_marking_each_flagged_case_is_feedback_not_an_explanation():
    item = next(item for item in default_rubric() if item.id == "explainability")
    assert not item.find_cues(matching_form("Clerks mark each flagged timesheet OK or wrong, so we could use that later."))


def test_why_ai_said_as_simpler_ways_that_failed_under_the_problems_heading_is_found(reviewer):
    review = reviewer.review(
        "1. THE NEED\n\n"
        "Tenants report about 2,300 repairs a month, and urgent ones wait behind routine ones for 9 days on average.\n\n"
        "Other options for sorting the queue have not worked:\n\n"
        "- The call handlers' urgency checklist does not separate a dripping tap from a burst pipe.\n"
        "- A rule on the length of the report reached a precision of only 0.41 for urgent repairs.\n\n"
        "2. COMMERCIAL INTRODUCTION\n\n"
        "The tool will be available first to the two landlords in the study, and later to other housing associations.\n"
    )
    assert review.item("need_for_ai").status != "missing", review.item("need_for_ai").reason
    assert review.item("rollout").status != "missing", review.item("rollout").reason


def test_a_numbered_title_with_a_note_in_brackets_is_a_heading():
    spec = parse_spec(
        "3. Task results\n\nMost volunteers finished every task.\n\n"
        "4. Accuracy (side study, with the ML team)\n\nOf 240 children, 187 were measured within 1 cm.\n"
    )
    assert "Accuracy (side study, with the ML team)" in [section.heading for section in spec.sections]


def test_minutes_and_seconds_are_not_a_data_volume():
    volume = next(p for p in data.PATTERNS.concrete if p.regex.startswith(r"\b\d+(\.\d+)?\s*(k|m)\b"))
    assert not volume.compiled.search("| t1 | register a child | 17/18 | 1m 40s |")
    assert volume.compiled.search("fine-tuned minilm, 33m parameters")
