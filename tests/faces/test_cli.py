"""`copilot plan`, `copilot ask` and `copilot chat` through Typer's test runner.

The real workflow and agent run on a trained demo workspace with its knowledge ingested; the only
stand-in is THE scripted model, installed where the CLI builds its chat model
(``copilot.llm.providers.make_chat_model``). stdout and stderr are checked separately: results on
stdout, progress/warnings/failed checks on stderr.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from fakes import ScriptedChatModel, final, route
from planner.helpers import scripted_copy
from typer.testing import CliRunner

from copilot.faces.cli.main import app
from copilot.planner.plan_schema import CampaignPlan
from copilot.planner.store import list_plans, load_plan
from copilot.workspace import Workspace, open_workspace

BRIEF = "Win back lapsed high-value trail runners this spring, email and SMS, $20k"
UseModel = Callable[..., ScriptedChatModel]

runner = CliRunner()


def copilot(*args: str, input: str | None = None) -> Any:
    """Run `copilot ARGS` in-process; real exceptions (bugs) propagate with their traceback."""
    return runner.invoke(app, list(args), input=input, catch_exceptions=False)


def saved_plan(root: Path) -> CampaignPlan:
    infos = list_plans(open_workspace(root))
    assert len(infos) == 1
    return load_plan(open_workspace(root), infos[0].plan_id)


def stubborn_copy(messages: list[Any], kwargs: dict[str, Any]) -> dict[str, Any]:
    """Copy whose email subjects use a banned phrase, in the first draft and in the repair."""
    out = scripted_copy()(messages, kwargs)
    for value in out.values():
        for draft in value if isinstance(value, list) else [value]:
            if "subject" in draft:
                draft["subject"] = draft["subject"].rstrip("?") + ", best ever?"
    return out


# --------------------------------------------------------------------------------------------
# copilot plan
# --------------------------------------------------------------------------------------------


def test_plan_prints_markdown_and_exits_0_when_every_check_passes(ready_root: Path, use_model: UseModel) -> None:
    model = use_model(scripted_copy())
    result = copilot("--workspace", str(ready_root), "plan", BRIEF)
    assert result.exit_code == 0, result.stderr
    plan = saved_plan(ready_root)
    assert plan.passed
    markdown = plan.to_markdown()
    assert result.stdout == markdown if markdown.endswith("\n") else markdown + "\n"
    assert "passed all checks" in result.stderr and "Saved as" in result.stderr
    assert "Planning" in result.stderr  # progress goes to stderr, never into the result
    model.assert_complete()


def test_plan_json_is_the_plan_schema_exactly(ready_root: Path, use_model: UseModel) -> None:
    use_model(scripted_copy())
    result = copilot("--workspace", str(ready_root), "plan", BRIEF, "--format", "json")
    assert result.exit_code == 0, result.stderr
    plan = saved_plan(ready_root)
    assert result.stdout == plan.model_dump_json(indent=2) + "\n"
    parsed = CampaignPlan.model_validate_json(result.stdout)  # validates against the schema, round-trips
    assert parsed.plan_id == plan.plan_id and parsed.model_dump_json(indent=2) == result.stdout.rstrip("\n")
    assert json.loads(result.stdout)["checks"]  # the checks travel with the plan


def test_plan_html_goes_to_the_output_file(ready_root: Path, use_model: UseModel, tmp_path: Path) -> None:
    use_model(scripted_copy())
    target = tmp_path / "plan.html"
    result = copilot("--workspace", str(ready_root), "plan", BRIEF, "--format", "html", "--output", str(target))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    html = target.read_text(encoding="utf-8")
    assert html.lstrip().lower().startswith("<!doctype html") and saved_plan(ready_root).name in html
    assert f"Wrote {target}" in result.stderr.replace("\n", "")


def test_plan_options_win_over_the_brief(ready_root: Path, use_model: UseModel) -> None:
    use_model(scripted_copy())
    start, end = date.today() + timedelta(days=20), date.today() + timedelta(days=41)
    result = copilot(
        "--workspace", str(ready_root), "plan", BRIEF, "--format", "json",
        "--channels", "email", "--budget", "5000", "--start", start.isoformat(), "--end", end.isoformat(),
    )
    assert result.exit_code == 0, result.stderr
    plan = CampaignPlan.model_validate_json(result.stdout)
    assert [c.channel for c in plan.channels] == ["email"]
    assert plan.budget.total.value == 5000
    assert (plan.start_date, plan.end_date) == (start, end)


def test_plan_exits_1_and_lists_failed_checks_when_repair_cannot_fix_them(
    ready_root: Path, use_model: UseModel
) -> None:
    model = use_model(stubborn_copy, stubborn_copy)  # the draft and the one repair round
    result = copilot("--workspace", str(ready_root), "plan", BRIEF)
    assert result.exit_code == 1
    plan = saved_plan(ready_root)
    assert not plan.passed
    assert result.stdout.startswith("#")  # the plan is still produced, marked
    assert "check(s) failed" in result.stderr
    for check in plan.failed_checks:
        assert check.name in result.stderr
    assert "best ever" in result.stderr
    model.assert_complete()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--channels", "fax"], "Unknown channel 'fax'"),
        (["--start", "2026-03-20", "--end", "2026-03-01"], "--end is before --start"),
        (["--format", "pdf"], "pdf"),
        (["--budget", "-5"], "greater than or equal to 0"),
    ],
)
def test_plan_usage_errors_exit_2(tmp_path: Path, args: list[str], message: str) -> None:
    result = copilot("--workspace", str(tmp_path / "ws"), "plan", BRIEF, *args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.stdout == ""
    assert not (tmp_path / "ws").exists()  # refused before any work


def test_plan_settings_error_exits_2_with_how_to_fix(ready_root: Path) -> None:
    # the real provider factory: no OPENAI_API_KEY in tests
    result = copilot("--workspace", str(ready_root), "plan", BRIEF, "--model", "openai:gpt-4o-mini")
    assert result.exit_code == 2
    assert "OPENAI_API_KEY" in result.stderr and "Traceback" not in result.stderr


def test_plan_exits_3_naming_the_command_when_models_are_missing(
    small_workspace: Workspace, use_model: UseModel
) -> None:
    use_model()  # the workflow stops before any model call
    result = copilot("--workspace", str(small_workspace.root), "plan", BRIEF)
    assert result.exit_code == 3
    assert "copilot train" in result.stderr
    assert result.stdout == ""


@pytest.mark.slow
def test_first_run_builds_the_demo_then_plans(
    tmp_path: Path, use_model: UseModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The README quick start: no workspace yet -> demo data, training, knowledge, then the plan."""
    import copilot.data.demo as demo

    # the same code path, with the test suite's small demo size (knowledge ingestion still takes minutes)
    monkeypatch.setattr(demo, "build_demo_workspace", partial(demo.build_demo_workspace, n_customers=2_000))
    use_model(scripted_copy())
    root = tmp_path / "fresh"
    result = copilot("--workspace", str(root), "plan", BRIEF)
    assert result.exit_code == 0, result.stderr
    assert "SYNTHETIC demo brand" in result.stderr
    for stage in ("Demo data", "Training models", "Product knowledge", "Planning"):
        assert stage in result.stderr
    assert result.stdout.startswith("#") and saved_plan(root).passed


# --------------------------------------------------------------------------------------------
# copilot ask
# --------------------------------------------------------------------------------------------


def test_ask_prints_the_answer_on_stdout_and_tool_calls_on_stderr(trained_workspace: Workspace, use_model: UseModel) -> None:
    model = use_model(route("segment_lookup"), final("Champions are the largest segment."))
    result = copilot("--workspace", str(trained_workspace.root), "ask", "Which segment is largest?")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "Champions are the largest segment.\n"
    assert "segment_lookup" in result.stderr and "segments over" in result.stderr  # the tool's summary
    assert "conversation" in result.stderr
    model.assert_complete()


def test_ask_exits_1_when_the_turn_fails(trained_workspace: Workspace, use_model: UseModel) -> None:
    from copilot.errors import ModelError

    use_model(ModelError("The model server did not answer."))
    result = copilot("--workspace", str(trained_workspace.root), "ask", "Which segment is largest?")
    assert result.exit_code == 1
    assert "The model server did not answer." in result.stderr
    assert result.stdout.strip() == ""


# --------------------------------------------------------------------------------------------
# copilot chat (piped input: the plain reader)
# --------------------------------------------------------------------------------------------


def test_chat_command_runs_the_repl_and_resumes(trained_workspace: Workspace, use_model: UseModel) -> None:
    use_model(route("segment_lookup"), final("We have **several** segments."), final("Yes, still here."))
    first = copilot("--workspace", str(trained_workspace.root), "chat", input="How many segments?\n/quit\n")
    assert first.exit_code == 0, first.stderr
    assert "segment_lookup" in first.stdout and "We have several segments." in first.stdout
    assert "copilot chat --resume" in first.stdout

    again = copilot("--workspace", str(trained_workspace.root), "chat", "--resume", input="Still there?\n/quit\n")
    assert again.exit_code == 0, again.stderr
    assert "Resuming conversation" in again.stderr
    assert "How many segments?" in again.stdout  # the recent turns are shown on resume
    assert "Yes, still here." in again.stdout


def test_chat_resume_of_an_unknown_conversation_exits_2(trained_workspace: Workspace) -> None:
    result = copilot("--workspace", str(trained_workspace.root), "chat", "--resume", "nope")
    assert result.exit_code == 2
    assert "No saved conversation 'nope'" in result.stderr
    result = copilot("--workspace", str(trained_workspace.root), "chat", "nope")
    assert result.exit_code == 2
    assert "copilot chat --resume nope" in result.stderr


# --------------------------------------------------------------------------------------------
# copilot slack (configuration only; the bot itself is tested in test_slack.py)
# --------------------------------------------------------------------------------------------


def test_slack_without_tokens_exits_2_naming_the_setting(tmp_path: Path) -> None:
    result = copilot("--workspace", str(tmp_path), "slack")
    assert result.exit_code == 2
    assert "SLACK_BOT_TOKEN" in result.stderr


def test_slack_http_mode_needs_the_signing_secret(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-not-a-real-token")
    result = copilot("--workspace", str(tmp_path), "slack", "--http")
    assert result.exit_code == 2
    assert "SLACK_SIGNING_SECRET" in result.stderr and "xoxb-not-a-real-token" not in result.stderr


def test_slack_manifest_prints_the_app_manifest() -> None:
    result = copilot("slack", "--manifest")
    assert result.exit_code == 0
    assert "socket_mode_enabled: true" in result.stdout and "/copilot" in result.stdout


def test_a_chinese_plan_says_its_summary_and_checks_in_chinese(ready_root: Path, use_model: UseModel) -> None:
    from planner.test_chinese_copy import scripted_zh_copy

    use_model(scripted_zh_copy())
    result = copilot("--workspace", str(ready_root), "plan", "召回流失的高价值客户，邮件和短信，预算2万美元，不打折")
    assert result.exit_code in (0, 1), result.stderr
    plan = saved_plan(ready_root)
    assert plan.summary() in result.stderr
    assert "位客户" in result.stderr and "已保存为" in result.stderr
    assert "customers" not in result.stderr and "Saved as" not in result.stderr
    for c in plan.warnings + plan.failed_checks:  # each said with its Chinese name and details
        assert c.details not in result.stderr
