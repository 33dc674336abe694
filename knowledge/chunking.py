"""Turn documents into small citable chunks: Markdown, plain text, HTML, CSV and JSON.

Every parser produces :class:`Chunk` objects whose id is stable: a hash of the source key, the
section (heading path) and the chunk's text, so re-reading an unchanged file yields the same ids.

Chunk text carries its context: ``"<title> › <section>: <body>"``, so a fact read on its own still
says which product it is about ("Alder Sky (P1001) › Price: List price: $139.95 (USD).").

This module chunks the prose formats (Markdown, plain text, HTML via Markdown) and dispatches on
the file suffix (:func:`chunk_document`). The chunk type and its id are ``copilot.knowledge.chunks``,
CSV/JSON records ``copilot.knowledge.chunk_records``, the HTML parser
``copilot.knowledge.html_text``; their public names are re-exported here.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from copilot.knowledge.chunk_records import chunk_csv, chunk_json, chunk_records
from copilot.knowledge.chunks import (
    MAX_CHARS,
    Chunk,
    DocMeta,
    chunk_id,
    dedupe,
    make_chunk,
    pack_blocks,
    tidy,
)
from copilot.knowledge.html_text import html_to_markdown

__all__ = [
    "MACHINE_SECTION",
    "MAX_CHARS",
    "SUPPORTED_SUFFIXES",
    "Chunk",
    "DocMeta",
    "chunk_csv",
    "chunk_document",
    "chunk_html",
    "chunk_id",
    "chunk_json",
    "chunk_markdown",
    "chunk_records",
    "chunk_text",
    "html_to_markdown",
    "make_chunk",
    "pack_blocks",
    "parse_front_matter",
]

MACHINE_SECTION = "machine-readable rules"
SUPPORTED_SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm", ".csv", ".json")


# --- Markdown --------------------------------------------------------------------------------
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_FRONT = re.compile(r"\A---\s*\n(.*?)\n---\s*(?:\n|\Z)", re.DOTALL)
_BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")


def parse_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Simple ``key: value`` front-matter between ``---`` lines; returns (fields, rest)."""
    m = _FRONT.match(text)
    if not m:
        return {}, text
    fields: dict[str, str] = {}
    for line in m.group(1).splitlines():
        if ":" in line and not line.startswith((" ", "\t", "#")):
            key, _, value = line.partition(":")
            fields[key.strip().lower()] = value.strip().strip("'\"")
    return fields, text[m.end() :]


def _split_blocks(body: str) -> list[str]:
    """Paragraphs, bullets and fenced code blocks (kept whole) of a section body."""
    blocks: list[str] = []
    cur: list[str] = []
    fence = False

    def flush() -> None:
        if cur and any(s.strip() for s in cur):
            blocks.append("\n".join(cur).strip())
        cur.clear()

    for line in body.splitlines():
        if line.strip().startswith("```"):
            if not fence:
                flush()
            cur.append(line)
            fence = not fence
            if not fence:
                flush()
            continue
        if fence:
            cur.append(line)
        elif not line.strip():
            flush()
        elif _BULLET.match(line):
            flush()
            cur.append(line)
        elif cur and _BULLET.match(cur[0]) and line.startswith((" ", "\t")):
            cur.append(line)  # continuation of a bullet
        else:
            if cur and _BULLET.match(cur[0]):
                flush()
            cur.append(line)
    flush()
    return blocks


def chunk_markdown(
    text: str,
    source: str,
    *,
    kind: str = "file",
    default_title: str = "",
    split_lists: bool | None = None,
    max_chars: int = MAX_CHARS,
) -> list[Chunk]:
    """Chunk Markdown by headings; the H1 (or front-matter ``title``/``name``) is the document title.

    A section is one chunk unless it is longer than ``max_chars`` (then it is split at paragraph
    and bullet boundaries) or its lists are split: then each bullet is its own chunk. Lists are
    split in every section when ``split_lists`` is True, in none when False, and when None (the
    default) in the sections a document names in its front-matter, e.g.
    ``split_sections: Features, Specifications``.
    """
    front, rest = parse_front_matter(text)
    split_named = {s.strip().lower() for s in front.get("split_sections", "").split(",") if s.strip()}
    meta = DocMeta(
        source=source,
        title=front.get("title", ""),
        product_id=front.get("product_id") or None,
        category=front.get("category") or None,
        product_name=front.get("name") or None,
        kind=kind,
    )
    sections, title = _markdown_sections(rest, meta.title)
    if not title:
        title = meta.product_name or default_title
    meta = DocMeta(meta.source, title, meta.product_id, meta.category, meta.product_name, kind)

    chunks: list[Chunk] = []
    for heads, body_lines in sections:
        body = "\n".join(body_lines).strip()
        if not body:
            continue
        if heads and heads[-1].lower() == MACHINE_SECTION:
            continue  # rules blocks for programs (see copilot.knowledge.guides), not facts
        split = split_lists if split_lists is not None else bool(heads) and heads[-1].lower() in split_named
        for piece in _section_pieces(body, split, max_chars):
            chunks.append(make_chunk(meta, " › ".join(heads), tidy(piece)))
    return dedupe(chunks)


def _markdown_sections(rest: str, title: str) -> tuple[list[tuple[list[str], list[str]]], str]:
    """``([(heading path, lines)], title)``: sections by heading (fenced code never is one); the
    first H1 is the document title (unless ``title`` is already set), not a section."""
    sections: list[tuple[list[str], list[str]]] = []
    path: list[tuple[int, str]] = []
    lines: list[str] = []
    fence = False
    seen_h1 = False
    for line in rest.splitlines():
        if line.strip().startswith("```"):
            fence = not fence
        m = None if fence else _HEADING.match(line)
        if m is None:
            lines.append(line)
            continue
        sections.append(([h for _, h in path], lines))
        lines = []
        level, heading = len(m.group(1)), m.group(2).strip()
        if level == 1 and not seen_h1:  # the first H1 is the document title, not a section
            seen_h1 = True
            title = title or heading
            path = []
            continue
        path = [(lv, h) for lv, h in path if lv < level] + [(level, heading)]
    sections.append(([h for _, h in path], lines))
    return sections, title


def _section_pieces(body: str, split_lists: bool, max_chars: int) -> list[str]:
    """A section body as chunk texts: whole, packed blocks when long, or a chunk per bullet."""
    blocks = _split_blocks(body)
    bullets = [b for b in blocks if _BULLET.match(b)]
    if split_lists and len(bullets) > 1:
        lead = [b for b in blocks if not _BULLET.match(b)]
        return [*pack_blocks(lead, max_chars), *(_BULLET.sub("", b, count=1) for b in bullets)]
    return pack_blocks(blocks, max_chars) if len(body) > max_chars else [body]


# --- plain text -------------------------------------------------------------------------------
def chunk_text(
    text: str, source: str, *, kind: str = "file", title: str = "", max_chars: int = MAX_CHARS
) -> list[Chunk]:
    """Plain text: one chunk per paragraph (blank-line separated); long ones split at sentence ends."""
    meta = DocMeta(source=source, title=title, kind=kind)
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    pieces: list[str] = []
    for p in paragraphs:
        if len(p) <= max_chars:
            pieces.append(p)
        else:  # very long paragraph: split at sentence ends
            pieces.extend(pack_blocks(re.split(r"(?<=[.!?])\s+", p), max_chars))
    return dedupe([make_chunk(meta, "", tidy(p)) for p in pieces])


def chunk_html(html: str, source: str, *, kind: str = "file", max_chars: int = MAX_CHARS) -> list[Chunk]:
    md, page_title = html_to_markdown(html)
    return chunk_markdown(md, source, kind=kind, default_title=page_title, max_chars=max_chars)


def chunk_document(
    text: str, source: str, suffix: str, *, kind: str = "file", split_lists: bool | None = None
) -> list[Chunk]:
    """Dispatch on the file suffix (one of :data:`SUPPORTED_SUFFIXES`)."""
    suffix = suffix.lower()
    if suffix in (".md", ".markdown"):
        return chunk_markdown(
            text, source, kind=kind, split_lists=split_lists, default_title=PurePosixPath(source).stem
        )
    if suffix in (".html", ".htm"):
        return chunk_html(text, source, kind=kind)
    if suffix == ".csv":
        return chunk_csv(text, source, kind=kind)
    if suffix == ".json":
        return chunk_json(text, source, kind=kind)
    if suffix == ".txt":
        return chunk_text(text, source, kind=kind, title=PurePosixPath(source).stem)
    raise ValueError(f"unsupported file type '{suffix}' (supported: {', '.join(SUPPORTED_SUFFIXES)})")
