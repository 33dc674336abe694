"""What the knowledge base holds, as copilot sees it: stored chunks, vector hits, stats, exact search.

:class:`Snapshot` is every stored chunk with its vector, read once per store generation by
``KnowledgeBase`` (``copilot.knowledge.store``); up to ``EXACT_LIMIT`` chunks a search is one
matrix product over it (exact, deterministic, ties by id) and Chroma's ``where`` clauses of
equality, ``$in`` and ``$and`` are evaluated here. Split from the store so the records and the
exact search read without the Chroma client code; ``copilot.knowledge.store`` re-exports them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any

import numpy as np
from pydantic import BaseModel, Field
from threadpoolctl import ThreadpoolController


@dataclass(frozen=True)
class StoredChunk:
    """A chunk as stored: id, text and metadata."""

    chunk_id: str
    text: str
    metadata: dict[str, Any] = field(default_factory=dict)

    @property
    def source(self) -> str:
        return str(self.metadata.get("source", ""))

    @property
    def product_id(self) -> str | None:
        value = self.metadata.get("product_id")
        return str(value) if value else None

    @property
    def category(self) -> str | None:
        value = self.metadata.get("category")
        return str(value) if value else None

    @property
    def section(self) -> str:
        return str(self.metadata.get("section", ""))


@dataclass(frozen=True)
class VectorHit:
    chunk: StoredChunk
    similarity: float  # cosine similarity, 1 - cosine distance


@cache
def _blas() -> Any:
    """The BLAS thread pools, to run the search's one matrix-vector product on one thread: split
    over two threads it takes ~0.1 ms on an idle machine, but on a loaded two-core one it waited
    ~8 ms for the second thread to be scheduled (one thread: ~0.15 ms either way; same figures)."""
    return ThreadpoolController().select(user_api="blas")


@dataclass(frozen=True)
class Snapshot:
    """Every stored chunk with its vector, for exact search and the keyword index."""

    chunks: list[StoredChunk]
    vectors: np.ndarray  # (n, 384), unit rows, in chunk order (sorted by id)
    meta: dict[str, np.ndarray]  # product_id / category / source per chunk

    @cached_property
    def rows(self) -> dict[str, int]:
        """Chunk id -> row of :attr:`vectors`."""
        return {c.chunk_id: i for i, c in enumerate(self.chunks)}

    def mask(self, where: dict[str, Any] | None) -> np.ndarray | None:
        """Rows matching a Chroma ``where`` clause; None when the clause is not supported here."""
        n = len(self.chunks)
        if not where:
            return np.ones(n, dtype=bool)
        if set(where) == {"$and"}:
            out = np.ones(n, dtype=bool)
            for clause in where["$and"]:
                part = self.mask(clause)
                if part is None:
                    return None
                out &= part
            return out
        if len(where) != 1:
            return None
        key, cond = next(iter(where.items()))
        if key not in self.meta:
            return None
        col = self.meta[key]
        if isinstance(cond, dict):
            if set(cond) == {"$in"}:
                return np.isin(col, list(cond["$in"]))
            if set(cond) == {"$eq"}:
                return np.asarray(col == cond["$eq"], dtype=bool)
            return None
        return np.asarray(col == cond, dtype=bool)

    def search(self, embedding: np.ndarray, k: int, mask: np.ndarray) -> list[VectorHit]:
        rows = np.flatnonzero(mask)
        if rows.size == 0:
            return []
        # every row: the product over the matrix itself (no copy of it; the same figures)
        matrix = self.vectors if rows.size == len(self.chunks) else self.vectors[rows]
        with _blas().limit(limits=1):  # see _blas
            sims = matrix @ embedding.astype(np.float32)
        order = np.argsort(-sims, kind="stable")[:k]  # rows are sorted by id: ties go by id
        return [VectorHit(self.chunks[int(rows[j])], float(sims[j])) for j in order]


class KnowledgeStats(BaseModel):
    """How much the knowledge base holds: chunk count first, then per source."""

    chunks: int
    sources: dict[str, int] = Field(default_factory=dict, description="chunks per source, largest first")
    location: str = ""
    collection: str = ""
    flagged: list[tuple[str, str, str]] = Field(
        default_factory=list,
        description="(fact id, source, reason) of each stored fact that reads like an instruction to a "
        "model; searches withhold them (copilot.knowledge.hygiene).",
    )

    def source_groups(self) -> dict[str, int]:
        """Chunks per source folder (``products/P1001.md`` counts under ``products/``)."""
        groups: Counter[str] = Counter()
        for src, n in self.sources.items():
            head = src.split("/", 1)[0] + "/" if "/" in src and not src.startswith("/") else src
            groups[head] += n
        return dict(groups.most_common())


def where_filter(
    product_id: str | None = None, category: str | None = None, source: str | None = None
) -> dict[str, Any] | None:
    """A Chroma ``where`` clause from optional equality filters (None when there are none)."""
    clauses: list[dict[str, Any]] = [
        {key: value}
        for key, value in (("product_id", product_id), ("category", category), ("source", source))
        if value
    ]
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}
