"""Chat shorthand spelled out before a question is matched against guidance.

PMs ask in Slack as they type there: "how do we check ppl actually read what it writes", "is it worth it
bc eng is busy". Guidance is written out ("people", "because", "engineering"), and neither the English-only
embedder nor lexical search knows the shorthand, so a chat question lost the very word that named its
subject. Only unambiguous shorthand is expanded, whole words only; the PM's own words are what any
reply or escalation shows.
"""

from __future__ import annotations

import re

SHORTHAND = {
    "ppl": "people", "pls": "please", "plz": "please", "thx": "thanks", "bc": "because", "b/c": "because",
    "cuz": "because", "coz": "because", "w/o": "without", "w/": "with", "abt": "about", "tho": "though",
    "thru": "through", "rn": "right now", "idk": "I don't know", "imo": "in my opinion", "smth": "something",
    "sth": "something", "msg": "message", "msgs": "messages", "convo": "conversation", "convos": "conversations",
    "mgmt": "management", "govt": "government", "eng": "engineering", "devs": "developers", "prod": "production",
    "perf": "performance", "reqs": "requirements", "approx": "approximately", "b4": "before", "ur": "your",
    "u": "you", "gonna": "going to", "wanna": "want to", "gotta": "have to", "dunno": "don't know",
    "kinda": "kind of", "sorta": "sort of", "lemme": "let me", "hrs": "hours", "mins": "minutes",
    "wks": "weeks", "yrs": "years", "custs": "customers", "acct": "account", "accts": "accounts",
    # The auxiliary a question turns on ("when shud our forecaster ignore the score??"): action_headings reads it.
    "shud": "should", "shld": "should", "wud": "would", "wld": "would",
}
SHORTHAND_RE = re.compile(
    r"(?<![\w/])(" + "|".join(re.escape(k) for k in sorted(SHORTHAND, key=len, reverse=True)) + r")(?![\w/]|\.\w)",  # "U.S." is no "you"
    re.IGNORECASE,
)


def spelled_out(question: str) -> str:
    """`question` with chat shorthand written out ("ppl" → "people"); anything else unchanged."""
    return SHORTHAND_RE.sub(lambda m: SHORTHAND[m.group(1).lower()], question)
