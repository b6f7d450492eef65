"""A list with no lead-in line is introduced by its heading (eval/guides-unseen-20 prompted it): Chinese
articles put "（一）应该保留的规则" straight over bare items that repeat none of the question's words."""

from __future__ import annotations

import re

import pytest

from bot.core.answer_lists import best_list, says_nothing
from bot.core.answer_units import Unit
from tests.conftest import answerer_of_pages
from tests.core.test_composer import chunk

ARTICLE = """把规则引擎换成大模型：客服质检系统迁移笔记

一、为什么要迁移

质检规则越写越多，三年攒了一千多条，互相冲突，没人敢删。每次业务调整都要改几十条规则，质检团队的抱怨很多。

二、哪些东西不要交给模型

（一）应该保留的规则

- 涉及赔付金额和合规红线的硬约束
- 监管要求留痕、必须能逐条解释的判定
- 已经很稳定、一年改不了两次的老规则

（二）可以交给模型的部分

- 客户用口语描述、关键词覆盖不全的情况
- 需要结合上下文才能判断的对话

三、怎么验证模型更好

从最近两个月的通话里抽样两千条，请资深质检员复核，作为评测集。模型和规则都在这套评测集上跑一遍，再对比。

四、上线节奏

先在一个业务线试运行两周，模型结果只记录不生效。确认没有大问题后，再按业务线逐步切换。

小结：规则引擎迁移到大模型，先分清哪些规则要保留，再用评测集证明模型更好，最后逐步切换。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, embedder):
    return answerer_of_pages(tmp_path_factory, embedder, "heading-led", {"zh-rules.txt": ARTICLE})


def test_a_heading_that_restates_the_question_brings_its_bare_items(answerer):
    answer = answerer.ask("把规则引擎换成大模型时，哪些规则应该保留？").answer
    items = [re.sub(r"\s*\[\d+\]", "", line)[2:] for line in answer.splitlines() if line.startswith("- ")]
    assert items == ["涉及赔付金额和合规红线的硬约束", "监管要求留痕、必须能逐条解释的判定", "已经很稳定、一年改不了两次的老规则"]
    assert "小结" not in answer  # the article's summary line restates the question's words, not its answer


def test_a_heading_the_question_does_not_restate_leads_nothing(answerer):
    # "How do we prove the model is better?" names no heading's own words: no list is quoted for it.
    answer = answerer.ask("怎么证明大模型比原来的规则更好？").answer
    assert "评测集" in answer and "- " not in answer and "硬约束" not in answer


# A lead-in that only announces a list ("Our rules:", "我们的建议是：") names nothing of the question: the list is
# weighed as one with no lead-in, by its items and by what its heading names (eval/guides-unseen-14's editor
# page, where the trigger rules under "Our rules:" lost to the page's opening prose).
def test_a_lead_in_that_only_announces_a_list_lets_its_heading_speak():
    terms = frozenset({"inline", "suggestion", "appear", "editor"})
    opening = chunk("ghost-text.md", "Ghost text", 0)
    rules = chunk("ghost-text.md", "Ghost text > When suggestions appear", 1)
    chatty = [Unit(opening, 0, 0, 0, "Inline suggestions in an editor appear in three places:", "lead", block=0,
                   score=0.45, terms=frozenset({"inline", "suggestion", "editor", "appear"})),
              *[Unit(opening, 0, n, n, text, "item", block=0, score=0.2)
                for n, text in enumerate(["at the end of a sentence", "in a table cell", "in a subject line"], 1)]]
    announced = [Unit(rules, 1, 0, 0, "Our rules:", "lead", block=1, score=0.1),
                 *[Unit(rules, 1, n, n, text, "item", block=1, score=score) for n, (text, score) in enumerate([
                     ("Wait until the writer has paused typing for about 400 milliseconds.", 0.4),
                     ("Never show one in the middle of a word.", 0.38),
                     ("Never show one in password or payment fields.", 0.36)], 1)]]
    assert says_nothing(announced[0]) and not says_nothing(chatty[0])
    assert best_list(chatty + announced, key_terms=terms, shaped=True)[1] == ("block", 1)
    assert best_list(chatty + announced, key_terms=terms)[1] == ("block", 0)  # a yes-or-no question
