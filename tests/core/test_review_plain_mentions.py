"""An item named in plain words, without its substance, is `partial`, not `missing`: where the records sit
("the archive is in S3") and a bar said with no number ("Needs to be accurate"). eval/specs-v2/unseen-46,
-47 and -49 had each called missing."""

from __future__ import annotations

import pytest

from bot.core.review.reviewer import Reviewer

MEETING_NOTES = """Mailroom scan routing - kickoff notes

- Post room scans ~1,200 letters a day, staff sort them into 40 team queues by hand
- Idea: model reads the scan and picks the queue
- Needs to be accurate
- Anything it isn't sure about goes to the manual queue like today
- Start with the finance team queues
"""

TICKET_DATA = """Summary: Warn customers when their label artwork will print with the barcode cut off

Description:
Last quarter we reprinted 930 label orders at about £31 a reprint, and "barcode would not scan" was the top reason.
Proposal: run a vision check on the rendered proof and show a banner when the barcode is likely to be cut.

Comments:
Priya: The upload archive is in S3 and the reprint reasons are in Zendesk, so there's something to work with.
"""


@pytest.fixture(scope="module")
def reviewer(knowledge_index) -> Reviewer:
    return Reviewer(knowledge_index.settings, knowledge_index)




FAIRNESS_MENTIONS = {
    "reported per region": (
        "[09:31] Ana: idea is a model that predicts delivery ETA from the order, the courier and traffic\n"
        "[09:34] Ana: today the ETA is a fixed 45 min and 30% of orders arrive late\n"
        "[09:36] Tom: eval = backtest on the last 3 months held out from training, reported per region\n"
    ),
    "clearly worse for rabbits": (
        "Subject: Handover: discharge letters\n\n"
        "The assistant drafts the discharge letter from the vet's consult notes, and the vet edits and signs it.\n"
        "Honest gaps: it's clearly worse for rabbits and reptiles, but nobody has measured how much worse.\n"
    ),
    "look at the data protection side": (
        "From: Dawn\nSubject: payroll checks\n\nThe auditors found 57 people underpaid last year.\n\n"
        "Before anything goes into the vendor's cloud I'd like Lisa to look at the data protection side.\n"
    ),
    "check with the DPO": (
        "Mailroom scan routing - kickoff notes\n\n"
        "- Post room scans ~1,200 letters a day and staff sort them into 40 team queues by hand\n"
        "- Post includes bank details, medical letters etc. - Carla to check with the DPO what we can send to the model\n"
    ),
}



GOALS_WITHOUT_NUMBERS = {
    "Targets TBD": (
        "# Floor area from floorplans\n\n"
        "| Area | Plan |\n|---|---|\n"
        "| Problem | Only 29% of our 1.3 million listings a year give a floor area, so buyers can't compare homes. |\n"
        "| Goal | Show a floor area on far more listings, and lift enquiries. Targets TBD with Commercial. |\n"
    ),
    "never put a number on it": (
        "Subject: Handover: discharge letters\n\n"
        "The assistant drafts the discharge letter from the vet's consult notes, and the vet edits and signs it.\n"
        'What "working" would mean for me: the nurses get their time back, and fewer of those "what did the vet '
        'say" calls. We never put a number on it.\n'
    ),
}



NAMED_WITHOUT_SUBSTANCE = [
    ("thresholds", "Needs to be accurate", MEETING_NOTES),
    ("data", "archive is in S3", TICKET_DATA),
    ("evaluation", "try it with the last cohort's questions",
     "An assistant that answers new starters' HR questions from our policy pages.\n\n"
     "Before we open it up, HR will try it with the last cohort's questions and see whether the answers look right.\n"),
    ("evaluation", "run it silently for two weeks",
     "- alert triage: model groups related alerts so on-call sees one page, not forty\n"
     "- run it silently for two weeks and check that it never collapses an alert that turned into an incident\n"),
    ("thresholds", "It should tag accurately",
     "## Problem\nOur returns team tags the free-text reason on about 9,000 return requests a week by hand.\n\n"
     "## Quality\nIt should tag accurately.\n"),
    ("thresholds", "才给顾问用",
     "## 背景\n顾问每天要从 300 多位阿姨里人工挑人，平均一单要 40 分钟。\n\n"
     "## 上线条件\n离线效果要明显比顾问现在挑的好，才给顾问用。\n"),
    # eval/specs-v2/unseen-50: a bar left for later, a replay of past cases, one failure a person takes over,
    # and the checks in place said to miss.
    ("thresholds", "完再定",
     "## 背景\n12 名值班员分三班盯 148 路摄像头，从起火到发现平均 47 分钟。\n\n"
     "## 推送规则\nconfidence 够高才推送给值班员，具体数字等 test 完再定。\n"),
    ("evaluation", "replay last spring's nights",
     "## Problem\nFrost cost us about £186,000 of blossom last April; the wall alarm went off an hour too late.\n\n"
     "## Checking it works\nWe'll replay last spring's nights through it and see whether it would have caught "
     "the three bad ones.\n"),
    ("failure_modes", "a person sorts it",
     "Repair requests: AI sorting\n\nStudents send about 900 repair requests a month; two staff sort them by hand.\n\n"
     "If a request has no text, or the photo will not load, a person sorts it.\n"),
    ("need_for_ai", "a handful of fixed things",
     "From: Dawn\nSubject: payroll checks\n\nThe auditors found 57 people underpaid last year.\n\n"
     "> Our own checks are a spreadsheet that looks at a handful of fixed things (gross pay over £4,000, hours "
     "over 60 in a week) and obviously they didn't catch most of what the auditors found.\n"),
]


# A group or personal data named without a measure; an outcome wanted with its number left for later.
NAMED_WITHOUT_SUBSTANCE += [("fairness_safety", words, spec) for words, spec in FAIRNESS_MENTIONS.items()]
NAMED_WITHOUT_SUBSTANCE += [("success_metrics", words, spec) for words, spec in GOALS_WITHOUT_NUMBERS.items()]


@pytest.mark.parametrize(("item", "words", "spec"), NAMED_WITHOUT_SUBSTANCE, ids=[w for _, w, _ in NAMED_WITHOUT_SUBSTANCE])
def test_an_item_named_without_its_substance_is_partial(reviewer, item, words, spec):
    verdict = reviewer.review(spec).item(item)
    assert verdict.status == "partial"
    assert any(words in quote for quote in verdict.evidence), verdict.evidence


def test_a_heading_on_why_the_simpler_thing_falls_short_holds_the_why_ai(reviewer):
    """"Why a better script won't do it" over a measured rules script (eval/specs-v2/unseen-46) and "Why the
    current script isn't enough" (unseen-44) hold the spec's why-AI; both were called missing."""
    spec = ("# Bundle indexing\n\n## Problem\nIndexing a hearing bundle takes a median 6.5 hours; 9 bundles came back "
            "for index errors this year.\n\n## Why a better script won't do it\nIn 2025 we wrote a rules script that "
            "splits on blank pages and takes the first date it finds; on 40 finished bundles it found 61% of document "
            "boundaries and the right date for 48% of documents.\n")
    why = reviewer.review(spec).item("need_for_ai")
    assert why.status == "present"
    assert any("rules script" in quote for quote in why.evidence), why.evidence


def test_the_time_a_person_spends_on_each_case_today_states_the_problem(reviewer):
    """A Slack thread (eval/specs-v2/unseen-40) stated its problem as a share and a time per call, "an
    attendant takes ~40 sec per call", in chat lines with no heading: the problem was called missing."""
    thread = ("#sco-product-ideas\n\nMegan Rossi  10:12 AM\nidea: camera over the self-checkout scale that recognises "
              "loose fruit & veg so customers don't have to hunt through the picture menu\nnumbers from the Leith store: "
              "produce lookups are 38% of all \"help needed\" lights at SCO, and an attendant takes ~40 sec per call\n")
    problem = reviewer.review(thread).item("problem")
    assert problem.status != "missing"
    assert any("40 sec per call" in quote for quote in problem.evidence), problem.evidence


@pytest.mark.parametrize("line", [
    "A system that transcribes consultations and drafts a structured note for the clinician to edit and sign.",
    "Flagged listings go to T&S for manual review (process TBD with Dana).",
    "A ranking model suggests the five colleagues most likely to accept; the requester picks whom to ask in the app.",
    # eval/specs-v2/unseen-50: the person's own click is the only thing that acts; it never acts itself.
    "The only thing that books an appointment is the nurse clicking a route herself, whichever one she picks.",
    "FrostCall only sends texts, and it never starts a fan.",
    "The night grower decides whether to start the fans, block by block.",
])
def test_a_person_deciding_on_what_the_ai_drafts_is_partial_user_trust(reviewer, line):
    """A person who edits, reviews or picks from what the AI offers, said with no detail of how
    (eval/specs-v2/unseen-9, -18, -43, -50): user trust was called missing."""
    spec = f"# Proposal\n\nToday the team does this by hand, about 400 cases a week.\n\n{line}\n"
    trust = reviewer.review(spec).item("user_trust")
    assert trust.status != "missing"
    assert any(line[:40] in quote for quote in trust.evidence), trust.evidence


@pytest.mark.parametrize("line", [
    "4. In one of Ben's drafts it put the service on the wrong day. What do we do about that?",
    "| 3 | @孙悦（运营） | AI 点评和教练说的不一样，学员听谁的？点评错了学员不服怎么办？ | 待定 |",
])
def test_a_failure_seen_once_or_raised_as_a_worry_is_a_partial_failure_mode(reviewer, line):
    """A failure seen in a draft, or a worry in a review table, with no plan for it (eval/specs-v2/unseen-30,
    -31): failure modes were called missing."""
    spec = f"Funeral notices: AI drafts from the family's form\n\nStaff write about 60 notices a month by hand.\n\n{line}\n"
    failure = reviewer.review(spec).item("failure_modes")
    assert failure.status == "partial"
    assert failure.evidence, failure.reason
