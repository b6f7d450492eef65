"""Metric arithmetic on per-question records; kept separate so other tools can recompute it."""

from __future__ import annotations

import math
from typing import Any


def percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    position = (len(ordered) - 1) * q
    low, high = math.floor(position), math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def auroc(scores: list[float], positives: list[bool]) -> float | None:
    """Probability that a random right answer scores above a random wrong one (ties count half)."""
    pos = [s for s, p in zip(scores, positives) if p]
    neg = [s for s, p in zip(scores, positives) if not p]
    if not pos or not neg:
        return None
    wins = 0.0
    for p in pos:
        for n in neg:
            wins += 1.0 if p > n else 0.5 if p == n else 0.0
    return wins / (len(pos) * len(neg))


def first_correct_rank(returned: list[str], expected: list[str]) -> int | None:
    for rank, source in enumerate(returned, start=1):
        if source in expected:
            return rank
    return None


def question_metrics(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Retrieval, abstention, calibration and latency figures from per-question records.

    Each record has: answerable, expected (list), sources (returned, in order), label, score, escalate,
    latency_ms. A record is "right" when the question is answerable and its top source is expected.
    """
    answerable = [r for r in records if r["answerable"]]
    unanswerable = [r for r in records if not r["answerable"]]
    ranks = [first_correct_rank(r["sources"], r["expected"]) for r in answerable]
    n = len(answerable)
    metrics: dict[str, Any] = {
        "questions": len(records),
        "answerable": n,
        "unanswerable": len(unanswerable),
        "recall_at_1": _share(sum(1 for k in ranks if k == 1), n),
        "recall_at_5": _share(sum(1 for k in ranks if k is not None and k <= 5), n),
        "mrr": round(sum(1.0 / k for k in ranks if k) / n, 4) if n else None,
        "unanswerable_escalated": _share(
            sum(1 for r in unanswerable if r["label"] == "low" and r["escalate"]), len(unanswerable)
        ),
        "answerable_escalated": _share(sum(1 for r in answerable if r["escalate"]), n),
    }
    labels = {}
    for label in ("high", "medium", "low"):
        group = [r for r in records if r["label"] == label]
        labels[label] = {"count": len(group), "top_source_right": _share(sum(1 for r in group if r["right"]), len(group))}
    metrics["labels"] = labels
    metrics["high_precision"] = labels["high"]["top_source_right"]
    score_auc = auroc([r["score"] for r in records], [r["right"] for r in records])
    metrics["score_auroc"] = round(score_auc, 4) if score_auc is not None else None
    latencies = [r["latency_ms"] for r in records]
    metrics["latency_ms_p50"] = round(percentile(latencies, 0.5), 1)
    metrics["latency_ms_p95"] = round(percentile(latencies, 0.95), 1)
    return metrics


def answer_metrics(records: list[dict[str, Any]]) -> dict[str, Any]:
    """What the PM reads: key points stated, fully answered, confident junk, junk sentences, length.

    Point figures are over answerable questions that have points (macro: each question weighs the same).
    Junk sentences are over every quoted sentence of every answer, answerable or not.
    """
    scored = [r for r in records if r["answerable"] and r.get("points_total")]
    n = len(scored)
    recalls = [r["points_covered"] / r["points_total"] for r in scored]
    high = [r for r in scored if r["label"] == "high"]
    quoted = [s for r in records for s in r.get("sentences", []) if s["quoted"]]
    answered = [r for r in records if r["answerable"] and r.get("covered")]
    lengths = [r["answer_chars"] for r in answered]
    sentences = [len(r.get("sentences", [])) for r in answered]
    opened = [r["opens_with_point"] for r in scored if r.get("opens_with_point") is not None]
    return {
        "with_points": n,
        "key_point_recall": round(sum(recalls) / n, 4) if n else None,
        "fully_answered": _share(sum(1 for r in scored if r["points_covered"] == r["points_total"]), n),
        "no_point_answered": _share(sum(1 for r in scored if r["points_covered"] == 0), n),
        # The first quoted line states a key point: the recall above counts points anywhere in the answer.
        "opens_with_point": _share(sum(opened), len(opened)),
        "confident_junk": _share(sum(1 for r in high if r["points_covered"] == 0), n),
        "high_without_point": _share(sum(1 for r in high if r["points_covered"] == 0), len(high)),
        "junk_sentences": _share(sum(1 for s in quoted if s["junk"]), len(quoted)),
        "quoted_sentences": len(quoted),
        "answer_chars_mean": round(sum(lengths) / len(lengths), 1) if lengths else None,
        "answer_sentences_mean": round(sum(sentences) / len(sentences), 2) if sentences else None,
    }


def generation_metrics(records: list[dict[str, Any]]) -> dict[str, Any]:
    """With a model (`aipm eval --llm`): how often its answer was shown, how grounded it was, its cost.

    Empty for an extractive run. `answers_with_unsupported` is over answers whose claims were checked,
    before removal: how often the model said more than the passages back, which the PM never reads.
    """
    attempted = [r for r in records if "fallback" in r]
    if not attempted:
        return {}
    checked = [r for r in attempted if r["claims"]]
    claims = sum(r["claims"] for r in checked)
    fallbacks: dict[str, int] = {}
    for r in attempted:
        if r["fallback"]:
            fallbacks[r["fallback"]] = fallbacks.get(r["fallback"], 0) + 1
    latencies = [r["generation_ms"] for r in attempted]
    return {
        "generation_attempts": len(attempted),
        "generated_shown": _share(sum(1 for r in attempted if r["mode"] == "generated"), len(attempted)),
        "fallbacks": dict(sorted(fallbacks.items())),
        "answers_with_unsupported": _share(sum(1 for r in checked if r["unsupported_claims"]), len(checked)),
        "claims_checked": claims,
        "claims_unsupported": _share(sum(r["unsupported_claims"] for r in checked), claims),
        "supported_share_mean": round(sum(r["supported_share"] for r in checked) / len(checked), 4) if checked else None,
        "generation_ms_p50": round(percentile(latencies, 0.5), 1),
        "generation_ms_p95": round(percentile(latencies, 0.95), 1),
        "tokens_in_mean": round(sum(r["tokens_in"] for r in attempted) / len(attempted), 1),
        "tokens_out_mean": round(sum(r["tokens_out"] for r in attempted) / len(attempted), 1),
    }


def _share(count: int, total: int) -> float | None:
    return round(count / total, 4) if total else None
