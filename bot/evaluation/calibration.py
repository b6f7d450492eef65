"""Fit the confidence model and choose label cut-offs from golden-set records (the dev split only).

The target is a good answer (right source and at least half its key points), not only a right source."""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np

from bot.core.confidence import FEATURES

HIGH_PRECISION_TARGET = 0.95  # the gate asks 0.90; aim higher on tuning data to hold on unseen questions
MAX_ANSWERABLE_ESCALATED = 0.10  # the gate allows 0.15


def good_answer(record: dict[str, Any]) -> bool:
    """What `high` promises: the right source, and an answer that states at least half the key points
    (questions without points are judged on the source alone)."""
    if not record.get("right"):
        return False
    total = record.get("points_total") or 0
    return not total or record.get("points_covered", 0) / total >= 0.5


def fit(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Logistic regression from evidence and answer features to "a good answer", plus label cut-offs."""
    from sklearn.linear_model import LogisticRegression

    rows = [r for r in records if r.get("features")]
    x = np.array([[r["features"].get(name, 0.0) for name in FEATURES] for r in rows])
    y = np.array([good_answer(r) for r in rows])
    model = LogisticRegression(C=1.0, max_iter=1000)
    model.fit(x, y)
    scores = model.predict_proba(x)[:, 1]
    high = choose_high(scores, y)
    medium = choose_medium(scores, np.array([r["answerable"] for r in rows]))
    return {
        "weights": {name: round(float(w), 4) for name, w in zip(FEATURES, model.coef_[0])},
        "bias": round(float(model.intercept_[0]), 4),
        "high": round(high, 4),
        "medium": round(min(medium, high), 4),
        "fitted_on": {"questions": len(rows), "good_answers": int(y.sum()), "date": dt.date.today().isoformat()},
        "targets": {"high_precision": HIGH_PRECISION_TARGET, "max_answerable_escalated": MAX_ANSWERABLE_ESCALATED},
    }


def choose_high(scores: np.ndarray, right: np.ndarray, *, min_count: int = 5) -> float:
    """The lowest cut-off at which answers scoring above it have the right top source often enough."""
    for t in sorted(set(scores.tolist())):
        chosen = scores >= t
        if chosen.sum() >= min_count and right[chosen].mean() >= HIGH_PRECISION_TARGET:
            return float(t)
    return 1.0


def choose_medium(scores: np.ndarray, answerable: np.ndarray) -> float:
    """The highest cut-off below which few answerable questions fall: everything under it escalates."""
    best = 0.0
    for t in sorted(set(scores.tolist())):
        escalated_answerable = (scores[answerable] < t).mean() if answerable.any() else 0.0
        if escalated_answerable <= MAX_ANSWERABLE_ESCALATED:
            best = float(t)
    return best
