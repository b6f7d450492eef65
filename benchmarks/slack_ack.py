"""How fast the Slack app acknowledges requests, and how soon the answer follows.

Starts `python -m bot serve --http` (gunicorn, as a user would) on loopback against the fake Slack
Web API of the tests, sends bursts of signed `app_mention` events all at once (50 by default, issue
15) and prints ack latency (p50/p99), refused or reset connections, and request-to-answer time.

    python -m benchmarks.slack_ack                    # ingests knowledge/ into a temporary folder
    python -m benchmarks.slack_ack --data-dir ./data  # reuses an existing index
"""

from __future__ import annotations

import argparse
import hashlib
import hmac
import http.client
import json
import logging
import os
import shutil
import socket
import subprocess
import statistics
import sys
import tempfile
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SECRET = "benchmark-signing-secret"
QUESTIONS = [
    json.loads(line)["question"]
    for line in (REPO / "eval" / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    if line.strip()
]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


class Client:
    """Signs and sends app_mention events to the app; remembers when each was sent."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.sent: dict[str, float] = {}  # event ts -> time sent
        self.acks: list[float] = []
        self.failures = 0
        self._lock = threading.Lock()
        self._counter = 0

    def mention(self, question: str, barrier: threading.Barrier | None = None) -> str:
        with self._lock:
            self._counter += 1
            number = self._counter
        ts = f"1720000{number:04d}.000100"
        body = json.dumps(
            {
                "type": "event_callback",
                "team_id": "T0TEAM001",
                "api_app_id": "A0AIPMAPP1",
                "event_id": f"EvBENCH{number:06d}",
                "event_time": int(time.time()),
                "event": {
                    "type": "app_mention",
                    "user": "U0PERSON01",
                    "text": f"<@UAIPMBOT> {question}",
                    "ts": ts,
                    "channel": f"C0BENCH{number % 1000:03d}",
                    "event_ts": ts,
                },
            }
        )
        stamp = str(int(time.time()))
        signature = (
            "v0="
            + hmac.new(SECRET.encode(), f"v0:{stamp}:{body}".encode(), hashlib.sha256).hexdigest()
        )
        headers = {
            "Content-Type": "application/json",
            "X-Slack-Request-Timestamp": stamp,
            "X-Slack-Signature": signature,
        }
        if barrier is not None:
            barrier.wait()
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        started = time.monotonic()
        try:
            connection.request("POST", "/slack/events", body=body.encode(), headers=headers)
            response = connection.getresponse()
            response.read()
            status = response.status
        except OSError:  # refused or reset before Slack's request was read
            status = 0
        finally:
            connection.close()
        elapsed = time.monotonic() - started
        with self._lock:
            if status == 200:
                self.sent[ts] = started
                self.acks.append(elapsed)
            else:
                self.failures += 1
        return ts


def answer_times(fake, sent: dict[str, float]) -> dict[str, float]:
    """Seconds from each request to the chat.update that put its answer in the placeholder."""
    thread_of = {call.ts: call.args.get("thread_ts") for call in fake.called("chat.postMessage")}
    times = {}
    for call in fake.called("chat.update"):
        thread = thread_of.get(call.args.get("ts"))
        if thread in sent:
            times[thread] = call.at - sent[thread]
    return times


def wait_for_answers(fake, count: int, timeout: float) -> None:
    fake.wait_for(
        lambda calls: sum(c.method == "chat.update" for c in calls) >= count, timeout=timeout
    )


def start_server(settings_env: dict[str, str], cwd: Path) -> tuple[subprocess.Popen, int]:
    """`python -m bot serve --http` on a free port, waited for until /healthz answers."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AIPM_", "SLACK_"))}
    env.update(settings_env, PYTHONPATH=str(REPO))
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "serve", "--http", "--host", "127.0.0.1", "--port", str(port)],
        cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit("aipm serve --http exited before it was ready")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as reply:
                if reply.status == 200:
                    return process, port
        except OSError:
            time.sleep(0.5)
    process.kill()
    raise SystemExit("aipm serve --http did not become ready")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--burst", type=int, default=50, help="events sent at once (default 50)")
    parser.add_argument("--bursts", type=int, default=3, help="bursts, each after the last is answered")
    parser.add_argument(
        "--sequential", type=int, default=10, help="events sent one answer at a time"
    )
    parser.add_argument(
        "--data-dir", type=Path, help="an existing aipm data folder with an ingested index"
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    sys.path.insert(0, str(REPO))

    from bot.config import Settings
    from bot.core.index import KnowledgeIndex
    from tests.slack.fake_slack import FakeSlack

    fake = FakeSlack().start()
    # Slack's per-channel limit (about one post a second) would make this measure Slack, not us.
    # The app's 429 handling is tested in tests/slack.
    fake.rate_limits = False
    scratch = Path(tempfile.mkdtemp(prefix="aipm-bench-"))
    data_dir = args.data_dir or scratch / "data"
    settings = Settings(_env_file=None, data_dir=data_dir, knowledge_dir=REPO / "knowledge")
    index = KnowledgeIndex(settings)
    if index.count() == 0:
        from ingest.pipeline import ingest_paths

        print(f"ingesting {settings.knowledge_dir} into {data_dir} ...", flush=True)
        ingest_paths([settings.knowledge_dir], index, progress=False)
    del index
    print("starting aipm serve --http (loads the model) ...", flush=True)
    process, port = start_server(
        {
            "AIPM_DATA_DIR": str(data_dir),
            "AIPM_KNOWLEDGE_DIR": str(settings.knowledge_dir),
            "AIPM_DATABASE_URL": f"sqlite:///{scratch / 'bench.sqlite3'}",
            "SLACK_BOT_TOKEN": "xoxb-bench",
            "SLACK_SIGNING_SECRET": SECRET,
            "SLACK_API_URL": fake.api_url,
            "AIPM_RATE_LIMIT_PER_MINUTE": "0",  # every request comes from one person
        },
        scratch,
    )
    client = Client(port)

    try:
        # 1. Bursts: every event sent at the same instant, each on its own connection.
        burst_acks: list[float] = []
        burst_answers: list[float] = []
        started = time.monotonic()
        for burst in range(args.bursts):
            fake.reset()
            client.sent.clear()
            client.acks.clear()
            barrier = threading.Barrier(args.burst)
            with ThreadPoolExecutor(args.burst) as senders:
                list(
                    senders.map(
                        lambda n: client.mention(QUESTIONS[n % len(QUESTIONS)], barrier),
                        range(args.burst),
                    )
                )
            wait_for_answers(fake, len(client.sent), timeout=600)
            burst_acks += client.acks
            burst_answers += answer_times(fake, client.sent).values()
        draining = time.monotonic() - started
        burst_failures = client.failures

        # 2. One at a time: the answer time a person sees when the bot is not busy.
        fake.reset()
        client.sent.clear()
        client.acks.clear()
        for n in range(args.sequential):
            client.mention(QUESTIONS[(n * 7) % len(QUESTIONS)])
            wait_for_answers(fake, n + 1, timeout=60)
        quiet_acks = list(client.acks)
        quiet_answers = list(answer_times(fake, client.sent).values())
    finally:
        process.terminate()
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
        fake.stop()
        shutil.rmtree(scratch, ignore_errors=True)

    ms = 1000
    total = args.burst * args.bursts
    print(
        f"burst: {args.bursts} x {args.burst} signed app_mention requests sent at once to "
        f"aipm serve --http (gunicorn), loopback, {os.cpu_count()} CPUs"
    )
    print(f"  refused, reset or non-200: {burst_failures} of {total}")
    print(
        f"  ack latency      p50 {statistics.median(burst_acks) * ms:7.1f} ms   "
        f"p99 {percentile(burst_acks, 0.99) * ms:7.1f} ms   max {max(burst_acks) * ms:7.1f} ms"
    )
    print(
        f"  request->answer  p50 {statistics.median(burst_answers) * ms:7.1f} ms   "
        f"p95 {percentile(burst_answers, 0.95) * ms:7.1f} ms   (queued behind the burst)"
    )
    print(f"  all {total} answered after {draining:.1f} s ({total / draining:.1f} answers/s)")
    print(f"one at a time: {args.sequential} requests, each waiting for its answer")
    print(
        f"  ack latency      p50 {statistics.median(quiet_acks) * ms:7.1f} ms   "
        f"p99 {percentile(quiet_acks, 0.99) * ms:7.1f} ms"
    )
    print(
        f"  request->answer  p50 {statistics.median(quiet_answers) * ms:7.1f} ms   "
        f"p95 {percentile(quiet_answers, 0.95) * ms:7.1f} ms"
    )
    return 0 if client.failures == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
