"""Sentence vectors: embedded once (at ingest, or by the first answer that needs them), then read back,
across questions and across restarts; a store that breaks costs speed, never an answer."""

from __future__ import annotations

import json
import logging
import sqlite3

import numpy as np

from bot.core.answering import Answerer
from bot.core.index import KnowledgeIndex
from bot.core.sentence_vectors import SentenceVectorCache, SentenceVectorStore
from ingest.pipeline import ingest_paths
from tests.conftest import REPO, make_settings

SENTENCES = ["Eval sets need edge cases.", "Thresholds come first.", "评估集需要边缘案例。"]


class CountingEmbedder:
    """The real embedder, counting how many texts it is asked to embed."""

    def __init__(self, inner):
        self.inner, self.embedded = inner, 0

    def embed_documents(self, texts):
        self.embedded += len(texts)
        return self.inner.embed_documents(texts)


def test_sentence_vectors_are_reused_between_questions(embedder):
    counting = CountingEmbedder(embedder)
    cache = SentenceVectorCache(counting, max_items=3)
    first = cache.get(["Eval sets need edge cases.", "Thresholds come first.", "Eval sets need edge cases."])
    assert counting.embedded == 2 and first.shape[0] == 3
    again = cache.get(["Thresholds come first."])
    assert counting.embedded == 2 and (again[0] == first[1]).all()
    cache.get(["a", "b", "c"])  # bounded: the oldest go
    assert len(cache._vectors) == 3


def test_a_restarted_bot_reads_the_vectors_it_embedded_before(tmp_path, embedder):
    path = tmp_path / "sentences.sqlite3"
    before = SentenceVectorCache(embedder, store=SentenceVectorStore(path, model="m")).get(SENTENCES)

    counting = CountingEmbedder(embedder)
    after = SentenceVectorCache(counting, store=SentenceVectorStore(path, model="m")).get(SENTENCES)
    assert counting.embedded == 0
    assert after.dtype == before.dtype and np.array_equal(after, before)  # float32 on disk loses nothing


def test_warming_embeds_only_what_the_store_lacks(tmp_path, embedder):
    counting = CountingEmbedder(embedder)
    cache = SentenceVectorCache(counting, store=SentenceVectorStore(tmp_path / "s.sqlite3", model="m"))
    assert cache.warm({"a#0": SENTENCES + SENTENCES[:1] + [""]}) == 3
    assert cache.warm({"a#0": SENTENCES, "b#0": ["Monitor drift weekly."]}) == 1
    assert counting.embedded == 4 and cache.store.count() == 4
    cache.get(SENTENCES)
    assert counting.embedded == 4
    assert cache.not_warmed(["b#0", "c#0", "a#0"]) == ["c#0"]


def test_vectors_of_another_model_are_dropped(tmp_path, embedder):
    path = tmp_path / "sentences.sqlite3"
    SentenceVectorCache(embedder, store=SentenceVectorStore(path, model="old model")).warm({"a#0": SENTENCES})
    assert SentenceVectorStore(path, model="old model").count() == 3
    renewed = SentenceVectorStore(path, model="new model")
    assert renewed.count() == 0 and renewed.done(["a#0"]) == set()


def test_a_broken_store_costs_speed_not_answers(tmp_path, embedder, caplog):
    settings = make_settings(tmp_path / "data")
    index = KnowledgeIndex(settings, embedder=embedder)
    index.sentence_vectors_path.parent.mkdir(parents=True)
    index.sentence_vectors_path.write_bytes(b"\x00not a database\xff" * 64)
    with caplog.at_level(logging.WARNING):
        vectors = index.sentence_vectors.get(SENTENCES)
    assert vectors.shape == (3, 384) and index.sentence_vectors.store is None
    assert "cannot open" in caplog.text

    # A store that fails while the bot runs (disk gone, file locked) is let go after one warning.
    cache = SentenceVectorCache(embedder, store=SentenceVectorStore(tmp_path / "s.sqlite3", model="m"))
    cache.store.close()
    caplog.clear()
    with caplog.at_level(logging.WARNING):
        assert cache.get(SENTENCES).shape == (3, 384)
        assert cache.warm({"a#0": ["Monitor drift weekly."]}) == 0
        assert cache.not_warmed(["a#0"]) == []
    assert cache.store is None and caplog.text.count("cannot be used") == 1


def test_after_ingest_a_first_answer_embeds_no_sentence(fixture_index, embedder):
    """A bot started on an ingested corpus answers every golden question of it without embedding one
    passage sentence while the PM waits: ingest embedded them all."""
    restarted = KnowledgeIndex(fixture_index.settings, embedder=embedder)
    counting = CountingEmbedder(embedder)
    restarted.sentence_vectors.embedder = counting
    answerer = Answerer(restarted.settings, restarted)
    golden = [json.loads(line) for line in (REPO / "eval" / "fixture.jsonl").open(encoding="utf-8")]
    answers = [answerer.ask(case["question"]) for case in golden]
    assert sum(a.covered for a in answers) >= len(golden) // 2  # real answers, quoted from the passages
    assert counting.embedded == 0


def test_without_embedding_at_ingest_the_first_answer_embeds_and_keeps(tmp_path, embedder):
    folder = tmp_path / "guides"
    folder.mkdir()
    (folder / "evals.md").write_text(
        "# Eval sets\n\nAn eval set needs edge cases as well as typical ones. Score every case against a "
        "rubric before launch. Refresh the set when the product changes.\n", encoding="utf-8")
    settings = make_settings(tmp_path / "data", embed_sentences_at_ingest=False)
    ingested = KnowledgeIndex(settings, embedder=embedder)
    report = ingest_paths([folder], ingested, progress=False)
    assert report.added == 1 and report.sentences == 0 and "0 sentence(s) embedded" in report.summary()
    assert not ingested.sentence_vectors_path.exists()  # switched off, ingest leaves no file behind

    question = "What does an eval set need?"
    first = KnowledgeIndex(settings, embedder=embedder)
    first.sentence_vectors.embedder = counting = CountingEmbedder(embedder)
    answer = Answerer(settings, first).ask(question)
    assert "edge cases" in answer.answer and counting.embedded > 0

    second = KnowledgeIndex(settings, embedder=embedder)  # the bot, restarted
    second.sentence_vectors.embedder = counting = CountingEmbedder(embedder)
    assert Answerer(settings, second).ask(question).answer == answer.answer and counting.embedded == 0


def test_an_index_ingested_before_the_store_existed_is_filled_by_the_next_ingest(tmp_path, embedder):
    """Upgrading: chunks ingested by a version without sentence vectors are unchanged, so they are not
    re-embedded, but their sentences are, once; the run after that embeds nothing."""
    folder = tmp_path / "guides"
    folder.mkdir()
    (folder / "evals.md").write_text("# Eval sets\n\nAn eval set needs edge cases. Score every case.\n",
                                     encoding="utf-8")
    settings = make_settings(tmp_path / "data")
    index = KnowledgeIndex(settings, embedder=embedder)
    ingest_paths([folder], index, progress=False)
    index.sentence_vectors.store.close()
    for leftover in index.sentence_vectors_path.parent.glob(index.sentence_vectors_path.name + "*"):
        leftover.unlink()  # as if ingested before the store existed

    upgraded = KnowledgeIndex(settings, embedder=embedder)
    report = ingest_paths([folder], upgraded, progress=False)
    assert report.added == 0 and report.unchanged == 1 and report.sentences > 0
    again = ingest_paths([folder], KnowledgeIndex(settings, embedder=embedder), progress=False)
    assert again.unchanged == 1 and again.sentences == 0


def test_the_store_takes_about_two_kilobytes_a_sentence_and_an_old_layout_is_dropped(tmp_path, embedder):
    path = tmp_path / "sentences.sqlite3"
    texts = [f"Sentence number {n} of a guide about evals." for n in range(300)]
    store = SentenceVectorStore(path, model="m")
    SentenceVectorCache(embedder, store=store).warm({"a#0": texts})
    store.close()  # the last connection closing folds the write-ahead log into the file
    assert 1_500 * len(texts) < path.stat().st_size < 2_500 * len(texts)  # 384 float32: 1.5 KB, + key, pages

    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version = 1")  # the first layout
    db.close()
    reopened = SentenceVectorStore(path, model="m")
    assert reopened.count() == 0 and reopened.done(["a#0"]) == set()
    reopened.close()
    assert path.stat().st_size < 100_000  # the old layout's pages went back to the disk

