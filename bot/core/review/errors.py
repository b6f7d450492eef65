"""The reviewer's own configuration error, in a module of its own so rubric.py and exemplars.py can both
raise it without importing each other."""

from __future__ import annotations


class RubricError(ValueError):
    """rubric.yml, exemplars.yml or a patterns/phrases/<item>.yml is malformed; the message names the item (or
    file) and the field.

    Not a UserError: the rubric ships with the bot, so a malformed one is a bug to fix, not a user's mistake."""
