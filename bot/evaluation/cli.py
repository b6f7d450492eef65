"""`aipm eval`: run the golden set (or the spec set), print metrics, check the gate."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from contextlib import ExitStack
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


def holdout_section(section: str) -> str:
    """The gate section for a dataset's held-out split ("holdout" for the knowledge set, "<name>_holdout" else)."""
    return "holdout" if section == "questions" else f"{section}_holdout"


def apply_gates(result: dict[str, Any], gate_path: Path | None, section: str) -> list[str]:
    """Overall figures against `section`, the holdout split against its own section when the gate has one."""
    failures = apply_gate(result, gate_path, section)
    if gate_path and "holdout" in result.get("by_split", {}):
        held = load_gate(gate_path).get(holdout_section(section))
        if held:
            extra = [f"holdout: {f}" for f in check_gate(result["by_split"]["holdout"], held)]
            failures += extra
            result["gate"] = {"passed": not failures, "failures": failures}
    return failures


def _services(args: argparse.Namespace, settings: Settings, stack: ExitStack):
    """The knowledge index from the data folder, or a throwaway index of `--corpus` when one is given."""
    from bot.cli import FriendlyError
    from bot.services import Services

    if not args.corpus:
        return Services(settings)
    if not args.corpus.exists():
        raise FriendlyError(f"{args.corpus} does not exist: give --corpus a folder of guidance documents")
    from bot.core.index import KnowledgeIndex
    from ingest.pipeline import ingest_paths

    scratch = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="aipm-eval-")))
    scratch_settings = settings.model_copy(update={"data_dir": scratch})
    index = KnowledgeIndex(scratch_settings)
    report = ingest_paths([args.corpus], index, progress=False)
    print(report.summary(), file=sys.stderr)
    return Services(scratch_settings, index=index)


def run_eval(args: argparse.Namespace, settings: Settings) -> int:
    if args.specs:
        from bot.evaluation.specs import run_spec_eval

        return run_spec_eval(args, settings)
    with ExitStack() as stack:
        return _run_golden(args, settings, stack)


def _run_golden(args: argparse.Namespace, settings: Settings, stack: ExitStack) -> int:
    from bot.cli import FriendlyError
    from bot.evaluation.formatting import format_result, markdown_table
    from bot.evaluation.golden import DatasetError, load_dataset, report, run_questions

    try:
        questions = load_dataset(args.dataset)
    except DatasetError as exc:
        raise FriendlyError(str(exc)) from exc
    if args.gate and args.section not in load_gate(args.gate):
        raise FriendlyError(f"{args.gate} has no section {args.section!r}; pick one with --section")
    if args.split != "all":
        questions = [q for q in questions if q.split == args.split]
    services = _services(args, settings, stack)
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
    if args.markdown:
        title = f"`{args.dataset}`" + (f" over `{args.corpus}`" if args.corpus else "")
        args.markdown.write_text(markdown_table(title, result), encoding="utf-8")
        print(f"wrote {args.markdown}", file=sys.stderr)

    failures = apply_gates(result, args.gate, args.section)

    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(format_result(f"{args.dataset}", result))
        if args.gate:
            print(gate_line(failures))
    return 1 if failures else 0
