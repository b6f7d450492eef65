"""Measure the groundedness check on a labelled claim/passage set: `python -m bot.core.generation.check_eval`.

Prints balanced accuracy and AUROC for the check and for a plain lexical-overlap baseline, with the
accuracy per kind of pair (paraphrase, number changed, negation, entity swapped, cross-language, ...).
`--write docs/llm.md` replaces the figures block in that file, so the docs never carry hand-typed numbers.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from bot.core.generation.grounding import GroundednessChecker, Verdict
from bot.core.text import tokenize

EVAL_DIR = Path(__file__).resolve().parents[3] / "eval"
# claims.jsonl was in view while the check was built; claims_holdout.jsonl was written afterwards and
# only measured (one bug fix followed it: numbers right after a Chinese character were missed).
DEFAULT_SETS = (EVAL_DIR / "claims.jsonl", EVAL_DIR / "claims_holdout.jsonl")


@dataclass(frozen=True)
class LabelledPair:
    id: str
    claim: str
    passage: str
    supported: bool
    kind: str


@dataclass(frozen=True)
class CheckEvaluation:
    pairs: int
    supported: int
    balanced_accuracy: float
    auroc: float
    baseline_auroc: float  # share of the claim's content terms found in the passage
    baseline_balanced_accuracy: float  # that share at its best threshold on this same set
    by_kind: dict[str, tuple[int, int]]  # kind -> (right, total)
    errors: list[str]

    def render(self) -> str:
        lines = [
            f"Labelled pairs: {self.pairs} ({self.supported} supported, {self.pairs - self.supported} not)",
            f"Groundedness check: balanced accuracy {self.balanced_accuracy:.3f}, AUROC {self.auroc:.3f}",
            f"Lexical-overlap baseline: AUROC {self.baseline_auroc:.3f}, balanced accuracy "
            f"{self.baseline_balanced_accuracy:.3f} at its best threshold (chosen on this set)",
            "Accuracy by kind of pair:",
        ]
        for kind, (right, total) in sorted(self.by_kind.items()):
            lines.append(f"  {kind:<26} {right:>3}/{total:<3} {right / total:.2f}")
        return "\n".join(lines)


def load_pairs(path: Path) -> list[LabelledPair]:
    pairs = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        row = json.loads(line)
        if row["label"] not in ("supported", "unsupported"):
            raise ValueError(f"{path}:{number}: label must be supported or unsupported")
        pairs.append(LabelledPair(row["id"], row["claim"], row["passage"], row["label"] == "supported", row["kind"]))
    return pairs


def balanced_accuracy(truth: list[bool], predicted: list[bool]) -> float:
    positives = [p for t, p in zip(truth, predicted) if t]
    negatives = [not p for t, p in zip(truth, predicted) if not t]
    return (sum(positives) / len(positives) + sum(negatives) / len(negatives)) / 2


def auroc(truth: list[bool], scores: list[float]) -> float:
    """Probability that a supported pair outscores an unsupported one (ties count half)."""
    pos = [s for t, s in zip(truth, scores) if t]
    neg = [s for t, s in zip(truth, scores) if not t]
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def lexical_overlap(claim: str, passage: str) -> float:
    terms = set(tokenize(claim))
    return len(terms & set(tokenize(passage))) / len(terms) if terms else 0.0


def evaluate(checker: GroundednessChecker, pairs: list[LabelledPair]) -> CheckEvaluation:
    truth, predicted, scores, baseline = [], [], [], []
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    errors = []
    vectors: dict[str, list[float]] = {}
    for pair in pairs:
        support = checker.support(pair.claim, pair.passage, vectors=vectors)
        verdict = checker.verdict(support)
        ok = (verdict is Verdict.SUPPORTED) == pair.supported
        truth.append(pair.supported)
        predicted.append(verdict is Verdict.SUPPORTED)
        scores.append(checker.claim_score(support))
        baseline.append(lexical_overlap(pair.claim, pair.passage))
        by_kind[pair.kind][0] += ok
        by_kind[pair.kind][1] += 1
        if not ok:
            errors.append(
                f"{pair.id} [{pair.kind}] {verdict.value} {support.score:.2f} {support.conflict}: {pair.claim}"
            )
    best_baseline = max(
        balanced_accuracy(truth, [b >= cut for b in baseline]) for cut in sorted(set(baseline))
    )
    return CheckEvaluation(
        pairs=len(pairs),
        supported=sum(truth),
        balanced_accuracy=balanced_accuracy(truth, predicted),
        auroc=auroc(truth, scores),
        baseline_auroc=auroc(truth, baseline),
        baseline_balanced_accuracy=best_baseline,
        by_kind={k: (v[0], v[1]) for k, v in by_kind.items()},
        errors=errors,
    )


def write_block(doc: Path, text: str, name: str = "check-eval") -> None:
    """Replace the fenced figures between `<!-- name:start -->` and `<!-- name:end -->` in `doc`."""
    pattern = re.compile(rf"(<!-- {name}:start -->\n).*?(<!-- {name}:end -->)", re.DOTALL)
    content = doc.read_text(encoding="utf-8")
    if not pattern.search(content):
        raise SystemExit(f"{doc} has no <!-- {name}:start --> ... <!-- {name}:end --> block")
    block = "```\n" + text + "\n```\n"
    doc.write_text(pattern.sub(lambda m: m.group(1) + block + m.group(2), content), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, default=list(DEFAULT_SETS))
    parser.add_argument("--errors", action="store_true", help="list the pairs the check gets wrong")
    parser.add_argument("--write", type=Path, help="replace the figures block in this Markdown file")
    args = parser.parse_args(argv)
    from bot.core.embeddings import SentenceEmbedder

    checker = GroundednessChecker(SentenceEmbedder())
    sections = []
    for path in args.paths:
        result = evaluate(checker, load_pairs(path))
        sections.append(f"{path.name}\n{result.render()}")
        print(sections[-1])
        if args.errors:
            print("\n".join(["Wrong:", *result.errors]))
    text = "\n\n".join(sections)
    if args.write:
        write_block(args.write, text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
