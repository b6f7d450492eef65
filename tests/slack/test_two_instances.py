"""Two `aipm serve --http` processes on one database answer each Slack message once.

Slack may deliver an event again (X-Slack-Retry-Num) to whichever instance its load balancer
picks, and sends a DM that mentions the bot twice (app_mention and message.im): the claims in
the shared database decide, so exactly one answer is posted.
"""

from __future__ import annotations

import http.client
import json
import os
import shutil
import subprocess
import sys
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.conftest import KNOWLEDGE, REPO
from tests.pg import free_port
from tests.slack.conftest import BOT_TOKEN, CHANNEL, DM, PERSON, SIGNING_SECRET, SlackHarness
from tests.slack.fake_slack import BOT_USER_ID, TEAM_ID

START_SECONDS = 300  # model load and a warm-up answer, on a busy machine


class Instance:
    """One `python -m bot serve --http` process, its port and its log."""

    def __init__(self, data_dir: Path, database_url: str, api_url: str, log: Path) -> None:
        self.port = free_port()
        self.log = log
        env = {
            key: value for key, value in os.environ.items() if not key.startswith(("AIPM_", "SLACK_"))
        }
        env.update(
            PYTHONPATH=str(REPO),
            AIPM_DATA_DIR=str(data_dir),
            AIPM_KNOWLEDGE_DIR=str(KNOWLEDGE),
            AIPM_DATABASE_URL=database_url,
            SLACK_BOT_TOKEN=BOT_TOKEN,
            SLACK_SIGNING_SECRET=SIGNING_SECRET,
            SLACK_API_URL=api_url,
            AIPM_RATE_LIMIT_PER_MINUTE="0",  # the burst is fifty questions from one person
        )
        self._log_file = log.open("wb")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bot", "serve", "--http", "--host", "127.0.0.1", "--port", str(self.port)],
            cwd=data_dir, env=env, stdout=self._log_file, stderr=subprocess.STDOUT,
        )

    def wait_ready(self) -> None:
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"serve exited: {self.text()[-2000:]}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/healthz", timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError:
                time.sleep(0.5)
        raise AssertionError(f"serve did not start: {self.text()[-2000:]}")

    def text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def wait_log(self, needle: str, timeout: float = 30.0) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if needle in self.text():
                return True
            time.sleep(0.2)
        return False

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self._log_file.close()


@pytest.fixture(scope="module")
def instances(knowledge_index, tmp_path_factory):
    """Two processes, each with its own copy of the index, sharing one SQLite database."""
    from tests.slack.fake_slack import FakeSlack

    fake = FakeSlack().start()
    root = tmp_path_factory.mktemp("two-instances")
    database = f"sqlite:///{root / 'shared.sqlite3'}"
    running = []
    try:
        for name in ("a", "b"):
            data_dir = root / name
            shutil.copytree(knowledge_index.settings.data_dir, data_dir)
            running.append(Instance(data_dir, database, fake.api_url, root / f"{name}.log"))
        for instance in running:
            instance.wait_ready()
        yield fake, running
    finally:
        for instance in running:
            instance.stop()
        fake.stop()


def send(harness: SlackHarness, port: int, body: str, headers: dict[str, str] | None = None) -> int:
    harness.port = port
    return harness.post(body, headers=headers).status


def answers(fake, channel: str) -> list:
    """Answers delivered (placeholders filled in with the feedback buttons, or streamed)."""
    filled = [
        c for c in fake.called("chat.update", "chat.postMessage", "chat.stopStream")
        if c.args.get("channel") == channel and "feedback_up" in json.dumps(c.args.get("blocks") or [])
    ]
    return filled


def test_a_retried_event_sent_to_both_instances_is_answered_once(instances, tmp_path):
    fake, (a, b) = instances
    harness = SlackHarness.__new__(SlackHarness)  # only its request signing and event shapes
    harness.fake, harness._ids = fake, iter(range(10_000, 20_000))
    ts = "1722222001.000100"
    event = {
        "type": "app_mention", "user": PERSON, "text": f"<@{BOT_USER_ID}> How do I define success metrics?",
        "ts": ts, "channel": CHANNEL, "event_ts": ts, "team": TEAM_ID,
    }
    body = harness.event_body(event, event_id="Ev0TWOINST01")
    retry = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
    with ThreadPoolExecutor(2) as pool:
        statuses = list(pool.map(lambda args: send(harness, *args), [(a.port, body, None), (b.port, body, retry)]))
    assert statuses == [200, 200]
    fake.wait_for(lambda calls: answers(fake, CHANNEL), timeout=60)
    assert a.wait_log("Ev0TWOINST01", 10) or b.wait_log("Ev0TWOINST01", 10)
    dropped = [i for i in (a, b) if "dropping repeated delivery of Ev0TWOINST01" in i.text()]
    assert len(dropped) == 1  # the other instance answered
    placeholders = [c for c in fake.called("chat.postMessage") if c.args.get("thread_ts") == ts]
    assert len(answers(fake, CHANNEL)) == 1 and len(placeholders) == 1


def test_a_mention_that_is_also_a_dm_is_answered_once(instances):
    fake, (a, b) = instances
    harness = SlackHarness.__new__(SlackHarness)
    harness.fake, harness._ids = fake, iter(range(20_000, 30_000))
    ts = "1722222002.000100"
    common = {"user": PERSON, "ts": ts, "channel": DM, "event_ts": ts, "team": TEAM_ID}
    mention = {"type": "app_mention", "text": f"<@{BOT_USER_ID}> What is an eval set?", **common}
    message = {"type": "message", "channel_type": "im", "text": f"<@{BOT_USER_ID}> What is an eval set?", **common}
    with ThreadPoolExecutor(2) as pool:
        statuses = list(pool.map(
            lambda args: send(harness, *args),
            [(a.port, harness.event_body(mention, event_id="Ev0MENTION01"), None),
             (b.port, harness.event_body(message, event_id="Ev0MESSAGE01"), None)],
        ))
    assert statuses == [200, 200]
    fake.wait_for(lambda calls: answers(fake, DM), timeout=60)
    needle = f"message {ts} in {DM} is already being answered"
    assert a.wait_log(needle, 30) or b.wait_log(needle, 1)
    assert len(answers(fake, DM)) == 1


BURST = 50


def test_a_burst_of_fifty_signed_events_is_acked_and_each_answered_once(instances):
    """Issue 15: fifty events at once reach `aipm serve --http` (gunicorn, a large listen backlog):
    none is refused or reset, each is acked 200, and each question gets exactly one answer, queued
    behind the bounded worker pool."""
    fake, (a, _b) = instances
    harness = SlackHarness.__new__(SlackHarness)
    harness.fake, harness._ids = fake, iter(range(30_000, 40_000))
    fake.rate_limits = False  # fifty answers in a minute: Slack's limits are tested elsewhere
    events = []
    for n in range(BURST):
        ts, channel = f"1722223{n:03d}.000100", f"C0BURST{n:03d}"
        event = {
            "type": "app_mention", "user": PERSON, "text": f"<@{BOT_USER_ID}> What is an eval set? ({n})",
            "ts": ts, "channel": channel, "event_ts": ts, "team": TEAM_ID,
        }
        events.append((ts, channel, harness.event_body(event, event_id=f"Ev0BURST{n:04d}")))
    start = threading.Barrier(BURST)

    def fire(body: str) -> int | str:
        start.wait()
        try:
            return send(harness, a.port, body)
        except OSError as exc:  # refused or reset: what a listen backlog of 5 did
            return type(exc).__name__

    try:
        with ThreadPoolExecutor(BURST) as pool:
            statuses = list(pool.map(fire, [body for _, _, body in events]))
        assert statuses == [200] * BURST
        channels = {channel for _, channel, _ in events}
        fake.wait_for(
            lambda calls: {c for c in channels if answers(fake, c)} == channels, timeout=600
        )
        for ts, channel, _ in events:
            assert len(answers(fake, channel)) == 1, channel
            placeholders = [c for c in fake.called("chat.postMessage") if c.args.get("thread_ts") == ts]
            assert len(placeholders) == 1, ts
    finally:
        fake.rate_limits = True


def test_the_production_server_refuses_bad_signatures_without_side_effects(instances):
    """Through gunicorn: a wrong secret, a stale timestamp or no signature headers get 401, and
    nothing reaches Slack; a properly signed event sent after them is answered."""
    fake, (a, _b) = instances
    harness = SlackHarness.__new__(SlackHarness)
    harness.fake, harness._ids, harness.port = fake, iter(range(40_000, 50_000)), a.port

    def body(n: int) -> str:
        ts = f"172222400{n}.000100"
        event = {
            "type": "app_mention", "user": PERSON, "text": f"<@{BOT_USER_ID}> What is an eval set?",
            "ts": ts, "channel": f"C0SIGNED0{n}", "event_ts": ts, "team": TEAM_ID,
        }
        return harness.event_body(event, event_id=f"Ev0SIGNED0{n}")

    assert harness.post(body(1), secret="not-the-signing-secret").status == 401
    assert harness.post(body(2), timestamp=int(time.time()) - 3600).status == 401
    connection = http.client.HTTPConnection("127.0.0.1", a.port, timeout=10)
    try:
        connection.request("POST", "/slack/events", body=body(3).encode(), headers={"Content-Type": "application/json"})
        assert connection.getresponse().status == 401
    finally:
        connection.close()
    assert harness.post(body(4)).status == 200
    fake.wait_for(lambda calls: bool(answers(fake, "C0SIGNED04")), timeout=120)
    touched = {c.args.get("channel") for c in fake.called()}
    assert not touched & {"C0SIGNED01", "C0SIGNED02", "C0SIGNED03"}
