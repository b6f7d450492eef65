"""Regexes for the `monitoring` rubric item (Monitoring after launch); its phrases are in phrases/monitoring.yml."""

from bot.core.review.patterns.base import Pattern, item_patterns

PATTERNS = item_patterns(
    "monitoring",
    concrete=(
        Pattern(
            r'\b(daily|weekly|monthly|nightly|every\s+\d+\s+(days|weeks|hours)|every\s+(day'
            r'|week|month|monday|tuesday|wednesday|thursday|friday))\b',
            'Shoppers on our marketplace (4.2 million monthly active buyers, 11 million listings from',
        ),
        Pattern(
            r'\b\d+\s+(random(ly)?\s+)?(sampled\s+)?(conversations|outputs|tickets|notes|summaries|answers'
            r'|responses|transcripts|predictions|queries|emails)\s+(per|a|each|every|/)\s*(day|week|month)\b',
            'per ticket, roughly $1.80 per month at 45,000 tickets per month.',
        ),
        Pattern(
            r'\balert(s|ing)?\b.{0,60}\d+(\.\d+)?\s*(%|ms|s\b|points?|pp)',
            '- **Alerts:** fallback rate > 0.5% for 10 minutes; p95 latency > 380 '
            'ms; first-page click rate on long queries falling',
        ),
        Pattern(
            r'\b\d+(\.\d+)?\s*%\s+(random\s+)?(sample|of\s+(traffic|conversations|outputs|answers|notes))',
            'run a 2-week randomisation experiment on 0.5% of traffic that swaps adjacent results, to estimate',
        ),
        Pattern(
            # a sample of live outputs with its size: "reviews a sample of 100 suggestions from live sites"
            r'\bsample of \d+\b[^.;]{0,40}\b(live|production|real|last|this|each|every|per)\b',
            'reviews a sample of 100 suggestions from live sites every week.',
        ),
        Pattern(
            r'(每天|每周|每月|每日)',
            '销售同事经常在群里问产品参数和报价政策，同样的问题每周要回答很多遍，大家都觉得很耗时。',
        ),
        Pattern(
            r'抽(检|样)\s*\d+',
            '每周抽检 200 条',
        ),
        Pattern(
            r'\d+\s*(条|个|份).{0,6}(每天|每周|/天|/周)',
            '质检 100 条每周复核',
        ),
        Pattern(
            '(?:毎|每)(?:日|週|周|月)|(?:月|週|周)(?:次|に一度)',
            '毎週、担当者が通知の記録を見直す',
        ),
    ),
    cue_patterns=(
        # A standing sample of live cases checked by someone who has not seen the score: "Each month a senior analyst
        # who
        # has not seen TransferGuard's score must carry out full due diligence on a random sample of at least 150
        # requests".
        Pattern(
            r"\b(?:every|each) (?:day|week|month|quarter)\b[^.;]{0,120}?\b(?:random|blind) sample\b"
            r"|\b(?:random|blind) sample\b[^.;]{0,80}?\b(?:every|each) (?:day|week|month|quarter)\b",
            "Each month a senior analyst who has not seen the score checks a random sample of at least 150 requests.",
        ),
        # A person checking live outputs on a day of the week: "every Friday I'll take twenty of the reports".
        Pattern(
            r"\b(?:every|each) (?:monday|tuesday|wednesday|thursday|friday"
            r"|saturday|sunday|morning|day|week|month)\b,? "
            r"(?:[\w-]+ ){1,3}?(?:will )?(?:takes?|pulls?|checks?|samples?"
            r"|reviews?|reads?|looks? at|goes through|go through|"
            r"watch(?:es)?|listens? to|audits?|spot-checks?|re-?checks?)\b",
            "marta: once it is live, every friday i will take twenty of the reports it called duplicates",
        ),
        # A recurring look at live outputs: "each month we compare …", "every week we review …".
        Pattern(
            r'\b(?:each|every) (?:week|month|quarter),? we (?:compare|review|check|sample|look at|audit)\b',
            'Each month we compare the suggested queue with the team that closed the ticket on a sample.',
        ),
        # A signal watched on a cadence: "we'll track the escalation rate monthly".
        Pattern(
            r'\b(?:track|watch|monitor|review|check|report)\w*\b[^.;]{0,40}\b(?:rate|share'
            r'|accuracy|errors?|metrics?|volume|precision|recall|performance)\b'
            r'[^.;]{0,20}\b(?:daily|weekly|monthly|quarterly|every (?:day|week'
            r'|month|quarter)|each (?:day|week|month|quarter))\b',
            "- we'll track the escalation rate monthly",
        ),
        # Outcomes reported to a body on a cadence: "The Office reports referrals and their outcomes to the Committee
        # every term."
        Pattern(
            r"\breport(?:s|ed|ing)?\b[^.;]{0,80}?\bto (?:the |its |our )?[\w' -]{0,40}?"
            r"\b(?:committee|board|panel|council|regulator|director|management|governors|trustees)\b[^.;]{0,20}?"
            r"\b(?:every|each|once a|twice a) (?:week|month|quarter|term|semester|year)\b",
            "The Academic Integrity Office reports referrals and their outcomes to the Committee every term.",
        ),
        # A live rate that pauses it: "If more than 30% of the meetings held in a term end with no case to answer,
        # referrals are suspended until the Committee has reviewed the threshold."
        Pattern(
            r"\bif (?:more|fewer|less) than \d+(?:\.\d+)?\s*(?:%|percent|per cent)[^.;]{0,120}?"
            r"\b(?:is|are|will be|gets?) (?:suspended|paused|stopped|switched off|turned off|halted)\b",
            "If more than 30% of the meetings held in a term end with no case "
            "to answer, referrals are suspended until"
            " the Committee has reviewed the threshold.",
        ),
    ),
)
