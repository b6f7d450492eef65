"""The one base for errors whose message is safe and sufficient to show the person using the bot.

Raise a subclass (or `UserError` itself) with a message written for that person; the CLI prints it as
`aipm: <message>` and the Slack layer posts it, so neither has to translate each module's own errors.
Anything that is not a `UserError` is a bug and is logged with its traceback instead.

This module imports nothing of the project, so any layer may raise these without an import cycle."""

from __future__ import annotations


class UserError(Exception):
    """An error whose message is the whole story for the person at the terminal or in Slack."""


class FriendlyError(UserError, RuntimeError):
    """A user error raised by the command line itself (a missing file, an empty index, a bad flag)."""
