"""A lead-in whose colon is followed by a few words ("The part that made the numbers believable: a holdout.")
is quoted whole: cut at its colon it read "a holdout." (eval/guides-unseen-24 prompted it)."""

from __future__ import annotations

import pytest

from bot.core.answer_units import lead_after_colon
from ingest.social_posts import mark_bold_headings
from tests.conftest import answerer_of_pages


def test_a_lead_in_is_cut_at_its_colon_only_when_the_rest_stands_alone():
    assert lead_after_colon("Here is the simplest mental model: An AI PM answers these 7 questions.") == \
        "An AI PM answers these 7 questions."
    assert lead_after_colon("The part that made the numbers believable: a holdout.") == \
        "The part that made the numbers believable: a holdout."


def test_a_colon_inside_brackets_is_no_place_to_cut_a_lead_in():
    """guides-unseen-49's Gerrit page: cut at its aside's colon, the never-list's lead-in read "no draft, routed
    to a senior adjudicator):" and no longer said it was the never-list."""
    lead = "Never left to Tallis (config: no draft, routed to a senior adjudicator):"
    assert lead_after_colon(lead) == lead
    assert lead_after_colon("What we keep (see note: below): the bands and who set them.") == \
        "the bands and who set them."


NEVER_LIST = """Tallis: decision drafts

What it does: Tallis drafts the adjudicator's decision on a deposit dispute, with a suggested award per item.

Bands, per claim item:
- 80-100: the adjudicator checks the item against both reports before accepting the suggested award.
- 0-49: no suggested award; the item shows the evidence only.

Never left to Tallis (config: no draft, routed to a senior adjudicator):
- disputes over £5,000 in total;
- claims about fire, flood, smoke damage or pests;
- disputes with a court claim or a solicitor acting for either side.
"""


def test_the_never_list_answers_which_cases_never_to_let_it_draft(tmp_path_factory, embedder):
    answer = answerer_of_pages(tmp_path_factory, embedder, "never-tallis", {"tallis.txt": NEVER_LIST}).ask(
        "ugh our deposit dispute ai counted one scuff as two items lol. which cases shud ppl never let it draft?? "
        "like floods or pests").answer
    assert "fire, flood, smoke damage or pests" in answer and "£5,000" in answer, answer


def test_a_bold_run_in_label_with_a_short_answer_stays_in_its_sentence():
    bold = "".join(chr(0x1D5D4 + ord(c) - ord("A")) if c.isupper() else
                   chr(0x1D5EE + ord(c) - ord("a")) if c.islower() else c for c in "What made it work:")
    marked = mark_bold_headings(f"We shipped it twice.\n{bold} a holdout. 1) we kept 10% of teams out")
    assert "## What made it work" in marked and "What made it work: a holdout." in marked


PAGE = """How we measured our reply assistant

What made the numbers believable

The part that made the numbers believable: a holdout.
1) we kept 10% of support teams without the assistant for 8 weeks,
2) we assigned the teams at random, not by who asked first,
3) we compared the two groups on time to send and reopen rate.

Before and after comparisons flattered the assistant by about 20%.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, embedder):
    return answerer_of_pages(tmp_path_factory, embedder, "short-lead", {"measuring.txt": PAGE})


def test_the_quoted_lead_in_says_what_its_list_is(answerer):
    answer = answerer.ask("How did you make the numbers about the reply assistant believable?").answer
    assert "we kept 10% of support teams" in answer
    assert "The part that made the numbers believable: a holdout." in answer
