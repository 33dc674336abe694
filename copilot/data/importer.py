"""Import CSV and Parquet files into a workspace, validated against the data contract first.

Rules (also shown by ``copilot data import --help``):

* **Table**: taken from the file name (``customers.csv``, ``order_lines.parquet``,
  ``order-lines.csv.gz``) unless ``table`` is given. Several files may feed the same table.
* **Batch**: all files of one call are one batch, loaded in ``LOAD_ORDER`` (customers before
  orders...), so a file may refer to rows of another file of the same batch. A batch is
  all-or-nothing: it is written into a copy of the database that replaces the live one only if
  every file passes (``Workspace.rebuild_database``); on any error the workspace is unchanged.
* **Rows** are numbered as a spreadsheet shows them: in a CSV the header is row 1, so the first
  data row is row 2. In a Parquet file row 1 is the first record. Every error names the file,
  the row and the column, what was expected, and how many rows share the problem (the first
  offending row is named).
* **Columns**: required columns must be present; optional ones may be omitted (stored as NULL).
  Column names are matched case-insensitively, surrounding spaces ignored. Unknown extra
  columns are *ignored with a warning* in the report (exports often carry extra columns; a
  misspelt required column still fails as missing).
* **Values**: an empty cell is NULL (so are the missing cells of a row shorter than the header; a
  row longer than the header is an error). Integers and decimals use ``.``; booleans accept
  true/false, t/f, yes/no, y/n, 1/0; dates are ISO ``YYYY-MM-DD``; timestamps ISO 8601
  (``2025-03-01 14:05:00`` or ``2025-03-01T14:05:00Z``; zoned ones are stored in UTC). Leading
  and trailing spaces of text are removed.
* **Duplicates** (mode ``append``, the default): a primary key may appear once in the batch and
  must not exist in the workspace yet -- a re-import is rejected, never silently merged. Mode
  ``replace`` empties the batch's tables first and loads the files as their new content; it
  fails if rows of other tables would then point at missing rows (import those tables too).
* **Foreign keys** must exist in the workspace or in the batch.
* **Dates in the future**: a row dated more than two days after now (time zones) is rejected with
  its file, row and column, unless ``allow_future`` (``--allow-future``); a handful of orders far
  beyond the rest, which would move the analytics as-of date, are named in a warning.
* **Undo**: each batch gets an id and is recorded in the database (:mod:`copilot.data.batches`);
  ``copilot data history`` lists batches, ``copilot data undo [BATCH]`` reverts one atomically.

Validation is vectorised (pandas for parsing and per-column rules, DuckDB for keys), not row by
row in Python.
"""

from __future__ import annotations

import csv
import gzip
import json
import logging
import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

import numpy as np
import pandas as pd
from pydantic import BaseModel, Field

from copilot.data import attributes, batches
from copilot.data.contract import (
    ATTRIBUTES,
    CONTRACT,
    DUCKDB_TYPES,
    TABLES,
    Column,
    ColumnType,
    TableSpec,
    create_schema,
)
from copilot.data.mapping import ImportOptions, check_batch, read_mapped
from copilot.errors import DataError
from copilot.workspace import Workspace

log = logging.getLogger(__name__)

ImportMode = Literal["append", "replace"]
Progress = Callable[[str, float], None]

_SUFFIXES = {".csv": "csv", ".csv.gz": "csv", ".tsv": "tsv", ".parquet": "parquet", ".pq": "parquet"}
_TRUE = {"true", "t", "yes", "y", "1"}
_FALSE = {"false", "f", "no", "n", "0"}
_EXPECTED = {
    "int": "a whole number",
    "float": "a number",
    "bool": "true or false",
    "date": "a date like 2025-03-01",
    "timestamp": "a timestamp like 2025-03-01 14:05:00",
    "json": "a JSON object",
    "string": "text",
}
CSV_ROWS = "CSV rows count the header as row 1"
PARQUET_ROWS = "Parquet rows count from 1"


@dataclass(frozen=True)
class Problem:
    """One contract violation: where it first happens and how many rows share it."""

    file: str
    message: str
    row: int | None = None
    column: str | None = None
    count: int = 1
    hint: str | None = None

    def text(self) -> str:
        where = [self.file]
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column '{self.column}'")
        return ", ".join(where) + ": " + self.message


class ContractError(DataError):
    """A batch breaks the contract. ``file``/``row``/``column`` name the first problem; ``problems`` lists all."""

    def __init__(self, problems: list[Problem]) -> None:
        first = problems[0]
        self.problems = problems
        hint = first.hint
        if len(problems) > 1:
            more = "; ".join(p.text().rstrip(".") for p in problems[1:6])
            extra = f" (+{len(problems) - 6} more)" if len(problems) > 6 else ""
            hint = ((hint + " ") if hint else "") + f"Also: {more}{extra}."
        super().__init__(first.message, file=first.file, row=first.row, column=first.column, hint=hint)


class ImportedFile(BaseModel):
    path: str
    table: str
    rows: int


class ImportReport(BaseModel):
    """What an import wrote."""

    mode: ImportMode
    files: list[ImportedFile]
    tables: dict[str, int] = Field(description="Rows imported per table.")
    table_rows: dict[str, int] = Field(description="Rows per table in the workspace after the import.")
    warnings: list[str] = Field(default_factory=list)
    batch_id: str | None = Field(None, description="The batch's id, for `copilot data undo`.")

    def to_text(self) -> str:
        batch = f", batch {self.batch_id}" if self.batch_id else ""
        lines = [f"Imported {sum(self.tables.values()):,} rows ({self.mode}{batch}):"]
        lines += [f"  {f.path} -> {f.table}: {f.rows:,} rows" for f in self.files]
        lines += [f"warning: {w}" for w in self.warnings]
        return "\n".join(lines)


# --- reading ---------------------------------------------------------------------------------------
def _suffix(path: Path) -> str:
    name = path.name.lower()
    for suf in sorted(_SUFFIXES, key=len, reverse=True):
        if name.endswith(suf):
            return suf
    return path.suffix.lower()


def table_for(path: Path) -> str | None:
    """The table a file name points at (``order-lines.csv.gz`` -> ``order_lines``), or None."""
    suf = _suffix(path)
    stem = path.name[: len(path.name) - len(suf)] if suf else path.stem
    name = stem.strip().lower().replace("-", "_").replace(" ", "_")
    return name if name in CONTRACT else None


def _read(path: Path, label: str) -> tuple[pd.DataFrame, str]:
    if not path.exists():
        raise DataError("file not found.", file=label)
    suf = _suffix(path)
    kind = _SUFFIXES.get(suf)
    if kind is None:
        raise DataError(
            f"unsupported file type '{suf or path.name}'; expected .csv, .csv.gz, .tsv or .parquet.", file=label
        )
    try:
        if kind == "parquet":
            return pd.read_parquet(path), kind
        sep = "\t" if kind == "tsv" else ","
        with warnings.catch_warnings():
            # pandas only warns (and drops data) when the first data row is longer than the header
            warnings.simplefilter("error", pd.errors.ParserWarning)
            try:
                frame = pd.read_csv(
                    path, dtype=str, keep_default_na=False, na_filter=False, encoding="utf-8-sig",
                    sep=sep, index_col=False, skip_blank_lines=True,
                )
            except pd.errors.ParserWarning:
                line, got, want = _ragged_line(path, sep)
                raise DataError(
                    f"has {got} fields but the header has {want} ({CSV_ROWS}).", file=label, row=line,
                    hint="Check for an unquoted comma inside a value.",
                ) from None
        return frame, kind
    except pd.errors.EmptyDataError:
        raise DataError("the file is empty (not even a header row).", file=label) from None
    except pd.errors.ParserError as exc:
        m = re.search(r"line (\d+), saw (\d+)", str(exc))
        exp = re.search(r"Expected (\d+) fields", str(exc))
        if m and exp:
            raise DataError(
                f"has {m.group(2)} fields but the header has {exp.group(1)} ({CSV_ROWS}).",
                file=label, row=int(m.group(1)),
                hint="Check for an unquoted comma inside a value.",
            ) from None
        raise DataError(f"is not a readable CSV file: {exc}", file=label) from None
    except UnicodeDecodeError as exc:
        raise DataError(f"is not UTF-8 text ({exc.reason}).", file=label, hint="Save it as UTF-8 CSV.") from None
    except (OSError, ValueError) as exc:  # pyarrow errors for broken Parquet files are ValueError/OSError
        raise DataError(f"could not be read as {kind}: {exc}", file=label) from None


def _ragged_line(path: Path, sep: str) -> tuple[int, int, int]:
    """The first line with more fields than the header (only called once pandas found one)."""
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh, delimiter=sep)
        width = len(next(reader))
        for fields in reader:
            if len(fields) > width:
                return reader.line_num, len(fields), width
    return 2, width + 1, width


# --- parsing and per-column rules ------------------------------------------------------------------------
def _show(v: Any) -> str:
    s = str(v)
    return repr(s if len(s) <= 40 else s[:37] + "...")


def _textual(s: pd.Series) -> pd.Series:
    out = s.astype("string").str.strip()
    return out


def _parse(raw: pd.Series, col: Column) -> tuple[pd.Series, np.ndarray, np.ndarray]:
    """Return (typed values, null mask, unparseable mask)."""
    t = col.type
    if t in ("int", "float") and pd.api.types.is_numeric_dtype(raw) and not pd.api.types.is_bool_dtype(raw):
        num = raw.astype("Float64")
        null = num.isna().to_numpy(dtype=bool)
        bad = np.zeros(len(raw), dtype=bool)
    elif t == "bool" and pd.api.types.is_bool_dtype(raw):
        return raw.astype("boolean"), raw.isna().to_numpy(dtype=bool), np.zeros(len(raw), dtype=bool)
    elif t in ("date", "timestamp") and pd.api.types.is_datetime64_any_dtype(raw):
        vals = raw.dt.tz_convert("UTC").dt.tz_localize(None) if getattr(raw.dt, "tz", None) else raw
        return vals, raw.isna().to_numpy(dtype=bool), np.zeros(len(raw), dtype=bool)
    else:
        txt = _textual(raw)
        null = (txt.isna() | (txt.fillna("") == "")).to_numpy(dtype=bool)
        filled = txt.where(~null)
        if t in ("int", "float"):
            num = pd.to_numeric(filled, errors="coerce").astype("Float64")
            bad = ~null & num.isna().to_numpy(dtype=bool)
        elif t == "bool":
            low = filled.str.lower()
            is_true = low.isin(_TRUE).to_numpy(dtype=bool)
            is_false = low.isin(_FALSE).to_numpy(dtype=bool)
            bad = ~null & ~is_true & ~is_false
            vals = pd.array(is_true, dtype="boolean")
            vals[null | bad] = pd.NA
            return pd.Series(vals, index=raw.index), null, bad
        elif t in ("date", "timestamp"):
            ts = pd.to_datetime(filled, errors="coerce", format="ISO8601", utc=True)
            bad = ~null & ts.isna().to_numpy(dtype=bool)
            return ts.dt.tz_localize(None), null, bad
        elif t == "json":
            bad = np.zeros(len(raw), dtype=bool)
            for i in np.flatnonzero(~null):
                try:
                    ok = isinstance(json.loads(str(filled.iloc[i])), dict)
                except ValueError:
                    ok = False
                bad[i] = not ok
            return filled, null, bad
        else:
            return filled, null, np.zeros(len(raw), dtype=bool)
    # numbers
    arr = num.to_numpy(dtype=float, na_value=np.nan)
    finite = np.isfinite(arr)
    bad = bad | (~null & ~np.isnan(arr) & ~finite)
    if t == "int":
        frac = ~null & finite & (np.mod(np.where(finite, arr, 0), 1) != 0)
        bad = bad | frac
        ok_arr = np.where(finite & ~bad, arr, np.nan)
        return pd.Series(pd.array(ok_arr, dtype="Float64").astype("Int64"), index=raw.index), null, bad
    return pd.Series(pd.array(np.where(bad, np.nan, arr), dtype="Float64"), index=raw.index), null, bad


def _first(mask: np.ndarray, rows: np.ndarray) -> tuple[int, int, int]:
    idx = np.flatnonzero(mask)
    return int(idx[0]), int(rows[idx[0]]), int(idx.size)


def _more(count: int, note: str) -> str:
    extra = f"; {count - 1:,} more row{'s' if count > 2 else ''} like this" if count > 1 else ""
    return f" ({note}{extra})"


def _validate_file(
    label: str, spec: TableSpec, df: pd.DataFrame, kind: str, warnings: list[str]
) -> tuple[pd.DataFrame, list[Problem]]:
    note = PARQUET_ROWS if kind == "parquet" else CSV_ROWS
    header_row = None if kind == "parquet" else 1
    problems: list[Problem] = []
    lowered = [str(c).strip().lower() for c in df.columns]
    names = dict(zip(lowered, df.columns, strict=True))
    repeated = [c for c in lowered if lowered.count(c) > 1]
    if repeated:
        problems.append(Problem(label, f"the header repeats column '{repeated[0]}'.", header_row, repeated[0]))
    for c in spec.required_columns:
        if c not in names:
            problems.append(Problem(
                label, f"the header has no required column '{c}' (expected {_EXPECTED[spec.column(c).type]}); "
                f"table '{spec.name}' needs: {', '.join(spec.required_columns)}.",
                header_row, c,
            ))
    extra = [str(names[n]) for n in names if n not in spec.column_names]
    if extra:
        warnings.append(f"{label}: ignored column{'s' if len(extra) > 1 else ''} not in the contract for "
                        f"'{spec.name}': {', '.join(extra)}.")
    if problems:
        return pd.DataFrame(), problems

    n = len(df)
    rows = np.arange(1, n + 1) + (0 if kind == "parquet" else 1)
    out: dict[str, Any] = {}
    for col in spec.columns:
        if col.name not in names:
            continue
        raw = df[names[col.name]].reset_index(drop=True)
        vals, null, bad = _parse(raw, col)
        if bad.any():
            i, row, cnt = _first(bad, rows)
            problems.append(Problem(
                label, f"expected {_EXPECTED[col.type]}, got {_show(raw.iloc[i])}{_more(cnt, note)}.",
                row, col.name, cnt,
            ))
        if not col.nullable and null.any():
            i, row, cnt = _first(null, rows)
            problems.append(Problem(
                label, f"is empty but '{col.name}' needs a value ({_EXPECTED[col.type]}){_more(cnt, note)}.",
                row, col.name, cnt,
            ))
        ok = ~null & ~bad
        if col.type in ("int", "float"):
            arr = vals.to_numpy(dtype=float, na_value=np.nan)
            for bound, op, word in ((col.min, np.less, ">="), (col.max, np.greater, "<=")):
                if bound is None:
                    continue
                viol = ok & op(np.where(ok, arr, bound), bound)
                if viol.any():
                    i, row, cnt = _first(viol, rows)
                    problems.append(Problem(
                        label, f"must be {word} {bound:g}, got {_show(raw.iloc[i])}{_more(cnt, note)}.",
                        row, col.name, cnt,
                    ))
        if col.allowed is not None:
            viol = ok & ~vals.isin(col.allowed).to_numpy(dtype=bool)
            if viol.any():
                i, row, cnt = _first(viol, rows)
                problems.append(Problem(
                    label, f"must be one of {', '.join(col.allowed)}; got {_show(raw.iloc[i])}{_more(cnt, note)}.",
                    row, col.name, cnt,
                ))
        out[col.name] = vals
    typed = pd.DataFrame(out)
    typed["__row"] = rows
    return typed, problems


# --- the batch ----------------------------------------------------------------------------------------
def _pk_where(spec: TableSpec, values: tuple[Any, ...]) -> str:
    return ", ".join(f"{k}={_show(v)}" for k, v in zip(spec.primary_key, values, strict=True))


def _batch_duplicates(spec: TableSpec, frames: list[tuple[str, str, pd.DataFrame]]) -> list[Problem]:
    """Primary keys repeated inside the batch (within one file or across files of the same table)."""
    if not frames:
        return []
    allf = pd.concat(
        [f.assign(__file=i) for i, (_, _, f) in enumerate(frames)], ignore_index=True
    )
    dup = allf.duplicated(list(spec.primary_key), keep="first").to_numpy(dtype=bool)
    if not dup.any():
        return []
    i = int(np.flatnonzero(dup)[0])
    key = tuple(allf.loc[i, k] for k in spec.primary_key)
    same = np.ones(len(allf), dtype=bool)
    for k, v in zip(spec.primary_key, key, strict=True):
        same &= (allf[k] == v).fillna(False).to_numpy(dtype=bool)
    j = int(np.flatnonzero(same)[0])
    label, kind, _ = frames[int(allf.loc[i, "__file"])]
    first_label = frames[int(allf.loc[j, "__file"])][0]
    note = PARQUET_ROWS if kind == "parquet" else CSV_ROWS
    where = f"row {int(allf.loc[j, '__row'])}" + ("" if first_label == label else f" of {first_label}")
    cnt = int(dup.sum())
    return [Problem(
        label, f"duplicate primary key {_pk_where(spec, key)}, first seen on {where}{_more(cnt, note)}.",
        int(allf.loc[i, "__row"]), spec.primary_key[0], cnt,
        hint="Each primary key may appear once.",
    )]


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def import_files(
    workspace: Workspace,
    paths: list[Path],
    table: str | None = None,
    *,
    mode: ImportMode = "append",
    progress: Progress | None = None,
    allow_future: bool = False,
    now: datetime | None = None,
    options: ImportOptions | None = None,
) -> ImportReport:
    """Validate ``paths`` against the data contract and load them into ``workspace`` as one batch.

    The batch gets an id and is recorded so ``copilot data undo`` can revert it
    (:mod:`copilot.data.batches`); rows dated after ``now`` (default: the real clock) plus two days
    are rejected unless ``allow_future``.

    ``table`` forces the target table for every file (default: from each file name). ``mode``
    ``append`` (default) rejects primary keys already in the workspace; ``replace`` empties the
    batch's tables first. Nothing is written unless every file passes; errors are
    :class:`ContractError` (a :class:`~copilot.errors.DataError`) naming file, row and column.
    See the module docstring for the full rules.
    """
    if not paths:
        raise DataError("no files to import.", hint="Pass one or more CSV or Parquet files.")
    if table is not None and table not in CONTRACT:
        raise DataError(
            f"unknown table '{table}'; known tables: {', '.join(TABLES)}.",
            hint="Run `copilot data contract` to see every table.",
        )
    prog = progress or (lambda _s, _f: None)
    warnings: list[str] = []
    batch: dict[str, list[tuple[str, str, pd.DataFrame]]] = {}
    opts = options or ImportOptions()
    known: dict[str, ColumnType] = {}  # customer_attributes: the column types the table and the batch fixed
    if mode == "append" and workspace.db_path.exists():
        with workspace.connect(read_only=True) as con:
            known = attributes.stored_types(con)
    attr_specs: list[TableSpec] = []
    applied: set[str] = set()
    for k, path in enumerate(paths):
        label = str(path)
        name = table or table_for(path)
        if name is None:
            raise DataError(
                f"cannot tell the table from the file name '{path.name}'; known tables: {', '.join(TABLES)}.",
                file=label, hint="Name the file after its table (e.g. customers.csv) or pass --table.",
            )
        prog(f"reading {path.name}", 0.5 * k / len(paths))
        raw, kind, spec = read_mapped(workspace.root, path, label, name, opts, _read, warnings, known, applied)
        typed, problems = _validate_file(label, spec, raw, kind, warnings)
        if problems:
            raise ContractError(sorted(problems, key=lambda p: p.row or 0))
        if spec.open_columns:
            attr_specs.append(spec)
        batch.setdefault(name, []).append((label, kind, typed))
    unused = [c for c in (*opts.drop_columns, *opts.hash_columns) if c not in applied]
    if unused:
        raise DataError(f"--drop-column/--hash-column: no file of this import has a column '{unused[0]}'; nothing "
                        "was imported.", hint="Use the column's name as it appears in the file's header.")
    check_batch(batch, mode == "replace", opts)  # --replace with no rows
    for name in TABLES:
        problems = _batch_duplicates(CONTRACT[name], batch.get(name, []))
        if problems:
            raise ContractError(problems)
    now = now or datetime.now(UTC)
    if not allow_future:
        late = [r for name, fs in batch.items() for label, _, frame in fs for r in batches.future_rows(label, name, frame, now)]
        if late:
            raise batches.future_error(late, now)
    batch_id = batches.new_batch_id(now)

    imported: dict[str, int] = {}
    files: list[ImportedFile] = []
    table_rows: dict[str, int] = {}
    with workspace.rebuild_database() as con:
        create_schema(con)
        if ATTRIBUTES in batch:
            attributes.ensure_table(con)
        if mode == "replace":
            batches.save_replaced(con, batch_id, list(batch))
            for name in batch:
                con.execute(f"DELETE FROM {_q(name)}")
        if ATTRIBUTES in batch:
            attributes.prepare_table(con, attr_specs, fresh=mode == "replace")
        for step, name in enumerate(n for n in TABLES if n in batch):
            spec = CONTRACT[name]
            if spec.open_columns:  # every column the batch's files brought, typed
                spec = TableSpec(spec.name, spec.description, tuple({c.name: c for s in attr_specs
                                                                     for c in s.columns}.values()),
                                 spec.primary_key, spec.foreign_keys, open_columns=True)
            prog(f"loading {name}", 0.5 + 0.5 * step / len(batch))
            for label, kind, frame in batch[name]:
                note = PARQUET_ROWS if kind == "parquet" else CSV_ROWS
                con.register("_stage", frame)
                try:
                    _check_keys(con, spec, label, note)
                    cols = [c.name for c in spec.columns if c.name in frame.columns]
                    sel = ", ".join(f"CAST({_q(c)} AS {DUCKDB_TYPES[spec.column(c).type]})" for c in cols)
                    con.execute(
                        f"INSERT INTO {_q(name)} ({', '.join(map(_q, cols))}) SELECT {sel} FROM _stage "
                        "ORDER BY __row"
                    )
                finally:
                    con.unregister("_stage")
                files.append(ImportedFile(path=label, table=name, rows=len(frame)))
                imported[name] = imported.get(name, 0) + len(frame)
        if mode == "replace":
            _check_orphans(con, batch)
        present = {str(r[0]) for r in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()}
        for name in (n for n in TABLES if n in present):
            table_rows[name] = int(con.execute(f"SELECT count(*) FROM {_q(name)}").fetchall()[0][0])
        batches.record_batch(con, batch_id, mode, {n: [f for _, _, f in fs] for n, fs in batch.items()},
                             [f.path for f in files])
        if "orders" in batch and (outliers := batches.as_of_outliers(con)) is not None:
            warnings.append(outliers.warning())
    workspace.mark("brand")
    prog("done", 1.0)
    report = ImportReport(mode=mode, files=files, tables=imported, table_rows=table_rows, warnings=warnings,
                          batch_id=batch_id)
    for w in warnings:
        log.warning("%s", w)
    return report


def _check_keys(con: Any, spec: TableSpec, label: str, note: str) -> None:
    """Primary keys already in the workspace, and foreign keys pointing nowhere (staged as ``_stage``)."""
    staged = {str(r[0]) for r in con.execute("DESCRIBE _stage").fetchall()}
    pk = spec.primary_key
    on = " AND ".join(f"t.{_q(k)} = s.{_q(k)}" for k in pk)
    rows = con.execute(
        f"SELECT s.__row, {', '.join('s.' + _q(k) for k in pk)}, count(*) OVER () FROM _stage s "
        f"JOIN {_q(spec.name)} t ON {on} ORDER BY s.__row LIMIT 1"
    ).fetchall()
    if rows:
        hit = rows[0]
        cnt = int(hit[-1])
        raise ContractError([Problem(
            label,
            f"{_pk_where(spec, tuple(hit[1:-1]))} is already in the workspace{_more(cnt, note)}.",
            int(hit[0]), pk[0], cnt,
            hint="Imports append and never overwrite: drop rows that were imported before, or use "
                 "--replace to load these files as the tables' whole new content.",
        )])
    for col, (ptable, pcol) in spec.foreign_keys.items():
        if col not in staged:  # an optional key column the file does not have (reviews without customer_id)
            continue
        rows = _first_orphan(con, "_stage", col, ptable, pcol, rows_of="c.__row, ")
        if rows:
            hit = rows[0]
            cnt = int(hit[-1])
            raise ContractError([Problem(
                label,
                f"unknown {col} {_show(hit[1])}: no such {pcol} in table '{ptable}' (workspace or this batch)"
                f"{_more(cnt, note)}.",
                int(hit[0]), col, cnt,
                hint=f"Import the {ptable} rows first or in the same batch.",
            )])


def _first_orphan(con: Any, source: str, col: str, ptable: str, pcol: str, *, rows_of: str = "") -> list[Any]:
    """The first row of ``source`` whose ``col`` points at no ``ptable.pcol`` (NULL points nowhere by
    design), as ``[(<rows_of>, value, how many such rows)]``; ``rows_of="c.__row, "`` adds the staged
    row number and orders by it. Empty when every key is found."""
    order = "ORDER BY c.__row " if rows_of else ""
    return list(con.execute(
        f"SELECT {rows_of}c.{_q(col)}, count(*) OVER () FROM {source} c WHERE c.{_q(col)} IS NOT NULL "
        f"AND NOT EXISTS (SELECT 1 FROM {_q(ptable)} p WHERE p.{_q(pcol)} = c.{_q(col)}) {order}LIMIT 1"
    ).fetchall())


def _check_orphans(con: Any, batch: dict[str, list[tuple[str, str, pd.DataFrame]]]) -> None:
    """After a replace, rows of any table must still find the rows they point at."""
    present = {str(r[0]) for r in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()}
    for child in (t for t in TABLES if t in present):
        spec = CONTRACT[child]
        for col, (ptable, pcol) in spec.foreign_keys.items():
            if ptable not in batch:
                continue
            rows = _first_orphan(con, _q(child), col, ptable, pcol)
            if rows:
                hit = rows[0]
                label = batch[ptable][0][0]
                raise ContractError([Problem(
                    label,
                    f"replacing table '{ptable}' would leave {int(hit[1]):,} rows of '{child}' pointing at a "
                    f"missing {pcol} (e.g. {_show(hit[0])}).",
                    None, pcol, int(hit[1]),
                    hint=f"Import '{child}' in the same batch, or use append mode.",
                )])
