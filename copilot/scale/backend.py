"""The two data backends side by side: DuckDB (embedded default) and Spark.

A backend is anything that opens a DuckDB-shaped connection over the contract tables:
DuckDB's own connection to the workspace database, or :class:`~copilot.scale.connection.SparkConnection`
over Spark temporary views. The feature SQL is *one* text, :mod:`copilot.tools.features`; the
Spark backend rewrites it with the explicit rules of :mod:`copilot.scale.dialect`. So every
feature function of the tools (``customer_features(con, ...)``, ``propensity_rows(con, ...)``,
...) runs unchanged on either backend, and ``tests/scale/test_parity.py`` asserts both give the
same tables.

:func:`build_feature_tables` computes the feature tables behind the tools -- RFM and customer
features, customer x category, propensity rows, channel aggregates and the interaction matrix
-- and writes them as Parquet with each engine's own writer (DuckDB ``COPY``; Spark's
distributed writer), which is what ``benchmarks/bench_scale.py`` times.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import duckdb
from pydantic import BaseModel, Field

from copilot.scale.dialect import to_spark_sql
from copilot.tools.features import (
    ANY_CATEGORY,
    channel_aggregates_sql,
    customer_categories_sql,
    customer_features_sql,
    data_as_of,
    interactions_sql,
    propensity_rows_sql,
)
from copilot.workspace import Workspace

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

    from copilot.scale.connection import SparkConnection

#: Feature tables written by :func:`build_feature_tables`, in build order.
FEATURE_TABLES: tuple[str, ...] = ("customers", "customer_categories", "propensity", "channels", "interactions")
#: The propensity horizon used for the exported propensity rows (the training default).
DEFAULT_HORIZON_DAYS = 30

Progress = Callable[[str, float], None]


class FeatureBackend(Protocol):
    """A data backend: a DuckDB-shaped connection over the contract tables, and a Parquet writer."""

    name: str

    def connect(self) -> AbstractContextManager[Any]:
        """A connection offering ``execute(sql).df()/.fetchall()`` (DuckDB's API)."""
        ...

    def write_parquet(self, duckdb_sql: str, path: Path) -> None:
        """Run ``duckdb_sql`` and write its result as Parquet at ``path`` (a file or a folder)."""
        ...


@dataclass(frozen=True)
class DuckDBBackend:
    """The embedded default: the workspace's DuckDB database."""

    workspace: Workspace
    threads: int | None = None  # None: the workspace's setting (duckdb_threads), else one per core
    name: str = "duckdb"

    @contextmanager
    def connect(self) -> Iterator[duckdb.DuckDBPyConnection]:
        with self.workspace.connect(read_only=True) as con:
            if self.threads is not None:
                con.execute(f"SET threads TO {int(self.threads)}")
            yield con

    def write_parquet(self, duckdb_sql: str, path: Path) -> None:
        _clear(path)
        with self.connect() as con:
            con.execute(f"COPY ({duckdb_sql}) TO '{_quote(path)}' (FORMAT PARQUET)")


@dataclass(frozen=True)
class SparkBackend:
    """Spark SQL over temporary views named like the contract tables."""

    spark: SparkSession
    tables: tuple[str, ...]
    name: str = "spark"

    @contextmanager
    def connect(self) -> Iterator[SparkConnection]:
        from copilot.scale.connection import SparkConnection

        with SparkConnection(self.spark, self.tables) as con:
            yield con

    def write_parquet(self, duckdb_sql: str, path: Path) -> None:
        """Spark's own distributed writer: a folder of part files (readable by pandas, DuckDB
        ``read_parquet('<folder>/*.parquet')`` and Spark)."""
        _clear(path)
        self.spark.sql(to_spark_sql(duckdb_sql)).write.mode("overwrite").parquet(str(path))


class FeatureTable(BaseModel):
    name: str
    path: str
    seconds: float
    bytes: int


class FeatureBuild(BaseModel):
    """What :func:`build_feature_tables` wrote."""

    backend: str
    as_of: date
    categories: int
    seconds: float
    tables: list[FeatureTable] = Field(default_factory=list)


def feature_queries(as_of: date, categories: list[str], *,
                    horizon_days: int = DEFAULT_HORIZON_DAYS) -> dict[str, str]:
    """The SQL (DuckDB dialect, from :mod:`copilot.tools.features`) of every feature table."""
    return {
        "customers": customer_features_sql(as_of, horizon_days=horizon_days),
        "customer_categories": customer_categories_sql(as_of),
        "propensity": propensity_rows_sql(as_of, horizon_days, categories=[*categories, ANY_CATEGORY],
                                          with_label=False),
        "channels": channel_aggregates_sql(),
        "interactions": interactions_sql(as_of),
    }


def build_feature_tables(backend: FeatureBackend, dest: Path, *, as_of: date | None = None,
                         tables: tuple[str, ...] = FEATURE_TABLES,
                         progress: Progress | None = None) -> FeatureBuild:
    """Compute the feature tables on ``backend`` and write ``dest/<table>.parquet``."""
    t0 = time.perf_counter()
    with backend.connect() as con:
        as_of = as_of or data_as_of(con)
        categories = [str(r[0]) for r in con.execute("SELECT DISTINCT category FROM products ORDER BY 1").fetchall()]
    queries = feature_queries(as_of, categories)
    dest.mkdir(parents=True, exist_ok=True)
    out = FeatureBuild(backend=backend.name, as_of=as_of, categories=len(categories), seconds=0.0)
    for i, name in enumerate(tables):
        if progress:
            progress(f"features {name}", i / len(tables))
        path = dest / f"{name}.parquet"
        t1 = time.perf_counter()
        backend.write_parquet(queries[name], path)
        out.tables.append(FeatureTable(name=name, path=str(path), seconds=time.perf_counter() - t1,
                                       bytes=_size(path)))
    out.seconds = time.perf_counter() - t0
    return out


def _quote(path: Path) -> str:
    return str(path).replace("'", "''")


def _clear(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path)
    elif path.exists():
        path.unlink()


def _size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


__all__ = [
    "FEATURE_TABLES", "DuckDBBackend", "FeatureBackend", "FeatureBuild", "SparkBackend",
    "build_feature_tables", "feature_queries",
]
