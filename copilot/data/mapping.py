"""Bringing a real export in without hand-written pandas: column mapping, export formats, checks.

Used by :func:`copilot.data.importer.import_files` through one hook (:func:`read_mapped`) and one
batch check (:func:`check_batch`):

* **mapping** ``target=source`` pairs (``--map order_id=InvoiceNo,order_ts=InvoiceDate``) rename an
  export's columns to the contract's; ``target='text'`` fills a column the export lacks with a
  constant (``region='uk',consent_email='false'``). A mapping given for a table is kept in the
  workspace (``mappings/<table>.json``) and reused by the next import of that table, so a weekly
  export needs it once;
* **formats**: the CSV delimiter is detected (``csv.Sniffer``: ``,`` ``;`` tab ``|``), decimal
  commas (``12,50``) in number columns are read as numbers, ``--date-format`` (strftime codes,
  e.g. ``%d/%m/%Y`` for 31/12/2025) parses dates and timestamps;
* **columns kept out**: ``--drop-column C`` leaves an export's column out, ``--hash-column C`` keeps a
  keyed hash of it (HMAC-SHA256 with the workspace's secret salt: equal values stay equal, the text
  cannot be read back) -- the two ways past the customer-attributes PII check;
* **checks**: a folder instead of a file, duplicate header names and strings longer than the
  contract allows (capped, with a warning) each get their own sentence; ``--replace`` with a file
  that has a header but no rows is refused unless ``allow_empty`` (it would empty the table).
"""

from __future__ import annotations

import csv
import difflib
import gzip
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from copilot.data import attributes
from copilot.data.contract import CONTRACT, STRING_MAX_LENGTH, ColumnType, TableSpec
from copilot.errors import DataError, UsageError
from copilot.fsutil import atomic_write_text

MAPPINGS_DIR = "mappings"
_PAIR = re.compile(r"^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.+?)\s*$")
_DECIMAL_COMMA = re.compile(r"^-?[\d.\s]*\d,\d+$")
Reader = Callable[[Path, str, str | None], tuple[pd.DataFrame, str]]  # path, label, delimiter or None


@dataclass(frozen=True)
class ImportOptions:
    """How to read an export (see the module docstring)."""

    mapping: dict[str, str] = field(default_factory=dict)  # target -> source column, or 'constant'
    date_format: str | None = None
    allow_empty: bool = False
    save_mapping: bool = True
    drop_columns: tuple[str, ...] = ()  # export columns left out (any table)
    hash_columns: tuple[str, ...] = ()  # export columns kept as a keyed hash (needs hash_key)
    hash_key: bytes | None = field(default=None, repr=False)  # the workspace's salt (tools.privacy)


def parse_map(text: str) -> dict[str, str]:
    """``"target=source,other='constant'"`` as ``{target: source}`` (a quoted source is a constant)."""
    out: dict[str, str] = {}
    for part in (p for p in re.split(r",(?=\s*[A-Za-z_][A-Za-z0-9_]*\s*=)", text) if p.strip()):
        m = _PAIR.match(part)
        if m is None:
            raise UsageError(
                f"--map: '{part}' is not target=source.",
                hint="Write --map order_id=InvoiceNo,region='uk' (contract column = your column).",
            )
        out[m.group(1)] = m.group(2)
    return out


def _constant(source: str) -> str | None:
    if len(source) >= 2 and source[0] == source[-1] and source[0] in "'\"":
        return source[1:-1]
    return None


def saved_mapping(root: Path, table: str) -> dict[str, str]:
    path = root / MAPPINGS_DIR / f"{table}.json"
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {str(k): str(v) for k, v in dict(data).items()}


def _sniff(path: Path) -> str:
    """The delimiter of a CSV file (``,`` when it cannot tell)."""
    opener: Any = gzip.open if path.name.lower().endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8-sig", errors="replace") as fh:
        sample = fh.read(64_000)
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        return ","


def _header(path: Path, sep: str) -> list[str]:
    opener: Any = gzip.open if path.name.lower().endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8-sig", errors="replace") as fh:
        return next(csv.reader(fh, delimiter=sep), [])


def parse_columns(text: str | None) -> tuple[str, ...]:
    """``"a,b"`` (repeatable options joined by commas) as ``("a", "b")``."""
    return tuple(p.strip() for p in (text or "").split(",") if p.strip())


def _drop_and_hash(
    frame: pd.DataFrame, label: str, options: ImportOptions, applied: set[str], warnings: list[str]
) -> tuple[pd.DataFrame, set[str]]:
    """``--drop-column`` / ``--hash-column`` on one file (names matched case-insensitively, or after
    normalising); returns the frame and the normalised names of the hashed columns."""

    def find(name: str) -> str | None:
        for c in map(str, frame.columns):
            if c.strip().lower() == name.strip().lower() or attributes.normalise(c) == attributes.normalise(
                name
            ):
                return c
        return None

    hashed: set[str] = set()
    for name in options.drop_columns:
        if (col := find(name)) is not None:
            frame = frame.drop(columns=[col])
            applied.add(name)
            warnings.append(f"{label}: column '{col}' left out (--drop-column).")
    for name in options.hash_columns:
        if (col := find(name)) is None:
            continue
        if options.hash_key is None:
            raise UsageError(
                "--hash-column needs the workspace's salt to hash with.",
                hint="Import through `copilot data import`, which passes it.",
            )
        frame[col] = [
            v if pd.isna(v) or str(v).strip() == "" else attributes.hash_value(str(v), options.hash_key)
            for v in frame[col].astype("string")
        ]
        hashed.add(attributes.normalise(col))
        applied.add(name)
        warnings.append(f"{label}: column '{col}' kept as a keyed hash (--hash-column).")
    return frame, hashed


def read_mapped(
    root: Path,
    path: Path,
    label: str,
    table: str,
    options: ImportOptions,
    read: Reader,
    warnings: list[str],
    known: dict[str, ColumnType] | None = None,
    applied: set[str] | None = None,
) -> tuple[pd.DataFrame, str, TableSpec]:
    """Read ``path`` for ``table`` (``read`` is the importer's reader for plain files) and apply the
    mapping, dropped and hashed columns and formats; warnings are appended to ``warnings``. Returns the
    frame, its kind and the spec to validate it against: the contract's, or for ``customer_attributes``
    the file's own columns typed by :func:`copilot.data.attributes.open_spec` (``known``: the types the
    table and the batch's earlier files already fixed). The drop/hash names found are added to
    ``applied``."""
    if path.is_dir():
        raise DataError(
            "is a folder, not a file.",
            file=label,
            hint=f"Pass the files inside it, e.g. `copilot data import {path}/*.csv`.",
        )
    spec = CONTRACT[table]
    frame, kind = _read_plain(path, label, read, warnings)
    frame = _apply_mapping(frame, root, label, table, spec, options, warnings)
    frame, hashed = _drop_and_hash(frame, label, options, set() if applied is None else applied, warnings)
    if spec.open_columns:
        frame, spec = attributes.open_spec(
            label, frame, kind, {} if known is None else known, options.date_format, hashed, warnings
        )
    if kind != "parquet":
        _apply_formats(frame, spec, label, options, warnings)
    return frame, kind, spec


def _read_plain(path: Path, label: str, read: Reader, warnings: list[str]) -> tuple[pd.DataFrame, str]:
    """The file as text columns (a CSV's delimiter sniffed), duplicate header names reduced to the first."""
    name = path.name.lower()
    if (
        path.is_file()
        and (name.endswith(".csv") or name.endswith(".csv.gz"))
        and (sep := _sniff(path)) != ","
    ):
        shown = "tab" if sep == "\t" else f"'{sep}'"
        warnings.append(f"{label}: read as {shown}-delimited (detected), not comma-delimited.")
        frame, kind = read(path, label, sep)
        header = _header(path, sep)
    else:
        frame, kind = read(path, label, None)
        header = (
            _header(path, "\t" if name.endswith(".tsv") else ",")
            if kind != "parquet"
            else list(frame.columns)
        )
    dupes = sorted({h for h in header if header.count(h) > 1})
    if dupes:
        warnings.append(
            f"{label}: duplicate header names {', '.join(dupes)}; only the first of each is used."
        )
        frame = frame[
            [
                c
                for c in frame.columns
                if not re.fullmatch(r".+\.\d+", str(c)) or str(c).rsplit(".", 1)[0] not in dupes
            ]
        ]

    return frame, kind


def _apply_mapping(
    frame: pd.DataFrame,
    root: Path,
    label: str,
    table: str,
    spec: TableSpec,
    options: ImportOptions,
    warnings: list[str],
) -> pd.DataFrame:
    """The ``--map`` mapping (or the table's saved one) applied: target columns from source columns or
    constants; an unknown target or source fails with the nearest name."""
    mapping = dict(options.mapping) or saved_mapping(root, table)
    if mapping and not options.mapping:
        warnings.append(
            f"{label}: using the saved column mapping for {table} ({root / MAPPINGS_DIR / table}.json)."
        )
    unknown = [t for t in mapping if t not in spec.column_names and not spec.open_columns]
    if unknown:
        near = difflib.get_close_matches(unknown[0], spec.column_names, n=1)
        raise UsageError(
            f"--map: '{unknown[0]}' is not a column of {table}"
            + (f"; did you mean '{near[0]}'?" if near else "."),
            hint=f"Its columns: {', '.join(spec.column_names)}.",
        )
    renamed: dict[str, pd.Series] = {}
    for target, source in mapping.items():
        const = _constant(source)
        if const is not None:
            renamed[target] = pd.Series([const] * len(frame), index=frame.index, dtype=object)
        elif source in frame.columns:
            renamed[target] = frame[source]
        else:
            near = difflib.get_close_matches(source, [str(c) for c in frame.columns], n=1)
            raise DataError(
                f"--map {target}={source}: the file has no column '{source}'"
                + (f"; did you mean '{near[0]}'?" if near else "."),
                file=label,
                hint=f"Its columns: {', '.join(map(str, frame.columns))}.",
            )
    if renamed:
        sources = {s for s in mapping.values() if _constant(s) is None}
        rest = frame[[c for c in frame.columns if c not in sources and c not in renamed]]
        frame = pd.concat([pd.DataFrame(renamed, index=frame.index), rest], axis=1)
        if options.mapping and options.save_mapping:
            atomic_write_text(root / MAPPINGS_DIR / f"{table}.json", json.dumps(mapping, indent=1) + "\n")

    return frame


def _apply_formats(
    frame: pd.DataFrame, spec: TableSpec, label: str, options: ImportOptions, warnings: list[str]
) -> None:
    """Text formats normalised in place: decimal commas, ``--date-format`` dates, over-long strings cut."""
    for col in spec.columns:
        if col.name not in frame.columns:
            continue
        values = frame[col.name].astype(str)
        filled = values[values != ""]
        comma = filled.str.match(_DECIMAL_COMMA.pattern)
        if col.type == "float" and comma.any() and (comma | filled.str.match(r"^-?\d+$")).all():
            frame[col.name] = values.str.replace(r"[.\s]", "", regex=True).str.replace(",", ".", regex=False)
            warnings.append(f"{label}: column '{col.name}' read with decimal commas.")
        elif col.type in ("date", "timestamp") and options.date_format and len(filled):
            parsed = pd.to_datetime(values, format=options.date_format, errors="coerce")
            iso = parsed.dt.strftime("%Y-%m-%d" if col.type == "date" else "%Y-%m-%d %H:%M:%S")
            frame[col.name] = iso.where(parsed.notna(), values)  # unparsed cells: the contract names them
        elif col.type == "string" and len(filled):
            limit = col.max_length or STRING_MAX_LENGTH
            long = values.str.len() > limit
            if long.any():
                frame[col.name] = values.where(~long, values.str.slice(0, limit))
                warnings.append(
                    f"{label}: {int(long.sum()):,} value(s) of '{col.name}' longer than {limit:,} "
                    "characters were cut to that length."
                )


def check_batch(
    tables: dict[str, list[tuple[str, str, pd.DataFrame]]], replace: bool, options: ImportOptions
) -> None:
    """``--replace`` with a file that has no rows would empty its table: refused unless allow_empty."""
    if not replace or options.allow_empty:
        return
    for table, files in tables.items():
        if files and all(len(frame) == 0 for _label, _kind, frame in files):
            raise DataError(
                f"has no rows, and --replace would empty the {table} table.",
                file=files[0][0],
                hint="Check the export; pass --allow-empty if the table really should be emptied.",
            )


#: What each table gives, as ``copilot data tables`` lists it next to its row count.
UNLOCKS: dict[str, str] = {
    "customers": "segments, audiences, reach per channel (consent_*)",
    "products": "categories for propensity and recommendations",
    "orders": "RFM segments, clusters, propensity, forecasts",
    "order_lines": "recommendations (buy again, discover), category propensity",
    "campaigns": "optional: channel_stats and forecast rates (with touches)",
    "touches": "optional: send/open/click/convert rates, best send times, engagement audiences",
    "reviews": "optional: ratings in product facts",
    "customer_attributes": "optional: propensity features and attribute audience filters",
}


def unlocks_markdown() -> str:
    """Which optional tables and columns unlock which features (``copilot data contract``)."""
    rows = [
        (
            "customers, products, orders, order_lines",
            "required",
            "segments, clusters, propensity, recommendations",
        ),
        (
            "campaigns + touches",
            "optional",
            "channel_stats (send/open/click/convert rates, best send times) "
            "and the forecast's channel rates; without them rates are None",
        ),
        ("customers.consent_*", "required columns", "reach per channel (who may be contacted)"),
        ("customers.age_band", "optional column", "an audience filter and a model feature"),
        (
            "customer_attributes",
            "optional",
            "any typed columns (loyalty tier, birth year...): propensity "
            "features (numbers, true/false, dates, text with few values) and "
            "audience filters (the attribute condition); PII is refused",
        ),
        (
            "campaigns.category, campaigns.cost",
            "optional columns",
            "per-category rates and cost/ROI in forecasts",
        ),
        ("touches.opened_ts / clicked_ts / converted_ts / revenue", "optional columns", "the funnel rates"),
        ("reviews", "optional", "ratings in product facts"),
        ("products.attributes", "optional column", "product facts for copy"),
    ]
    lines = [
        "### What each optional table or column unlocks\n",
        "| data | status | unlocks |",
        "|---|---|---|",
    ]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    return "\n".join(lines) + "\n"
