"""`copilot train`, `copilot score` and `copilot tools ...` through Typer's test runner."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from copilot.deps import Deps
from copilot.faces.cli.main import app

runner = CliRunner()


def _run(deps: Deps, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["--workspace", str(deps.workspace.root), *args])
    return result.exit_code, result.stdout, result.stderr


def test_segment_lookup_without_arguments_lists_everything(deps: Deps) -> None:
    code, out, _ = _run(deps, "tools", "segment_lookup")
    assert code == 0
    data = json.loads(out)
    kinds = {s["kind"] for s in data["segments"]}
    assert kinds == {"rfm", "cluster"}
    assert sum(s["size"] for s in data["segments"] if s["kind"] == "rfm") == data["total_customers"]


def test_channel_stats_without_arguments_covers_every_channel(deps: Deps) -> None:
    code, out, _ = _run(deps, "tools", "channel_stats")
    assert code == 0
    assert [c["channel"] for c in json.loads(out)["channels"]] == ["email", "sms", "push", "paid_social"]


def test_other_tools_and_options(deps: Deps) -> None:
    code, out, _ = _run(deps, "tools", "score_propensity", "--segment", "Champions", "--category", "socks",
                        "--horizon", "60")
    assert code == 0 and json.loads(out)["horizon_days"] == 60
    code, out, _ = _run(deps, "tools", "recommend_products", "--criteria-json", '{"segment": "Loyal"}', "-k", "3")
    assert code == 0 and len(json.loads(out)["items"]) == 3
    code, out, _ = _run(deps, "tools", "forecast", "--channel", "email", "--channel", "sms", "--segment", "Loyal")
    assert code == 0 and [c["channel"] for c in json.loads(out)["per_channel"]] == ["email", "sms"]
    code, out, _ = _run(deps, "tools", "channel_stats", "--channel", "sms", "--markdown")
    assert code == 0 and out.startswith("**Channel performance**")


def test_errors_are_one_sentence_with_an_exit_code(deps: Deps) -> None:
    code, out, err = _run(deps, "tools", "segment_lookup", "--segment", "Whales")
    assert code == 1 and "Unknown segment 'Whales'" in err and out == ""
    code, _, err = _run(deps, "tools", "segment_lookup", "--criteria-json", "{not json")
    assert code == 2 and "not valid JSON" in err
    code, _, err = _run(deps, "tools", "channel_stats", "--channel", "fax")
    assert code == 2 and "Invalid channels" in err
    code, _, err = _run(deps, "train", "--backend", "hadoop")
    assert code == 2 and "Unknown backend 'hadoop'" in err


def test_score_writes_the_batch_file(deps: Deps) -> None:
    code, out, _ = _run(deps, "score")
    assert code == 0 and "Wrote" in out
    version = deps.artifacts.current_version("propensity")
    assert (deps.workspace.scores_dir / f"propensity-{version}.parquet").exists()
