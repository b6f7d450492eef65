"""What a message means to a coaching session: start one, a control word, a side question, a thin answer.

Patterns here are code with an example each (tests/core/test_coaching.py runs the examples).
"""

from __future__ import annotations

import re
from enum import StrEnum

from bot.core.text import CJK_RE, CJK_RUN_RE


class Control(StrEnum):
    """The words that steer a session from its thread (and the buttons that send them)."""

    BACK = "back"
    SKIP = "skip"
    STATUS = "status"
    RESTART = "restart"
    STOP = "stop"


CONTROL_WORDS: dict[str, Control] = {
    "back": Control.BACK, "go back": Control.BACK, "previous": Control.BACK, "返回": Control.BACK,
    "上一步": Control.BACK, "skip": Control.SKIP, "next": Control.SKIP, "pass": Control.SKIP,
    "跳过": Control.SKIP, "下一步": Control.SKIP, "status": Control.STATUS, "where are we": Control.STATUS,
    "progress": Control.STATUS, "进度": Control.STATUS, "状态": Control.STATUS,
    "restart": Control.RESTART, "start over": Control.RESTART, "重新开始": Control.RESTART,
    "重来": Control.RESTART, "stop": Control.STOP, "quit": Control.STOP, "end": Control.STOP,
    "finish": Control.STOP, "结束": Control.STOP, "停止": Control.STOP,
}

# "coach me on an invoice-matching assistant", "help me think through my AI idea: ..."
START_EN = re.compile(
    r"^\s*(?:please\s+|can you\s+|could you\s+)?(?:coach|walk|take)\s+me\s*(?:on|about|through|with)?\b"
    r"|^\s*(?:help me\s+(?:think through|work through|shape|scope)|start (?:a )?coaching)",
    re.IGNORECASE,
)
START_ZH = re.compile(r"(帮我|陪我|带我|请)(梳理|理一理|打磨|辅导|过一遍)|开始(一次)?(辅导|教练)")
# What follows the start phrase when it names no idea yet ("coach me on my AI product idea").
GENERIC_IDEA = re.compile(
    r"^(?:(?:on|about|through|with)\s+)?(?:an?|my|our|this|the)?\s*(?:new\s+)?(?:ai\s+)?(?:product\s+)?"
    r"(?:idea|feature|product)?s?\s*[.!?]?$",
    re.IGNORECASE,
)
ZH_FILLER = re.compile(r"^(一个|我的|这个)?\s*(AI|ai|人工智能)?\s*(产品)?\s*(想法|点子|创意|功能)?[。！!.]?$")

THIN_PHRASES = re.compile(
    r"^\s*(no idea|not sure|idk|i don'?t know|dunno|no clue|don'?t know|unsure|nothing|none|n/?a|"
    r"tbd|not yet|haven'?t thought|no|maybe|不知道|不清楚|没想好|不确定|还没想|没有|待定|不懂)\b",
    re.IGNORECASE,
)
QUESTION_START = re.compile(
    r"^\s*(what|what's|whats|how|why|when|which|who|where|can|could|should|does|do|is|are|"
    r"explain|define|tell me|any tips)\b",
    re.IGNORECASE,
)
ZH_QUESTION = re.compile(r"(什么|怎么|如何|为什么|为何|哪些|是否|吗|呢)[？?]?\s*$|^(请问|什么是|如何|怎么)")
FORCED_SIDE = re.compile(r"^\s*(?:q|question|ask|问)\s*[:：]\s*", re.IGNORECASE)
SIDE_QUESTION_WORDS = 30  # longer than this, a "question" is an answer thinking aloud


def start_request(text: str) -> str | None:
    """The idea (possibly "") when `text` asks for a coaching session; None when it does not."""
    text = text.strip()
    match = START_EN.search(text) or START_ZH.search(text)
    if match is None:
        return None
    rest = text[match.end():].strip(" \t\n:：,，-—")
    rest = re.sub(r"^(?:on|about|through|with)\s+", "", rest, flags=re.IGNORECASE)
    if GENERIC_IDEA.match(rest) or ZH_FILLER.match(rest):
        return ""
    # "coach me on my AI product idea: a contract checker" keeps only what follows the colon.
    head, sep, tail = rest.replace("：", ":").partition(":")
    if sep and (GENERIC_IDEA.match(head.strip()) or ZH_FILLER.match(head.strip())):
        return tail.strip()
    return rest


def control_word(text: str) -> Control | None:
    """A control word sent on its own ("back", "skip.", "跳过")."""
    cleaned = re.sub(r"[\s.!。！`'\"]+$", "", text.strip().lower()).strip("`'\" ")
    return CONTROL_WORDS.get(cleaned)


def word_count(text: str) -> int:
    """Words, counting a run of Chinese characters as one word per two characters."""
    latin = len(re.findall(r"[A-Za-z0-9]+", CJK_RUN_RE.sub(" ", text)))
    chinese = sum((len(run) + 1) // 2 for run in CJK_RUN_RE.findall(text))
    return latin + chinese


def is_thin(text: str) -> bool:
    """"no idea", "not sure", or two or three words: an answer that needs help, not a pass."""
    if THIN_PHRASES.match(text) and word_count(text) <= 8:
        return True
    return word_count(text) <= 3


def side_question(text: str) -> str | None:
    """The question when `text` asks something rather than answering the step; else None."""
    forced = FORCED_SIDE.match(text)
    if forced:
        return text[forced.end():].strip() or None
    stripped = text.strip()
    if word_count(stripped) > SIDE_QUESTION_WORDS or "\n" in stripped:
        return None
    asks = stripped.endswith(("?", "？")) and (QUESTION_START.match(stripped) or CJK_RE.search(stripped))
    if asks or ZH_QUESTION.search(stripped) and word_count(stripped) <= 15:
        return stripped
    return None
