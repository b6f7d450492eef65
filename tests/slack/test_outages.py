"""The knowledge base (a real `chroma run` server) stops while the bot runs, then comes back."""

from __future__ import annotations

import logging
import shutil

import pytest

from bot.core.index import KnowledgeIndex
from bot.services import Services
from tests.chroma import ChromaServer
from tests.conftest import KNOWLEDGE, make_settings
from tests.slack.conftest import SlackHarness
from tests.slack.test_app import METRICS, buttons

COACHES = "C0COACHES1"
SOURCES = ["success-metrics.md", "choosing-thresholds.md"]


@pytest.fixture
def chroma(tmp_path):
    server = ChromaServer(tmp_path / "chroma-server").start()
    yield server
    server.stop()


@pytest.fixture
def outage_slack(chroma, fake_slack, embedder, tmp_path):
    from ingest.pipeline import ingest_paths

    folder = tmp_path / "guidance"
    folder.mkdir()
    for name in SOURCES:
        shutil.copy(KNOWLEDGE / name, folder / name)
    settings = make_settings(
        tmp_path / "bot-data", chroma_host="127.0.0.1", chroma_port=chroma.port, escalation_channel=COACHES
    )
    index = KnowledgeIndex(settings, embedder=embedder)
    report = ingest_paths([folder], index, progress=False)
    assert report.added, report.summary()
    harness = SlackHarness(fake_slack, Services(settings, index=index), tmp_path, escalation_channel=COACHES)
    yield harness
    harness.close()


def answer_text(fake, thread_ts: str) -> str:
    """What the asker reads in the thread: the placeholder's last replacement."""
    placeholder = next(c.result["ts"] for c in fake.succeeded("chat.postMessage") if c.args.get("thread_ts") == thread_ts)
    updates = [c for c in fake.succeeded("chat.update") if c.args.get("ts") == placeholder]
    assert updates, "the placeholder was never replaced"
    return updates[-1].text


def coach_notices(fake) -> list[str]:
    return [c.text for c in fake.succeeded("chat.postMessage") if c.args.get("channel") == COACHES]


def test_chroma_down_gets_a_clear_answer_one_log_line_one_coach_notice_and_recovers(
    outage_slack, chroma, caplog
):
    slack, fake = outage_slack, outage_slack.fake
    ts, _ = slack.mention(METRICS)
    slack.wait_idle(timeout=120)
    assert buttons(fake.succeeded("chat.update")[-1].args["blocks"]), "answered while Chroma is up"

    chroma.stop()
    caplog.clear()
    with caplog.at_level(logging.INFO):
        down = [slack.mention(question)[0] for question in (METRICS, "How do I pick a threshold?", "What is RAG?")]
        slack.wait_idle(timeout=120)
    for thread in down:
        text = answer_text(fake, thread)
        assert "knowledge base is unavailable" in text and "A coach has been told" in text
        assert "E-" not in text, "an outage is not a bug: no error id"
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warnings) == 1, [r.getMessage() for r in warnings]
    assert "knowledge base unavailable" in warnings[0].getMessage()
    notices = coach_notices(fake)
    assert len(notices) == 1 and "cannot be reached" in notices[0]

    chroma.start()  # same data folder and port: no bot restart
    back, _ = slack.mention(METRICS)
    slack.wait_idle(timeout=120)
    answered = answer_text(fake, back)
    assert "unavailable" not in answered and "success" in answered.lower()
    notices = coach_notices(fake)
    assert len(notices) == 2 and "is back" in notices[-1]
