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
        ("Read our privacy policy and cookie settings.", "navigation"),
        ("Thanks for stopping by, and before you go, please subscribe to the newsletter so you never miss a post.", "navigation"),
        ("欢迎点赞转发，关注公众号获取更多内容。", "navigation"),
        ("原创 已于 2026-09-21 18:32:05 修改 · 阅读量3.4k · 收藏 126 · 点赞数 58", "navigation"),
        ("4.2 2026.02.26 21:14:08 字数 1,629 阅读 2,847", "navigation"),
        ("适用范围：所有 AI 生成内容 负责人：[@张敏](https://www.yuque.com/zhangmin-pm) 最后更新：2025-06-18", "navigation"),
        ("When you consider the outsourcing of the AI development, please feel free to consult us.", "navigation"),
        ("What does an AI PM actually do?", "question"),
        ("大模型会取代产品经理吗？", "question"),
        ("AI Product Management is overhyped.", "aside"),
        ("I think most teams ship their first eval set far too late.", "aside"),
        ("以上就是我个人的一点经验，希望对大家有帮助。", "aside"),
        ("Key Metrics For Launch Readiness", "fragment"),
        ("Let's go.", "fragment"),
        # A feed's HTML read as text (eval/guides-unseen-46): the PM reads tags and entities, not advice.
        ("The forecaster sends radio scripts.</li> <h2 class=\"wp-block-heading\">Who decides</h2> <p>The duty "
         "forecaster approves every draft.", "markup"),
        ("The forecaster&#8217;s judgement decides.", "markup"),
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
        "阅读量不是摘要功能的目标，读完后做出的决定才是。",
        "Set the launch threshold where the cost of a wrong answer equals the value of a right one.",
        # Advice may name a page part in passing; only a call to action makes a long sentence navigation.
        "Tell users in the interface, not only in the privacy policy, that an AI feature processes what they type.",
        "In the review notes, say what each AI feature does, where the report button is and which demo login to use.",
        # An instruction to ask ends in the question to ask; it is advice, not a question put to the reader.
        "Ask the vendor in writing: are prompts retained, and are they used for training?",
        # Angle brackets in advice are not markup: a placeholder or a comparison.
        "Reply with <customer name> and keep latency < 2 s & cost under $0.01.",
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


def test_questions_listed_are_the_answer_only_when_questions_were_asked_for():
    structure = Structure(corpus_key="anaipmanswers\ndoesthisneedai\ndowehavetherightdata")
    answer = "An AI PM answers these questions: [1]\n- Does this need AI?\n- Do we have the right data?"
    asked = answer_sentences(answer, structure, asked_for_questions=True)
    assert [s.junk for s in asked] == [(), (), ()]
    other = answer_sentences(answer, structure)
    assert [s.junk for s in other][1:] == [("question",), ("question",)]


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
    assert "heading" in junk_reasons(glued, structure)
    assert junk_reasons("Cap the input length, and classify the topic before calling the model.", structure) == []


def test_a_hard_wrapped_line_of_the_original_is_not_a_heading(tmp_path):
    """Text copied from a PDF is wrapped at a width: its lines are short and unpunctuated, but a line
    that runs on in lower case is half a sentence, not a heading."""
    page = tmp_path / "guidelines.txt"
    page.write_text(
        "Measure agreement before the full run\nGive the same 100 examples to two annotators before labelling the\n"
        "full set. If they agree on fewer than 80% of examples, revise the guidelines.\n",
        encoding="utf-8",
    )
    structure = Structure()
    structure.add_source_file(page)
    assert "measure agreement before the full run" in structure.headings
    quote = "Give the same 100 examples to two annotators before labelling the full set."
    assert junk_reasons(quote, structure) == []


def test_a_citation_ends_a_quote_even_without_a_full_stop():
    structure = Structure(headings={"guardrails for llm features"}, corpus_key="guardrailsforllmfeatures\naguardrailisacheck")
    sentences = answer_sentences("Guardrails for LLM Features [1] A guardrail is a check. [1]", structure)
    assert [(s.text, s.junk) for s in sentences] == [("Guardrails for LLM Features", ("heading",)),
                                                     ("A guardrail is a check.", ())]


@pytest.mark.parametrize(
    "sentence",
    [
        "Turns out, I had no idea what an AI PM really did.",
        "After years of building AI products at scale, I have a much better definition of the role.",
        "I can see this pattern everywhere.",
        "我个人觉得这个方法不一定适用于所有团队。",
    ],
)
def test_an_author_speaking_of_themselves_is_an_aside(sentence):
    assert "aside" in junk_reasons(sentence, STRUCTURE)


def test_quoted_example_wording_in_the_first_person_is_advice():
    advice = 'Useful patterns include "I couldn\'t find this in your files; here is a general answer".'
    assert junk_reasons(advice, STRUCTURE) == []
    assert junk_reasons("当模型不确定时，直接说明“这个问题我不确定”。", STRUCTURE) == []
    assert junk_reasons("我们建议每周抽样复核线上对话。", STRUCTURE) == []


def test_a_chinese_quote_closing_after_its_full_stop_is_still_quoted_speech():
    """guides-unseen-34's fixed script, '固定话术:"您好,我是…的情况。"', was split before its closing quote and
    its 我 counted as the author's aside."""
    answer = '- 第一句话就要说明身份,固定话术:"您好,我是某某家电的智能语音助手,不是人工客服。"模型不得改写这一句。 [1]'
    parts = answer_sentences(answer, STRUCTURE, judge_all=True)
    assert [p.text for p in parts] == ['第一句话就要说明身份,固定话术:"您好,我是某某家电的智能语音助手,不是人工客服。"',
                                       "模型不得改写这一句。"]
    assert [p.junk for p in parts] == [(), ()]


def test_footer_lines_with_pipes_are_navigation():
    footer = "The AI Product Manager Guide | AI Skill Navigation | AI Skill Navigation"
    assert "navigation" in junk_reasons(footer, STRUCTURE)


def test_a_table_row_of_the_source_is_content_and_its_header_row_a_heading():
    structure = Structure(titles=set(), headings=set())
    structure.add_items("| Situation | Review | Why |\n|---|---|---|\n| Legal or safety stakes | Every output | One mistake costs more |\n")
    assert junk_reasons("Legal or safety stakes | Every output | One mistake costs more", structure) == []
    assert "heading" in junk_reasons("Situation | Review | Why", structure)
    # A row the answer split at a semicolon is still the row.
    structure.add_items("| Metric | Trigger | Action |\n|---|---|---|\n"
                        "| Opt-out rate in the first week | above 8% of exposed accounts | pause; interview 10 accounts |\n")
    assert "navigation" not in junk_reasons("Opt-out rate in the first week | above 8% of exposed accounts | pause;", structure)
    # The same bars in a line no table holds are still a footer.
    assert "navigation" in junk_reasons("Legal or safety stakes | Every output | One mistake costs more", STRUCTURE)


def test_short_list_items_of_the_source_are_content_even_as_prose():
    structure = Structure(titles=set(), headings=set())
    structure.add_items("#### 日常工作\n\n* 定义 AI 功能\n* 调整 Prompt 与策略\n")
    assert junk_reasons("定义 AI 功能", structure) == []
    assert junk_reasons("调整 Prompt 与策略", structure) == []
    assert junk_reasons("定义功能", Structure()) == ["fragment"]


def test_chinese_self_and_we_are_not_the_author_speaking():
    assert junk_reasons("数据飞轮指的是一个自我加速的循环，更多用户带来更多反馈数据。", STRUCTURE) == []
