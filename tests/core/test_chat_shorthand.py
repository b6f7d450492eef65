"""Chat shorthand in a question is matched as the words guidance uses ("ppl" → "people")."""

from __future__ import annotations

import pytest

from bot.core.answering import Answerer
from bot.core.chat_shorthand import spelled_out
from tests.conftest import answerer_of_pages


@pytest.mark.parametrize(("typed", "matched"), [
    ("how do we check ppl actually read it", "how do we check people actually read it"),
    ("worth it bc eng is busy w/ the launch?", "worth it because engineering is busy with the launch?"),
    ("can u do it w/o a model", "can you do it without a model"),
    ("when shud our forecaster ignore the score??", "when should our forecaster ignore the score??"),
    # Not shorthand: an abbreviation with a dot, a word that merely contains one, a slash pair.
    ("U.S. users first", "U.S. users first"),
    ("the bcc line and the prodigy", "the bcc line and the prodigy"),
    ("a/b test the input/output", "a/b test the input/output"),
])
def test_shorthand_is_spelled_out_and_nothing_else_changes(typed, matched):
    assert spelled_out(typed) == matched


CHECKING = """How we measure whether people still check

We plant one known mistake in every 200 drafts and count how many get caught.
A senior lawyer re-reviews a random 1% of accepted outputs every week.
"""

WRITING = """What the assistant writes

The assistant writes a clause summary for each contract it reads. It writes in plain language.
Summaries are checked for length and tone before they are shown.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, embedder) -> Answerer:
    return answerer_of_pages(tmp_path_factory, embedder, "shorthand", {"checking.txt": CHECKING, "writing.txt": WRITING})


def test_a_chat_question_with_ppl_is_answered_from_the_guide_about_people(answerer):
    """guides-unseen-23 u23-009, "how do we check ppl actually read what it writes", was answered from
    other sections: neither the embedder nor lexical search knows "ppl"."""
    answer = answerer.ask("how do we check ppl actually read what the ai writes??")
    assert "plant one known mistake in every 200 drafts" in answer.answer
