"""Pure builders for what the asker reads about an escalation: asked, answered, dismissed, thanks."""

from __future__ import annotations

from bot.core.records import Escalation, Status
from bot.slack.blocks.common import Block, Message, context, notification, plain, section, sections
from bot.slack.blocks.escalation import draft_text, has_draft, quoted, slack_date
from bot.slack.ids import RATE_HELPFUL, RATE_UNHELPFUL, RATING_BLOCK
from bot.slack.text import escape, preview


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

def asked_message(escalation: Escalation, reached: bool, *, in_thread: bool) -> Message:
    """To the asker when a coach was asked through the button or 👎, with the draft marked."""
    asker = f"<@{escalation.asker}> " if escalation.asker else ""
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
            "*Until then, my draft (unverified):*\n" + quoted(draft_text(escalation.draft), ours=True)
        )
    if not in_thread:
        blocks.append(context("Your question: " + escape(preview(escalation.question, 300))))
    plain_text = text if not has_draft(escalation) else text + " My draft is unverified."
    return {"text": notification(plain_text), "blocks": blocks}

def already_asked_message(escalation: Escalation, *, reached: bool) -> Message:
    """To whoever pressed "Ask a human" again."""
    status = escalation.status
    if status == Status.OPEN and reached:
        text = (
            "🙋 A human coach has already been asked about this question; their answer will "
            "appear in the thread."
        )
    elif status == Status.OPEN:
        text = (
            "⚠️ This question is saved for the coaching team, but I still can't reach a coach in "
            "Slack. If it's urgent, ask them directly."
        )
    else:
        text = f"✅ A human coach (<@{escalation.handled_by}>) already handled this question."
    return {"text": text, "blocks": [section(text)]}

def coach_answer_message(escalation: Escalation, *, in_thread: bool) -> Message:
    """The coach's answer (or approval) for the asker, credited to the coach, with ratings."""
    asker = f"<@{escalation.asker}> " if escalation.asker else ""
    coach = f"<@{escalation.handled_by}>"
    if escalation.status == Status.APPROVED:
        lead = f"✅ {asker}A human coach, {coach}, checked the bot's answer and approved it:"
        body = draft_text(escalation.coach_answer)
    else:
        lead = f"🧑‍🏫 {asker}A human coach, {coach}, answered:"
        body = escalation.coach_answer
    blocks = [section(lead), *sections(quoted(body, ours=escalation.status == Status.APPROVED))]
    if not in_thread:
        blocks.append(context("Your question: " + escape(preview(escalation.question, 300))))
    blocks.append(context(f"Answered {slack_date(escalation.handled_at)}. Did it help?"))
    blocks.append(
        {
            "type": "actions",
            "block_id": RATING_BLOCK,
            "elements": [
                {
                    "type": "button",
                    "action_id": RATE_HELPFUL,
                    "text": plain("👍 Helpful"),
                    "value": escalation.id,
                },
                {
                    "type": "button",
                    "action_id": RATE_UNHELPFUL,
                    "text": plain("👎 Not helpful"),
                    "value": escalation.id,
                },
            ],
        }
    )
    return {"text": notification(f"{lead} {escape(body)}"), "blocks": blocks}

def dismissed_message(escalation: Escalation, *, in_thread: bool) -> Message:
    asker = f"<@{escalation.asker}> " if escalation.asker else ""
    reason = escalation.dismiss_reason or "no reason given"
    text = (
        f"ℹ️ {asker}A human coach, <@{escalation.handled_by}>, looked at this question and "
        f"won't be adding an answer. Their reason: {escape(reason)}"
    )
    blocks = [section(text)]
    if not in_thread:
        blocks.append(context("Your question: " + escape(preview(escalation.question, 300))))
    return {"text": notification(text), "blocks": blocks}

def rating_thanks_message(rating: int) -> Message:
    text = (
        "Thanks! I've told the coaches it helped."
        if rating > 0
        else ("Thanks for telling us. The coaches will see it didn't help.")
    )
    return {"text": text, "blocks": [section(text)]}
