"""One registration line makes a tool: the agent offers it, `copilot tools` has its command (with
`--help` from its query schema), `copilot train` fits its model and the artifact store publishes it."""

from __future__ import annotations

import json

from fakes import ScriptedChatModel, final, route
from typer.testing import CliRunner

from copilot.agent.events import ToolCallFinished, TurnFinished
from copilot.agent.loop import Agent
from copilot.core import default_tools, expected_tools
from copilot.deps import Deps
from copilot.faces.cli.main import app
from copilot.tools import artifacts, registry
from copilot.tools.registry import ModelEntry, ToolEntry
from copilot.tools.training import train_all

COUNT = ToolEntry("count_customers", "fakes.registered_tool",
                  model=ModelEntry("customer_count", "fakes.registered_tool:train_count", share=0.02))


def test_one_registration_reaches_training_artifacts_agent_and_cli(deps: Deps) -> None:
    with registry.registered(COUNT):
        # training and artifacts
        assert artifacts.MODELS == ("segments", "propensity", "recommender", "uplift", "customer_count")
        seen: list[str] = []
        report = train_all(deps, progress=lambda stage, _f: seen.append(stage))
        assert [s.name for s in report.steps] == ["segments", "propensity", "recommender", "uplift", "customer_count"]
        assert "counting" in seen
        live = deps.artifacts.published()
        assert live["customer_count"] == live["segments"] == report.version  # published with the others
        regions = deps.artifacts.load("customer_count").meta["regions"]
        with deps.workspace.connect() as con:
            assert sum(regions.values()) == con.execute("SELECT COUNT(*) FROM customers").fetchone()[0]

        # the agent: expected, offered, and called through the loop
        assert "count_customers" in expected_tools()
        tools = default_tools(deps)
        assert "count_customers" in [t.name for t in tools]
        model = ScriptedChatModel(script=[route("count_customers", top=2), final("done")])
        events = list(Agent(deps, tools, model).run_turn("c", "How many customers per region?"))
        done = [e for e in events if isinstance(e, ToolCallFinished)]
        assert done and done[0].tool == "count_customers" and done[0].ok
        assert isinstance(events[-1], TurnFinished) and events[-1].answer == "done"

        # the CLI: a command generated from the query schema
        runner = CliRunner()
        root = str(deps.workspace.root)
        result = runner.invoke(app, ["--workspace", root, "tools", "count_customers", "--top", "2"])
        assert result.exit_code == 0, result.output
        out = json.loads(result.stdout)
        assert out["customers"] == sum(regions.values()) and len(out["top_regions"]) == 2
        region = out["top_regions"][0]
        result = runner.invoke(app, ["--workspace", root, "tools", "count_customers", "--region", region])
        assert json.loads(result.stdout)["customers"] == regions[region]
        result = runner.invoke(app, ["--workspace", root, "tools", "count_customers", "--top", "11"])
        assert result.exit_code == 2 and "Invalid top" in result.stderr
        help_text = " ".join(runner.invoke(app, ["tools", "count_customers", "--help"]).stdout.split())
        assert "Count customers, in all or in one region" in help_text
        assert "--region" in help_text and "Only customers of this region." in help_text
        assert "How many regions to list. (1-10)" in help_text

    # unregistered: gone from every place again
    assert artifacts.MODELS == ("segments", "propensity", "recommender", "uplift")
    assert "count_customers" not in expected_tools()
    assert runner.invoke(app, ["tools", "count_customers", "--help"]).exit_code != 0
