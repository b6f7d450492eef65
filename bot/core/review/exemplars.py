"""Find rubric items by meaning: spec sentences compared with exemplar statements the team wrote.

exemplars.yml holds, per rubric item, a few statements of what a spec says when it covers the item
(`good`), names it without substance (`partial`) and hand-waves (`vacuous`). A sentence close to an item's
good or partial statements is about the item wherever it sits (a heading-less paragraph, a chat line, a
table row); one closer to the item's vacuous statements is hand-waving. The vectors come from the
packaged embedder and are computed once per analyser.
"""

from __future__ import annotations

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
    """Similarity of spec sentences to each item's substantive and vacuous exemplars."""

    def __init__(self, exemplars: list[ItemExemplars], embed: Callable[[list[str]], list[list[float]]]) -> None:
        self.exemplars = exemplars
        self.embed = embed
        self._vectors: np.ndarray | None = None
        self._owner: np.ndarray | None = None
        self._vacuous: np.ndarray | None = None
        self._good: np.ndarray | None = None

    def _load(self) -> None:
        if self._vectors is not None:
            return
        texts, owner, kinds = [], [], []
        for position, ex in enumerate(self.exemplars):
            for kind, statements in (("good", ex.good), ("partial", ex.partial), ("vacuous", ex.vacuous)):
                texts += statements
                owner += [position] * len(statements)
                kinds += [kind] * len(statements)
        self._vectors = np.asarray(self.embed(texts))
        self._owner = np.asarray(owner)
        self._vacuous = np.asarray([kind == "vacuous" for kind in kinds])
        self._good = np.asarray([kind == "good" for kind in kinds])

    def good_similarities(self, unit_vectors: np.ndarray) -> np.ndarray:
        """Per unit and item, the best similarity to the item's `good` statements alone: a sentence closer
        to these than to the `partial` ones says the item with substance."""
        self._load()
        assert self._vectors is not None and self._owner is not None and self._good is not None
        good = np.full((len(unit_vectors), len(self.exemplars)), -1.0)
        if not len(unit_vectors):
            return good
        sims = unit_vectors @ self._vectors.T
        for position in range(len(self.exemplars)):
            columns = (self._owner == position) & self._good
            good[:, position] = sims[:, columns].max(axis=1)
        return good

    def similarities(self, unit_vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(about, vacuous): per unit and item, the best similarity to the item's good or partial
        statements, and to its vacuous ones (-1 when the item has none)."""
        self._load()
        assert self._vectors is not None and self._owner is not None and self._vacuous is not None
        n_items = len(self.exemplars)
        about = np.full((len(unit_vectors), n_items), -1.0)
        vacuous = np.full((len(unit_vectors), n_items), -1.0)
        if not len(unit_vectors):
            return about, vacuous
        sims = unit_vectors @ self._vectors.T
        for position in range(n_items):
            mine = self._owner == position
            good_cols, vac_cols = mine & ~self._vacuous, mine & self._vacuous
            about[:, position] = sims[:, good_cols].max(axis=1)
            if vac_cols.any():
                vacuous[:, position] = sims[:, vac_cols].max(axis=1)
        return about, vacuous
