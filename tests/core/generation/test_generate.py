"""generate_answer with langchain's fake chat models: the grounded path and every fallback path."""

import httpx
import pytest
from langchain_core.messages import AIMessage

from bot.core.generation import GroundednessChecker, Passage, Turn, Unavailable, fallback_note, generate_answer
from tests.core.generation.fakes import failing, replying

PASSAGES = [
    Passage("Pick the confidence threshold on a held-out tuning split, never on the test set you report.", "Thresholds"),
    Passage("Roll out a new model to 5% of traffic for one week and keep a kill switch that reverts in under a minute.",
            "Rollout"),
]
QUESTION = "How do I launch a new model safely?"


@pytest.fixture(scope="module")
def checker(embedder):
    return GroundednessChecker(embedder)


def ask(model, checker, question=QUESTION, **kwargs):
    return generate_answer(question, PASSAGES, [Turn("user", "Hi")], model, checker=checker, **kwargs)


def test_a_grounded_reply_reaches_the_pm_with_its_citations_and_usage(checker):
    reply = AIMessage(
        "Send 5% of traffic to the new model for a week [2]. Next step: set up a kill switch that reverts in "
        "under a minute [2].",
        usage_metadata={"input_tokens": 310, "output_tokens": 28, "total_tokens": 338},
    )
    answer = ask(replying(reply), checker)
    assert answer.available and answer.failure is None
    assert answer.text == reply.content and answer.citations == (2,)
    assert answer.supported_share == 1.0 and not answer.changed
    assert (answer.input_tokens, answer.output_tokens) == (310, 28) and answer.latency_ms > 0
    assert answer.cap_confidence("high") == "high"


def test_an_unsupported_claim_is_removed_and_caps_confidence(checker):
    answer = ask(replying("Send 5% of traffic to the new model for a week [2]. Always launch on a Friday [1]."), checker)
    assert answer.text == "Send 5% of traffic to the new model for a week [2]."
    assert [c.claim.text for c in answer.removed] == ["Always launch on a Friday."]
    assert answer.changed and answer.supported_share == 0.5
    assert answer.cap_confidence("high") == "medium"
    claims = answer.to_json()["claims"]
    assert [(c["verdict"], c["passage"]) for c in claims] == [("supported", 2), ("unsupported", 1)]


def test_a_mostly_invented_answer_falls_back(checker):
    answer = ask(replying("Launch on Fridays [1]. Hire a red team from Acme [2]. Send 5% of traffic for a week [2]."),
                 checker, min_supported=0.5)
    assert answer.failure is Unavailable.UNGROUNDED and answer.text == ""
    assert answer.supported_share == pytest.approx(1 / 3)


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (TimeoutError("took too long"), Unavailable.TIMEOUT),
        (httpx.ReadTimeout("read timed out"), Unavailable.TIMEOUT),
        (httpx.ConnectError("connection refused"), Unavailable.SERVER_DOWN),
        (type("RateLimitError", (Exception,), {"status_code": 429})("slow down"), Unavailable.RATE_LIMITED),
        (type("InternalServerError", (Exception,), {"status_code": 503})("upstream exploded"), Unavailable.SERVER_DOWN),
        (ValueError("something else"), Unavailable.ERROR),
    ],
)
def test_provider_failures_become_a_fallback_not_an_error(checker, error, reason, caplog):
    answer = ask(failing(error), checker)
    assert answer.failure is reason and answer.text == "" and not answer.available
    assert str(error) not in caplog.text  # the log names the failure, never the provider's message


def test_empty_and_malformed_replies_fall_back(checker):
    assert ask(replying("   "), checker).failure is Unavailable.EMPTY
    echoed = '<passage id="1" title="Thresholds">Pick the threshold.</passage>'
    assert ask(replying(echoed), checker).failure is Unavailable.MALFORMED
    assert ask(replying("<|im_end|> [1] [2] ..."), checker).failure is Unavailable.MALFORMED
    assert ask(replying("!!! ??? ... 123"), checker).failure is Unavailable.MALFORMED
    no_text = AIMessage(content=[{"type": "image_url", "image_url": {"url": "data:,"}}])
    assert ask(replying(no_text), checker).failure is Unavailable.MALFORMED


def test_a_closing_fence_after_the_answer_is_not_the_answer(checker):
    """SmolLM2 under one llama.cpp build ends its answer by closing the passage it quoted: the answer
    before it is checked and cited as any other; a reply that opens a fence is still an echo."""
    answer = ask(replying("Send 5% of traffic to the new model for a week.\n</passage>"), checker)
    assert answer.available and answer.text == "Send 5% of traffic to the new model for a week [2]."
    assert ask(replying("</passage>"), checker).failure is Unavailable.EMPTY
    assert ask(replying("<passage>Send 5% of traffic.</passage>"), checker).failure is Unavailable.MALFORMED


def test_a_reply_cut_at_max_tokens_loses_its_half_sentence(checker):
    cut = AIMessage("Send 5% of traffic to the new model for a week [2]. Then set up a kill",
                    response_metadata={"finish_reason": "length"})
    answer = ask(replying(cut), checker)
    assert answer.text == "Send 5% of traffic to the new model for a week [2]."


def test_saying_the_guidance_does_not_cover_it_is_an_answer(checker):
    answer = ask(replying("The passages do not cover pricing."), checker, question="How should I price it?")
    assert answer.available and not answer.covered and answer.text == "The passages do not cover pricing."


def test_streaming_passes_tokens_through_and_flags_a_replaced_message(checker):
    tokens = []
    answer = ask(replying("Send 5% of traffic to the new model for a week [2]. Launch on Fridays [1]."), checker,
                 on_token=tokens.append)
    assert "".join(tokens) == "Send 5% of traffic to the new model for a week [2]. Launch on Fridays [1]."
    assert len(tokens) > 5  # it streamed, word by word
    assert answer.changed and answer.text == "Send 5% of traffic to the new model for a week [2]."


def test_a_stream_that_breaks_falls_back(checker):
    tokens = []
    answer = ask(failing(httpx.ConnectError("refused")), checker, on_token=tokens.append)
    assert answer.failure is Unavailable.SERVER_DOWN and tokens == [] and answer.changed


def test_the_fallback_note_speaks_the_askers_language():
    assert fallback_note(Unavailable.TIMEOUT, "How?") == (
        "A written answer was unavailable (the language model took too long), so this one quotes the guidance."
    )
    assert fallback_note(Unavailable.SERVER_DOWN, "怎么做？").startswith("生成式回答暂不可用（无法连接语言模型）")


def test_an_embedder_or_checker_is_required():
    with pytest.raises(ValueError, match="embedder"):
        generate_answer(QUESTION, PASSAGES, [], replying("x"))


def test_a_real_openai_client_against_a_closed_port_falls_back(embedder):
    pytest.importorskip("langchain_openai")
    from bot.config import Settings
    from bot.core.generation import Generator
    from tests.pg import free_port

    settings = Settings(_env_file=None, llm="openai:any", llm_base_url=f"http://127.0.0.1:{free_port()}/v1",
                        llm_max_retries=0)
    answer = Generator.from_settings(settings, embedder).answer(QUESTION, PASSAGES)
    assert answer.failure is Unavailable.SERVER_DOWN and answer.text == ""
