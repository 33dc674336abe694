"""One SparkSession for the whole test session (starting a JVM takes seconds), shared by every
test marked ``spark``; skipped with a reason when pyspark or Java is missing."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from copilot.settings import Settings

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

#: Tiny data: two shuffle partitions, no adaptive re-planning, no broadcast jobs.
TEST_CONF = {
    "spark.sql.shuffle.partitions": "2",
    "spark.default.parallelism": "2",
    "spark.sql.adaptive.enabled": "false",
    "spark.driver.memory": "1g",
}


def local_settings() -> Settings:
    """Settings pinned to a local master whatever the developer's environment says."""
    return Settings(spark_master="local[2]", spark_remote=None, data_backend="spark")


@pytest.fixture(scope="session")
def spark() -> Iterator[SparkSession]:
    pytest.importorskip("pyspark", reason="the spark extra is not installed: pip install 'copilot[spark]'")
    if shutil.which("java") is None:
        pytest.skip("Spark tests need a Java 17+ runtime on PATH")
    from copilot.scale.session import spark_session

    session = spark_session(local_settings(), conf=TEST_CONF)
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()
