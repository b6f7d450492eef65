"""Retrieval, answering and confidence on real indexes: what a PM would see from `aipm ask`."""

from __future__ import annotations

import re

import pytest

from bot.core.answering import Answerer, InvalidQuestion
from tests.conftest import make_settings

OUT_OF_SCOPE = [
    "What is the capital of Australia?",
    "Write me a poem",
    "今天北京的天气怎么样？",
    "asdf qwer zxcv",
]


@pytest.fixture(scope="module")
def fixture_answerer(fixture_index, tmp_path_factory):
    return Answerer(make_settings(tmp_path_factory.mktemp("unused")), fixture_index)


@pytest.fixture(scope="module")
def knowledge_answerer(knowledge_index, tmp_path_factory):
    return Answerer(make_settings(tmp_path_factory.mktemp("unused")), knowledge_index)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What are output guardrails for an LLM feature and which checks matter most?", "guardrails-checklist.txt"),
        ("What habits should a team follow when changing prompts?", "linkedin-prompt-habits.txt"),
        ("Why should retrieval and answers be evaluated separately in a RAG assistant?", "tutorial-rag-evaluation.txt"),
        ("How fast do inline suggestions and chat answers need to be?", "latency-budgets.html"),
        ("is it ok to just use the average cost per request when pricing our ai plan", "pricing-ai-features.pdf"),
        ("Why does the first session matter so much for an AI assistant?", "onboarding-ai-assistant.md"),
        ("What permissions should an AI agent be given?", "agent-permissions-translated.txt"),
        ("冷启动的时候合成数据能用吗 要多少条", "zh-cold-start.txt"),
    ],
)
def test_fixture_questions_name_the_right_document_first(fixture_answerer, question, expected):
    # One question per shape of document: scraped page, bold post, outline, HTML, PDF, front matter, translation.
    answer = fixture_answerer.ask(question)
    assert answer.sources and answer.sources[0].source == expected
    assert not answer.escalate


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How can we evaluate an AI feature before we have any real user data?", "zh-cold-start.txt"),
        ("衡量 AI 功能的延迟应该看平均值还是 P95？", "latency-budgets.html"),
        ("用户怎么随时收回 AI 智能体的权限？", "agent-permissions-translated.txt"),
    ],
)
def test_cross_language_questions_find_guidance_in_the_other_language(fixture_answerer, question, expected):
    assert expected in [s.source for s in fixture_answerer.ask(question).retrieved[:3]]


@pytest.mark.parametrize("question", OUT_OF_SCOPE)
def test_out_of_scope_questions_are_low_escalated_and_say_so(knowledge_answerer, question):
    answer = knowledge_answerer.ask(question)
    assert answer.confidence.label == "low" and answer.escalate
    assert not answer.covered and answer.sources == []
    assert "does not cover" in answer.answer or "没有涉及" in answer.answer


def test_answer_quotes_only_the_sources_with_numbered_citations(knowledge_answerer, knowledge_index):
    answer = knowledge_answerer.ask("How do I define success metrics for an AI feature?")
    assert answer.confidence.label in {"high", "medium"} and not answer.escalate
    assert "success-metrics.md" in [s.source for s in answer.sources[:2]]
    cited = re.findall(r"\[(\d+)\]", answer.answer)
    assert cited and all(1 <= int(n) <= len(answer.sources) for n in cited)
    # Extractive means every sentence is the knowledge base's own words, never invented.
    corpus = " ".join(" ".join(text.split()) for _, text, _ in knowledge_index.all_records())
    corpus = corpus.replace("**", "")
    for sentence in re.split(r"\s*\[\d+\]\s*", answer.answer):
        if sentence.strip():
            assert sentence.strip() in corpus


def test_chinese_question_is_answered_from_chinese_guidance_in_chinese(knowledge_answerer):
    answer = knowledge_answerer.ask("怎么建立评测集？好例、坏例和边界情况各占多少？")
    assert any(s.source.startswith("zh-") for s in answer.sources[:2])
    assert re.search(r"[\u4e00-\u9fff]", answer.answer)  # the asker's language, since the guidance has it


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


def test_sentence_vectors_are_reused_between_questions(knowledge_index):
    from bot.core.answering import SentenceVectorCache

    class CountingEmbedder:
        """The real embedder, counting how many texts it is asked to embed."""

        def __init__(self, inner):
            self.inner, self.embedded = inner, 0

        def embed_documents(self, texts):
            self.embedded += len(texts)
            return self.inner.embed_documents(texts)

    embedder = CountingEmbedder(knowledge_index.embedder)
    cache = SentenceVectorCache(embedder, max_items=3)
    first = cache.get(["Eval sets need edge cases.", "Thresholds come first.", "Eval sets need edge cases."])
    assert embedder.embedded == 2 and first.shape[0] == 3
    again = cache.get(["Thresholds come first."])
    assert embedder.embedded == 2 and (again[0] == first[1]).all()
    cache.get(["a", "b", "c"])  # bounded: the oldest go
    assert len(cache._vectors) == 3
