"""The score bands a question asks for: the list or table whose items each open on a range of the score,
or on a band's name ("🔴 Red: the RVN calls the owner back within 5 minutes" in a vet group's chat).

"How should we band the scores, and who is allowed to release a quarantined email in each band?" is answered by
the rows "0.50–0.79 | Delivered with the banner | …", "0.95–1.00 | Quarantined …"; the reviewer's steps under
"SOC analyst steps for a quarantined email" repeat more of the question's words (guides-unseen-41). In Chinese the
band is said inside the item's first clause: "老鼠、蟑螂等虫害，置信度 0.7 以上：立刻推送 …" for "告警阈值怎么分档？".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Callable

from bot.core.answer_units import RANK_STRIDE

if TYPE_CHECKING:
    from bot.core.answer_units import Unit

# "Band" as a verb asks for no bands: "which books shud we always band by hand??" on a reading-band page.
# "What levels should its readings fall into?" asks for them by another name; "who reviews the levels?" asks for a
# person (guides-unseen-62, -58).
BANDS_ASKED_RE = re.compile(
    r"\bbands?\b(?!\s+(?:by|it|them|this|that|these|those|books?)\b)|\bbanding\b|\btiers?\b|\bscore\s+ranges?\b|\bcut-?offs?\b|\b(?:confidence|score|risk|alert|severity)\s+levels?\b|\b(?:what|which|how\s+many)\s+(?:\w+\s+)?levels\b|分档|几档|档位|每一档|分几级|分级",
    re.IGNORECASE,
)
_NUMBER = r"\d+(?:[.,]\d+)?\s*%?"
# A band said at the start of an item: "0–49", "0.95–1.00", "85 to 100", "below 0.6", "0.9 or above", "置信度 0.7 以上".
# "80分及以上", "50至79分": a Chinese band names its unit (分, points) between the figure and its bound.
_ZH_UNIT = r"(?:\s*分)?"
BAND_RE = re.compile(
    r"(?!(?:19|20)\d\d\s*[–—-]\s*(?:19|20)?\d\d(?!\d))" + _NUMBER + _ZH_UNIT + r"\s*(?:[–—~～-]|to|至|到)\s*" + _NUMBER
    + r"|(?:[<>≥≤]=?|\b(?:above|below|over|under|at least)\b|低于|高于|超过|不低于|不到)\s*" + _NUMBER
    + r"|" + _NUMBER + _ZH_UNIT
    + r"\s*(?:以上|以下|以内|及以上|\bor\s+(?:above|more|higher|below|less|lower)\b|\band\s+(?:above|over|up)\b|\+)",
    re.IGNORECASE,
)
# Said mid-clause, a band belongs to the score ("…，置信度 0.7 以上"), not to a rate ("误报率超过 30%").
SCORE_WORD_RE = re.compile(r"(?:\b(?:score[sd]?|confidence|probability)\b|置信度|把握度|可信度|分数|得分|评分|概率)(?:\s+(?:of|is|at))?$",
                           re.IGNORECASE)
LEAD_END_RE = re.compile(r"[:：|—]|\s-\s")  # where an item's band gives way to what happens in it
# A band named rather than numbered: "Red: the nurse calls back within 5 minutes", "High | …", "P1 — …", "二级：…".
NAMED_BAND_RE = re.compile(
    r"(?:red|amber|orange|yellow|green|black|blue|grey|gr[ae]y|low|medium|moderate|high|very high|very low|"
    r"critical|severe|urgent|routine|tier\s*\d|level\s*\d|band\s*[a-e\d]|grade\s*\d|priority\s*\d|p[0-4]|"
    r"[一二三四五]级|[高中低](?:风险|危)?)",
    re.IGNORECASE,
)
MAX_NAME_CHARS = 16
FIRST_CLAUSE_RE = re.compile(r"[^,，;；。.|]{1,40}")
DATE_OR_TIME_RE = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}|\d{1,2}:\d{2}")
MAX_LEAD_CHARS = 40
MIN_BANDS = 2
# A heading that is the bands' name alone: "Levels", "Confidence levels", "Risk bands", "分级处理", "三个等级".
BAND_HEADING_RE = re.compile(
    r"^(?:\d+[.)]?\s*)?(?:(?:confidence|score|risk|alert|severity|the|our)\s+)?(?:levels|bands|tiers)\s*:?$"
    r"|^[一二三四五六七八九十、\s]*(?:分级|分档|等级|级别)(?:处理|处置|规则)?$",
    re.IGNORECASE)
# A band named with its range in brackets: "Soon (50 to 79): the cabinet is visited within 3 days." The range
# opens the bracket as it would open the item.
NAMED_RANGE_RE = re.compile(r"^[^\W\d][\w' -]{0,%d}?\s*[(（]\s*(?P<inner>[^)）]*)[)）]$" % MAX_NAME_CHARS)


def opens_on_band(text: str) -> bool:
    """Whether an item opens on a band of the score, before what happens in it."""
    text = text.lstrip("|-•· ")
    end = LEAD_END_RE.search(text)
    lead = text[: end.start()] if end and end.start() <= MAX_LEAD_CHARS else text[:MAX_LEAD_CHARS]
    lead = lead.strip()
    if end and end.start() <= MAX_NAME_CHARS and NAMED_BAND_RE.fullmatch(lead):
        return True
    if named := NAMED_RANGE_RE.match(lead):
        lead = named["inner"].strip()
    if end and end.start() <= MAX_NAME_CHARS and end.group(0) in ":：":
        # A band named, then its range in the first clause: "高峰：预测人数比平日多30%以上，护士长加派1至2名护士",
        # "Peak: 30% or more above a normal day, …". Not a record's fields ("创建时间:2025-07-16 10:42").
        clause = FIRST_CLAUSE_RE.match(text[end.end():].strip())
        if clause and BAND_RE.search(clause.group(0)) and not DATE_OR_TIME_RE.search(clause.group(0)):
            return True
    return any(found.start() == 0 or SCORE_WORD_RE.search(lead[: found.start()].rstrip())
               for found in BAND_RE.finditer(lead))


def band_list(units: list["Unit"], question: str) -> tuple[str, Any] | None:
    """The one list of the top guide whose items open on bands, when the question asks for bands; else None."""
    if not BANDS_ASKED_RE.search(question):
        return None
    # Bands told in words under a heading that names them ("Levels" over "Offer: one girl ranked clearly first, 10 or
    # more points ahead of the next. …") are the top guide's own, not another guide's levels table, which had answered
    # a youth group's waiting list with a housing association's swap levels (guides-unseen-64).
    blocks = _top_guide_lists(units, lambda unit: opens_on_band(unit.text)) or _top_guide_lists(
        units, lambda unit: bool(BAND_HEADING_RE.match(unit.chunk.heading.strip())))
    return ("block", blocks[0]) if len(blocks) == 1 else None


def _top_guide_lists(units: list["Unit"], banded: Callable[["Unit"], bool]) -> list[int]:
    """The top guide's lists with at least MIN_BANDS items that `banded` accepts."""
    counts: dict[int, int] = {}
    for unit in units:
        if unit.kind == "item" and unit.block >= 0 and unit.rank < RANK_STRIDE and banded(unit):
            counts[unit.block] = counts.get(unit.block, 0) + 1
    return [block for block, count in counts.items() if count >= MIN_BANDS]
