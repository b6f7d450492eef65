"""A question asking how long something is kept is answered by the period of keeping (guides-unseen-37's
"How long should we keep the flags …?"), though the page names the things otherwise ("bands") and says
"deleted after", not "keep", and other sentences repeat more of the question's words."""

from __future__ import annotations

from bot.core.quoting import asks_for_retention, states_retention
from tests.conftest import answerer_of_pages

PAGE = """# Fraud Flags: rules for the payments team

Fraud Flags marks card payments that look like fraud and shows the analyst a band, never a verdict.

## What gets flagged

- Payments over £500 from a device the customer has never used.
- Payments to a payee added in the last 24 hours.
- Flags are never raised on payments between a customer's own accounts.
- The fraud model never blocks a payment by itself.

## What the analyst does

- Call the customer within 2 hours of a red band.
- Record one outcome: Genuine, Fraud or No contact.

## Customer rights and data

A customer can ask why a payment was held, and gets an answer within 5 working days. Bands closed as Genuine
are deleted after 30 days; all other bands and outcomes are deleted 6 years after the account closes.
"""


def test_how_long_to_keep_is_answered_by_the_period_of_keeping(tmp_path_factory, embedder):
    answerer = answerer_of_pages(tmp_path_factory, embedder, "retention", {"fraud-flags.md": PAGE})
    answer = answerer.ask("How long should we keep the flags from our fraud model?").answer
    assert "deleted after 30 days" in answer, answer


def test_a_retention_question_and_a_period_of_keeping_are_told_apart_from_other_numbers():
    assert asks_for_retention("How long should we keep the flags?")
    assert asks_for_retention("原始音频要保留多久？")
    assert not asks_for_retention("How long does a review take?")
    assert states_retention("Scores are kept for 24 months, then deleted.")
    assert states_retention("录音保存 7 天,到期自动删除。")
    assert not states_retention("A test set of 6,000 essays, across 12 subjects.")
    assert not states_retention("Call the customer within 2 hours of a red band.")
