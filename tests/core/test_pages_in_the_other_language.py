"""A question asked in one language about a page written in the other (guides-unseen-60 and every earlier set
with a Chinese page prompted it).

Before: the question's words occur only on pages in its own language and the embedder reads English only, so
retrieval cited a page in the asker's language that merely shared its small words (不能, 决定; "members",
"always"), and the answer quoted a choir's rules to a question on tenancy letters. Over 181 such questions in
60 unseen guide sets, the right page was cited first for 64. Now each page is also read in English, Chinese
through CC-CEDICT (bot.core.dictionary), and a page in the other language that the question is clearly about
goes first (bot.core.page_topics): 123 of 181.
"""

from __future__ import annotations

import pytest

from bot.core.dictionary import default_dictionary, english_sense
from bot.core.page_topics import PageTopics
from tests.conftest import answerer_of_pages

LETTERS = """# Harbourlight: rules for our AI tenancy letter drafts

Harbourlight is an AI tool that drafts letters to tenants of Seaview Housing Association about repairs, rent
statements and tenancy visits. Housing officers write about 3,000 such letters a year.

## What Harbourlight never does

1. It never sends a letter to a tenant; a housing officer sends every letter.
2. It never changes a rent amount or a service charge.
3. It never decides on a notice to quit or an eviction.
4. It never reads a tenant's medical or support records.
5. It never adds pictures of its own to a letter.

## Always handled by an officer in person

- tenants over 90 years old, who get a visit rather than a letter;
- tenants who ask for a letter in large print or read aloud;
- anyone who has made a complaint about a letter.

## Measures

We count letters sent without a change (target 80%) and letters with a wrong date or amount (target 0).
"""

KILNS = """# Ember: rules for our kiln alerts

Ember reads the thermocouple of each electric kiln every 30 seconds and texts the technician when a firing
goes wrong. The technician decides every firing; Ember never switches a kiln off.

## Levels

- Normal: within 15°C of the schedule; the firing is logged.
- Watch: 15 to 40°C away for 10 minutes; the technician checks within 1 hour.
- Alarm: more than 40°C away; the duty keyholder reaches the kiln within 20 minutes.
"""

LIBRARY = """# 社区图书馆“书友”荐书规则

书友是社区图书馆试用的人工智能工具，根据老年读者的借阅记录推荐图书，每周给读者推荐三本书。
书友只提建议，借什么书由读者自己决定，馆员可以不按建议推荐。

## 一定由馆员当面处理的读者

1. 视力明显下降、需要大字本或有声书的读者；
2. 年龄在九十岁以上的读者；
3. 第一次办借阅卡的读者；
4. 提出投诉或要求删除借阅记录的读者；
5. 家属代为借书的读者。

## 书友绝对不能做的事

1. 不能直接给读者寄信或发短信；
2. 不能改动读者的借阅记录；
3. 不决定谁能办借阅卡；
4. 不评价读者读书的好坏。

## 书友停用时

书友停用时，馆员按往常当面推荐图书，读者借书不等书友恢复。
"""

PAGES = {"harbourlight-letters.md": LETTERS, "ember-kilns.md": KILNS, "library-zh-book-picks.md": LIBRARY}


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, embedder):
    return answerer_of_pages(tmp_path_factory, embedder, "other-language", PAGES)


def test_a_chinese_question_about_an_english_page_quotes_that_page(answerer):
    answer = answerer.ask("我们住房协会准备用 AI 起草给租户的信件。它绝对不能做哪些事？能直接寄给租户吗？能改租金吗？能决定驱逐吗？")
    assert answer.sources and answer.sources[0].source == "harbourlight-letters.md"
    assert "never sends a letter to a tenant" in answer.answer
    assert "never changes a rent amount" in answer.answer
    assert "书友" not in answer.answer


def test_an_english_question_about_a_chinese_page_quotes_that_page(answerer):
    answer = answerer.ask("We're bringing in AI that recommends books to elderly library readers. "
                             "Which readers should a librarian always handle in person?")
    assert answer.sources and answer.sources[0].source == "library-zh-book-picks.md"
    assert "Harbourlight" not in answer.answer and "Ember" not in answer.answer
    # The list under "一定由馆员当面处理的读者", named by its kind (tests/core/test_sections_named_across_languages.py).
    assert "年龄在九十岁以上的读者" in answer.answer and "家属代为借书的读者" in answer.answer


def test_a_question_answered_in_its_own_language_stays_there(answerer):
    """The Chinese library page answers a Chinese question on it; no English page is put before it."""
    answer = answerer.ask("书友停用时，馆员怎么给读者推荐图书？")
    assert answer.sources and answer.sources[0].source == "library-zh-book-picks.md"
    assert "馆员按往常当面推荐图书" in answer.answer
    english = answerer.ask("What should the technician do when Ember raises an Alarm on a kiln?")
    assert english.sources and english.sources[0].source == "ember-kilns.md"


def test_the_dictionary_reads_words_not_characters():
    dictionary = default_dictionary()
    assert english_sense("conductor (of an orchestra)") == "conductor"
    assert english_sense("to draw up") == "draw up"
    assert english_sense("CL:個|个[ge4]") == "" and english_sense("surname Li") == ""
    assert dictionary.segment("医院的病历") == ["医院", "病历"]  # 的 ends a word and says nothing
    assert {"hospital", "medical record"} <= set(dictionary.english_words("医院的病历"))
    # How a question asks ("它绝对不能做哪些事情？") names no topic: read in English it would match the Chinese page
    # that asks the same way ("绝对不能" is "absolutely", "cannot") rather than the page on quarry blasting.
    assert dictionary.english_words("它绝对不能做哪些事情？采石场的爆破") == ["stone pit", "quarry", "blow up", "demolish"]


def test_a_guidance_set_in_one_language_is_never_read_through_the_dictionary():
    records = [("1", "Kiln alerts and levels.", {"source": "a.md", "lang": "en"}),
               ("2", "Tenancy letters.", {"source": "b.md", "lang": "en"})]
    topics = PageTopics.of(records, default_dictionary())
    assert not topics.bilingual
    assert topics.other_language_page("我们的窑炉报警怎么分级？", "zh") is None
