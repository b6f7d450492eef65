"""Which guide answers: the fitted source ranking, how it is stored, fitted, and what it changes for a PM.

The pages are eval/guides-unseen-7's (a Chinese team's AI content-labelling rules among English pages on
citations, accessibility and more). Asked in Chinese how AI-written text and images should be labelled,
fused retrieval puts the English citations page first; the model reads that the Chinese page's best
passage states the question's rarer terms and that it is in the asker's language, and the answer quotes
the labelling rules."""

from __future__ import annotations

import json

import pytest

from bot.core.answering import Answerer
from bot.core.retrieval import Retrieval, RetrievedChunk
from bot.core.source_ranking import (
    FEATURES, SOURCE_RANKING_FILE, SourceRankingModel, load_source_ranking_model, promote_best_source,
    source_features,
)
from bot.evaluation.source_ranking import fit
from tests.conftest import REPO, index_of_pages

PAGES = REPO / "eval" / "guides-unseen-7"
LABELS_QUESTION = "AI 生成的文字和图片，在产品里分别应该怎么标识？"


@pytest.fixture(scope="module")
def index(tmp_path_factory, embedder):
    pages = {page.name: page.read_text(encoding="utf-8") for page in sorted(PAGES.iterdir())}
    return index_of_pages(tmp_path_factory, embedder, "source-ranking", pages)


def test_the_shipped_model_is_fitted_on_the_features_retrieval_computes():
    data = json.loads(SOURCE_RANKING_FILE.read_text(encoding="utf-8"))
    assert tuple(data["features"]) == FEATURES and len(data["weights"]) == len(FEATURES)
    assert data["rows"] > 1000  # every dev split of the repository's golden sets, not a sample
    assert load_source_ranking_model() is not None


def test_a_stale_or_broken_model_file_leaves_the_fused_order(tmp_path):
    load_source_ranking_model.cache_clear()
    stale = tmp_path / "stale.json"
    stale.write_text(json.dumps({"features": ["is_first", "retired"], "weights": [1, 2], "intercept": 0}))
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    assert load_source_ranking_model(stale) is None
    assert load_source_ranking_model(broken) is None
    assert load_source_ranking_model(tmp_path / "absent.json") is None
    load_source_ranking_model.cache_clear()


def test_a_chinese_question_is_answered_from_the_chinese_guide_the_model_puts_first(index):
    answer = Answerer(index.settings, index).ask(LABELS_QUESTION)
    assert answer.sources[0].source == "yuque-zh-ai-content-labels.md"
    assert "文字旁边直接显示" in answer.answer and "水印" in answer.answer


def test_without_the_model_the_english_page_comes_first_and_the_answer_loses_the_images(index):
    answerer = Answerer(index.settings, index)
    answerer.source_ranking = None
    # The composer still finds the Chinese guide, read only through its best passage: text labels, no images.
    assert "水印" not in answerer.ask(LABELS_QUESTION).answer
    retrieval = answerer.retriever.retrieve(LABELS_QUESTION)  # the retriever alone keeps fused order
    assert retrieval.chunks[0].source == "docusaurus-citations-ux.md"
    assert "yuque-zh-ai-content-labels.md" in [c.source for c in retrieval.sources(5)]


def _chunk(chunk_id: str, source: str, text: str, *, dense: float, dense_rank: int, lang: str = "en") -> RetrievedChunk:
    return RetrievedChunk(chunk_id, text, {"source": source, "title": source, "section": "", "lang": lang},
                          dense=dense, dense_rank=dense_rank)


def _retrieval(chunks: list[RetrievedChunk]) -> Retrieval:
    return Retrieval("how do we set a launch bar?", "en", ["launch", "bar"], [], [], chunks=chunks,
                     term_weights={"launch": 2.0, "bar": 3.0})


def test_promotion_moves_the_chosen_guide_first_and_keeps_every_other_passage_in_fused_order():
    chunks = [_chunk("a1", "a.md", "Pricing tiers for AI features.", dense=0.5, dense_rank=1),
              _chunk("b1", "b.md", "Agree the launch bar before results.", dense=0.4, dense_rank=2),
              _chunk("a2", "a.md", "Credits and overage.", dense=0.3, dense_rank=3),
              _chunk("b2", "b.md", "A bar below 90% blocks the launch.", dense=0.3, dense_rank=4)]
    terms_only = SourceRankingModel(tuple(1.0 if name == "passage_terms" else 0.0 for name in FEATURES), 0.0)
    retrieval = _retrieval(list(chunks))
    assert promote_best_source(retrieval, terms_only) == "b.md"
    assert [c.id for c in retrieval.chunks] == ["b1", "b2", "a1", "a2"]
    first_only = SourceRankingModel(tuple(1.0 if name == "is_first" else 0.0 for name in FEATURES), 0.0)
    retrieval = _retrieval(list(chunks))
    assert promote_best_source(retrieval, first_only) is None
    assert [c.id for c in retrieval.chunks] == ["a1", "b1", "a2", "b2"]


def test_readings_say_what_each_source_has():
    chunks = [_chunk("a1", "a.md", "Pricing tiers.", dense=0.5, dense_rank=1),
              _chunk("b1", "b.md", "Agree the launch bar first.", dense=0.25, dense_rank=2, lang="zh")]
    (first, a), (second, b) = source_features(_retrieval(chunks))
    assert (first, second) == ("a.md", "b.md")
    assert a["is_first"] == 1.0 and b["is_first"] == 0.0
    assert b["dense_share"] == pytest.approx(0.5)
    assert b["passage_terms"] == pytest.approx(1.0) and a["passage_terms"] == 0.0
    assert a["asker_language"] == 1.0 and b["asker_language"] == 0.0


def test_fit_learns_what_tells_the_right_guide_apart():
    def row(terms: float, first: bool) -> dict[str, float]:
        return {name: 0.0 for name in FEATURES} | {"passage_terms": terms, "is_first": float(first)}

    rows = [(row(0.8 + i / 100, i % 2 == 0), True) for i in range(20)]
    rows += [(row(0.2 + i / 100, i % 2 == 1), False) for i in range(20)]
    model = fit(rows)
    assert model.weights[FEATURES.index("passage_terms")] > 0
    assert min(model.score(f) for f, r in rows if r) > max(model.score(f) for f, r in rows if not r)
    with pytest.raises(ValueError, match="right sources and wrong ones"):
        fit([(row(0.5, True), True)])
