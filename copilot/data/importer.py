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

Reading is :mod:`copilot.data.import_read`, validation (and :class:`ContractError`)
:mod:`copilot.data.import_checks`; this module runs a batch and writes it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

import pandas as pd
from pydantic import BaseModel, Field

from copilot.data import attributes, batches
from copilot.data.contract import (
    ATTRIBUTES,
    CONTRACT,
    DUCKDB_TYPES,
    TABLES,
    ColumnType,
    TableSpec,
    create_schema,
)
from copilot.data.import_checks import (
    CSV_ROWS,
    PARQUET_ROWS,
    ContractError,
    Problem,
    batch_duplicates,
    check_keys,
    check_orphans,
    quote_ident,
    validate_file,
)
from copilot.data.import_read import read_file, table_for
from copilot.data.mapping import ImportOptions, check_batch, read_mapped
from copilot.errors import DataError
from copilot.workspace import Workspace

__all__ = [
    "CSV_ROWS",
    "PARQUET_ROWS",
    "ContractError",
    "ImportMode",
    "ImportReport",
    "ImportedFile",
    "Problem",
    "Progress",
    "import_files",
    "table_for",
]

log = logging.getLogger(__name__)

ImportMode = Literal["append", "replace"]
Progress = Callable[[str, float], None]
#: The files of one batch by table: (label, kind, typed frame with ``__row``).
Batch = dict[str, list[tuple[str, str, pd.DataFrame]]]


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
    opts = options or ImportOptions()
    batch, attr_specs = _read_batch(workspace, paths, table, mode, opts, prog, warnings)
    now = now or datetime.now(UTC)
    if not allow_future:
        late = [
            r
            for name, fs in batch.items()
            for label, _, frame in fs
            for r in batches.future_rows(label, name, frame, now)
        ]
        if late:
            raise batches.future_error(late, now)
    batch_id = batches.new_batch_id(now)
    files, imported, table_rows = _write_batch(workspace, batch, attr_specs, mode, batch_id, prog, warnings)
    workspace.mark("brand")
    prog("done", 1.0)
    report = ImportReport(
        mode=mode, files=files, tables=imported, table_rows=table_rows, warnings=warnings, batch_id=batch_id
    )
    for w in warnings:
        log.warning("%s", w)
    return report


def _read_batch(
    workspace: Workspace,
    paths: list[Path],
    table: str | None,
    mode: ImportMode,
    opts: ImportOptions,
    prog: Progress,
    warnings: list[str],
) -> tuple[Batch, list[TableSpec]]:
    """Read and validate every file; raise on the first file that breaks the contract, on unused
    column options and on primary keys repeated in the batch. Returns the batch and the specs of the
    open-column (customer attributes) files."""
    batch: Batch = {}
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
                file=label,
                hint="Name the file after its table (e.g. customers.csv) or pass --table.",
            )
        prog(f"reading {path.name}", 0.5 * k / len(paths))
        raw, kind, spec = read_mapped(
            workspace.root, path, label, name, opts, read_file, warnings, known, applied
        )
        typed, problems = validate_file(label, spec, raw, kind, warnings)
        if problems:
            raise ContractError(sorted(problems, key=lambda p: p.row or 0))
        if spec.open_columns:
            attr_specs.append(spec)
        batch.setdefault(name, []).append((label, kind, typed))
    unused = [c for c in (*opts.drop_columns, *opts.hash_columns) if c not in applied]
    if unused:
        raise DataError(
            f"--drop-column/--hash-column: no file of this import has a column '{unused[0]}'; nothing "
            "was imported.",
            hint="Use the column's name as it appears in the file's header.",
        )
    check_batch(batch, mode == "replace", opts)  # --replace with no rows
    for name in TABLES:
        problems = batch_duplicates(CONTRACT[name], batch.get(name, []))
        if problems:
            raise ContractError(problems)
    return batch, attr_specs


def _write_batch(
    workspace: Workspace,
    batch: Batch,
    attr_specs: list[TableSpec],
    mode: ImportMode,
    batch_id: str,
    prog: Progress,
    warnings: list[str],
) -> tuple[list[ImportedFile], dict[str, int], dict[str, int]]:
    """Load the batch into a rebuilt copy of the database (keys checked in the database), record it for
    undo, and return the files, the rows imported per table and the rows per table after."""
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
                con.execute(f"DELETE FROM {quote_ident(name)}")
        if ATTRIBUTES in batch:
            attributes.prepare_table(con, attr_specs, fresh=mode == "replace")
        for step, name in enumerate(n for n in TABLES if n in batch):
            spec = CONTRACT[name]
            if spec.open_columns:  # every column the batch's files brought, typed
                spec = TableSpec(
                    spec.name,
                    spec.description,
                    tuple({c.name: c for s in attr_specs for c in s.columns}.values()),
                    spec.primary_key,
                    spec.foreign_keys,
                    open_columns=True,
                )
            prog(f"loading {name}", 0.5 + 0.5 * step / len(batch))
            for label, kind, frame in batch[name]:
                _insert(con, spec, label, kind, frame)
                files.append(ImportedFile(path=label, table=name, rows=len(frame)))
                imported[name] = imported.get(name, 0) + len(frame)
        if mode == "replace":
            check_orphans(con, batch)
        present = {
            str(r[0])
            for r in con.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'"
            ).fetchall()
        }
        for name in (n for n in TABLES if n in present):
            table_rows[name] = int(con.execute(f"SELECT count(*) FROM {quote_ident(name)}").fetchall()[0][0])
        batches.record_batch(
            con,
            batch_id,
            mode,
            {n: [f for _, _, f in fs] for n, fs in batch.items()},
            [f.path for f in files],
        )
        if "orders" in batch and (outliers := batches.as_of_outliers(con)) is not None:
            warnings.append(outliers.warning())
    return files, imported, table_rows


def _insert(con: Any, spec: TableSpec, label: str, kind: str, frame: pd.DataFrame) -> None:
    """One file's typed rows into its table, after the keys are checked against the database."""
    note = PARQUET_ROWS if kind == "parquet" else CSV_ROWS
    con.register("_stage", frame)
    try:
        check_keys(con, spec, label, note)
        cols = [c.name for c in spec.columns if c.name in frame.columns]
        sel = ", ".join(f"CAST({quote_ident(c)} AS {DUCKDB_TYPES[spec.column(c).type]})" for c in cols)
        con.execute(
            f"INSERT INTO {quote_ident(spec.name)} ({', '.join(map(quote_ident, cols))}) SELECT {sel} FROM _stage "
            "ORDER BY __row"
        )
    finally:
        con.unregister("_stage")
