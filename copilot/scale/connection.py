"""A DuckDB-shaped connection over a SparkSession: the seam that lets the tools' code run on Spark.

The tools' feature functions and training code talk to a DuckDB connection
(``con.execute(sql).df()``, ``con.register(name, frame)``, temp tables, ``COPY ... TO``).
:class:`SparkConnection` offers that same small surface, so *the same functions* run with
the same SQL text on Spark: queries are rewritten by :func:`copilot.scale.dialect.to_spark_sql`
and executed by Spark SQL over temporary views named like the contract tables.

Results are handed back exactly as DuckDB would hand them back: every statement is also
"shadow-executed" on an empty in-memory DuckDB holding the contract schema, whose ``DESCRIBE``
gives the result's DuckDB column names and types; Spark's Arrow result is cast to those types
by DuckDB and converted by DuckDB's own ``.df()`` / ``.fetchall()``. Frames, dtypes and Parquet
files therefore come out identical to the DuckDB backend's, and code downstream cannot tell the
engines apart.

Supported statements: queries (``SELECT`` / ``WITH``), ``CREATE [TEMP] TABLE name AS query``,
``DROP TABLE [IF EXISTS] name``, ``COPY (query) TO 'file' (FORMAT PARQUET)``, ``SET ...``
(a no-op: DuckDB thread settings) and the table listing
``SELECT table_name FROM information_schema.tables``. Anything else raises
:class:`UnsupportedStatementError` naming the statement.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

import duckdb
import pandas as pd
import pyarrow as pa

from copilot.data.contract import create_schema
from copilot.errors import CopilotError
from copilot.scale.dialect import to_spark_sql

if TYPE_CHECKING:
    from pyspark.sql import DataFrame as SparkDataFrame
    from pyspark.sql import SparkSession

log = logging.getLogger(__name__)

_COPY = re.compile(r"^\s*COPY\s*\((?P<query>.*)\)\s*TO\s*'(?P<path>(?:[^']|'')*)'\s*(?P<opts>\(.*\))?\s*;?\s*$",
                   re.IGNORECASE | re.DOTALL)
_CREATE = re.compile(r"^\s*CREATE\s+(?:OR\s+REPLACE\s+)?(?:TEMP|TEMPORARY)?\s*TABLE\s+(?P<name>\w+)\s+AS\s+"
                     r"(?P<query>.*?)\s*;?\s*$", re.IGNORECASE | re.DOTALL)
_DROP = re.compile(r"^\s*DROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?(?P<name>\w+)\s*;?\s*$", re.IGNORECASE)
_SET = re.compile(r"^\s*(SET|PRAGMA)\b", re.IGNORECASE)
_TABLES = re.compile(r"^\s*SELECT\s+table_name\s+FROM\s+information_schema\.tables\s*;?\s*$", re.IGNORECASE)
_QUERY = re.compile(r"^\s*(SELECT|WITH|FROM|\()", re.IGNORECASE)


class UnsupportedStatementError(CopilotError):
    """A statement the Spark connection does not translate (the message quotes its start)."""


def _sql_path(path: str) -> str:
    return path.replace("'", "''")


class SparkConnection:
    """The subset of ``duckdb.DuckDBPyConnection`` the tools use, executed by Spark.

    ``execute`` returns the connection itself (as DuckDB does); ``df``, ``fetchall``,
    ``fetchone`` and ``arrow`` read the last query's result. ``close`` drops the temporary
    views this connection created; it never stops the SparkSession.
    """

    def __init__(self, spark: SparkSession, tables: Iterable[str]) -> None:
        self.spark = spark
        self.tables = sorted(set(tables))
        self._shadow = duckdb.connect()  # empty contract schema: result names and types
        create_schema(self._shadow)
        self._shadow.execute("SET TimeZone = 'UTC'")
        self._conv = duckdb.connect()  # casts Spark's Arrow results to DuckDB's types
        self._held: duckdb.DuckDBPyConnection | None = None  # cursor holding the last result
        self._own_views: set[str] = set()
        self._result: str | None = None  # SQL over self._conv reading the held result
        self._open: duckdb.DuckDBPyConnection | None = None
        self._closed = False

    # --- context manager / lifecycle -----------------------------------------------------------
    def __enter__(self) -> SparkConnection:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        for view in sorted(self._own_views):
            self.spark.catalog.dropTempView(view)
        self._own_views.clear()
        self._drop_result()
        self._shadow.close()
        self._conv.close()

    # --- DuckDB API ---------------------------------------------------------------------------
    def execute(self, sql: str, parameters: object = None) -> SparkConnection:
        if parameters:
            raise UnsupportedStatementError("Query parameters are not supported on the Spark backend.")
        self._drop_result()
        if _SET.match(sql):
            return self
        if _TABLES.match(sql):
            self._result = self._local(pd.DataFrame({"table_name": pd.Series(self._visible(), dtype="object")}))
            return self
        if m := _COPY.match(sql):
            self._copy(m.group("query"), m.group("path").replace("''", "'"), m.group("opts") or "")
            return self
        if m := _CREATE.match(sql):
            name, query = m.group("name"), m.group("query")
            self._shadow.execute(sql)
            frame = self.spark.sql(to_spark_sql(query))
            frame.createOrReplaceTempView(name)
            self._own_views.add(name)
            return self
        if m := _DROP.match(sql):
            self._shadow.execute(sql)
            name = m.group("name")
            if name in self._own_views:
                self.spark.catalog.dropTempView(name)
                self._own_views.discard(name)
            return self
        if _QUERY.match(sql):
            self._result = self._convert(self.spark.sql(to_spark_sql(sql)), sql)
            return self
        head = " ".join(sql.split())[:60]
        raise UnsupportedStatementError(f"The Spark backend cannot run '{head}...'.",
                                        hint="Add a rule to copilot/scale/connection.py.")

    def sql(self, query: str) -> SparkConnection:
        """A query's result, read with :meth:`df` / :meth:`to_arrow_reader` (DuckDB's ``con.sql``)."""
        if not _QUERY.match(query):
            raise UnsupportedStatementError("sql() takes a query (SELECT / WITH) on the Spark backend.")
        return self.execute(query)

    def register(self, name: str, frame: pd.DataFrame) -> SparkConnection:
        """Make a pandas frame queryable under ``name`` (as ``DuckDBPyConnection.register``)."""
        self._shadow.register(name, frame.head(0))
        self.spark.createDataFrame(frame).createOrReplaceTempView(name)
        self._own_views.add(name)
        return self

    def unregister(self, name: str) -> SparkConnection:
        self._shadow.unregister(name)
        if name in self._own_views:
            self.spark.catalog.dropTempView(name)
            self._own_views.discard(name)
        return self

    def df(self) -> pd.DataFrame:
        return self._cursor().df()

    fetchdf = df

    def arrow(self) -> pa.Table:
        return self._cursor().to_arrow_table()

    def to_arrow_reader(self, batch_size: int = 131_072) -> pa.RecordBatchReader:
        """The result as Arrow record batches (DuckDB's streaming read; Spark's result is already
        collected, so this only bounds the pandas conversions downstream)."""
        if self._result is None or self._held is None:
            raise UnsupportedStatementError("No query result to read (the last statement returned none).")
        reader: pa.RecordBatchReader = self._held.sql(self._result).to_arrow_reader(batch_size)
        return reader

    def fetchall(self) -> list[tuple[Any, ...]]:
        return self._cursor().fetchall()

    def fetchone(self) -> tuple[Any, ...] | None:
        return self._cursor().fetchone()

    # --- helpers ------------------------------------------------------------------------------
    def _cursor(self) -> duckdb.DuckDBPyConnection:
        """The DuckDB cursor over the last result, run on first read (then shared, so successive
        ``fetchone`` calls advance as they do on DuckDB)."""
        if self._result is None or self._held is None:
            raise UnsupportedStatementError("No query result to read (the last statement returned none).")
        if self._open is None:
            self._open = self._held.execute(self._result)
        return self._open

    def _visible(self) -> list[str]:
        return sorted(set(self.tables) | self._own_views)

    def _drop_result(self) -> None:
        """Forget the previous result (DuckDB semantics: a new execute replaces it)."""
        self._result = None
        self._open = None
        if self._held is not None:
            self._held.close()
            self._held = None

    def _hold(self, data: pd.DataFrame | pa.Table) -> str:
        """Keep ``data`` readable as ``_result`` on a fresh cursor; return that name."""
        self._drop_result()
        self._held = self._conv.cursor()
        self._held.execute("SET TimeZone = 'UTC'")
        self._held.register("_result", data)
        return "_result"

    def _local(self, frame: pd.DataFrame) -> str:
        return f"SELECT * FROM {self._hold(frame)}"

    def _convert(self, result: SparkDataFrame, duckdb_sql: str) -> str:
        """Spark result -> a DuckDB relation with the names and types DuckDB gives ``duckdb_sql``."""
        described = self._shadow.execute(f"DESCRIBE {duckdb_sql}").fetchall()
        names = [str(r[0]) for r in described]
        types = [str(r[1]) for r in described]
        table = result.toArrow()
        if table.num_columns != len(names):
            raise UnsupportedStatementError(
                f"Spark returned {table.num_columns} columns where DuckDB returns {len(names)}.")
        table = table.rename_columns([f"c{i}" for i in range(len(names))])
        select = ", ".join(
            f'CAST(c{i} AS {t}) AS "{n.replace(chr(34), chr(34) * 2)}"'
            for i, (n, t) in enumerate(zip(names, types, strict=True))
        )
        return f"SELECT {select} FROM {self._hold(table)}"

    def _copy(self, query: str, path: str, options: str) -> None:
        if options and "parquet" not in options.lower():
            raise UnsupportedStatementError(f"COPY ... TO supports Parquet only, not {options}.")
        select = self._convert(self.spark.sql(to_spark_sql(query)), query)
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        # DuckDB writes the file, so it is the very Parquet the DuckDB backend writes.
        assert self._held is not None
        self._held.execute(f"COPY ({select}) TO '{_sql_path(path)}' {options or '(FORMAT PARQUET)'}")
        self._drop_result()
        log.debug("wrote %s (%s bytes)", path, os.path.getsize(path))
