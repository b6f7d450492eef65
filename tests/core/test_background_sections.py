"""A section telling the story so far ("Background", "背景") repeats the words a PM uses to set up a question
("我们要用大模型语音机器人给用户打售后回访电话，电话一接通机器人该怎么介绍自己？"), and was quoted instead of
the rules that say what to do (guides-unseen-34's 有道云笔记 note). A question asking how, which or when is
answered from the sections that say what to do."""

from __future__ import annotations

import pytest

from bot.core.section_fit import BACKGROUND_HEADING_RE, SectionAsk
from tests.conftest import answerer_of_pages

NOTE = """# AI follow-up calls after a repair

## Background

We call customers after every appliance repair to ask how it went. Forty agents used to make the follow-up
calls by hand. Since December an AI voice agent has made the follow-up calls after each repair, and the
follow-up calls now reach twice as many customers. During the pilot some customers thought the voice agent
on the call was a person.

## Opening the call

- The first sentence says it is an automated assistant, not a person, in fixed words.
- The model may not reword that sentence or call itself one of our staff.
- It also says that the call is recorded and that recordings are deleted after 90 days.

## Owners

The service desk lead owns these rules.
"""


@pytest.mark.parametrize("heading, matches", [
    ("Background", True), ("背景", True), ("2. Context", True), ("WHERE WE ARE", True),
    ("Background checks for annotators", False), ("Context windows and cost", False),
])
def test_a_heading_telling_the_story_so_far(heading, matches):
    assert bool(BACKGROUND_HEADING_RE.match(heading)) is matches


def test_a_how_question_weighs_down_the_background_but_a_general_one_does_not():
    assert SectionAsk.of("How should it open the call?", "how").fit("Background", "prose")[0] < 0
    assert SectionAsk.of("Tell me about the pilot", "general").fit("Background", "prose")[0] == 0
    # A question about that very section ("the background section of a PRD", "the context section of a
    # system prompt") is answered from it.
    assert SectionAsk.of("How do I write the background section of a PRD?", "how").fit("Background", "prose")[0] == 0
    assert SectionAsk.of("What should the context section of a system prompt include?", "list").fit(
        "3. Context", "item")[0] == 0


def test_the_rules_answer_a_question_set_up_in_the_backgrounds_words(tmp_path_factory, embedder):
    answerer = answerer_of_pages(tmp_path_factory, embedder, "background", {"follow-up-calls.md": NOTE})
    answer = answerer.ask("We use an AI voice agent for the follow-up calls after each repair. How should the "
                          "voice agent introduce itself when the customer picks up?").answer
    assert "automated assistant, not a person" in answer, answer
    assert "Forty agents used to make" not in answer, answer
