"""`aipm eval`: run the golden set (or the spec set), print metrics, check the gate."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import yaml

from bot.config import Settings



def check_gate(metrics: dict[str, Any], gate: dict[str, Any]) -> list[str]:
    """Failures as readable lines. Keys ending in _max are ceilings; all others are floors."""
    failures = []
    for key, bound in gate.items():
        name = key.removesuffix("_max")
        value = metrics.get(name)
        if value is None:
            failures.append(f"{name}: not measured (gate {bound})")
        elif key.endswith("_max") and value > bound:
            failures.append(f"{name} = {value} is above the gate's {bound}")
        elif not key.endswith("_max") and value < bound:
            failures.append(f"{name} = {value} is below the gate's {bound}")
    return failures


def load_gate(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def apply_gate(result: dict[str, Any], gate_path: Path | None, section: str) -> list[str]:
    """Check `result["metrics"]` against one section of the gate file; records the verdict in `result`."""
    if not gate_path:
        return []
    failures = check_gate(result["metrics"], load_gate(gate_path).get(section, {}))
    result["gate"] = {"passed": not failures, "failures": failures}
    return failures


def gate_line(failures: list[str]) -> str:
    return "gate: PASSED" if not failures else "gate: FAILED\n  " + "\n  ".join(failures)


def format_metrics(title: str, m: dict[str, Any]) -> str:
    def pct(value: float | None) -> str:
        return "n/a" if value is None else f"{value:.1%}"

    labels = ", ".join(
        f"{name} {info['count']} ({pct(info['top_source_right'])} right)" for name, info in m["labels"].items()
    )
    return "\n".join(
        [
            f"{title}: {m['questions']} questions ({m['answerable']} answerable, {m['unanswerable']} unanswerable)",
            f"  retrieval    recall@1 {pct(m['recall_at_1'])}  recall@5 {pct(m['recall_at_5'])}  MRR {m['mrr']}",
            f"  abstention   unanswerable escalated {pct(m['unanswerable_escalated'])}  "
            f"answerable escalated {pct(m['answerable_escalated'])}",
            f"  calibration  {labels}; score AUROC {m['score_auroc']}",
            f"  latency      p50 {m['latency_ms_p50']} ms  p95 {m['latency_ms_p95']} ms",
        ]
    )


def run_eval(args: argparse.Namespace, settings: Settings) -> int:
    from bot.cli import FriendlyError
    from bot.evaluation.golden import DatasetError, load_dataset, report, run_questions
    from bot.services import Services

    if args.specs:
        from bot.evaluation.specs import run_spec_eval

        return run_spec_eval(args, settings)
    try:
        questions = load_dataset(args.dataset)
    except DatasetError as exc:
        raise FriendlyError(str(exc)) from exc
    if args.split != "all":
        questions = [q for q in questions if q.split == args.split]
    services = Services(settings)
    if services.index.count() == 0:
        raise FriendlyError("the knowledge index is empty: run `aipm ingest` first")
    records = run_questions(services.answerer, questions)

    if args.calibrate:
        from bot.core.confidence import CALIBRATION_FILE, ConfidenceJudge
        from bot.evaluation.calibration import fit

        model = fit([r for r in records if r["split"] == "dev"])
        CALIBRATION_FILE.write_text(json.dumps(model, indent=2) + "\n", encoding="utf-8")
        print(f"calibration written to {CALIBRATION_FILE}: high >= {model['high']}, medium >= {model['medium']}",
              file=sys.stderr)
        judge = ConfidenceJudge(model=model)
        for r in records:  # re-score from the stored evidence instead of re-running every question
            if r["features"]:
                r["score"] = round(judge.score(r["features"]), 4)
                r["label"] = judge.label_for(r["score"])
                r["escalate"] = r["label"] == "low"

    result = report(records)
    if args.plot:
        from bot.evaluation.plots import write_plots

        for path in write_plots(records, args.plot):
            print(f"wrote {path}", file=sys.stderr)

    failures = apply_gate(result, args.gate, "questions")

    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(format_metrics(f"{args.dataset}", result["metrics"]))
        for split, m in result.get("by_split", {}).items():
            print(format_metrics(f"  split {split}", m))
        if "crosslang" in result:
            print(format_metrics("  cross-language", result["crosslang"]))
        wrong = [q for q in result["questions"] if q["answerable"] and not q["right"]]
        if wrong:
            print(f"answerable questions whose top source was wrong ({len(wrong)}):")
            for q in wrong[:25]:
                print(f"  {q['id']}: {q['question'][:70]!r} got {q['sources'][:1]} want {q['expected']} [{q['label']}]")
        if args.gate:
            print(gate_line(failures))
    return 1 if failures else 0
