"""Run a golden question set through the same path as `aipm ask` and score it."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.core.answering import InvalidQuestion
from bot.evaluation.judge import judge_metrics
from bot.evaluation.junk import Structure, answer_sentences, asks_for_questions
from bot.evaluation.metrics import answer_metrics, first_correct_rank, generation_metrics, question_metrics
from bot.evaluation.points import match_points
from bot.errors import FriendlyError, UserError

if TYPE_CHECKING:
    from bot.core.answering import Answer, Answerer


class DatasetError(UserError, ValueError):
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
    # Key points a good answer states; each point is a list of acceptable phrasings (any language).
    points: list[list[str]] = field(default_factory=list)


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
                    points=_points(row.get("points") or []),
                )
            )
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
            raise DatasetError(f"{path}:{number}: not a golden-set line ({exc})") from exc
    if not questions:
        raise DatasetError(f"{path} has no questions")
    return questions


def _points(raw: Any) -> list[list[str]]:
    if not isinstance(raw, list) or not all(isinstance(p, list) and p and all(isinstance(x, str) and x.strip()
                                                                              for x in p) for p in raw):
        raise ValueError("points must be a list of lists of phrasings")
    return [[x.strip() for x in p] for p in raw]


def opens_with_point(points: list[list[str]], sentences: list[Any]) -> bool | None:
    """Whether the answer's first quoted line states one of its key points: what a PM reads first, and
    often all they read (None when there is nothing to judge)."""
    first = next((s.text for s in sentences if s.quoted), None)
    if first is None or not points:
        return None
    return any(p.covered for p in match_points(points, first))


def run_questions(answerer: "Answerer", questions: list[GoldenQuestion]) -> list[dict[str, Any]]:
    """One record per question: what the user saw, whether the top source was right, which points it states."""
    structure = Structure.from_index(answerer.index)
    records = []
    for q in questions:
        generation: dict[str, Any] = {}
        try:
            answer = answerer.ask(q.question)
            generation = generation_record(answer)
            label, score, escalate = answer.confidence.label, answer.confidence.score, answer.escalate
            features, latency = answer.confidence.features, answer.latency_ms
            text, mode, covered = answer.answer, answer.mode, answer.covered
            # Rank quality is judged on retrieval even when the answer abstains.
            ranked = [s.source for s in answer.retrieved]
        except InvalidQuestion as exc:
            label, score, escalate, ranked, features, latency = "low", 0.0, True, [], {}, 0.0
            text, mode, covered = str(exc), "invalid", False
        rank = first_correct_rank(ranked, q.sources) if q.answerable else None
        points = match_points(q.points, text) if covered else match_points(q.points, "")
        sentences = (
            answer_sentences(text, structure, judge_all=mode == "generated", asked_for_questions=asks_for_questions(q.question))
            if covered
            else []
        )
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
                "answer": text,
                "mode": mode,
                "covered": covered,
                "points": [{"phrasings": list(p.phrasings), "matched": p.matched} for p in points],
                "points_covered": sum(1 for p in points if p.covered),
                "points_total": len(points),
                "sentences": [{"text": s.text, "quoted": s.quoted, "junk": list(s.junk)} for s in sentences],
                "opens_with_point": opens_with_point(q.points, sentences),
                "answer_chars": len(text) if covered else 0,
                **generation,
            }
        )
    return records


def save_records(records: list[dict[str, Any]], path: Path) -> None:
    """Records as JSON lines, evidence features included, so a later `--calibrate-with` can refit on them."""
    with path.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def load_records(path: Path) -> list[dict[str, Any]]:
    """Records written by `save_records`; a friendly error for a file that is not one."""
    try:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FriendlyError(f"{path} is not a records file written by `aipm eval --records`: {exc}") from exc
    if not all(isinstance(r, dict) and "split" in r and "features" in r for r in rows):
        raise FriendlyError(f"{path} is not a records file written by `aipm eval --records`")
    return rows


def generation_record(answer: "Answer") -> dict[str, Any]:
    """What the model did for one question; empty when no model was asked (extractive run)."""
    generated = answer.generation
    if generated is None:
        return {}
    return {
        "fallback": answer.fallback,
        "claims": len(generated.claims),
        "unsupported_claims": len(generated.removed),
        "supported_share": round(generated.supported_share, 4) if generated.claims else None,
        "generation_ms": round(generated.latency_ms, 1),
        "tokens_in": generated.input_tokens,
        "tokens_out": generated.output_tokens,
        "raw_answer": generated.raw_text,
    }


def report(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Metrics overall, per split, for cross-language questions, plus the per-question list."""
    out: dict[str, Any] = {"metrics": all_metrics(records)}
    for split in sorted({r["split"] for r in records}):
        out.setdefault("by_split", {})[split] = all_metrics([r for r in records if r["split"] == split])
    crosslang = [r for r in records if r["style"] == "crosslang"]
    if crosslang:
        out["crosslang"] = all_metrics(crosslang)
    for lang in sorted({r["lang"] for r in records if r["lang"]}):
        out.setdefault("by_lang", {})[lang] = all_metrics([r for r in records if r["lang"] == lang])
    out["questions"] = [{k: v for k, v in r.items() if k != "features"} for r in records]
    return out


def all_metrics(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Source, abstention and calibration figures plus the answer figures, in one flat dict the gate reads."""
    return {**question_metrics(records), **answer_metrics(records), **generation_metrics(records),
            **judge_metrics(records)}
