"""Two sections nearly every guide to an AI feature has, and the questions that ask for them by other words.

When the model is down: "what happens at checkout if our bot-scoring model goes down?", "what's our fallback if the
phishing filter stops responding?", "摄像头离线或 AI 停了怎么办" ask for the section headed "If QueueShield is down" or
"Fallback", which names the product, not the question's "model", and shares one word with it at most; the score
bands table repeats more of the question's words (guides-unseen-41).

Where the model is not used: "which orders should skip the AI score entirely?" asks for "When the score is not
used" or "Straight to a bipartisan team, no score used"; the reviewer's steps repeat "orders" and "score".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.core.answer_units import Unit

# The thing that is down: the model, its service or its product name ("If QueueShield is down"), never a measure
# ("if accuracy goes down", "costs are down").
_MEASURE = r"(?:accuracy|precision|recall|costs?|revenue|usage|traffic|conversions?|scores?|rates?|quality|volume|sales|" \
    r"engagement|performance|latency|spend|numbers|metrics?|prices?|demand|errors?)\b"
# Up to four words name it: "when the AI reservoir forecast is down", "if the AI stand allocation agent goes down";
# never a measure of something ("when the number of users goes down").
_DOWN_SUBJECT = (
    r"(?:\b(?:if|when|whenever|while)\s+(?:the\s+|our\s+|your\s+|its\s+)?(?!" + _MEASURE + r")[\w-]+(?:\s+(?!" + _MEASURE
    + r"|(?:of|for|in|on|to|per|at|with)\b)[\w-]+){0,3}"
    r"|\b(?:model|service|system|api|server|vendor|provider|filter|classifier|engine|scorer|platform|forecast|agent|"
    r"assistant|tool|bot|checker|app))"
)
OUTAGE_RE = re.compile(
    _DOWN_SUBJECT + r"\s+(?:is|goes|go|went|was|are|gets)\s+down\b"
    r"|\bdown\s?time\b|\boutages?\b|\bunavailable\b|\bfall\s?backs?\b"
    r"|\boffline\b(?!\s+(?:eval\w*|test\w*|metrics?|experiments?|analysis|data|mode|scor\w*|label\w*))"
    r"|\bstop(?:s|ped)?\s+(?:responding|answering|working)\b|\b(?:does|do|did)\s*n[o']t\s+(?:answer|respond)\b"
    r"|\btimes?\s+out\b|\btimed\s+out\b|\bfails?\s+to\s+(?:answer|respond)\b"
    r"|停了|停用了|中断|宕机|挂了|离线(?!评|测|指标|实验|数据|分析|标注)|掉线|不可用|无响应|没响应|降级|兜底",
    re.IGNORECASE,
)
# In Chinese, done by people, by hand, whatever the model says: "必须人工判断", "一律人工", "全程手动".
_BY_PEOPLE_ZH = r"(?:必须|一律|全部|全程|只能)(?:由)?(?:人工|手工|手动|人来)"
# "skip the AI score", "bypass the model", "exempt from scoring", "never scored", "not trust the score on": the
# cases the model is left out of.
SKIP_QUESTION_RE = re.compile(
    r"\b(?:skip(?:s|ped|ping)?|bypass(?:es|ed|ing)?|exempt(?:ed)?(?:\s+from)?|exclude[sd]?\s+from|left\s+out\s+of)\s+"
    r"(?:\w+\s+){0,3}?(?:scor\w*|model|ai|classifier|check\w*)\b"
    r"|\b(?:never|not)\s+(?:be\s+)?(?:scored|run\s+through)\b"
    # "which stones shud the ai not grade at all??", "which figures should it never screen"
    r"|\b(?:ai|model|tool|it|classifier)\s+(?:should\s+|shud\s+|must\s+)?(?:not|never)\s+(?:score|grade|screen|check|rate|judge)\b"
    r"|\b(?:ai|model|tool|classifier)\s+(?:\w+\s+){0,2}skip\b"
    # "which hauls shud we not trust the score on", "where we don't use the model"
    r"|(?:\bnot|\bnever|n't)\s+(?:we\s+|you\s+|they\s+)?(?:trust|use|rely\s+on)\s+(?:the\s+|its\s+|this\s+|our\s+)?(?:ai\s+)?(?:scor\w*|model|ai|classifier)\b"
    # "which files shud ppl read in full no matter what the score says??"
    r"|\b(?:no\s+matter\s+what|whatever|regardless\s+of\s+what)\s+(?:the\s+|its\s+|our\s+)?(?:ai\s+)?"
    r"(?:scor\w*|model|ai|tool|it|rank\w*|forecast|prediction)\s+says\b"
    r"|\bregardless\s+of\s+(?:the\s+|its\s+)?(?:ai\s+)?(?:scor\w*|model)\b"
    # "which bookings shud coordinators keep away from it??", "which cases shud ppl never let it draft??"
    r"|\bkeep\s+(?:\w+\s+){0,2}?away\s+from\s+(?:it|the\s+(?:ai|model|tool|bot|agent)|ai)\b"
    r"|\b(?:never|not|n't)\s+let\s+(?:it|the\s+(?:ai|model|tool|bot|agent)|ai)\b"
    # "which chats shud ppl take over straight away??", "when shud ppl run the battery by hand instead??"
    r"|\b(?:ppl|people|staff|humans?|we|a\s+person|someone)\s+(?:should\s+|shud\s+|must\s+)?take\s+over\b"
    r"|\b(?:by\s+hand|manually)\s+instead\b"
    # "which stuff shud transcribers never hand to it??", "when shud the clerk ignore it and trust the walk??"
    r"|(?:\bnever|\bnot|n't|\bdont)\s+(?:hand|give|pass|send|feed)(?:\s+\w+){0,2}?\s+(?:over\s+)?to\s+"
    r"(?:it|the\s+(?:ai|model|tool|bot|agent)|ai)\b"
    r"|\bignore\s+(?:it|the\s+(?:ai|model|tool|bot|agent|score|forecast))\b"
    # "which reports shud the register team always key in by hand??"
    r"|\b(?:always|only)\s+(?:\w+\s+){0,3}?(?:by\s+hand|manually|in\s+person)\b"
    # "which bins shud be judged by people rather than the AI", "leave the AI out", "never get an AI list"
    r"|\b(?:by|to)\s+(?:people|a\s+person|a\s+human|humans|staff)\s+(?:rather\s+than|instead\s+of|not)\s+"
    r"(?:the\s+|an?\s+)?(?:ai|model|tool|it)\b"
    r"|\bleave\s+(?:the\s+|our\s+)?(?:ai|model|tool|it)\s+out\b|\bleave\s+out\s+(?:the\s+)?(?:ai|model|tool)\b"
    r"|\b(?:never|not)\s+(?:get|receive|be\s+given)\s+(?:an?\s+|the\s+|any\s+)?(?:ai|model)\b"
    r"|不(?:能|要|该|应该)?(?:让|交给)\s*(?:AI|它|机器)"
    # "哪些情况必须人工判断？", "哪些批次不看排序、每批都要检？", "哪些接近事件不能只看 AI 的分数？"
    r"|(?:得|要)(?:由)?(?:人工|手工|手动|人来)|" + _BY_PEOPLE_ZH +
    r"|(?<![要能该])不(?:能|要|该)?(?:只|光|单)?(?:看|用|靠|管)\s*(?:AI|它|模型|机器|排序|分数|评分|预测)",
    re.IGNORECASE,
)
# A sentence's opening clause, up to its first comma: "If Tide is down," "While the forecast is unavailable,".
OPENING_CLAUSE_RE = re.compile(r"(?:if|when|whenever|while|during)\b[^,;:.]{0,60}[,:]", re.IGNORECASE)
NOT_USED_HEADING_RE = re.compile(
    r"\b(?:score|model|ai|it)\s+(?:is\s+|are\s+)?not\s+(?:used|applied|run|switched\s+on)\b|\bno\s+(?:score|model|ai)\s+used\b"
    r"|\bnot\s+(?:scored|graded|screened|rated)\b|\bdoes\s+not\s+(?:score|grade|screen|rate)\b|\bwithout\s+(?:the\s+)?(?:model|ai|score)\b|\b(?:skip|bypass|exempt)\w*|\bexclu\w+"
    # A lead-in over the cases it never decides: "whatever TailCheck says:", "regardless of the score:".
    r"|\bwhatever\s+(?:the\s+)?[\w-]+\s+says\b|\bregardless\s+of\s+(?:the\s+|its\s+)?(?:score|model|ai)\b"
    r"|\bno\s+matter\s+what\s+(?:the\s+)?[\w-]+\s+says\b"
    # "Never left to Relay (the duty coordinator books these personally):", "Not left to the model"
    r"|\b(?:never|not)\s+left\s+to\b"
    # "ENTERED BY HAND, NEVER DRAFTED BY SIFT", "Always done by hand"
    r"|\b(?:entered|done|keyed|handled|written|checked|made)\s+by\s+hand\b|\bnever\s+[a-z]+ed\s+by\b"
    r"|不用\s*AI|不打分|不经过\s*AI"
    # A Chinese page heads the same section with who does it instead: "五、不交给鲜塘的情况（一律人工到塘口判断）",
    # "必须人工判断的情形", "以下批次每批必检，不看拾检排序", "以下场次全程手动，不用随声", "这些情况由人来判断".
    r"|不交给|不看\S{0,6}?(?:排序|分数|评分|打分|预测|结果|建议)|以下\S{0,10}?不用"
    r"|" + _BY_PEOPLE_ZH + r"|由人来|全部手工|全程手动"
    # "一定由馆员当面处理的读者", "必须由指挥当面定的情况", "必须由主编审核的条目": the people who handle them named.
    r"|(?:一定|必须|一律|只能|全部)由\S{1,8}?(?:当面|亲自|处理|判断|决定|撰写|审核|安排|确认|负责)",
    re.IGNORECASE,
)


def asks_outage(question: str) -> bool:
    """Whether a question asks what happens when the model or its service is down."""
    return bool(OUTAGE_RE.search(question))


def heads_outage(heading: str) -> bool:
    """Whether a section heading names the model being down ("If MailSentry is down", "Fallback")."""
    return bool(OUTAGE_RE.search(heading))


def opens_on_outage(sentence: str) -> bool:
    """Whether a sentence opens on the model being down: "If Tide is down, the berthing officer books …"."""
    clause = OPENING_CLAUSE_RE.match(sentence)
    return bool(clause and OUTAGE_RE.search(clause.group(0)))


def asks_skipped(question: str) -> bool:
    """Whether a question asks which cases are left out of the model ("which orders should skip the score?")."""
    return bool(SKIP_QUESTION_RE.search(question))


def heads_skipped(heading: str) -> bool:
    """Whether a section heading names the cases the model is not used on ("When the score is not used")."""
    return bool(NOT_USED_HEADING_RE.search(heading))


@dataclass(frozen=True)
class AbsenceAsk:
    """What a question asks of the model's absence, read once per question: whether it is down, or not used."""

    outage: bool = False
    skipped: bool = False

    @classmethod
    def of(cls, question: str) -> "AbsenceAsk":
        return cls(asks_outage(question), asks_skipped(question))

    def __bool__(self) -> bool:
        return self.outage or self.skipped

    def headed_by(self, heading: str) -> bool:
        """Whether a section heading names the absence asked about ("If DoorCheck is down")."""
        return (self.outage and heads_outage(heading)) or (self.skipped and heads_skipped(heading))


def prose_on_absence_leads(asked: AbsenceAsk, prose: list["Unit"], units: list["Unit"],
                           listed: tuple[str, Any]) -> bool:
    """Whether the best prose sits under the section on the asked absence, or opens on the outage asked about, and
    the chosen list does not: asked what happens when the model is down, "If DoorCheck is down" answers, not the
    reviewer's steps elsewhere, nor a table of levels that repeats more of the question's words (a wiki topic's
    comment answering "What do we do if Echo is down?" sits under "Comments", guides-unseen-56)."""
    if not asked or not prose:
        return False
    best = max(prose, key=lambda u: u.score)
    if not (asked.headed_by(best.chunk.heading) or (asked.outage and opens_on_outage(best.text))):
        return False
    kind, ident = listed
    members = [u for u in units if (u.group if kind == "group" else u.block) == ident]
    return not any(asked.headed_by(u.chunk.heading) for u in members)
