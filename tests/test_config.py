"""Settings: one object from the environment; .env.example documents exactly its fields."""

from __future__ import annotations

import re

from bot.config import Settings
from tests.conftest import REPO


def env_names() -> set[str]:
    names = set()
    for name, field in Settings.model_fields.items():
        alias = field.validation_alias
        names.add(alias.choices[0] if alias is not None else f"AIPM_{name.upper()}")
    return names


def test_env_example_lists_exactly_the_settings():
    text = (REPO / ".env.example").read_text(encoding="utf-8")
    documented = set(re.findall(r"^([A-Z_]+)=", text, re.MULTILINE))
    assert documented == env_names()


def test_env_example_values_are_the_defaults_and_load(tmp_path):
    env_file = tmp_path / ".env"
    env_file.write_text((REPO / ".env.example").read_text(encoding="utf-8"), encoding="utf-8")
    from_example = Settings(_env_file=env_file)
    defaults = Settings(_env_file=None)
    assert from_example.model_dump() == defaults.model_dump()


def test_environment_overrides_and_secrets_stay_secret(monkeypatch):
    monkeypatch.setenv("AIPM_TOP_K", "7")
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-not-a-real-token")
    monkeypatch.setenv("AIPM_COACH_USER_IDS", "U1, U2")
    settings = Settings(_env_file=None)
    assert settings.top_k == 7 and settings.coach_user_ids == ["U1", "U2"]
    assert "xoxb-not-a-real-token" not in repr(settings) and "xoxb-not-a-real-token" not in str(settings.model_dump())
    assert settings.slack_bot_token.get_secret_value() == "xoxb-not-a-real-token"
