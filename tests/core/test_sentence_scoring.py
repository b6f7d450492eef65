"""The fitted sentence relevance model: how it is stored, loaded and fitted, and what it changes in an answer."""

from __future__ import annotations

import json

import pytest

from bot.core.answer_lists import heading_overlap
from bot.core.answering import Answerer
from bot.core.retrieval import RetrievedChunk, key_terms
from bot.core.sentence_scoring import FEATURES, RELEVANCE_FILE, RelevanceModel, hand_score, load_relevance_model
from bot.evaluation.points import match_points
from bot.core.text import tokenize
from bot.evaluation.relevance import fit, golden_sets
from tests.conftest import REPO, make_settings


def test_the_shipped_model_is_fitted_on_the_features_the_composer_computes():
    data = json.loads(RELEVANCE_FILE.read_text(encoding="utf-8"))
    assert tuple(data["features"]) == FEATURES and len(data["weights"]) == len(FEATURES)
    assert data["rows"] > 5000  # every dev split of the repository's golden sets, not a sample
    assert load_relevance_model() is not None


def test_a_stale_or_broken_model_file_falls_back_to_the_hand_set_score(tmp_path):
    load_relevance_model.cache_clear()
    stale = tmp_path / "stale.json"
    stale.write_text(json.dumps({"features": ["similarity", "retired_feature"], "weights": [1, 2], "intercept": 0,
                                 "offset": 0, "scale": 1}), encoding="utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    assert load_relevance_model(stale) is None
    assert load_relevance_model(broken) is None
    assert load_relevance_model(tmp_path / "absent.json") is None
    load_relevance_model.cache_clear()


def _features(**values: float) -> dict[str, float]:
    return {name: values.get(name, 0.0) for name in FEATURES}


def test_fit_weighs_what_tells_point_sentences_apart_and_keeps_the_hand_scale():
    # Sentences that state a point are close in meaning under their heading; the others are not.
    def row(under_heading: float, meaning: float, rank: int) -> dict[str, float]:
        return _features(similarity_under_heading=under_heading, meaning_and_terms=meaning, passage_rank=float(rank))

    rows = [(row(0.6 + i / 100, 0.4 + i / 200, i % 3), True) for i in range(20)]
    rows += [(row(0.2 + i / 100, 0.3 + i / 200, i % 3), False) for i in range(60)]
    model = fit(rows)
    assert model.weights[FEATURES.index("similarity_under_heading")] > 0
    hands = [hand_score(f) for f, _ in rows]
    mapped = [model.score(f) for f, _ in rows]
    # On the hand score's scale: the same mean, so the composer's margins keep their meaning.
    assert sum(mapped) / len(mapped) == pytest.approx(sum(hands) / len(hands), abs=1e-3)
    assert min(model.score(f) for f, s in rows if s) > max(model.score(f) for f, s in rows if not s)


def test_fit_refuses_rows_of_one_kind():
    with pytest.raises(ValueError, match="state a point"):
        fit([(_features(similarity_under_heading=0.5), False)] * 10)


def test_the_model_round_trips_through_its_file(tmp_path):
    model = RelevanceModel(tuple(float(i) for i in range(len(FEATURES))), -1.0, 0.3, 0.2)
    path = tmp_path / "model.json"
    path.write_text(json.dumps(model.to_json()), encoding="utf-8")
    assert load_relevance_model(path) == model
    load_relevance_model.cache_clear()


def test_the_fit_reads_only_sets_that_live_in_the_repository():
    pairs = golden_sets(REPO)
    assert (REPO / "eval" / "questions.jsonl", REPO / "knowledge") in pairs
    assert all(REPO in dataset.parents and REPO in corpus.parents for dataset, corpus in pairs)
    assert len(pairs) >= 10


def test_an_answer_states_the_advice_the_hand_set_score_left_out(knowledge_index, tmp_path_factory):
    """Before the fitted model the answer on A/B test length quoted why rollout is gradual instead of how
    to randomise; the model weighs a sentence's shape and its passage's best match, and brings it in."""
    answerer = Answerer(make_settings(tmp_path_factory.mktemp("unused")), knowledge_index)
    answer = answerer.ask("how long should we run an ab test on our ai feature").answer
    points = [["two to four weeks"], ["novelty"], ["randomise by user", "by user or account"], ["4,200 users"]]
    assert all(p.covered for p in match_points(points, answer)), answer



def test_a_headings_words_count_only_where_they_add_to_the_guides_title():
    """"Why an AI feature needs its own board" on a page titled "Your AI feature's first customer advisory
    board" names nothing the page's other sections do not: for "Should account managers sit in on the
    board for our AI feature?" it must not outweigh "Keep account managers out of the room"."""
    title = "Your AI feature's first customer advisory board"
    question = set(key_terms("Should account managers sit in on the board for our AI feature?"))
    why = RetrievedChunk("a", "…", {"title": title, "section": "Why an AI feature needs its own board"})
    sales = RetrievedChunk("b", "…", {"title": title, "section": "Keep account managers out of the room"})
    title_terms = set(tokenize(title))
    assert heading_overlap(why, question) > heading_overlap(sales, question)  # counted whole, the title wins
    assert heading_overlap(why, question, title_terms) == 0.0
    assert heading_overlap(sales, question, title_terms) > 0.0
