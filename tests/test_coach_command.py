"""`aipm coach`: the same session in a terminal, driven through standard input, brief to a file."""

from __future__ import annotations

import argparse
import io

from bot.coach_command import run_coach
from bot.services import Services
from tests.conftest import make_settings
from tests.core.test_coaching import STRONG
from tests.test_cli import run_aipm


def test_a_piped_session_writes_the_brief_of_what_was_typed(tmp_path):
    brief_file = tmp_path / "brief.md"
    lines = ["no idea", STRONG[0], "what is an eval set?", "skip", "status", *STRONG[2:7], "stop"]
    result = run_aipm("coach", "invoice", "matching", "--out", str(brief_file),
                      data_dir=tmp_path / "data", stdin="\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Step 1 of 8: The problem and who has it" in out
    assert "what a strong answer looks like" in out  # "no idea" got help, not a pass
    assert "What is strong" in out and "Question to think about" in out
    assert "knowledge index is empty" in out  # the side question, honestly, with no index
    assert "▶ 3. Data needed, held and missing" in out and "↷ 2. Why AI at all" in out
    assert "Session stopped" in out and f"The brief is in {brief_file}" in out
    brief = brief_file.read_text(encoding="utf-8")
    assert brief.startswith("# AI product brief: invoice matching")
    assert STRONG[0] in brief and STRONG[6] in brief
    gaps = brief.split("## Gaps that remain")[1]
    assert "Why AI at all" in gaps and "Double PMF" in gaps
    assert "Traceback" not in result.stderr


def test_end_of_input_stops_and_a_chinese_idea_gets_a_chinese_session(tmp_path, index):
    # In process, on an empty index with the session's embedder: the subprocess test above covers the pipe.
    services = Services(make_settings(tmp_path / "data"), index=index)
    stdout = io.StringIO()
    args = argparse.Namespace(idea=["客服工单自动分类"], out=None, echo=False)
    run_coach(args, services.settings, services=services,
              stdin=io.StringIO("我们 20 人的客服团队每天花 2 小时手工分类工单，来自工单日志和访谈。\n"), stdout=stdout)
    out = stdout.getvalue()
    assert "第 1 步，共 8 步" in out and "做得好的地方" in out
    assert "# AI 产品简报: 客服工单自动分类" in out  # no --out: the brief is printed


def test_a_side_question_is_answered_with_its_label_and_sources(tmp_path, knowledge_index):
    services = Services(make_settings(tmp_path / "data"), index=knowledge_index)
    args = argparse.Namespace(idea=["churn", "predictor"], out=None, echo=True)
    stdout = io.StringIO()
    run_coach(args, services.settings, services=services,
              stdin=io.StringIO("what does RAG mean?\nstop\n"), stdout=stdout)
    out = stdout.getvalue()
    assert "Confidence: " in out and "prompt-rag-finetune-agents.md" in out
    assert out.rindex("Step 1 of 8") > out.index("Confidence: ")  # then back to the same step
    assert "Start again any time" in out  # stopped before any answer: no brief
