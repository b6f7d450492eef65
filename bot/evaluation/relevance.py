"""Fit the sentence relevance model (bot/core/data/sentence_relevance.json) on the repository's golden sets.

Each dev question with key points is asked over a throwaway index of its own corpus; every prose
sentence the composer considers for it is a row: its features (bot.core.sentence_scoring) and whether
it states one of the question's key points, by the eval's own matcher. Held-out splits are never read,
so the held-out figures `aipm eval` reports stay honest. The fit is deterministic (lbfgs, no sampling).

    python -m bot.evaluation.relevance [--out FILE]      (or: make fit-relevance)
"""

from __future__ import annotations

import argparse
import json
import sys
from contextlib import ExitStack
from pathlib import Path

import numpy as np

from bot.config import Settings
from bot.core.quoting import question_intent
from bot.core.sentence_scoring import FEATURES, RELEVANCE_FILE, RelevanceModel, hand_score
from bot.evaluation.cli import throwaway_services
from bot.evaluation.golden import GoldenQuestion, load_dataset
from bot.evaluation.points import phrasing_in

Row = tuple[dict[str, float], bool]


def golden_sets(root: Path) -> list[tuple[Path, Path]]:
    """(questions, corpus) pairs kept in the repository: knowledge/, the fixture corpus, the unseen guides."""
    pairs = [(root / "eval" / "questions.jsonl", root / "knowledge"),
             (root / "eval" / "fixture.jsonl", root / "tests" / "data" / "corpus")]
    for dataset in sorted((root / "eval").glob("guides-unseen-*.jsonl")):
        corpus = dataset.with_suffix("")
        if corpus.is_dir():
            pairs.append((dataset, corpus))
    return [(d, c) for d, c in pairs if d.exists() and c.is_dir()]


def labelled_units(answerer, questions: list[GoldenQuestion]) -> list[Row]:
    """The composer's prose candidates for each dev question, with whether each states a key point."""
    rows: list[Row] = []
    for question in questions:
        if question.split != "dev" or not question.answerable or not question.points:
            continue
        retrieval = answerer.retriever.retrieve(question.question)
        best = retrieval.sources(answerer.settings.top_k)
        units = answerer.composer.candidates(retrieval, answerer.passages(retrieval, best))
        answerer.composer.score(units, retrieval, question_intent(question.question))
        for unit in units:
            if unit.kind == "prose":
                states = any(phrasing_in(p, unit.text) for point in question.points for p in point)
                rows.append((unit.features, states))
    return rows


def standardised_logistic(x: np.ndarray, y: np.ndarray, **options: object) -> tuple[np.ndarray, float]:
    """Logistic regression (C=1, lbfgs) on standardised features, its weights and intercept mapped back
    onto the raw feature scale, so the shipped model scores features as the code computes them."""
    from sklearn.linear_model import LogisticRegression

    mean, spread = x.mean(axis=0), x.std(axis=0) + 1e-9
    model = LogisticRegression(C=1.0, max_iter=3000, **options).fit((x - mean) / spread, y)
    weights = model.coef_[0] / spread
    return weights, float(model.intercept_[0] - (model.coef_[0] * mean / spread).sum())


def fit(rows: list[Row]) -> RelevanceModel:
    """Logistic regression (features standardised, classes balanced: few sentences state a point), then
    the map of its logit onto the hand-set score's mean and spread."""
    x = np.array([[features[name] for name in FEATURES] for features, _ in rows])
    y = np.array([states for _, states in rows])
    if len(set(y.tolist())) < 2:
        raise ValueError("the rows need sentences that state a point and sentences that do not")
    weights, intercept = standardised_logistic(x, y, class_weight="balanced")
    logits = x @ weights + intercept
    hand = np.array([hand_score(features) for features, _ in rows])
    scale = float(hand.std() / logits.std())
    return RelevanceModel(tuple(round(float(w), 6) for w in weights), round(intercept, 6),
                          round(float(hand.mean() - scale * logits.mean()), 6), round(scale, 6))


def collect(root: Path, settings: Settings) -> list[Row]:
    rows: list[Row] = []
    settings = settings.model_copy(update={"llm": ""})  # the composer's candidates, never a model's answer
    for dataset, corpus in golden_sets(root):
        with ExitStack() as stack:
            found = labelled_units(throwaway_services(corpus, settings, stack).answerer, load_dataset(dataset))
            print(f"{dataset.name}: {len(found)} sentences, {sum(s for _, s in found)} state a point",
                  file=sys.stderr)
            rows.extend(found)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path("."), help="the repository (its eval/ and corpora)")
    parser.add_argument("--out", type=Path, default=RELEVANCE_FILE)
    args = parser.parse_args(argv)
    rows = collect(args.root, Settings())
    model = fit(rows)
    args.out.write_text(json.dumps({**model.to_json(), "rows": len(rows)}, indent=1) + "\n", encoding="utf-8")
    print(f"fitted on {len(rows)} sentences -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
