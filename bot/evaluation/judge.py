"""`aipm eval --judge`: the configured model grades key-point coverage, beside the phrase-match figure.

Phrase matching misses a point stated in other words; a model judge catches those but has its own
errors (a small model is generous), so both are reported and neither replaces the other. The judge
answers in plain text (point numbers), which every chat model and OpenAI-compatible server can do.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING, Any

from langchain_core.messages import HumanMessage, SystemMessage

if TYPE_CHECKING:
    from langchain_core.language_models.chat_models import BaseChatModel

log = logging.getLogger(__name__)

SYSTEM = """You grade answers. You get an answer and a numbered list of key points. A point counts as
stated when the answer says it, in any words or language. Reply with the numbers of the stated points,
comma-separated, or the word none. Reply with nothing else."""

NONE_RE = re.compile(r"\bnone\b|无|没有", re.IGNORECASE)


def judge_prompt(answer: str, points: list[list[str]]) -> list:
    listed = "\n".join(f"{n}. {' / '.join(phrasings)}" for n, phrasings in enumerate(points, start=1))
    return [SystemMessage(SYSTEM),
            HumanMessage(f"<answer>\n{answer}\n</answer>\n\n<key_points>\n{listed}\n</key_points>")]


def parse_grade(reply: str, total: int) -> int | None:
    """How many distinct points the reply names; None when it names none and does not say 'none'."""
    named = {int(n) for n in re.findall(r"\d+", reply) if 1 <= int(n) <= total}
    if named:
        return len(named)
    return 0 if NONE_RE.search(reply) else None


def judge_records(chat_model: "BaseChatModel", records: list[dict[str, Any]]) -> None:
    """Adds `judge_points_covered` to each answerable record with key points (None: the judge failed)."""
    for record in records:
        if not (record["answerable"] and record["points_total"]):
            continue
        if not record["covered"]:
            record["judge_points_covered"] = 0
            continue
        points = [p["phrasings"] for p in record["points"]]
        try:
            reply = chat_model.invoke(judge_prompt(record["answer"], points))
            content = reply.content if isinstance(reply.content, str) else str(reply.content)
            record["judge_points_covered"] = parse_grade(content, len(points))
        except Exception as exc:  # a failed grade is a gap in the figure, never a failed eval
            log.warning("judge failed on %s (%s)", record["id"], type(exc).__name__)
            record["judge_points_covered"] = None


def judge_metrics(records: list[dict[str, Any]]) -> dict[str, Any]:
    graded = [r for r in records if r.get("judge_points_covered") is not None and r["points_total"]]
    if not graded:
        return {}
    recall = sum(r["judge_points_covered"] / r["points_total"] for r in graded) / len(graded)
    return {"judge_key_point_recall": round(recall, 4), "judge_graded": len(graded)}
