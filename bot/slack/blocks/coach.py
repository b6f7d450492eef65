"""Pure builders for coaching sessions: a turn with its control buttons, the brief and its buttons."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bot.core.coaching.render import Style, render_turn
from bot.slack.blocks.common import Block, Message, context, notification, paginate, plain, sections
from bot.slack.ids import (
    COACH_ASK_HUMAN,
    COACH_BACK,
    COACH_BRIEF_BLOCK,
    COACH_CONTROLS_BLOCK,
    COACH_RESTART,
    COACH_REVIEW_BRIEF,
    COACH_SKIP,
    COACH_STATUS,
    COACH_STOP,
)
from bot.slack.text import escape, split_text

if TYPE_CHECKING:
    from bot.core.coaching.path import CoachingPath
    from bot.core.coaching.records import Turn

SLACK_STYLE = Style(quote=escape, bold=lambda text: f"*{text}*", bullet="• ")
SNIPPET_CHARS = 2900  # a section holds 3,000 characters; the fences take the rest

BUTTON_WORDS = {
    "en": {COACH_BACK: "⬅ Back", COACH_SKIP: "Skip ➡", COACH_STATUS: "Status", COACH_RESTART: "Restart",
           COACH_STOP: "Stop", COACH_REVIEW_BRIEF: "Run the spec review on it",
           COACH_ASK_HUMAN: "Ask a human coach"},
    "zh": {COACH_BACK: "⬅ 返回", COACH_SKIP: "跳过 ➡", COACH_STATUS: "进度", COACH_RESTART: "重新开始",
           COACH_STOP: "结束", COACH_REVIEW_BRIEF: "对简报做规格评审", COACH_ASK_HUMAN: "请人工教练看看"},
}
BRIEF_NOTE = {
    "en": "Your brief, as a file you can share. Run the spec review on it, or ask a human coach to read it.",
    "zh": "这是你的简报文件，可以直接分享。可以对它做规格评审，或请人工教练看一看。",
}


def button(action_id: str, value: str, lang: str, *, style: str | None = None) -> dict[str, Any]:
    element: dict[str, Any] = {
        "type": "button", "action_id": action_id, "value": value,
        "text": plain(BUTTON_WORDS["zh" if lang == "zh" else "en"][action_id]),
    }
    if style:
        element["style"] = style
    return element


def coach_controls(session_id: str, lang: str) -> Block:
    return {
        "type": "actions",
        "block_id": COACH_CONTROLS_BLOCK,
        "elements": [button(a, session_id, lang) for a in (COACH_BACK, COACH_SKIP, COACH_STATUS, COACH_RESTART,
                                                           COACH_STOP)],
    }


def coach_turn_messages(turn: "Turn", path: "CoachingPath") -> list[Message]:
    """The turn's paragraphs (people's words escaped), with the controls while the session runs."""
    paragraphs = render_turn(turn, path, SLACK_STYLE)
    blocks: list[Block] = []
    for paragraph in paragraphs:
        blocks += sections(paragraph)
    if turn.session.active:
        blocks.append(coach_controls(turn.session.id, turn.session.language))
    return paginate(blocks, notification(paragraphs[0] if paragraphs else "…"))


def brief_actions_message(session_id: str, lang: str) -> Message:
    note = BRIEF_NOTE["zh" if lang == "zh" else "en"]
    return {
        "text": note,
        "blocks": [
            context(note),
            {"type": "actions", "block_id": COACH_BRIEF_BLOCK, "elements": [
                button(COACH_REVIEW_BRIEF, session_id, lang, style="primary"),
                button(COACH_ASK_HUMAN, session_id, lang),
            ]},
        ],
    }


def brief_snippet_messages(brief: str) -> list[Message]:
    """The brief as code blocks in messages, where a file cannot be uploaded; escaped, never cut."""
    blocks = [
        {"type": "section", "text": {"type": "mrkdwn", "text": f"```{piece}```"}}
        for piece in split_text(escape(brief), SNIPPET_CHARS)
    ]
    return paginate(blocks, notification(escape(brief.splitlines()[0].lstrip("# "))))


def session_intro_message(idea: str, lang: str) -> Message:
    """The top-level DM message a session started elsewhere (command, App Home) threads under."""
    head = "🧭 *AI 产品辅导*" if lang == "zh" else "🧭 *Coaching session*"
    text = f"{head}: {escape(idea)}" if idea else head
    return {"text": notification(text), "blocks": sections(text)}


def moved_to_dm_message(lang: str) -> Message:
    text = "我在私信里开始了辅导会话。" if lang == "zh" else "I've started your coaching session in our direct messages."
    return {"text": text, "blocks": sections(text)}
