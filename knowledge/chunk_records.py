"""Catalogue exports as facts: one chunk per CSV row or JSON object, nested fields flattened.

A record's id, name and category come from the usual column names (``product_id``/``sku``/``id``,
``name``/``title``, ``category``); a record longer than ``MAX_CHARS`` is split into groups of
fields. A ``phrasing`` column is the brand's copy phrasing of the fact: stored with it (metadata), not in
its text. Split from ``copilot.knowledge.chunking`` (prose formats), which dispatches here by suffix.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from pathlib import PurePosixPath
from typing import Any

from copilot.knowledge.chunks import MAX_CHARS, Chunk, DocMeta, chunk_id, dedupe, make_chunk, pack_blocks

_ID_KEYS = ("product_id", "productid", "sku", "id")
_NAME_KEYS = ("name", "product_name", "title")
_CATEGORY_KEYS = ("category", "category_slug", "product_category")
#: A column holding the brand's copy phrasing of the record's fact ("keeps your feet dry on wet trails").
_PHRASING_KEYS = ("phrasing", "copy_phrasing")


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


def chunk_records(
    records: list[dict[str, Any]], source: str, *, kind: str = "file", max_chars: int = MAX_CHARS
) -> list[Chunk]:
    """One fact per record (row / object); a long record is split into groups of fields."""
    stem = PurePosixPath(source).stem
    chunks: list[Chunk] = []
    for i, record in enumerate(records, start=1):
        fields = _flatten(record)
        # the brand's own copy phrasing of this fact: stored with it, not part of its text
        phrasing = next((fields.pop(k) for k in list(fields) if k.lower().strip() in _PHRASING_KEYS), "")
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
            chunk = make_chunk(meta, sec, group.replace("\n", "; "))
            if phrasing and j == 1:  # in the id too: an edited phrasing re-ingests the fact
                chunk = replace(
                    chunk,
                    chunk_id=chunk_id(source, sec, chunk.text, f"{chunk.embed_text}\x1fphrasing={phrasing}"),
                    extra={**chunk.extra, "phrasing": phrasing},
                )
            chunks.append(chunk)
    return dedupe(chunks)


def chunk_csv(text: str, source: str, *, kind: str = "file") -> list[Chunk]:
    rows = list(csv.DictReader(io.StringIO(text)))
    return chunk_records([dict(r) for r in rows], source, kind=kind)


def chunk_json(text: str, source: str, *, kind: str = "file") -> list[Chunk]:
    data = json.loads(text)
    if isinstance(data, dict):
        lists = [
            v for v in data.values() if isinstance(v, list) and v and all(isinstance(x, dict) for x in v)
        ]
        records = lists[0] if len(lists) == 1 else [data]
    elif isinstance(data, list):
        records = [x if isinstance(x, dict) else {"value": x} for x in data]
    else:
        records = [{"value": data}]
    return chunk_records(records, source, kind=kind)
