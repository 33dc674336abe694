"""Where the Spark backend reads the contract tables from.

A source spec is one string (``copilot train --backend spark --source SPEC``):

* ``workspace`` (default): the workspace's DuckDB tables, exported once to Parquet with DuckDB's
  ``COPY ... TO`` under ``workspace.cache_dir/spark_input/`` (the demo path; a local master or a
  cluster sharing that folder).
* a folder path (``/data/brand`` or ``s3a://bucket/brand``): one ``<table>.parquet`` per contract
  table (a file or a Spark-written folder), e.g. ``orders.parquet``.
* ``catalog:<database>``: catalog tables ``<database>.<table>`` (Hive metastore, Unity, Glue...).
* ``catalog:customers=prod.crm.customers,orders=prod.sales.orders,...``: one catalog name per
  contract table; tables not named fall back to their contract name.

Every source ends up as temporary views named like the contract tables, so the feature SQL is
the same text whatever the source.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from copilot.data.contract import CONTRACT, CORE_TABLES, LOAD_ORDER
from copilot.errors import DataError, UsageError
from copilot.workspace import Workspace

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

log = logging.getLogger(__name__)

EXPORT_DIR = "spark_input"


@dataclass(frozen=True)
class TableSource:
    """A resolved source of contract tables."""

    kind: str  # "workspace" | "parquet" | "catalog"
    location: str = ""  # the Parquet folder, or the catalog database
    names: dict[str, str] = field(default_factory=dict)  # catalog: contract table -> catalog table

    def describe(self) -> str:
        if self.kind == "workspace":
            return "the workspace database (exported to Parquet)"
        if self.kind == "parquet":
            return f"Parquet files in {self.location}"
        return "catalog tables " + ", ".join(f"{k}={v}" for k, v in sorted(self.names.items()))


def parse_source(spec: str | None) -> TableSource:
    """Parse a source spec (see the module docstring); ``None`` means the workspace."""
    if spec is None or spec.strip() in ("", "workspace"):
        return TableSource("workspace")
    spec = spec.strip()
    if spec.startswith("catalog:"):
        body = spec.removeprefix("catalog:").strip()
        if not body:
            raise UsageError("The source 'catalog:' names no database or tables.",
                             hint="Use catalog:<database> or catalog:orders=db.orders,...")
        if "=" not in body:
            return TableSource("catalog", body, {t: f"{body}.{t}" for t in LOAD_ORDER})
        names = {t: t for t in LOAD_ORDER}
        for part in body.split(","):
            table, sep, name = (p.strip() for p in part.partition("="))
            if not sep or table not in CONTRACT or not name:
                raise UsageError(f"Bad catalog mapping '{part.strip()}'.",
                                 hint=f"Use <table>=<catalog name>; tables: {', '.join(LOAD_ORDER)}.")
            names[table] = name
        return TableSource("catalog", "", names)
    return TableSource("parquet", spec)


def export_workspace(workspace: Workspace, dest: Path | None = None) -> Path:
    """Export every contract table of the workspace database to ``dest/<table>.parquet``.

    Re-exports only when the database changed since the last export (its mtime and size are
    remembered next to the files), so repeated ``train``/``score`` runs reuse the files.
    """
    workspace.require_data()
    dest = dest or workspace.cache_dir / EXPORT_DIR
    stamp_file = dest / ".source"
    st = workspace.db_path.stat()
    stamp = f"{st.st_mtime_ns}:{st.st_size}"
    if stamp_file.exists() and stamp_file.read_text(encoding="ascii") == stamp:
        return dest
    dest.mkdir(parents=True, exist_ok=True)
    with workspace.connect(read_only=True) as con:
        present = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        for table in LOAD_ORDER:
            target = dest / f"{table}.parquet"
            if table not in present:
                target.unlink(missing_ok=True)
                continue
            tmp = dest / f".{table}.parquet.tmp"
            # Ordered by the primary key so the files (and anything read from them) are reproducible.
            order = ", ".join(f'"{c}"' for c in CONTRACT[table].primary_key)
            con.execute(
                f"COPY (SELECT * FROM \"{table}\" ORDER BY {order}) TO '{tmp}' (FORMAT parquet, COMPRESSION zstd)"
            )
            tmp.replace(target)
    stamp_file.write_text(stamp, encoding="ascii")
    log.info("exported workspace tables to %s", dest)
    return dest


def register_tables(spark: SparkSession, source: TableSource, workspace: Workspace) -> list[str]:
    """Create a temporary view per contract table found in ``source``; return the view names.

    The core tables (customers, products, orders, order_lines) must exist; the others
    (campaigns, touches, reviews) are optional, as in the DuckDB workspace.
    """
    from pyspark.errors import AnalysisException

    registered: list[str] = []
    if source.kind == "catalog":
        for table in LOAD_ORDER:
            name = source.names.get(table, table)
            if not spark.catalog.tableExists(name):
                if table in CORE_TABLES:
                    raise DataError(f"catalog table '{name}' (contract table '{table}') does not exist.",
                                    hint="Name it with --source catalog:<table>=<catalog name>,...")
                continue
            spark.table(name).createOrReplaceTempView(table)
            registered.append(table)
        return registered

    folder = str(export_workspace(workspace)) if source.kind == "workspace" else source.location.rstrip("/")
    local = "://" not in folder
    for table in LOAD_ORDER:
        path = f"{folder}/{table}.parquet"
        if local and not Path(path).exists():
            if table in CORE_TABLES:
                raise DataError(f"{path} is missing.",
                                hint="The folder needs one <table>.parquet per contract table.")
            continue
        try:
            df = spark.read.parquet(path)
        except AnalysisException as exc:  # a remote folder without this table
            if table in CORE_TABLES:
                raise DataError(f"{path} cannot be read ({exc}).",
                                hint="The folder needs one <table>.parquet per contract table.") from exc
            continue
        missing = [c for c in CONTRACT[table].required_columns if c not in df.columns]
        if missing:
            raise DataError(f"missing column(s) {', '.join(missing)}.", file=path, column=missing[0])
        df.createOrReplaceTempView(table)
        registered.append(table)
    return registered
