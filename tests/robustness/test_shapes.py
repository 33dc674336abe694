"""Brands of other shapes train, publish what can be trained and answer every tool.

A model that this data cannot train is recorded as missing with its reason (models/CURRENT.json),
the others go live, and the missing model's tools answer with that reason (not "run copilot train").
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from robustness import shapes
from typer.testing import CliRunner

from copilot.deps import Deps
from copilot.errors import MissingArtifactError
from copilot.faces.cli.main import app
from copilot.settings import load_settings
from copilot.tools.propensity import score_propensity
from copilot.tools.recommend import recommend_products
from copilot.tools.schemas import PropensityQuery, RecommendQuery, SegmentQuery
from copilot.tools.segments import segment_lookup
from copilot.tools.training import train_all
from copilot.workspace import Workspace

runner = CliRunner()
TOOLS = ("segment_lookup", "score_propensity", "recommend_products", "channel_stats")


def _train(ws: Workspace, **settings: Any) -> tuple[Deps, Any]:
    deps = Deps(settings=load_settings(ws.root, **settings), workspace=ws)
    return deps, train_all(deps)


def _cli(root: Path, *args: str) -> Any:
    return runner.invoke(app, ["--workspace", str(root), *args], catch_exceptions=False)


def test_grocery_weekly_buyers_publish_segments_and_recommender_and_say_why_propensity_is_missing(
        tmp_path: Path) -> None:
    """Every customer buys in every 30-day window: propensity has one class. It used to crash the whole
    run (`ValueError: This solver needs samples of at least 2 classes`) and publish nothing."""
    ws = shapes.grocery(tmp_path / "ws")
    deps, report = _train(ws)
    assert "propensity" in report.missing and "every customer bought in every 30-day" in report.missing["propensity"]
    manifest = json.loads((ws.models_dir / "CURRENT.json").read_text())
    assert set(manifest["versions"]) == {"segments", "recommender"}
    assert manifest["missing"]["propensity"] == report.missing["propensity"]
    assert segment_lookup(deps, SegmentQuery()).segments
    assert recommend_products(deps, RecommendQuery(k=3)).items
    with pytest.raises(MissingArtifactError, match="could not be trained on this workspace's data: every customer"):
        score_propensity(deps, PropensityQuery())
    # the CLI: the reason and a shorter-horizon fix, exit 3, never "Run `copilot train`."
    res = _cli(ws.root, "tools", "score_propensity")
    assert res.exit_code == 3
    assert "every customer bought in every 30-day" in res.stderr and "horizon_days" in res.stderr
    assert "Run `copilot train`" not in res.stderr


def test_grocery_with_a_weekly_horizon_trains_propensity(tmp_path: Path) -> None:
    """The horizon setting is honoured: at 7 days weekly buyers are told apart and the model trains."""
    ws = shapes.grocery(tmp_path / "ws")
    deps, report = _train(ws, horizon_days=7)
    # every model trains but uplift, which needs randomised holdouts of past campaigns this data lacks
    assert set(report.missing) == {"uplift"} and "campaign_arms.parquet" in report.missing["uplift"]
    assert deps.artifacts.load("propensity").meta["horizon_days"] == 7
    assert score_propensity(deps, PropensityQuery(horizon_days=7)).audience_size == 120


@pytest.mark.parametrize("build", [shapes.one_product, shapes.tiny, shapes.one_customer],
                         ids=["one-product", "tiny-50", "one-customer"])
def test_other_shapes_train_publish_and_answer_every_tool(build: Any, tmp_path: Path) -> None:
    ws = build(tmp_path / "ws")
    res = _cli(ws.root, "train")
    assert res.exit_code == 0, res.stderr
    manifest = json.loads((ws.models_dir / "CURRENT.json").read_text())
    assert {"segments", "recommender"} <= set(manifest["versions"])
    for name in manifest.get("missing", {}):
        assert "not trained" in res.stderr and name in res.stderr
    for tool in TOOLS:
        out = _cli(ws.root, "tools", tool)
        if tool == "score_propensity" and "propensity" in manifest.get("missing", {}):
            assert out.exit_code == 3 and manifest["missing"]["propensity"][:40] in out.stderr.replace("\n", " ")
        else:
            assert out.exit_code == 0, (tool, out.stderr)
            assert out.stdout.strip(), tool


def test_one_customer_says_why_propensity_is_missing(tmp_path: Path) -> None:
    ws = shapes.one_customer(tmp_path / "ws")
    _deps, report = _train(ws)
    assert report.missing["propensity"].startswith("only 1 customer (")
