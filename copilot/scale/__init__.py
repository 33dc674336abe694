"""Scale-out: the same feature tables, training and batch scores computed on Spark.

The embedded default computes features with DuckDB inside the copilot process. With
``data_backend = "spark"`` (or ``copilot train --backend spark``) the feature SQL of
:mod:`copilot.tools.features` runs on Spark SQL instead -- a local ``local[2]`` session, a
cluster master (``COPILOT_SPARK_MASTER``) or a Spark Connect server (``COPILOT_SPARK_REMOTE``) --
and the result is written as Parquet under ``workspace.features_dir``, where the tools read it.
Training then runs the very same scikit-learn code; batch scoring of every customer runs the
trained model inside Spark through ``mapInPandas``.

Nothing here imports pyspark at import time: :func:`require_pyspark` raises a clear error naming
the extra (``pip install 'copilot[spark]'``) when it is missing.
"""

from __future__ import annotations

from copilot.scale.runtime import SPARK_EXTRA_HINT, SparkUnavailableError, require_pyspark

__all__ = ["SPARK_EXTRA_HINT", "SparkUnavailableError", "require_pyspark"]
