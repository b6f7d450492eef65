"""How fast the Slack app acknowledges requests, and how soon the answer follows.

Starts the real HTTP app on loopback against the fake Slack Web API of the tests, sends signed
`app_mention` events and prints ack latency (p50/p99) and request-to-answer time.

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
import shutil
import statistics
import sys
import tempfile
import threading
import time
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

    def mention(self, question: str) -> str:
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
                    "channel": "C0CHANNEL1",
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
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        started = time.monotonic()
        try:
            connection.request("POST", "/slack/events", body=body.encode(), headers=headers)
            response = connection.getresponse()
            response.read()
        finally:
            connection.close()
        elapsed = time.monotonic() - started
        with self._lock:
            self.sent[ts] = started
            self.acks.append(elapsed)
            if response.status != 200:
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--requests", type=int, default=240, help="events in the burst (default 240)"
    )
    parser.add_argument("--senders", type=int, default=4, help="concurrent senders in the burst")
    parser.add_argument(
        "--sequential", type=int, default=20, help="events sent one answer at a time"
    )
    parser.add_argument(
        "--data-dir", type=Path, help="an existing aipm data folder with an ingested index"
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    sys.path.insert(0, str(REPO))

    from bot.config import Settings
    from bot.services import Services
    from bot.slack.app import create_app
    from bot.slack.server import make_http_server
    from tests.slack.fake_slack import FakeSlack

    fake = FakeSlack().start()
    # Slack's per-channel limit (about one post a second) would make this measure Slack, not us:
    # every mention here goes to one channel. The app's 429 handling is tested in tests/slack.
    fake.rate_limits = False
    scratch = None if args.data_dir else Path(tempfile.mkdtemp(prefix="aipm-bench-"))
    data_dir = args.data_dir or scratch / "data"
    settings = Settings(
        _env_file=None,
        data_dir=data_dir,
        knowledge_dir=REPO / "knowledge",
        slack_bot_token="xoxb-bench",
        slack_signing_secret=SECRET,
        slack_api_url=fake.api_url,
    )
    services = Services(settings)
    if services.index.count() == 0:
        from ingest.pipeline import ingest_paths

        print(f"ingesting {settings.knowledge_dir} into {data_dir} ...", flush=True)
        ingest_paths([settings.knowledge_dir], services.index, progress=False)
    services.answerer.ask(QUESTIONS[0])  # load the model before measuring

    app = create_app(settings, services)
    server = make_http_server(app, "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    client = Client(server.server_port)

    try:
        # 1. A burst: signed events as fast as the senders can go; answers queue behind each other.
        started = time.monotonic()
        with ThreadPoolExecutor(args.senders) as senders:
            list(
                senders.map(
                    lambda n: client.mention(QUESTIONS[n % len(QUESTIONS)]), range(args.requests)
                )
            )
        sending = time.monotonic() - started
        wait_for_answers(fake, args.requests, timeout=600)
        draining = time.monotonic() - started
        burst_acks = list(client.acks)
        burst_answers = list(answer_times(fake, client.sent).values())

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
        server.shutdown()
        fake.stop()
        if scratch:
            shutil.rmtree(scratch, ignore_errors=True)

    ms = 1000
    print(f"burst: {args.requests} signed app_mention requests, {args.senders} senders, loopback")
    print(
        f"  ack latency      p50 {statistics.median(burst_acks) * ms:7.1f} ms   "
        f"p99 {percentile(burst_acks, 0.99) * ms:7.1f} ms   max {max(burst_acks) * ms:7.1f} ms"
    )
    print(
        f"  request->answer  p50 {statistics.median(burst_answers) * ms:7.1f} ms   "
        f"p90 {percentile(burst_answers, 0.90) * ms:7.1f} ms   (queued behind the burst)"
    )
    print(
        f"  sent in {sending:.2f} s ({args.requests / sending:.0f} req/s); all answered after "
        f"{draining:.1f} s ({args.requests / draining:.1f} answers/s); "
        f"non-200 acks: {client.failures}"
    )
    print(f"one at a time: {args.sequential} requests, each waiting for its answer")
    print(
        f"  ack latency      p50 {statistics.median(quiet_acks) * ms:7.1f} ms   "
        f"p99 {percentile(quiet_acks, 0.99) * ms:7.1f} ms"
    )
    print(
        f"  request->answer  p50 {statistics.median(quiet_answers) * ms:7.1f} ms   "
        f"p90 {percentile(quiet_answers, 0.90) * ms:7.1f} ms"
    )
    return 0 if client.failures == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
