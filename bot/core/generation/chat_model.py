"""The chat model factory: one langchain chat model from Settings, provider packages imported on demand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bot.errors import UserError

if TYPE_CHECKING:
    from langchain_core.language_models.chat_models import BaseChatModel

    from bot.config import Settings

# pip extras per provider, named in the error a PM-facing operator sees when one is missing.
PROVIDER_PACKAGES = {
    "openai": "langchain-openai",
    "anthropic": "langchain-anthropic",
    "ollama": "langchain-ollama",
}


class LLMConfigError(UserError, ValueError):
    """AIPM_LLM names a model that cannot be built (unknown provider, missing package)."""


def provider_of(name: str) -> str:
    """'openai' for 'openai:gpt-4o-mini'; the provider init_chat_model would infer otherwise."""
    prefix = name.split(":", 1)[0].strip().lower() if ":" in name else ""
    if prefix:
        return prefix
    lowered = name.lower()
    if lowered.startswith(("gpt-", "o1", "o3", "o4")):
        return "openai"
    if lowered.startswith("claude"):
        return "anthropic"
    return ""


def chat_model_kwargs(settings: "Settings") -> dict[str, Any]:
    """The keyword arguments each provider takes for the shared settings (their names differ)."""
    provider = provider_of(settings.llm)
    kwargs: dict[str, Any] = {"temperature": settings.llm_temperature}
    api_key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else None
    if provider == "ollama":
        # ChatOllama calls the token cap num_predict and has no client-side retries or timeout knob
        # beyond its HTTP client's, which client_kwargs reaches.
        kwargs["num_predict"] = settings.llm_max_tokens
        kwargs["client_kwargs"] = {"timeout": settings.llm_timeout}
        if settings.llm_base_url:
            kwargs["base_url"] = settings.llm_base_url
        return kwargs
    kwargs.update(
        max_tokens=settings.llm_max_tokens,
        timeout=settings.llm_timeout,
        max_retries=settings.llm_max_retries,
    )
    if settings.llm_base_url:
        kwargs["base_url"] = settings.llm_base_url
    if api_key:
        kwargs["api_key"] = api_key
    elif provider == "openai" and settings.llm_base_url:
        # Self-hosted OpenAI-compatible servers often need no key, but the client insists on one.
        kwargs["api_key"] = "not-needed"
    if provider == "openai":
        kwargs["stream_usage"] = True  # token counts for streamed answers too
        if settings.llm_base_url:
            # langchain-openai sends the cap as max_completion_tokens, which OpenAI-compatible servers
            # such as llama-cpp-python's ignore: SmolLM2 wrote 1,100 tokens under a 160 cap. The older
            # name goes along in the request body, so every server sees a cap it knows.
            kwargs["extra_body"] = {"max_tokens": settings.llm_max_tokens}
    return kwargs


def _init_chat_model() -> Any:
    # `langchain` (v1, in the `llm` extra with the provider packages) is where init_chat_model is
    # maintained. langchain-classic, a base dependency, keeps a deprecated copy: used only when a provider
    # package was installed without the extra, so such an install still works.
    try:
        from langchain.chat_models import init_chat_model
    except ImportError:
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            from langchain_classic.chat_models import base

        def init_chat_model(*args: Any, **kwargs: Any) -> Any:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)
                return base.init_chat_model(*args, **kwargs)

    return init_chat_model


def make_chat_model(settings: "Settings") -> "BaseChatModel | None":
    """The chat model AIPM_LLM names, or None when it is empty (extractive answers only).

    Nothing is downloaded: the provider's langchain package must be installed (`pip install
    'aipm-coach[llm]'`) and the model is reached over HTTP when an answer is generated.
    """
    name = settings.llm.strip()
    if not name:
        return None
    init_chat_model = _init_chat_model()
    provider = provider_of(name)
    try:
        return init_chat_model(name, **chat_model_kwargs(settings))
    except ImportError as exc:
        package = PROVIDER_PACKAGES.get(provider, f"the langchain package for {provider or name!r}")
        raise LLMConfigError(
            f"AIPM_LLM={name} needs {package}: pip install {package} (or 'aipm-coach[llm]')"
        ) from exc
    except ValueError as exc:
        raise LLMConfigError(
            f"AIPM_LLM={name} is not a chat model langchain knows; use provider:model, "
            "e.g. openai:gpt-4o-mini, anthropic:claude-sonnet-4-5 or ollama:llama3.1"
        ) from exc
