"""Key-point matching: robust to case, Unicode, inflection and language, but never a loose guess."""

from __future__ import annotations

import pytest

from bot.evaluation.golden import opens_with_point
from bot.evaluation.junk import AnswerSentence
from bot.evaluation.points import match_points, phrasing_in, split_sentences

ANSWER_EN = (
    "The success metrics section of an AI spec lists targets at four levels: business, user behaviour, "
    "model and data, plus counter-metrics. [1] Teams labelled 200 real conversations before launch. [2]"
)
ANSWER_ZH = "模型型产品经理关注模型能力的边界，并与算法工程师一起定义评测集。[1]"


@pytest.mark.parametrize(
    "phrasing",
    [
        "four levels",  # a run of words
        "FOUR LEVELS",  # case
        "counter metric",  # hyphen and plural
        "user behavior",  # American spelling of a British answer
        "label real conversations",  # short phrasing: all content words within one sentence
        "𝗳𝗼𝘂𝗿 𝗹𝗲𝘃𝗲𝗹𝘀",  # mathematical bold, as LinkedIn posts write it
    ],
)
def test_english_phrasings_that_the_answer_states(phrasing):
    assert phrasing_in(phrasing, ANSWER_EN)


@pytest.mark.parametrize(
    "phrasing",
    [
        "five levels",  # a different number is a different point
        "level",  # whole words only: 'levels' stems to 'level', but 'lev' must not match
        "business conversations",  # words from two different sentences do not make a point
        "precision and recall at four levels for every model release",  # long phrasing: must be a run
    ],
)
def test_english_phrasings_that_the_answer_does_not_state(phrasing):
    if phrasing == "level":
        assert phrasing_in("level", ANSWER_EN) and not phrasing_in("lev", ANSWER_EN)
    else:
        assert not phrasing_in(phrasing, ANSWER_EN)


def test_chinese_phrasings_are_substrings_ignoring_spaces_and_width():
    assert phrasing_in("模型能力", ANSWER_ZH)
    assert phrasing_in("定义 评测集", ANSWER_ZH)
    assert phrasing_in("算法工程师", ANSWER_ZH + "ＡＩ")
    assert not phrasing_in("数据飞轮", ANSWER_ZH)


def test_a_point_is_covered_by_any_of_its_phrasings_in_either_language():
    results = match_points([["data flywheel", "评测集"], ["counter-metric"], ["fairness", "公平性"]],
                           ANSWER_ZH + " " + ANSWER_EN)
    assert [r.matched for r in results] == ["评测集", "counter-metric", None]
    assert [r.covered for r in results] == [True, True, False]


def test_sentences_drop_citations_and_bullets():
    text = "Lead-in sentence for the list: [1]\n- first item\n- second item [2]\n1. third item\n最后一句。还有一句。"
    assert split_sentences(text) == ["Lead-in sentence for the list", "first item", "second item", "third item",
                                     "最后一句。", "还有一句。"]


def test_an_answer_opens_with_a_point_only_when_its_first_quoted_line_states_one():
    points = [["error rate under 2%"], ["escalated the same day"]]
    late = [AnswerSentence("Review every output when a mistake is costly.", False, True, ()),
            AnswerSentence("Any error tagged as harmful is escalated the same day.", False, True, ())]
    assert opens_with_point(points, late) is False
    assert opens_with_point(points, list(reversed(late))) is True
    # The bot's own framing line is not a quote; the first quote is what is judged.
    framed = [AnswerSentence("I'm not confident the guidance answers this.", False, False, ()), *reversed(late)]
    assert opens_with_point(points, framed) is True
    assert opens_with_point(points, []) is None and opens_with_point([], late) is None
