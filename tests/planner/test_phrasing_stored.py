"""Phrasings stored with the fact at ingest and editable by the brand (issue #13, item 2): generated for
each product fact, the brand's own from ``phrasings.toml`` or a ``phrasing`` column of its fact file,
checked against the fact, returned with it by search, shown by ``copilot knowledge search`` and used by
the copy."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from copilot.deps import Deps
from copilot.knowledge.ingest import ingest_paths
from copilot.knowledge.phrasing import Phrasings
from copilot.knowledge.retrieval import search_product_facts
from copilot.knowledge.schemas import FactQuery
from copilot.settings import load_settings
from copilot.workspace import open_workspace

DOC = """---
product_id: P9001
name: Fjord Trail GTX
category: trail-running-shoes
split_sections: Features, Specifications
---
# Fjord Trail GTX (P9001)

## Features
- grips on wet rock
- wide toe box

## Specifications
- Waterproof: yes
"""
CSV = "product_id,name,category,fact,phrasing\nP9002,Skerry Sock,socks,merino blend cushions the heel,{phrasing}\n"


@pytest.fixture
def deps(tmp_path: Path) -> Deps:
    ws = open_workspace(tmp_path / "ws")
    ws.create()
    return Deps(settings=load_settings(ws.root), workspace=ws)


def stored(deps: Deps) -> dict[str, dict[str, object]]:
    """Stored metadata by the fact's body (after the section)."""
    return {c.text.split(": ", 1)[1].removeprefix("- "): c.metadata for c in deps.knowledge.all_chunks()}


def test_each_product_fact_is_stored_with_its_phrasing_and_the_brand_edits_it(
    deps: Deps, tmp_path: Path
) -> None:
    (deps.workspace.root / "phrasings.toml").write_text(
        '[texts]\n"Waterproof: yes" = "keeps your feet dry on wet trails"\n'
        '"wide toe box" = "gives your toes a wide toe box"\n',
        encoding="utf-8",
    )
    doc = tmp_path / "fjord.md"
    doc.write_text(DOC, encoding="utf-8")
    assert not ingest_paths(deps, [doc]).failed
    meta = stored(deps)
    assert meta["grips on wet rock"]["phrasing"] == "grips on wet rock"
    assert meta["grips on wet rock"]["phrasing_source"] == "generated"
    assert meta["Waterproof: yes"]["phrasing"] == "keeps your feet dry on wet trails"
    assert meta["Waterproof: yes"]["phrasing_source"] == "brand"
    # the one-fact word rule cannot see that "dry" says "waterproof": stored, flagged and logged; the plan's
    # (semantic) claim checker decides before the copy uses it
    assert meta["Waterproof: yes"]["phrasing_supported"] == 0
    assert meta["wide toe box"]["phrasing"] == "gives your toes a wide toe box"
    assert meta["wide toe box"]["phrasing_supported"] == 1
    facts = search_product_facts(deps, FactQuery(query="waterproof", k=5, product_id="P9001")).facts
    assert {f.phrasing for f in facts} >= {"keeps your feet dry on wet trails", "grips on wet rock"}


def test_a_phrasing_column_is_stored_with_the_fact_not_in_it_and_an_edit_reingests(
    deps: Deps, tmp_path: Path
) -> None:
    path = tmp_path / "facts.csv"
    path.write_text(CSV.format(phrasing="cushions your heel with merino"), encoding="utf-8")
    ingest_paths(deps, [path])
    (chunk,) = deps.knowledge.all_chunks()
    assert "phrasing" not in chunk.text and "cushions your heel with merino" not in chunk.text
    assert chunk.metadata["phrasing"] == "cushions your heel with merino"
    assert chunk.metadata["phrasing_source"] == "brand" and chunk.metadata["phrasing_supported"] == 1
    path.write_text(CSV.format(phrasing="has a merino blend that cushions the heel"), encoding="utf-8")
    report = ingest_paths(deps, [path])
    assert (report.added, report.removed) == (1, 1)
    (chunk,) = deps.knowledge.all_chunks()
    assert chunk.metadata["phrasing"] == "has a merino blend that cushions the heel"


def test_the_brand_file_wins_over_the_stored_phrasing_then_the_stored_over_the_generated() -> None:
    text = "Fjord Trail GTX (P9001) › Specifications: Waterproof: yes"
    assert Phrasings().phrase("f1", text) == "is waterproof"
    assert Phrasings().phrase("f1", text, "keeps your feet dry") == "keeps your feet dry"
    brand = Phrasings(by_fact={"f1": "stays dry in the rain"})
    assert brand.phrase("f1", text, "keeps your feet dry") == "stays dry in the rain"


def test_copilot_knowledge_search_shows_the_phrasing(deps: Deps, tmp_path: Path) -> None:
    from copilot.faces.cli.main import app

    doc = tmp_path / "fjord.md"
    doc.write_text(DOC, encoding="utf-8")
    ingest_paths(deps, [doc])
    from copilot.faces.cli.context import out

    saved = out._width  # the console is built at import: COLUMNS set now would not reach it
    out.width = 240  # wide enough that the table does not fold the phrasing across lines
    try:
        result = CliRunner().invoke(
            app,
            ["--workspace", str(deps.workspace.root), "knowledge", "search", "wet rock", "--product", "P9001"],
            catch_exceptions=False,
        )
    finally:
        out._width = saved
    assert result.exit_code == 0, result.stderr
    assert "phrasing:" in result.stdout and "grips on wet rock" in result.stdout


def test_a_generated_phrasing_follows_todays_rules_without_re_ingesting(deps: Deps, tmp_path: Path) -> None:
    """A workspace built before a phrasing fix gets the fix: the generated phrasing is derived from the fact
    when it is read; the brand's own stays as stored."""
    doc = tmp_path / "fjord.md"
    doc.write_text(DOC, encoding="utf-8")
    ingest_paths(deps, [doc])
    kb = deps.knowledge
    rows = kb.collection.get(include=["metadatas"])  # an older ingest's words, as the store would hold them
    old = {i: {**(m or {}), "phrasing": "OLD RULES"} for i, m in zip(rows["ids"], rows["metadatas"] or [], strict=True)}
    kb.collection.update(ids=list(old), metadatas=list(old.values()))
    kb._touch()  # a write: every cache sees it
    facts = search_product_facts(deps, FactQuery(query="wet rock toe box", k=5, product_id="P9001")).facts
    by_text = {f.text.rsplit(": ", 1)[-1].removeprefix("- "): f.phrasing for f in facts}
    assert by_text["grips on wet rock"] == "grips on wet rock"
    assert "OLD RULES" not in by_text.values()
