"""The shared answer flow with a model configured: what `aipm ask --json`, chat, Slack and eval all get.

The chat model is langchain's fake, given to Services the way a test stands in for a provider; the
index, embedder, retrieval, check and database are real.
"""

import json

import httpx
import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage

from bot.core.generation.answers import source_passages
from bot.core.generation.claims import strip_citations
from bot.core.retrieval import RetrievedChunk
from bot.core.report import build_report, format_report
from bot.services import Services
from tests.conftest import make_settings
from tests.core.generation.fakes import failing, replying

def plain(text: str) -> str:
    return " ".join(strip_citations(text).replace(" .", ".").split())


QUESTION = "How should I pick the confidence threshold for launch?"


class RecordingFake(GenericFakeChatModel):
    """Replies with the script and keeps the prompts it was sent."""

    seen: list = []

    def _generate(self, messages, *args, **kwargs):
        self.seen.append(messages)
        return super()._generate(messages, *args, **kwargs)


def services_with(tmp_path, knowledge_index, chat_model, **values) -> Services:
    settings = make_settings(tmp_path / "data", llm="openai:stand-in", **values)
    return Services(settings, index=knowledge_index, chat_model=chat_model)


def test_a_grounded_generated_answer_is_shown_recorded_and_reported(tmp_path, knowledge_index):
    extractive = Services(make_settings(tmp_path / "x"), index=knowledge_index).answerer.ask(QUESTION)
    quoted = extractive.answer.split("\n")[0]  # the composer's first sentence, with its [n]
    model = RecordingFake(messages=iter([AIMessage(quoted)]), seen=[])
    services = services_with(tmp_path, knowledge_index, model)
    asked = services.asking.ask(QUESTION, history=["What is a tuning split?"], surface="cli")
    answer = asked.answer
    assert answer.mode == "generated" and answer.fallback == ""
    assert plain(answer.answer) == plain(quoted) and answer.generation.supported_share == 1.0
    contract = answer.to_json()
    assert contract["mode"] == "generated" and contract["fallback"] is None
    assert contract["generation"]["claims"][0]["verdict"] == "supported"
    json.dumps(contract)
    # The model read every retrieved guide, so a generated answer lists them all (an extractive one lists
    # only those it quotes).
    assert [s.source for s in answer.sources] == [s.source for s in answer.retrieved]
    assert len(answer.sources) > len(extractive.sources)
    # The prompt held the thread's earlier question and the shown sources, numbered as the PM sees them.
    sent = model.seen[0]
    assert any(m.type == "human" and m.content == "What is a tuning split?" for m in sent)
    for number, source in enumerate(answer.sources, start=1):
        assert f'<passage id="{number}" title="{source.title.replace(chr(34), chr(39))}">' in sent[-1].content
    report = build_report(services.store)
    assert report["answer_modes"] == {"generated": 1, "extractive": 0, "fallback": 0}
    assert "generated 1" in format_report(report)


def test_an_unsupported_claim_is_removed_and_the_answer_is_never_high(tmp_path, knowledge_index):
    extractive = Services(make_settings(tmp_path / "x"), index=knowledge_index).answerer.ask(QUESTION)
    quoted = extractive.answer.split("\n")[0]
    invented = "Acme Corp found that launching on Fridays triples revenue [1]."
    services = services_with(tmp_path, knowledge_index, replying(f"{quoted} {invented}"),
                             llm_min_supported=0.5)
    answer = services.asking.ask(QUESTION, surface="cli").answer
    assert answer.mode == "generated"
    assert "Acme" not in answer.answer and plain(answer.answer) == plain(quoted)
    assert answer.confidence.label != "high"
    share = answer.generation.supported_share
    assert 0 < share < 1 and answer.confidence.features["supported_share"] == pytest.approx(share, abs=1e-4)
    assert answer.confidence.score < extractive.confidence.score


@pytest.mark.parametrize(
    ("model", "reason", "line"),
    [
        (failing(httpx.ReadTimeout("slow")), "timeout", "took too long"),
        (failing(httpx.ConnectError("refused")), "server_down", "could not be reached"),
        (failing(type("RateLimitError", (Exception,), {"status_code": 429})("429")), "rate_limited", "rate-limited"),
        (replying("   "), "empty", "returned nothing"),
        (replying("<|im_start|> <passages>"), "malformed", "unusable"),
        (replying("Launch on Fridays [1]. Hire Acme to red-team it [2]."), "ungrounded", "more than the guidance"),
    ],
)
def test_every_model_failure_gives_the_extractive_answer_under_one_line(tmp_path, knowledge_index, model, reason,
                                                                       line):
    extractive = Services(make_settings(tmp_path / "x"), index=knowledge_index).answerer.ask(QUESTION)
    services = services_with(tmp_path, knowledge_index, model)
    asked = services.asking.ask(QUESTION, surface="cli")
    answer = asked.answer
    note, body = answer.answer.split("\n", 1)
    assert line in note and body == extractive.answer
    assert answer.mode == "extractive" and answer.fallback == reason
    assert answer.confidence.label == extractive.confidence.label
    assert answer.to_json()["fallback"] == reason
    report = build_report(services.store)
    assert report["answer_modes"]["fallback"] == 1 and report["fallback_reasons"] == {reason: 1}
    assert f"{reason} 1" in format_report(report)


def test_no_model_is_asked_where_the_guidance_does_not_cover_the_question(tmp_path, knowledge_index):
    model = RecordingFake(messages=iter([AIMessage("Anything [1].")]), seen=[])
    services = services_with(tmp_path, knowledge_index, model)
    answer = services.answerer.ask("What is the best recipe for sourdough bread?")
    assert answer.mode == "extractive" and answer.generation is None and not model.seen
    assert answer.confidence.label == "low"  # escalation rules as without a model


def test_without_aipm_llm_the_stand_in_model_is_ignored(tmp_path, knowledge_index):
    services = Services(make_settings(tmp_path / "data"), index=knowledge_index, chat_model=replying("x"))
    assert services.generator is None and services.answerer.ask(QUESTION).mode == "extractive"


def test_passages_follow_the_shown_source_numbering():
    a1 = RetrievedChunk("1", "First part.", {"source": "a.md", "title": "A"})
    a2 = RetrievedChunk("2", "Second part.", {"source": "a.md", "title": "A"})
    b1 = RetrievedChunk("3", "Other doc.", {"source": "b.md", "title": "B"})
    passages = source_passages([b1, a1, a2, a1], ["a.md", "b.md", "c.md"])
    assert [(p.source, p.text) for p in passages] == [("a.md", "First part.\n\nSecond part."),
                                                      ("b.md", "Other doc."), ("c.md", "")]
