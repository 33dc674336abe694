"""`copilot read`: how a request was understood, in words and as JSON, from the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from copilot.faces.cli.main import app

runner = CliRunner()


@pytest.fixture
def empty_ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    ws = tmp_path / "ws"
    monkeypatch.setenv("COPILOT_WORKSPACE", str(ws))
    return ws


def test_read_prints_applied_values_with_their_words_and_not_applied(empty_ws: Path) -> None:
    text = ("Win back customers who spent over $300 last year but have not ordered in 6 months; email only; "
            "no discount deeper than 15%. Also WhatsApp.")
    res = runner.invoke(app, ["read", text, "--today", "2026-03-02"], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    out = " ".join(res.output.split())
    assert "spent at least 300 USD in the last year AND no order in the last 180 days" in out
    assert "at most 15% off" in out and "email (only these)" in out
    assert "Not applied" in out and "WhatsApp" in out
    assert "budget" not in out.split("Not applied")[0]  # $300 is a threshold, never the budget
    assert not empty_ws.exists()  # reading writes nothing, and builds no demo


@pytest.mark.parametrize(
    ("text", "check"),
    [
        ("Cross-sell socks and insoles to everyone who bought running shoes in the last 30 days.",
         lambda r: r["audience"]["within_days"] == 30 and r["not_applied"][0]["text"] == "insoles"),
        ("召回即将流失的高价值客户，通过邮件和短信，预算两万元",
         lambda r: r["budget"]["currency"] == "CNY" and r["budget"]["amount"] == 20000 and r["language"] == "zh"),
        ("How many lapsed high-value customers can we text?",
         lambda r: r["intent"] == "count" and {c["kind"] for c in r["audience"]["of"]} == {"recency", "value_tier", "consent"}),
    ],
)
def test_read_json(empty_ws: Path, text: str, check) -> None:  # type: ignore[no-untyped-def]
    res = runner.invoke(app, ["read", text, "--format", "json", "--today", "2026-03-02"], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    assert check(json.loads(res.output))


def test_read_bad_input_is_one_sentence(empty_ws: Path) -> None:
    res = runner.invoke(app, ["read", "x", "--today", "March"])
    assert res.exit_code == 2 and "YYYY-MM-DD" in res.output and "Traceback" not in res.output
