"""Regexes for the `failure_modes` item (Failure modes and fallback); its phrases are in phrases/failure_modes.yml."""

from bot.core.review.patterns.base import Pattern, item_patterns

PATTERNS = item_patterns(
    "failure_modes",
    concrete=(
        Pattern(
            r'\b(if|when)\b.{0,80}\b(fall(s)?\s*back|route[sd]?|escalate[sd]?|hand(s'
            r'|ed)?\s*off|default(s)?\s+to|abstains?|shows? nothing)\b',
            '4. **OCR failure** on poor scans: if OCR confidence is below 0.8 on more than 10% of '
            'pages, the contract falls back to the manual intake flow with a banner',
        ),
        Pattern(
            r'\b(timeout|time-out|times out)\b.{0,40}\d+\s*(ms|s|seconds)\b',
            '| Reranker timeout (> 80 ms) or service down | infra incident | slow',
        ),
        Pattern(
            r'\bconfidence\b.{0,60}?\b(<|below|under|is below|lower than)\s*0?\.\d+',
            '4. **OCR failure** on poor scans: if OCR confidence is below '
            '0.8 on more than 10% of pages, the contract',
        ),
        Pattern(
            r'\b\d+(\.\d+)?\s*%\s+of\s+(cases|tickets|errors|requests|answers|outputs)\b',
            'request type and system, and only about 30% of requests ever came through it, people just keep writing',
        ),
        Pattern(
            r'(如果|当|若).{0,40}(转人工|兜底|降级|拒答)',
            '如果模型不确定就转人工',
        ),
    ),
    cue_patterns=(
        # A part that can fail, named as a hazard: "Probe fault.", "Server or network loss.", "camera outage".
        Pattern(
            r"\b(?:server|network|connection|power|sensor|probe|camera|scanner|gps"
            r"|internet|link|feed|device)\s+(?:or\s+[\w-]+\s+)?"
            r"(?:loss|lost|fault|faults|failure|failures|outage|outages|dropout|dropouts)\b",
            "G6.4  Server or network loss. Sn: the last dose the operator set stays on the pumps",
        ),
        # The output held back when it cannot be trusted: "if they disagree by more than 25% the advice is withheld".
        Pattern(
            r"\b(?:advice|answer|suggestion|recommendation|prediction|score|result"
            r"|output)\s+is\s+(?:withheld|suppressed|held back)\b",
            "if they disagree by more than 25% the advice is withheld",
        ),
        # A failure and the person who takes over: "If a request has no text, or the photo will not load, a
        # person sorts it."
        Pattern(
            r"\bif (?:a|an|the) [\w-]+ (?:has no|is missing|will not|won't"
            r"|can't|cannot|fails|is unreadable|doesn't)\b"
            r"[^.;]{0,60},\s*(?:a person|someone|a human|staff|an? \w+ officer)\b",
            "If a request has no text, or the photo will not load, a person sorts it.",
        ),
        # A failure raised as a worry or seen once, with no plan for it: "点评错了学员不服怎么办？", "In one of Ben's
        # drafts it put the service on the wrong day."
        Pattern(
            r"(?:错了|出错|不准)[^？?。]{0,12}怎么办|\bon the wrong (?:day|date|person|patient|account|address|customer)\b",
            "4. In one of Ben's drafts it put the service on the wrong day. What do we do about that?",
        ),
        # a dependency failing, said as a condition: "if the check errors or takes longer than 5 seconds, …"
        Pattern(
            r"\bif (?:the|it|our|an?) (?:[\w-]+ ){0,3}(?:errors|errors out|crashes|takes longer than|times? out)\b",
            "If the check errors or takes longer than 5 seconds, the proof page loads without a banner",
        ),
        # a system it depends on failing: "if the order system doesn't answer, the agent gets the macro"
        Pattern(r"\b(?:does not|doesn't|did not|cannot|can't|fails to) (?:answer|respond|load|reply)\b",
                "if the order system doesn't answer, the agent gets the plain macro instead of a draft"),
        # "If it doesn't know — it says so and offers to open a ticket."
        Pattern(
            r"\bif it (?:does not|doesn.t) know\b",
            "If it doesn't know, it says so and offers to open a ticket.",
        ),
        # What it gets wrong: "the notes got customer names and numbers wrong".
        Pattern(
            r'\b(?:got|gets|get|getting)\b[^.;]{0,40}\bwrong\b',
            'The notes got customer names and numbers wrong and reps stopped trusting them.',
        ),
        Pattern(
            r"\b(?:gets?|got)\s+(?:an?|the)\s+\w+\s+wrong\b",
            'and if it gets an amount wrong?',
        ),
    ),
    # Of the 285 labelled specs the rules are written from (not the held-out third), 54 leave failure modes
    # out; the longest two are 400-word model specs ("replace the v1 fraud score with XGBoost": data, model,
    # metrics, nothing else), and none of the 90 with 450 words or more does. Replayed on first sight
    # (unseen-10 to -45, each reviewed by the code of its day), 11 of 11 `missing` verdicts on it in specs
    # that long were wrong: the reviewer had failed to find it, not the spec to say it.
    implied_from=450,
)
