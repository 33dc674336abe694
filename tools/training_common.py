"""What every training step shares: the progress callback, the default horizon, atomic Parquet
writes, workspace-relative paths, and :class:`CannotTrain` (a model this data cannot fit).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import duckdb
import pandas as pd

from copilot.workspace import Workspace

Progress = Callable[[str, float], None]

HORIZON_DAYS = 30


def no_progress(_stage: str, _fraction: float) -> None:
    return None


def rel_path(ws: Workspace, path: Path) -> str:
    return str(path.relative_to(ws.root))


def write_parquet(df: pd.DataFrame, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    df.to_parquet(tmp, index=False)
    os.replace(tmp, path)


def copy_parquet(con: duckdb.DuckDBPyConnection, sql: str, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    con.execute(f"COPY ({sql}) TO '{str(tmp).replace(chr(39), chr(39) * 2)}' (FORMAT PARQUET)")
    os.replace(tmp, path)


class CannotTrain(Exception):
    """A model cannot be fitted on this workspace's data; ``reason`` says why and what would fix it.
    Training records it (``models/CURRENT.json`` "missing") and publishes the other models."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)
