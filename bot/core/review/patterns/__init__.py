"""Matching patterns per rubric item, in code: what finds an item in a spec (rubric.yml holds what a coach reads)."""

from __future__ import annotations

from bot.core.review.patterns import (
    approach,
    cost,
    data,
    evaluation,
    explainability,
    failure_modes,
    fairness_safety,
    monitoring,
    need_for_ai,
    problem,
    rollout,
    success_metrics,
    thresholds,
    user_trust,
)
from bot.core.review.patterns.base import ItemPatterns, Pattern

ITEM_PATTERNS: dict[str, ItemPatterns] = {
    "problem": problem.PATTERNS,
    "need_for_ai": need_for_ai.PATTERNS,
    "success_metrics": success_metrics.PATTERNS,
    "data": data.PATTERNS,
    "approach": approach.PATTERNS,
    "thresholds": thresholds.PATTERNS,
    "evaluation": evaluation.PATTERNS,
    "failure_modes": failure_modes.PATTERNS,
    "user_trust": user_trust.PATTERNS,
    "explainability": explainability.PATTERNS,
    "fairness_safety": fairness_safety.PATTERNS,
    "cost": cost.PATTERNS,
    "monitoring": monitoring.PATTERNS,
    "rollout": rollout.PATTERNS,
}

__all__ = ["ITEM_PATTERNS", "ItemPatterns", "Pattern"]
