"""The Spark backend gives the DuckDB backend's features, segments and scores (marked ``spark``).

One small seeded demo workspace; one shared SparkSession (``conftest.spark``). Features are
compared as whole frames -- same columns, same dtypes, same rows in the same order -- exactly,
with one named exception: columns that SUM floating-point money. A float sum depends on the
order rows are added, which no engine fixes (DuckDB's own result changes with its thread count),
so those columns may differ in the last bits (relative 1e-12); everything else, including every
RFM score and segment, must be identical.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
import pytest
from scale.conftest import local_settings
from typer.testing import CliRunner

from copilot.deps import Deps
from copilot.faces.cli.main import app
from copilot.scale.connection import SparkConnection
from copilot.scale.sources import parse_source, register_tables
from copilot.tools import features
from copilot.tools.artifacts import ArtifactStore
from copilot.workspace import Workspace, open_workspace

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

pytestmark = pytest.mark.spark

#: Columns computed by SUM over DOUBLE money amounts (or derived from such sums): float
#: summation order differs between engines, so these match to relative 1e-12, not bit for bit.
FLOAT_SUM_COLUMNS = {"monetary", "spend_365d", "aov", "cat_spend", "cat_share", "revenue", "revenue_sq"}


def assert_same_frame(duck: pd.DataFrame, spark: pd.DataFrame, *, sort_by: list[str] | None = None) -> None:
    """Identical columns, dtypes and values (see the module docstring for float sums)."""
    if sort_by:
        duck = duck.sort_values(sort_by, kind="stable").reset_index(drop=True)
        spark = spark.sort_values(sort_by, kind="stable").reset_index(drop=True)
    assert list(spark.columns) == list(duck.columns)
    assert spark.dtypes.astype(str).to_dict() == duck.dtypes.astype(str).to_dict()
    assert len(spark) == len(duck)
    inexact = []
    for col in duck.columns:
        a, b = duck[col], spark[col]
        if a.equals(b):
            continue
        assert a.dtype.kind == "f", f"{col}: values differ"
        x, y = a.to_numpy(dtype=np.float64, na_value=np.nan), b.to_numpy(dtype=np.float64, na_value=np.nan)
        np.testing.assert_allclose(y, x, rtol=1e-12, atol=0, equal_nan=True, err_msg=col)
        inexact.append(col)
    assert set(inexact) <= FLOAT_SUM_COLUMNS, f"float differences outside the money sums: {inexact}"


@pytest.fixture(scope="module")
def source_workspace(small_workspace_template: Workspace, tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    root = tmp_path_factory.mktemp("spark-src") / "ws"
    shutil.copytree(small_workspace_template.root, root)
    return open_workspace(root)


@pytest.fixture(scope="module")
def spark_con(spark: SparkSession, source_workspace: Workspace) -> Any:
    tables = register_tables(spark, parse_source("workspace"), source_workspace)
    with SparkConnection(spark, tables) as con:
        yield con


def test_every_feature_table_is_the_same_on_both_backends(source_workspace: Workspace, spark_con: Any) -> None:
    """Propensity rows (with labels, every category), the interaction matrix and the channel
    aggregates. Customer features / RFM and customer x category are compared in the training
    test below, through the Parquet tables the tools read."""
    with source_workspace.connect() as duck:
        as_of = features.data_as_of(duck)
        assert features.data_as_of(spark_con) == as_of
        cats = [r[0] for r in duck.execute("SELECT DISTINCT category FROM products ORDER BY 1").fetchall()]
        cutoff = as_of - timedelta(days=60)
        cases: dict[str, Callable[[Any], pd.DataFrame]] = {
            "propensity rows": lambda c: features.propensity_rows(
                c, cutoff, 30, categories=[*cats, features.ANY_CATEGORY], with_label=True),
            "interactions": lambda c: features.interactions(c, as_of),
            "channel aggregates": lambda c: c.execute(features.channel_aggregates_sql()).df(),
        }
        for name, compute in cases.items():
            expected = compute(duck)
            got = compute(spark_con)
            assert len(expected) > 0, name
            # both queries ORDER BY their keys (ties broken by customer_id): no re-sorting needed
            assert_same_frame(expected, got)


# ----------------------------------------------------------------------------------------------
# copilot train --backend spark / copilot score --backend spark
# ----------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def spark_trained(spark: SparkSession, small_workspace_template: Workspace, trained_workspace_template: Workspace,
                  tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    """The small demo trained through the CLI with ``--backend spark`` (same salt as the DuckDB
    reference, so pseudonyms are comparable)."""
    root = tmp_path_factory.mktemp("spark-trained") / "ws"
    shutil.copytree(small_workspace_template.root, root)
    ws = open_workspace(root)
    ws.models_dir.mkdir(parents=True, exist_ok=True)
    shutil.copy(trained_workspace_template.models_dir / "salt", ws.models_dir / "salt")
    def not_on_the_driver(*_args: Any, **_kwargs: Any) -> None:
        raise AssertionError("train --backend spark must score inside Spark, not stream every row to the driver")

    with pytest.MonkeyPatch.context() as mp:  # the scoring pass collected 16M rows and failed at 1M customers
        mp.setattr("copilot.tools.training.score_all", not_on_the_driver)
        result = CliRunner().invoke(app, ["--workspace", str(root), "train", "--backend", "spark"])
    assert result.exit_code == 0, result.output + str(result.exception)
    return ws


def _parquet(ws: Workspace, name: str, table: str) -> pd.DataFrame:
    art = ArtifactStore(ws).load(name)
    return pd.read_parquet(ws.root / art.meta["tables"][table])


def test_train_spark_gives_the_same_segments_clusters_and_scores(
        spark_trained: Workspace, trained_workspace_template: Workspace) -> None:
    duck, spark = ArtifactStore(trained_workspace_template), ArtifactStore(spark_trained)
    for name in ("segments", "propensity", "recommender"):
        assert spark.meta(name)["data_fingerprint"] == duck.meta(name)["data_fingerprint"]
        assert spark.meta(name)["as_of"] == duck.meta(name)["as_of"]

    # every customer: same RFM scores, segment, value tier and cluster (pseudonyms: same salt)
    assert_same_frame(_parquet(trained_workspace_template, "segments", "cust"),
                      _parquet(spark_trained, "segments", "cust"))
    assert_same_frame(_parquet(trained_workspace_template, "segments", "custcat"),
                      _parquet(spark_trained, "segments", "custcat"))
    for table in ("products", "touches", "campaigns"):
        assert _parquet(spark_trained, "segments", table).equals(_parquet(trained_workspace_template, "segments", table))

    # the same model family and holdout metrics, and the same score for every customer x category.
    # Metrics to 1e-6 only: lbfgs (logistic) stops at a tolerance, so last-bit differences in the
    # money sums can move its coefficients by ~1e-8; the scores below are held to 1e-9.
    assert spark.meta("propensity")["kind"] == duck.meta("propensity")["kind"]
    for kind in ("logistic", "hist_gradient_boosting"):
        for metric in ("auc", "macro_auc", "ece", "brier"):
            assert spark.meta("propensity")["metrics"][kind][metric] == pytest.approx(
                duck.meta("propensity")["metrics"][kind][metric], rel=1e-6, abs=1e-12)
    keys = ["category", "customer_id"]
    d = _parquet(trained_workspace_template, "propensity", "scores").sort_values(keys, ignore_index=True)
    s = _parquet(spark_trained, "propensity", "scores").sort_values(keys, ignore_index=True)
    assert d[keys].equals(s[keys])
    np.testing.assert_allclose(s["p"].to_numpy(np.float64), d["p"].to_numpy(np.float64), rtol=0, atol=1e-9)

    # training's scoring pass ran inside Spark (mapInPandas): the same base rate per category
    duck_base, spark_base = duck.meta("propensity")["base_rates"], spark.meta("propensity")["base_rates"]
    assert set(spark_base) == set(duck_base) and len(duck_base) > 1
    for category, rate in duck_base.items():
        assert spark_base[category] == pytest.approx(rate, rel=1e-9), category

    assert spark.meta("recommender")["method"] == duck.meta("recommender")["method"]


def test_score_spark_batch_scores_every_customer_through_map_in_pandas(
        spark: SparkSession, spark_trained: Workspace, tmp_path: Path) -> None:
    from copilot.scale.spark import score_spark

    deps = Deps(settings=local_settings(), workspace=spark_trained)
    out = tmp_path / "scores.parquet"
    report = score_spark(deps, spark=spark, out=out)
    version = ArtifactStore(spark_trained).current_version("propensity")
    assert report.model_version == version
    got = pd.read_parquet(out)
    assert list(got.columns) == ["customer_id", "category", "p", "model_version"]
    assert str(got["p"].dtype) == "float32"
    assert set(got["model_version"]) == {version}
    expected = _parquet(spark_trained, "propensity", "scores")  # written by training's own scorer
    keys = ["category", "customer_id"]
    got = got.sort_values(keys, ignore_index=True)
    expected = expected.sort_values(keys, ignore_index=True)
    assert got[keys].equals(expected[keys])
    assert report.rows == len(expected) and report.customers * report.categories == len(expected)
    np.testing.assert_allclose(got["p"].to_numpy(np.float64), expected["p"].to_numpy(np.float64), rtol=0, atol=1e-9)


def test_cli_score_backend_spark_writes_the_duckdb_scores_with_the_model_version(
        spark: SparkSession, spark_trained: Workspace) -> None:
    """`copilot score --backend spark` writes <workspace>/scores/propensity-<version>.parquet with the model version and the
    same score for every customer x category as `copilot score --backend duckdb`."""
    version = ArtifactStore(spark_trained).current_version("propensity")
    path = spark_trained.scores_dir / f"propensity-{version}.parquet"
    root = str(spark_trained.root)
    keys = ["category", "customer_id"]

    duck = CliRunner().invoke(app, ["--workspace", root, "score", "--backend", "duckdb"])
    assert duck.exit_code == 0, duck.output + str(duck.exception)
    assert version in duck.stdout and "duckdb" in duck.stdout
    expected = pd.read_parquet(path).sort_values(keys, ignore_index=True)
    path.unlink()

    # one Spark run (each costs a JVM job); the default-follows-the-setting path is tested without
    # Spark in tests/scale/test_runtime.py
    result = CliRunner().invoke(app, ["--workspace", root, "score", "--backend", "spark"])
    assert result.exit_code == 0, result.output + str(result.exception)
    assert version in result.stdout and "spark" in result.stdout
    got = pd.read_parquet(path)
    assert list(got.columns) == ["customer_id", "category", "p", "model_version"]
    assert str(got["p"].dtype) == "float32"
    assert set(got["model_version"]) == {version}
    got = got.sort_values(keys, ignore_index=True)
    assert got[keys].equals(expected[keys])
    with spark_trained.connect() as con:
        n_customers = con.execute("SELECT COUNT(*) FROM customers").fetchall()[0][0]
    assert len(got) == n_customers * got["category"].nunique()
    np.testing.assert_allclose(got["p"].to_numpy(np.float64), expected["p"].to_numpy(np.float64), rtol=0, atol=1e-9)
    # the rewritten score file was recorded with the model: the tools load it without calling it damaged
    assert ArtifactStore(spark_trained).load("propensity").version == version
