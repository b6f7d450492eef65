"""The `aipm` command: ingest, ask, chat, eval, review, serve."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from pydantic import ValidationError

from bot.config import Settings
from bot.errors import FriendlyError, UserError

log = logging.getLogger("aipm")

LABEL_MARKS = {"high": "HIGH", "medium": "MEDIUM", "low": "LOW"}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="aipm", description="aipm-coach: coaching for AI product managers.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ingest", help="embed guidance documents into the knowledge index")
    p.add_argument("paths", nargs="*", type=Path, help="files or folders (default: AIPM_KNOWLEDGE_DIR)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")

    p = sub.add_parser("ask", help="answer one question from the knowledge index")
    p.add_argument("question", help="the question; '-' reads it from standard input")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--verbose", action="store_true", help="show log lines and model-loading progress")

    p = sub.add_parser("chat", help="an interactive question loop in the terminal")
    p.add_argument("--verbose", action="store_true", help="show log lines and model-loading progress")

    p = sub.add_parser("eval", help="run the golden set (or a spec set) and report metrics")
    p.add_argument("--dataset", type=Path, default=Path("eval/questions.jsonl"))
    p.add_argument("--split", choices=["all", "dev", "holdout"], default="all")
    p.add_argument("--json", action="store_true")
    p.add_argument("--plot", type=Path, help="write a reliability diagram and a risk-coverage curve here")
    p.add_argument("--gate", type=Path, help="fail (exit 1) when metrics fall below this gate file")
    p.add_argument("--calibrate", action="store_true", help="fit the confidence model on the dev split")
    p.add_argument("--calibrate-with", type=Path, action="append", default=[], metavar="RECORDS",
                   help="with --calibrate: also fit on the dev records another run saved with --records")
    p.add_argument("--records", type=Path, metavar="FILE",
                   help="save every question's record (answer, label, evidence features) as JSON lines")
    p.add_argument("--specs", type=Path, help="evaluate the spec reviewer on a labelled spec folder")
    p.add_argument("--halves", action="store_true",
                   help="with --specs: also print the figures of its two alternate halves")
    p.add_argument("--corpus", type=Path, help="ingest this folder into a throwaway index and evaluate on it")
    p.add_argument("--section", default="questions",
                   help="gate section for the whole set (its holdout split uses <section>_holdout)")
    p.add_argument("--markdown", type=Path, metavar="FILE", help="write the figures as a Markdown table")
    p.add_argument("--llm", action="store_true", help="answer with the model AIPM_LLM names (docs/llm.md)")
    p.add_argument("--judge", action="store_true", help="also have that model grade key-point coverage")

    p = sub.add_parser("review", help="review an AI product spec against the rubric")
    p.add_argument("file", help="a .md, .txt, .html, .pdf, .docx or .rtf file, or '-' for standard input")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("report", help="usage, confidence, escalation and feedback figures")
    p.add_argument("--since", type=float, metavar="DAYS", help="only the last DAYS days")
    p.add_argument("--json", action="store_true")
    p.add_argument("--html", type=Path, metavar="FILE", help="write a one-page report with charts")
    p.add_argument("--export-bad-cases", type=Path, metavar="FILE",
                   help="write escalated and 👎 questions in the golden-set format")

    p = sub.add_parser("escalations", help="list the escalations still waiting for a coach")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("corrections", help="list (or remove) the lines people said a spec review missed")
    p.add_argument("--remove", metavar="ID", help="stop counting this correction in later reviews")
    p.add_argument("--by", default="cli", help="who removes it, kept on record (default: cli)")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("coach", help="a guided coaching session on an AI product idea, in the terminal")
    p.add_argument("idea", nargs="*", help="the idea in a few words (optional)")
    p.add_argument("--out", type=Path, metavar="FILE", help="write the brief (Markdown) here")
    p.add_argument("--echo", action="store_true", help="repeat each input line (readable transcripts from a pipe)")
    p.add_argument("--verbose", action="store_true", help="show log lines and model-loading progress")

    p = sub.add_parser("serve", help="run the Slack bot (Socket Mode by default)")
    p.add_argument("--http", action="store_true", help="serve the Events API over HTTP instead")
    p.add_argument("--port", type=int, default=3000)
    p.add_argument("--host", default="0.0.0.0")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = Settings()
    except ValidationError as exc:
        first = exc.errors()[0]
        print(f"aipm: invalid setting {'.'.join(map(str, first['loc']))}: {first['msg']}", file=sys.stderr)
        return 2
    logging.basicConfig(
        level=getattr(logging, settings.log_level.upper(), logging.INFO),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    # Libraries that chatter at INFO about telemetry and HTTP.
    for noisy in ("httpx", "chromadb", "sentence_transformers", "urllib3"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    # pypdf warns about a broken file ("EOF marker not found") that ingest already reports as skipped.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    handler = COMMANDS[args.command]
    try:
        return handler(args, settings)
    except KeyboardInterrupt:
        print("\ninterrupted", file=sys.stderr)
        return 130
    except UserError as exc:  # the one place a safe-to-show error becomes the terminal's message
        print(f"aipm: {exc}", file=sys.stderr)
        return 2


# Each command imports its machinery (langchain, chromadb, slack_bolt, the evaluation stack) when it runs,
# deferred on purpose: `aipm --help` and a mistyped flag answer at once instead of after seconds of imports.
def _services(settings: Settings):
    from bot.services import Services

    return Services(settings)


def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    from ingest.pipeline import ingest_paths

    services = _services(settings)
    paths = args.paths or [settings.knowledge_dir]
    report = ingest_paths(
        paths, services.index, chunk_chars=settings.chunk_chars, progress=False if args.no_progress else None
    )
    print(report.summary())
    return 0 if report.files or not report.skipped else 1


def _answer(services, question: str, history: list[str] | None = None):
    if services.index.count() == 0:
        raise FriendlyError("the knowledge index is empty: run `aipm ingest` first")
    return services.answerer.ask(question, history=history)


def format_answer(answer) -> str:
    lines = [answer.answer, "", f"Confidence: {LABEL_MARKS[answer.confidence.label]} ({answer.confidence.score:.2f}) - {answer.confidence.meaning}"]
    if answer.escalate:
        lines.append("A human coach should review this question.")
    if answer.sources:
        lines.append("Sources:")
        for number, source in enumerate(answer.sources, start=1):
            section = f" > {source.section}" if source.section else ""
            lines.append(f"  [{number}] {source.title}{section} ({source.source})")
    return "\n".join(lines)


def quiet_terminal(verbose: bool) -> None:
    """`ask` and `chat` show the answer, its label and its sources: no log lines, no loading bars."""
    if verbose:
        return
    logging.getLogger().setLevel(logging.ERROR)
    try:
        from transformers.utils import logging as hf_logging
    except ImportError:  # another embedding backend: nothing of transformers' to hush
        return
    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    quiet_terminal(args.verbose)
    question = sys.stdin.read() if args.question == "-" else args.question
    answer = _answer(_services(settings), question)
    if args.json:
        print(json.dumps(answer.to_json(), ensure_ascii=False))
    else:
        print(format_answer(answer))
    return 0


def cmd_chat(args: argparse.Namespace, settings: Settings) -> int:
    quiet_terminal(args.verbose)
    services = _services(settings)
    print("aipm-coach: ask about building AI products. Empty line or Ctrl-D to quit.")
    history: list[str] = []
    while True:
        try:
            question = input("\nyou> ").strip()
        except EOFError:
            return 0
        if not question:
            return 0
        try:
            answer = _answer(services, question, history)
        except UserError as exc:
            print(f"coach> {exc}")
            continue
        history.append(question)
        print("coach> " + format_answer(answer))


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    from bot.evaluation.cli import run_eval

    return run_eval(args, settings)


def cmd_review(args: argparse.Namespace, settings: Settings) -> int:
    from bot.review_command import run_review

    return run_review(args, settings)


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    from bot.slack.server import serve

    return serve(settings, http=args.http, host=args.host, port=args.port)


def _store(settings: Settings):
    from bot.core.storage import StorageUnavailable

    services = _services(settings)
    try:
        services.store.engine  # noqa: B018 - open and migrate now, so a bad URL fails here, clearly
    except StorageUnavailable as exc:
        raise FriendlyError(str(exc)) from exc
    return services


def cmd_report(args: argparse.Namespace, settings: Settings) -> int:
    from bot.core.report import build_report, export_bad_cases, format_report, write_html

    services = _store(settings)
    report = build_report(services.store, since_days=args.since)
    if args.export_bad_cases:
        count = export_bad_cases(services.store, args.export_bad_cases)
        print(f"wrote {count} case(s) to {args.export_bad_cases}", file=sys.stderr)
    if args.html:
        write_html(report, args.html)
        print(f"wrote {args.html}", file=sys.stderr)
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    elif not (args.html or args.export_bad_cases):
        print(format_report(report))
    return 0


def cmd_escalations(args: argparse.Namespace, settings: Settings) -> int:
    services = _store(settings)
    rows = services.escalations.open_escalations()
    if args.json:
        print(json.dumps([row.to_json() for row in rows], ensure_ascii=False))
        return 0
    if not rows:
        print("No open escalations.")
    for row in rows:
        print(f"{row.id}  {row.created_at:%Y-%m-%d %H:%M}  {row.trigger:<14} <@{row.asker}>  {row.question[:80]}")
    return 0


def cmd_corrections(args: argparse.Namespace, settings: Settings) -> int:
    corrections = _store(settings).review_corrections
    if args.remove:
        if not corrections.remove(args.remove, by=args.by):
            raise FriendlyError(f"no correction {args.remove} is counted now: `aipm corrections` lists them")
        print(f"Removed {args.remove}: later reviews no longer count it.")
        return 0
    kept = corrections.kept()
    if args.json:
        print(json.dumps([{**vars(c), "created_at": c.created_at.isoformat()} for c in kept], ensure_ascii=False))
        return 0
    if not kept:
        print("No review corrections.")
    for c in kept:
        print(f"{c.id}  {c.created_at:%Y-%m-%d %H:%M}  {c.item_id:<16} {c.status:<8} <@{c.user_id}>  {c.line[:80]}")
    return 0


def cmd_coach(args: argparse.Namespace, settings: Settings) -> int:
    from bot.coach_command import run_coach

    quiet_terminal(args.verbose)
    return run_coach(args, settings)


COMMANDS = {
    "ingest": cmd_ingest,
    "ask": cmd_ask,
    "chat": cmd_chat,
    "eval": cmd_eval,
    "review": cmd_review,
    "serve": cmd_serve,
    "report": cmd_report,
    "escalations": cmd_escalations,
    "coach": cmd_coach,
    "corrections": cmd_corrections,
}
