"""`copilot knowledge ingest/search/stats` in-process with Typer's runner."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from copilot.data.catalog import build_catalog
from copilot.deps import Deps
from copilot.faces.cli.main import app
from copilot.workspace import Workspace

runner = CliRunner()
# a search result row: fact id | score | product | ...
_ROW = re.compile(r"│\s*(P\d{4}-[0-9a-f]{10})\s*│\s*[\d.]+\s*│\s*(P\d{4})\s*│")


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


def test_search_on_an_empty_store_says_what_to_run(small_workspace: Workspace) -> None:
    # a workspace with data but no facts (a brand-new one would get the demo brand, knowledge included)
    code, _, err = _run(small_workspace.root, "search", "anything")
    assert code == 3 and "copilot knowledge ingest" in err


def test_search_rejects_a_bad_k(tmp_path: Path) -> None:
    code, _, _ = _run(tmp_path / "ws", "search", "x", "-k", "50")
    assert code == 2


def test_stats_by_file_lists_every_source_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from copilot.faces.cli import context

    monkeypatch.setattr(context.out, "width", 250)
    docs = tmp_path / "docs"
    (docs / "tents").mkdir(parents=True)
    (docs / "tents" / "hut.md").write_text(
        "---\nproduct_id: T9\nname: Hut Tent\ncategory: tents\n---\n# Hut Tent\n\n## Features\n"
        "Pitches fly-first in rain.\n\n## Price\nList price: $299.00.\n\n## Care\nAir dry.\n", encoding="utf-8")
    (docs / "returns.txt").write_text("Free returns within 60 days.", encoding="utf-8")
    ws = tmp_path / "ws"
    assert _run(ws, "ingest", str(docs))[0] == 0
    hut, returns = ((docs / "tents" / "hut.md").resolve().as_posix(), (docs / "returns.txt").resolve().as_posix())

    code, plain, _ = _run(ws, "stats")
    assert code == 0 and "sources, one row each" not in plain

    code, out, _ = _run(ws, "stats", "--by-file")
    lines = [ln for ln in out.splitlines() if ln.strip()]
    assert code == 0 and lines[0].startswith("4 facts in 'product_facts'")  # chunk count first
    assert out.startswith(plain.rstrip("\n"))  # then the same per-source groups as without --by-file
    assert "2 sources, one row each" in out
    counts = {m.group(1): int(m.group(2)) for m in re.finditer(r"│\s*(\S+)\s*│\s*(\d+)\s*│", out[len(plain):])}
    assert counts == {hut: 3, returns: 1}


@pytest.mark.slow
def test_ingest_without_paths_is_the_demo_knowledge(demo_deps: Deps, monkeypatch: pytest.MonkeyPatch) -> None:
    from copilot.faces.cli import context

    monkeypatch.setattr(context.out, "width", 250)
    code, out, _ = _run(demo_deps.workspace.root, "ingest")
    assert code == 0 and "301 sources: 0 facts added" in " ".join(out.split())

    # the demo's waterproof trail shoes (knowledge/sources/products/*.md: trail-running-shoes, Waterproof: yes)
    waterproof_trail = {p.product_id for p in build_catalog()
                        if p.category == "trail-running-shoes" and p.attributes.get("waterproof")}
    assert {"P1002", "P1003", "P1027"} <= waterproof_trail and "P1001" not in waterproof_trail
    code, out, _ = _run(demo_deps.workspace.root, "search", "waterproof trail shoe")
    rows = _ROW.findall(out)
    assert code == 0 and len(rows) == 5, out  # five facts (the default -k), each with its id
    for fact_id, product in rows:
        assert fact_id.startswith(product + "-") and product in waterproof_trail, (fact_id, out)
    assert len({product for _, product in rows}) >= 3  # several shoes, not one shoe's facts
    stored = demo_deps.knowledge.get_by_ids([fact_id for fact_id, _ in rows])
    assert [c.chunk_id for c in stored] == [fact_id for fact_id, _ in rows]  # real, citable ids
    assert sum("waterproof" in c.text.lower() for c in stored) >= 3
    assert all(c.category == "trail-running-shoes" for c in stored)

    code, out, _ = _run(demo_deps.workspace.root, "stats", "--by-file")
    first = next(ln for ln in out.splitlines() if ln.strip())
    assert first.split()[0].isdigit() and int(first.split()[0]) > 3000
    assert out.index("products/ ") < out.index("brand_voice.md")  # per-source groups, largest first
    sources = demo_deps.knowledge.stats().sources
    assert f"{len(sources)} sources, one row each" in out and len(sources) == 301
    for src in ("products/P1002.md", "products/P1298.md", "compliance.md"):
        assert re.search(rf"│ {re.escape(src)}\s*│\s*{sources[src]} │", out), src
