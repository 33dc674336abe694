"""The Spark backend: train and batch-score with the feature tables computed by Spark.

* :func:`spark_session` -- a local ``local[2]`` session, a cluster master, or Spark Connect.
* :func:`train_spark` -- the tools' own :func:`copilot.tools.training.train_all`, run against a
  :class:`SparkWorkspace`: every feature query (RFM, propensity rows, interactions, channel
  snapshots) executes on Spark SQL through :class:`~copilot.scale.connection.SparkConnection`,
  and the same scikit-learn / implicit code fits the same models and writes the same artifacts
  (feature Parquet under ``workspace.features_dir``, scores under ``workspace.scores_dir``).
* :func:`score_spark` -- batch-scores every customer x category with the trained propensity model
  inside Spark (``mapInPandas``, the model broadcast to the executors) and writes one Parquet
  file with the model version under ``workspace.scores_dir``.

Sources are the workspace database (exported to Parquet), a folder of ``<table>.parquet`` files or
catalog tables (see :mod:`copilot.scale.sources`).
"""

from __future__ import annotations

import logging
import shutil
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
from pydantic import BaseModel, Field

from copilot.data.contract import CORE_TABLES
from copilot.deps import Deps
from copilot.errors import MissingArtifactError, UsageError
from copilot.scale.connection import SparkConnection
from copilot.scale.dialect import to_spark_sql
from copilot.scale.session import is_local_master, spark_session
from copilot.scale.sources import TableSource, parse_source, register_tables
from copilot.tools.artifacts import ArtifactStore
from copilot.workspace import Workspace

if TYPE_CHECKING:
    import pandas as pd
    from pyspark.sql import DataFrame as SparkDataFrame
    from pyspark.sql import SparkSession

    from copilot.tools.propensity_model import FittedPropensity
    from copilot.tools.schemas import TrainReport
    from copilot.tools.training import BatchScorer

log = logging.getLogger(__name__)

Progress = Callable[[str, float], None]

#: Schema of the batch-score Parquet (the same as the DuckDB path's ``scores/propensity-<v>.parquet``).
SCORE_SCHEMA = pa.schema([("customer_id", pa.string()), ("category", pa.string()), ("p", pa.float32()),
                          ("model_version", pa.string())])
SCORE_DDL = "customer_id string, category string, p float, model_version string"


@dataclass(frozen=True)
class SparkWorkspace(Workspace):
    """A workspace whose tables are read by Spark.

    Paths (models, features, scores) are the workspace's own; :meth:`connect` returns a
    :class:`SparkConnection` over the registered source tables instead of the DuckDB database,
    so the tools' code reads its data through Spark without knowing it.
    """

    spark: Any = field(default=None, compare=False, repr=False)
    tables: tuple[str, ...] = ()
    source: str = "workspace"
    #: The tables are the workspace database's (the default source, exported to Parquet): the data
    #: fingerprint is then computed by DuckDB over the database file, exactly as on the DuckDB
    #: backend (see :func:`copilot.tools.artifacts.data_fingerprint`).
    reads_database: bool = False

    def exists(self) -> bool:
        return set(CORE_TABLES) <= set(self.tables)

    def require_data(self) -> None:
        if not self.exists():
            missing = ", ".join(sorted(set(CORE_TABLES) - set(self.tables)))
            raise MissingArtifactError(f"The Spark source ({self.source}) lacks the tables {missing}.",
                                       hint="Point --source at a folder of <table>.parquet or catalog tables.")

    def connect(self, read_only: bool = True) -> duckdb.DuckDBPyConnection:
        if not read_only:
            raise UsageError("The Spark backend reads the source tables and never writes them.")
        # A duck-typed stand-in: SparkConnection implements the DuckDB API the tools use.
        return cast(duckdb.DuckDBPyConnection, SparkConnection(self.spark, self.tables))


def spark_workspace(deps: Deps, *, source: str | TableSource | None = None,
                    spark: SparkSession | None = None) -> SparkWorkspace:
    """Register the source tables as Spark views and wrap the workspace around them."""
    src = source if isinstance(source, TableSource) else parse_source(source)
    session = spark or spark_session(deps.settings)
    tables = register_tables(session, src, deps.workspace)
    return SparkWorkspace(root=deps.workspace.root, duckdb_config=deps.workspace.duckdb_config, spark=session,
                          tables=tuple(tables), source=src.describe(), reads_database=src.kind == "workspace")


def spark_deps(deps: Deps, *, source: str | TableSource | None = None,
               spark: SparkSession | None = None) -> Deps:
    """``deps`` with its workspace's tables read by Spark (settings, clock and model kept)."""
    ws = spark_workspace(deps, source=source, spark=spark)
    return Deps(settings=deps.settings, workspace=ws, clock=deps.clock, chat_model=deps.chat_model)


# ----------------------------------------------------------------------------------------------
# training
# ----------------------------------------------------------------------------------------------


def train_spark(deps: Deps, progress: Progress | None = None, *, source: str | None = None,
                spark: SparkSession | None = None) -> TrainReport:
    """``copilot train --backend spark``: features on Spark, the tools' training code, the same artifacts.

    Runs :func:`copilot.tools.training.train_all` unchanged over a :class:`SparkWorkspace`, so
    segments, clusters, the propensity model, the recommender and their versioned artifacts are
    exactly those of the DuckDB path, computed from features Spark built.
    """
    from copilot.tools.training import train_all

    prog = progress or _noop
    prog("starting Spark", 0.0)
    sdeps = spark_deps(deps, source=source, spark=spark)
    session = cast(SparkWorkspace, sdeps.workspace).spark
    # The full scoring pass stays inside Spark (mapInPandas): collecting every customer x category
    # feature row to the driver ran a 4 GiB driver out of memory at 1M customers.
    report = train_all(sdeps, progress=progress, scorer=spark_batch_scorer(session, remote=_is_remote(deps)))
    deps.artifacts.close()  # the caller's store may hold views of the previous version
    return report


# ----------------------------------------------------------------------------------------------
# batch scoring
# ----------------------------------------------------------------------------------------------


class BatchScores(BaseModel):
    """What :func:`score_spark` wrote."""

    model_version: str
    as_of: date
    path: str = Field(description="The Parquet file (or folder, for a remote URI) of scores.")
    rows: int
    customers: int
    categories: int
    seconds: float
    backend: str = "spark"
    master: str

    def summary(self) -> str:
        return (f"scored {self.customers:,} customers x {self.categories} categories "
                f"({self.rows:,} rows) with model {self.model_version} on Spark in {self.seconds:.1f}s -> {self.path}")


def score_spark(deps: Deps, *, source: str | None = None, spark: SparkSession | None = None,
                out: str | Path | None = None, progress: Progress | None = None) -> BatchScores:
    """``copilot score --backend spark``: score every customer x category with the CURRENT model.

    Mirrors :func:`copilot.tools.training.score_customers` (the DuckDB path): the propensity rows
    at the data's as-of date are computed by Spark SQL from the tools' feature SQL, the fitted
    scikit-learn model is broadcast to the executors and applied per Arrow batch with
    ``mapInPandas``. Like the DuckDB path it works on data imported after training (the model is
    reused; a warning says it is stale). Output columns: ``customer_id, category, p (float32),
    model_version``, ordered by category then customer, written to ``out`` (default
    ``<workspace>/scores/propensity-<version>.parquet``, the file the tools read; a
    ``scheme://`` URI is written by Spark as a folder, for clusters).
    """
    from copilot.tools.features import data_as_of

    prog = progress or _noop
    t0 = time.perf_counter()
    prog("starting Spark", 0.0)
    sws = spark_workspace(deps, source=source, spark=spark)
    session = sws.spark
    art = ArtifactStore(sws, allow_stale=True, check_tables=False).load("propensity")  # the score file is rewritten
    fitted: FittedPropensity = art.obj("model")
    version = art.version
    with sws.connect() as con:
        as_of = data_as_of(con)
    target = str(out) if out is not None else str(deps.workspace.scores_dir / f"propensity-{version}.parquet")

    prog("scoring", 0.1)
    n_rows = _score_into(session, fitted, version, as_of, target, remote=_is_remote(deps))
    _record_score_file(deps, art, target)
    prog("done", 1.0)
    n_cust = n_rows // max(1, len(fitted.categories))
    report = BatchScores(model_version=version, as_of=as_of, path=target, rows=n_rows, customers=n_cust,
                         categories=len(fitted.categories), seconds=time.perf_counter() - t0,
                         master=deps.settings.spark_remote or deps.settings.spark_master)
    log.info("%s", report.summary())
    return report


def _record_score_file(deps: Deps, art: Any, target: str) -> None:
    """When Spark rewrote the score file the tools read, record its new size and sha256 with the
    model (as ``copilot score --backend duckdb`` does), so the next load does not call it damaged."""
    path = Path(target)
    root = deps.workspace.root
    if "://" in target or not path.is_file() or not path.is_relative_to(root):
        return
    relative = path.relative_to(root).as_posix()
    if relative in dict(art.meta.get("tables") or {}).values():
        ArtifactStore(deps.workspace, allow_stale=True, check_tables=False).record_table(art, relative)


def _is_remote(deps: Deps) -> bool:
    """Spark Connect or a cluster: the driver's files are not the executors' files."""
    return deps.settings.spark_remote is not None or not is_local_master(deps.settings.spark_master)


def _score_into(session: SparkSession, fitted: FittedPropensity, version: str, as_of: date, target: str,
                *, remote: bool) -> int:
    """Score every customer x category at ``as_of`` inside Spark and write ``target``; return the row count."""
    from copilot.tools.features import propensity_rows_sql

    sql = propensity_rows_sql(as_of, fitted.horizon_days, categories=fitted.categories, with_label=False)
    scored = session.sql(to_spark_sql(sql)).mapInPandas(_scorer(session, fitted, version), SCORE_DDL)
    if "://" in target:
        scored.write.mode("overwrite").parquet(target)
        return int(session.read.parquet(target).count())
    if remote:
        return _write_single_file(scored.toArrow(), Path(target))
    return _write_via_parts(scored, Path(target))


def spark_batch_scorer(session: SparkSession, *, remote: bool) -> BatchScorer:
    """Training's full scoring pass on Spark (a :data:`copilot.tools.training.BatchScorer`): the
    same rows and model as :func:`copilot.tools.training.score_all`, scored by ``mapInPandas``."""
    from copilot.tools.training import mean_p_by_category

    def score(_con: Any, fitted: FittedPropensity, as_of: date, path: Path, version: str,
              progress: Progress) -> pd.DataFrame:
        progress("scoring every customer on Spark", 0.0)
        _score_into(session, fitted, version, as_of, str(path), remote=remote)
        progress("scored", 1.0)
        return mean_p_by_category(path)

    return score


def _scorer(spark: SparkSession, fitted: FittedPropensity, version: str
            ) -> Callable[[Iterator[pd.DataFrame]], Iterator[pd.DataFrame]]:
    """The ``mapInPandas`` function: the model travels once per executor as a broadcast variable
    (classic Spark) or inside the function's closure (Spark Connect has no broadcast)."""
    try:
        handle: Any = spark.sparkContext.broadcast(fitted)
    except Exception:  # Spark Connect: no SparkContext on the client
        handle = None

    def score(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        import numpy as np
        import pandas as pd
        from threadpoolctl import threadpool_limits

        model: FittedPropensity = handle.value if handle is not None else fitted
        with threadpool_limits(1):  # one Python worker per core already
            for batch in batches:
                p = model.predict(batch).astype(np.float32)
                yield pd.DataFrame({
                    "customer_id": batch["customer_id"].astype(str).to_numpy(dtype=object),
                    "category": batch["category"].astype(str).to_numpy(dtype=object),
                    "p": p,
                    "model_version": np.full(len(batch), version, dtype=object),
                })

    return score


def _write_single_file(table: pa.Table, path: Path) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    pq.write_table(table.cast(SCORE_SCHEMA), tmp)
    tmp.replace(path)
    return int(table.num_rows)


def _write_via_parts(scored: SparkDataFrame, path: Path) -> int:
    """Let Spark write part files in parallel, then stream them into one Parquet file (the tools
    read single files) and swap it in atomically. Part order is the query's global order."""
    path.parent.mkdir(parents=True, exist_ok=True)
    parts_dir = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.parts")
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        scored.write.mode("overwrite").parquet(str(parts_dir))
        n = 0
        with pq.ParquetWriter(tmp, SCORE_SCHEMA) as writer:
            for part in sorted(parts_dir.glob("part-*.parquet")):
                pf = pq.ParquetFile(part)
                for i in range(pf.num_row_groups):
                    chunk = pf.read_row_group(i).cast(SCORE_SCHEMA)
                    writer.write_table(chunk)
                    n += chunk.num_rows
        tmp.replace(path)
        return n
    finally:
        shutil.rmtree(parts_dir, ignore_errors=True)
        tmp.unlink(missing_ok=True)


def _noop(_stage: str, _fraction: float) -> None:
    return None


__all__ = [
    "BatchScores", "SparkWorkspace", "score_spark", "spark_deps", "spark_session", "spark_workspace",
    "train_spark",
]
