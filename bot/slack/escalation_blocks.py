"""Pure Block Kit builders for human coaches: escalation cards, coach modals, notes to the asker."""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from bot.core.answering import NOT_COVERED, UNSURE_PREFIX, SourceRef
from bot.slack.blocks import (
    LABEL_MARKS,
    LABEL_WORDS,
    Block,
    Message,
    context,
    notification,
    plain,
    section,
    sections,
    source_blocks,
)
from bot.slack.text import SECTION_TEXT_LIMIT, escape, preview, shorten, to_mrkdwn

# Buttons on the escalation card (value: the escalation id)
ESCALATION_ANSWER = "escalation_answer"
ESCALATION_APPROVE = "escalation_approve"
ESCALATION_DISMISS = "escalation_dismiss"
CARD_ACTIONS = (ESCALATION_ANSWER, ESCALATION_APPROVE, ESCALATION_DISMISS)
# On the handled card (value: the knowledge entry id)
KNOWLEDGE_RETRACT = "knowledge_retract"
# Under a coach's answer in the asker's thread (value: the escalation id)
RATE_HELPFUL = "coach_answer_helpful"
RATE_UNHELPFUL = "coach_answer_unhelpful"
RATING_ACTIONS = (RATE_HELPFUL, RATE_UNHELPFUL)

# Modals
ANSWER_VIEW = "escalation_answer_view"
APPROVE_VIEW = "escalation_approve_view"
DISMISS_VIEW = "escalation_dismiss_view"
FEEDBACK_VIEW = "feedback_reason_view"
ANSWER_BLOCK, ANSWER_INPUT = "answer", "text"
REASON_BLOCK, REASON_INPUT = "reason", "text"
KNOWLEDGE_BLOCK, KNOWLEDGE_INPUT, KNOWLEDGE_OPTION = "knowledge", "add", "add"
HUMAN_BLOCK, HUMAN_INPUT, HUMAN_OPTION = "human", "ask", "ask"

INPUT_LIMIT = 3000  # Slack's ceiling for a plain_text_input
CARD_QUESTION_LIMIT = 2000
REASON_LIMIT = 1000

TRIGGER_WORDS = {
    "low_confidence": "the bot's confidence was low",
    "asked": "someone pressed *Ask a human*",
    "thumbs_down": "👎, then asked for a human",
}
STATUS_HEADERS = {
    "answered": "✅ Answered by a coach",
    "approved": "✅ Draft approved by a coach",
    "dismissed": "🚫 Dismissed by a coach",
}
MARKER_RE = re.compile(r"\s*\[\d+\]")


# -- text ----------------------------------------------------------------------------------------
def draft_text(draft: str) -> str:
    """The bot's draft as a coach would send it: no "not confident" preamble, no [n] markers
    (they point at sources the reader of a coach's answer doesn't see); "" when there's none."""
    text = (draft or "").strip()
    if text in NOT_COVERED.values():
        return ""
    for prefix in UNSURE_PREFIX.values():
        if text.startswith(prefix):
            text = text[len(prefix) :].strip()
    return MARKER_RE.sub("", text).strip()


def is_answer(escalation: dict[str, Any]) -> bool:
    """An escalated answer (it has a confidence label), as opposed to e.g. a spec review, whose
    summary is no answer to approve and whose "question" (the spec) is no knowledge-base entry."""
    return escalation.get("label") in LABEL_WORDS


def has_draft(escalation: dict[str, Any]) -> bool:
    """A draft worth approving: an answer the bot wrote (not "the guidance doesn't cover it")."""
    return is_answer(escalation) and bool(draft_text(escalation.get("draft", "")))


def slack_date(when: dt.datetime | None) -> str:
    """A date Slack shows in the reader's own time zone (stored times are naive UTC)."""
    if when is None:
        return "an unknown time"
    aware = when if when.tzinfo else when.replace(tzinfo=dt.timezone.utc)
    stamp = int(aware.timestamp())
    readable = aware.astimezone(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return f"<!date^{stamp}^{{date_short_pretty}} at {{time}}|{readable}>"


def thread_reference(escalation: dict[str, Any], permalink: str | None) -> str:
    """A link to the asker's thread, or the best text we have when there's no permalink."""
    channel, thread_ts = escalation.get("channel", ""), escalation.get("thread_ts", "")
    if permalink:
        return f"<{permalink}|open the thread>"
    if channel.startswith("D"):
        return "in a direct message with the bot"
    if channel and thread_ts:
        return f"in <#{channel}>, thread {escape(thread_ts)}"
    if channel:
        return f"in <#{channel}> (through `/aipm`)"
    return "outside Slack"


def confidence_words(escalation: dict[str, Any]) -> str:
    label = escalation.get("label", "")
    if label not in LABEL_WORDS:
        return f"score {escalation.get('score', 0.0):.2f}"
    return f"{LABEL_MARKS[label]} {LABEL_WORDS[label]} ({escalation.get('score', 0.0):.2f})"


def quoted(text: str, *, ours: bool = False) -> str:
    """Escaped text as a Slack block quote; Markdown becomes mrkdwn only in the bot's own text
    (`ours`), so a person's `[words](url)` can't become a link that hides where it goes."""
    safe = to_mrkdwn(text) if ours else escape(text)
    return "\n".join("> " + line if line.strip() else ">" for line in safe.splitlines())


def metadata(**values: str) -> str:
    """private_metadata for a modal: what its submission needs to find its escalation again."""
    return json.dumps(values, separators=(",", ":"))


# -- the escalation card -------------------------------------------------------------------------
def card_head(escalation: dict[str, Any], permalink: str | None) -> list[Block]:
    asker = f"<@{escalation['asker']}>" if escalation.get("asker") else "someone"
    question = escalation["question"]
    if (
        len(question) > CARD_QUESTION_LIMIT
    ):  # a pasted spec: the card points at it, the thread has it
        question = (
            preview(question, CARD_QUESTION_LIMIT) + " (shortened; the full text is in the thread)"
        )
    return sections(f"*Question*\n{quoted(question)}") + [
        context(
            f"Asked by {asker} · {thread_reference(escalation, permalink)} · "
            f"why: {TRIGGER_WORDS.get(escalation.get('trigger', ''), 'asked')}"
        )
    ]


def card_message(
    escalation: dict[str, Any], *, permalink: str | None = None, waited_hours: float | None = None
) -> Message:
    """The card in the escalation channel: question, asker, thread, draft, sources, buttons.

    With `waited_hours` it is the reminder, re-posted once when nobody has acted in time.
    """
    if waited_hours is not None:
        top = f"⏰ Reminder: still waiting for a coach after {waited_hours:.0f} hours"
    else:
        top = "🙋 A question for a human coach"
    blocks: list[Block] = [{"type": "header", "text": plain(top)}]
    blocks += card_head(escalation, permalink)
    if has_draft(escalation):
        blocks += sections(
            f"*The bot's draft (unverified)* · {confidence_words(escalation)}\n"
            + quoted(draft_text(escalation["draft"]), ours=True)
        )
        blocks += source_blocks([SourceRef.from_json(source) for source in escalation["sources"] or []])
    elif not is_answer(escalation) and draft_text(escalation.get("draft", "")):
        blocks += sections(
            f"*What the bot said (unverified)* · {confidence_words(escalation)}\n"
            + quoted(draft_text(escalation["draft"]), ours=True)
        )
    else:
        blocks.append(
            section(
                "*No draft*: the guidance doesn't cover this question · "
                + confidence_words(escalation)
            )
        )
    value = escalation["id"]
    buttons = [
        {
            "type": "button",
            "action_id": ESCALATION_ANSWER,
            "text": plain("Answer"),
            "style": "primary",
            "value": value,
        },
    ]
    if has_draft(escalation):
        buttons.append(
            {
                "type": "button",
                "action_id": ESCALATION_APPROVE,
                "text": plain("Approve draft"),
                "value": value,
            }
        )
    buttons.append(
        {
            "type": "button",
            "action_id": ESCALATION_DISMISS,
            "text": plain("Dismiss"),
            "style": "danger",
            "value": value,
        }
    )
    blocks.append({"type": "actions", "block_id": "escalation", "elements": buttons})
    blocks.append(
        context(f"Opened {slack_date(escalation.get('created_at'))} · only coaches can act")
    )
    text = ("Reminder: " if waited_hours is not None else "Question for a human coach: ") + escape(
        preview(escalation["question"], 200)
    )
    return {"text": notification(text), "blocks": blocks}


def handled_card_message(
    escalation: dict[str, Any],
    *,
    permalink: str | None = None,
    entry: dict[str, Any] | None = None,
) -> Message:
    """The card once a coach acted: who, when, what, and the knowledge entry it became."""
    status = escalation["status"]
    coach = f"<@{escalation['handled_by']}>"
    when = slack_date(escalation.get("handled_at"))
    blocks: list[Block] = [{"type": "header", "text": plain(STATUS_HEADERS.get(status, status))}]
    blocks += card_head(escalation, permalink)
    if status == "answered":
        blocks += sections(f"*{coach} answered* {when}:\n{quoted(escalation['coach_answer'])}")
    elif status == "approved":
        blocks += sections(
            f"*{coach} approved the bot's draft* {when}:\n"
            + quoted(draft_text(escalation["coach_answer"]), ours=True)
        )
    else:
        reason = escalation.get("dismiss_reason") or "no reason given"
        blocks += sections(f"*{coach} dismissed this* {when}.\nReason: {escape(reason)}")
    if entry and entry.get("retracted_at"):
        who = f"<@{entry['retracted_by']}>" if entry.get("retracted_by") else "a coach"
        blocks.append(
            context(
                f"📚 Retracted from the knowledge base by {who} {slack_date(entry['retracted_at'])}"
            )
        )
    elif entry:
        blocks.append(
            context(
                f"📚 Added to the knowledge base (entry `{entry['id']}`): similar questions are "
                "now answered from it, credited to a coach."
            )
        )
        blocks.append(
            {
                "type": "actions",
                "block_id": "knowledge",
                "elements": [
                    {
                        "type": "button",
                        "action_id": KNOWLEDGE_RETRACT,
                        "text": plain("Retract from knowledge base"),
                        "style": "danger",
                        "value": entry["id"],
                        "confirm": {
                            "title": plain("Retract this answer?"),
                            "text": plain("The bot stops answering from it. The thread keeps it."),
                            "confirm": plain("Retract"),
                            "deny": plain("Keep"),
                        },
                    }
                ],
            }
        )
    elif status != "dismissed" and is_answer(escalation):
        blocks.append(context("Not added to the knowledge base."))
    who = escalation["handled_by"]
    question = escape(preview(escalation["question"], 200))
    text = f"{STATUS_HEADERS.get(status, status)} (<@{who}>): {question}"
    return {"text": notification(text), "blocks": blocks}


def moved_card_message(escalation: dict[str, Any], *, permalink: str | None = None) -> Message:
    """What the first card becomes when the reminder re-posts it: no buttons, a pointer down."""
    blocks = [
        {"type": "header", "text": plain("⏰ Re-posted as a reminder")},
        *card_head(escalation, permalink),
        context("This question was posted again below; act on the newer card."),
    ]
    return {
        "text": notification(
            "Re-posted as a reminder: " + escape(preview(escalation["question"], 200))
        ),
        "blocks": blocks,
    }


# -- what the asker sees -------------------------------------------------------------------------
def asked_note(reached: bool, *, in_thread: bool) -> list[Block]:
    """The line under a low-confidence answer: a coach was asked, or honestly, could not be."""
    where = "here in this thread" if in_thread else "in a direct message from me"
    if reached:
        return [
            context(
                f"🙋 I've asked a human coach to look at this; their answer will appear {where}. "
                "Until then, treat my answer as an unverified draft."
            )
        ]
    return [
        context(
            "⚠️ A human coach should look at this, but I couldn't reach one just now (the coaches' "
            "channel isn't set up for me). Your question is saved for the coaching team; if it's "
            "urgent, ask them directly."
        )
    ]


def asked_message(escalation: dict[str, Any], reached: bool, *, in_thread: bool) -> Message:
    """To the asker when a coach was asked through the button or 👎, with the draft marked."""
    asker = f"<@{escalation['asker']}> " if escalation.get("asker") else ""
    where = "here in this thread" if in_thread else "in a direct message from me"
    if reached:
        text = (
            f"🙋 {asker}I've asked a human coach to look at this question; their answer will "
            f"appear {where}."
        )
    else:
        text = (
            f"⚠️ {asker}I couldn't reach a human coach just now (the coaches' channel isn't set up "
            "for me). Your question is saved for the coaching team; if it's urgent, ask them "
            "directly."
        )
    blocks = [section(text)]
    if has_draft(escalation):
        blocks += sections(
            "*Until then, my draft (unverified):*\n" + quoted(draft_text(escalation["draft"]), ours=True)
        )
    if not in_thread:
        blocks.append(context("Your question: " + escape(preview(escalation["question"], 300))))
    plain_text = text if not has_draft(escalation) else text + " My draft is unverified."
    return {"text": notification(plain_text), "blocks": blocks}


def already_asked_message(escalation: dict[str, Any], *, reached: bool) -> Message:
    """To whoever pressed "Ask a human" again."""
    status = escalation["status"]
    if status == "open" and reached:
        text = (
            "🙋 A human coach has already been asked about this question; their answer will "
            "appear in the thread."
        )
    elif status == "open":
        text = (
            "⚠️ This question is saved for the coaching team, but I still can't reach a coach in "
            "Slack. If it's urgent, ask them directly."
        )
    else:
        text = f"✅ A human coach (<@{escalation['handled_by']}>) already handled this question."
    return {"text": text, "blocks": [section(text)]}


def coach_answer_message(escalation: dict[str, Any], *, in_thread: bool) -> Message:
    """The coach's answer (or approval) for the asker, credited to the coach, with ratings."""
    asker = f"<@{escalation['asker']}> " if escalation.get("asker") else ""
    coach = f"<@{escalation['handled_by']}>"
    if escalation["status"] == "approved":
        lead = f"✅ {asker}A human coach, {coach}, checked the bot's answer and approved it:"
        body = draft_text(escalation["coach_answer"])
    else:
        lead = f"🧑‍🏫 {asker}A human coach, {coach}, answered:"
        body = escalation["coach_answer"]
    blocks = [section(lead), *sections(quoted(body, ours=escalation["status"] == "approved"))]
    if not in_thread:
        blocks.append(context("Your question: " + escape(preview(escalation["question"], 300))))
    blocks.append(context(f"Answered {slack_date(escalation.get('handled_at'))}. Did it help?"))
    blocks.append(
        {
            "type": "actions",
            "block_id": "coach_rating",
            "elements": [
                {
                    "type": "button",
                    "action_id": RATE_HELPFUL,
                    "text": plain("👍 Helpful"),
                    "value": escalation["id"],
                },
                {
                    "type": "button",
                    "action_id": RATE_UNHELPFUL,
                    "text": plain("👎 Not helpful"),
                    "value": escalation["id"],
                },
            ],
        }
    )
    return {"text": notification(f"{lead} {escape(body)}"), "blocks": blocks}


def dismissed_message(escalation: dict[str, Any], *, in_thread: bool) -> Message:
    asker = f"<@{escalation['asker']}> " if escalation.get("asker") else ""
    reason = escalation.get("dismiss_reason") or "no reason given"
    text = (
        f"ℹ️ {asker}A human coach, <@{escalation['handled_by']}>, looked at this question and "
        f"won't be adding an answer. Their reason: {escape(reason)}"
    )
    blocks = [section(text)]
    if not in_thread:
        blocks.append(context("Your question: " + escape(preview(escalation["question"], 300))))
    return {"text": notification(text), "blocks": blocks}


def rating_thanks_message(rating: int) -> Message:
    text = (
        "Thanks! I've told the coaches it helped."
        if rating > 0
        else ("Thanks for telling us. The coaches will see it didn't help.")
    )
    return {"text": text, "blocks": [section(text)]}


# -- private notes to coaches --------------------------------------------------------------------
def refusal_message() -> Message:
    text = (
        "🔒 Only the human coaches can answer, approve, dismiss or retract escalations. "
        "Nothing was changed."
    )
    return {"text": text, "blocks": [section(text)]}


def already_handled_message(escalation: dict[str, Any]) -> Message:
    verb = {
        "answered": "answered",
        "approved": "approved the draft for",
        "dismissed": "dismissed",
    }.get(escalation["status"], "handled")
    text = (
        f"⏱️ Already handled by <@{escalation['handled_by']}>: they {verb} this question "
        f"{slack_date(escalation.get('handled_at'))}. Your action was not applied."
    )
    return {"text": text, "blocks": [section(text)]}



# -- modals --------------------------------------------------------------------------------------
def _knowledge_input(label: str) -> Block:
    return {
        "type": "input",
        "block_id": KNOWLEDGE_BLOCK,
        "optional": True,
        "label": plain("Knowledge base"),
        "element": {
            "type": "checkboxes",
            "action_id": KNOWLEDGE_INPUT,
            "options": [
                {
                    "text": plain(label),
                    "value": KNOWLEDGE_OPTION,
                    # Slack allows 75 characters here; more and views.open fails.
                    "description": plain("Answers later questions like this; retract it from the card."),
                }
            ],
        },
    }


def _question_context(escalation: dict[str, Any]) -> Block:
    asker = f"<@{escalation['asker']}>" if escalation.get("asker") else "someone"
    head = f"*Question from {asker}*\n"
    # Escaped first, then cut: escaping grows the text (& → &amp;), so the cut must come after.
    return section(head + shorten(quoted(escalation["question"]), SECTION_TEXT_LIMIT - len(head)))


def answer_modal(escalation: dict[str, Any], *, private_metadata: str) -> dict[str, Any]:
    """Answer: a big text box prefilled with the draft, and "add to knowledge base"."""
    element: dict[str, Any] = {
        "type": "plain_text_input",
        "action_id": ANSWER_INPUT,
        "multiline": True,
        "min_length": 1,
        "max_length": INPUT_LIMIT,
        "placeholder": plain("Write the answer the asker will see, under your name."),
    }
    draft = draft_text(escalation.get("draft", ""))
    if draft:
        element["initial_value"] = draft[:INPUT_LIMIT]
    blocks: list[Block] = [
        _question_context(escalation),
        {
            "type": "input",
            "block_id": ANSWER_BLOCK,
            "label": plain("Your answer"),
            "element": element,
            "hint": plain(
                ("Prefilled with the bot's draft: edit freely. " if draft else "")
                + "It is posted in the asker's thread, credited to you."
            ),
        },
    ]
    if is_answer(escalation):
        blocks.append(_knowledge_input("Add to knowledge base"))
    return {
        "type": "modal",
        "callback_id": ANSWER_VIEW,
        "private_metadata": private_metadata,
        "title": plain("Answer the question"),
        "submit": plain("Send answer"),
        "close": plain("Cancel"),
        "blocks": blocks,
    }


def approve_modal(escalation: dict[str, Any], *, private_metadata: str) -> dict[str, Any]:
    """Approve draft: the draft as it will be sent, and the same "add to knowledge base" choice."""
    return {
        "type": "modal",
        "callback_id": APPROVE_VIEW,
        "private_metadata": private_metadata,
        "title": plain("Approve the draft"),
        "submit": plain("Approve"),
        "close": plain("Cancel"),
        "blocks": [
            _question_context(escalation),
            *sections(
                "*The bot's draft, as the asker will see it under your name*\n"
                + quoted(draft_text(escalation.get("draft", "")), ours=True)
            ),
            _knowledge_input("Add to knowledge base"),
        ],
    }


def dismiss_modal(escalation: dict[str, Any], *, private_metadata: str) -> dict[str, Any]:
    """Dismiss: a reason is required, and the asker is shown it."""
    return {
        "type": "modal",
        "callback_id": DISMISS_VIEW,
        "private_metadata": private_metadata,
        "title": plain("Dismiss the question"),
        "submit": plain("Dismiss"),
        "close": plain("Cancel"),
        "blocks": [
            _question_context(escalation),
            {
                "type": "input",
                "block_id": REASON_BLOCK,
                "label": plain("Reason"),
                "element": {
                    "type": "plain_text_input",
                    "action_id": REASON_INPUT,
                    "multiline": True,
                    "min_length": 1,
                    "max_length": REASON_LIMIT,
                    "placeholder": plain(
                        "e.g. a duplicate of an answered question; not about AI products"
                    ),
                },
                "hint": plain("The asker sees this reason in their thread."),
            },
        ],
    }


def feedback_modal(*, private_metadata: str) -> dict[str, Any]:
    """After 👎: an optional reason, and the choice to ask a human coach."""
    return {
        "type": "modal",
        "callback_id": FEEDBACK_VIEW,
        "private_metadata": private_metadata,
        "title": plain("What missed the mark?"),
        "submit": plain("Send"),
        "close": plain("Skip"),
        "blocks": [
            section("Thanks, your 👎 is recorded. A reason helps us improve the guidance."),
            {
                "type": "input",
                "block_id": REASON_BLOCK,
                "optional": True,
                "label": plain("What was wrong or missing? (optional)"),
                "element": {
                    "type": "plain_text_input",
                    "action_id": REASON_INPUT,
                    "multiline": True,
                    "max_length": REASON_LIMIT,
                },
            },
            {
                "type": "input",
                "block_id": HUMAN_BLOCK,
                "optional": True,
                "label": plain("Human coach"),
                "element": {
                    "type": "checkboxes",
                    "action_id": HUMAN_INPUT,
                    "options": [
                        {
                            "text": plain("Ask a human coach to look at this question"),
                            "value": HUMAN_OPTION,
                        }
                    ],
                },
            },
        ],
    }
