"""`aipm eval --specs DIR`: run the reviewer over labelled specs and score its statuses.

A labelled spec is `<name>.md` (or .txt) with `<name>.expected.json` beside it, mapping every rubric
item id to its expected status. The headline figures are the precision and recall of `missing` (does the
review find the gaps, without crying wolf) and of `present` (is a pass a real pass), per item and overall.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.config import Settings
from bot.core.review.documents import spec_text_from_bytes
from bot.core.review.rubric import STATUSES
from bot.errors import UserError
from bot.evaluation.formatting import pct
from bot.evaluation.gates import check_gate, gate_line, load_gate
from bot.services import Services

if TYPE_CHECKING:
    from bot.core.review.reviewer import Review, Reviewer

SPEC_SUFFIXES = (".md", ".txt")


class SpecSetError(UserError, ValueError):
    pass


@dataclass
class LabelledSpec:
    name: str
    path: Path
    expected: dict[str, str]


def load_spec_set(folder: Path, item_ids: list[str]) -> list[LabelledSpec]:
    """Every spec in `folder` with an expected-status file; each must label every rubric item."""
    if not folder.is_dir():
        raise SpecSetError(f"{folder} is not a folder")
    specs = []
    for path in sorted(folder.iterdir()):
        if path.suffix not in SPEC_SUFFIXES or path.name.lower() == "readme.md":
            continue
        labels = path.with_suffix(".expected.json")
        if not labels.exists():
            continue
        try:
            expected = json.loads(labels.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise SpecSetError(f"{labels}: not readable JSON ({exc})") from exc
        missing = [item for item in item_ids if item not in expected]
        unknown = sorted(set(expected) - set(item_ids))
        bad = {k: v for k, v in expected.items() if v not in STATUSES}
        if missing or unknown or bad:
            raise SpecSetError(f"{labels}: missing {missing}, unknown {unknown}, bad statuses {bad}")
        specs.append(LabelledSpec(path.stem, path, expected))
    if not specs:
        raise SpecSetError(f"{folder} has no <name>.md with a <name>.expected.json")
    return specs


def _ratio(numerator: int, denominator: int) -> float | None:
    return round(numerator / denominator, 4) if denominator else None


def status_metrics(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    """Precision and recall of `missing` and of `present` from (expected, predicted) pairs."""
    out: dict[str, Any] = {"n": len(pairs)}
    for status in ("missing", "present"):
        predicted = sum(1 for _, p in pairs if p == status)
        expected = sum(1 for e, _ in pairs if e == status)
        hit = sum(1 for e, p in pairs if e == p == status)
        out[f"{status}_precision"] = _ratio(hit, predicted)
        out[f"{status}_recall"] = _ratio(hit, expected)
        out[f"{status}_expected"] = expected
        out[f"{status}_predicted"] = predicted
    out["accuracy"] = _ratio(sum(1 for e, p in pairs if e == p), len(pairs))
    # What a PM cannot forgive: an item they covered (in prose, a table, anywhere) reported as missing.
    out["covered_called_missing"] = sum(1 for e, p in pairs if e == "present" and p == "missing")
    # Calling a present item missing (or the reverse) is worse than a one-step miss.
    out["two_step_errors"] = sum(1 for e, p in pairs if {e, p} == {"present", "missing"})
    return out


def review_record(spec: LabelledSpec, review: "Review", latency_ms: float) -> dict[str, Any]:
    """What the report needs from one reviewed spec."""
    return {
        "spec": spec.name,
        "expected": spec.expected,
        "predicted": review.statuses,
        "reasons": {r.id: r.reason for r in review.items},
        "score": review.score,
        "warnings": review.warnings,
        "words": review.words,
        "latency_ms": round(latency_ms, 1),
    }


def run_specs(reviewer: "Reviewer", specs: list[LabelledSpec]) -> list[dict[str, Any]]:
    records = []
    for spec in specs:
        started = time.perf_counter()
        review = reviewer.review(spec_text_from_bytes(spec.path.name, spec.path.read_bytes()))
        records.append(review_record(spec, review, (time.perf_counter() - started) * 1000))
    return records


def report(records: list[dict[str, Any]], item_ids: list[str]) -> dict[str, Any]:
    pairs = [(r["expected"][i], r["predicted"][i]) for r in records for i in item_ids]
    by_item = {i: status_metrics([(r["expected"][i], r["predicted"][i]) for r in records]) for i in item_ids}
    mismatches = [
        {
            "spec": r["spec"],
            "item": i,
            "expected": r["expected"][i],
            "predicted": r["predicted"][i],
            "reason": r["reasons"][i],
        }
        for r in records
        for i in item_ids
        if r["expected"][i] != r["predicted"][i]
    ]
    metrics = status_metrics(pairs)
    # Specs named vacuous-* say every item's name and nothing else: none of their items may pass.
    metrics["vacuous_called_present"] = sum(
        1
        for r in records
        if r["spec"].startswith("vacuous")
        for i in item_ids
        if r["predicted"][i] == "present" and r["expected"][i] != "present"
    )
    latencies = sorted(r["latency_ms"] for r in records)
    metrics["specs"] = len(records)
    metrics["latency_ms_max"] = latencies[-1] if latencies else 0.0
    return {"metrics": metrics, "by_item": by_item, "mismatches": mismatches, "specs": records}


def format_report(title: str, result: dict[str, Any]) -> str:
    def pct(value: float | None) -> str:
        return "  n/a" if value is None else f"{value:5.0%}"

    m = result["metrics"]
    lines = [
        f"{title}: {m['specs']} specs, {m['n']} item verdicts, accuracy {pct(m['accuracy'])}",
        f"  missing  precision {pct(m['missing_precision'])}  recall {pct(m['missing_recall'])}"
        f"  ({m['missing_expected']} expected, {m['missing_predicted']} predicted)",
        f"  present  precision {pct(m['present_precision'])}  recall {pct(m['present_recall'])}"
        f"  ({m['present_expected']} expected, {m['present_predicted']} predicted)",
        f"  present<->missing confusions: {m['two_step_errors']}   covered but called missing: "
        f"{m['covered_called_missing']}   vacuous called present: {m['vacuous_called_present']}",
        f"  slowest review: {m['latency_ms_max']:.0f} ms",
        "",
        f"  {'item':18} {'miss P':>7} {'miss R':>7} {'pres P':>7} {'pres R':>7}",
    ]
    for item, im in result["by_item"].items():
        lines.append(
            f"  {item:18} {pct(im['missing_precision']):>7} {pct(im['missing_recall']):>7} "
            f"{pct(im['present_precision']):>7} {pct(im['present_recall']):>7}"
        )
    if result["mismatches"]:
        lines += ["", f"  mismatches ({len(result['mismatches'])}):"]
        for x in result["mismatches"]:
            lines.append(
                f"    {x['spec']:42} {x['item']:16} want {x['expected']:8} got {x['predicted']:8} {x['reason']}"
            )
    return "\n".join(lines)


def halves(records: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The records in two halves, alternating by sorted spec name (A: 1st, 3rd, ...; B: 2nd, 4th, ...).

    A change tuned while looking at one half is kept only if it also helps the other: a dev set that
    is tuned on as a whole cannot say whether a change carries over to specs nobody has seen."""
    ordered = sorted(records, key=lambda r: r["spec"])
    return ordered[0::2], ordered[1::2]


def format_halves(records: list[dict[str, Any]], item_ids: list[str]) -> str:
    """One headline line per half (see `halves`): missing precision and recall, present precision,
    covered but called missing, vacuous called present."""
    lines = []
    for label, part in zip("AB", halves(records), strict=True):
        m = report(part, item_ids)["metrics"]
        lines.append(
            f"  half {label} ({m['specs']} specs): missing precision {pct(m['missing_precision'])}"
            f"  recall {pct(m['missing_recall'])}  present precision {pct(m['present_precision'])}"
            f"  covered but called missing {m['covered_called_missing']}"
            f"  vacuous called present {m['vacuous_called_present']}"
        )
    return "\n".join(lines)


def spec_markdown_table(title: str, result: dict[str, Any]) -> str:
    """The spec reviewer's figures as Markdown, overall then per item, written by `aipm eval --specs DIR --markdown`."""
    m = result["metrics"]
    lines = [
        f"### {title}",
        "",
        f"{m['specs']} specs, {m['n']} item verdicts; accuracy {pct(m['accuracy'])}; "
        f"present<->missing confusions {m['two_step_errors']}; covered but called missing "
        f"{m['covered_called_missing']}; vacuous called present {m['vacuous_called_present']}; "
        f"slowest review {m['latency_ms_max']:.0f} ms.",
        "",
        "| item | missing precision | missing recall | present precision | present recall |",
        "|---|---|---|---|---|",
        f"| **all** | {pct(m['missing_precision'])} | {pct(m['missing_recall'])} "
        f"| {pct(m['present_precision'])} | {pct(m['present_recall'])} |",
    ]
    for item, im in result["by_item"].items():
        lines.append(
            f"| {item} | {pct(im['missing_precision'])} | {pct(im['missing_recall'])} "
            f"| {pct(im['present_precision'])} | {pct(im['present_recall'])} |"
        )
    return "\n".join(lines) + "\n"


# A spec folder's floors are the `specs:` section's nested block named after it ("unseen-3" -> `unseen_3:`),
# so a new labelled set needs a gate block, not code; the held-out folder's block has its own name.
SPLIT_BLOCKS = {"holdout": "heldout"}


def spec_gate(gate: dict[str, Any], folder: Path) -> dict[str, Any]:
    """The floors for a spec folder: the `specs:` section's nested block named after the folder
    (`dev:` for eval/specs-v2/dev, `heldout:` for eval/specs-v2/holdout), its flat keys for any other."""
    section = gate.get("specs", {}) or {}
    name = folder.resolve().name
    block = SPLIT_BLOCKS.get(name, name.replace("-", "_"))
    if block and isinstance(section.get(block), dict):
        return section[block]
    return {k: v for k, v in section.items() if not isinstance(v, dict)}


def apply_spec_gate(result: dict[str, Any], gate_path: Path | None, folder: Path) -> list[str]:
    if not gate_path:
        return []
    failures = check_gate(result["metrics"], spec_gate(load_gate(gate_path), folder))
    result["gate"] = {"passed": not failures, "failures": failures}
    return failures


def run_spec_eval(args: argparse.Namespace, settings: Settings) -> int:
    services = Services(settings)
    reviewer = services.reviewer
    item_ids = reviewer.rubric.ids
    specs = load_spec_set(args.specs, item_ids)
    records = run_specs(reviewer, specs)
    result = report(records, item_ids)
    failures = apply_spec_gate(result, getattr(args, "gate", None), args.specs)
    if getattr(args, "markdown", None):
        args.markdown.write_text(spec_markdown_table(f"`{args.specs}`", result), encoding="utf-8")
        print(f"wrote {args.markdown}", file=sys.stderr)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(format_report(str(args.specs), result))
        if getattr(args, "halves", False):
            print("\n" + format_halves(records, item_ids))
        if getattr(args, "gate", None):
            print(gate_line(failures))
    if failures:
        print(f"spec review gate failed: {len(failures)} metric(s) below the gate", file=sys.stderr)
    return 1 if failures else 0
