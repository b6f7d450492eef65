"""Answers from pages in shapes people paste (eval/guides-unseen-4 has the full pages): steps numbered
①–④ under a heading, talk notes in nested bullets, a glossary's definition list. Ingested for real and
asked through the Answerer, as a user would."""

from __future__ import annotations

import pytest

from bot.core.answering import Answerer
from tests.conftest import index_of_pages

RELEASE = """AI 功能灰度发布指南

【一、为什么 AI 功能必须灰度】
AI 功能的效果在评测集上达标，不代表在真实流量上同样达标：真实用户的问题更长、更乱，也更容易出现评测集没有覆盖的情况。灰度发布让问题只影响一小部分用户，并且给团队留出观察和回滚的时间。

【二、灰度的几个阶段】
① 内部员工试用一周，收集明显的错误；
② 开放给 5% 的真实用户，至少运行两周；
③ 指标稳定后扩大到 50%；
④ 全量发布，同时保留一键关闭的开关。

【三、回滚】
回滚必须提前演练，而不是出事后才第一次操作。约定好谁有权限关闭功能，目标是在 10 分钟内完成回滚。
"""

NOTES = """# Notes: managing prompt changes

- Prompts are code
  - keep every prompt in version control, next to the code that calls it
  - one change per commit, with the reason in the message
- Test before you merge
  - run the eval set on every prompt change, not only on model upgrades
  - compare against the current production prompt, side by side
- Ship prompts like features
  - roll a new prompt out to a small share of traffic first
  - keep the previous version deployable so you can roll back in minutes
- Who owns the prompt
  - the PM owns the behaviour the prompt must produce
  - engineers own how it is wired and tested
"""

GLOSSARY = """<html><head><title>Evaluation glossary</title></head><body><h1>Evaluation glossary</h1><dl>
<dt>Calibration</dt><dd>Whether the model's confidence means what it says: among answers given with 80% confidence, about 80% should be right. A calibrated score is what lets you set a threshold for handing cases to people.</dd>
<dt>Data drift</dt><dd>A change in the inputs the model sees after launch, such as new products or a new customer segment.</dd>
</dl></body></html>"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, embedder):
    pages = {"release.txt": RELEASE, "prompt-notes.md": NOTES, "glossary.html": GLOSSARY}
    index = index_of_pages(tmp_path_factory, embedder, "shapes", pages)
    return Answerer(index.settings, index)


def test_numbered_steps_under_a_heading_are_quoted_as_the_list_they_are(answerer):
    """① … ④ with no lead-in line: the heading 【二、灰度的几个阶段】 introduces them, and the steps are the
    answer, each its own item."""
    answer = answerer.ask("AI 功能灰度发布分几个阶段？")
    items = [line[2:] for line in answer.answer.splitlines() if line.startswith("- ")]
    assert items[:2] == ["内部员工试用一周,收集明显的错误;", "开放给 5% 的真实用户,至少运行两周;"], answer.answer
    assert any("50%" in item for item in items)


def test_a_question_about_one_branch_of_nested_notes_gets_that_branch(answerer):
    answer = answerer.ask("Who owns the prompt, the PM or the engineers?")
    lines = answer.answer.splitlines()
    assert lines[0].startswith("Who owns the prompt")
    assert lines[1:] == ["- the PM owns the behaviour the prompt must produce", "- engineers own how it is wired and tested"]


def test_a_glossary_term_is_answered_by_its_own_definition_without_the_term_glued_on(answerer):
    answer = answerer.ask("What is calibration and why does it matter?")
    assert "Whether the model's confidence means what it says" in answer.answer
    assert "Calibration Whether" not in answer.answer


def test_a_chinese_question_finds_an_english_page_that_names_the_concept_by_another_synonym(answerer):
    """The glossary's first English name for 数据漂移 is "distribution shift"; this page says "data drift".
    The question is bridged to English by every English name of its concepts, so the page is found over
    the Chinese release page that merely shares 数据."""
    answer = answerer.ask("什么是数据漂移？")
    assert answer.sources[0].source == "glossary.html", answer.answer
    assert "A change in the inputs the model sees after launch" in answer.answer
