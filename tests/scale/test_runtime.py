"""A missing pyspark (or Java) is a clear settings error naming the extra."""

from __future__ import annotations

import importlib.util

import pytest
from typer.testing import CliRunner

from copilot.faces.cli.main import app
from copilot.scale import runtime
from copilot.scale.runtime import SparkUnavailableError, require_pyspark
from copilot.workspace import Workspace


def _without_pyspark(monkeypatch: pytest.MonkeyPatch) -> None:
    real = importlib.util.find_spec

    def find_spec(name: str, *args: object, **kwargs: object) -> object:
        if name == "pyspark":
            return None
        return real(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(runtime.importlib.util, "find_spec", find_spec)


def test_missing_pyspark_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    _without_pyspark(monkeypatch)
    with pytest.raises(SparkUnavailableError) as info:
        require_pyspark()
    assert "pip install 'copilot[spark]'" in str(info.value)
    assert info.value.exit_code == 2


def test_missing_java_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(runtime, "pyspark_available", lambda: True)
    monkeypatch.setattr(runtime.shutil, "which", lambda *a, **k: None)
    monkeypatch.delenv("JAVA_HOME", raising=False)
    with pytest.raises(SparkUnavailableError, match="Java"):
        require_pyspark()
    require_pyspark(local=False)  # a Spark Connect client needs no JVM


def test_cli_train_with_spark_backend_but_no_pyspark(monkeypatch: pytest.MonkeyPatch,
                                                     small_workspace: Workspace) -> None:
    _without_pyspark(monkeypatch)
    result = CliRunner().invoke(app, ["--workspace", str(small_workspace.root), "train", "--backend", "spark"])
    assert result.exit_code == 2, result.output
    assert "pip install 'copilot[spark]'" in " ".join(result.stderr.split())


def test_cli_backend_default_follows_the_data_backend_setting(monkeypatch: pytest.MonkeyPatch,
                                                              small_workspace: Workspace) -> None:
    """No --backend: `copilot train` / `copilot score` use COPILOT_DATA_BACKEND (here spark, so the
    missing pyspark is reported); an unknown --backend names the choices and the setting."""
    _without_pyspark(monkeypatch)
    for command in ("train", "score"):
        result = CliRunner().invoke(app, ["--workspace", str(small_workspace.root), command],
                                    env={"COPILOT_DATA_BACKEND": "spark"})
        assert result.exit_code == 2, result.output
        assert "pip install 'copilot[spark]'" in " ".join(result.stderr.split())
    result = CliRunner().invoke(app, ["--workspace", str(small_workspace.root), "score", "--backend", "hadoop"])
    assert result.exit_code == 2
    assert "Unknown backend 'hadoop'" in result.stderr and "COPILOT_DATA_BACKEND" in " ".join(result.stderr.split())
