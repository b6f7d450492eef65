"""Regexes for the `fairness_safety` item (Fairness and safety); its phrases are in phrases/fairness_safety.yml."""

from bot.core.review.patterns.base import Pattern, item_patterns

PATTERNS = item_patterns(
    "fairness_safety",
    concrete=(
        Pattern(
            r'\b(each|every|per|all)\s+(segment|language|region|demographic|group'
            r'|locale|tier|specialty|accent)s?\b.{0,80}\d',
            'patient sex and age band on the eval set, and each segment must be '
            'within 2 points of the overall clinically significant',
        ),
        Pattern(
            r'\bwithin\s+\d+(\.\d+)?\s*(pp|percentage points?|points?|%)',
            'on the eval set, and each segment must be within 2 points of the overall clinically significant error',
        ),
        Pattern(
            r'\b\d+\s+(adversarial|red[- ]team|jailbreak|prompt[- ]injection|injection|abuse|attack'
            r'|safety)\s+(prompts|cases|examples|attacks|attempts|scenarios|tests)\b',
            'we ran 200 jailbreak prompts',
        ),
        Pattern(
            r'\bgap\b.{0,30}\d+(\.\d+)?\s*(pp|%|points?)',
            'reviewed with Legal and People Analytics; a gap above 3 points '
            'pauses the feature for the affected roles.',
        ),
        Pattern(
            r'\b(four-fifths|4/5|80%)\s+rule\b',
            'selection rates follow the four-fifths rule',
        ),
        Pattern(
            r'\d+\s*(条|个)\s*(攻击|越狱|对抗|红队|注入)',
            '用 300 条攻击样本做红队测试',
        ),
        Pattern(
            r'差(距|异).{0,10}\d+(\.\d+)?\s*(%|％|个百分点)',
            '各地区准确率差距不超过 5 个百分点',
        ),
    ),
    cue_patterns=(
        # The groups themselves reported apart: "Groups reported separately in PD-121 and the shadow trial: storm
        # hours, …".
        Pattern(
            r"\b(?:groups?|segments?|subgroups?|cohorts?)\s+(?:are\s+|were\s+"
            r"|is\s+)?(?:reported|measured|scored|tracked|evaluated)\s+separately\b",
            "C8.1  Groups reported separately in PD-121 and the shadow trial: "
            "storm hours, cold water and normal hours.",
        ),
        # Results per group of users or cases: "backtest on the last 3 months, reported per region".
        Pattern(
            r"\b(?:reported|measured|broken down|split|sliced|results?|accuracy"
            r"|scores?)\s+(?:per|by)\s+(?:region|country|"
            r"language|segment|age group|store|branch|site|department|species|job family|contract type)\b",
            "[09:36] Tom: eval = backtest on the last 3 months held out from training, reported per region",
        ),
        # A group it serves worse, said with no measure: "it's clearly worse for rabbits and reptiles".
        Pattern(
            r"\b(?:clearly|much|noticeably|a lot|far|definitely) worse (?:for|on|with)\b",
            "Honest gaps: it's clearly worse for rabbits and reptiles, but nobody has measured how much worse.",
        ),
        # Kinds of case it may serve worse, named with no rate and nothing done: "some kinds of vehicle, such as
        # car transporters, … may be harder for ClearHeight to measure"; its misses falling on one kind: "24 of
        # the 29 cracked eggs that CrackEye missed were white or speckled". The item named, not its substance.
        Pattern(
            r"\b(?:some|certain|particular)\s+(?:kinds?|types?|sorts?|classes|categories|groups?)\s+of\s+[^.;:]{2,100}?"
            r"\b(?:may|might|could|can|will|would|are|were|is|was)\s+(?:be\s+)?(?:harder|more difficult"
            r"|less accurate|less reliable|worse)\b"
            r"|\b\d+\s+of\s+the\s+\d+\s+[\w -]{2,40}?\s+(?:that|which)\s+(?:[\w-]+\s+){1,3}?(?:missed|got wrong|misread"
            r"|misclassified)\s+were\b",
            "Some kinds of parcel, such as padded envelopes and tubes, may be harder for the scanner to read.",
        ),
        # Conditions it may detect worse in, with no figure: "detection at night and in heavy rain or fog may be lower
        # than in daylight".
        Pattern(
            r"\b(?:detection|accuracy|recall|precision|performance|error rates?|results)\b[^.;]{0,60}\b(?:may|might"
            r"|could|is|are|will)\s+be\s+(?:lower|higher|worse|weaker|poorer)\s+than\s+(?:in|on|for|with|during|at)\b",
            "Detection at night and in heavy rain may be lower than in daylight.",
        ),
        # A kind of case it errs on more, with no figure: "old uprights are the hardest case, and we know it flags more
        # on them".
        Pattern(
            r"\b(?:it|the model|the system|the tool)\s+(?:flags?|rejects?|misses|fails?|errs?|struggles?)\s+more\s+"
            r"(?:\w+\s+)?(?:on|for|with)\b",
            "Old uprights are the hardest case, and we know it flags more on them.",
        ),
        # one group served worse than another: "whether it's worse on WAEC results than on Indian CBSE ones"
        Pattern(
            r"\b(?:worse|better|less accurate|more accurate|weaker|stronger) (?:on|for"
            r"|with),? [\w'’, -]{2,40}? than (?:on|for|with)\b",
            "whether it's worse on, like, WAEC results than on Indian CBSE ones",
        ),
        # a figure compared across groups of users: "compare recall across company-size segments"
        Pattern(
            r"\bacross [\w -]{0,20}segments\b",
            'the PM shall compare recall across company-size segments before launch',
        ),
        Pattern(
            r'\btreats?\b[^.;?]{0,40}\b(worse|differently|unfairly)\b',
            'Any risk it treats some suppliers worse?',
        ),
        # Figures for a group reported on their own: "backlog days for our 200 smallest suppliers separately".
        Pattern(
            r'\b(report|measure|track)\w*\b[^.;]{0,60}\bfor\b[^.;]{0,50}\bseparately\b',
            "We'll report backlog days for our 200 smallest suppliers separately",
        ),
        # ... or "separately for" them: "The leaderboard also reports the F2 score separately for the 430 blocks that
        # …".
        Pattern(
            r'\b(?:report|measure|track|score|comput|publish)\w*\b[^.;]{0,60}\bseparately\s+for\b',
            'The leaderboard also reports the F2 score separately for the '
            '430 blocks that have no sensor of their own',
        ),
        Pattern(
            r'\b(older|younger|elderly|female|male|women|men|minority|non-native|foreign|overseas|disabled'
            r'|low-income|rural|new|newer|first-time)\s+(?:\w+\s+)?(users|customers|patients|people'
            r'|applicants|drivers|employees|speakers|candidates|students'
            r'|members)\b[^.;]{0,60}\b(more|less|worse|better|differently|unfairly|as often|than)\b',
            'we check that older or overseas customers are not flagged more often than others',
        ),
        # The bar held for a group, not only on average: "4 in Castlegate and Northfield too, not just on the borough
        # average", "the half has to hold in those wards on their own and not only across the borough".
        Pattern(
            r"\bnot (?:just|only|simply) (?:on |across |for |in )?(?:the |a |our )?(?:[\w-]+ )?(?:average|overall|"
            r"as a whole|across the [\w-]+|in aggregate)\b",
            "down from 11 days to 4 by next winter, and 4 in Castlegate and "
            "Northfield too, not just on the borough average",
        ),
        Pattern(
            r'\b(more|less)\s+(often\s+)?than\s+(others|other (groups|users|customers|people|regions))\b',
            'make sure it does not call some neighbourhoods more than others',
        ),
        # One group served worse, by the figures: "92% of images of black C57BL/6 mice but only 71% for white BALB/c
        # mice" (a licence summary, unseen-86).
        Pattern(
            r"\b\d+(?:\.\d+)?%[^.;]{0,80}?\bbut only\s+(?:\d+\s+of\s+\d+\s+\()?\d+(?:\.\d+)?%?\)?\s+(?:for|of|on|in|among)\b",
            "It agreed on 92% of images of black C57BL/6 mice but only 71% for white BALB/c mice.",
        ),
    ),
)
