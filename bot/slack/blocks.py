"""Pure Block Kit builders: core results in, message and view dicts out; Slack's limits here."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bot.core.confidence import LABEL_MEANINGS
from bot.slack.text import (
    SECTION_TEXT_LIMIT,
    STREAM_TEXT_LIMIT,
    escape,
    preview,
    split_text,
    to_markdown,
    to_mrkdwn,
)

if TYPE_CHECKING:
    from bot.core.answering import Answer, SourceRef
    from bot.core.confidence import Confidence

Block = dict[str, Any]
# {"text": plain-text fallback, "blocks": [...]}: ready for chat.postMessage, chat.update, respond()
Message = dict[str, Any]

MAX_BLOCKS = 50  # blocks in one message
FALLBACK_TEXT_LIMIT = 3000  # the notification text; the blocks carry everything
SPEC_INPUT_LIMIT = 3000  # Slack's ceiling for a plain_text_input

FEEDBACK_UP = "feedback_up"
FEEDBACK_DOWN = "feedback_down"
ASK_HUMAN = "ask_human"
BUTTON_ACTIONS = (FEEDBACK_UP, FEEDBACK_DOWN, ASK_HUMAN)

REVIEW_CALLBACK = "review_spec"
REVIEW_SHORTCUT = "review_spec_shortcut"  # the global shortcut in manifest.json
REVIEW_BLOCK = "spec"
REVIEW_ACTION = "spec_text"

LABEL_MARKS = {"high": "🟢", "medium": "🟡", "low": "🔴"}
LABEL_WORDS = {"high": "High confidence", "medium": "Medium confidence", "low": "Low confidence"}

SUGGESTED_PROMPTS = [
    {
        "title": "Define success metrics",
        "message": "How do I define success metrics for an AI feature?",
    },
    {"title": "Review my spec", "message": "Review my spec"},
    {"title": "Coach me on my AI product idea", "message": "Coach me on my AI product idea"},
]


# -- small pieces --------------------------------------------------------------------------------
def section(text: str) -> Block:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def sections(text: str) -> list[Block]:
    """One section per 3,000 characters: long text is split, never cut short."""
    return [section(piece) for piece in split_text(text, SECTION_TEXT_LIMIT)]


def context(text: str) -> Block:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": text}]}


def plain(text: str) -> dict[str, Any]:
    return {"type": "plain_text", "text": text, "emoji": True}


def paginate(blocks: list[Block], text: str) -> list[Message]:
    """Messages of at most 50 blocks each; every one has a plain-text fallback."""
    pages = [blocks[start : start + MAX_BLOCKS] for start in range(0, len(blocks), MAX_BLOCKS)]
    pages = pages or [[]]
    messages = [{"text": text, "blocks": pages[0]}]
    for number, page in enumerate(pages[1:], start=2):
        messages.append({"text": f"(continued, part {number} of {len(pages)})", "blocks": page})
    return messages


def notification(text: str) -> str:
    """Notification text from our own mrkdwn, marked when shortened so nothing is dropped silently."""
    if len(text) <= FALLBACK_TEXT_LIMIT:
        return text
    return split_text(text, FALLBACK_TEXT_LIMIT - 40)[0] + " … (the full text is in the message)"


def fallback(text: str) -> str:
    """Notification text for text that came from people or documents: escaped first."""
    return notification(escape(text.strip()))


def simple_message(text: str) -> Message:
    """A short message from our own wording (may use mrkdwn); the fallback is the same text."""
    return {"text": text, "blocks": sections(text)}


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
        "block_id": "answer_feedback",
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


def review_placeholder_message(spec: str) -> Message:
    text = "📝 Reading your spec…"
    return {"text": text, "blocks": [section(text), context(f"Spec: {escape(preview(spec, 200))}")]}


def error_message(error_id: str) -> Message:
    return simple_message(
        "😓 Sorry, something went wrong on my side and I couldn't finish this. Please try again "
        f"in a minute; if it keeps happening, tell your Slack admin error id `{error_id}`."
    )


def notice_message(text: str) -> Message:
    """A user-safe message from the core (e.g. why a question was refused), escaped."""
    return simple_message("ℹ️ " + escape(text))


# -- help, home, review --------------------------------------------------------------------------
WHAT_I_DO = (
    "I coach product managers who build AI products. I answer from a curated library of "
    "guidance (problem framing, metrics, data, evaluation, failure design, rollout, working with "
    "model teams), cite my sources and tell you how sure I am. When the guidance doesn't cover "
    "something, I say so instead of guessing."
)

HOW_TO_USE = (
    "*Ways to ask*\n"
    "• *Mention me* in a channel: `@aipm How do I choose a launch threshold?` I answer in a "
    "thread; mention me again in that thread to follow up.\n"
    "• *Message me directly*: every message is a question, and replies in the thread are "
    "follow-ups.\n"
    "• `/aipm ask QUESTION` answers in the channel you're in.\n"
    "• `/aipm review SPEC` reviews a pasted spec; `/aipm review` alone opens a form with a big "
    "text box.\n"
    "• `/aipm help` shows this message."
)


def confidence_legend() -> str:
    return "*What the confidence labels mean*\n" + "\n".join(
        f"{LABEL_MARKS[label]} *{LABEL_WORDS[label]}*: {escape(meaning)}"
        for label, meaning in LABEL_MEANINGS.items()
    )


def help_message() -> Message:
    blocks = [section(WHAT_I_DO), section(HOW_TO_USE), section(confidence_legend())]
    return {
        "text": "aipm-coach: ask me about building AI products. Try `/aipm ask QUESTION`.",
        "blocks": blocks,
    }


def ask_usage_message() -> Message:
    return simple_message(
        "Add your question after the command, e.g. `/aipm ask How do I pick a launch threshold?`"
    )


def home_view() -> dict[str, Any]:
    blocks = [
        {"type": "header", "text": plain("aipm-coach")},
        section(WHAT_I_DO),
        {"type": "divider"},
        section(HOW_TO_USE),
        {"type": "divider"},
        section(confidence_legend()),
        context(
            "Under every answer: 👍 / 👎 tell us whether it helped, and *Ask a human* sends the "
            "question to a human coach, whose answer appears in your thread."
        ),
    ]
    return {"type": "home", "blocks": blocks}


def greeting_message() -> Message:
    return simple_message(
        "Hi! I'm your AI product coach. Ask me anything about building AI products, or pick a "
        "suggestion below."
    )


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


def review_unavailable_message() -> Message:
    return simple_message(
        "📝 Spec review is coming soon. Meanwhile, ask me about any section of your spec."
    )


def review_instructions_message() -> Message:
    return simple_message(
        "To review a spec, run `/aipm review` to open a form, or send the spec as a message "
        "starting with `review:` (for example `review: Problem: support agents spend…`)."
    )


def button_ack_text(action_id: str) -> str:
    return {
        FEEDBACK_UP: "Thanks! Glad that helped.",
        FEEDBACK_DOWN: "Thanks for telling me. I've recorded that this answer missed the mark.",
        ASK_HUMAN: "Noted: I've passed this question to the human coaches.",
    }.get(action_id, "Thanks!")
