"""A guide opens with the incident that taught it, in the words of the question (the same feature, the same
change), and those sentences were quoted for "what should we do?" as if they were the advice
(guides-unseen-32's content-filter and data-contract pages prompted it). The story is weighed down, not
dropped."""

from __future__ import annotations

import pytest

from bot.core.narrative import introduces_story, narrates_past_event
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


INTRODUCED_STORY = """AI parcel damage checks at the depot

Two pilot cases are behind most of the rules below: a driver was charged for a crushed parcel that the
camera had already caught crushed at the sorting belt, and a refund was paid out on a damage score before
anyone had looked at the photos.

How the damage score is used

A depot supervisor must compare the belt photo and the doorstep photo and confirm the damage before any
charge or refund. Scores below 0.70 are never shown to anyone. The model never sets an amount: refunds
follow the fixed price list. A driver can dispute any charge within 14 days, and a second supervisor who
did not confirm it decides the dispute. Scores from 0.70 to 0.89 go to the supervisor queue at normal
priority; scores of 0.90 and above go to the top of the queue. Photos taken in the dark or out of focus
are never scored: the parcel is checked by hand.
"""

ZH_LESSONS = """做仓库“包裹破损识别”半年,说说我们的规则

先说两个教训:
1. 早期版本只要识别出破损就自动给收件人退款,一个月退错了 300 多单;
2. 有一次模型把胶带反光当成破损,司机被扣了钱,申诉了两周才退回来。

一、识别结果怎么用
1. 置信度低于 0.7 的结果不给任何人看;
2. 退款和扣款都要仓库主管人工确认照片后才能执行;
3. 模型只判断是否破损,不决定金额,金额按固定价目表。
4. 置信度 0.7 到 0.9 的进入主管队列,0.9 以上排在队列最前面;
5. 光线太暗或照片模糊的一律不识别,改为人工检查。
司机对扣款有异议,可以在 14 天内申诉,由没有参与确认的另一位主管复核。
"""


@pytest.fixture(scope="module")
def story_answerer(tmp_path_factory, embedder):
    return answerer_of_pages(tmp_path_factory, embedder, "introduced-story",
                             {"parcel-damage.txt": INTRODUCED_STORY, "parcel-damage-zh.txt": ZH_LESSONS})


def test_the_incidents_a_page_says_are_behind_its_rules_are_not_quoted_as_the_rules(story_answerer):
    answer = story_answerer.ask("We're adding AI damage checks on parcels at our depot. Can a damage score go "
                                "straight into a driver charge or a refund, and how should the score be used?").answer
    assert "confirm the damage before any charge or refund" in answer
    assert "Two pilot cases are behind" not in answer


def test_a_chinese_list_of_lessons_is_the_story_not_the_rules(story_answerer):
    answer = story_answerer.ask("我们仓库要上包裹破损识别,识别出破损以后能直接给收件人退款吗?结果该怎么用?").answer
    assert "人工确认照片后才能执行" in answer
    assert "一个月退错了 300 多单" not in answer


def test_a_lead_in_announcing_lessons_or_incidents_introduces_the_story_and_a_list_of_duties_does_not():
    for intro in ["Two incidents shaped this page: a plan for a customer with a peanut allergy included satay.",
                  "Two trial cases are behind most of the rules below: a customer was billed twice.",
                  "This version follows two complaints: a customer scored Red received a free-bet offer.",
                  "Two failures are why this record exists:",
                  "先说两个教训:", "但试点期间出了三件事:", "踩过的坑:"]:
        assert introduces_story(intro), intro
    for not_story in ["Two things matter: recall and cost.", "上线前做专门的记忆 eval,至少覆盖两件事:",
                      "AI 应用产品经理要回答三件事:", "Three cases are handled differently:",
                      "This section follows the steps below.", "These rules are why we pass audits."]:
        assert not introduces_story(not_story), not_story
