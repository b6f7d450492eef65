"""Usage report: what people asked, how sure the bot was, what went to coaches, what they thought."""

from __future__ import annotations

import base64
import datetime as dt
import html
import io
import json
import statistics
from pathlib import Path
from typing import Any

from sqlalchemy import select

from bot.core.records import HANDLED_WITH_AN_ANSWER, Escalation, Interaction, Label, Status, Trigger, Vote
from bot.core.storage import Store, escalations, feedback, interactions, utcnow


def build_report(store: Store, *, since_days: float | None = None, now: dt.datetime | None = None) -> dict[str, Any]:
    """The figures of `aipm report`, computed from the database."""
    now = now or utcnow()
    since = now - dt.timedelta(days=since_days) if since_days else dt.datetime(1970, 1, 1)
    asked = [Interaction.from_row(r) for r in store.rows(select(interactions).where(interactions.c.created_at >= since))]
    escalated = [Escalation.from_row(r) for r in store.rows(select(escalations).where(escalations.c.created_at >= since))]
    ids = {row.id for row in asked}
    votes = [v for v in map(Vote.from_row, store.rows(select(feedback))) if v.interaction_id in ids]
    n = len(asked)
    labels = {str(label): sum(1 for r in asked if r.label == label) for label in Label}
    handled = [e for e in escalated if e.status in HANDLED_WITH_AN_ANSWER and e.handled_at]
    waits = [(e.handled_at - e.created_at).total_seconds() / 60 for e in handled if e.handled_at]
    counts: dict[str, int] = {}
    for e in escalated:
        key = " ".join(e.question.lower().split())
        counts[key] = counts.get(key, 0) + 1
    up = sum(1 for v in votes if v.vote > 0)
    down = sum(1 for v in votes if v.vote < 0)
    days: dict[str, dict[str, int]] = {}
    for row in asked:
        days.setdefault(row.created_at.date().isoformat(), {"questions": 0, "escalations": 0})["questions"] += 1
    for row in escalated:
        days.setdefault(row.created_at.date().isoformat(), {"questions": 0, "escalations": 0})["escalations"] += 1
    return {
        "since": since.isoformat(timespec="seconds") if since_days else None,
        "questions": n,
        "labels": {k: {"count": v, "share": round(v / n, 4) if n else 0.0} for k, v in labels.items()},
        "escalations": len(escalated),
        "escalation_rate": round(len(escalated) / n, 4) if n else 0.0,
        "median_minutes_to_human_answer": round(statistics.median(waits), 1) if waits else None,
        "open_escalations": sum(1 for e in escalated if e.status == Status.OPEN),
        "feedback": {"up": up, "down": down, "up_rate": round(up / (up + down), 4) if up + down else None},
        "top_escalated_questions": [
            {"question": q, "count": c} for q, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
        ],
        "by_day": [{"day": d, **v} for d, v in sorted(days.items())],
        "coaching": coaching_figures(store, since if since_days else None),
        **answer_modes(asked),
    }


def answer_modes(asked: list[Interaction]) -> dict[str, Any]:
    """How answers were written: by the model, extractively, or extractively because the model failed
    (docs/llm.md); the fallback reasons say what to fix (timeouts, an unreachable server, ...)."""
    answers = [r for r in asked if r.mode]  # reviews and rows from before the mode was kept have none
    reasons: dict[str, int] = {}
    for row in answers:
        if row.fallback:
            reasons[row.fallback] = reasons.get(row.fallback, 0) + 1
    return {
        "answer_modes": {
            "generated": sum(1 for r in answers if r.mode == "generated"),
            "extractive": sum(1 for r in answers if r.mode == "extractive" and not r.fallback),
            "fallback": sum(reasons.values()),
        },
        "fallback_reasons": dict(sorted(reasons.items())),
    }


def format_report(report: dict[str, Any]) -> str:
    labels = report["labels"]
    lines = [
        f"Questions: {report['questions']}" + (f" since {report['since']}" if report["since"] else ""),
        "Labels: " + ", ".join(f"{k} {v['count']} ({v['share']:.0%})" for k, v in labels.items()),
        f"Escalations: {report['escalations']} ({report['escalation_rate']:.0%} of questions), "
        f"{report['open_escalations']} still open",
        "Median time to a human answer: "
        + (f"{report['median_minutes_to_human_answer']} min" if report["median_minutes_to_human_answer"] is not None else "n/a"),
        f"Feedback: {report['feedback']['up']} 👍 / {report['feedback']['down']} 👎",
    ]
    coaching = report.get("coaching")
    if coaching:
        stops = ", ".join(f"{step} {n}" for step, n in coaching["stopped_at_step"].items()) or "none"
        lines.append(f"Coaching sessions: {coaching['started']} started, {coaching['completed']} completed, "
                     f"{coaching['active']} active; stopped at: {stops}")
    modes = report.get("answer_modes")
    if modes and (modes["generated"] or modes["fallback"]):
        reasons = ", ".join(f"{k} {v}" for k, v in report["fallback_reasons"].items()) or "none"
        lines.append(f"Answers: generated {modes['generated']}, extractive {modes['extractive']}, "
                     f"extractive because the model failed {modes['fallback']} ({reasons})")
    if report["top_escalated_questions"]:
        lines.append("Most escalated questions:")
        lines += [f"  {item['count']}× {item['question']}" for item in report["top_escalated_questions"]]
    return "\n".join(lines)


def coaching_figures(store: Store, since: dt.datetime | None) -> dict[str, Any]:
    """Coaching sessions started and completed, and the step where unfinished ones stopped."""
    from bot.core.coaching.path import default_path
    from bot.core.coaching.store import SessionStore

    return SessionStore(store).figures([step.id for step in default_path().steps], since=since)


def export_bad_cases(store: Store, path: Path) -> int:
    """Escalated and 👎 questions as golden-set lines (sources left for a person to fill in)."""
    rows = []
    seen = set()
    for e in map(Escalation.from_row, store.rows(select(escalations).order_by(escalations.c.created_at))):
        seen.add(e.interaction_id)
        rows.append({
            "id": f"bad-{e.id}",
            "question": e.question,
            "answerable": e.status != Status.DISMISSED,
            "sources": [],
            "trigger": str(e.trigger),
            "label": str(e.label or ""),
            "score": e.score,
            "coach_answer": e.coach_answer or None,
            "dismiss_reason": e.dismiss_reason or None,
            "needs_review": True,
        })
    down = {v.interaction_id: v for v in map(Vote.from_row, store.rows(select(feedback).where(feedback.c.vote < 0)))}
    for interaction_id, vote in down.items():
        if interaction_id in seen:
            continue
        found = store.get(interactions, interaction_id)
        if found is None:
            continue
        row = Interaction.from_row(found)
        rows.append({
            "id": f"bad-{interaction_id}",
            "question": row.question,
            "answerable": True,
            "sources": [],
            "trigger": Trigger.THUMBS_DOWN.value,
            "label": str(row.label or ""),
            "score": row.score,
            "coach_answer": None,
            "reason": vote.reason or None,
            "needs_review": True,
        })
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return len(rows)


def write_html(report: dict[str, Any], path: Path) -> None:
    """One self-contained page: figures and three charts (embedded PNGs)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    def chart(draw) -> str:
        fig, ax = plt.subplots(figsize=(6, 3.2))
        draw(ax)
        fig.tight_layout()
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", dpi=100)
        plt.close(fig)
        return base64.b64encode(buffer.getvalue()).decode("ascii")

    days = report["by_day"]

    def over_time(ax):
        x = [d["day"] for d in days]
        ax.plot(x, [d["questions"] for d in days], marker="o", label="questions")
        ax.plot(x, [d["escalations"] for d in days], marker="o", label="escalations")
        ax.set_title("Questions and escalations per day")
        ax.legend()
        ax.tick_params(axis="x", rotation=45, labelsize=7)

    def labels(ax):
        names = list(report["labels"])
        ax.bar(names, [report["labels"][k]["count"] for k in names], color=["tab:green", "tab:orange", "tab:red"])
        ax.set_title("Confidence labels")

    def votes(ax):
        ax.bar(["👍 up", "👎 down"], [report["feedback"]["up"], report["feedback"]["down"]], color=["tab:green", "tab:red"])
        ax.set_title("Feedback")

    images = [chart(over_time), chart(labels), chart(votes)]
    top = "".join(
        f"<li>{item['count']}× {html.escape(item['question'])}</li>" for item in report["top_escalated_questions"]
    ) or "<li>none</li>"
    median = report["median_minutes_to_human_answer"]
    page = f"""<!doctype html><html><head><meta charset="utf-8"><title>aipm-coach report</title>
<style>body{{font-family:system-ui,sans-serif;max-width:960px;margin:2em auto;color:#222}}
.figs{{display:flex;gap:1em;flex-wrap:wrap}}.fig{{background:#f4f4f6;border-radius:8px;padding:.8em 1.2em}}
.fig b{{display:block;font-size:1.6em}}img{{max-width:100%}}</style></head><body>
<h1>aipm-coach report</h1><p>{'Since ' + html.escape(report['since']) if report['since'] else 'All time'}</p>
<div class="figs">
<div class="fig"><b>{report['questions']}</b>questions</div>
<div class="fig"><b>{report['escalation_rate']:.0%}</b>escalated</div>
<div class="fig"><b>{report['open_escalations']}</b>open escalations</div>
<div class="fig"><b>{'n/a' if median is None else f'{median} min'}</b>median time to a human answer</div>
<div class="fig"><b>{report['feedback']['up']} / {report['feedback']['down']}</b>👍 / 👎</div>
</div>
{''.join(f'<p><img alt="chart" src="data:image/png;base64,{img}"></p>' for img in images)}
<h2>Most escalated questions</h2><ul>{top}</ul></body></html>"""
    path.write_text(page, encoding="utf-8")
