"""Retrieval, answering and confidence on real indexes: what a PM would see from `aipm ask`."""

from __future__ import annotations

import re

import pytest

from bot.core.answer_units import Unit
from bot.core.answering import (
    NO_PRICE,
    NO_PRODUCT,
    UNSURE_PREFIX,
    WRITING_REQUEST,
    Answerer,
    InvalidQuestion,
    quoted_sections,
)
from bot.core.composer import NOTE_CLOSEST_IN_OTHER_LANGUAGE, NOTE_OTHER_LANGUAGE, Composition
from bot.core.off_task import asks_for_writing
from bot.core.quoting import asks_for_price, asks_for_product, states_price
from bot.core.retrieval import RetrievedChunk, named_terms
from tests.conftest import index_of_pages, make_settings

OUT_OF_SCOPE = [
    "What is the capital of Australia?",
    "今天北京的天气怎么样？",
    "asdf qwer zxcv",
    "How do I bake sourdough bread at home?",
    "红烧肉怎么做才好吃？",
    # close in meaning to a cost guide, but about a project the guidance never names
    "Who approved the budget for the Atlas search project last quarter?",
]


@pytest.fixture(scope="module")
def fixture_answerer(fixture_index, tmp_path_factory):
    """The in-repo messy corpus (tests/data/corpus): scraped pages, a post, a PDF, Chinese guidance."""
    return Answerer(make_settings(tmp_path_factory.mktemp("unused")), fixture_index)


@pytest.fixture(scope="module")
def knowledge_answerer(knowledge_index, tmp_path_factory):
    return Answerer(make_settings(tmp_path_factory.mktemp("unused")), knowledge_index)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What checks should run on a model's output before users see it?", "guardrails-checklist.txt"),
        ("Which habits keep prompt changes safe?", "linkedin-prompt-habits.txt"),
        ("How long may an inline suggestion take to appear?", "latency-budgets.html"),
        ("How should the price of an AI plan relate to inference cost?", "pricing-ai-features.pdf"),
        ("冷启动阶段有哪些常用办法？", "zh-cold-start.txt"),
    ],
)
def test_messy_pages_name_the_right_document_first(fixture_answerer, question, expected):
    answer = fixture_answerer.ask(question)
    assert answer.sources and answer.sources[0].source == expected
    assert not answer.escalate


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What is a Wizard of Oz test during the cold start of an AI feature?", "zh-cold-start.txt"),
        ("AI 智能体的权限应该怎么设计？", "agent-permissions-translated.txt"),
    ],
)
def test_cross_language_questions_find_guidance_in_the_other_language(fixture_answerer, question, expected):
    assert expected in [s.source for s in fixture_answerer.ask(question).retrieved[:3]]


@pytest.mark.parametrize(
    "question",
    ["在 AI 功能里，用户要怎样随时撤回智能体的权限？", "看 AI 功能的延迟，该用平均值还是 P95？"],
)
def test_an_answer_quoted_from_the_other_language_is_not_escalated_for_its_language(fixture_answerer, question):
    """The guidance is in English: the answer says so in one line, quotes it, and is not handed to a coach
    merely because the question's Chinese words cannot occur in an English quote. (The fixture's Chinese
    guide was read and lost, so the note says the closest guidance is in English, not the only one.)"""
    answer = fixture_answerer.ask(question)
    notes = [line for line in answer.answer.splitlines() if "英文" in line]
    assert notes == [NOTE_CLOSEST_IN_OTHER_LANGUAGE["zh"]] and NOTE_OTHER_LANGUAGE["zh"] not in answer.answer
    assert answer.confidence.label in {"high", "medium"} and not answer.escalate


def test_a_question_worded_unlike_the_guidance_gets_its_closest_quotes_with_a_warning(knowledge_answerer):
    # No glossary term in it, yet it is about labelling: "the guidance does not cover this" was untrue.
    answer = knowledge_answerer.ask("Roughly how long does annotating a few thousand examples take, and how do I "
                                    "make sure the annotators are consistent?")
    assert answer.confidence.label == "low" and answer.escalate and answer.covered
    assert answer.answer.startswith(UNSURE_PREFIX["en"]) and "four to eight weeks" in answer.answer


@pytest.mark.parametrize("question", OUT_OF_SCOPE)
def test_out_of_scope_questions_are_low_escalated_and_say_so(knowledge_answerer, question):
    answer = knowledge_answerer.ask(question)
    assert answer.confidence.label == "low" and answer.escalate
    assert not answer.covered and answer.sources == []
    assert "does not cover" in answer.answer or "没有涉及" in answer.answer


def test_answer_quotes_only_the_sources_with_numbered_citations(knowledge_answerer, knowledge_index):
    answer = knowledge_answerer.ask("How do I define success metrics for an AI feature?")
    assert answer.confidence.label in {"high", "medium"} and not answer.escalate
    assert "success-metrics.md" in [s.source for s in answer.retrieved[:2]]
    cited = re.findall(r"\[(\d+)\]", answer.answer)
    # The sources shown are exactly the ones cited, numbered from 1: none listed that the answer never quotes.
    assert cited and sorted({int(n) for n in cited}) == list(range(1, len(answer.sources) + 1))
    # Extractive means every sentence is the knowledge base's own words, never invented (a sentence whose
    # trailing "; see other-guide.md" was cut ends in a full stop where the guide has the semicolon).
    corpus = " ".join(" ".join(text.split()) for _, text, _ in knowledge_index.all_records())
    corpus = corpus.replace("**", "")
    for line in answer.answer.splitlines():
        for sentence in re.split(r"\s*\[\d+\]\s*", re.sub(r"^- ", "", line)):
            if sentence.strip():
                assert sentence.strip().removesuffix(".") in corpus


def test_a_how_question_gets_the_whole_routine_and_the_section_it_quotes(knowledge_answerer, knowledge_index):
    """One step of a routine ("Fourth, choose the threshold…") was quoted alone, under the section retrieval
    ranked first ("Revisiting thresholds after launch"), not the one the words came from."""
    answer = knowledge_answerer.ask("How do I choose a launch threshold?")
    lines = answer.answer.splitlines()
    assert lines[0].startswith("Choosing the operating point follows a repeatable routine.")
    steps = [line for line in lines if line.startswith("- ")]
    assert [s.split(",")[0] for s in steps] == ["- First", "- Second", "- Third", "- Fourth", "- Fifth"]
    assert [s.section.split(" > ")[-1] for s in answer.sources] == ["Choosing the operating point step by step"]
    # Every quoted sentence is found in the section the sources line names.
    named = " ".join(" ".join(text.split()) for _, text, meta in knowledge_index.all_records()
                     if meta.get("section") == answer.sources[0].section)
    for line in lines:
        quoted = re.sub(r"\s*\[\d+\]\s*$", "", line.removeprefix("- ")).strip()
        if quoted:
            assert quoted in named


def test_a_list_question_reads_the_section_of_the_guide_that_lists_the_answer(knowledge_answerer):
    """The spec template's overview ("…fourteen sections: problem statement, why AI, success metrics…")
    was its ninth retrieved passage, one past what the composer read: the answer quoted one sentence per
    section and named neither the problem statement nor the success metrics."""
    answer = knowledge_answerer.ask("What sections should an AI product spec include?")
    text = answer.answer.lower()
    for section in ("problem statement", "success metrics", "evaluation plan", "rollout"):
        assert section in text
    assert "How an AI spec differs from a classic PRD" in answer.sources[0].section


def test_the_sources_line_names_every_section_quoted_in_the_order_quoted():
    def unit(source: str, section: str, text: str) -> Unit:
        chunk = RetrievedChunk(f"{source}#{section}", text, {"source": source, "section": section})
        return Unit(chunk, 0, 0, 0, text, "prose")

    composition = Composition("…", [unit("t.md", "Thresholds > Steps", "First, score."),
                                     unit("e.md", "Evals > Sets", "Sets need edge cases."),
                                     unit("t.md", "Thresholds > After launch", "Thresholds drift."),
                                     unit("t.md", "Thresholds > Steps", "Second, tabulate.")])
    assert quoted_sections(composition, "t.md") == "Thresholds > Steps; After launch"
    assert quoted_sections(composition, "e.md") == "Evals > Sets"
    assert quoted_sections(composition, "other.md") == ""
    # A page's opening lines sit under no heading: they add no empty name ("Guide > ; Pitfalls").
    opening = Composition("…", [unit("p.md", "", "Users forgive a slow report."),
                                unit("p.md", "Pitfalls", "Do not hide latency behind a spinner.")])
    assert quoted_sections(opening, "p.md") == "Pitfalls"


def test_chinese_question_is_answered_from_chinese_guidance_in_chinese(knowledge_answerer):
    answer = knowledge_answerer.ask("怎么建立评测集？好例、坏例和边界情况各占多少？")
    assert any(s.source.startswith("zh-") for s in answer.sources[:2])
    assert re.search(r"[\u4e00-\u9fff]", answer.answer)  # the asker's language, since the guidance has it


def test_a_question_in_traditional_characters_gets_the_answer_its_simplified_twin_gets(knowledge_answerer):
    """Taiwan and Hong Kong write 評測集 for 评测集: the same guidance, the same label, the same quotes
    (on the 26 Chinese golden questions rewritten in traditional characters, answerable questions escalated
    fell from 56% to 6% once words were matched in simplified form)."""
    simplified = knowledge_answerer.ask("怎么建立评测集？好例、坏例和边界情况各占多少？")
    traditional = knowledge_answerer.ask("怎麼建立評測集？好例、壞例和邊界情況各占多少？")
    assert [s.source for s in traditional.sources] == [s.source for s in simplified.sources]
    assert traditional.confidence.label == simplified.confidence.label
    assert traditional.answer == simplified.answer


def test_follow_up_uses_the_earlier_question_as_context(knowledge_answerer):
    alone = knowledge_answerer.ask("and for chatbots?")
    follow_up = knowledge_answerer.ask("and for chatbots?", history=["How do I monitor an AI feature after launch?"])
    assert follow_up.sources[0].source == "monitoring-after-launch.md"
    assert alone.confidence.label != "high"  # a fragment on its own is ambiguous


@pytest.mark.parametrize(
    ("question", "message"),
    [("", "Please type a question"), ("   ", "Please type a question"), ("x" * 5000, "limited to"),
     ("\x01\x02\x03\x04\x05\x06\x07\x08 binary", "doesn't look like text")],
)
def test_bad_questions_get_a_friendly_error(knowledge_answerer, question, message):
    with pytest.raises(InvalidQuestion, match=message):
        knowledge_answerer.ask(question)


def test_confidence_is_a_score_in_unit_interval_with_consistent_label(knowledge_answerer):
    judge = knowledge_answerer.judge
    for question in ["What is a data flywheel?", "Write me a poem", "how do i red team my chatbot"]:
        confidence = knowledge_answerer.ask(question).confidence
        assert 0.0 <= confidence.score <= 1.0
        assert confidence.label == judge.label_for(confidence.score)
        assert confidence.escalate == (confidence.label == "low")


# -- what a PM reads: answers that answer, on a small messy corpus written for these tests ---------

SPEC_PAGE = """Back to all guides

Field Guide: Shipping AI Features

Shipping AI Features

Planning the Launch

Before launch, confirm:
  • The evaluation set covers rare inputs
  • A rollback switch exists and was tested
  • Support staff know how to escalate
  • Writing the Feature Brief

    Every AI feature brief should contain:
  • The user problem in one sentence
  • The quality bar with a number
  • The fallback when the model is wrong
  • Who reviews the outputs each week

Field Guide: Shipping AI Features | Example Site | Example Site
"""

POST = (
    "Product notes · Careers\n"
    "𝗦𝗵𝗶𝗽𝗽𝗶𝗻𝗴 𝗔𝗜 𝗶𝘀 𝗮 𝘁𝗲𝗮𝗺 𝘀𝗽𝗼𝗿𝘁. Early on I thought models were the hard part of AI work. "
    "𝗪𝗵𝘆 𝗽𝗿𝗼𝗺𝗽𝘁 𝗳𝗶𝗿𝘀𝘁 Start with a prompt before training anything, because a prompt takes a day "
    "and shows whether the task is feasible at all. Training a model costs weeks and needs labelled data. "
    "𝗪𝗵𝗼 𝗷𝘂𝗱𝗴𝗲𝘀 𝗾𝘂𝗮𝗹𝗶𝘁𝘆 Domain experts grade a sample of outputs every week against a written rubric.\n"
    "Comment below with your story.\n"
    "Comment below with your story.\n"
)

LATENCY_GUIDE = """---
title: Latency budgets for AI features
lang: en
---

# Latency budgets for AI features

## What a latency budget is
A latency budget is the longest time a user will wait for an AI response before the feature feels broken.
Set the latency budget per surface: autocomplete needs answers in about 200 milliseconds, while a report generator can take a minute.

## Cutting latency
Stream the first tokens as soon as they exist, so the user sees progress. Cache answers to repeated requests.
"""


@pytest.fixture(scope="module")
def messy_answerer(tmp_path_factory, embedder):
    pages = {"field-guide.txt": SPEC_PAGE, "post.txt": POST, "latency.md": LATENCY_GUIDE}
    index = index_of_pages(tmp_path_factory, embedder, "messy", pages)
    return Answerer(index.settings, index), index


def answer_lines(answer: str) -> list[str]:
    """What the reader sees, line by line, without citations or bullet marks."""
    return [re.sub(r"\s*\[\d+\]", "", line).lstrip("- ").strip() for line in answer.splitlines() if line.strip()]


def test_a_list_question_gets_the_lead_in_and_its_items(messy_answerer):
    answerer, _ = messy_answerer
    answer = answerer.ask("What should an AI feature brief contain?")
    lines = answer.answer.splitlines()
    assert lines[0].startswith("Every AI feature brief should contain:") and re.search(r"\[\d\]", lines[0])
    assert lines[1:] == [
        "- The user problem in one sentence",
        "- The quality bar with a number",
        "- The fallback when the model is wrong",
        "- Who reviews the outputs each week",
    ]


def test_a_why_question_gets_the_reason_in_prose(messy_answerer):
    answerer, _ = messy_answerer
    answer = answerer.ask("Why should I start with a prompt before training a model?")
    assert "because a prompt takes a day" in answer.answer
    assert not answer.answer.lstrip().startswith("-")


@pytest.mark.parametrize(
    "question",
    [
        "Why start with a prompt?",
        "Who should judge the quality of AI outputs?",
        "What should I check before launching an AI feature?",
        "What is a latency budget?",
        "How do I make an AI feature feel faster?",
    ],
)
def test_headings_titles_navigation_and_asides_are_never_quoted(messy_answerer, question):
    answerer, index = messy_answerer
    forbidden = {"Shipping AI is a team sport.", "Early on I thought models were the hard part of AI work.",
                 "Comment below with your story.", "Product notes · Careers", "Back to all guides",
                 "Field Guide: Shipping AI Features | Example Site | Example Site"}
    for _, _, meta in index.all_records():
        forbidden.add(meta["title"])
        forbidden.update(part for part in meta["section"].split(" > ") if part)
    answer = answerer.ask(question)
    assert answer.covered
    for line in answer_lines(answer.answer):
        for sentence in re.split(r"(?<=[.!?])\s+", line):
            assert sentence not in forbidden, (question, answer.answer)
            assert "I thought" not in sentence


def test_an_answer_that_misses_the_question_is_not_high(messy_answerer):
    answerer, _ = messy_answerer
    answer = answerer.ask("Which vendors offer the cheapest GPU hosting for fine-tuning?")
    assert answer.confidence.label != "high"


def test_chinese_question_over_english_only_guidance_says_so_in_one_line(messy_answerer):
    answerer, index = messy_answerer
    answer = answerer.ask("AI 输出的评分标准由谁来打分？")
    assert answer.covered, answer.answer
    framing = [line for line in answer.answer.splitlines() if re.search(r"[\u4e00-\u9fff]", line)]
    quoted = [line for line in answer.answer.splitlines() if line not in framing]
    assert len([line for line in framing if "英文" in line]) == 1 and all("[" not in line for line in framing)
    assert quoted and "rubric" in " ".join(quoted)
    corpus = " ".join(" ".join(text.split()) for _, text, _ in index.all_records())
    for line in quoted:
        for sentence in re.split(r"\s*\[\d+\]\s*", line.lstrip("- ")):
            assert not sentence.strip() or sentence.strip() in corpus


# Near-topic questions: the guidance is about something nearby. The second once came out `medium`
# (a model-alignment answer whose words "model", "deploy" and "customers" matched) until a name the
# question asks about ("Germany") and the answer never says kept it from being trusted.
@pytest.mark.parametrize("question", [
    "Which cloud region should host our model for European customers?",
    "Which cloud provider region should we deploy our model in for customers in Germany?",
])
def test_an_answer_beside_a_near_topic_question_is_low(knowledge_answerer, question):
    assert knowledge_answerer.ask(question).confidence.label == "low"


def test_a_name_the_question_asks_about_must_be_said_by_the_answer(knowledge_answerer):
    # "Germany" occurs in the guidance (an example query in the LUI guide), so it is no unknown name,
    # but an answer that never says it is about something nearby.
    nearby = knowledge_answerer.ask("Which cloud provider region should we deploy our model in for customers in Germany?")
    assert "Germany" not in nearby.answer and nearby.confidence.features["unanswered_names"] == 1
    named = knowledge_answerer.ask("How did GitHub Copilot reach double PMF?")
    assert "GitHub Copilot" in named.answer and named.confidence.features["unanswered_names"] == 0
    assert named.confidence.label == "high"


@pytest.mark.parametrize(("question", "name"), [
    ("Which open-source embedding model ranks first on the MTEB leaderboard today?", "MTEB"),
    ("Which LLM provider answers fastest for users in Singapore?", "Singapore"),
])
def test_a_question_naming_what_no_guide_mentions_goes_to_a_coach_and_says_why(knowledge_answerer, question, name):
    answer = knowledge_answerer.ask(question)
    assert answer.confidence.label == "low" and answer.escalate
    assert answer.answer.startswith(f"The guidance never mentions {name}.")


# Asked what something costs, the bot had answered `high` from a guide on the topic that names no sum
# ("how much should we pay participants per hour?" over a usability-study guide); asked which product to pick,
# `medium` from the guide on the practice ("Which vector database should we use?" over the RAG guide). The
# guidance is about the subject, not its price or its vendors, and a coach should say which.
@pytest.mark.parametrize(("question", "note"), [
    ("How much should we pay our annotators per hour?", NO_PRICE),
    ("What hourly rate do freelance labellers charge?", NO_PRICE),
    ("外部标注团队一般收费多少？", NO_PRICE),
    ("Which vector database should we use for our RAG feature?", NO_PRODUCT),
    ("Which annotation vendor charges the least per labelled example?", NO_PRODUCT),
    ("哪家的大模型 API 最便宜？", NO_PRODUCT),
])
def test_a_price_or_product_the_guidance_never_names_goes_to_a_coach_and_says_why(knowledge_answerer, question, note):
    answer = knowledge_answerer.ask(question)
    assert answer.confidence.label == "low" and answer.escalate
    lang = "zh" if re.search(r"[\u4e00-\u9fff]", question) else "en"
    assert answer.answer.startswith(note[lang]), answer.answer


def test_a_price_question_answered_with_the_sum_is_not_escalated(knowledge_answerer):
    answer = knowledge_answerer.ask("How much does one call to a large model cost?")
    assert not answer.escalate and answer.confidence.features["unanswered_price"] == 0
    assert "$0.0177 per call" in answer.answer and not answer.answer.startswith(NO_PRICE["en"])


def test_a_price_question_asks_for_a_sum_of_money_and_a_price_names_one():
    assert asks_for_price("How much should we pay participants per hour for a usability study?")
    assert asks_for_price("What salary should I offer a senior PM?")
    assert asks_for_price("给招聘 AI 工具做偏见审计，外部机构一般收费多少？")
    # A rate that is not money, an amount that is not money, and a method rather than a figure.
    assert not asks_for_price("What rate of false positives is acceptable?")
    assert not asks_for_price("How much can caching cut our model API bill?")
    assert not asks_for_price("How do I decide how much one credit should be worth?")
    assert not asks_for_price("怎么估算一次大模型调用要花多少钱？")
    # A period and a procedure asked beside the word "payments" (guides-unseen-44).
    assert not asks_for_price("If a songwriter complains they were paid for the wrong song, how long do they have to "
                              "raise it, and how do we fix the payments?")
    for amount in ["about $8,000 a month", "EUR 30 per hour", "twenty dollars", "两千元", "0.5 cents a call"]:
        assert states_price(amount), amount
    for no_amount in ["about 40 percent", "3,000 items at 90 seconds each", "两千条样本"]:
        assert not states_price(no_amount), no_amount


def test_a_question_asking_which_product_is_answered_when_the_guidance_names_one(knowledge_answerer):
    answer = knowledge_answerer.ask("Which AI product is the best example of double PMF?")
    assert "GitHub Copilot" in answer.answer and answer.confidence.features["unanswered_product"] == 0
    assert not answer.escalate and not answer.answer.startswith(NO_PRODUCT["en"])


def test_a_product_question_asks_which_one_to_pick_not_how_to_choose():
    for question in ["Which LLM vendor has the fastest time to first token?", "What's the best LLM for legal contracts?",
                     "做 AI 助手的长期记忆，用哪个向量数据库比较好？", "哪家的 TTS 声音最自然？"]:
        assert asks_for_product(question), question
    for question in ["How do we decide which models an enterprise customer may plug in?",
                     "How do we decide which pricing model to use?", "What biases do LLM judges have?",
                     "precision vs recall, which one matters when?", "What does a model PM do day to day?"]:
        assert not asks_for_product(question), question


# "write me a limerick about product managers" had been answered `medium` with quotes about AI agents: the
# subject is near the guides, the request is not a question they answer.
@pytest.mark.parametrize("request_text", ["write me a limerick about product managers", "Write me a poem",
                                          "Tell us a joke about PMs", "帮我写一首关于产品经理的诗"])
def test_a_request_for_a_poem_or_a_joke_is_declined_without_quotes(knowledge_answerer, request_text):
    answer = knowledge_answerer.ask(request_text)
    lang = "zh" if re.search(r"[\u4e00-\u9fff]", request_text) else "en"
    assert answer.answer == WRITING_REQUEST[lang] and not answer.sources and not answer.covered
    assert answer.confidence.label == "low"


def test_a_writing_request_is_told_from_a_question_about_writing():
    for question in ["How do I write a good user story for an AI feature?", "How should we tell users a story about "
                     "uncertainty?", "怎么讲好 AI 产品的故事？", "Can you draft the rollout section of my spec?"]:
        assert not asks_for_writing(question), question


def test_names_are_capitalised_words_and_model_names_not_sentence_openers_or_the_fields_shorthand():
    assert named_terms("Which GPU fits a 70B model like Llama 3 on Kubernetes?") == ["70B", "Llama 3", "Kubernetes"]
    assert named_terms("How can UI and RAG help? What about GPT-4 and A100 cards?") == ["GPT-4", "A100"]
    assert named_terms("微调 Llama 3 的时候学习率应该设多少？") == ["Llama 3"]
    assert named_terms("Should European and Japanese users see Copilot?") == ["Copilot"]
    assert named_terms("How do PMs and LLMs work with Kubernetes?") == ["Kubernetes"]
    # A body or a standard is a name the guidance may never mention (guides-unseen-32's unanswerable question).
    assert named_terms("Is our AI tutor a medical device? Do we need FDA clearance or a CE mark?") == ["FDA", "CE"]
    # A hyphenated compound is one name, as the tokenizer reads it: "Oz" alone is in no passage.
    assert named_terms("What roles does a Wizard-of-Oz session need?") == ["Wizard-of-Oz"]
    assert named_terms("Should we use GPT-4o-mini or Claude 3?") == ["GPT-4o-mini", "Claude 3"]
    # The field's shorthand made an adjective names nothing (guides-unseen-33: "The guidance never mentions
    # LLM-based." opened an answer, and "AI-driven scam warnings" was declined as off-topic).
    assert named_terms("We're adding LLM-based rewriting and AI-driven warnings to the ML-powered Atlas app") == ["Atlas"]


WIZARD_PAGE = """# Wizard-of-Oz tests for AI features

## Who takes part
A Wizard-of-Oz test needs three people per session: a facilitator who runs the session and asks the questions, a wizard who writes the responses and never speaks to the participant, and a note-taker who logs every request and what the participant did next.

## Preparing the responses
Write about 30 answers before the first session, so the wizard can reply within the time a real model would take.
"""


def test_a_hyphenated_name_is_one_name_not_an_unknown_last_part(tmp_path_factory, embedder):
    """Asked about a "Wizard-of-Oz session", the bot had opened with "The guidance never mentions Oz." and
    escalated a question its guide answers: "Oz" alone is in no passage, "Wizard-of-Oz" is."""
    index = index_of_pages(tmp_path_factory, embedder, "wizard", {"wizard-of-oz.md": WIZARD_PAGE})
    answer = Answerer(index.settings, index).ask("What roles does a Wizard-of-Oz session for an AI feature need?")
    assert not answer.answer.startswith("The guidance never mentions"), answer.answer
    assert "facilitator" in answer.answer and answer.confidence.features["unknown_names"] == 0


QUOTA_PAGE = """# 免费额度防滥用清单

## 四、处置要分级，别一上来就封号

命中信号之后，我们按下面的顺序逐级处理：先把该账号的调用频率降到每分钟 5 次；再要求每 20 次生成完成一次人机验证；然后把请求切到更便宜的小模型；只有前三步都无效，并且经过人工复核之后，才封禁账号。

封号一定要有人工复核，而且要留申诉通道。每周看一次申诉数据：如果申诉成功率超过 20%，说明规则太严、误伤太多，要回头调阈值。
"""


def test_a_reworded_chinese_question_gets_the_closest_quotes_and_off_topic_chinese_is_refused(tmp_path_factory, embedder):
    """"对疑似滥用免费次数的用户，处理上应该按什么步骤来？" over a Chinese page on free-quota abuse had been told the
    guidance does not cover it: no glossary term, and half its bigrams straddle two words. It now gets the
    closest quotes under the unsure warning, still `low` and sent to a coach; the weather is still refused."""
    index = index_of_pages(tmp_path_factory, embedder, "quota", {"quota.md": QUOTA_PAGE})
    answerer = Answerer(index.settings, index)
    reworded = answerer.ask("对疑似滥用免费次数的账号，处理上应该按什么步骤来？")
    assert reworded.covered and reworded.answer.startswith(UNSURE_PREFIX["zh"]), reworded.answer
    assert "人工复核" in reworded.answer and reworded.escalate
    weather = answerer.ask("今天北京的天气怎么样？")
    assert not weather.covered and weather.escalate


VENDOR_PAGE = """Choosing a model vendor

Start from your own tasks

Collect 200 real examples of your task before talking to any vendor, and score every candidate on them blind.

Read the data terms

Ask the vendor in writing: are prompts and outputs kept, for how long, and are they used for training? Regulated customers decide on these answers before they look at quality.

Plan an exit

Keep prompts portable and test a second vendor on the same examples every quarter.
"""


def test_an_instruction_to_ask_is_quoted_when_the_asker_wants_to_know_what_to_ask(tmp_path_factory, embedder):
    """"What should we ask a vendor about our data?" is answered by the sentence that says what to ask,
    though it ends in a question mark."""
    index = index_of_pages(tmp_path_factory, embedder, "vendor", {"vendor.txt": VENDOR_PAGE})
    answer = Answerer(index.settings, index).ask("What should we ask a model vendor about our data before signing?")
    assert "Ask the vendor in writing: are prompts and outputs kept, for how long, and are they used for training?" in (
        answer.answer), answer.answer


LABELLING_BUDGET_ZH = """# 标注预算怎么算

## 单条成本

* 单条成本 = 标注时长 × 标注员时薪
* 简单分类任务每条约 30 秒，长文本评分每条可能要 5 分钟
* 需要医生、律师等领域专家的任务，时薪是普通标注员的 5 到 10 倍

## 质量控制

* 至少 10% 的样本由两人独立标注，计算一致率
* 预留 20% 的预算用于返工和复核
"""

TOKEN_COST_EN = """# Comparing what two model vendors cost

The price per million tokens on a vendor's page is not the cost of your feature.
Multiply the average input and output tokens of real requests by the expected monthly volume.
A model that is cheaper per token but writes answers twice as long can cost more in the end.
"""


def test_an_english_question_whose_best_guide_is_chinese_is_answered_from_it(tmp_path_factory, embedder):
    """"How do I estimate the cost per label for an annotation job?" found the Chinese labelling-budget guide
    first, and was then answered from an English page on token prices because it was in English."""
    index = index_of_pages(tmp_path_factory, embedder, "crossbudget",
                           {"labelling-budget.md": LABELLING_BUDGET_ZH, "token-cost.md": TOKEN_COST_EN})
    answer = Answerer(index.settings, index).ask("How do I estimate the cost per label for an annotation job?")
    assert answer.sources[0].source == "labelling-budget.md"
    assert "标注时长 × 标注员时薪" in answer.answer and "per million tokens" not in answer.answer, answer.answer
