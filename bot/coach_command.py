"""`aipm coach [IDEA]`: the coaching session in a terminal, one line per message; the brief to a file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from bot.core.coaching.records import TurnKind
from bot.core.coaching.render import render_turn

if TYPE_CHECKING:
    from bot.config import Settings
    from bot.core.coaching.records import Turn
    from bot.services import Services

ENDED = (TurnKind.COMPLETED, TurnKind.STOPPED, TurnKind.CLOSED)


def run_coach(args: argparse.Namespace, settings: "Settings", *, services: "Services | None" = None,
              stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    from bot.services import Services

    services = services or Services(settings)
    stdin, stdout = stdin or sys.stdin, stdout or sys.stdout
    coach = services.coach
    idea = " ".join(args.idea or []).strip()
    turn = coach.start(user_id="cli", surface="cli", channel="cli", thread_ts="", idea=idea)
    # A terminal session is its own thread: the session id names it.
    show(turn, coach, stdout)
    while turn.kind not in ENDED:
        stdout.write("\nyou> ")
        stdout.flush()
        line = stdin.readline()
        if not line:  # end of input: stop, keeping what was answered
            stdout.write("\n")
            turn = coach.stop(turn.session)
            show(turn, coach, stdout)
            break
        text = line.strip()
        if not text:
            continue
        if args.echo:
            stdout.write(text + "\n")
        turn = coach.handle(turn.session, text)
        if turn.kind == TurnKind.SIDE_QUESTION:
            answer_side_question(services, turn.question, stdout)
        show(turn, coach, stdout)
    if turn.brief:
        if args.out:
            Path(args.out).write_text(turn.brief, encoding="utf-8")
            stdout.write(f"\nThe brief is in {args.out}\n")
        else:
            stdout.write("\n" + turn.brief)
    return 0


def show(turn: "Turn", coach, stdout: TextIO) -> None:
    stdout.write("\ncoach> " + "\n\n".join(render_turn(turn, coach.path)) + "\n")


def answer_side_question(services: "Services", question: str, stdout: TextIO) -> None:
    """A question asked mid-session: answered as `aipm ask` would, recorded, and flagged when low."""
    from bot.core.answering import InvalidQuestion

    if services.index.count() == 0:
        stdout.write("\ncoach> I can't answer questions yet: the knowledge index is empty (run `aipm ingest`).\n")
        return
    try:
        asked = services.asking.ask(question, surface="cli", channel="cli")
    except InvalidQuestion as exc:
        stdout.write(f"\ncoach> {exc}\n")
        return
    answer = asked.answer
    lines = [answer.answer, "", f"Confidence: {answer.confidence.label.upper()} ({answer.confidence.score:.2f})"]
    if answer.escalate:
        lines.append("A human coach should review this question.")
    lines += [f"  [{n}] {s.title} ({s.source})" for n, s in enumerate(answer.sources, start=1)]
    stdout.write("\ncoach> " + "\n".join(lines) + "\n")
