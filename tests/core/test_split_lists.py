"""A list of long items is cut across passages by ingestion (each passage holds about 1,200 characters), and
no one passage held a list worth quoting: "What steps should we follow…?" over a runbook's eight steps was
answered with the page's introduction (guides-unseen-12). Read whole again, the list is quoted in the page's
order, each item cut to its opening sentences when the whole would run past MAX_LIST_CHARS."""

from __future__ import annotations

import re

import pytest

from bot.core import answer_lists
from tests.conftest import answerer_of_pages

STEPS = [
    ("Write down who may see each recording",
     "List every team that can open a call recording today and why, and mark the recordings that carry "
     "health or payment details, because the summariser will read all of them."),
    ("Summarise as the person asking",
     "Every summary request runs with the identity of the person who asked, so a summary never draws on a "
     "call that person could not have played back. A shared service account is never used for this."),
    ("Strip card numbers before the model",
     "Card numbers, bank details and one-time codes are removed from the transcript before the model reads "
     "it. The removal is tested on 300 transcripts with planted numbers, and a single miss blocks the release."),
    ("Keep summaries no longer than their calls",
     "A summary is deleted when its recording is deleted, and it inherits the recording's retention period of "
     "90 days. Summaries copied into the CRM carry a link back so the deletion can follow them."),
    ("Show where every sentence came from",
     "Each sentence of a summary links to the minute of the call it came from, so an agent can check a claim in "
     "ten seconds instead of replaying the whole call. Sentences with no source are not shown."),
    ("Let agents flag a wrong summary",
     "A flag button sits under every summary. Flags reach the quality lead within one working day, and every "
     "confirmed error is added to the evaluation set that gates the next model change."),
    ("Roll out one queue at a time",
     "Start with the billing queue, whose calls are shortest, and move to the next queue only after two weeks "
     "with fewer than 2 confirmed errors per 100 summaries. The support lead can switch it off for a queue."),
]

PAGE = "# Call summaries runbook\n\nFollow these steps before the call summariser goes live for a new team.\n\n" \
    "## The steps\n\n" + "\n".join(f"- **{name}.** {body}" for name, body in STEPS) + "\n"


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, embedder):
    return answerer_of_pages(tmp_path_factory, embedder, "split-lists", {"call-summaries-runbook.md": PAGE})


QUESTION = "What steps should we follow before we turn on AI call summaries for a support team?"


def quoted_items(answer: str) -> list[str]:
    return [re.sub(r"\s*\[\d+\]$", "", line[2:]) for line in answer.splitlines() if line.startswith("- ")]


def test_a_list_cut_across_passages_is_quoted_whole_in_the_pages_order(answerer):
    items = quoted_items(answerer.ask(QUESTION).answer)
    assert items == [f"{name}. {body}" for name, body in STEPS]


def test_a_list_too_long_to_read_names_every_item_in_its_opening_words(answerer, monkeypatch):
    monkeypatch.setattr(answer_lists, "MAX_LIST_CHARS", 900)
    items = quoted_items(answerer.ask(QUESTION).answer)
    assert [item.split(".")[0] for item in items] == [name for name, _ in STEPS]
    # Each item is the page's own words from its start, cut at a sentence end.
    assert all(any(f"{name}. {body}".startswith(item) for name, body in STEPS) for item in items)
    assert sum(map(len, items)) < sum(len(f"{name}. {body}") for name, body in STEPS) * 0.75


def test_a_yes_or_no_question_does_not_pull_the_whole_list(answerer):
    answer = answerer.ask("Should the summariser be allowed to read calls with payment details?")
    assert sum(line.startswith("- ") for line in answer.answer.splitlines()) < len(STEPS)


# A heading that says its list is the steps ("What we do, in order") introduces it for a question asking for
# steps, though it shares no word with it: "What should we do about it, step by step?" over a content-filter
# page had been answered with its summary and its story (guides-unseen-32).
FILTER_PAGE = """# Wrong blocks in the tutor

Our provider's content filter blocks real nursing coursework, such as dosage questions and wound photos, since
we moved the tutor to a new model version. Students who are blocked stop asking the tutor anything at all.

## What we do, in order

1. Log every block with its category, its severity and the course module.
2. Label 200 blocked requests a week as legitimate or not, with two clinical educators.
3. Tune the severity threshold of each category separately.
4. Apply to the provider for modified filtering for verified students.
5. Run the 400-prompt regression set before any change goes live.
"""


@pytest.fixture(scope="module")
def filter_answerer(tmp_path_factory, embedder):
    return answerer_of_pages(tmp_path_factory, embedder, "step-lists", {"tutor-wrong-blocks.md": FILTER_PAGE})


def test_a_question_asking_for_steps_gets_the_list_its_heading_says_are_the_steps(filter_answerer):
    answer = filter_answerer.ask("The content filter blocks legitimate nursing questions in our tutor. What should "
                                 "we do about it, step by step?").answer
    items = quoted_items(answer)
    assert items[0].startswith("Log every block") and items[-1].startswith("Run the 400-prompt regression set")
