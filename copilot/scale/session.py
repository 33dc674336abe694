"""Building the SparkSession copilot runs on: local, a cluster master, or Spark Connect."""

from __future__ import annotations

import logging
import os
import sys
import warnings
from collections.abc import Mapping
from typing import TYPE_CHECKING

from copilot.scale.runtime import SparkUnavailableError, require_pyspark
from copilot.settings import Settings

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

log = logging.getLogger(__name__)

APP_NAME = "copilot"

#: Settings for a single-machine master (``local[N]``): few shuffle partitions (the default 200
#: makes tiny jobs slow), no web UI, UTC session time so timestamps mean what DuckDB means, and
#: Arrow for the pandas hand-offs.
LOCAL_CONF: dict[str, str] = {
    "spark.ui.enabled": "false",
    "spark.ui.showConsoleProgress": "false",
    "spark.sql.shuffle.partitions": "8",
    "spark.default.parallelism": "4",
    "spark.driver.memory": "4g",
    "spark.sql.adaptive.enabled": "true",
    "spark.sql.adaptive.coalescePartitions.enabled": "true",
}

#: Settings for every session, local or not.
COMMON_CONF: dict[str, str] = {
    "spark.sql.session.timeZone": "UTC",
    "spark.sql.execution.arrow.pyspark.enabled": "true",
    "spark.sql.execution.arrow.pyspark.fallback.enabled": "false",
    "spark.sql.parquet.outputTimestampType": "TIMESTAMP_MICROS",
}


def is_local_master(master: str) -> bool:
    return master == "local" or master.startswith("local[") or master.startswith("local-cluster[")


def spark_session(settings: Settings, conf: Mapping[str, str] | None = None) -> SparkSession:
    """The SparkSession for ``settings``, created on first use and reused (as configured then)
    while it is active in this process.

    * ``settings.spark_remote`` (``COPILOT_SPARK_REMOTE=sc://host:15002``) connects to a Spark
      Connect server; nothing starts locally.
    * otherwise ``settings.spark_master`` (``COPILOT_SPARK_MASTER``, default ``local[2]``) is the
      master. A local master starts a JVM in this process with :data:`LOCAL_CONF`; a cluster
      master (``spark://...``, ``yarn``, ``k8s://...``) keeps the cluster's own defaults.

    ``conf`` overrides any setting (e.g. ``{"spark.driver.memory": "16g"}``); JVM settings such as
    driver memory only take effect when the session is first created.
    """
    remote = settings.spark_remote
    require_pyspark(local=remote is None and is_local_master(settings.spark_master))
    # Executors must run the same interpreter as the driver (cloudpickled model, same sklearn).
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)

    from pyspark.sql import SparkSession

    if remote is None and (active := SparkSession.getActiveSession()) is not None:
        return active  # one JVM per process: reuse it as configured
    options: dict[str, str] = dict(COMMON_CONF)
    if remote:
        log.info("connecting to Spark Connect at %s", remote)
        builder = SparkSession.builder.remote(remote)
    else:
        master = settings.spark_master
        if is_local_master(master):
            os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
            options.update(LOCAL_CONF)
        log.info("starting Spark with master %s", master)
        builder = SparkSession.builder.master(master)
    options.update(conf or {})
    builder = builder.appName(APP_NAME)
    for key, value in options.items():
        builder = builder.config(key, value)
    # pyspark 4 warns that it does not "fully" support pandas 3; copilot's paths (Arrow results,
    # createDataFrame, mapInPandas) are tested with pandas 3 by tests/scale, so keep the CLI quiet.
    warnings.filterwarnings("ignore", message="PySpark does not yet fully support pandas", category=FutureWarning)
    try:
        session = builder.getOrCreate()
    except ImportError as exc:  # Spark Connect needs grpcio and friends (pyspark[connect])
        raise SparkUnavailableError(
            f"Spark Connect could not start its client ({exc}).",
            hint="Install the client dependencies: pip install 'pyspark[connect]>=4,<5'.",
        ) from exc
    if not remote and is_local_master(settings.spark_master):
        session.sparkContext.setLogLevel("ERROR")  # a local run's WARN chatter is not for marketers
    return session
