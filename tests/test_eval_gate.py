"""The quality gate: the golden sets must clear the floors in eval/gate.yml, on every change."""

from __future__ import annotations

import json

import pytest

from bot.core.answering import Answerer
from bot.evaluation.cli import check_gate, load_gate
from bot.evaluation.golden import load_dataset, report, run_questions
from bot.evaluation.golden import all_metrics
from bot.evaluation.metrics import auroc
from tests.conftest import REPO, make_settings

GATE = load_gate(REPO / "eval" / "gate.yml")


@pytest.fixture(scope="module")
def knowledge_report(knowledge_index, tmp_path_factory):
    answerer = Answerer(make_settings(tmp_path_factory.mktemp("unused")), knowledge_index)
    return report(run_questions(answerer, load_dataset(REPO / "eval" / "questions.jsonl")))


@pytest.fixture(scope="module")
def seeds_report(seeds_index, tmp_path_factory):
    answerer = Answerer(make_settings(tmp_path_factory.mktemp("unused")), seeds_index)
    return report(run_questions(answerer, load_dataset(REPO / "eval" / "seeds.jsonl")))


def test_golden_set_meets_its_contract():
    questions = load_dataset(REPO / "eval" / "questions.jsonl")
    knowledge = {p.name for p in (REPO / "knowledge").glob("*.md")}
    assert len(questions) >= 60
    unanswerable = [q for q in questions if not q.answerable]
    assert len(unanswerable) >= 15 and all(not q.sources for q in unanswerable)
    assert sum(1 for q in questions if q.lang == "zh") >= 10
    assert all(set(q.sources) <= knowledge and q.sources for q in questions if q.answerable)
    assert {q.split for q in questions} == {"dev", "holdout"}


def test_knowledge_golden_set_clears_the_gate(knowledge_report):
    failures = check_gate(knowledge_report["metrics"], GATE["questions"])
    assert not failures, failures


def test_holdout_split_clears_the_gate_too(knowledge_report):
    # The holdout questions were never used to fit the confidence model or choose its cut-offs.
    failures = check_gate(knowledge_report["by_split"]["holdout"], GATE["holdout"])
    assert not failures, failures


def test_seeds_and_cross_language_clear_the_gate(seeds_report):
    assert not check_gate(seeds_report["metrics"], GATE["seeds"])
    assert not check_gate(seeds_report["crosslang"], GATE["crosslang"])


def test_metrics_can_be_recomputed_from_the_per_question_list(knowledge_report):
    rows = json.loads(json.dumps(knowledge_report["questions"]))  # what `aipm eval --json` prints
    for row in rows:
        assert {"id", "question", "label", "score", "escalate", "sources", "right", "answer", "mode", "points",
                "points_covered", "sentences"} <= set(row)
    recomputed = all_metrics(rows)
    for key in ("recall_at_1", "recall_at_5", "mrr", "unanswerable_escalated", "answerable_escalated",
                "high_precision", "score_auroc", "key_point_recall", "fully_answered", "confident_junk",
                "junk_sentences", "answer_chars_mean"):
        assert recomputed[key] == knowledge_report["metrics"][key]


def test_auroc_and_gate_arithmetic():
    assert auroc([0.9, 0.8, 0.2, 0.1], [True, True, False, False]) == 1.0
    assert auroc([0.1, 0.9], [True, False]) == 0.0
    assert check_gate({"recall_at_5": 0.8, "answerable_escalated": 0.2},
                      {"recall_at_5": 0.9, "answerable_escalated_max": 0.15}) == [
        "recall_at_5 = 0.8 is below the gate's 0.9",
        "answerable_escalated = 0.2 is above the gate's 0.15",
    ]
