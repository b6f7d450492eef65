"""A Chinese page's bands numbered （一）（二）（三） under their section (a county's 政府信息公开 notice in guides-unseen-56
prompted it): "（一）80分及以上：次日10时前完成巡查" had been a sentence of prose, and "80分及以上" no band (its unit 分 sat
between the figure and its bound), so a question on the bands was answered without them."""

from __future__ import annotations

import pytest

from bot.core.band_lists import opens_on_band
from ingest.loaders import load_document
from tests.conftest import answerer_of_pages

NOTICE = """关于印发《“河眼”堤防巡查排序使用规则（试行）》的通知

一、河眼做什么
汛期每天17时，河眼对全县212段堤防按风险打分（0到100分），排出次日巡查顺序，推送给乡镇巡堤员。

二、分档规则
（一）80分及以上：次日8时前完成巡查，乡镇包段干部到场。
（二）50至79分：24小时内完成巡查。
（三）50分以下：按常规每三天巡查一次。
汛期任何堤段两次巡查间隔不超过5天。

三、河眼绝不做的事
1. 不发布汛情预警，不下达撤离指令。
2. 不给巡堤员打分。
"""


@pytest.mark.parametrize("item", ["80分及以上：次日8时前完成巡查。", "50至79分：24小时内完成巡查。", "50分以下：按常规巡查。"])
def test_a_chinese_band_names_its_points(item):
    assert opens_on_band(item)


def test_a_year_range_is_no_band():
    assert not opens_on_band("2019-2024年：试运行")


def test_the_numbered_bands_are_list_items(tmp_path):
    page = tmp_path / "heyan-notice.txt"
    page.write_text(NOTICE, encoding="utf-8")
    text = load_document(page).text
    assert "（一）80分及以上" in text or "(一)80分及以上" in text
    assert "## （一）" not in text and "## (一)" not in text  # an item, not a sub-section's heading


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, embedder):
    return answerer_of_pages(tmp_path_factory, embedder, "zh-numbered-bands", {"heyan-notice.txt": NOTICE})


def test_a_question_on_the_bands_is_answered_with_them(answerer):
    answer = answerer.ask("我们县想用 AI 给堤防排巡查顺序，风险分应该怎么分档？每一档要多快巡查？").answer
    for band in ("80分及以上", "50至79分", "50分以下"):
        assert band in answer


def test_asked_whether_an_intelligent_program_acts_on_its_own_the_never_list_answers(answerer):
    """"这个…智能程序，会自行…吗？" names the model in everyday words (智能程序 is AI) and asks whether it acts on its own:
    the never-list answers, where the question had been declined as not about AI product work."""
    answer = answerer.ask("这个给堤段排先后次序的智能程序，会自行对外放出汛情警报、命令居民离开家园吗？"
                          "会拿来给巡堤的人评分吗？").answer
    assert "不发布汛情预警" in answer and "不给巡堤员打分" in answer
