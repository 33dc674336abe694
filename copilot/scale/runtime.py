"""Finding pyspark and Java, with an error that says how to fix a missing piece."""

from __future__ import annotations

import importlib.util
import shutil

from copilot.errors import SettingsError

SPARK_EXTRA_HINT = "Install the Spark extra: pip install 'copilot[spark]' (it needs Java 17 or newer)."


class SparkUnavailableError(SettingsError):
    """The Spark backend was chosen but pyspark (or Java, for a local master) is missing."""


def pyspark_available() -> bool:
    """True when pyspark can be imported (does not import it)."""
    return importlib.util.find_spec("pyspark") is not None


def require_pyspark(*, local: bool = True) -> None:
    """Raise :class:`SparkUnavailableError` unless the Spark backend can run here.

    ``local`` also checks for a ``java`` executable (a local master starts a JVM; a Spark
    Connect client does not need one).
    """
    if not pyspark_available():
        raise SparkUnavailableError("The Spark backend needs pyspark, which is not installed.", hint=SPARK_EXTRA_HINT)
    if local and shutil.which("java") is None and not _java_home_set():
        raise SparkUnavailableError(
            "The Spark backend with a local master needs Java, and no `java` is on PATH.",
            hint="Install a Java 17+ runtime (e.g. `apt-get install openjdk-17-jre-headless`) or set JAVA_HOME.",
        )


def _java_home_set() -> bool:
    import os

    home = os.environ.get("JAVA_HOME")
    return bool(home) and shutil.which("java", path=os.path.join(home or "", "bin")) is not None
