"""Shared fixtures: isolated settings and data folders, one real embedder, real ingested indexes."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from bot.config import Settings
from bot.core.answering import Answerer
from bot.core.embeddings import SentenceEmbedder
from bot.core.index import KnowledgeIndex

REPO = Path(__file__).resolve().parent.parent
KNOWLEDGE = REPO / "knowledge"
FIXTURE = REPO / "tests" / "data" / "corpus"  # messy documents of our own; nothing outside the repo is needed


@pytest.fixture(autouse=True)
def isolated_environment(monkeypatch, tmp_path):
    """No test sees the developer's .env, Slack tokens or data folder."""
    for name in list(os.environ):
        if name.startswith(("AIPM_", "SLACK_")):
            monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)


def make_settings(data_dir: Path, **overrides) -> Settings:
    return Settings(_env_file=None, data_dir=data_dir, knowledge_dir=KNOWLEDGE, **overrides)


@pytest.fixture(scope="session")
def embedder() -> SentenceEmbedder:
    """The real packaged all-MiniLM-L6-v2, loaded once for the whole run."""
    return SentenceEmbedder()


@pytest.fixture
def settings(tmp_path) -> Settings:
    return make_settings(tmp_path / "data")


@pytest.fixture
def index(settings, embedder) -> KnowledgeIndex:
    return KnowledgeIndex(settings, embedder=embedder)


def _ingested(tmp_path_factory, embedder, name: str, paths: list[Path]) -> KnowledgeIndex:
    from ingest.pipeline import ingest_paths

    data_dir = tmp_path_factory.mktemp(name)
    index = KnowledgeIndex(make_settings(data_dir), embedder=embedder)
    report = ingest_paths(paths, index, progress=False)
    assert report.files and not report.skipped, report.summary()
    return index


def index_of_pages(tmp_path_factory, embedder, name: str, pages: dict[str, str]) -> KnowledgeIndex:
    """A real index of a few pages written for one test module ({file name: text})."""
    folder = tmp_path_factory.mktemp(f"{name}-src") / "guides"
    folder.mkdir()
    for file_name, text in pages.items():
        (folder / file_name).write_text(text, encoding="utf-8")
    index = _ingested(tmp_path_factory, embedder, name, [folder])
    assert index.count() >= len(pages)
    return index


def answerer_of_pages(tmp_path_factory, embedder, name: str, pages: dict[str, str]) -> Answerer:
    """An extractive answerer over a real index of a few pages written for one test module."""
    index = index_of_pages(tmp_path_factory, embedder, name, pages)
    return Answerer(index.settings, index)


@pytest.fixture(scope="session")
def knowledge_index(tmp_path_factory, embedder) -> KnowledgeIndex:
    """knowledge/ ingested once into a session data folder."""
    return _ingested(tmp_path_factory, embedder, "knowledge", [KNOWLEDGE])


@pytest.fixture(scope="session")
def fixture_index(tmp_path_factory, embedder) -> KnowledgeIndex:
    """The fixture corpus (eight messy documents, one Chinese, one PDF) ingested once, from a copy."""
    copy = tmp_path_factory.mktemp("fixture-src") / "corpus"
    shutil.copytree(FIXTURE, copy)
    return _ingested(tmp_path_factory, embedder, "fixture", [copy])


@pytest.fixture(scope="session")
def postgres_url():
    """A real PostgreSQL server on loopback; skipped, with the reason printed, where it is not installed."""
    from tests.pg import postgres_bin, postgres_server

    if postgres_bin() is None:
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql); .ci/run installs it")
    with postgres_server() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path):
    """Every storage test runs on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'aipm.sqlite3'}"
    url = request.getfixturevalue("postgres_url")
    # A fresh database per test keeps tests independent on one server.
    import uuid

    from sqlalchemy import create_engine, text

    name = f"t_{uuid.uuid4().hex[:12]}"
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    engine.dispose()
    return url.rsplit("/", 1)[0] + f"/{name}"
