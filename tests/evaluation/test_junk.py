"""The junk-sentence detector on lines taken from real scraped pages, posts and articles."""

from __future__ import annotations

import pytest

from bot.evaluation.junk import Structure, answer_sentences, junk_reasons

STRUCTURE = Structure(
    headings={"does this really need ai", "success metrics", "日常工作", "ai 应用产品经理(application pm)"},
    titles={"the ai product manager guide: building ai-powered products"},
    corpus_key="",
)


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("The AI Product Manager Guide: Building AI-Powered Products", "title"),
        ("The AI product manager guide - building AI powered products.", "title"),
        ("Success metrics", "heading"),
        ("Does this really need AI This is the most important question an AI PM asks.", "heading"),
        ("日常工作", "heading"),
        ("Home > Blog > Product Management", "navigation"),
        ("Share this: Twitter, Facebook, LinkedIn", "navigation"),
        ("Leave a comment below and follow me for more.", "navigation"),
        ("欢迎点赞转发，关注公众号获取更多内容。", "navigation"),
        ("What does an AI PM actually do?", "question"),
        ("大模型会取代产品经理吗？", "question"),
        ("AI Product Management is overhyped.", "aside"),
        ("I think most teams ship their first eval set far too late.", "aside"),
        ("以上就是我个人的一点经验，希望对大家有帮助。", "aside"),
        ("Key Metrics For Launch Readiness", "fragment"),
        ("Let's go.", "fragment"),
    ],
)
def test_junk_lines_are_flagged_with_their_reason(sentence, reason):
    assert reason in junk_reasons(sentence, STRUCTURE)


@pytest.mark.parametrize(
    "sentence",
    [
        "Success metrics should start from the business result the feature is meant to change.",
        "Start with a small eval set of real user questions and grow it with every bad case.",
        "A subscriber on a $20 monthly plan who sends 2,000 requests a month costs $80 in inference.",
        "The PM should read twenty of these conversations personally every week.",
        "Share the eval set with the model team before the first sprint.",
        "AI 应用产品经理(Application PM)是目前招聘量最大的一类，职责是把 AI 能力嵌进具体产品。",
        "显式反馈包括点赞点踩和用户填写的纠错。",
        "Set the launch threshold where the cost of a wrong answer equals the value of a right one.",
    ],
)
def test_ordinary_advice_is_not_junk(sentence):
    assert junk_reasons(sentence, STRUCTURE) == []


def test_short_list_items_are_not_fragments_but_a_title_is_junk_anywhere():
    assert junk_reasons("Data quality", STRUCTURE, is_item=True) == []
    assert junk_reasons("Data quality", STRUCTURE) == ["fragment"]
    assert junk_reasons("Success metrics", STRUCTURE, is_item=True) == []
    title = "The AI Product Manager Guide: Building AI-Powered Products"
    assert junk_reasons(title, STRUCTURE, is_item=True) == ["title"]


def test_only_quoted_sentences_are_judged():
    structure = Structure(headings={"success metrics"}, corpus_key="successmetrics\nstartwithrealusers")
    sentences = answer_sentences("I'm not confident the guidance answers this:\nSuccess metrics. [1]\n"
                                 "- Start with real users [1]", structure)
    assert [(s.text, s.quoted, s.junk) for s in sentences] == [
        ("I'm not confident the guidance answers this:", False, ()),
        ("Success metrics.", True, ("heading",)),
        ("Start with real users", True, ()),
    ]


def test_headings_are_read_from_the_original_document(tmp_path):
    post = tmp_path / "post.txt"
    post.write_text(
        "Guardrails for LLM features\n\n𝗩𝗲𝗿𝘀𝗶𝗼𝗻 𝗲𝘃𝗲𝗿𝘆 𝗽𝗿𝗼𝗺𝗽𝘁 Keep prompts in version control next to the code.\n\n"
        "Input guardrails\n\nCap the input length, and classify the topic before calling the model.\n\n"
        "- Short list item\n\nGuardrails for LLM features\n",
        encoding="utf-8",
    )
    structure = Structure()
    structure.add_source_file(post)
    assert {"version every prompt", "input guardrails", "guardrails for llm features"} <= structure.headings
    assert "short list item" not in structure.headings
    glued = "Let me break them down: Version every prompt Keep prompts in version control next to the code."
    assert junk_reasons(glued, structure) == ["heading"]
    assert junk_reasons("Cap the input length, and classify the topic before calling the model.", structure) == []


def test_a_citation_ends_a_quote_even_without_a_full_stop():
    structure = Structure(headings={"guardrails for llm features"}, corpus_key="guardrailsforllmfeatures\naguardrailisacheck")
    sentences = answer_sentences("Guardrails for LLM Features [1] A guardrail is a check. [1]", structure)
    assert [(s.text, s.junk) for s in sentences] == [("Guardrails for LLM Features", ("heading",)),
                                                     ("A guardrail is a check.", ())]
