"""Pure builders for an answer: the placeholder, the answer with its sources and buttons, notices."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.core.answering import SourceRef
from bot.core.confidence import LABEL_MEANINGS
from bot.slack.blocks.common import (
    Block,
    Message,
    context,
    fallback,
    paginate,
    plain,
    section,
    sections,
    simple_message,
)
from bot.slack.ids import ANSWER_FEEDBACK_BLOCK, ASK_HUMAN, FEEDBACK_DOWN, FEEDBACK_UP
from bot.slack.text import STREAM_TEXT_LIMIT, escape, preview, split_text, to_markdown, to_mrkdwn

if TYPE_CHECKING:
    from bot.core.answering import Answer
    from bot.core.confidence import Confidence


LABEL_MARKS = {"high": "🟢", "medium": "🟡", "low": "🔴"}

LABEL_WORDS = {"high": "High confidence", "medium": "Medium confidence", "low": "Low confidence"}

# -- answers -------------------------------------------------------------------------------------
def confidence_line(confidence: "Confidence", *, markdown: bool = False) -> str:
    """`🟢 *High confidence*: what that means`, with **bold** for the streaming API's Markdown."""
    words = LABEL_WORDS[confidence.label]
    strong = f"**{words}**" if markdown else f"*{words}*"
    return f"{LABEL_MARKS[confidence.label]} {strong}: {escape(LABEL_MEANINGS[confidence.label])}"

def source_lines(sources: list["SourceRef"]) -> list[str]:
    """`1. *Title* › Section (file.md)`, numbered as the answer's [n] markers are."""
    lines = []
    for number, source in enumerate(sources, start=1):
        title = source.title or source.source
        line = f"{number}. *{escape(title)}*"
        if source.section and source.section != source.title:
            line += f" › {escape(source.section)}"
        if source.source and source.source != title:
            line += f"  `{escape(source.source)}`"
        lines.append(line)
    return lines

def source_blocks(sources: list["SourceRef"]) -> list[Block]:
    if not sources:
        return []
    return sections("*Sources*\n" + "\n".join(source_lines(sources)))

def feedback_actions(answer_ref: str, *, escalate: bool = False) -> Block:
    """👍, 👎 and "Ask a human"; every value carries the interaction id the handlers look up in the
    database, so the buttons keep working after a restart."""
    human = {
        "type": "button",
        "action_id": ASK_HUMAN,
        "text": plain("Ask a human"),
        "value": answer_ref,
    }
    if escalate:
        human["style"] = "primary"
    return {
        "type": "actions",
        "block_id": ANSWER_FEEDBACK_BLOCK,
        "elements": [
            {"type": "button", "action_id": FEEDBACK_UP, "text": plain("👍"), "value": answer_ref},
            {
                "type": "button",
                "action_id": FEEDBACK_DOWN,
                "text": plain("👎"),
                "value": answer_ref,
            },
            human,
        ],
    }

def answer_footer(
    answer: "Answer", answer_ref: str, *, note: list[Block] | None = None
) -> list[Block]:
    """Everything after the answer text: confidence (unless it led), sources, a note (e.g. that a
    human coach was asked), buttons. `answer_ref` is the recorded interaction's id."""
    blocks: list[Block] = []
    if answer.confidence.label != "low":
        blocks.append(context(confidence_line(answer.confidence)))
    blocks += source_blocks(answer.sources)
    blocks += note or []
    blocks.append(feedback_actions(answer_ref, escalate=answer.escalate))
    return blocks

def answer_blocks(
    answer: "Answer", answer_ref: str, *, note: list[Block] | None = None
) -> list[Block]:
    """The whole answer; a low-confidence one says so in its first line. May exceed 50 blocks."""
    blocks: list[Block] = []
    if answer.confidence.label == "low":
        blocks.append(section(confidence_line(answer.confidence)))
    blocks += sections(to_mrkdwn(answer.answer))
    return blocks + answer_footer(answer, answer_ref, note=note)

def answer_fallback_text(answer: "Answer") -> str:
    mark, words = LABEL_MARKS[answer.confidence.label], LABEL_WORDS[answer.confidence.label]
    if answer.confidence.label == "low":
        return fallback(f"{mark} {words}: {LABEL_MEANINGS['low']}\n{answer.answer}")
    return fallback(f"{answer.answer}\n{mark} {words}.")

def answer_messages(
    answer: "Answer",
    answer_ref: str,
    *,
    header: list[Block] | None = None,
    note: list[Block] | None = None,
) -> list[Message]:
    """The answer as one or more messages (50 blocks each), buttons at the end of the last one."""
    blocks = (header or []) + answer_blocks(answer, answer_ref, note=note)
    return paginate(blocks, answer_fallback_text(answer))

def answer_stream(
    answer: "Answer", answer_ref: str, *, note: list[Block] | None = None
) -> tuple[list[str], list[Block]]:
    """For Slack's streaming API: Markdown pieces to append (12,000 characters each) and the blocks
    that finish the message (confidence, sources, note, buttons)."""
    text = to_markdown(answer.answer)
    if answer.confidence.label == "low":
        text = confidence_line(answer.confidence, markdown=True) + "\n\n" + text
    return split_text(text, STREAM_TEXT_LIMIT), answer_footer(answer, answer_ref, note=note)

def question_header(question: str) -> list[Block]:
    """The asker's words, escaped, above a slash-command answer (the channel did not see them)."""
    return sections(f"*Question:* {escape(question)}")

# -- progress, problems --------------------------------------------------------------------------
def placeholder_message(question: str) -> Message:
    """Shown at once (in the thread, or privately for a slash command) until the answer arrives."""
    text = "🔎 Looking through the coaching guidance…"
    return {
        "text": text,
        "blocks": [section(text), context(f"Question: {escape(preview(question, 200))}")],
    }

def error_message(error_id: str) -> Message:
    return simple_message(
        "😓 Sorry, something went wrong on my side and I couldn't finish this. Please try again "
        f"in a minute; if it keeps happening, tell your Slack admin error id `{error_id}`."
    )

def notice_message(text: str) -> Message:
    """A user-safe message from the core (e.g. why a question was refused), escaped."""
    return simple_message("ℹ️ " + escape(text))

def button_ack_text(action_id: str) -> str:
    return {
        FEEDBACK_UP: "Thanks! Glad that helped.",
        FEEDBACK_DOWN: "Thanks for telling me. I've recorded that this answer missed the mark.",
        ASK_HUMAN: "Noted: I've passed this question to the human coaches.",
    }.get(action_id, "Thanks!")
