"""A Word draft exported with its tracked changes showing: the text as it will read once they are accepted.

"… within [Deleted: 30 minutes][Inserted: 15 minutes], 24/7.[Comment MK2]": the deleted words are what the
author took back, so quoting them would give the old, wrong advice; the inserted words are the advice; format
notes ("[Formatted: Bulleted + Level: 1]"), comment anchors and each comment's "Name  date time" line say
nothing. The comments themselves stay: they are the reviewers' own words, and often the reason for a change.
"""

from __future__ import annotations

import re

DELETED_RE = re.compile(r"\[Deleted:[^\[\]]*\]")
INSERTED_RE = re.compile(r"\[Inserted:\s*([^\[\]]*)\]")
FORMATTED_RE = re.compile(r"\[Formatted:[^\[\]]*\]")
COMMENT_ANCHOR_RE = re.compile(r"\[Comment [A-Z]{1,4}\d+\]")
# A comment thread's header lines: "[MK2] Mark Kim  03/02/2026 11:05", "    Jane Doe replied  03/02/2026 11:20".
COMMENT_HEADER_RE = re.compile(
    r"^\s*(?:\[[A-Z]{1,4}\d+\]\s+)?[A-Z][\w'.-]*(?:\s[A-Z][\w'.-]*){0,3}\s+(?:replied\s+)?\d{1,2}/\d{1,2}/\d{2,4}\s+\d{1,2}:\d{2}\s*$"
)
MIN_MARKS = 2  # one "[Deleted: …]" could be a quotation; two marks of any kind are an export's


def accept_tracked_changes(text: str) -> str:
    """`text` with its tracked changes accepted, or unchanged when it carries none."""
    marks = sum(len(pattern.findall(text)) for pattern in (DELETED_RE, INSERTED_RE, FORMATTED_RE, COMMENT_ANCHOR_RE))
    if marks < MIN_MARKS:
        return text
    lines = []
    in_comments = False
    for line in text.split("\n"):
        if COMMENT_HEADER_RE.match(line):
            in_comments = True  # who commented and when; the replies under it are indented prose, not a list
            continue
        if in_comments:
            line = line.strip()
        edited = COMMENT_ANCHOR_RE.sub("", FORMATTED_RE.sub("", INSERTED_RE.sub(r"\1", DELETED_RE.sub("", line))))
        if edited.strip() or not line.strip():
            lines.append(re.sub(r" {2,}(?=\S)", " ", edited) if edited != line else line)  # no line left only a note
    return "\n".join(lines)
