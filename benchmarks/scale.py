"""Scale figures: ingest speed against raw encode, start-up, warm `ask` broken down, RSS; at knowledge/ and 100k chunks.

Run: python -m benchmarks.scale [--synthetic 100000] [--backend onnx] [--data-dir DIR]
(prints a table and JSON; asserts nothing). --data-dir keeps the built index there and, when it already
holds one, only runs the serving probes on it, so code changes can be compared on the same 100,000 chunks.

The serving figures (start-up, warm asks, RSS) come from a fresh child process per corpus size, so that
start-up is a real cold open and RSS is what a bot serving that index holds, not what building it took.
Synthetic chunks are written straight into the Chroma collection and the lexical index: their text
is drawn (deterministically) from knowledge/'s own words, so questions hit long posting lists, and their
vectors are random unit vectors.
"""

from __future__ import annotations

import argparse
from collections import Counter
import json
import os
import platform
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
QUESTIONS = REPO / "eval" / "questions.jsonl"
SYNTHETIC_BATCH = 5000


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[int(q * (len(ordered) - 1))] if ordered else 0.0


def peak_rss_mb() -> float:
    """This process's own peak (VmHWM). Not getrusage's ru_maxrss: on Linux a child started by fork or
    vfork and exec inherits its parent's peak there, so the probe reported the builder's memory."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux; see above


def settings_for(data_dir: Path, backend: str | None = None):
    from bot.config import Settings

    extra = {"embed_backend": backend} if backend else {}
    return Settings(_env_file=None, data_dir=data_dir, knowledge_dir=REPO / "knowledge", **extra)


def load_avg() -> float:
    return round(os.getloadavg()[0], 1)


# -- the serving probe (runs in a child process) ---------------------------------------------------
def probe(data_dir: Path, rounds: int, limit: int, backend: str | None) -> dict:
    """Open the index, answer a first question, then time warm asks stage by stage."""
    load_start = load_avg()
    started = time.perf_counter()
    from bot.core.answering import Answerer
    from bot.core.confidence import ConfidenceJudge
    from bot.core.index import KnowledgeIndex
    from bot.core.retrieval import HybridRetriever

    settings = settings_for(data_dir, backend)

    class TimedRetriever(HybridRetriever):
        last = None

        def retrieve(self, question, *, k=None):
            self.last = super().retrieve(question, k=k)
            return self.last

    class TimedJudge(ConfidenceJudge):
        ms = 0.0

        def judge(self, retrieval, *args, **kwargs):
            t = time.perf_counter()
            try:
                return super().judge(retrieval, *args, **kwargs)
            finally:
                self.ms = (time.perf_counter() - t) * 1000

    index = KnowledgeIndex(settings)
    retriever = TimedRetriever(
        index, dense_weight=settings.dense_weight, multilingual_embedder=settings.embedding_multilingual
    )
    judge = TimedJudge(high=settings.confidence_high, medium=settings.confidence_medium)
    answerer = Answerer(settings, index, retriever=retriever, judge=judge)
    questions = [json.loads(line)["question"] for line in QUESTIONS.open(encoding="utf-8")][: limit or None]
    answerer.ask(questions[0])
    startup = time.perf_counter() - started

    stages: dict[str, list[float]] = {k: [] for k in ("total", "embed", "dense", "lexical", "fusion", "confidence", "compose")}
    first_pass: list[float] = []
    for round_number in range(rounds):
        if round_number == 1:
            # The first pass embeds every passage's sentences for the first time; later passes are a
            # bot that has seen them, as core.py's "warm". With one round, that round is reported.
            first_pass = stages["total"]
            stages = {k: [] for k in stages}
        for question in questions:
            t = time.perf_counter()
            answerer.ask(question)
            total = (time.perf_counter() - t) * 1000
            timings = retriever.last.timings
            retrieval_ms = timings.embed_ms + timings.dense_ms + timings.lexical_ms + timings.fusion_ms
            stages["total"].append(total)
            stages["embed"].append(timings.embed_ms)
            stages["dense"].append(timings.dense_ms)
            stages["lexical"].append(timings.lexical_ms)
            stages["fusion"].append(timings.fusion_ms)
            stages["confidence"].append(judge.ms)
            # The rest of `ask`: sentence selection and rendering (composition), plus validation.
            stages["compose"].append(max(total - retrieval_ms - judge.ms, 0.0))
    return {
        "backend": settings.embed_backend,
        "load_avg_1m": [load_start, load_avg()],
        "torch_imported": "torch" in sys.modules,
        "chunks": index.count(),
        "lexical_chunks": index.lexical.count(),
        "startup_s": round(startup, 2),
        "asks": len(stages["total"]),
        "first_pass_ms": [round(statistics.median(first_pass), 1), round(percentile(first_pass, 0.95), 1)]
        if first_pass else None,
        "p50_ms": {k: round(statistics.median(v), 1) for k, v in stages.items()},
        "p95_ms": {k: round(percentile(v, 0.95), 1) for k, v in stages.items()},
        "peak_rss_mb": round(peak_rss_mb()),
    }


def run_probe(data_dir: Path, rounds: int, limit: int, backend: str | None) -> dict:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    command = [sys.executable, "-m", "benchmarks.scale", "--probe", str(data_dir), "--rounds", str(rounds), "--questions", str(limit)]
    out = subprocess.run(
        command + (["--backend", backend] if backend else []),
        check=True, capture_output=True, text=True, env=env, cwd=REPO,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


# -- building the indexes ----------------------------------------------------------------------------
def ingest_figures(index) -> dict:
    """Ingest knowledge/ fresh and unchanged, and raw encode of the same texts in the same run."""
    from ingest.pipeline import chunks_for, discover, ingest_paths

    index.embedder.embed_query("warm up")  # the model load is not ingest work
    first = ingest_paths([REPO / "knowledge"], index, progress=False)
    again = ingest_paths([REPO / "knowledge"], index, progress=False)
    root, files = discover(REPO / "knowledge")
    texts = [c.embedding_text() for f in files for c in chunks_for(f, root, chunk_chars=1200)]
    embedder = index.embedder
    t = time.perf_counter()
    if embedder.backend == "torch":
        embedder.model.encode(texts, batch_size=embedder.batch_size, normalize_embeddings=True)
    else:  # the raw ONNX encoder, without the pipeline around it
        embedder.onnx.encode(texts, batch_size=embedder.batch_size)
    encode_s = time.perf_counter() - t
    return {
        "files": first.files,
        "chunks": first.added,
        "ingest_s": round(first.seconds, 2),
        "ingest_chunks_per_s": round(first.added / first.seconds, 1),
        "encode_chunks_per_s": round(len(texts) / encode_s, 1),
        "pipeline_overhead": round((len(texts) / encode_s) / (first.added / first.seconds), 2),
        "reingest_unchanged_s": round(again.seconds, 2),
    }


def synthetic_chunks(count: int, seed: int = 15):
    """(id, text, metadata) batches drawn from knowledge/'s words, Zipf-weighted like real text."""
    words: list[str] = []
    for path in sorted((REPO / "knowledge").rglob("*.md")):
        words += re.findall(r"[a-z][a-z'\-]+|[\u4e00-\u9fff]", path.read_text(encoding="utf-8").lower())
    counts = Counter(words)
    vocab = sorted(counts, key=lambda w: (-counts[w], w))
    weights = [1 / (rank + 1) for rank in range(len(vocab))]
    rng = random.Random(seed)
    for start in range(0, count, SYNTHETIC_BATCH):
        batch = []
        for n in range(start, min(start + SYNTHETIC_BATCH, count)):
            text = " ".join(rng.choices(vocab, weights, k=rng.randint(40, 160)))
            meta = {"source": f"synthetic/{n // 20:05d}.md", "title": f"Synthetic {n // 20}", "section": f"Part {n % 20}",
                    "lang": "en", "root": "synthetic", "position": n % 20, "source_type": "document"}
            batch.append((f"synthetic-{n:06d}", text, meta))
        yield batch


def add_synthetic(index, count: int) -> float:
    import numpy as np

    from bot.core.lexical import chunk_tokens
    from bot.core.text import default_glossary

    glossary, rng = default_glossary(), np.random.default_rng(15)
    dim = len(index.embedder.embed_query("dimension"))
    started = time.perf_counter()
    for batch in synthetic_chunks(count):
        vectors = rng.standard_normal((len(batch), dim)).astype("float32")
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        ids, texts, metas = zip(*batch)
        index.collection.add(ids=list(ids), embeddings=vectors, documents=list(texts), metadatas=list(metas))
        index.lexical.add([(i, chunk_tokens(t, m, glossary)) for i, t, m in batch])
    return time.perf_counter() - started


def build_and_probe(data_dir: Path, args: argparse.Namespace) -> dict:
    """Ingest knowledge/ and probe it, then add the synthetic chunks and probe again; a kept index
    that already holds the synthetic chunks is only probed (at its full size)."""
    from bot.core.index import KnowledgeIndex

    index = KnowledgeIndex(settings_for(data_dir, args.backend))
    report: dict = {"machine": machine(), "serving": {}}
    built = index.count()
    if built <= 1000:  # nothing kept, or knowledge/ only: build
        report["ingest"] = ingest_figures(index)
        report["serving"]["knowledge/"] = run_probe(data_dir, args.rounds, args.questions, args.backend)
        if args.synthetic:
            report["synthetic"] = args.synthetic
            report["synthetic_write_s"] = round(add_synthetic(index, args.synthetic), 1)
    if args.synthetic or built > 1000:
        report["serving"]["knowledge/ + synthetic"] = run_probe(data_dir, args.rounds, args.questions, args.backend)
    report["machine"]["load_avg_1m_end"] = load_avg()
    return report


# -- report --------------------------------------------------------------------------------------------
def machine() -> dict:
    load1, load5, _ = os.getloadavg()
    return {"cpus": os.cpu_count(), "cpu": platform.processor() or platform.machine(), "python": platform.python_version(),
            "load_avg_1m": round(load1, 1), "load_avg_5m": round(load5, 1)}


def table(report: dict) -> str:
    ing = report.get("ingest")
    lines = [f"machine: {report['machine']}"]
    if ing:
        lines.append(
            f"ingest knowledge/: {ing['chunks']} chunks in {ing['ingest_s']} s = {ing['ingest_chunks_per_s']} chunks/s; "
            f"raw encode {ing['encode_chunks_per_s']} chunks/s (pipeline overhead x{ing['pipeline_overhead']}); "
            f"re-ingest unchanged {ing['reingest_unchanged_s']} s"
        )
    if "synthetic_write_s" in report:
        lines.append(f"synthetic write: {report['synthetic']} chunks in {report['synthetic_write_s']} s")
    stages = ["total", "embed", "dense", "lexical", "fusion", "confidence", "compose"]
    lines.append(f"{'corpus':<22}{'chunks':>8}{'start-up s':>11}{'RSS MB':>8}{'load':>11}  " + "  ".join(f"{s:>12}" for s in stages))
    lines.append(f"{'':<60}  " + "  ".join(f"{'p50/p95 ms':>12}" for _ in stages))
    for name, r in report["serving"].items():
        cells = "  ".join(f"{r['p50_ms'][s]:>5.1f}/{r['p95_ms'][s]:<6.1f}" for s in stages)
        load = "{}->{}".format(*r["load_avg_1m"])
        lines.append(f"{name:<22}{r['chunks']:>8}{r['startup_s']:>11}{r['peak_rss_mb']:>8}{load:>11}  {cells}")
    for name, r in report["serving"].items():
        if r.get("first_pass_ms"):
            lines.append(f"{name}: first pass (new passages) total p50/p95 {r['first_pass_ms'][0]}/{r['first_pass_ms'][1]} ms; "
                         f"table: later passes ({r['backend']}, torch imported: {r['torch_imported']})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--synthetic", type=int, default=100_000, help="synthetic chunks added on top of knowledge/")
    parser.add_argument("--rounds", type=int, default=2, help="passes over the golden questions for warm asks")
    parser.add_argument("--questions", type=int, default=0, help="only the first N golden questions (0: all)")
    parser.add_argument("--backend", choices=["torch", "onnx", "onnx-int8"],
                        help="embedding backend (default: AIPM_EMBED_BACKEND, else torch)")
    parser.add_argument("--data-dir", type=Path, help="build the index here and keep it; if it is built, reuse it")
    parser.add_argument("--probe", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.probe:
        print(json.dumps(probe(args.probe, args.rounds, args.questions, args.backend)))
        return

    with tempfile.TemporaryDirectory() as tmp:
        report = build_and_probe(args.data_dir or Path(tmp) / "data", args)
    print(table(report))
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
