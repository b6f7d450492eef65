"""Spec review latency for a 2,000-word spec: cold (first review in a process) and warm. Prints figures.

    python -m benchmarks.review_latency [--runs 10] [--words 2000] [--spec PATH]

Uses the knowledge index in AIPM_DATA_DIR (run `aipm ingest` first); with an empty index the advice
falls back to the rubric and the figures leave out retrieval.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from bot.config import Settings
from bot.core.review.wording import word_count

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SPEC = REPO / "eval" / "specs" / "long-strong-search-reranker.md"


def spec_of_length(path: Path, words: int) -> str:
    """The opening lines of `path` up to about `words` words (whole lines, so Markdown stays intact)."""
    kept, total = [], 0
    for line in path.read_text(encoding="utf-8").splitlines():
        kept.append(line)
        total += word_count(line)
        if total >= words:
            break
    return "\n".join(kept) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--words", type=int, default=2000)
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC)
    args = parser.parse_args(argv)

    from bot.services import Services

    settings = Settings()
    started = time.perf_counter()
    services = Services(settings)
    services.index.embedder.embed_query("warm up")  # load the model (either backend) outside the timed reviews
    chunks = services.index.count()
    reviewer = services.reviewer
    setup_s = time.perf_counter() - started
    text = spec_of_length(args.spec, args.words)

    started = time.perf_counter()
    review = reviewer.review(text)
    cold_ms = (time.perf_counter() - started) * 1000
    warm = []
    for _ in range(args.runs):
        started = time.perf_counter()
        reviewer.review(text)
        warm.append((time.perf_counter() - started) * 1000)
    warm.sort()

    print(f"spec: {args.spec.name}, first {review.words:,} words ({len(text):,} characters)")
    print(f"knowledge index: {chunks} chunks in {settings.data_dir}")
    print(f"model load and services: {setup_s:.1f} s")
    print(f"first review (rubric embeddings, BM25 build, 14 guidance look-ups): {cold_ms:,.0f} ms")
    print(
        f"warm review x{args.runs}: p50 {statistics.median(warm):,.0f} ms, "
        f"p95 {warm[max(0, round(0.95 * len(warm)) - 1)]:,.0f} ms, max {warm[-1]:,.0f} ms"
    )
    # The same words pasted as a Google Doc: no headings, so every paragraph is matched by meaning.
    prose = "\n".join(line.lstrip("#").strip() for line in text.splitlines())
    reviewer.review(prose)
    warm_prose = []
    for _ in range(args.runs):
        started = time.perf_counter()
        reviewer.review(prose)
        warm_prose.append((time.perf_counter() - started) * 1000)
    warm_prose.sort()
    print(
        f"warm review x{args.runs}, same text without headings: p50 {statistics.median(warm_prose):,.0f} ms, "
        f"max {warm_prose[-1]:,.0f} ms"
    )
    print(f"result: score {review.score:.2f}, " + ", ".join(f"{r.id}={r.status}" for r in review.items))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
