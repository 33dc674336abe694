"""The product-facts vector store: one Chroma collection, embedded on disk or on a Chroma server.

* ``KnowledgeBase.open(settings, workspace)`` uses ``chromadb.PersistentClient(workspace.chroma_dir)``,
  or ``chromadb.HttpClient(host, port)`` when ``settings.chroma_host`` is set (a ``chroma run``
  server). Same behaviour either way. Telemetry is off.
* The collection uses cosine distance and copilot's offline embedding function
  (:class:`~copilot.knowledge.embeddings.MiniLMEmbeddingFunction`), recorded in the collection's
  configuration. Vectors are always computed here and passed explicitly, so Chroma's default
  embedding function (which downloads a model) is never called. A collection created with any
  other embedding function, or with none recorded (``langchain_chroma.Chroma`` or a bare chromadb
  client on a shared server record none, or Chroma's 'legacy' type), or with a distance other than
  cosine, is refused: its vectors may come from any model and Chroma cannot change a collection's
  distance, so adopting it would silently return wrong neighbours.
* Every write stamps a new *generation* (a random token) into the collection's metadata. Values
  derived from the whole store (the vector snapshot, the keyword and name indexes: see
  :meth:`KnowledgeBase.cached`) are keyed on it (with the chunk count), read with two cheap calls
  once per search, so a long-running process (chat, Slack) on a shared ``chroma run`` server sees
  another process's writes at once, even when they leave the chunk count unchanged. (The embedded
  store serves one process: there the change is noticed, and a read Chroma cannot serve says so.)
* Ids are the chunk ids (stable hashes), so upserting the same chunk twice never duplicates it and
  deleting an id that is not there is a no-op.

Opening the client and the rules about which collections are accepted are in
``copilot.knowledge.chroma``; the stored records and exact search in ``copilot.knowledge.stored``
(both re-exported here, the import path the rest of copilot uses).
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, cast

import numpy as np

from copilot.errors import KnowledgeError
from copilot.knowledge.chroma import (
    check_collection,
    chroma_settings,
    max_batch,
    open_client,
    open_collection,
    read_failed,
    sentence,
)
from copilot.knowledge.chunking import Chunk
from copilot.knowledge.embeddings import MiniLMEmbeddingFunction, embed_texts
from copilot.knowledge.stored import KnowledgeStats, Snapshot, StoredChunk, VectorHit, where_filter

if TYPE_CHECKING:
    from chromadb.api import ClientAPI
    from chromadb.api.models.Collection import Collection

    from copilot.settings import Settings
    from copilot.workspace import Workspace

__all__ = [
    "EXACT_LIMIT",
    "GENERATION_KEY",
    "KnowledgeBase",
    "KnowledgeStats",
    "ProgressFn",
    "StoredChunk",
    "VectorHit",
    "chroma_settings",
    "where_filter",
]

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int, str], None]
"""``progress(done, total, what)``: called as work advances (the CLI draws a bar from it)."""

_PAGE = 2000
GENERATION_KEY = "copilot_generation"  # collection metadata: a new token at every write
EXACT_LIMIT = 100_000  # chunks; up to this size vector search is exact (see KnowledgeBase.query)


class KnowledgeBase:
    """Facts in a Chroma collection; open it with :meth:`open`."""

    def __init__(self, client: ClientAPI, collection_name: str, *, location: str) -> None:
        self.client = client
        self.collection_name = collection_name
        self.location = location
        self.embedding_function = MiniLMEmbeddingFunction()
        # Chroma's own annotation of embedding_function has changed between releases; pass it untyped.
        self._ef: Any = self.embedding_function
        self.version = 0  # bumped on every write by this instance (part of the cache key)
        self._lock = threading.Lock()
        self._cache: dict[str, Any] = {}
        self._pin = threading.local()  # the cache key pinned for a block of reads (see pinned())
        self.collection = self._open_collection()

    # --- opening ---------------------------------------------------------------------------------
    @classmethod
    def open(cls, settings: Settings, workspace: Workspace) -> KnowledgeBase:
        """The workspace's knowledge base (embedded store, or the Chroma server in settings)."""
        client, location = open_client(settings, workspace)
        return cls(client, settings.chroma_collection, location=location)

    def _open_collection(self) -> Collection:
        return open_collection(self.client, self.collection_name, self.location, self._ef)

    def _check_collection(self, collection: Collection) -> None:
        check_collection(collection, self.collection_name, self.location)

    # --- writing ---------------------------------------------------------------------------------
    def upsert(
        self,
        chunks: Sequence[Chunk],
        *,
        embeddings: np.ndarray | None = None,
        progress: ProgressFn | None = None,
        batch_size: int = 256,
    ) -> int:
        """Embed and upsert chunks by id (an existing id is replaced, never duplicated)."""
        unique: dict[str, Chunk] = {c.chunk_id: c for c in chunks}
        items = list(unique.values())
        total = len(items)
        if progress:
            progress(0, total, "embedding")
        max_batch = min(batch_size if embeddings is None else 1000, self._max_batch())
        if embeddings is None:  # sort so that identical embedded texts share a batch
            items.sort(key=lambda c: (c.vector_text, c.chunk_id))
        for start in range(0, total, max_batch):
            part = items[start : start + max_batch]
            if embeddings is None:
                # identical texts (a category's care line, a shared feature) are embedded once
                texts = [c.vector_text for c in part]
                distinct = list(dict.fromkeys(texts))
                by_text = dict(zip(distinct, embed_texts(distinct), strict=True))
                vectors = np.stack([by_text[t] for t in texts])
            else:
                vectors = embeddings[start : start + max_batch]
            try:
                self.collection.upsert(
                    ids=[c.chunk_id for c in part],
                    documents=[c.text for c in part],
                    metadatas=[c.metadata() for c in part],
                    embeddings=cast(Any, vectors),
                )
            except Exception as exc:
                raise KnowledgeError(
                    f"Could not store {len(part)} chunks in {self.location}: {sentence(exc)}."
                ) from exc
            self._touch()
            if progress:
                progress(min(start + max_batch, total), total, "embedding")
        return total

    def delete(self, ids: Iterable[str]) -> None:
        """Delete chunks by id; ids that are not stored are ignored."""
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            return
        for start in range(0, len(wanted), self._max_batch()):
            self.collection.delete(ids=wanted[start : start + self._max_batch()])
        self._touch()

    def clear(self) -> None:
        """Remove every chunk (the collection itself stays)."""
        ids = self.ids()
        self.delete(ids)

    # --- reading ---------------------------------------------------------------------------------
    def count(self) -> int:
        """Stored chunks. Inside a :meth:`pinned` block this is the count read with the block's
        generation (no Chroma call), unless this instance wrote since."""
        key = getattr(self._pin, "key", None)
        if key is not None and key[3] == self.version:
            return int(key[2])
        return int(self.collection.count())

    def get_by_ids(self, ids: Sequence[str]) -> list[StoredChunk]:
        """Stored chunks for ``ids`` in the order asked; unknown ids are skipped."""
        if not ids:
            return []
        got = self.collection.get(ids=list(ids), include=["documents", "metadatas"])
        by_id = {
            i: StoredChunk(i, d or "", dict(m or {}))
            for i, d, m in zip(got["ids"], got["documents"] or [], got["metadatas"] or [], strict=False)
        }
        return [by_id[i] for i in ids if i in by_id]

    def embeddings_for(self, ids: Sequence[str]) -> dict[str, np.ndarray]:
        if not ids:
            return {}
        try:
            got = self.collection.get(ids=list(ids), include=["embeddings"])
        except Exception as exc:
            raise self._read_failed(exc) from exc
        embs = got["embeddings"] if got["embeddings"] is not None else []
        return {i: np.asarray(e, dtype=np.float32) for i, e in zip(got["ids"], embs, strict=False)}

    def vectors_for(self, ids: Sequence[str]) -> dict[str, np.ndarray]:
        """Like :meth:`embeddings_for`, from the cached snapshot (no Chroma call); ids it lacks
        (written since it was read) are read from Chroma."""
        snap = self._snapshot()
        out = {i: snap.vectors[snap.rows[i]] for i in ids if i in snap.rows}
        missing = [i for i in ids if i not in out]
        return out | self.embeddings_for(missing) if missing else out

    def ids(self, where: dict[str, Any] | None = None) -> list[str]:
        out: list[str] = []
        offset = 0
        while True:
            got = self.collection.get(where=where, include=[], limit=_PAGE, offset=offset)
            out.extend(got["ids"])
            if len(got["ids"]) < _PAGE:
                return out
            offset += _PAGE

    def all_chunks(self) -> list[StoredChunk]:
        """Every stored chunk (text + metadata), sorted by id; cached until the next write."""
        return self._snapshot().chunks

    def _snapshot(self) -> Snapshot:
        """All chunks with their vectors, read once per store generation (see :meth:`cached`)."""
        snap: Snapshot = self.cached("snapshot", self._read_snapshot)
        return snap

    def _read_snapshot(self) -> Snapshot:
        rows: list[tuple[str, str, dict[str, Any], Any]] = []
        offset = 0
        while True:
            try:
                got = self.collection.get(
                    include=["documents", "metadatas", "embeddings"], limit=_PAGE, offset=offset
                )
            except Exception as exc:
                raise self._read_failed(exc) from exc
            embs = got["embeddings"] if got["embeddings"] is not None else [None] * len(got["ids"])
            for i, d, m, e in zip(
                got["ids"], got["documents"] or [], got["metadatas"] or [], embs, strict=False
            ):
                rows.append((i, d or "", dict(m or {}), e))
            if len(got["ids"]) < _PAGE:
                break
            offset += _PAGE
        rows.sort(key=lambda r: r[0])
        chunks = [StoredChunk(i, d, m) for i, d, m, _ in rows]
        vectors = (
            np.asarray([r[3] for r in rows], dtype=np.float32)
            if rows
            else np.zeros((0, 384), dtype=np.float32)
        )
        meta = {
            key: np.array([c.metadata.get(key) for c in chunks], dtype=object)
            for key in ("product_id", "category", "source")
        }
        return Snapshot(chunks, vectors, meta)

    def ids_by_source(self) -> dict[str, set[str]]:
        """Stored chunk ids grouped by source."""
        groups: dict[str, set[str]] = {}
        offset = 0
        while True:
            got = self.collection.get(include=["metadatas"], limit=_PAGE, offset=offset)
            for i, m in zip(got["ids"], got["metadatas"] or [], strict=False):
                groups.setdefault(str((m or {}).get("source", "")), set()).add(i)
            if len(got["ids"]) < _PAGE:
                return groups
            offset += _PAGE

    def source_kinds(self) -> dict[str, str]:
        """``source -> kind`` ("shipped", "file" or "reviews") for every stored source."""
        return {c.source: str(c.metadata.get("kind", "file")) for c in self.all_chunks()}

    def query(self, embedding: np.ndarray, k: int, *, where: dict[str, Any] | None = None) -> list[VectorHit]:
        """Nearest chunks to a query vector (cosine), best first (ties by id).

        Up to :data:`EXACT_LIMIT` chunks the search is exact (one matrix product over the cached
        vectors): at catalogue scale it costs about a millisecond, is deterministic, and never
        misses a fact the way approximate HNSW search did in the evaluation (clusters of identical
        vectors: a category's shared care line, a feature many products have). Larger stores, or
        filters beyond equality / ``$in`` / ``$and``, use Chroma's HNSW index.
        """
        n = self.count()
        if n == 0:
            return []
        if n <= EXACT_LIMIT:
            snap = self._snapshot()
            mask = snap.mask(where)
            if mask is not None and len(snap.chunks) == n:
                return snap.search(embedding, k, mask)
        res = self.collection.query(
            query_embeddings=cast(Any, [embedding.astype(np.float32)]),
            n_results=min(k, n),
            where=where,
            include=["documents", "metadatas", "distances"],
        )
        ids = res["ids"][0]
        docs = (res["documents"] or [[]])[0]
        metas = (res["metadatas"] or [[]])[0]
        dists = (res["distances"] or [[]])[0]
        return [
            VectorHit(StoredChunk(i, d or "", dict(m or {})), 1.0 - float(dist))
            for i, d, m, dist in zip(ids, docs, metas, dists, strict=False)
        ]

    def query_text(self, text: str, k: int, *, where: dict[str, Any] | None = None) -> list[VectorHit]:
        return self.query(embed_texts([text])[0], k, where=where)

    def stats(self) -> KnowledgeStats:
        """Chunk count first, then chunks per source (largest first)."""
        from copilot.knowledge.hygiene import instruction_reason

        chunks = self.all_chunks()
        per_source: Counter[str] = Counter(c.source for c in chunks)
        flagged = []
        for c in chunks:
            reason = c.metadata.get("instruction") or instruction_reason(c.text)
            if reason:
                flagged.append((c.chunk_id, c.source, str(reason)))
        return KnowledgeStats(
            chunks=self.count(),
            sources=dict(sorted(per_source.items(), key=lambda kv: (-kv[1], kv[0]))),
            location=self.location,
            collection=self.collection_name,
            flagged=flagged,
        )

    # --- caches ----------------------------------------------------------------------------------
    def generation(self) -> tuple[Any, ...]:
        """What every cached value is keyed on: the collection id, the generation token every writer
        stamps into the collection's metadata, the chunk count and this instance's own write counter.

        Two cheap calls (the collection's record and its count). The count covers writers that do not
        stamp (an older copilot); a collection deleted and re-created by another process is re-opened.
        """
        try:
            fresh = self.client.get_collection(self.collection_name, embedding_function=self._ef)
        except Exception as exc:  # NotFoundError / a server that went away
            raise KnowledgeError(
                f"The Chroma collection '{self.collection_name}' at {self.location} cannot be read: "
                f"{sentence(exc)}.",
                hint="Run `copilot knowledge ingest` (it re-creates the collection).",
            ) from exc
        if fresh.id != self.collection.id:  # deleted and re-created elsewhere: use the new one
            self._check_collection(fresh)
            self.collection = fresh
        stamp = (fresh.metadata or {}).get(GENERATION_KEY)
        return (str(fresh.id), stamp, int(fresh.count()), self.version)

    @contextmanager
    def pinned(self) -> Iterator[None]:
        """Read :meth:`generation` once for a block of reads (one search): every cached value used
        inside agrees on one store state, and the check costs two calls per block, not per value."""
        if getattr(self._pin, "key", None) is not None:  # nested: the outer block's key holds
            yield
            return
        self._pin.key = self.generation()
        try:
            yield
        finally:
            self._pin.key = None

    def cached(self, name: str, build: Callable[[], Any]) -> Any:
        """A value derived from the whole store (e.g. the keyword index), rebuilt when the store's
        :meth:`generation` changes -- after a write by this or any other process."""
        key = getattr(self._pin, "key", None) or self.generation()
        with self._lock:
            hit = self._cache.get(name)
            if hit is not None and hit[0] == key:
                return hit[1]
        value = build()
        with self._lock:
            self._cache[name] = (key, value)
        return value

    def _touch(self) -> None:
        """After a write: bump the local counter and stamp a new generation into the collection's
        metadata (other keys there are kept), so every process's caches see the change."""
        self.version += 1
        try:
            current = (
                self.client.get_collection(self.collection_name, embedding_function=self._ef).metadata or {}
            )
            self.collection.modify(metadata={**current, GENERATION_KEY: uuid.uuid4().hex})
        except Exception as exc:  # the write itself succeeded; other processes fall back to the count
            log.warning(
                "could not stamp the knowledge-base generation in %s: %s", self.location, sentence(exc)
            )

    def _read_failed(self, exc: Exception) -> KnowledgeError:
        return read_failed(self.location, exc)

    def _max_batch(self) -> int:
        return max_batch(self.client)
