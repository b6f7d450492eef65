"""Run a golden question set through the same path as `aipm ask` and score it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.core.answering import InvalidQuestion
from bot.evaluation.metrics import first_correct_rank, question_metrics

if TYPE_CHECKING:
    from bot.core.answering import Answerer


class DatasetError(ValueError):
    pass


@dataclass
class GoldenQuestion:
    id: str
    question: str
    answerable: bool
    sources: list[str]
    lang: str = ""
    style: str = ""
    split: str = "dev"


def load_dataset(path: Path) -> list[GoldenQuestion]:
    """Read a JSONL golden set; the four contract fields are required, others optional."""
    questions = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DatasetError(f"cannot read {path}: {exc}") from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            questions.append(
                GoldenQuestion(
                    id=str(row["id"]),
                    question=str(row["question"]),
                    answerable=bool(row["answerable"]),
                    sources=[str(s) for s in row.get("sources") or []],
                    lang=str(row.get("lang", "")),
                    style=str(row.get("style", "")),
                    split=str(row.get("split", "dev")),
                )
            )
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise DatasetError(f"{path}:{number}: not a golden-set line ({exc})") from exc
    if not questions:
        raise DatasetError(f"{path} has no questions")
    return questions


def run_questions(answerer: "Answerer", questions: list[GoldenQuestion]) -> list[dict[str, Any]]:
    """One record per question: what the user saw plus whether the top source was right."""
    records = []
    for q in questions:
        try:
            answer = answerer.ask(q.question)
            label, score, escalate = answer.confidence.label, answer.confidence.score, answer.escalate
            features, latency = answer.confidence.features, answer.latency_ms
            # Rank quality is judged on retrieval even when the answer abstains.
            ranked = [s.source for s in answer.retrieved]
        except InvalidQuestion:
            label, score, escalate, ranked, features, latency = "low", 0.0, True, [], {}, 0.0
        rank = first_correct_rank(ranked, q.sources) if q.answerable else None
        records.append(
            {
                "id": q.id,
                "question": q.question,
                "answerable": q.answerable,
                "expected": q.sources,
                "label": label,
                "score": score,
                "escalate": escalate,
                "sources": ranked,
                "right": bool(q.answerable and rank == 1),
                "rank": rank,
                "latency_ms": round(latency, 1),
                "lang": q.lang,
                "style": q.style,
                "split": q.split,
                "features": features,
            }
        )
    return records


def report(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Metrics overall, per split, for cross-language questions, plus the per-question list."""
    out: dict[str, Any] = {"metrics": question_metrics(records)}
    for split in sorted({r["split"] for r in records}):
        out.setdefault("by_split", {})[split] = question_metrics([r for r in records if r["split"] == split])
    crosslang = [r for r in records if r["style"] == "crosslang"]
    if crosslang:
        out["crosslang"] = question_metrics(crosslang)
    for lang in sorted({r["lang"] for r in records if r["lang"]}):
        out.setdefault("by_lang", {})[lang] = question_metrics([r for r in records if r["lang"] == lang])
    out["questions"] = [{k: v for k, v in r.items() if k != "features"} for r in records]
    return out
