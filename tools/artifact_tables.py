"""The in-memory DuckDB the tools query: the current artifacts' Parquet tables, loaded once.

:meth:`copilot.tools.artifacts.ArtifactStore.query` hands out cursors on one connection per store.
Its tables (``cust``, ``custcat``, ``scores``, ``products``, ``touches``, ``campaigns``) are the
Parquet files the live artifacts name. A view over a Parquet file decodes the file on every query
(a join of ``scores`` with ``cust`` takes ~3x longer through views than over tables, issue #14),
so files of at most :data:`MATERIALIZE_MAX_BYTES` and :data:`MATERIALIZE_MAX_ROWS` are copied into
memory tables when the connection is opened; larger ones (every table of the 1M-customer workspace)
stay views, so memory stays bounded.

A copy is only as good as the file it was made from: :func:`tables_identity` (device, inode, size and
mtime of every file) is taken when the connection is opened, and the store reopens the connection,
and forgets every value derived from it, as soon as a file's identity changes (``copilot score``
rewriting the score file from another process, say). Views and tables hold the same rows, so every
query answers the same either way.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping
from pathlib import Path

import duckdb

MATERIALIZE_MAX_BYTES = 64 * 1024 * 1024  # per file; above it the table stays a view over the file
MATERIALIZE_MAX_ROWS = 1_000_000  # per file (its Parquet footer): a copy's memory follows rows, not bytes

Identity = tuple[tuple[str, int, int, int, int] | tuple[str], ...]


@functools.lru_cache(maxsize=64)
def _resolved(root: Path, tables: tuple[tuple[str, str], ...]) -> tuple[tuple[str, Path], ...]:
    return tuple((view, (root / rel).resolve()) for view, rel in tables)


def table_paths(root: Path, tables: Mapping[str, str]) -> dict[str, Path]:
    """``{view: absolute file}`` of the tables an artifact names relative to the workspace ``root``
    (resolved once per distinct set: a query asks for them every time)."""
    return dict(_resolved(root, tuple(tables.items())))


def tables_identity(paths: Mapping[str, Path]) -> Identity:
    """(view, device, inode, size, mtime ns) of every table file; ``(view,)`` for a missing one."""
    out: list[tuple[str, int, int, int, int] | tuple[str]] = []
    for view, path in sorted(paths.items()):
        try:
            st = os.stat(path)
        except FileNotFoundError:
            out.append((view,))
            continue
        out.append((view, st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns))
    return tuple(out)


def _literal(path: Path) -> str:
    return str(path).replace("'", "''")


def _small(con: duckdb.DuckDBPyConnection, path: Path, max_bytes: int) -> bool:
    """At most ``max_bytes`` on disk and :data:`MATERIALIZE_MAX_ROWS` rows; False for an unreadable file
    (the view then says what is wrong with it, as before)."""
    try:
        if os.path.getsize(path) > max_bytes:
            return False
        row = con.execute("SELECT SUM(num_rows) FROM parquet_file_metadata(?)", [str(path)]).fetchone()
    except (OSError, duckdb.Error):
        return False
    return row is not None and row[0] is not None and int(row[0]) <= MATERIALIZE_MAX_ROWS


def open_tables(paths: Mapping[str, Path], *, max_bytes: int | None = None) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB (2 threads) with one table or view per ``paths`` entry (view name -> file):
    a memory table when the file has at most ``max_bytes`` (default :data:`MATERIALIZE_MAX_BYTES`) and
    :data:`MATERIALIZE_MAX_ROWS` rows, else a view that reads the file."""
    limit = MATERIALIZE_MAX_BYTES if max_bytes is None else max_bytes
    con = duckdb.connect()
    try:
        con.execute("SET threads TO 2")
        for view, path in paths.items():
            kind = "TABLE" if _small(con, path, limit) else "VIEW"
            con.execute(f"CREATE {kind} {view} AS SELECT * FROM read_parquet('{_literal(path)}')")
    except BaseException:
        con.close()
        raise
    return con
