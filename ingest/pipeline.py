"""The ingestion job: load, clean, split, embed and upsert, incrementally and resumably."""

from __future__ import annotations

import logging
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from bot.core.composer import passage_texts
from bot.core.index import Chunk, KnowledgeIndex
from bot.core.documents.structure import line_roles
from bot.core.text import detect_language
from ingest.loaders import SkipFile, load_document
from ingest.splitting import split_document

log = logging.getLogger(__name__)

SENTENCE_BATCH = 1024  # sentence texts gathered across files before they are embedded


@dataclass
class IngestReport:
    files: int = 0
    added: int = 0
    unchanged: int = 0
    removed: int = 0
    sentences: int = 0  # sentence texts embedded ahead of questions (bot.core.sentence_vectors)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> str:
        lines = [
            f"Ingested {self.files} file(s) in {self.seconds:.1f}s: "
            f"{self.added} chunk(s) added, {self.unchanged} unchanged, {self.removed} removed; "
            f"{self.sentences} sentence(s) embedded for quoting."
        ]
        if self.skipped:
            lines.append(f"Skipped {len(self.skipped)} file(s):")
            lines.extend(f"  - {path}: {reason}" for path, reason in self.skipped)
        return "\n".join(lines)


def discover(path: Path) -> tuple[Path, list[Path]]:
    """The scope root and the files under it (hidden files and folders are not guidance)."""
    if path.is_file():
        return path, [path]
    files = sorted(
        p for p in path.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
    )
    return path, files


def shape_of(text: str) -> str:
    """One letter per line (p prose, l lead-in, i list item, b blank): lets a reader of the index see
    which chunks hold a list and its lead-in without re-parsing them."""
    return "".join(role[0] for role in line_roles(text))


# A page's opening, before its first heading, tells what the page is and what happened ("Plan My Week
# builds a five-dinner plan …", "先说背景。…"). It is the preface only when headed sections follow it and
# carry the page: over every answer set (2026-12-05), 4 of 118 quoted preface sentences stated a key point
# of their how, which or other question, against 27% of sentences from elsewhere.
PREFACE_MIN_SECTIONS = 3
PREFACE_MAX_SHARE = 0.25


def preface_positions(pieces: list[tuple[str, str]], title: str) -> set[int]:
    """The positions of the chunks that open the page before its first heading, when they are its preface."""
    if not pieces or pieces[0][0] not in {"", title}:
        return set()
    opening = pieces[0][0]
    lead = [number for number, (section, _) in enumerate(pieces) if section == opening]
    headed = {section for section, _ in pieces if section and section != opening}
    total = sum(len(text) for _, text in pieces)
    share = sum(len(pieces[number][1]) for number in lead) / max(1, total)
    return set(lead) if len(headed) >= PREFACE_MIN_SECTIONS and share <= PREFACE_MAX_SHARE else set()


def chunks_for(path: Path, root: Path, *, chunk_chars: int) -> list[Chunk]:
    document = load_document(path)
    source = path.name if root == path else path.relative_to(root).as_posix()
    lang = str(document.meta.get("lang") or detect_language(document.text))
    tags = document.meta.get("tags") or []
    extra = {"tags": ", ".join(map(str, tags)) if isinstance(tags, list) else str(tags)}
    pieces = split_document(document.text, document.title, markdown=document.markdown_headings, limit=chunk_chars)
    preface = preface_positions(pieces, document.title)
    return [
        Chunk(
            text=text,
            source=source,
            title=document.title,
            section=section,
            lang=lang if lang in {"en", "zh"} else detect_language(text),
            root=str(root),
            position=position,
            extra={**extra, "shape": shape_of(text), **({"preface": True} if position in preface else {})},
        )
        for position, (section, text) in enumerate(pieces)
    ]


def ingest_paths(
    paths: list[Path], index: KnowledgeIndex, *, chunk_chars: int = 1200, progress: bool | None = None
) -> IngestReport:
    """Bring the index in line with `paths`.

    Per file, new chunks are added before stale ones are deleted, so a run killed halfway leaves every
    file either old, new, or briefly both; the next run finishes the job without re-embedding anything.
    (Sentences not yet embedded by then are embedded by the next run, or by the first answer that needs them.)
    """
    from tqdm import tqdm

    started = time.perf_counter()
    report = IngestReport()
    # Embedded now, a passage's sentences cost its first answer a lookup instead of ~0.3 s of embedding.
    # Gathered over files ({chunk id: texts}), since a few large batches embed faster than many small ones.
    sentences: dict[str, list[str]] = {}
    warm_sentences = index.settings.embed_sentences_at_ingest
    show_progress = sys.stderr.isatty() if progress is None else progress
    for raw_path in paths:
        path = raw_path.expanduser().resolve()
        if not path.exists():
            report.skipped.append((str(raw_path), "no such file or folder"))
            continue
        root, files = discover(path)
        existing = index.ids_by_source(str(root))
        seen_sources: set[str] = set()
        for file in tqdm(files, desc="ingesting", unit="file", disable=not show_progress, file=sys.stderr):
            source = file.name if root == file else file.relative_to(root).as_posix()
            seen_sources.add(source)  # a broken file keeps its old chunks: lose nothing
            try:
                chunks = chunks_for(file, root, chunk_chars=chunk_chars)
            except SkipFile as exc:
                report.skipped.append((source, str(exc)))
                continue
            except Exception as exc:  # one broken file must not abort the run
                log.warning("could not ingest %s", source, exc_info=True)
                report.skipped.append((source, f"could not be read ({exc.__class__.__name__})"))
                continue
            report.files += 1
            ids, occurrences = [], {}
            for chunk in chunks:
                base = chunk.chunk_id()
                occurrences[base] = occurrences.get(base, -1) + 1
                ids.append(chunk.chunk_id(occurrences[base]))
            old = existing.get(source, set())
            new_pairs = [(i, c) for i, c in zip(ids, chunks) if i not in old]
            stale = sorted(old - set(ids))
            if new_pairs:
                index.add([i for i, _ in new_pairs], [c for _, c in new_pairs])
            if warm_sentences:
                # New chunks, and unchanged ones ingested before their sentences were (an older version,
                # a run killed before it embedded them).
                unchanged = set(index.sentence_vectors.not_warmed([i for i in ids if i in old]))
                for chunk_id, chunk in zip(ids, chunks):
                    if chunk_id not in old or chunk_id in unchanged:
                        sentences[chunk_id] = passage_texts(chunk_id, chunk.text, chunk.metadata())
            if stale:
                index.delete(stale)
            report.added += len(new_pairs)
            report.unchanged += len(ids) - len(new_pairs)
            report.removed += len(stale)
            if sum(map(len, sentences.values())) >= SENTENCE_BATCH:
                report.sentences += index.sentence_vectors.warm(sentences)
                sentences.clear()
        for source, ids in existing.items():
            if source not in seen_sources:  # the file was deleted
                index.delete(sorted(ids))
                report.removed += len(ids)
    if sentences:  # never opened when switched off
        report.sentences += index.sentence_vectors.warm(sentences)
    report.seconds = time.perf_counter() - started
    return report
