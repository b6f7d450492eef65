"""Listener pieces every surface shares."""

from __future__ import annotations


def acknowledge(ack) -> None:
    """The ack half of a lazy listener: answer Slack at once, before any model work."""
    ack()


def ignore(ack) -> None:
    """Events we get but don't answer (edits, deletions, bots, chatter): acknowledged, dropped."""
    ack()
