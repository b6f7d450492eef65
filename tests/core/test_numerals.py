"""Numbers written as words become digits for the spec reviewer's rules, and words that only look like
numbers stay as they are."""

from __future__ import annotations

import pytest

from bot.core.numerals import digits_for_number_words
from bot.core.review.wording import matching_form


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("one tube in two hundred", "1 tube in 200"),
        ("forty-one of them broke down", "41 of them broke down"),
        ("about nine hundred vans", "about 900 vans"),
        ("one hundred and fifty dollars", "150 dollars"),
        ("around sixty thousand photos", "around 60,000 photos"),
        ("a hundred thousand examples", "100,000 examples"),
        ("forty percent of tubes", "40 percent of tubes"),
        ("two out of three", "2 out of 3"),
        # "and" joins a number only after a hundreds figure: this is a range of two numbers.
        ("between four and six hundred tubes", "between 4 and 600 tubes"),
        ("一百个里至少要有九十个答对", "100个里至少要有90个答对"),
        ("大约八千封邮件", "大约8000封邮件"),
        ("过去两年", "过去2年"),
        ("比例低于百分之五", "比例低于5%"),
        ("两千多家供应商", "2000多家供应商"),
        ("约二十万条评论", "约200000条评论"),
        ("先试用一个月", "先试用1个月"),
        ("二〇二四年", "2024年"),
        ("每次要十分钟", "每次要10分钟"),
    ],
)
def test_number_words_become_digits(text, expected):
    assert digits_for_number_words(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "no one reads it",  # a pronoun, not a number
        "priced per million tokens",  # a scale word alone
        "4.2 million buyers",
        "the four-fifths rule",  # a compound word
        "a one-off import",
        "the one that works",
        "one two three",  # not one number
        "一些同事",  # 一 inside a word
        "统一脱敏",
        "一个组",  # a lone 一 is a number only before a unit of time
        "这十分重要",  # 十分 is "very"
        "九成以上",  # X成 ("X tenths") is read as it is by the quantity rules
        "万一出错",  # "in case"
        "千万不要",  # "by all means"
    ],
)
def test_words_that_only_look_like_numbers_stay(text):
    assert digits_for_number_words(text) == text


def test_the_matching_form_reads_numbers_written_as_words():
    assert matching_form("We'll need Ninety-Seven of every hundred right") == "we will need 97 of every 100 right"
