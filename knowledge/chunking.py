"""Turn documents into small citable chunks: Markdown, plain text, HTML, CSV and JSON.

Every parser produces :class:`Chunk` objects whose id is stable: a hash of the source key, the
section (heading path) and the chunk's text, so re-reading an unchanged file yields the same ids.

Chunk text carries its context: ``"<title> › <section>: <body>"``, so a fact read on its own still
says which product it is about ("Alder Sky (P1001) › Price: List price: $139.95 (USD).").
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import PurePosixPath
from typing import Any, ClassVar

MACHINE_SECTION = "machine-readable rules"
MAX_CHARS = 480  # a chunk body longer than this is split at paragraph / bullet boundaries
SUPPORTED_SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm", ".csv", ".json")
_ID_KEYS = ("product_id", "productid", "sku", "id")
_NAME_KEYS = ("name", "product_name", "title")
_CATEGORY_KEYS = ("category", "category_slug", "product_category")


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
    source: str
    title: str = ""
    product_id: str | None = None
    category: str | None = None
    product_name: str | None = None
    kind: str = "file"


def make_chunk(meta: DocMeta, section: str, body: str, *, product_id: str | None = None,
               category: str | None = None, title: str | None = None,
               product_name: str | None = None) -> Chunk:
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
    return fields, text[m.end():]


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


def chunk_markdown(text: str, source: str, *, kind: str = "file", default_title: str = "",
                   split_lists: bool | None = None, max_chars: int = MAX_CHARS) -> list[Chunk]:
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
    sections: list[tuple[list[str], list[str]]] = []  # (heading path, lines)
    path: list[tuple[int, str]] = []
    lines: list[str] = []
    title = meta.title
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
    if not title:
        title = meta.product_name or default_title
    meta = DocMeta(meta.source, title, meta.product_id, meta.category, meta.product_name, kind)

    chunks: list[Chunk] = []
    for heads, body_lines in sections:
        body = "\n".join(body_lines).strip()
        if not body:
            continue
        section = " › ".join(heads)
        if heads and heads[-1].lower() == MACHINE_SECTION:
            continue  # rules blocks for programs (see copilot.knowledge.guides), not facts
        blocks = _split_blocks(body)
        bullets = [b for b in blocks if _BULLET.match(b)]
        split = split_lists if split_lists is not None else bool(heads) and heads[-1].lower() in split_named
        if split and len(bullets) > 1:
            lead = [b for b in blocks if not _BULLET.match(b)]
            pieces = [*pack_blocks(lead, max_chars), *(_BULLET.sub("", b, count=1) for b in bullets)]
        else:
            pieces = pack_blocks(blocks, max_chars) if len(body) > max_chars else [body]
        for piece in pieces:
            chunks.append(make_chunk(meta, section, _tidy(piece)))
    return _dedupe(chunks)


def _tidy(text: str) -> str:
    lines = [ln.rstrip() for ln in text.strip().splitlines()]
    return "\n".join(ln for ln in lines if ln.strip())


def _dedupe(chunks: list[Chunk]) -> list[Chunk]:
    seen: set[str] = set()
    out = []
    for c in chunks:
        if c.chunk_id not in seen:
            seen.add(c.chunk_id)
            out.append(c)
    return out


# --- plain text -------------------------------------------------------------------------------
def chunk_text(text: str, source: str, *, kind: str = "file", title: str = "",
               max_chars: int = MAX_CHARS) -> list[Chunk]:
    """Plain text: one chunk per paragraph (blank-line separated); long ones split at sentence ends."""
    meta = DocMeta(source=source, title=title, kind=kind)
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    pieces: list[str] = []
    for p in paragraphs:
        if len(p) <= max_chars:
            pieces.append(p)
        else:  # very long paragraph: split at sentence ends
            pieces.extend(pack_blocks(re.split(r"(?<=[.!?])\s+", p), max_chars))
    return _dedupe([make_chunk(meta, "", _tidy(p)) for p in pieces])


# --- HTML ---------------------------------------------------------------------------------------
class _HtmlToMarkdown(HTMLParser):
    """Strip tags to Markdown-ish text: headings stay headings, list items become bullets."""

    _SKIP: ClassVar[frozenset[str]] = frozenset({"script", "style", "noscript", "template", "svg", "head"})
    _BLOCK: ClassVar[frozenset[str]] = frozenset({"p", "div", "section", "article", "br", "tr", "table", "ul", "ol", "dl", "dt", "dd",
              "header", "footer", "main", "aside", "blockquote", "pre", "figure", "figcaption", "hr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        if tag in self._SKIP:
            self.skip += 1
        elif m := re.fullmatch(r"h([1-6])", tag):
            self.out.append("\n\n" + "#" * int(m.group(1)) + " ")
        elif tag == "li":
            self.out.append("\n- ")
        elif tag in self._BLOCK:
            self.out.append("\n\n")
        elif tag in ("td", "th"):
            self.out.append(" | ")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in self._SKIP:
            self.skip = max(0, self.skip - 1)
        elif re.fullmatch(r"h[1-6]", tag) or tag in self._BLOCK:
            self.out.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data.strip()
        if self.skip:
            return
        self.out.append(re.sub(r"\s+", " ", data))


def html_to_markdown(html: str) -> tuple[str, str]:
    """``(markdown, <title>)`` of an HTML page, using only the standard library."""
    parser = _HtmlToMarkdown()
    parser.feed(html)
    parser.close()
    text = "".join(parser.out)
    lines = [ln.strip() for ln in text.splitlines()]
    md = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    md = re.sub(r"^(#{1,6})\s*$\n*", "", md, flags=re.MULTILINE)  # empty headings
    return md, parser.title


def chunk_html(html: str, source: str, *, kind: str = "file", max_chars: int = MAX_CHARS) -> list[Chunk]:
    md, page_title = html_to_markdown(html)
    return chunk_markdown(md, source, kind=kind, default_title=page_title, max_chars=max_chars)


# --- CSV / JSON catalogue exports ------------------------------------------------------------------
def _flatten(value: Any, prefix: str = "") -> dict[str, str]:
    out: dict[str, str] = {}
    if isinstance(value, dict):
        for k, v in value.items():
            out.update(_flatten(v, f"{prefix}.{k}" if prefix else str(k)))
    elif isinstance(value, list):
        if all(not isinstance(v, dict | list) for v in value):
            out[prefix] = ", ".join(str(v) for v in value)
        else:
            for i, v in enumerate(value):
                out.update(_flatten(v, f"{prefix}[{i}]"))
    elif value is not None and str(value).strip() != "":
        text = str(value).strip()
        if text.startswith(("{", "[")):  # a JSON column (e.g. the products table's attributes)
            try:
                return _flatten(json.loads(text), prefix)
            except ValueError:
                pass
        out[prefix] = text
    return out


def _pick(row: dict[str, str], keys: tuple[str, ...]) -> str | None:
    lower = {k.lower().replace(" ", "_"): v for k, v in row.items()}
    for k in keys:
        if lower.get(k):
            return lower[k]
    return None


def chunk_records(records: list[dict[str, Any]], source: str, *, kind: str = "file",
                  max_chars: int = MAX_CHARS) -> list[Chunk]:
    """One fact per record (row / object); a long record is split into groups of fields."""
    stem = PurePosixPath(source).stem
    chunks: list[Chunk] = []
    for i, record in enumerate(records, start=1):
        fields = _flatten(record)
        if not fields:
            continue
        pid = _pick(fields, _ID_KEYS)
        name = _pick(fields, _NAME_KEYS)
        category = _pick(fields, _CATEGORY_KEYS)
        title = f"{name} ({pid})" if name and pid else (name or pid or f"{stem} record {i}")
        meta = DocMeta(source, title, pid, category, name, kind)
        lines = [f"{k}: {v}" for k, v in fields.items()]
        section = f"record {pid or i}"
        groups = pack_blocks(lines, max_chars)
        for j, group in enumerate(groups, start=1):
            sec = section if len(groups) == 1 else f"{section} part {j}"
            chunks.append(make_chunk(meta, sec, group.replace("\n", "; ")))
    return _dedupe(chunks)


def chunk_csv(text: str, source: str, *, kind: str = "file") -> list[Chunk]:
    rows = list(csv.DictReader(io.StringIO(text)))
    return chunk_records([dict(r) for r in rows], source, kind=kind)


def chunk_json(text: str, source: str, *, kind: str = "file") -> list[Chunk]:
    data = json.loads(text)
    if isinstance(data, dict):
        lists = [v for v in data.values() if isinstance(v, list) and v and all(isinstance(x, dict) for x in v)]
        records = lists[0] if len(lists) == 1 else [data]
    elif isinstance(data, list):
        records = [x if isinstance(x, dict) else {"value": x} for x in data]
    else:
        records = [{"value": data}]
    return chunk_records(records, source, kind=kind)


def chunk_document(text: str, source: str, suffix: str, *, kind: str = "file",
                   split_lists: bool | None = None) -> list[Chunk]:
    """Dispatch on the file suffix (one of :data:`SUPPORTED_SUFFIXES`)."""
    suffix = suffix.lower()
    if suffix in (".md", ".markdown"):
        return chunk_markdown(text, source, kind=kind, split_lists=split_lists,
                              default_title=PurePosixPath(source).stem)
    if suffix in (".html", ".htm"):
        return chunk_html(text, source, kind=kind)
    if suffix == ".csv":
        return chunk_csv(text, source, kind=kind)
    if suffix == ".json":
        return chunk_json(text, source, kind=kind)
    if suffix == ".txt":
        return chunk_text(text, source, kind=kind, title=PurePosixPath(source).stem)
    raise ValueError(f"unsupported file type '{suffix}' (supported: {', '.join(SUPPORTED_SUFFIXES)})")
