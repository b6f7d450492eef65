"""Pure builders for a spec review: the form, a compact summary first, the details per item after."""

from __future__ import annotations

from typing import TYPE_CHECKING
from typing import Any

from bot.slack.blocks.common import (
    Block,
    MAX_BLOCKS,
    Message,
    context,
    paginate,
    plain,
    section,
    sections,
    simple_message,
)
from bot.slack.blocks.review_corrections import correct_button
from bot.slack.ids import ASK_HUMAN, REVIEW_ACTION, REVIEW_BLOCK, REVIEW_CALLBACK
from bot.slack.text import escape, preview

if TYPE_CHECKING:
    from bot.core.review.reviewer import ItemResult, Review


SPEC_INPUT_LIMIT = 3000  # Slack's ceiling for a plain_text_input

def review_placeholder_message(spec: str) -> Message:
    text = "📝 Reading your spec…"
    return {"text": text, "blocks": [section(text), context(f"Spec: {escape(preview(spec, 200))}")]}

def review_modal(*, private_metadata: str = "") -> dict[str, Any]:
    return {
        "type": "modal",
        "callback_id": REVIEW_CALLBACK,
        "private_metadata": private_metadata,
        "title": plain("Review a spec"),
        "submit": plain("Review"),
        "close": plain("Cancel"),
        "blocks": [
            section(
                "Paste your AI product spec. I'll check it against the spec rubric and send you "
                "the review."
            ),
            {
                "type": "input",
                "block_id": REVIEW_BLOCK,
                "label": plain("Spec"),
                "element": {
                    "type": "plain_text_input",
                    "action_id": REVIEW_ACTION,
                    "multiline": True,
                    "min_length": 1,
                    "max_length": SPEC_INPUT_LIMIT,
                    "placeholder": plain(
                        "Problem, users, success metrics, data, evaluation, failure handling…"
                    ),
                },
                "hint": plain("Up to 3,000 characters (Slack's limit for this box)."),
            },
        ],
    }

def review_instructions_message() -> Message:
    return simple_message(
        "To review a spec, run `/aipm review` to open a form, or send the spec as a message "
        "starting with `review:` (for example `review: Problem: support agents spend…`)."
    )

STATUS_MARKS = {"present": "✅", "partial": "⚠️", "missing": "❌"}

STATUS_WORDS = {"present": "present", "partial": "partial", "missing": "missing"}

SEVERITY_WORDS = {"blocker": "blocker", "major": "major", "minor": "minor"}

REVIEW_ASK_HUMAN_TEXT = "Ask a human coach to look at this spec"

WARNINGS_SHOWN = 8  # a summary stays a summary: the rest are counted, not listed

def item_line(item: "ItemResult") -> str:
    severity = f" · {SEVERITY_WORDS[item.severity]}" if item.severity else ""
    return f"{STATUS_MARKS[item.status]} *{escape(item.name)}* — {STATUS_WORDS[item.status]}{severity}"

def review_summary_message(review: "Review", *, interaction_id: str = "") -> Message:
    """Readiness, one line per rubric item, the top three fixes, warnings, and a button for a coach."""
    counts = {status: sum(1 for i in review.items if i.status == status) for status in STATUS_MARKS}
    blocks: list[Block] = [
        section(
            f"*Spec review: readiness {review.score:.0%}*\n"
            f"✅ {counts['present']} present · ⚠️ {counts['partial']} partial · ❌ {counts['missing']} missing"
        )
    ]
    if review.warnings:
        shown = [f":warning: {escape(preview(w, 400))}" for w in review.warnings[:WARNINGS_SHOWN]]
        hidden = len(review.warnings) - len(shown)
        if hidden > 0:
            shown.append(f"…and {hidden} more warning{'s' if hidden > 1 else ''}.")
        blocks.extend(sections("\n".join(shown)))
    blocks.extend(sections("\n".join(item_line(item) for item in review.items)))
    if review.top_fixes:
        fixes = "\n".join(
            f"{n}. *{escape(item.name)}*: {escape(preview(item.question, 280))}"
            for n, item in enumerate(review.top_fixes[:3], start=1)
        )
        blocks.extend(sections(f"*Fix these first*\n{fixes}"))
    if len(blocks) > MAX_BLOCKS - 2:  # room for the note and the button, whatever the rubric
        blocks = blocks[: MAX_BLOCKS - 3] + [context("(summary shortened; see the details)")]
    blocks.append(context("The details for each item are in the thread below."))
    if interaction_id:
        blocks.append(
            {
                "type": "actions",
                "elements": [
                    {
                        "type": "button",
                        "action_id": ASK_HUMAN,
                        "text": {"type": "plain_text", "text": REVIEW_ASK_HUMAN_TEXT},
                        "value": interaction_id,
                    }
                ],
            }
        )
    fixes_text = "; ".join(item.name for item in review.top_fixes[:3])
    text = f"Spec review: readiness {review.score:.0%}. Fix first: {fixes_text or 'nothing major'}."
    return {"text": text, "blocks": blocks}

def item_blocks(item: "ItemResult", *, interaction_id: str = "") -> list[Block]:
    lines = [item_line(item)]
    if item.reason:
        lines.append(f"_{escape(item.reason)}_")
    if item.evidence:
        quoted = "\n".join(f"> {escape(preview(line, 400))}" for line in item.evidence[:3])
        lines.append(f"*From your spec:*\n{quoted}")
    if item.status != "present" and item.suggestion:
        lines.append(f"*Suggestion:* {escape(item.suggestion)}")  # ends with its "(see file.md)" citations
    lines.append(f"*Ask yourself:* {escape(item.question)}")
    blocks = sections("\n".join(lines))
    if interaction_id and item.status != "present":  # the way to tell the reviewer it missed something
        blocks.append(correct_button(interaction_id, item.id))
    return blocks

def review_detail_messages(review: "Review", *, interaction_id: str = "") -> list[Message]:
    """The details per item, gaps first (blockers, then majors, then minors), then what is present."""
    order = {"blocker": 0, "major": 1, "minor": 2, None: 3}
    items = sorted(review.items, key=lambda i: (order.get(i.severity, 3), review.items.index(i)))
    blocks: list[Block] = []
    for item in items:
        blocks.extend(item_blocks(item, interaction_id=interaction_id))
        blocks.append({"type": "divider"})
    return paginate(blocks[:-1] if blocks else blocks, "Spec review details, item by item")
