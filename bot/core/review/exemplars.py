"""Find rubric items by meaning: spec sentences compared with exemplar statements the team wrote.

exemplars.yml holds, per rubric item, a few statements of what a spec says when it covers the item
(`good`), names it without substance (`partial`) and hand-waves (`vacuous`). A sentence close to an item's
good or partial statements is about the item wherever it sits (a heading-less paragraph, a chat line, a
table row); one closer to the item's vacuous statements is hand-waving. The vectors come from the
packaged embedder and are computed once per analyser.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Callable

import numpy as np
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from bot.core.review.errors import RubricError


class ItemExemplars(BaseModel):
    """What the team expects a spec to say about one item, at three levels of substance."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    good: tuple[str, ...] = Field(min_length=2)
    partial: tuple[str, ...] = ()
    vacuous: tuple[str, ...] = ()

    @field_validator("good", "partial", "vacuous")
    @classmethod
    def _non_blank(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        cleaned = tuple(" ".join(v.split()) for v in value)
        if any(not v for v in cleaned):
            raise ValueError("statements must not be blank")
        return cleaned


def parse_exemplars(text: str, item_ids: list[str]) -> dict[str, ItemExemplars]:
    """Exemplars from YAML text, one entry for every rubric item, or RubricError saying what is wrong."""
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise RubricError(f"exemplars are not valid YAML: {exc}") from exc
    if not isinstance(raw, dict):
        raise RubricError("exemplars must map each rubric item id to its statements")
    unknown = sorted(set(raw) - set(item_ids))
    missing = [i for i in item_ids if i not in raw]
    if unknown or missing:
        raise RubricError(f"exemplars: unknown items {unknown}, items without exemplars {missing}")
    out = {}
    for item_id, entry in raw.items():
        try:
            out[item_id] = ItemExemplars.model_validate(entry)
        except ValidationError as exc:
            raise RubricError(f"exemplars for {item_id}: {exc.errors()[0]['msg']}") from exc
    return out


@lru_cache(maxsize=1)
def default_exemplars(item_ids: tuple[str, ...]) -> dict[str, ItemExemplars]:
    text = resources.files("bot.core.review").joinpath("exemplars.yml").read_text(encoding="utf-8")
    return parse_exemplars(text, list(item_ids))


class ExemplarMatcher:
    """Similarity of spec sentences to each item's substantive and vacuous exemplars.

    Besides the team's statements it holds *learned* ones: lines people pointed to when the review missed
    an item (bot/core/review/corrections.py), read as the item's `good` or `partial` statements.
    """

    def __init__(self, exemplars: list[ItemExemplars], embed: Callable[[list[str]], list[list[float]]]) -> None:
        self.exemplars = exemplars
        self.embed = embed
        self._lock = threading.Lock()
        self._base: _Bank | None = None
        self._bank: _Bank | None = None  # the base statements plus the learned ones
        self._learned_vectors: dict[str, np.ndarray] = {}

    def _load(self) -> _Bank:
        with self._lock:
            if self._bank is not None:
                return self._bank
        texts, owner, kinds = [], [], []
        for position, ex in enumerate(self.exemplars):
            for kind, statements in (("good", ex.good), ("partial", ex.partial), ("vacuous", ex.vacuous)):
                texts += statements
                owner += [position] * len(statements)
                kinds += [kind] * len(statements)
        base = _Bank.of(np.asarray(self.embed(texts)), owner, kinds)
        with self._lock:
            if self._base is None:
                self._base = self._bank = base
            assert self._bank is not None
            return self._bank

    def learn(self, statements: list[tuple[int, str, str]]) -> None:
        """Replace the learned statements with these (item position, `good` or `partial`, text); a text
        seen before is not embedded again."""
        self._load()
        fresh = list(dict.fromkeys(text for _, _, text in statements if text not in self._learned_vectors))
        if fresh:
            self._learned_vectors.update(zip(fresh, np.asarray(self.embed(fresh))))
        with self._lock:
            assert self._base is not None
            if not statements:
                self._bank = self._base
                return
            learned = _Bank.of(
                np.asarray([self._learned_vectors[text] for _, _, text in statements]),
                [position for position, _, _ in statements],
                [kind for _, kind, _ in statements],
            )
            self._bank = self._base.plus(learned)

    def good_similarities(self, unit_vectors: np.ndarray) -> np.ndarray:
        """Per unit and item, the best similarity to the item's `good` statements alone: a sentence closer
        to these than to the `partial` ones says the item with substance."""
        bank = self._load()
        good = np.full((len(unit_vectors), len(self.exemplars)), -1.0)
        if not len(unit_vectors):
            return good
        sims = unit_vectors @ bank.vectors.T
        for position in range(len(self.exemplars)):
            columns = (bank.owner == position) & bank.good
            good[:, position] = sims[:, columns].max(axis=1)
        return good

    def similarities(self, unit_vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(about, vacuous): per unit and item, the best similarity to the item's good or partial
        statements, and to its vacuous ones (-1 when the item has none)."""
        bank = self._load()
        n_items = len(self.exemplars)
        about = np.full((len(unit_vectors), n_items), -1.0)
        vacuous = np.full((len(unit_vectors), n_items), -1.0)
        if not len(unit_vectors):
            return about, vacuous
        sims = unit_vectors @ bank.vectors.T
        for position in range(n_items):
            mine = bank.owner == position
            good_cols, vac_cols = mine & ~bank.vacuous, mine & bank.vacuous
            about[:, position] = sims[:, good_cols].max(axis=1)
            if vac_cols.any():
                vacuous[:, position] = sims[:, vac_cols].max(axis=1)
        return about, vacuous


@dataclass(frozen=True)
class _Bank:
    """Statement vectors with, per row, the item position it belongs to and its kind."""

    vectors: np.ndarray
    owner: np.ndarray
    vacuous: np.ndarray
    good: np.ndarray

    @classmethod
    def of(cls, vectors: np.ndarray, owner: list[int], kinds: list[str]) -> "_Bank":
        return cls(vectors, np.asarray(owner), np.asarray([k == "vacuous" for k in kinds]),
                   np.asarray([k == "good" for k in kinds]))

    def plus(self, other: "_Bank") -> "_Bank":
        return _Bank(*(np.concatenate([mine, theirs]) for mine, theirs in
                       ((self.vectors, other.vectors), (self.owner, other.owner),
                        (self.vacuous, other.vacuous), (self.good, other.good))))
