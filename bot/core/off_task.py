"""Messages that are not questions for the guidance: a request for a poem, a joke or a story."""

from __future__ import annotations

import re

from bot.core.text import simplified

# "write me a limerick about product managers", "tell us a joke", "给我写首诗": a request for a piece of
# writing, not a question. The guidance is quoted, never made up, so no passage answers it however close
# its subject ("product managers") sits to the guides.
WRITING_REQUEST_RE = re.compile(
    r"\b(?:write|compose|give|tell|make up|draft|sing|generate|come up with)\s+(?:me|us)?\s*"
    r"(?:a|an|some|another|one)?\s*(?:\w+\s+)?"
    r"(?:poem|limerick|haiku|sonnet|song|jingle|rap|joke|riddle|story|bedtime story|fairy tale|rhyme|verse)s?\b"
    r"|写(?:一)?(?:首|段|个)[^，。？?]{0,8}(?:诗|打油诗|歌|顺口溜|笑话|故事)|(?:讲|说|编)(?:一)?(?:个|段)[^，。？?]{0,6}(?:笑话|故事)",
    re.IGNORECASE,
)


def asks_for_writing(question: str) -> bool:
    """Whether the question asks for a poem, a joke or a story rather than asking about AI product work."""
    return bool(WRITING_REQUEST_RE.search(simplified(question)))
