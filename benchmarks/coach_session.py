"""A whole coaching session through the engine (start, eight answers, the brief): time per turn. Prints figures.

    python -m benchmarks.coach_session [--runs 5]

Uses the knowledge index in AIPM_DATA_DIR for the cited passages (run `aipm ingest` first); a
throwaway SQLite database holds the sessions. Slack's own round trips are not included: the
end-to-end test prints its wall time (tests/slack/test_coach_slack.py, run with -s).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from bot.config import Settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)

    from bot.core.coaching import make_coach
    from bot.core.storage import Store
    from bot.services import Services
    from tests.core.test_coaching import STRONG

    services = Services(Settings())
    loading = time.perf_counter()
    services.answerer.retriever.retrieve("warm up")  # the model and the indexes load once per process
    print(f"loading the model and the index (once per process): {time.perf_counter() - loading:.1f} s")
    with tempfile.TemporaryDirectory() as folder:
        coach = make_coach(Store(f"sqlite:///{Path(folder) / 'coach.sqlite3'}"), retriever=services.answerer.retriever)
        sessions, turns = [], []
        for run in range(args.runs):
            started = time.perf_counter()
            session = coach.start(user_id="bench", surface="cli", channel="bench", thread_ts=str(run),
                                  idea="invoice matching").session
            for answer in STRONG:
                before = time.perf_counter()
                session = coach.handle(session, answer).session
                turns.append((time.perf_counter() - before) * 1000)
            sessions.append((time.perf_counter() - started) * 1000)
    print(f"index chunks: {services.index.count()}")
    print(f"whole session (8 answers + brief), first run (passages retrieved): {sessions[0]:.0f} ms")
    if len(sessions) > 1:
        print(f"whole session, later runs (passages cached): median {statistics.median(sessions[1:]):.0f} ms")
    print(f"per answer: median {statistics.median(turns):.1f} ms, max {max(turns):.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
