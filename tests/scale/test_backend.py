"""Feature-table export on both backends, and Spark sources named by the user."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
import pytest

from copilot.errors import DataError
from copilot.scale.backend import FEATURE_TABLES, DuckDBBackend, SparkBackend, build_feature_tables
from copilot.scale.sources import export_workspace, parse_source, register_tables
from copilot.workspace import Workspace

if TYPE_CHECKING:
    from pyspark.sql import SparkSession


def test_duckdb_backend_writes_every_feature_table(small_workspace: Workspace, tmp_path: Path) -> None:
    build = build_feature_tables(DuckDBBackend(small_workspace), tmp_path / "features")
    assert [t.name for t in build.tables] == list(FEATURE_TABLES)
    assert build.categories > 0
    customers = pd.read_parquet(tmp_path / "features" / "customers.parquet")
    with small_workspace.connect() as con:
        n = con.execute("SELECT COUNT(*) FROM customers").fetchone()
    assert n is not None and len(customers) == n[0]
    rows = pd.read_parquet(tmp_path / "features" / "propensity.parquet")
    assert len(rows) == len(customers) * (build.categories + 1)  # every category + "any"


@pytest.mark.spark
def test_spark_backend_reads_a_parquet_folder_and_writes_the_same_table(
        spark: SparkSession, small_workspace: Workspace, tmp_path: Path) -> None:
    folder = tmp_path / "brand"
    shutil.copytree(export_workspace(small_workspace), folder)
    tables = register_tables(spark, parse_source(str(folder)), small_workspace)
    assert {"customers", "orders", "order_lines", "products", "touches"} <= set(tables)
    duck = build_feature_tables(DuckDBBackend(small_workspace), tmp_path / "duck", tables=("channels",))
    spk = build_feature_tables(SparkBackend(spark, tuple(tables)), tmp_path / "spark", tables=("channels",),
                               as_of=duck.as_of)
    a = pd.read_parquet(duck.tables[0].path)
    b = pd.read_parquet(spk.tables[0].path).sort_values("channel", ignore_index=True)
    assert list(b.columns) == list(a.columns)
    for col in a.columns:  # Spark's own writer keeps Spark's types: compare values
        if a[col].dtype.kind == "f":
            pd.testing.assert_series_equal(b[col].astype("float64"), a[col], check_exact=False, rtol=1e-12)
        else:
            assert b[col].astype(str).tolist() == a[col].astype(str).tolist(), col


@pytest.mark.spark
def test_a_folder_without_the_core_tables_is_a_data_error(spark: SparkSession, small_workspace: Workspace,
                                                          tmp_path: Path) -> None:
    folder = tmp_path / "partial"
    folder.mkdir()
    shutil.copy(export_workspace(small_workspace) / "customers.parquet", folder / "customers.parquet")
    with pytest.raises(DataError, match=r"products\.parquet is missing"):
        register_tables(spark, parse_source(str(folder)), small_workspace)
