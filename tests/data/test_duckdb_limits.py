"""The embedded DuckDB's memory and thread limits (settings ``duckdb_memory_limit`` / ``duckdb_threads``).

A workspace past what RAM holds keeps working with a memory limit: DuckDB spills to disk beside
the database instead of growing (benchmarks/results/scale.md has the measured trade-off).
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import pytest
from pydantic import BaseModel
from typer.testing import CliRunner

from copilot.deps import Deps
from copilot.errors import SettingsError
from copilot.faces.cli.main import app
from copilot.settings import load_settings
from copilot.tools.training import score_customers
from copilot.workspace import Workspace, open_workspace


def _settings_of(con_owner: Workspace) -> tuple[str, int]:
    with con_owner.connect() as con:
        limit, threads = con.execute("SELECT current_setting('memory_limit'), current_setting('threads')").fetchall()[0]
    return str(limit), int(threads)


def test_the_settings_reach_every_connection_of_the_workspace(trained_workspace: Workspace) -> None:
    settings = load_settings(trained_workspace.root, duckdb_memory_limit="512MB", duckdb_threads=1)
    deps = Deps.from_settings(settings)
    assert _settings_of(deps.workspace) == ("488.2 MiB", 1)  # 512 * 10^6 bytes, as DuckDB shows it
    default_limit, _ = _settings_of(open_workspace(trained_workspace.root))
    assert default_limit != "488.2 MiB"


@pytest.mark.parametrize("value", ["lots", "4 parsecs", "-1GB", "GB"])
def test_a_bad_memory_limit_names_the_setting_and_how_to_fix_it(value: str, tmp_path: Path) -> None:
    with pytest.raises(SettingsError) as err:
        load_settings(tmp_path, duckdb_memory_limit=value)
    assert "duckdb_memory_limit" in str(err.value)
    assert "COPILOT_DUCKDB_MEMORY_LIMIT" in (err.value.hint or "")


def test_the_cli_rejects_a_bad_limit_from_the_environment_with_exit_code_2(trained_workspace: Workspace) -> None:
    result = CliRunner().invoke(app, ["--workspace", str(trained_workspace.root), "tools", "segment_lookup"],
                                env={"COPILOT_DUCKDB_MEMORY_LIMIT": "plenty"})
    assert result.exit_code == 2, result.output
    assert "duckdb_memory_limit" in result.output


def test_batch_scoring_under_a_tight_memory_limit_gives_the_same_scores(trained_workspace: Workspace) -> None:
    free = Deps(settings=load_settings(trained_workspace.root), workspace=open_workspace(trained_workspace.root))
    path, rows, version = score_customers(free)
    expected = pd.read_parquet(path)
    path.unlink()

    tight = Deps.from_settings(load_settings(trained_workspace.root, duckdb_memory_limit="96MB", duckdb_threads=1))
    assert _settings_of(tight.workspace)[0] == "91.5 MiB"
    path2, rows2, version2 = score_customers(tight)
    assert (path2, rows2, version2) == (path, rows, version)
    got = pd.read_parquet(path2)
    keys = ["customer_id", "category"]
    pd.testing.assert_frame_equal(got.sort_values(keys, ignore_index=True), expected.sort_values(keys, ignore_index=True))


def test_running_out_of_the_memory_limit_is_one_sentence_naming_the_settings(trained_workspace: Workspace) -> None:
    result = CliRunner().invoke(app, ["--workspace", str(trained_workspace.root), "score"],
                                env={"COPILOT_DUCKDB_MEMORY_LIMIT": "16MB", "COPILOT_DUCKDB_THREADS": "1"})
    assert result.exit_code == 1, result.output
    assert "DuckDB ran out of memory" in result.output
    assert "COPILOT_DUCKDB_MEMORY_LIMIT" in result.output and "Traceback" not in result.output
    assert not isinstance(result.exception, duckdb.OutOfMemoryException)  # translated, not raised


class _ScoreQuery(BaseModel):
    pass


class _ScoreReport(BaseModel):
    rows: int


def test_a_tool_that_runs_out_of_memory_gives_the_agent_the_same_sentence(trained_workspace: Workspace) -> None:
    """The chat, plan and Slack faces reach DuckDB through tools: the tool boundary translates too."""
    from copilot.agent.toolset import Tool

    def batch_score(deps: Deps, query: _ScoreQuery) -> _ScoreReport:
        """Score every customer."""
        return _ScoreReport(rows=score_customers(deps)[1])

    tight = Deps.from_settings(load_settings(trained_workspace.root, duckdb_memory_limit="16MB", duckdb_threads=1))
    outcome = Tool.from_function(batch_score).execute(tight, {})
    assert not outcome.ok
    assert outcome.error is not None and "DuckDB ran out of memory" in outcome.error
    assert "COPILOT_DUCKDB_MEMORY_LIMIT" in outcome.error
