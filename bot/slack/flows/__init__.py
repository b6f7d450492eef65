"""Flows several Slack surfaces share: ask, review, escalate (and the conversation router)."""
