"""The author's story: a sentence that narrates what happened once ("On 18 March we moved the tutor to a new
model version.", "Last spring we shipped two versions…", "去年 9 月,我们在商品详情页上线了…").

Guides open with the incident that taught them, and those sentences share the question's words (the same
feature, the same failure), so they were quoted for "what should we do?" as if they were the advice. Over
every answer set's answers (2026-12-05), none of the 48 such sentences quoted stated one of its question's
key points, against 28% of all quoted sentences. They are weighed down, not dropped: a question about what
happened may still want one.
"""

from __future__ import annotations

import re

from bot.core.text import CJK_RE

MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
# A time in the past the sentence opens with. "Since January, 18,400 assistants have been built" is a
# status, and "Early May: the first report" a plan: neither is an opening here.
PAST_TIME_OPENING_RE = re.compile(
    rf"^(?:on|in|during|at the (?:end|start) of)\s+(?:(?:early|mid|late)[- ]?)?(?:(?:the )?\d{{1,2}}(?:st|nd|rd|th)?\s+)?"
    rf"(?:{MONTH}\b|20\d\d\b|\d{{4}}-\d\d-\d\d|q[1-4]\b|last (?:year|quarter|month|week|spring|summer|autumn|fall|winter)\b)"
    r"|^(?:last|earlier this|this past) (?:year|quarter|month|week|spring|summer|autumn|fall|winter|sprint)\b"
    r"|^(?:a|one|two|three|four|five|six|\d+) (?:days?|weeks?|months?|years?) (?:ago|later)\b(?![^.]*\b(?:when|if)\b)"
    r"|^(?:a|one|two|three|four|five|six|\d+) (?:days?|weeks?|months?) after (?:launch|release|go-live|we)\b"
    r"|^(?:in|during) the (?:first|second|third|fourth|\w+) (?:days?|weeks?|months?) (?:after|of) (?:launch|release|go-live|the (?:beta|pilot|launch))\b"
    r"|^(?:去年|前年|上个?月|上周|上季度|今年(?:年初|上半年|\d+\s*月)|\d{1,2}\s*月\s*\d{1,2}\s*日|20\d\d\s*年)"
    # "上线第二个月出了两件事": the month after launch when the story happened.
    r"|^(?:上线|发布|开播|灰度|内测)(?:后)?(?:的)?第[一二三四五六七八九十\d]+(?:个月|周|天)",
    re.IGNORECASE,
)
# A verb in the past tense, the story's own ("we moved", "renamed", "rose", "had").
PAST_VERB_RE = re.compile(
    r"\b(?:\w{3,}ed|went|was|were|had|saw|got|made|took|began|rose|fell|came|found|told|said|lost|spent|ran|grew|"
    r"broke|wrote|sent|led|brought|became|gave|kept|left|paid|sold|set up|put)\b",
    re.IGNORECASE,
)
ZH_PAST_RE = re.compile(r"了|过|我们")


# A sentence or lead-in that introduces the incidents behind the guidance ("Two incidents shaped this page: …",
# "Two trial cases are behind most of the rules below: …", "先说两个教训:", "但试点期间出了三件事:"). What
# follows it is the story that taught the rules, in the question's words, not the rules.
STORY_INTRO_RE = re.compile(
    r"^(?:the |our )?(?:two|three|four|a few|several|some|\d+|these) (?:\w+ ){0,2}"
    r"(?:lessons?|incidents?|cases|things|events|mistakes|stories|failures|complaints)\b[^.:]{0,40}?"
    r"\b(?:shaped|are behind|were behind|led to|prompted|taught us|drove|triggered|are why|were why|"
    r"are the reason|were the reason)\b"
    # "This version follows two complaints: …", "The policy grew out of three incidents: …".
    r"|^(?:this|the|our) \w+(?: \w+)? (?:follows|came out of|grew out of|was written after|comes from) "
    r"(?:two|three|four|a few|several|some|\d+|an?|one) (?:\w+ ){0,2}(?:complaints?|incidents?|cases?|mistakes?|"
    r"failures?|near misses|events?|lessons?)\b"
    r"|^(?:先说|先讲)[^,，。]{0,8}(?:教训|事故|坑|[一两二三四五几\d]件事)[:：]?$"
    r"|(?:出了|出过)[一二两三四五六七八九十几\d]+(?:件事|起事故|个问题)[:：]$"
    r"|^[^,，。]{0,10}(?:教训|踩过的坑)[:：]$",
    re.IGNORECASE,
)


def introduces_story(sentence: str) -> bool:
    """Whether the sentence introduces the incidents that taught the page its rules."""
    return bool(STORY_INTRO_RE.search(sentence.strip()))


def narrates_past_event(sentence: str) -> bool:
    """Whether the sentence tells what happened at a time in the past, rather than what to do."""
    text = sentence.strip()
    if not PAST_TIME_OPENING_RE.search(text):
        return False
    return bool((ZH_PAST_RE if CJK_RE.search(text) else PAST_VERB_RE).search(text))
