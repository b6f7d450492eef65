"""A PM often tells the situation first and asks last: "Engineers have started ignoring our review bot because
it leaves too many low-value remarks on pull requests. What rules should we put on what it posts?". The
situation's words match the page's introduction, which restates the problem, and the answer quoted the
problem back (guides-unseen-33). What the last sentence asks for ("rules") is what the answer must list."""

from __future__ import annotations

import re

import pytest

from bot.core.quoting import asked_thing
from tests.conftest import answerer_of_pages

RULES = [
    "Reply in the thread, never in the channel, so a busy channel is not flooded.",
    "At most one message per conversation unless someone mentions the assistant again.",
    "Stay silent on messages under ten words; they rarely need a summary.",
    "Link the source of every claim, so a reader can check it in one click.",
    "Never post between 8pm and 8am in the reader's time zone.",
]

PAGE = (
    "# Digest: a quieter channel assistant\n\n"
    "## Why this project exists\n\n"
    "Digest, our channel assistant, has posted on every busy thread in 60 workspaces since March. "
    "Of 12,000 assistant posts in May, readers reacted to only 9%. "
    "Three teams muted the assistant in every channel because it posted too many low-value messages.\n\n"
    "## Rules we are shipping\n\n" + "\n".join(f"- {rule}" for rule in RULES) + "\n\n"
    "## Who owns it\n\n"
    "The collaboration team owns the assistant and reviews its numbers every Monday.\n"
)


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, embedder):
    return answerer_of_pages(tmp_path_factory, embedder, "situation-then-ask", {"digest-assistant.md": PAGE})


def test_the_thing_asked_for_is_read_from_the_sentence_that_asks():
    assert asked_thing("Engineers ignore our bot. What rules should we put on it?") == "rule"
    assert asked_thing("What targets should we set?") == "target"
    assert asked_thing("Our bot is noisy. What should we do?") is None
    assert asked_thing("The model, which rules are loaded, is slow.") is None


def test_the_list_the_ask_names_is_quoted_not_the_restated_problem(answerer):
    answer = answerer.ask("Our team has started ignoring the channel assistant because it posts too many low-value "
                          "messages in busy threads. What rules should we put on what it posts?").answer
    quoted = [re.sub(r"\s*\[\d+\]$", "", line[2:]) for line in answer.splitlines() if line.startswith("- ")]
    assert quoted == RULES, answer
    assert "Of 12,000 assistant posts" not in answer
