"""The chat model factory: settings to a langchain chat model, provider packages imported on demand."""

import importlib.util
import subprocess
import sys

import pytest

from bot.config import Settings
from bot.core.generation.chat_model import LLMConfigError, chat_model_kwargs, make_chat_model
from tests.conftest import REPO


def settings(**values) -> Settings:
    return Settings(_env_file=None, **values)


def test_no_model_configured_means_extractive_only():
    assert make_chat_model(settings()) is None


def test_an_openai_compatible_server_from_settings():
    pytest.importorskip("langchain_openai")
    model = make_chat_model(settings(llm="openai:smollm2", llm_base_url="http://127.0.0.1:9/v1", llm_timeout=7,
                                     llm_max_retries=0, llm_max_tokens=123, llm_temperature=0.2,
                                     llm_api_key="sk-local-secret"))
    assert type(model).__name__ == "ChatOpenAI"
    assert (model.model_name, model.openai_api_base, model.request_timeout) == ("smollm2", "http://127.0.0.1:9/v1", 7)
    assert (model.max_retries, model.max_tokens, model.temperature) == (0, 123, 0.2)
    assert model.openai_api_key.get_secret_value() == "sk-local-secret"
    assert "sk-local-secret" not in repr(model)


def test_a_keyless_local_server_still_gets_a_placeholder_key():
    kwargs = chat_model_kwargs(settings(llm="openai:local", llm_base_url="http://127.0.0.1:8080/v1"))
    assert kwargs["api_key"] == "not-needed" and kwargs["base_url"] == "http://127.0.0.1:8080/v1"


def test_each_provider_gets_its_own_argument_names():
    ollama = chat_model_kwargs(settings(llm="ollama:llama3.1", llm_max_tokens=50, llm_timeout=9))
    assert ollama["num_predict"] == 50 and ollama["client_kwargs"] == {"timeout": 9} and "max_tokens" not in ollama
    anthropic = chat_model_kwargs(settings(llm="anthropic:claude-sonnet-4-5", llm_api_key="k"))
    assert anthropic["max_tokens"] == 400 and anthropic["api_key"] == "k" and "stream_usage" not in anthropic


def test_unknown_models_and_missing_packages_say_what_to_do():
    with pytest.raises(LLMConfigError, match="provider:model"):
        make_chat_model(settings(llm="no-such-model"))
    if importlib.util.find_spec("langchain_anthropic") is None:
        with pytest.raises(LLMConfigError, match="pip install langchain-anthropic"):
            make_chat_model(settings(llm="anthropic:claude-sonnet-4-5"))


def test_importing_generation_loads_no_provider_package():
    code = "import sys, bot.core.generation; print(sorted(m for m in sys.modules if m.startswith(('langchain_openai', 'langchain_anthropic', 'langchain_ollama', 'openai'))))"
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_init_chat_model_is_langchains_own_when_the_llm_extra_is_installed():
    pytest.importorskip("langchain.chat_models")
    from bot.core.generation.chat_model import _init_chat_model

    assert _init_chat_model().__module__ == "langchain.chat_models.base"  # not langchain_classic's copy


def test_a_self_hosted_server_gets_the_token_cap_under_the_name_it_knows():
    pytest.importorskip("langchain_openai")
    from bot.core.generation.chat_model import chat_model_kwargs

    local = chat_model_kwargs(Settings(_env_file=None, llm="openai:local", llm_base_url="http://127.0.0.1:8080/v1",
                                       llm_max_tokens=123))
    assert local["extra_body"] == {"max_tokens": 123} and local["max_tokens"] == 123
    hosted = chat_model_kwargs(Settings(_env_file=None, llm="openai:gpt-4o-mini", llm_max_tokens=123))
    assert "extra_body" not in hosted  # OpenAI itself takes max_completion_tokens only
