"""Which retrieved guide answers the question: a fitted choice among the top few sources.

Fusion ranks passages; the answer speaks from one guide, the first source (the composer reads all its
retrieved passages and only the best one of the next two). Whether that guide is the right one is a
question about the source as a whole: how many of its passages came back, how close its best one is in
meaning and in words, whether its title, headings and best passage state the question's rarer terms,
whether it is written in the asker's language. A logistic model over those readings, fitted on the dev
splits of the repository's golden sets (`make fit-source-ranking`, bot.evaluation.source_ranking), picks
the guide; when it is not the first source, that guide's passages move to the front and the rest keep
their fused order.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.core.text import tokenize

if TYPE_CHECKING:
    from bot.core.retrieval import Retrieval

SOURCE_RANKING_FILE = Path(__file__).resolve().parent / "data" / "source_ranking.json"
CONTENDERS = 5  # sources considered: the right guide is in the top five for 98% of golden questions
NEAR_TOP = 10  # "many passages near the top" counts a source's passages among the first this many
ABSENT_RANK = 30  # the rank read for a source no dense (or no word) hit found

FEATURES = (
    "inverse_rank", "is_first", "dense_share", "lexical_share", "log_dense_rank", "log_lexical_rank",
    "passages_near_top", "passages", "title_terms", "heading_terms", "passage_terms", "asker_language",
    "log_fused_rank",
)


@dataclass(frozen=True)
class SourceRankingModel:
    """A logistic model over FEATURES, on the raw (unstandardised) feature scale."""

    weights: tuple[float, ...]
    intercept: float

    def score(self, features: dict[str, float]) -> float:
        return self.intercept + sum(w * features[name] for w, name in zip(self.weights, FEATURES))

    def to_json(self) -> dict[str, Any]:
        return {"features": list(FEATURES), "weights": list(self.weights), "intercept": self.intercept}


@lru_cache(maxsize=1)
def load_source_ranking_model(path: Path = SOURCE_RANKING_FILE) -> SourceRankingModel | None:
    """The fitted model, or None (fused order alone) when the file is absent, broken or fitted on other
    features: a stale fit must not weigh features by the wrong names."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if tuple(data["features"]) != FEATURES or len(data["weights"]) != len(FEATURES):
            return None
        return SourceRankingModel(tuple(float(w) for w in data["weights"]), float(data["intercept"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def source_features(retrieval: "Retrieval") -> list[tuple[str, dict[str, float]]]:
    """Each of the first CONTENDERS sources in fused order, with its readings."""
    chunks = retrieval.chunks
    order = list(dict.fromkeys(c.source for c in chunks))[:CONTENDERS]
    terms = set(retrieval.key_terms)
    weights = retrieval.term_weights
    total = sum(weights.get(t, 1.0) for t in terms) or 1.0

    def stated(words: set[str]) -> float:
        """The share of the question's terms, by weight (a rare term counts for more), among `words`."""
        return sum(weights.get(t, 1.0) for t in terms & words) / total

    best_dense = max((c.dense for c in chunks), default=0.0) or 1e-9
    best_lexical = max((c.lexical for c in chunks), default=0.0) or 1e-9
    found = []
    for place, source in enumerate(order):
        own = [(rank, c) for rank, c in enumerate(chunks, start=1) if c.source == source]
        best_rank, best = own[0]
        headings = {t for _, c in own[:3] for t in tokenize(c.heading)}
        found.append((source, {
            "inverse_rank": 1.0 / (place + 1),
            "is_first": float(place == 0),
            "dense_share": max(c.dense for _, c in own) / best_dense,
            "lexical_share": max(c.lexical for _, c in own) / best_lexical,
            "log_dense_rank": math.log1p(min(c.dense_rank or ABSENT_RANK for _, c in own)),
            "log_lexical_rank": math.log1p(min(c.lexical_rank or ABSENT_RANK for _, c in own)),
            "passages_near_top": float(sum(rank <= NEAR_TOP for rank, _ in own)),
            "passages": float(len(own)),
            "title_terms": stated(set(tokenize(best.title))),
            "heading_terms": stated(headings),
            "passage_terms": stated(set(tokenize(best.text))),
            "asker_language": float(best.lang == retrieval.lang),
            "log_fused_rank": math.log1p(best_rank),
        }))
    return found


def promote_best_source(retrieval: "Retrieval", model: SourceRankingModel) -> str | None:
    """Move the passages of the source the model rates best to the front (the rest keep fused order);
    the promoted source, or None when the first source stays first."""
    contenders = source_features(retrieval)
    if len(contenders) < 2:
        return None
    best = max(contenders, key=lambda pair: model.score(pair[1]))[0]
    if best == contenders[0][0]:
        return None
    retrieval.chunks.sort(key=lambda c: c.source != best)  # stable: each group keeps its fused order
    return best
