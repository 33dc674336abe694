"""A chunk: one small citable fact, with a stable id and the context it needs to stand alone.

Every parser (``copilot.knowledge.chunking`` for Markdown, text and HTML;
``copilot.knowledge.chunk_records`` for CSV and JSON) builds its chunks with :func:`make_chunk`,
whose id is a hash of the source key, the section (heading path) and the chunk's text, so
re-reading an unchanged file yields the same ids. Chunk text carries its context:
``"<title> › <section>: <body>"``, so a fact read on its own still says which product it is about
("Alder Sky (P1001) › Price: List price: $139.95 (USD).").

Split from the parsers so each format's module depends on this one only.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import PurePosixPath

MAX_CHARS = 480  # a chunk body longer than this is split at paragraph / bullet boundaries


@dataclass(frozen=True)
class Chunk:
    """One citable fact ready to embed and store."""

    chunk_id: str
    text: str
    source: str
    section: str = ""
    product_id: str | None = None
    category: str | None = None
    title: str = ""
    product_name: str | None = None
    kind: str = "file"  # "shipped" (demo sources), "file" (user files), "reviews" (derived insights)
    extra: dict[str, str | int | float] = field(default_factory=dict)
    embed_text: str = ""  # what is embedded (default: ``text``); see make_chunk

    @property
    def vector_text(self) -> str:
        return self.embed_text or self.text

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:16]

    def metadata(self) -> dict[str, str | int | float | bool]:
        """Chroma metadata (no None values: Chroma rejects them)."""
        meta: dict[str, str | int | float | bool] = {
            "source": self.source,
            "section": self.section,
            "content_hash": self.content_hash,
            "kind": self.kind,
            "title": self.title,
        }
        if self.product_id:
            meta["product_id"] = self.product_id
        if self.category:
            meta["category"] = self.category
        if self.product_name:
            meta["product_name"] = self.product_name
        meta.update(self.extra)
        return meta


def chunk_id(source: str, section: str, text: str, embed_text: str = "") -> str:
    """Stable id: ``<source stem>-<10 hex of sha256(source, section, text[, embedded text])>``."""
    key = f"{source}\x1f{section}\x1f{text}" + (f"\x1f{embed_text}" if embed_text else "")
    digest = hashlib.sha256(key.encode()).hexdigest()[:10]
    stem = PurePosixPath(source.replace("\\", "/")).stem or "doc"
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", stem)[:40]
    return f"{stem}-{digest}"


@dataclass(frozen=True)
class DocMeta:
    """What every chunk of one document shares (its source, title, product and kind)."""

    source: str
    title: str = ""
    product_id: str | None = None
    category: str | None = None
    product_name: str | None = None
    kind: str = "file"


def make_chunk(
    meta: DocMeta,
    section: str,
    body: str,
    *,
    product_id: str | None = None,
    category: str | None = None,
    title: str | None = None,
    product_name: str | None = None,
) -> Chunk:
    """A chunk of ``meta``'s document: ``body`` under ``section``, with its id and embedded text."""
    title = meta.title if title is None else title
    body = body.strip()
    context = " › ".join(p for p in (title, section) if p)
    text = f"{context}: {body}" if context else body
    pid = product_id or meta.product_id
    cat = category or meta.category
    # The stored text names the product; the *embedded* text of a product fact does not: catalogue
    # names are near-identical for the embedding model and would drown the fact itself. Retrieval
    # finds the product by exact name / id instead (see copilot.knowledge.retrieval).
    embed = ""
    if pid:
        embed_ctx = " › ".join(p for p in ((cat or "").replace("-", " "), section) if p)
        embed = f"{embed_ctx}: {body}" if embed_ctx else body
    return Chunk(
        chunk_id=chunk_id(meta.source, section, text, embed),
        text=text,
        source=meta.source,
        section=section,
        product_id=pid,
        category=cat,
        title=title,
        product_name=product_name or meta.product_name,
        kind=meta.kind,
        embed_text=embed,
    )


def pack_blocks(blocks: list[str], max_chars: int = MAX_CHARS) -> list[str]:
    """Group consecutive blocks into pieces of at most ``max_chars`` (a longer block stays whole)."""
    pieces: list[str] = []
    cur = ""
    for b in blocks:
        if cur and len(cur) + 1 + len(b) > max_chars:
            pieces.append(cur)
            cur = b
        else:
            cur = f"{cur}\n{b}" if cur else b
    if cur:
        pieces.append(cur)
    return pieces


def tidy(text: str) -> str:
    """Trailing spaces and blank lines removed."""
    lines = [ln.rstrip() for ln in text.strip().splitlines()]
    return "\n".join(ln for ln in lines if ln.strip())


def dedupe(chunks: list[Chunk]) -> list[Chunk]:
    """Chunks in order, the first of each id kept."""
    seen: set[str] = set()
    out = []
    for c in chunks:
        if c.chunk_id not in seen:
            seen.add(c.chunk_id)
            out.append(c)
    return out
