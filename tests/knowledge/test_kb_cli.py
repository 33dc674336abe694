"""`copilot knowledge ingest/search/stats` in-process with Typer's runner."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from copilot.deps import Deps
from copilot.faces.cli.main import app

runner = CliRunner()


def _run(ws: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["--workspace", str(ws), "knowledge", *args])
    return result.exit_code, result.stdout, result.stderr


def test_ingest_search_stats_on_user_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from copilot.faces.cli import context

    monkeypatch.setattr(context.out, "width", 250)  # long temporary paths stay on one line
    ws = tmp_path / "ws"
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "tent.md").write_text(
        "---\nproduct_id: T9\nname: Hut Tent\ncategory: tents\n---\n# Hut Tent\n\n## Features\n"
        "Pitches fly-first in rain.\n\n## Price\nList price: $299.00.\n", encoding="utf-8")
    (docs / "broken.json").write_text("{oops", encoding="utf-8")

    code, out, err = _run(ws, "ingest", str(docs))
    assert code == 1  # one file failed
    assert "2 facts added" in out.replace("\n", " ") or "2[/]" in out
    assert "broken.json" in err and "cannot parse" in err

    code, out, _ = _run(ws, "ingest", str(docs / "tent.md"))
    assert code == 0 and "0 facts added, 2 unchanged" in " ".join(out.split())

    code, out, _ = _run(ws, "search", "tent that pitches in the rain", "-k", "1")
    assert code == 0 and "tent-" in out and "T9" in out and "Pitches" in out  # ids: <file stem>-<hash>

    code, out, _ = _run(ws, "search", "price", "--product", "T9", "--category", "tents")
    assert code == 0 and "$299.00" in out

    code, out, _ = _run(ws, "stats")
    lines = [ln for ln in out.splitlines() if ln.strip()]
    assert code == 0 and lines[0].startswith("2 facts in 'product_facts'")
    assert (docs / "tent.md").resolve().as_posix() in out


def test_search_on_an_empty_store_says_what_to_run(tmp_path: Path) -> None:
    code, _, err = _run(tmp_path / "ws", "search", "anything")
    assert code == 3 and "copilot knowledge ingest" in err


def test_search_rejects_a_bad_k(tmp_path: Path) -> None:
    code, _, _ = _run(tmp_path / "ws", "search", "x", "-k", "50")
    assert code == 2


@pytest.mark.slow
def test_ingest_without_paths_is_the_demo_knowledge(demo_deps: Deps) -> None:
    code, out, _ = _run(demo_deps.workspace.root, "ingest")
    assert code == 0 and "301 sources: 0 facts added" in " ".join(out.split())
    code, out, _ = _run(demo_deps.workspace.root, "search", "waterproof trail shoe")
    assert (code == 0 and "trail-running-shoes" not in out) or "P10" in out
    code, out, _ = _run(demo_deps.workspace.root, "stats")
    first = next(ln for ln in out.splitlines() if ln.strip())
    assert first.split()[0].isdigit() and int(first.split()[0]) > 3000
    assert out.index("products/") < out.index("brand_voice.md")
