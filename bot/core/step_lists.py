"""The steps a question asks for: the top guide's numbered list, whatever its heading says.

"What does the video spotter actually do step by step?" is answered by a playbook's checklist "Every Red or Amber
alert" ("1. Open the clip and watch at least two angles", "2. Decide: …", …), whose heading shares one word with the
question and never says "steps"; the list of what the model never does repeats more of its words (guides-unseen-42).
A list numbered 1, 2, 3 is a sequence; a bulleted one may be anything.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from bot.core.answer_lists import STEPS_ASKED_RE
from bot.core.answer_units import RANK_STRIDE

if TYPE_CHECKING:
    from bot.core.answer_units import Unit

# "1. Open the clip", "☐ 2. Decide", "3) Radio the MDD", "4、上传照片": an item that carries its number.
NUMBERED_ITEM_RE = re.compile(r"^\s*(?:[☐☑✓✔•·*-]\s*)?\d{1,2}\s*[.)、．]\s*\S")
MIN_STEPS = 3


def numbered_steps_list(units: list["Unit"], question: str) -> tuple[str, Any] | None:
    """Asked for steps, the top guide's numbered list (the best-scoring one if it has several), else None."""
    if not STEPS_ASKED_RE.search(question):
        return None
    items: dict[int, list["Unit"]] = {}
    for unit in units:
        if unit.kind == "item" and unit.block >= 0 and unit.rank < RANK_STRIDE:
            items.setdefault(unit.block, []).append(unit)
    numbered = [block for block, members in items.items()
                if len(members) >= MIN_STEPS and all(NUMBERED_ITEM_RE.match(u.text) for u in members)]
    if not numbered:
        return None
    return ("block", max(numbered, key=lambda block: max(u.score for u in items[block])))
