"""`aipm eval --llm` and `--judge`: the model's figures from per-question records, and the judge's grades."""

import argparse

import pytest
from langchain_core.messages import AIMessage

from bot.config import Settings
from bot.errors import FriendlyError
from bot.evaluation.cli import eval_settings
from bot.evaluation.formatting import format_metrics, markdown_table
from bot.evaluation.golden import all_metrics
from bot.evaluation.judge import judge_prompt, judge_records, parse_grade
from tests.core.generation.fakes import failing, replying


def record(qid, *, mode="generated", fallback="", claims=3, unsupported=0, share=1.0, ms=1000.0, points=(1, 2),
           answer="Pick the threshold on a tuning split [1]."):
    covered, total = points
    return {
        "id": qid, "question": "q", "answerable": True, "expected": ["a.md"], "label": "medium", "score": 0.5,
        "escalate": False, "sources": ["a.md"], "right": True, "rank": 1, "latency_ms": ms + 50, "lang": "en",
        "style": "", "split": "dev", "features": {}, "answer": answer, "mode": mode, "covered": True,
        "points": [{"phrasings": [f"point {n}"], "matched": None} for n in range(total)],
        "points_covered": covered, "points_total": total, "sentences": [], "answer_chars": len(answer),
        "fallback": fallback, "claims": claims, "unsupported_claims": unsupported,
        "supported_share": share if claims else None, "generation_ms": ms, "tokens_in": 900, "tokens_out": 60,
    }


def test_model_figures_from_the_records():
    records = [
        record("a", claims=4, unsupported=1, share=0.75, ms=1000),
        record("b", claims=2, unsupported=0, share=1.0, ms=3000),
        record("c", mode="extractive", fallback="ungrounded", claims=3, unsupported=2, share=1 / 3, ms=5000),
        record("d", mode="extractive", fallback="timeout", claims=0, ms=30000),
    ]
    m = all_metrics(records)
    assert m["generation_attempts"] == 4 and m["generated_shown"] == 0.5
    assert m["fallbacks"] == {"timeout": 1, "ungrounded": 1}
    assert m["answers_with_unsupported"] == pytest.approx(2 / 3, abs=1e-4)  # of the 3 whose claims were checked
    assert m["claims_checked"] == 9 and m["claims_unsupported"] == pytest.approx(3 / 9, abs=1e-4)
    assert m["generation_ms_p50"] == 4000.0 and m["tokens_in_mean"] == 900.0
    text = format_metrics("set", m)
    assert "shown 50.0% of 4 attempts" in text and "answers with an unsupported claim 66.7%" in text
    table = markdown_table("set", {"metrics": m})
    assert "| answers with an unsupported claim | 66.7% |" in table and "| tokens in / out (mean) | 900.0 / 60.0 |" in table


def test_an_extractive_run_has_no_model_figures():
    plain = record("a")
    for key in ("fallback", "claims", "unsupported_claims", "supported_share", "generation_ms", "tokens_in",
                "tokens_out"):
        del plain[key]
    m = all_metrics([plain])
    assert "generation_attempts" not in m and "generated" not in format_metrics("set", m)
    assert "unsupported" not in markdown_table("set", {"metrics": m})


def test_the_judge_grades_key_points_beside_phrase_matching():
    records = [record("a", points=(0, 3)), record("b", points=(1, 2)), record("c", points=(1, 1))]
    judge_records(replying("1, 3", "none", "I think point 7 and also... banana"), records)
    assert [r["judge_points_covered"] for r in records] == [2, 0, None]  # 7 is not a point: no grade
    m = all_metrics(records)
    assert m["judge_graded"] == 2 and m["judge_key_point_recall"] == pytest.approx((2 / 3 + 0) / 2, abs=1e-4)
    assert "as graded by the model (2 graded)" in format_metrics("set", m)


def test_a_failing_judge_leaves_a_gap_not_an_error():
    records = [record("a")]
    judge_records(failing(TimeoutError("slow")), records)
    assert records[0]["judge_points_covered"] is None and "judge_key_point_recall" not in all_metrics(records)


def test_judge_prompt_and_grade_parsing():
    messages = judge_prompt("Use a tuning split [1].", [["tuning split"], ["two reviewers", "两名评审"]])
    assert "1. tuning split\n2. two reviewers / 两名评审" in messages[-1].content
    assert parse_grade("2", 2) == 1 and parse_grade("1,2,2", 2) == 2 and parse_grade("没有", 2) == 0
    assert parse_grade(AIMessage("").content, 2) is None


def test_eval_is_extractive_unless_asked_for_the_model():
    configured = Settings(_env_file=None, llm="openai:gpt-4o-mini")
    args = argparse.Namespace(llm=False, judge=False)
    assert eval_settings(args, configured).llm == ""
    assert eval_settings(argparse.Namespace(llm=True, judge=False), configured).llm == "openai:gpt-4o-mini"
    assert eval_settings(argparse.Namespace(llm=False, judge=True), configured).llm == ""  # judge only
    with pytest.raises(FriendlyError, match="set AIPM_LLM"):
        eval_settings(argparse.Namespace(llm=True, judge=False), Settings(_env_file=None))
