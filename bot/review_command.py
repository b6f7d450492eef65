"""`aipm review FILE|- [--json]`: review a spec file (or standard input) against the rubric."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from pathlib import Path

from bot.config import Settings
from bot.core.review.documents import spec_text_from_bytes
from bot.core.review.reviewer import STATUS_MARKS, Review
from bot.errors import FriendlyError
from bot.services import Services

WIDTH = 100


def read_input(source: str) -> tuple[str, bytes]:
    """(name, bytes) of the spec: a file path, or '-' for standard input."""
    if source == "-":
        return "stdin.txt", sys.stdin.buffer.read()
    path = Path(source)
    if not path.is_file():
        raise FriendlyError(f"no such file: {source}")
    try:
        return path.name, path.read_bytes()
    except OSError as exc:
        raise FriendlyError(f"cannot read {source}: {exc.strerror or exc.__class__.__name__}") from exc


def run_review(args: argparse.Namespace, settings: Settings) -> int:
    name, data = read_input(args.file)
    text = spec_text_from_bytes(name, data)
    review = Services(settings).reviewer.review(text)
    if args.json:
        print(json.dumps(review.to_json(), ensure_ascii=False))
    else:
        print(format_review(review))
    return 0


def _wrap(text: str, indent: str) -> str:
    return textwrap.fill(text, width=WIDTH, initial_indent=indent, subsequent_indent=indent + "  ")


def format_review(review: Review) -> str:
    """Score, one line per item with a mark, the top fixes, then the details of every item."""
    counts = {status: sum(1 for r in review.items if r.status == status) for status in STATUS_MARKS}
    lines = [
        f"Readiness: {review.score:.0%} (score {review.score:.2f}) · {review.words:,} words · "
        f"{counts['present']} present, {counts['partial']} partial, {counts['missing']} missing",
    ]
    for warning in review.warnings:
        lines.append(_wrap(f"! {warning}", ""))
    lines += ["", "Rubric  ([x] present  [~] partial  [ ] missing)"]
    name_width = max(len(r.name) for r in review.items)
    for result in review.items:
        severity = f"  {result.severity}" if result.severity else ""
        reason = f"  - {result.reason}" if result.status != "present" else ""
        lines.append(f"  {STATUS_MARKS[result.status]} {result.name:<{name_width}}{severity}{reason}".rstrip())
    if review.top_fixes:
        lines += ["", "Fix first"]
        for number, fix in enumerate(review.top_fixes, start=1):
            lines.append(_wrap(f"{number}. {fix.name} ({fix.status}, {fix.severity}): {fix.question}", "  "))
    lines += ["", "Details"]
    for result in review.items:
        severity = f", {result.severity}" if result.severity else ""
        lines.append(f"  {STATUS_MARKS[result.status]} {result.name} ({result.status}{severity})")
        for quote in result.evidence:
            lines.append(_wrap(f"> {quote}", "      "))
        lines.append(_wrap(f"Ask: {result.question}", "      "))
        lines.append(_wrap(f"Advice: {result.suggestion}", "      "))
    return "\n".join(lines)
