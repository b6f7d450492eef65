"""The `aipm` command as a user runs it: real processes, real data folders, the JSON contract."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FIXTURE, REPO
from tests.pg import free_port, wait_for_port

AIPM = [sys.executable, "-m", "bot"]


def run_aipm(*args: str, data_dir: Path, extra_env: dict[str, str] | None = None, stdin: str | None = None,
             timeout: int = 300) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AIPM_", "SLACK_"))}
    env.update({"AIPM_DATA_DIR": str(data_dir), "HF_HUB_OFFLINE": "1"})
    env.update(extra_env or {})
    return subprocess.run(
        [*AIPM, *args], cwd=data_dir.parent, env=env, input=stdin, capture_output=True, text=True, timeout=timeout
    )


@pytest.fixture(scope="module")
def fixture_data(tmp_path_factory) -> Path:
    """`aipm ingest` of the in-repo fixture corpus (txt, html, md, pdf) into a fresh data folder."""
    data_dir = tmp_path_factory.mktemp("cli") / "data"
    result = run_aipm("ingest", str(FIXTURE), "--no-progress", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    count = len(list(FIXTURE.iterdir()))
    assert f"Ingested {count} file(s)" in result.stdout and "added" in result.stdout
    return data_dir


def test_ask_json_contract(fixture_data):
    result = run_aipm("ask", "--json", "What habits should a team follow when changing prompts?", data_dir=fixture_data)
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert len(lines) == 1, "exactly one JSON object on stdout"
    payload = json.loads(lines[0])
    assert set(payload) == {"question", "answer", "mode", "confidence", "escalate", "sources"}
    assert payload["mode"] == "extractive"
    assert set(payload["confidence"]) == {"label", "score"}
    assert payload["confidence"]["label"] in {"high", "medium", "low"}
    assert 0.0 <= payload["confidence"]["score"] <= 1.0
    assert isinstance(payload["escalate"], bool)
    assert payload["sources"][0]["source"] == "linkedin-prompt-habits.txt"
    for source in payload["sources"]:
        assert set(source) == {"source", "title", "section", "score"}


@pytest.mark.parametrize("question", ["What is the capital of Australia?", "今天北京的天气怎么样？"])
def test_ask_json_out_of_scope_is_low_and_escalated(fixture_data, question):
    payload = json.loads(run_aipm("ask", "--json", question, data_dir=fixture_data).stdout)
    assert payload["confidence"]["label"] == "low" and payload["escalate"] is True
    assert payload["sources"] == []


def test_rerun_ingest_embeds_nothing(fixture_data):
    result = run_aipm("ingest", str(FIXTURE), "--no-progress", data_dir=fixture_data)
    assert "0 chunk(s) added" in result.stdout and "0 removed" in result.stdout


def test_friendly_errors_not_tracebacks(tmp_path, fixture_data):
    empty = run_aipm("ask", "What is RAG?", data_dir=tmp_path / "nothing-here")
    assert empty.returncode == 2 and "aipm ingest" in empty.stderr and "Traceback" not in empty.stderr
    blank = run_aipm("ask", "   ", data_dir=fixture_data)
    assert blank.returncode == 2 and "Please type a question" in blank.stderr and "Traceback" not in blank.stderr
    bad_setting = run_aipm("ask", "x", data_dir=fixture_data, extra_env={"AIPM_TOP_K": "many"})
    assert bad_setting.returncode == 2 and "top_k" in bad_setting.stderr and "Traceback" not in bad_setting.stderr


def test_chat_loop_answers_and_keeps_thread_context(fixture_data):
    result = run_aipm("chat", data_dir=fixture_data, stdin="What permissions should an AI agent be given?\n\n")
    assert result.returncode == 0
    assert "coach>" in result.stdout and "agent-permissions-translated.txt" in result.stdout


@pytest.fixture
def chroma_server(tmp_path):
    """A real `chroma run` server on loopback, started for this test and stopped after it."""
    chroma = shutil.which("chroma", path=str(Path(sys.executable).parent)) or shutil.which("chroma")
    assert chroma, "the chroma CLI ships with chromadb"
    port = free_port()
    process = subprocess.Popen(
        [chroma, "run", "--path", str(tmp_path / "chroma-server"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        if not wait_for_port(port, 60):
            pytest.fail("chroma server did not start")
        yield port
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_chroma_server_mode_ingests_and_answers(chroma_server, tmp_path):
    env = {"AIPM_CHROMA_HOST": "127.0.0.1", "AIPM_CHROMA_PORT": str(chroma_server)}
    data_dir = tmp_path / "data"
    ingested = run_aipm("ingest", str(FIXTURE), "--no-progress", data_dir=data_dir, extra_env=env)
    assert ingested.returncode == 0, ingested.stderr
    assert not (data_dir / "chroma").exists(), "server mode must not write an embedded store"
    again = run_aipm("ingest", str(FIXTURE), "--no-progress", data_dir=data_dir, extra_env=env)
    assert "0 chunk(s) added" in again.stdout
    payload = json.loads(run_aipm("ask", "--json", "冷启动的时候合成数据能用吗 要多少条", data_dir=data_dir, extra_env=env).stdout)
    assert payload["sources"][0]["source"] == "zh-cold-start.txt"


def test_chroma_server_down_is_a_clear_error(tmp_path):
    env = {"AIPM_CHROMA_HOST": "127.0.0.1", "AIPM_CHROMA_PORT": str(free_port())}
    result = run_aipm("ask", "What is RAG?", data_dir=tmp_path / "data", extra_env=env)
    assert result.returncode == 2
    assert "Chroma server" in result.stderr and "Traceback" not in result.stderr


def test_python_dash_m_ingest_runs_the_same_job(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.md").write_text("# Red-teaming\n\nTry prompt injection on every release.\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AIPM_", "SLACK_"))}
    env["AIPM_DATA_DIR"] = str(tmp_path / "data")
    result = subprocess.run([sys.executable, "-m", "ingest", str(folder), "--no-progress"], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0 and "Ingested 1 file(s)" in result.stdout


def test_eval_over_any_folder_reports_answers_plots_and_a_failed_gate(tmp_path):
    dataset = tmp_path / "mini.jsonl"
    dataset.write_text(
        '{"id": "q1", "question": "What permissions should an AI agent be given?", "answerable": true, '
        '"sources": ["agent-permissions-translated.txt"], "points": [["permission"], ["xylophone quartet"]]}\n'
        '{"id": "q2", "question": "What is the capital of Australia?", "answerable": false, "sources": []}\n',
        encoding="utf-8",
    )
    gate = tmp_path / "gate.yml"
    gate.write_text("questions:\n  recall_at_1: 1.0\n  key_point_recall: 0.75\n", encoding="utf-8")
    result = run_aipm("eval", "--dataset", str(dataset), "--corpus", str(FIXTURE), "--json", "--gate", str(gate),
                      "--plot", str(tmp_path / "plots"), "--markdown", str(tmp_path / "figures.md"),
                      data_dir=tmp_path / "data")
    assert result.returncode == 1, result.stderr  # no answer can state "xylophone quartet": recall is at most 0.5
    report = json.loads(result.stdout)
    metrics = report["metrics"]
    assert metrics["questions"] == 2 and metrics["recall_at_1"] == 1.0 and metrics["unanswerable_escalated"] == 1.0
    q1, q2 = report["questions"]
    assert q1["right"] is True and q2["escalate"] is True
    assert q1["answer"] and q1["mode"] and q1["label"] in {"high", "medium", "low"}
    assert [p["phrasings"] for p in q1["points"]] == [["permission"], ["xylophone quartet"]]
    assert q1["points"][0]["matched"] == "permission" and q1["points"][1]["matched"] is None
    assert metrics["key_point_recall"] == 0.5 and metrics["fully_answered"] == 0.0
    # The first line read states "permission" or it does not; the share agrees with the record.
    assert q1["opens_with_point"] in (True, False)
    assert metrics["opens_with_point"] == float(q1["opens_with_point"])
    assert all({"text", "quoted", "junk"} <= set(s) for s in q1["sentences"])
    assert report["gate"]["passed"] is False
    assert report["gate"]["failures"] == ["key_point_recall = 0.5 is below the gate's 0.75"]
    assert not (tmp_path / "data" / "chroma").exists(), "--corpus must not touch the data folder's index"
    table = (tmp_path / "figures.md").read_text(encoding="utf-8")
    assert "| key-point recall | 50.0% |" in table
    for name in ("reliability.png", "risk_coverage.png"):
        assert (tmp_path / "plots" / name).read_bytes().startswith(b"\x89PNG")


def test_eval_rejects_a_broken_dataset(fixture_data, tmp_path):
    dataset = tmp_path / "broken.jsonl"
    dataset.write_text('{"id": "q1", "question": "no answerable field"}\n', encoding="utf-8")
    result = run_aipm("eval", "--dataset", str(dataset), data_dir=fixture_data)
    assert result.returncode == 2 and "broken.jsonl:1" in result.stderr and "Traceback" not in result.stderr
    dataset.write_text('{"id": "q1", "question": "q?", "answerable": true, "sources": ["a.md"], "points": ["flat"]}\n',
                       encoding="utf-8")
    bad_points = run_aipm("eval", "--dataset", str(dataset), data_dir=fixture_data)
    assert bad_points.returncode == 2 and "points must be a list of lists" in bad_points.stderr
    dataset.write_text('{"id": "q1", "question": "q?", "answerable": false, "sources": []}\n', encoding="utf-8")
    no_section = run_aipm("eval", "--dataset", str(dataset), "--gate", str(REPO / "eval" / "gate.yml"),
                          "--section", "nonesuch", data_dir=fixture_data)
    assert no_section.returncode == 2 and "no section 'nonesuch'" in no_section.stderr


def test_report_and_escalations_on_an_empty_history(tmp_path):
    data_dir = tmp_path / "data"
    report = run_aipm("report", "--json", data_dir=data_dir)
    assert report.returncode == 0, report.stderr
    assert json.loads(report.stdout)["questions"] == 0
    listing = run_aipm("escalations", data_dir=data_dir)
    assert listing.returncode == 0 and "No open escalations." in listing.stdout
    html_report = run_aipm("report", "--html", str(tmp_path / "r.html"), data_dir=data_dir)
    assert html_report.returncode == 0 and "<h1>aipm-coach report</h1>" in (tmp_path / "r.html").read_text()


def test_every_safe_to_show_error_reaches_the_terminal_as_one_line(tmp_path, monkeypatch, capsys):
    """One except clause in the CLI handles them all, so each must share the base it catches."""
    from bot.cli import main
    from bot.core.answering import InvalidQuestion
    from bot.core.embeddings import ModelUnavailable
    from bot.core.generation.chat_model import LLMConfigError
    from bot.core.index import IndexUnavailable
    from bot.core.review.documents import SpecError
    from bot.errors import FriendlyError, UserError
    from bot.evaluation.golden import DatasetError
    from bot.evaluation.specs import SpecSetError

    for error in (FriendlyError, InvalidQuestion, ModelUnavailable, LLMConfigError, IndexUnavailable, SpecError,
                  DatasetError, SpecSetError):
        assert issubclass(error, UserError), error
    empty = tmp_path / "empty.md"
    empty.write_text("", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("AIPM_DATA_DIR", str(tmp_path / "data"))
    assert main(["review", str(empty)]) == 2
    assert capsys.readouterr().err.startswith("aipm: the spec is empty")


def test_corrections_are_listed_and_removed_from_the_terminal(tmp_path, embedder):
    from bot.core.index import KnowledgeIndex
    from bot.services import Services
    from tests.conftest import make_settings

    data_dir = tmp_path / "data"
    settings = make_settings(data_dir)
    services = Services(settings, index=KnowledgeIndex(settings, embedder=embedder))
    spec = "Triage assistant\n\nWe will compare hit rates for claims written in Welsh and in English before go-live.\n"
    review_id = services.interactions.record_review(services.reviewer.review(spec), spec, surface="review")
    kept = services.review_corrections.record(
        review_id, "fairness_safety", "We will compare hit rates for claims written in Welsh and in English", "present", "U0PM"
    )
    services.store.close()

    listing = run_aipm("corrections", "--json", data_dir=data_dir)
    assert listing.returncode == 0, listing.stderr
    [row] = json.loads(listing.stdout)
    assert (row["id"], row["item_id"], row["status"], row["user_id"]) == (kept.id, "fairness_safety", "present", "U0PM")
    assert "fairness_safety" in run_aipm("corrections", data_dir=data_dir).stdout

    removed = run_aipm("corrections", "--remove", kept.id, "--by", "U0COACH", data_dir=data_dir)
    assert removed.returncode == 0 and "no longer count" in removed.stdout
    again = run_aipm("corrections", "--remove", kept.id, data_dir=data_dir)
    assert again.returncode == 2 and "aipm: no correction" in again.stderr and "Traceback" not in again.stderr
    assert "No review corrections." in run_aipm("corrections", data_dir=data_dir).stdout


def test_ingest_of_only_broken_files_says_which_and_why_and_fails(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 broken")
    (folder / "x.md").write_bytes(b"\xff\xfe\x00\x00garbage")
    result = run_aipm("ingest", str(folder), "--no-progress", data_dir=tmp_path / "data")
    assert result.returncode == 1
    assert "Ingested 0 file(s)" in result.stdout and "Skipped 2 file(s)" in result.stdout
    assert "broken.pdf: broken PDF" in result.stdout and "x.md: binary file, not text" in result.stdout
    # The skip line says it once: no library warning about the same file, no traceback.
    assert "WARNING" not in result.stderr and "Traceback" not in result.stderr
