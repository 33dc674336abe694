"""Helpers for the tools tests (the workspace fixtures come from tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator

import duckdb
import pytest

from copilot.deps import Deps


@pytest.fixture
def db(deps: Deps) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection to the trained fixture workspace's database (for hand counts)."""
    con = deps.workspace.connect(read_only=True)
    yield con
    con.close()
