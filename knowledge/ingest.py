"""Ingestion: read documents, chunk them, embed the new chunks and upsert them into the store.

* Sources: the shipped demo documents (``copilot.knowledge.sources``: one per catalogue product,
  the brand-voice and compliance guides), review insights derived from the workspace's ``reviews``
  table, and user files -- Markdown, plain text, HTML, CSV and JSON (folders are walked).
* Chunk ids are stable (source + section + text), so re-ingesting an unchanged file adds nothing;
  a changed file replaces its old chunks (ids of that source not in the new set are deleted); with
  ``prune`` the chunks of files that no longer exist (and of demo documents no longer shipped) go.
* A file that cannot be read is listed in :attr:`IngestReport.failed` with a reason naming it;
  the rest of the batch still ingests and the failed file's previous chunks are kept.
* Text that is not text (NUL or control bytes, undecodable bytes: a binary file) is refused the
  same way (:func:`copilot.knowledge.hygiene.not_text_reason`); a file larger than
  :data:`MAX_FILE_BYTES` (16 MB) is refused with the limit named (split it). Files are read in
  1 MB blocks with ``progress(bytes_read, file_size, "reading <name>")``, so a big file shows
  progress and memory stays bounded by the limit.
* A chunk that reads like an instruction to a model is stored with metadata ``instruction`` (the
  reason); ``copilot knowledge stats`` lists them and every search withholds them.
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

from copilot.knowledge.chunking import SUPPORTED_SUFFIXES, Chunk, chunk_document
from copilot.knowledge.hygiene import instruction_reason, not_text_reason
from copilot.knowledge.phrasing import Phrasings, load_phrasings, phrase_fact, supports
from copilot.knowledge.store import KnowledgeBase, ProgressFn

if TYPE_CHECKING:
    from copilot.deps import Deps
    from copilot.workspace import Workspace

log = logging.getLogger(__name__)

SOURCES_PACKAGE = "copilot.knowledge.sources"
SHIPPED = "shipped"
FILE = "file"
REVIEWS = "reviews"
# Chunking policy for lists, chosen by the evaluation (benchmarks/results/knowledge.md): None lets
# each document decide (product documents split their Features and Specifications into one fact per
# bullet via front-matter ``split_sections``); True / False force it for every section.
SPLIT_LISTS: bool | None = None
#: The largest file ingest reads (bytes); larger files are refused with this limit named.
MAX_FILE_BYTES = 16 * 1024 * 1024
_BLOCK = 1024 * 1024


class NotTextError(ValueError):
    """A file that is not text, or too big to ingest; the message is the reason."""


class IngestReport(BaseModel):
    """What an ingest did. Counts are chunks, except ``files`` and ``updated`` (sources)."""

    files: int = Field(0, description="Sources read (files, shipped documents, review insights).")
    added: int = Field(0, description="New chunks embedded and stored.")
    updated: int = Field(0, description="Sources whose chunks changed (old ones replaced).")
    unchanged: int = Field(0, description="Chunks already stored as they are.")
    removed: int = Field(0, description="Chunks deleted (replaced or pruned).")
    failed: list[tuple[str, str]] = Field(default_factory=list, description="(path, reason) per failure.")
    chunks: int = Field(0, description="Chunks in the store after the ingest.")

    def summary(self) -> str:
        text = (
            f"{self.files} sources: {self.added} chunks added, {self.unchanged} unchanged, "
            f"{self.removed} removed ({self.updated} sources updated); {self.chunks} chunks in the store."
        )
        if self.failed:
            text += f" {len(self.failed)} failed: " + "; ".join(f"{p}: {r}" for p, r in self.failed[:3])
        return text


@dataclass(frozen=True)
class _Source:
    key: str  # stored as the chunks' ``source``
    kind: str
    load: Callable[[], list[Chunk]]
    display: str


# --- discovering sources ------------------------------------------------------------------------------
def _walk(node: Traversable, prefix: str = "") -> Iterator[tuple[str, Traversable]]:
    for child in sorted(node.iterdir(), key=lambda c: c.name):
        rel = f"{prefix}{child.name}"
        if child.is_dir():
            if not child.name.startswith(("_", ".")):
                yield from _walk(child, rel + "/")
        elif PurePosixPath(child.name).suffix.lower() in SUPPORTED_SUFFIXES:
            yield rel, child


def shipped_sources() -> list[_Source]:
    """The demo documents shipped as package data (keys relative to the sources folder)."""
    root = resources.files(SOURCES_PACKAGE)
    out = []
    for rel, node in _walk(root):
        suffix = PurePosixPath(rel).suffix

        def load(node: Traversable = node, rel: str = rel, suffix: str = suffix) -> list[Chunk]:
            return chunk_document(node.read_text(encoding="utf-8"), rel, suffix, kind=SHIPPED,
                                  split_lists=SPLIT_LISTS)

        out.append(_Source(rel, SHIPPED, load, rel))
    return out


def read_text(path: Path, progress: ProgressFn | None = None, *, limit: int = MAX_FILE_BYTES) -> str:
    """The UTF-8 text of ``path``, read in 1 MB blocks with progress; :class:`NotTextError` when it is
    bigger than ``limit`` or is not text (NUL/control bytes), UnicodeDecodeError when undecodable."""
    import codecs

    size = path.stat().st_size
    if size > limit:
        raise NotTextError(f"too big to ingest ({size / 2**20:.1f} MB; the limit is {limit / 2**20:.0f} MB): "
                           "split it into smaller files")
    decoder = codecs.getincrementaldecoder("utf-8-sig")(errors="strict")
    parts: list[str] = []
    done = 0
    with path.open("rb") as fh:
        while block := fh.read(_BLOCK):
            reason = not_text_reason(block, offset=done)
            if reason is not None:
                raise NotTextError(reason)
            try:
                parts.append(decoder.decode(block))
            except UnicodeDecodeError as exc:
                raise UnicodeDecodeError(exc.encoding, exc.object, exc.start + done, exc.end + done,
                                         exc.reason) from None
            done += len(block)
            if progress and size > _BLOCK:
                progress(done, size, f"reading {path.name}")
        parts.append(decoder.decode(b"", final=True))
    return "".join(parts)


def _file_source(path: Path, progress: ProgressFn | None = None) -> _Source:
    key = path.resolve().as_posix()

    def load() -> list[Chunk]:
        text = read_text(path, progress)
        return chunk_document(text, key, path.suffix, kind=FILE, split_lists=SPLIT_LISTS)

    return _Source(key, FILE, load, str(path))


def flag_instructions(chunks: list[Chunk]) -> list[Chunk]:
    """Mark each chunk that reads like an instruction to a model (metadata ``instruction`` = the reason)."""
    for c in chunks:
        reason = instruction_reason(c.text)
        if reason is not None:
            c.extra["instruction"] = reason
    return chunks


def add_phrasings(chunks: list[Chunk], brand: Phrasings) -> list[Chunk]:
    """Store each product fact's copy-ready phrasing with it (metadata ``phrasing``): the brand's (a
    ``phrasing`` column of a CSV/JSON fact file, else ``phrasings.toml`` by fact id or body), else the
    generated one (:func:`copilot.knowledge.phrasing.phrase_fact`). ``phrasing_source`` says which;
    ``phrasing_supported`` is the claim checker's rule on the one fact (:func:`~copilot.knowledge.phrasing.supports`):
    a brand phrasing the fact does not support is stored, flagged and logged (plans check it again)."""
    for c in chunks:
        if not c.product_id or c.extra.get("instruction"):
            continue
        own = str(c.extra.get("phrasing") or "").strip()
        override = brand.override(c.chunk_id, c.text)
        phrasing = own or override or phrase_fact(c.text)
        if not phrasing:
            continue
        source = "brand" if (own or override) else "generated"
        ok = supports(c.text, phrasing)
        c.extra.update(phrasing=phrasing, phrasing_source=source, phrasing_supported=int(ok))
        if not ok and source == "brand":
            log.warning("phrasing %r of %s is not supported by its fact %r", phrasing, c.chunk_id, c.text[:120])
    return chunks


def _expand(paths: list[Path], failed: list[tuple[str, str]], progress: ProgressFn | None = None) -> list[_Source]:
    out: list[_Source] = []
    seen: set[str] = set()
    for p in paths:
        if p.is_dir():
            files = sorted(
                f for f in p.rglob("*")
                if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES
                and not any(part.startswith(".") for part in f.relative_to(p).parts)
            )
            if not files:
                failed.append((str(p), f"no {', '.join(SUPPORTED_SUFFIXES)} files in this folder"))
        elif p.is_file():
            if p.suffix.lower() not in SUPPORTED_SUFFIXES:
                failed.append((str(p), f"unsupported file type '{p.suffix or '(none)'}' "
                                       f"(supported: {', '.join(SUPPORTED_SUFFIXES)})"))
                continue
            files = [p]
        else:
            failed.append((str(p), "no such file or folder"))
            continue
        for f in files:
            src = _file_source(f, progress)
            if src.key not in seen:
                seen.add(src.key)
                out.append(src)
    return out


def _reviews_source(workspace: Workspace) -> _Source | None:
    from copilot.knowledge.reviews import review_chunks

    chunks = review_chunks(workspace)
    if chunks is None:
        return None
    return _Source(REVIEWS, REVIEWS, lambda: chunks, "review insights")


def _read_error(exc: BaseException) -> str:
    if isinstance(exc, NotTextError):
        return str(exc)
    if isinstance(exc, UnicodeDecodeError):
        return f"not UTF-8 text ({exc.reason} at byte {exc.start})"
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a folder"
    if isinstance(exc, OSError):
        return f"cannot read it ({exc.strerror or exc})"
    if isinstance(exc, csv.Error):
        return f"not valid CSV ({exc})"
    if isinstance(exc, ValueError):  # json.JSONDecodeError is a ValueError
        return f"cannot parse it ({exc})"
    return f"{type(exc).__name__}: {exc}"


# --- ingesting --------------------------------------------------------------------------------------
def ingest_paths(
    kb_or_deps: KnowledgeBase | Deps,
    paths: list[Path] | None = None,
    prune: bool = False,
    progress: ProgressFn | None = None,
    *,
    workspace: Workspace | None = None,
) -> IngestReport:
    """Ingest files and folders (``None`` = the shipped demo sources + the workspace's review insights).

    ``kb_or_deps`` is a :class:`KnowledgeBase` or a ``Deps`` (whose knowledge base and workspace are
    used). ``prune`` also deletes the chunks of files that no longer exist, of demo documents no
    longer shipped and (for a demo ingest) of review insights when the workspace has no reviews.
    ``progress(done, total, what)`` is called while reading ("reading"; per file in bytes for big
    files, "reading <name>") and embedding ("embedding").
    """
    if isinstance(kb_or_deps, KnowledgeBase):
        kb = kb_or_deps
    else:
        kb = kb_or_deps.knowledge
        workspace = workspace or kb_or_deps.workspace
    failed: list[tuple[str, str]] = []
    demo = paths is None
    sources = _sources(paths, workspace, failed, progress)
    loaded = _read_all(sources, load_phrasings(workspace), failed, progress)
    stored = kb.ids_by_source()
    report = IngestReport(files=len(loaded), failed=failed)
    to_add, to_delete = _diff(loaded, stored, report)
    if prune:
        to_delete.extend(_gone(kb, stored, loaded, failed, demo))

    # 4. write: new chunks first, then drop the stale ones (a crash in between leaves old facts)
    from copilot.fsutil import translating_disk_full

    with translating_disk_full(Path(kb.location), 4096 * max(len(to_add), 1)):  # ~4 KB per stored fact
        kb.upsert(to_add, progress=progress)
        kb.delete(to_delete)
    report.added = len({c.chunk_id for c in to_add})
    report.removed = len(set(to_delete))
    report.chunks = kb.count()
    log.info("ingest: %s", report.summary())
    return report


def _sources(paths: list[Path] | None, workspace: Workspace | None, failed: list[tuple[str, str]],
             progress: ProgressFn | None) -> list[_Source]:
    """The shipped demo sources and the workspace's review insights (``paths`` None), else the files given."""
    if paths is not None:
        return _expand(list(paths), failed, progress)
    sources = shipped_sources()
    if workspace is not None:
        rev = _reviews_source(workspace)
        if rev is not None:
            sources.append(rev)
    return sources


def _read_all(sources: list[_Source], brand: Phrasings, failed: list[tuple[str, str]],
              progress: ProgressFn | None) -> dict[str, list[Chunk]]:
    """1. Read and chunk every source (product facts get their phrasing); a failure is reported and the
    batch goes on."""
    loaded: dict[str, list[Chunk]] = {}
    for i, src in enumerate(sources):
        if progress:
            progress(i, len(sources), "reading")
        try:
            loaded[src.key] = add_phrasings(flag_instructions(src.load()), brand)
        except Exception as exc:  # any parse error of one file must not stop the batch
            reason = _read_error(exc)
            log.warning("cannot ingest %s: %s", src.display, reason)
            failed.append((src.display, reason))
    if progress:
        progress(len(sources), len(sources), "reading")
    return loaded


def _diff(loaded: dict[str, list[Chunk]], stored: dict[str, set[str]], report: IngestReport) -> tuple[list[Chunk], list[str]]:
    """2. What to add and what to delete, against what is stored (counts go into ``report``)."""
    to_add: list[Chunk] = []
    to_delete: list[str] = []
    for key, chunks in loaded.items():
        new_ids = {c.chunk_id for c in chunks}
        old_ids = stored.get(key, set())
        fresh = [c for c in chunks if c.chunk_id not in old_ids]
        stale = old_ids - new_ids
        to_add.extend(fresh)
        to_delete.extend(sorted(stale))
        report.unchanged += len(new_ids & old_ids)
        if old_ids and (fresh or stale):
            report.updated += 1
    return to_add, to_delete


def _gone(kb: KnowledgeBase, stored: dict[str, set[str]], loaded: dict[str, list[Chunk]],
          failed: list[tuple[str, str]], demo: bool) -> list[str]:
    """3. The chunks of sources that are gone: deleted files, demo documents no longer shipped, review
    insights of a workspace that has none now."""
    failed_keys = {Path(p).resolve().as_posix() for p, _ in failed}
    shipped_now = {s.key for s in shipped_sources()}
    kinds = kb.source_kinds()
    out: list[str] = []
    for key, ids in stored.items():
        if key in loaded or key in failed_keys:
            continue
        kind = kinds.get(key, FILE)
        gone = (
            (kind == SHIPPED and key not in shipped_now)
            or (kind == REVIEWS and demo and REVIEWS not in loaded)
            or (kind == FILE and not Path(key).exists())
        )
        if gone:
            out.extend(sorted(ids))
    return out


def ingest_demo_knowledge(deps: Deps, progress: ProgressFn | None = None) -> IngestReport:
    """Ingest the demo brand's documents and the workspace's review insights (for ``copilot init --demo``).

    Prunes demo documents no longer shipped and stale review insights, so re-running it after the
    demo data is rebuilt leaves exactly the current demo knowledge (plus any user files).
    """
    return ingest_paths(deps, None, prune=True, progress=progress)
