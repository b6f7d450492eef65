"""Fit the source ranking model (bot/core/data/source_ranking.json) on the repository's golden sets.

Each dev question is retrieved over a throwaway index of its own corpus, in fused order (no model); each
of its first few sources is a row: its readings (bot.core.source_ranking) and whether the question's
golden sources name it. Questions whose right guide is not among those sources teach nothing about the
choice and are left out. Held-out splits are never read. The fit is deterministic (lbfgs, no sampling).

    python -m bot.evaluation.source_ranking [--out FILE]      (or: make fit-source-ranking)
"""

from __future__ import annotations

import argparse
import json
import sys
from contextlib import ExitStack
from pathlib import Path

import numpy as np

from bot.config import Settings
from bot.core.source_ranking import FEATURES, SOURCE_RANKING_FILE, SourceRankingModel, source_features
from bot.evaluation.cli import throwaway_services
from bot.evaluation.golden import GoldenQuestion, load_dataset
from bot.evaluation.relevance import golden_sets, standardised_logistic

Row = tuple[dict[str, float], bool]


def labelled_sources(retriever, questions: list[GoldenQuestion]) -> list[Row]:
    """The contending sources of each answerable dev question, with whether each is a right one."""
    rows: list[Row] = []
    for question in questions:
        if question.split != "dev" or not question.answerable or not question.sources:
            continue
        contenders = source_features(retriever.retrieve(question.question))
        labelled = [(features, source in question.sources) for source, features in contenders]
        if any(right for _, right in labelled):
            rows.extend(labelled)
    return rows


def fit(rows: list[Row]) -> SourceRankingModel:
    """Logistic regression on standardised features, on the raw feature scale (a guide's readings as
    `source_features` computes them)."""
    x = np.array([[features[name] for name in FEATURES] for features, _ in rows])
    y = np.array([right for _, right in rows])
    if len(set(y.tolist())) < 2:
        raise ValueError("the rows need right sources and wrong ones")
    weights, intercept = standardised_logistic(x, y)
    return SourceRankingModel(tuple(round(float(w), 6) for w in weights), round(intercept, 6))


def collect(root: Path, settings: Settings) -> list[Row]:
    rows: list[Row] = []
    for dataset, corpus in golden_sets(root):
        with ExitStack() as stack:
            # The retriever alone: the readings are of the fused order the answerer's model reorders.
            retriever = throwaway_services(corpus, settings, stack).answerer.retriever
            found = labelled_sources(retriever, load_dataset(dataset))
            print(f"{dataset.name}: {len(found)} sources, {sum(r for _, r in found)} right", file=sys.stderr)
            rows.extend(found)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path("."), help="the repository (its eval/ and corpora)")
    parser.add_argument("--out", type=Path, default=SOURCE_RANKING_FILE)
    args = parser.parse_args(argv)
    rows = collect(args.root, Settings().model_copy(update={"llm": ""}))
    model = fit(rows)
    args.out.write_text(json.dumps({**model.to_json(), "rows": len(rows)}, indent=1) + "\n", encoding="utf-8")
    print(f"fitted on {len(rows)} sources -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
