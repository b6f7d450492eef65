"""`aipm review` and `aipm eval --specs` as a user runs them: real processes on an ingested knowledge folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

AIPM = [sys.executable, "-m", "bot"]
SPECS = REPO / "eval" / "specs"


def run_aipm(*args: str, data_dir: Path, stdin: bytes | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AIPM_", "SLACK_"))}
    env.update({"AIPM_DATA_DIR": str(data_dir), "HF_HUB_OFFLINE": "1", "AIPM_LOG_LEVEL": "WARNING"})
    result = subprocess.run(
        [*AIPM, *args], cwd=data_dir.parent, env=env, input=stdin, capture_output=True, timeout=timeout
    )
    result.stdout, result.stderr = result.stdout.decode(), result.stderr.decode()
    return result


@pytest.fixture(scope="module")
def data_dir(knowledge_index) -> Path:
    """The session's ingested knowledge/ folder, the same thing `aipm ingest` writes."""
    return knowledge_index.settings.data_dir


def test_review_json_contract(data_dir):
    result = run_aipm("review", str(SPECS / "thin-hr-policy-qa.md"), "--json", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert len(lines) == 1, "exactly one JSON object on stdout"
    payload = json.loads(lines[0])
    assert set(payload) == {"score", "items", "top_fixes", "warnings"}
    assert isinstance(payload["score"], float) and 0.0 <= payload["score"] <= 1.0
    assert len(payload["items"]) == 14
    text = (SPECS / "thin-hr-policy-qa.md").read_text(encoding="utf-8")
    for item in payload["items"]:
        assert {"id", "status", "severity", "evidence", "suggestion", "question"} <= set(item)
        assert item["status"] in {"present", "partial", "missing"}
        assert (item["severity"] is None) == (item["status"] == "present")
        assert all(quote in text for quote in item["evidence"])
        assert ".md" in item["suggestion"]
    assert [fix["id"] for fix in payload["top_fixes"]] == ["thresholds", "evaluation", "problem"]
    assert payload["warnings"] == []


def test_review_reads_standard_input_and_reports_an_injection(data_dir):
    spec = (SPECS / "injection-review-highlights.md").read_bytes()
    payload = json.loads(run_aipm("review", "-", "--json", data_dir=data_dir, stdin=spec).stdout)
    assert payload["warnings"] and "ignored" in payload["warnings"][0]
    assert not any(item["status"] == "present" for item in payload["items"])


def test_review_human_output(data_dir):
    result = run_aipm("review", str(SPECS / "thin-meeting-notes-summarizer.md"), data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("Readiness: ")
    assert out.index("Rubric") < out.index("Fix first") < out.index("Details")
    assert "[x] User problem" in out and "[ ] Launch thresholds" in out and "[~]" in out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"\x00\x01\x02binary\xff\xfe" * 100, "does not look like text"),
        (b"word " * 10_001, "50,000"),
    ],
)
def test_review_refuses_bad_input_in_one_line(tmp_path, data_dir, content, message):
    path = tmp_path / "spec.md"
    path.write_bytes(content)
    result = run_aipm("review", str(path), data_dir=data_dir)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("aipm: ") and message in lines[0]
    assert "Traceback" not in result.stderr


def test_review_of_a_missing_file(tmp_path, data_dir):
    result = run_aipm("review", str(tmp_path / "nope.md"), data_dir=data_dir)
    assert result.returncode == 2 and result.stderr.strip() == f"aipm: no such file: {tmp_path / 'nope.md'}"


def test_eval_specs_json_with_the_gate(data_dir):
    result = run_aipm("eval", "--specs", str(SPECS), "--json", "--gate", str(REPO / "eval" / "gate.yml"),
                      data_dir=data_dir)
    assert result.returncode == 0, result.stderr[-2000:]
    payload = json.loads(result.stdout)
    metrics = payload["metrics"]
    for key in ("missing_precision", "missing_recall", "present_precision", "present_recall"):
        assert 0.0 <= metrics[key] <= 1.0
        assert all(key in figures for figures in payload["by_item"].values())
    assert payload["gate"] == {"passed": True, "failures": []}
    assert metrics["specs"] == 14


def test_eval_specs_fails_an_impossible_gate(tmp_path, data_dir):
    folder = tmp_path / "specs"
    folder.mkdir()
    for name in ("thin-sales-email-assistant", "thin-hr-policy-qa"):
        for suffix in (".md", ".expected.json"):
            (folder / f"{name}{suffix}").write_bytes((SPECS / f"{name}{suffix}").read_bytes())
    gate = tmp_path / "gate.yml"
    gate.write_text("specs:\n  missing_recall: 1.01\n", encoding="utf-8")
    result = run_aipm("eval", "--specs", str(folder), "--gate", str(gate), data_dir=data_dir)
    assert result.returncode == 1
    assert "gate: FAILED" in result.stdout and "missing_recall" in result.stdout
