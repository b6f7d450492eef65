"""Pure builders for the escalation card in the coaches' channel, and its shared helpers."""

from __future__ import annotations

import datetime as dt
import json
import re

from bot.core.answering import NOT_COVERED, UNSURE_PREFIX
from bot.core.records import Escalation, KnowledgeEntry, Status, Trigger
from bot.slack.blocks.answer import LABEL_MARKS, LABEL_WORDS, source_blocks
from bot.slack.blocks.common import Block, Message, context, notification, plain, section, sections
from bot.slack.ids import (
    CARD_BLOCK,
    ESCALATION_ANSWER,
    ESCALATION_APPROVE,
    ESCALATION_DISMISS,
    KNOWLEDGE_RETRACT,
)
from bot.slack.text import escape, preview, to_mrkdwn


CARD_QUESTION_LIMIT = 2000

TRIGGER_WORDS = {
    Trigger.LOW_CONFIDENCE: "the bot's confidence was low",
    Trigger.ASKED: "someone pressed *Ask a human*",
    Trigger.THUMBS_DOWN: "👎, then asked for a human",
}

STATUS_HEADERS = {
    Status.ANSWERED: "✅ Answered by a coach",
    Status.APPROVED: "✅ Draft approved by a coach",
    Status.DISMISSED: "🚫 Dismissed by a coach",
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
        # The preamble is the first line, which may open with why a coach is asked ("The guidance
        # never mentions MTEB.") before the prefix itself.
        at = text.find(prefix)
        if at >= 0 and "\n" not in text[:at]:
            text = text[at + len(prefix) :].strip()
    return MARKER_RE.sub("", text).strip()

def is_answer(escalation: Escalation) -> bool:
    """An escalated answer (it has a confidence label), as opposed to e.g. a spec review, whose
    summary is no answer to approve and whose "question" (the spec) is no knowledge-base entry."""
    return escalation.label in LABEL_WORDS

def has_draft(escalation: Escalation) -> bool:
    """A draft worth approving: an answer the bot wrote (not "the guidance doesn't cover it")."""
    return is_answer(escalation) and bool(draft_text(escalation.draft))

def slack_date(when: dt.datetime | None) -> str:
    """A date Slack shows in the reader's own time zone (stored times are naive UTC)."""
    if when is None:
        return "an unknown time"
    aware = when if when.tzinfo else when.replace(tzinfo=dt.timezone.utc)
    stamp = int(aware.timestamp())
    readable = aware.astimezone(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return f"<!date^{stamp}^{{date_short_pretty}} at {{time}}|{readable}>"

def thread_reference(escalation: Escalation, permalink: str | None) -> str:
    """A link to the asker's thread, or the best text we have when there's no permalink."""
    channel, thread_ts = escalation.channel, escalation.thread_ts
    if permalink:
        return f"<{permalink}|open the thread>"
    if channel.startswith("D"):
        return "in a direct message with the bot"
    if channel and thread_ts:
        return f"in <#{channel}>, thread {escape(thread_ts)}"
    if channel:
        return f"in <#{channel}> (through `/aipm`)"
    return "outside Slack"

def confidence_words(escalation: Escalation) -> str:
    label = escalation.label
    if label not in LABEL_WORDS:
        return f"score {escalation.score:.2f}"
    return f"{LABEL_MARKS[label]} {LABEL_WORDS[label]} ({escalation.score:.2f})"

def quoted(text: str, *, ours: bool = False) -> str:
    """Escaped text as a Slack block quote; Markdown becomes mrkdwn only in the bot's own text
    (`ours`), so a person's `[words](url)` can't become a link that hides where it goes."""
    safe = to_mrkdwn(text) if ours else escape(text)
    return "\n".join("> " + line if line.strip() else ">" for line in safe.splitlines())

def metadata(**values: str) -> str:
    """private_metadata for a modal: what its submission needs to find its escalation again."""
    return json.dumps(values, separators=(",", ":"))

# -- the escalation card -------------------------------------------------------------------------
def card_head(escalation: Escalation, permalink: str | None) -> list[Block]:
    asker = f"<@{escalation.asker}>" if escalation.asker else "someone"
    question = escalation.question
    if (
        len(question) > CARD_QUESTION_LIMIT
    ):  # a pasted spec: the card points at it, the thread has it
        question = (
            preview(question, CARD_QUESTION_LIMIT) + " (shortened; the full text is in the thread)"
        )
    return sections(f"*Question*\n{quoted(question)}") + [
        context(
            f"Asked by {asker} · {thread_reference(escalation, permalink)} · "
            f"why: {TRIGGER_WORDS.get(escalation.trigger, 'asked')}"
        )
    ]

def card_message(
    escalation: Escalation, *, permalink: str | None = None, waited_hours: float | None = None
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
            + quoted(draft_text(escalation.draft), ours=True)
        )
        blocks += source_blocks(list(escalation.sources))
    elif not is_answer(escalation) and draft_text(escalation.draft):
        blocks += sections(
            f"*What the bot said (unverified)* · {confidence_words(escalation)}\n"
            + quoted(draft_text(escalation.draft), ours=True)
        )
    else:
        blocks.append(
            section(
                "*No draft*: the guidance doesn't cover this question · "
                + confidence_words(escalation)
            )
        )
    value = escalation.id
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
    blocks.append({"type": "actions", "block_id": CARD_BLOCK, "elements": buttons})
    blocks.append(
        context(f"Opened {slack_date(escalation.created_at)} · only coaches can act")
    )
    text = ("Reminder: " if waited_hours is not None else "Question for a human coach: ") + escape(
        preview(escalation.question, 200)
    )
    return {"text": notification(text), "blocks": blocks}

def handled_card_message(
    escalation: Escalation,
    *,
    permalink: str | None = None,
    entry: KnowledgeEntry | None = None,
) -> Message:
    """The card once a coach acted: who, when, what, and the knowledge entry it became."""
    status = escalation.status
    coach = f"<@{escalation.handled_by}>"
    when = slack_date(escalation.handled_at)
    blocks: list[Block] = [{"type": "header", "text": plain(STATUS_HEADERS.get(status, status))}]
    blocks += card_head(escalation, permalink)
    if status == Status.ANSWERED:
        blocks += sections(f"*{coach} answered* {when}:\n{quoted(escalation.coach_answer)}")
    elif status == Status.APPROVED:
        blocks += sections(
            f"*{coach} approved the bot's draft* {when}:\n"
            + quoted(draft_text(escalation.coach_answer), ours=True)
        )
    else:
        reason = escalation.dismiss_reason or "no reason given"
        blocks += sections(f"*{coach} dismissed this* {when}.\nReason: {escape(reason)}")
    if entry and entry.retracted_at:
        who = f"<@{entry.retracted_by}>" if entry.retracted_by else "a coach"
        blocks.append(
            context(
                f"📚 Retracted from the knowledge base by {who} {slack_date(entry.retracted_at)}"
            )
        )
    elif entry:
        blocks.append(
            context(
                f"📚 Added to the knowledge base (entry `{entry.id}`): similar questions are "
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
                        "value": entry.id,
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
    elif status != Status.DISMISSED and is_answer(escalation):
        blocks.append(context("Not added to the knowledge base."))
    who = escalation.handled_by
    question = escape(preview(escalation.question, 200))
    text = f"{STATUS_HEADERS.get(status, status)} (<@{who}>): {question}"
    return {"text": notification(text), "blocks": blocks}

def moved_card_message(escalation: Escalation, *, permalink: str | None = None) -> Message:
    """What the first card becomes when the reminder re-posts it: no buttons, a pointer down."""
    blocks = [
        {"type": "header", "text": plain("⏰ Re-posted as a reminder")},
        *card_head(escalation, permalink),
        context("This question was posted again below; act on the newer card."),
    ]
    return {
        "text": notification(
            "Re-posted as a reminder: " + escape(preview(escalation.question, 200))
        ),
        "blocks": blocks,
    }

# -- private notes to coaches --------------------------------------------------------------------
def refusal_message() -> Message:
    text = (
        "🔒 Only the human coaches can answer, approve, dismiss or retract escalations. "
        "Nothing was changed."
    )
    return {"text": text, "blocks": [section(text)]}

def already_handled_message(escalation: Escalation) -> Message:
    verb = {
        Status.ANSWERED: "answered",
        Status.APPROVED: "approved the draft for",
        Status.DISMISSED: "dismissed",
    }.get(escalation.status, "handled")
    text = (
        f"⏱️ Already handled by <@{escalation.handled_by}>: they {verb} this question "
        f"{slack_date(escalation.handled_at)}. Your action was not applied."
    )
    return {"text": text, "blocks": [section(text)]}
