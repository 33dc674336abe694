"""A request pasted as bullet notes starts with a dash: the command line reads it as the request, not as an unknown
option ("No such option: -", probe s26); real options around it still work."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from copilot.faces.cli.main import app, text_args


def test_a_dash_led_request_is_moved_behind_the_double_dash() -> None:
    bullets = "- win back lapsed hikers\n- email only"
    assert text_args(["read", bullets, "--format", "json"]) == ["read", "--format", "json", "--", bullets]
    assert text_args(["plan", "- 给流失客户发短信，预算3千"]) == ["plan", "--", "- 给流失客户发短信，预算3千"]
    assert text_args(["read", "--format", "json", "win back"]) == ["read", "--format", "json", "win back"]
    assert text_args(["read", "--", "- already escaped"]) == ["read", "--", "- already escaped"]


def test_copilot_read_reads_a_bulleted_brief() -> None:
    bullets = "- win back lapsed trail runners\n- SMS only\n- 15% off"
    result = CliRunner().invoke(app, text_args(["read", bullets, "--format", "json"]))
    assert result.exit_code == 0, result.output
    reading = json.loads(result.stdout)
    assert reading["text"] == bullets and reading["channels"]["allowed"] == ["sms"]
