"""The brief: a one-page Markdown document built from the PM's own answers, with the gaps that remain."""

from __future__ import annotations

import datetime as dt

from bot.core.coaching.path import CoachingPath
from bot.core.coaching.records import CoachingSession, Verdict


def brief_title(session: CoachingSession, path: CoachingPath) -> str:
    lang = session.language
    idea = " ".join(session.idea.split()) or path.say("untitled", lang)
    return f"{path.say('brief_title', lang)}: {idea}"


def build_brief(session: CoachingSession, path: CoachingPath, *, today: dt.date | None = None) -> str:
    """Markdown: each step's heading and the PM's answer verbatim; then gaps, questions, reading."""
    lang = session.language
    today = today or dt.date.today()
    answered = [a for a in session.answers if a.text and not a.skipped]
    lines = [f"# {brief_title(session, path)}", ""]
    lines += [f"_{path.say('brief_intro', lang, date=today.isoformat(), answered=len(answered), count=len(path))}_", ""]
    strong = sum(1 for a in answered if a.feedback is not None and a.feedback.verdict == Verdict.STRONG)
    lines += [path.say("brief_read", lang, strong=strong, partial=len(answered) - strong,
                       open=len(path) - len(answered)), ""]
    not_found = path.say("nothing_found", lang)
    gaps: list[str] = []
    questions: list[str] = []
    reading: dict[str, str] = {}
    for number, step in enumerate(path.steps, start=1):
        title = step.title(lang)
        lines += [f"## {number}. {title}", ""]
        answer = session.answer_for(step.id)
        if answer is None or answer.skipped or not answer.text:
            lines += [path.say("brief_skipped", lang), ""]
            gaps.append(f"**{title}**: " + "; ".join(a.missing(lang) for a in step.aspects))
            questions.append(step.aspects[0].question(lang))
            continue
        lines += [answer.text.strip(), ""]
        feedback = answer.feedback
        if feedback is None:
            continue
        missing = [m for m in feedback.missing if m != not_found]  # a remark on the answer, not a gap
        if missing:
            gaps.append(f"**{title}**: " + "; ".join(missing))
        if feedback.question:
            questions.append(feedback.question)
        if feedback.passage is not None:
            reading.setdefault(feedback.passage.source, feedback.passage.title)
    lines += [f"## {path.say('brief_gaps', lang)}", ""]
    lines += [f"- {gap}" for gap in gaps] or [path.say("brief_no_gaps", lang)]
    lines += ["", f"## {path.say('brief_questions', lang)}", ""]
    lines += [f"- {question}" for question in dict.fromkeys(questions)]
    if reading:
        lines += ["", f"## {path.say('brief_reading', lang)}", ""]
        lines += [f"- {title} (`{source}`)" for source, title in reading.items()]
    return "\n".join(lines).rstrip() + "\n"
