"""Claims and citations parsed out of a generated answer, and the facts compared with passages."""

from bot.core.generation.claims import entities, negated, opposite_word, parse_citations, split_claims
from bot.core.numerals import quantities


def test_citations_in_every_form_models_write_them():
    assert parse_citations("Do this [1]. And that [2, 3][1]. 还有这个【4】，以及【5，6】。") == (1, 2, 3, 4, 5, 6)
    assert parse_citations("No citations, only [n] and [x].") == ()


def test_split_claims_keeps_each_citation_with_its_sentence():
    claims = split_claims("Tune on a split [1]. Review 200 cases.[2] The passages do not cover pricing. 先做试点【1】。")
    assert [c.text for c in claims] == [
        "Tune on a split.", "Review 200 cases.", "The passages do not cover pricing.", "先做试点。",
    ]
    assert [c.cited for c in claims] == [(1,), (2,), (), (1,)]
    assert [c.abstains for c in claims] == [False, False, True, False]


def test_numbers_compare_across_forms_and_languages():
    assert quantities("Run it for two weeks on 30 percent of traffic, then 1,000 users.") == {"2", "30", "1000"}
    assert quantities("每周抽查10%，跑三个月") == {"10", "3"}
    assert quantities("一些统一的标准") == set()
    # Any number written as words, as the spec reviewer reads it: no false "states 30" against "thirty".
    assert quantities("about thirty percent of forty-five tickets") == quantities("about 30% of 45 tickets") == {"30", "45"}
    assert quantities("抽查一百二十条，低于百分之五就暂停") == {"120", "5"}


def test_negation_and_its_look_alikes():
    assert negated("Do not tune on the test set.") and negated("Never skip the review.") and negated("不要跳过评审。")
    assert not negated("Keep logs for no more than 30 days.")
    assert not negated("Not only the model but also the UI matters.")
    assert not negated("不同的模型需要不同的阈值。")


def test_entities_and_opposites():
    assert entities("Ask the PM at OpenAI to test GPT-4 with RAG.") == {"PM", "OpenAI", "GPT-4", "RAG"}
    assert opposite_word("Ask people inside the team.", "Ask five people outside the team.") == ("inside", "outside")
    assert opposite_word("Review it weekly.", "Review it every week.") is None
