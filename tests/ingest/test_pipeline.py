"""Ingestion: formats, cleaning, splitting, incremental runs, deletions, broken files, resumability."""

from __future__ import annotations

import shutil

import pytest

from bot.core.index import KnowledgeIndex
from ingest.pipeline import ingest_paths
from tests.conftest import FIXTURE

GUIDE = """---
title: Launch thresholds
tags: [evaluation, launch]
lang: en
---

# Launch thresholds

## Setting the bar
A launch threshold is the minimum quality an AI feature must reach on the evaluation set before real users see it.
Write the threshold down before the model is trained, so nobody moves the goalposts after seeing the results.

## Who signs off
The product manager proposes the threshold, and the engineering lead and a domain expert agree to it in writing.
"""

HTML = """<html><head><title>Monitoring guide</title><script>var tracking = 1;</script></head>
<body><nav>Home | Blog | Pricing</nav><header>Subscribe now</header>
<main><h1>Monitoring AI features</h1><p>Sample fifty production outputs every week and grade them against the rubric.</p>
<h2>Drift</h2><p>Watch the distribution of incoming questions for drift away from the evaluation set.</p></main>
<footer>© 2025 Example Corp. All rights reserved.</footer></body></html>"""


def records_by_source(index: KnowledgeIndex) -> dict[str, list[tuple[str, dict]]]:
    out: dict[str, list[tuple[str, dict]]] = {}
    for _, text, meta in index.all_records():
        out.setdefault(meta["source"], []).append((text, meta))
    return out


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "thresholds.md").write_text(GUIDE, encoding="utf-8")
    (folder / "monitoring.html").write_text(HTML, encoding="utf-8")
    (folder / "notes.txt").write_text(
        "Data flywheel\n\nEvery accepted or corrected answer becomes labelled data, and that data improves the "
        "next model version, which attracts more usage.\n",
        encoding="utf-8",
    )
    return folder


def test_ingest_reads_formats_with_metadata_and_strips_chrome(corpus, index):
    report = ingest_paths([corpus], index, progress=False)
    assert report.files == 3 and report.added >= 4 and not report.skipped
    by_source = records_by_source(index)
    assert set(by_source) == {"thresholds.md", "monitoring.html", "notes.txt"}

    md_sections = {meta["section"] for _, meta in by_source["thresholds.md"]}
    assert md_sections == {"Setting the bar", "Who signs off"}
    meta = by_source["thresholds.md"][0][1]
    assert meta["title"] == "Launch thresholds" and meta["lang"] == "en" and "evaluation" in meta["tags"]
    assert not any(text.startswith("---") or "tags:" in text for text, _ in by_source["thresholds.md"])

    html_text = " ".join(text for text, _ in by_source["monitoring.html"])
    assert "Sample fifty production outputs" in html_text
    for chrome in ("tracking", "Pricing", "Subscribe", "All rights reserved"):
        assert chrome not in html_text
    assert {meta["section"] for _, meta in by_source["monitoring.html"]} >= {"Drift"}


def test_rerun_on_unchanged_corpus_embeds_nothing(corpus, index):
    first = ingest_paths([corpus], index, progress=False)
    second = ingest_paths([corpus], index, progress=False)
    assert second.added == 0 and second.removed == 0
    assert second.unchanged == first.added
    assert index.count() == first.added


def test_changed_file_reembeds_only_its_changed_chunks(corpus, index):
    first = ingest_paths([corpus], index, progress=False)
    edited = GUIDE.replace("agree to it in writing", "sign it in the launch review")
    (corpus / "thresholds.md").write_text(edited, encoding="utf-8")
    second = ingest_paths([corpus], index, progress=False)
    assert second.added == 1 and second.removed == 1
    assert second.unchanged == first.added - 1
    texts = " ".join(text for _, text, _ in index.all_records())
    assert "sign it in the launch review" in texts and "agree to it in writing" not in texts


def test_deleted_file_chunks_disappear(corpus, index):
    ingest_paths([corpus], index, progress=False)
    (corpus / "notes.txt").unlink()
    report = ingest_paths([corpus], index, progress=False)
    assert report.removed >= 1
    assert "notes.txt" not in records_by_source(index)


def test_broken_files_are_skipped_with_reasons_and_the_rest_ingested(corpus, index):
    (corpus / "binary.md").write_bytes(b"\x00\x01\x02garbage" * 100)
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    (corpus / "image.png").write_bytes(b"\x89PNG\r\n")
    report = ingest_paths([corpus], index, progress=False)
    reasons = dict(report.skipped)
    assert "binary" in reasons["binary.md"]
    assert "PDF" in reasons["broken.pdf"]
    assert "empty" in reasons["empty.txt"]
    assert "unsupported" in reasons["image.png"]
    assert report.files == 3
    assert set(records_by_source(index)) == {"thresholds.md", "monitoring.html", "notes.txt"}
    assert "Skipped 4 file(s)" in report.summary()


def test_pdf_text_is_ingested(tmp_path, index):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    folder = tmp_path / "pdfs"
    folder.mkdir()
    plt.rcParams["pdf.fonttype"] = 42  # real text, not outlines, as word processors write it
    fig = plt.figure()
    fig.text(0.1, 0.5, "Red-teaming finds prompt injection before attackers do.")
    fig.savefig(folder / "redteam.pdf")
    plt.close(fig)
    report = ingest_paths([folder], index, progress=False)
    assert report.files == 1, report.summary()
    assert "prompt injection" in " ".join(text for _, text, _ in index.all_records())


def test_linkedin_bold_letters_become_plain_text(tmp_path, index):
    folder = tmp_path / "posts"
    folder.mkdir()
    shutil.copy(FIXTURE / "linkedin-prompt-habits.txt", folder)
    ingest_paths([folder], index, progress=False)
    records = index.all_records()
    text = " ".join(text for _, text, _ in records)
    sections = {meta["section"] for _, _, meta in records}
    assert "𝗩" not in text and "Keep prompts in version control" in text
    assert "Version every prompt" in sections  # the bold run-in heading, recovered as a heading


def test_chinese_document_is_split_by_headings_and_tagged_zh(tmp_path, index):
    folder = tmp_path / "zh"
    folder.mkdir()
    shutil.copy(FIXTURE / "zh-cold-start.txt", folder)
    ingest_paths([folder], index, progress=False)
    records = index.all_records()
    assert len(records) > 5
    assert all(meta["lang"] == "zh" for _, _, meta in records)
    assert any("冷启动的三个缺口" in meta["section"] for _, _, meta in records)
    assert all(meta["title"].startswith("AI 功能冷启动") for _, _, meta in records)
    # Each chunk records which of its lines are list items, so the composer can quote a list whole.
    assert any("i" in meta["shape"] for _, _, meta in records)


def test_a_run_killed_halfway_is_completed_by_the_next(corpus, settings, embedder, tmp_path):
    from tests.conftest import make_settings

    class KilledAfterFirstWrite(KnowledgeIndex):
        writes = 0

        def add(self, ids, chunks, **kwargs):
            if self.writes >= 1:
                raise KeyboardInterrupt  # what Ctrl-C or a kill looks like mid-run
            self.writes += 1
            super().add(ids, chunks, **kwargs)

    interrupted = KilledAfterFirstWrite(settings, embedder=embedder)
    with pytest.raises(KeyboardInterrupt):
        ingest_paths([corpus], interrupted, progress=False)
    partial = interrupted.count()
    assert partial > 0

    resumed = KnowledgeIndex(settings, embedder=embedder)
    report = ingest_paths([corpus], resumed, progress=False)
    assert report.unchanged == partial  # nothing already written is embedded again

    fresh = KnowledgeIndex(make_settings(tmp_path / "fresh"), embedder=embedder)
    ingest_paths([corpus], fresh, progress=False)
    assert sorted(i for i, _, _ in resumed.all_records()) == sorted(i for i, _, _ in fresh.all_records())
