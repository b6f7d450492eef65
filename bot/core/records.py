"""The words the records use, as enums: a typo in a status or trigger fails at once, not in Slack.

`StrEnum` members are the strings stored in the database, so rows read back compare equal to them.
"""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    """Where an escalation stands."""

    OPEN = "open"
    ANSWERED = "answered"  # a coach wrote the answer
    APPROVED = "approved"  # a coach approved the bot's draft
    DISMISSED = "dismissed"


HANDLED_WITH_AN_ANSWER = (Status.ANSWERED, Status.APPROVED)


class Trigger(StrEnum):
    """Why a question went to a coach."""

    LOW_CONFIDENCE = "low_confidence"
    ASKED = "asked"  # someone pressed *Ask a human*
    THUMBS_DOWN = "thumbs_down"  # 👎, then asked for a human
