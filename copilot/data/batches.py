"""Import batches that can be undone, rows dated in the future, and as-of outliers.

Every ``copilot data import`` is one batch with an id (``b<UTC time>-<4 hex>``), recorded *inside*
the workspace database, in the schema ``_copilot`` (so the record and the data are swapped in
together, atomically, by :meth:`~copilot.workspace.Workspace.rebuild_database`):

* ``_copilot.import_batches``: id, time, mode, files, rows per table, whether it was undone;
* ``_copilot."<id>__added__<table>"``: the primary keys of the rows the batch added;
* ``_copilot."<id>__replaced__<table>"``: the table's whole previous content, for a ``--replace``.

:func:`undo_batch` reverts one batch (default: the latest not yet undone) in a rebuilt database:
the rows it added are deleted and the rows it replaced come back. A batch whose tables a later batch
changed again is refused until that one is undone; an undo that would leave rows pointing at
missing ones (orders of customers the batch added, imported later) is refused with the table named.
The data fingerprint changes, so trained models are reported stale until ``copilot train``.

Dates: rows dated after *now* (plus :data:`FUTURE_TOLERANCE` for time zones) are rejected by
:func:`future_problems` unless ``--allow-future``; :func:`as_of_outliers` finds a handful of orders
far beyond the bulk that would move the analytics as-of date (warned at import and at train).
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
from pydantic import BaseModel, Field

from copilot.data.attributes import restore
from copilot.data.contract import ATTRIBUTES, CONTRACT, DUCKDB_TYPES, TABLES
from copilot.errors import DataError, MissingArtifactError, UsageError

if TYPE_CHECKING:
    import duckdb

    from copilot.workspace import Workspace

SCHEMA = "_copilot"
BATCHES = f"{SCHEMA}.import_batches"
#: Rows dated up to this far after now are accepted (the sender's clock or time zone may be ahead).
FUTURE_TOLERANCE = timedelta(days=2)
#: Orders later than the bulk's 99.9th percentile by more than this are as-of outliers ...
OUTLIER_GAP = timedelta(days=30)
#: ... when they are a handful: at most this many (or 0.1% of the orders, whichever is larger).
OUTLIER_MAX = 5


class BatchRecord(BaseModel):
    """One import batch as ``copilot data history`` lists it."""

    batch_id: str
    created: datetime
    mode: str
    files: list[str] = Field(default_factory=list)
    tables: dict[str, int] = Field(default_factory=dict, description="Rows imported per table.")
    undone: datetime | None = None

    def line(self) -> str:
        rows = ", ".join(f"{t} {n:,}" for t, n in self.tables.items()) or "no rows"
        state = f"  (undone {self.undone:%Y-%m-%d %H:%M})" if self.undone else ""
        return f"{self.batch_id}  {self.created:%Y-%m-%d %H:%M} UTC  {self.mode:<7}  {rows}  [{', '.join(self.files)}]{state}"


class UndoReport(BaseModel):
    """What :func:`undo_batch` reverted."""

    batch_id: str
    removed: dict[str, int] = Field(default_factory=dict, description="Rows deleted per table.")
    restored: dict[str, int] = Field(default_factory=dict, description="Rows put back per table.")

    def to_text(self) -> str:
        parts = [f"{t}: -{n:,}" for t, n in self.removed.items()] + [f"{t}: +{n:,} restored" for t, n in self.restored.items()]
        return (f"Undid import {self.batch_id} ({'; '.join(parts) or 'no rows'}). Models trained before are now stale: "
                "run `copilot train`.")


def new_batch_id(now: datetime | None = None) -> str:
    now = now or datetime.now(UTC)
    return f"b{now:%Y%m%d%H%M%S}-{secrets.token_hex(2)}"


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _saved(batch_id: str, what: str, table: str) -> str:
    return f"{SCHEMA}.{_q(f'{batch_id}__{what}__{table}')}"


def _ensure(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}")
    con.execute(f"CREATE TABLE IF NOT EXISTS {BATCHES} (batch_id VARCHAR PRIMARY KEY, created TIMESTAMP, "
                "mode VARCHAR, files VARCHAR, tables VARCHAR, undone TIMESTAMP)")


# --- recording (called by copilot.data.importer inside its rebuilt database) --------------------------------
def save_replaced(con: duckdb.DuckDBPyConnection, batch_id: str, tables: list[str]) -> None:
    """Before a ``replace`` empties ``tables``: keep their content for an undo."""
    _ensure(con)
    for name in tables:
        con.execute(f"CREATE TABLE {_saved(batch_id, 'replaced', name)} AS SELECT * FROM {_q(name)}")


def record_batch(con: duckdb.DuckDBPyConnection, batch_id: str, mode: str,
                 frames: dict[str, list[pd.DataFrame]], files: list[str]) -> None:
    """After the batch's rows are in: record the primary keys it added and the batch itself."""
    _ensure(con)
    counts: dict[str, int] = {}
    for name in TABLES:
        if name not in frames:
            continue
        pk = list(CONTRACT[name].primary_key)
        keys = pd.concat([f[pk] for f in frames[name]], ignore_index=True)
        counts[name] = len(keys)
        con.register("_batch_keys", keys)
        try:
            sel = ", ".join(f"CAST({_q(c)} AS {DUCKDB_TYPES[CONTRACT[name].column(c).type]}) AS {_q(c)}" for c in pk)
            con.execute(f"CREATE TABLE {_saved(batch_id, 'added', name)} AS SELECT {sel} FROM _batch_keys")
        finally:
            con.unregister("_batch_keys")
    con.execute(f"INSERT INTO {BATCHES} VALUES (?, ?, ?, ?, ?, NULL)", [
        batch_id, datetime.now(UTC).replace(tzinfo=None), mode, json.dumps(files), json.dumps(counts)])


# --- reading and undoing -----------------------------------------------------------------------------------
def _has_batches(con: duckdb.DuckDBPyConnection) -> bool:
    row = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_schema = ? AND table_name = ?",
                      [SCHEMA, "import_batches"]).fetchone()
    return bool(row and row[0])


def _records(con: duckdb.DuckDBPyConnection) -> list[BatchRecord]:
    if not _has_batches(con):
        return []
    rows = con.execute(f"SELECT batch_id, created, mode, files, tables, undone FROM {BATCHES} "
                       "ORDER BY created, batch_id").fetchall()
    return [BatchRecord(batch_id=r[0], created=r[1], mode=r[2], files=json.loads(r[3] or "[]"),
                        tables=json.loads(r[4] or "{}"), undone=r[5]) for r in rows]


def history(workspace: Workspace) -> list[BatchRecord]:
    """Every import batch of ``workspace``, oldest first (read-only)."""
    if not workspace.db_path.exists():
        return []
    with workspace.connect() as con:
        return _records(con)


def undo_batch(workspace: Workspace, batch_id: str | None = None) -> UndoReport:
    """Revert one import batch (default: the latest one not undone) atomically; see the module docstring."""
    if not workspace.db_path.exists():
        raise MissingArtifactError(f"Workspace {workspace.root} has no database, so there is no import to undo.")
    with workspace.connect() as con:
        records = _records(con)
    live = [r for r in records if r.undone is None]
    if not live:
        raise UsageError(f"Workspace {workspace.root} has no import to undo.",
                         hint="`copilot data history` lists the imports.")
    if batch_id is None:
        target = live[-1]
    else:
        found = [r for r in records if r.batch_id == batch_id]
        if not found:
            raise UsageError(f"No import batch '{batch_id}' in workspace {workspace.root}.",
                             hint="`copilot data history` lists the batch ids.")
        target = found[0]
        if target.undone is not None:
            raise UsageError(f"Import batch '{batch_id}' was already undone on {target.undone:%Y-%m-%d %H:%M}.")
    after = records.index(target) + 1
    later = [r for r in records[after:] if r.undone is None and set(r.tables) & set(target.tables)]
    if later:
        raise UsageError(
            f"Import batch '{target.batch_id}' cannot be undone alone: the later batch '{later[-1].batch_id}' changed "
            f"{', '.join(sorted(set(later[-1].tables) & set(target.tables)))} again.",
            hint=f"Undo '{later[-1].batch_id}' first (`copilot data undo {later[-1].batch_id}`).",
        )
    report = UndoReport(batch_id=target.batch_id)
    with workspace.rebuild_database() as con:
        names = {r[0] for r in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = ?", [SCHEMA]).fetchall()}
        tables = [n for n in TABLES if n in target.tables]
        for name in reversed(tables):  # children first
            added = f"{target.batch_id}__added__{name}"
            if added not in names:
                continue
            pk = ", ".join(_q(c) for c in CONTRACT[name].primary_key)
            before = _count(con, name)
            con.execute(f"DELETE FROM {_q(name)} WHERE ({pk}) IN (SELECT ({pk}) FROM {SCHEMA}.{_q(added)})")
            report.removed[name] = before - _count(con, name)
        for name in tables:  # parents first
            replaced = f"{target.batch_id}__replaced__{name}"
            if replaced not in names:
                continue
            if name == ATTRIBUTES:  # its columns may have changed since: back with its own
                restore(con, f"{SCHEMA}.{_q(replaced)}")
            else:
                con.execute(f"INSERT INTO {_q(name)} SELECT * FROM {SCHEMA}.{_q(replaced)}")
            report.restored[name] = _count(con, f"{SCHEMA}.{_q(replaced)}", quoted=True)
        _check_references(con, target.batch_id)
        for n in names:
            if n.startswith(f"{target.batch_id}__"):
                con.execute(f"DROP TABLE {SCHEMA}.{_q(n)}")
        con.execute(f"UPDATE {BATCHES} SET undone = ? WHERE batch_id = ?",
                    [datetime.now(UTC).replace(tzinfo=None), target.batch_id])
    return report


def _count(con: duckdb.DuckDBPyConnection, name: str, *, quoted: bool = False) -> int:
    row = con.execute(f"SELECT count(*) FROM {name if quoted else _q(name)}").fetchone()
    return int(row[0]) if row else 0


def _check_references(con: duckdb.DuckDBPyConnection, batch_id: str) -> None:
    present = {str(r[0]) for r in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()}
    for child in (t for t in TABLES if t in present):
        for col, (parent, pcol) in CONTRACT[child].foreign_keys.items():
            row = con.execute(
                f"SELECT c.{_q(col)}, count(*) OVER () FROM {_q(child)} c WHERE c.{_q(col)} IS NOT NULL AND NOT EXISTS "
                f"(SELECT 1 FROM {_q(parent)} p WHERE p.{_q(pcol)} = c.{_q(col)}) LIMIT 1").fetchone()
            if row:
                raise UsageError(
                    f"Undoing import batch '{batch_id}' would leave {int(row[1]):,} rows of '{child}' pointing at a "
                    f"missing {pcol} (e.g. {row[0]!r}); nothing was changed.",
                    hint=f"Undo the later import of '{child}' first (`copilot data history`).",
                )


# --- dates ---------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class FutureRow:
    file: str
    row: int
    column: str
    value: str
    count: int


def future_rows(label: str, table: str, frame: pd.DataFrame, now: datetime) -> list[FutureRow]:
    """Per date/timestamp column of ``frame`` (typed by the importer, with ``__row``): the first row dated
    after ``now + FUTURE_TOLERANCE`` and how many share it."""
    limit = pd.Timestamp(now.astimezone(UTC).replace(tzinfo=None) + FUTURE_TOLERANCE)
    found: list[FutureRow] = []
    for col in CONTRACT[table].columns:
        if col.type not in ("date", "timestamp") or col.name not in frame.columns:
            continue
        values = pd.to_datetime(frame[col.name], errors="coerce")
        late = (values > limit).fillna(False).to_numpy(dtype=bool)
        if late.any():
            i = int(np.flatnonzero(late)[0])
            rows = frame["__row"].to_numpy() if "__row" in frame.columns else np.arange(1, len(frame) + 1)
            found.append(FutureRow(label, int(rows[i]), col.name, str(values.iloc[i]), int(late.sum())))
    return found


def future_error(rows: list[FutureRow], now: datetime) -> DataError:
    first = rows[0]
    more = f"; {first.count - 1:,} more rows like this" if first.count > 1 else ""
    also = "".join(f"; also {r.file} row {r.row} column '{r.column}' ({r.value})" for r in rows[1:4])
    return DataError(
        f"is dated {first.value}, after today ({now:%Y-%m-%d}, {FUTURE_TOLERANCE.days} days allowed for time zones)"
        f"{more}{also}.", file=first.file, row=first.row, column=first.column,
        hint="A future-dated row (a test order?) would move the analytics as-of date; fix or drop it, or pass "
             "--allow-future if the dates are right.",
    )


class Outliers(BaseModel):
    """Orders far beyond the bulk that move the analytics as-of date."""

    bulk_last: datetime
    rows: list[tuple[str, datetime]] = Field(description="(order_id, order_ts) of each outlier, latest first.")

    def warning(self) -> str:
        named = ", ".join(f"{oid} ({ts:%Y-%m-%d})" for oid, ts in self.rows[:5])
        return (f"{len(self.rows)} order{'s' if len(self.rows) > 1 else ''} lie far beyond the rest (the bulk ends "
                f"{self.bulk_last:%Y-%m-%d}) and move the analytics as-of date: {named}. If they are test or "
                "mistyped orders, `copilot data undo` the import or re-import without them.")


def as_of_outliers(con: duckdb.DuckDBPyConnection) -> Outliers | None:
    """A handful of orders more than :data:`OUTLIER_GAP` after the bulk's 99.9th percentile, or None."""
    row = con.execute("SELECT count(*), quantile_disc(order_ts, 0.999) FROM orders").fetchone()
    if not row or not row[0] or row[1] is None:
        return None
    n, bulk = int(row[0]), row[1]
    cap = max(OUTLIER_MAX, n // 1000)
    late = con.execute("SELECT order_id, order_ts FROM orders WHERE order_ts > ? ORDER BY order_ts DESC LIMIT ?",
                       [bulk + OUTLIER_GAP, cap + 1]).fetchall()
    if not late or len(late) > cap:
        return None
    last_bulk = con.execute("SELECT max(order_ts) FROM orders WHERE order_ts <= ?", [bulk + OUTLIER_GAP]).fetchone()
    return Outliers(bulk_last=last_bulk[0] if last_bulk and last_bulk[0] else bulk,
                    rows=[(str(r[0]), r[1]) for r in late])


def outlier_warning(workspace: Workspace) -> str | None:
    """The as-of outlier warning for ``workspace``'s orders (read-only), or None."""
    if not workspace.db_path.exists():
        return None
    with workspace.connect() as con:
        names = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        if "orders" not in names:
            return None
        found = as_of_outliers(con)
    return found.warning() if found else None
