"""The shipped product documents are generated from the demo catalogue and stay in step with it."""

from __future__ import annotations

from importlib import resources

from copilot.data.catalog import build_catalog
from copilot.knowledge.build_sources import format_price, stale_documents
from copilot.knowledge.chunking import chunk_markdown, parse_front_matter
from copilot.knowledge.ingest import shipped_sources


def test_product_documents_are_up_to_date_with_the_catalogue() -> None:
    assert stale_documents() == [], "run: python -m copilot.knowledge.build_sources"


def test_one_document_per_product_with_matching_id_name_price() -> None:
    root = resources.files("copilot.knowledge.sources").joinpath("products")
    catalog = build_catalog()
    assert len(catalog) == 298
    for p in catalog:
        text = root.joinpath(f"{p.product_id}.md").read_text(encoding="utf-8")
        front, _ = parse_front_matter(text)
        assert front["product_id"] == p.product_id and front["name"] == p.name
        assert float(front["price"]) == p.price and front["category"] == p.category
        assert format_price(p.price) in text
        for heading in ("Price", "Materials", "Features", "Specifications", "Sizing", "Care", "Warranty",
                        "Allowed claims"):
            assert f"\n## {heading}\n" in text


def test_product_facts_are_small_and_carry_metadata() -> None:
    p = build_catalog()[1]
    text = resources.files("copilot.knowledge.sources").joinpath(f"products/{p.product_id}.md").read_text("utf-8")
    chunks = chunk_markdown(text, f"products/{p.product_id}.md", kind="shipped")
    features = [c for c in chunks if c.section == "Features"]
    assert len(features) == len(p.features)  # one fact per feature bullet
    assert all(c.product_id == p.product_id and c.category == p.category for c in chunks)
    assert all(c.text.startswith(f"{p.name} ({p.product_id}) › ") for c in chunks)
    assert max(len(c.text) for c in chunks) < 500
    assert all(p.name not in c.vector_text for c in chunks)  # product facts embed without the name


def test_shipped_sources_cover_products_and_guides() -> None:
    keys = {s.key for s in shipped_sources()}
    assert {"brand_voice.md", "compliance.md"} <= keys
    assert sum(k.startswith("products/") for k in keys) == 298
