"""Bands written as a name and then their range ("高峰：预测人数比平日多30%以上，护士长加派1至2名护士"), and "band" as a
verb (guides-unseen-59 prompted both).

Before: a Chinese notice's levels, each a labelled line whose range sits after the colon, were no band list, so "预测结果
应该怎么分级？每一级怎么处置？" was answered from the page's opening paragraph; and on a reading-band page, "which books
shud we always band by hand??" was taken to ask for the score bands and got them instead of the hand-banded list."""

from __future__ import annotations

import pytest

from bot.core.band_lists import BANDS_ASKED_RE, opens_on_band
from tests.conftest import answerer_of_pages


@pytest.mark.parametrize("item", [
    "高峰：预测人数比平日多30%以上，护士长加派1至2名护士，并提前一天确认。",
    "平稳：预测人数在平日上下30%以内，按常规排班。",
    "Peak: 30% or more above a normal day, the manager adds a nurse.",
])
def test_a_band_named_then_ranged_opens_on_a_band(item):
    assert opens_on_band(item)


@pytest.mark.parametrize("field", [
    "创建时间：2025-07-16 10:42 版本：V1.0",
    "Modified: | 2025-06-05 16:48 BST ( History )",
    "另外：不论预测多少，每个献血点每天至少安排2名护士。",
    "Registrar: decides anything that touches a loan or a lender.",
])
def test_a_records_fields_and_plain_labelled_lines_are_no_band(field):
    assert not opens_on_band(field)


def test_band_as_a_verb_asks_for_no_bands():
    assert not BANDS_ASKED_RE.search("which books shud we always band by hand??")
    assert BANDS_ASKED_RE.search("What bands should it use, and what happens in each?")
    assert BANDS_ASKED_RE.search("How should we band the scores?")


NOTICE = """关于启用“客流”预测的通知

各门店：

一、客流做什么
每天20时，客流预测各门店未来7天每天的到店人数，供店长排班。

二、分级与处置
繁忙：预测人数比平日多25%以上，店长加派1名收银员，并提前一天通知。
正常：预测人数在平日上下25%以内，按常规排班。
清淡：预测人数比平日少25%以上，店长可以安排员工调休，须经区域经理批准。

三、谁来决定
店长：决定本店每天的排班，可以不按预测排班。
区域经理：审定分级线，每季度一次。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, embedder):
    return answerer_of_pages(tmp_path_factory, embedder, "bands-zh", {"notice-zh-footfall.txt": NOTICE})


def test_a_chinese_notices_named_levels_answer_the_levels_question(answerer):
    answer = answerer.ask("我们想用 AI 预测门店每天的客流。预测结果应该怎么分级？每一级店长怎么处置？").answer
    assert "店长加派1名收银员" in answer
    assert "按常规排班" in answer
    assert "须经区域经理批准" in answer
