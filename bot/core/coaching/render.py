"""A Turn as paragraphs of text, for the terminal and (through Block Kit) for Slack.

Everything the PM typed passes through `Style.quote` (Slack escapes it there); our own emphasis
through `Style.bold`, so one wording serves both surfaces.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bot.core.coaching.path import CoachingPath
from bot.core.coaching.records import CoachingSession, Feedback, Passage, SessionStatus, Turn, TurnKind


@dataclass(frozen=True)
class Style:
    quote: Callable[[str], str] = lambda text: text
    bold: Callable[[str], str] = lambda text: text
    bullet: str = "- "


PLAIN = Style()


def render_turn(turn: Turn, path: CoachingPath, style: Style = PLAIN) -> list[str]:
    """The paragraphs the PM reads for this turn (the brief itself goes out separately)."""
    session, lang = turn.session, turn.session.language
    say = lambda key, **v: path.say(key, lang, **v)  # noqa: E731 - a local shorthand
    kind = turn.kind
    out: list[str] = []
    if kind == TurnKind.STARTED:
        out.append(say("welcome", count=len(path)))
        if session.idea:
            out.append(f"{style.bold(say('idea'))}: {style.quote(session.idea)}")
        out.append(step_prompt(session, path, style))
    elif kind in (TurnKind.FEEDBACK, TurnKind.COMPLETED):
        if turn.feedback is not None:
            out += feedback_paragraphs(turn.feedback, path, lang, style)
        out.append(say("done") if kind == TurnKind.COMPLETED else step_prompt(session, path, style))
    elif kind == TurnKind.HELP:
        step = path.steps[session.step_index]
        out.append(say("thin"))
        out.append(style.quote(step.example(lang)))
        if turn.help_passage is not None:
            out.append(passage_paragraph(turn.help_passage, path, lang, style))
        out.append(say("thin_next"))
        out.append(step_prompt(session, path, style))
    elif kind == TurnKind.REVISE:
        out.append(step_prompt(session, path, style))
        earlier = session.answer_for(path.steps[session.step_index].id)
        if earlier is not None and earlier.text:
            out.append(f"{say('revise')}\n> " + style.quote(earlier.text).replace("\n", "\n> "))
    elif kind == TurnKind.SKIPPED:
        out += [say("skipped"), step_prompt(session, path, style)]
    elif kind == TurnKind.STATUS:
        out += [status_paragraph(session, path, style), step_prompt(session, path, style)]
    elif kind == TurnKind.RESTARTED:
        out += [say("restarted"), step_prompt(session, path, style)]
    elif kind == TurnKind.STOPPED:
        out.append(say("stopped") if turn.brief else say("stopped_empty"))
    elif kind == TurnKind.SIDE_QUESTION:
        out.append(step_prompt(session, path, style))  # after the answer: back to where we were
    elif kind == TurnKind.CLOSED:
        out.append(say("closed"))
    return out


def step_prompt(session: CoachingSession, path: CoachingPath, style: Style) -> str:
    lang = session.language
    step = path.steps[session.step_index]
    where = path.say("step", lang, number=session.step_index + 1, count=len(path))
    return f"{style.bold(f'{where}: {step.title(lang)}')}\n{step.prompt(lang)}"


def feedback_paragraphs(feedback: Feedback, path: CoachingPath, lang: str, style: Style) -> list[str]:
    """Strong / missing / one question, then the passage that grounds it. The specifics inside
    `strong` are the PM's own words, so the whole list is quoted."""
    out = []
    if feedback.note:  # a chat model wrote it: shown as untrusted text, like the PM's own
        out.append(style.quote(feedback.note))
    if feedback.strong:
        out.append(style.bold(path.say("strong", lang)) + "\n"
                   + "\n".join(style.bullet + style.quote(s) for s in feedback.strong))
    if feedback.missing:
        out.append(style.bold(path.say("missing", lang)) + "\n"
                   + "\n".join(style.bullet + style.quote(m) for m in feedback.missing))
    if feedback.question:
        out.append(f"{style.bold(path.say('probe', lang))}: {style.quote(feedback.question)}")
    if feedback.passage is not None:
        out.append(passage_paragraph(feedback.passage, path, lang, style))
    return out


def passage_paragraph(passage: Passage, path: CoachingPath, lang: str, style: Style) -> str:
    where = passage.title + (f" › {passage.section}" if passage.section else "")
    return (f"{style.bold(path.say('from_guidance', lang))} ({style.quote(where)}, `{style.quote(passage.source)}`):\n> "
            + style.quote(passage.quote))


def status_paragraph(session: CoachingSession, path: CoachingPath, style: Style) -> str:
    lang = session.language
    lines = [style.bold(path.say("status_title", lang))]
    for number, step in enumerate(path.steps, start=1):
        answer = session.answer_for(step.id)
        if number - 1 == session.step_index and session.status == SessionStatus.ACTIVE:
            mark = "▶"
        elif answer is not None and answer.text:
            mark = "✓"
        elif answer is not None and answer.skipped:
            mark = "↷"
        else:
            mark = "·"
        lines.append(f"{mark} {number}. {step.title(lang)}")
    return "\n".join(lines)
