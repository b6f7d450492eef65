"""Core figures: ingest time for knowledge/, re-ingest time unchanged, warm `ask` latency, and memory
after 1,000 distinct questions (a leak or an unbounded cache shows as RSS that keeps growing).

Run: python -m benchmarks.core   (prints figures; it asserts nothing)
AIPM_EMBED_BACKEND=onnx (or onnx-int8) measures that embedding backend instead of torch.
"""

from __future__ import annotations

import json
import os
import statistics
import tempfile
import time
from pathlib import Path

from bot.config import Settings
from bot.core.answering import Answerer
from bot.core.index import KnowledgeIndex
from ingest.pipeline import ingest_paths

REPO = Path(__file__).resolve().parent.parent


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(_env_file=None, data_dir=Path(tmp) / "data", knowledge_dir=REPO / "knowledge")
        index = KnowledgeIndex(settings)

        started = time.perf_counter()
        index.embedder.embed_query("warm up")
        load_seconds = time.perf_counter() - started

        first = ingest_paths([settings.knowledge_dir], index, progress=False)
        again = ingest_paths([settings.knowledge_dir], index, progress=False)
        print(f"backend {settings.embed_backend}, load average (1 min) {os.getloadavg()[0]:.1f}")
        print(f"model load ({settings.embed_backend} + embedder): {load_seconds:.1f} s")
        print(f"ingest knowledge/ (fresh index):   {first.seconds:.1f} s  ({first.files} files, {first.added} chunks)")
        print(f"re-ingest knowledge/ (unchanged):  {again.seconds:.2f} s  ({again.added} added, {again.unchanged} unchanged)")

        answerer = Answerer(settings, index)
        questions = [json.loads(line)["question"] for line in (REPO / "eval" / "questions.jsonl").open(encoding="utf-8")]
        answerer.ask(questions[0])  # builds the BM25 side once
        # First pass: the passages' sentences were embedded by ingest (read from the store). Second pass:
        # also in memory, as in a bot that has run for a while.
        for label in ("first time", "warm"):
            _time_questions(answerer, questions, label)

        # The same first pass without sentences embedded at ingest: each passage's first answer embeds them.
        lazy = Settings(_env_file=None, data_dir=Path(tmp) / "lazy", knowledge_dir=REPO / "knowledge",
                        embed_sentences_at_ingest=False)
        lazy_index = KnowledgeIndex(lazy, embedder=index.embedder)
        skipped = ingest_paths([lazy.knowledge_dir], lazy_index, progress=False)
        print(f"ingest knowledge/ without embedding sentences: {skipped.seconds:.1f} s "
              f"(with them {first.seconds:.1f} s, {first.sentences} sentence texts)")
        lazy_answerer = Answerer(lazy, lazy_index)
        lazy_answerer.ask(questions[0])
        _time_questions(lazy_answerer, questions, "first time, sentences not embedded at ingest")

        rss_before = _memory_mb("VmRSS")
        contexts = ("", " for a support chatbot", " in a B2B product", " for a consumer app", " in healthcare",
                    " for an internal tool", " with a small team", " before our first launch")
        asked = 0
        for context in contexts:
            for question in questions:
                if asked == 1000:
                    break
                answerer.ask(question.rstrip("?？ ") + context)
                asked += 1
        print(f"RSS after {asked} distinct questions: {_memory_mb('VmRSS'):.0f} MB "
              f"(before them {rss_before:.0f} MB; peak {_memory_mb('VmHWM'):.0f} MB)")


def _time_questions(answerer: Answerer, questions: list[str], label: str) -> None:
    timings = []
    for question in questions:
        started = time.perf_counter()
        answerer.ask(question)
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    p95 = timings[int(0.95 * (len(timings) - 1))]
    print(f"ask, {label} ({len(timings)} golden questions): "
          f"p50 {statistics.median(timings):.0f} ms, p95 {p95:.0f} ms (load {os.getloadavg()[0]:.1f})")


def _memory_mb(field: str) -> float:
    """This process's resident memory now (VmRSS) or at its peak (VmHWM), from /proc (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


if __name__ == "__main__":
    main()
