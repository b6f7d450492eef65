"""The coaching path from steps.yml: steps, aspects and the session's own phrases, validated on load."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from bot.errors import UserError

LANGS = ("en", "zh")


class PathError(UserError):
    """steps.yml is not a usable coaching path; the message says what is wrong and where."""


class Text(BaseModel):
    """One piece of wording in both languages."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    en: str = Field(min_length=1)
    zh: str = Field(min_length=1)

    def __call__(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


class Aspect(BaseModel):
    """Something a strong answer to a step covers (its cue patterns live in cues.py under `id`)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    name: Text
    missing: Text
    question: Text


class Step(BaseModel):
    """One question of the path and how its answer is judged."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    title: Text
    prompt: Text
    example: Text
    probe: Text  # asked when every aspect is covered: the next question a good coach would ask
    rubric: tuple[str, ...] = ()
    cites: tuple[str, ...] = ()
    query: Text
    aspects: tuple[Aspect, ...] = Field(min_length=1)


class CoachingPath(BaseModel):
    """The steps in order, and the wording of the session around them."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    steps: tuple[Step, ...] = Field(min_length=1)
    phrases: dict[str, Text]

    @model_validator(mode="after")
    def _unique_ids(self) -> "CoachingPath":
        ids = [step.id for step in self.steps]
        if len(set(ids)) != len(ids):
            raise ValueError(f"step ids must be unique: {ids}")
        return self

    def __len__(self) -> int:
        return len(self.steps)

    def index_of(self, step_id: str) -> int:
        for position, step in enumerate(self.steps):
            if step.id == step_id:
                return position
        raise KeyError(step_id)

    def say(self, key: str, lang: str, **values: object) -> str:
        """A phrase in `lang`, with its {placeholders} filled."""
        return self.phrases[key](lang).format(**values)


def parse_path(text: str) -> CoachingPath:
    try:
        raw = yaml.safe_load(text)
        return CoachingPath.model_validate(raw)
    except yaml.YAMLError as exc:
        raise PathError(f"the coaching path is not valid YAML: {exc}") from exc
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(part) for part in error["loc"]) or "path"
        raise PathError(f"the coaching path: '{where}' {error['msg']}") from exc


@lru_cache(maxsize=1)
def default_path() -> CoachingPath:
    return parse_path(resources.files("bot.core.coaching").joinpath("steps.yml").read_text(encoding="utf-8"))
