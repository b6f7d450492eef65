"""Ingest on a bad day: killed with SIGKILL halfway then rerun, and run while the bot answers."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.core.index import KnowledgeIndex
from ingest.pipeline import chunks_for, discover
from tests.chroma import ChromaServer
from tests.conftest import REPO, make_settings

TOPICS = ["evaluation", "latency", "pricing", "privacy", "labelling", "rollout", "drift", "fallbacks",
          "feedback", "guardrails", "onboarding", "costs", "fairness", "monitoring", "prompts",
          "retrieval", "agents", "annotation", "calibration", "escalation"]


def write_corpus(folder: Path, n: int = len(TOPICS)) -> Path:
    folder.mkdir(parents=True)
    for i, topic in enumerate(TOPICS[:n]):
        sections = []
        for s in range(3):
            body = " ".join(
                f"For {topic} work item {i}.{s}.{k}, the product manager writes down who decides, "
                f"which metric moves, and what the team does when the {topic} check fails."
                for k in range(6)
            )
            sections.append(f"## {topic.title()} step {s}\n\n{body}\n")
        (folder / f"{i:02d}-{topic}.md").write_text(f"# Guide to {topic}\n\n" + "\n".join(sections), encoding="utf-8")
    return folder


def expected_ids(folder: Path) -> int:
    root, files = discover(folder)
    return sum(len(chunks_for(f, root, chunk_chars=1200)) for f in files)


def ingest_command(folder: Path, data_dir: Path, **env: str) -> subprocess.Popen:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("AIPM_", "SLACK_"))}
    clean.update(PYTHONPATH=str(REPO), AIPM_DATA_DIR=str(data_dir), **env)
    return subprocess.Popen(
        [sys.executable, "-m", "ingest", str(folder), "--no-progress"],
        cwd=REPO, env=clean, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )


def lexical_ids(data_dir: Path) -> list[str]:
    path = data_dir / "lexical-aipm_knowledge.sqlite3"
    if not path.exists():
        return []
    try:
        with sqlite3.connect(path, timeout=5) as db:
            return [row[0] for row in db.execute("SELECT chunk_id FROM chunks")]
    except sqlite3.OperationalError:  # created but its tables not yet there
        return []


def test_an_ingest_killed_halfway_then_rerun_leaves_chroma_and_the_lexical_index_complete_and_equal(
    tmp_path, embedder
):
    folder = write_corpus(tmp_path / "guides")
    data_dir = tmp_path / "data"
    total = expected_ids(folder)

    process = ingest_command(folder, data_dir)
    deadline = time.monotonic() + 600
    while len(lexical_ids(data_dir)) < 3:
        assert process.poll() is None, process.stdout.read()
        assert time.monotonic() < deadline, "the ingest wrote nothing in time"
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL
    assert len(lexical_ids(data_dir)) < total, "killed halfway, not after the end"

    rerun = ingest_command(folder, data_dir)
    out, _ = rerun.communicate(timeout=900)
    assert rerun.returncode == 0, out

    index = KnowledgeIndex(make_settings(data_dir), embedder=embedder)
    chroma_ids = [record[0] for record in index.all_records()]
    lexical = lexical_ids(data_dir)
    assert len(chroma_ids) == len(set(chroma_ids)) == total, "complete, and no duplicates"
    assert sorted(lexical) == sorted(chroma_ids), "the lexical side agrees with Chroma"
    assert {meta["source"] for _, _, meta in index.all_records()} == {p.name for p in folder.iterdir()}

    again = ingest_command(folder, data_dir)
    out, _ = again.communicate(timeout=900)
    assert again.returncode == 0 and "0 chunk(s) added" in out, out


@pytest.fixture
def chroma(tmp_path):
    server = ChromaServer(tmp_path / "chroma-server").start()
    yield server
    server.stop()


def test_answers_keep_coming_while_an_ingest_writes_the_same_index(tmp_path, embedder, chroma):
    """Chroma as a server (as in docker-compose): the bot answers from the old or the new index."""
    from bot.core.answering import Answerer
    from ingest.pipeline import ingest_paths

    data_dir = tmp_path / "data"
    settings = make_settings(data_dir, chroma_host="127.0.0.1", chroma_port=chroma.port)
    index = KnowledgeIndex(settings, embedder=embedder)
    first = write_corpus(tmp_path / "first", n=4)
    ingest_paths([first], index, progress=False)
    answerer = Answerer(settings, index)

    second = write_corpus(tmp_path / "second")
    process = ingest_command(second, data_dir, AIPM_CHROMA_HOST="127.0.0.1", AIPM_CHROMA_PORT=str(chroma.port))
    answers = []
    while process.poll() is None:
        answer = answerer.ask("What does the product manager write down for evaluation work?")
        assert answer.sources and answer.answer.strip()
        answers.append(answer)
    assert process.returncode == 0, process.stdout.read()
    assert len(answers) >= 3, "the ingest ran while the bot answered"

    late = answerer.ask("What happens when the monitoring check fails?")
    assert any("monitoring" in s.source for s in late.sources), "the new guides are searchable at once"
