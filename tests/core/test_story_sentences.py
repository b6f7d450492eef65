"""A guide opens with the incident that taught it, in the words of the question (the same feature, the same
change), and those sentences were quoted for "what should we do?" as if they were the advice
(guides-unseen-32's content-filter and data-contract pages prompted it). The story is weighed down, not
dropped."""

from __future__ import annotations

import pytest

from bot.core.narrative import narrates_past_event
from tests.conftest import answerer_of_pages

PAGE = """Switching the model behind smart replies

What happened

In March we switched the smart-reply model in the help desk to a cheaper version to cut costs. Within a week
agents rejected far more suggested replies, and two large customers complained that the replies sounded
curt. Last spring we had made the same switch for ticket tagging without any trouble.

Before you switch the model

Run the new model on the 300-reply comparison set and have two senior agents grade both models' replies
blind. Switch only if the new model's acceptance rate is within 2 points of the current one. Keep the current
model deployed for 30 days so that a rollback takes minutes. Switch one queue at a time, starting with the
queue with the fewest tickets. Watch the share of rejected suggestions every day for the first two weeks.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, embedder):
    return answerer_of_pages(tmp_path_factory, embedder, "story-sentences", {"smart-reply-model-switch.txt": PAGE})


def test_the_advice_is_quoted_before_the_story_of_what_went_wrong(answerer):
    answer = answerer.ask("We want to switch the model behind our smart replies to a cheaper one. What should we "
                          "do before the switch?").answer
    assert "300-reply comparison set" in answer and "within 2 points" in answer
    assert "In March we switched" not in answer


def test_a_sentence_telling_what_happened_once_is_the_story_and_advice_with_a_date_is_not():
    for story in ["On 18 March we moved the tutor to a new model version.", "Last spring we shipped two versions.",
                  "去年 9 月,我们在商品详情页上线了 AI 评价摘要。", "上线第二个月出了两件事:",
                  "Three weeks after launch, a customer found her conversation in a search engine."]:
        assert narrates_past_event(story), story
    for advice in ["In the first week of the pilot, keep the model in shadow mode.",
                   "Since January, 18,400 assistants have been built.",
                   "Six months later, when a customer asks why, the log is the only place the reason survives.",
                   "On launch day, watch the rejection rate every hour."]:
        assert not narrates_past_event(advice), advice
