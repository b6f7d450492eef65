"""`aipm eval`: run the golden set (or the spec set), print metrics, check the gate."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path

from bot.config import Settings
from bot.core.confidence import CALIBRATION_FILE, ConfidenceJudge
from bot.core.index import KnowledgeIndex
from bot.errors import FriendlyError
from bot.evaluation.calibration import fit
from bot.evaluation.gates import apply_gates, gate_line, load_gate
from bot.evaluation.formatting import format_result, markdown_table
from bot.evaluation.golden import load_dataset, load_records, report, run_questions, save_records
from bot.evaluation.specs import run_spec_eval
from bot.services import Services
from ingest.pipeline import ingest_paths


def _services(args: argparse.Namespace, settings: Settings, stack: ExitStack):
    """The knowledge index from the data folder, or a throwaway index of `--corpus` when one is given."""
    if not args.corpus:
        return Services(settings)
    if not args.corpus.exists():
        raise FriendlyError(f"{args.corpus} does not exist: give --corpus a folder of guidance documents")
    return throwaway_services(args.corpus, settings, stack)


def throwaway_services(corpus: Path, settings: Settings, stack: ExitStack) -> Services:
    """Services over a fresh index of `corpus` in a scratch folder that `stack` removes."""
    scratch = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="aipm-eval-")))
    scratch_settings = settings.model_copy(update={"data_dir": scratch})
    index = KnowledgeIndex(scratch_settings)
    report = ingest_paths([corpus], index, progress=False)
    print(report.summary(), file=sys.stderr)
    return Services(scratch_settings, index=index)


def eval_settings(args: argparse.Namespace, settings: Settings) -> Settings:
    """`--llm` answers with the model AIPM_LLM names; without it the run is extractive even when one is
    configured, so the gated figures stay the offline baseline. Reviews never read this workspace's
    corrections: the gate measures the shipped rules."""
    settings = settings.model_copy(update={"review_learning": False})
    if getattr(args, "llm", False) or getattr(args, "judge", False):
        if not settings.llm.strip():
            raise FriendlyError("--llm and --judge need a model: set AIPM_LLM (see docs/llm.md)")
        return settings if args.llm else settings.model_copy(update={"llm": ""})
    return settings.model_copy(update={"llm": ""})


def run_eval(args: argparse.Namespace, settings: Settings) -> int:
    judge_settings = settings  # the judge is the configured model, whether or not it also answered
    settings = eval_settings(args, settings)
    if args.specs:
        return run_spec_eval(args, settings)
    with ExitStack() as stack:
        return _run_golden(args, settings, stack, judge_settings)


def _run_golden(args: argparse.Namespace, settings: Settings, stack: ExitStack,
                judge_settings: Settings | None = None) -> int:
    questions = load_dataset(args.dataset)
    if args.gate and args.section not in load_gate(args.gate):
        raise FriendlyError(f"{args.gate} has no section {args.section!r}; pick one with --section")
    if args.split != "all":
        questions = [q for q in questions if q.split == args.split]
    services = _services(args, settings, stack)
    if services.index.count() == 0:
        raise FriendlyError("the knowledge index is empty: run `aipm ingest` first")
    records = run_questions(services.answerer, questions)
    if getattr(args, "judge", False):
        from bot.core.generation import make_chat_model
        from bot.evaluation.judge import judge_records

        # With --llm the run already holds the model; build one only for a judge-only run.
        model = services.generator.chat_model if services.generator is not None else None
        judge_records(model or make_chat_model(judge_settings or settings), records)

    if args.records:
        save_records(records, args.records)
        print(f"wrote {len(records)} records to {args.records}", file=sys.stderr)
    if args.calibrate:
        # One corpus is a narrow sample of questions: the model is fitted on the dev split of this run
        # plus the dev records other corpora's runs saved (`make calibrate` does both).
        tuning = [r for r in records if r["split"] == "dev"]
        for path in args.calibrate_with:
            tuning += [r for r in load_records(path) if r["split"] == "dev"]
        model = fit(tuning)
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
        from bot.evaluation.plots import write_plots  # deferred: matplotlib is slow to import and optional

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
