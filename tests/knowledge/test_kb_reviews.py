"""Review insights: ratings, sentiment checked against stars, NMF themes -- and no reviewer ids."""

from __future__ import annotations

import re

from copilot.knowledge.reviews import build_review_insights, review_chunks, scrub
from copilot.workspace import Workspace


def test_insights_per_product_and_category(small_workspace_template: Workspace) -> None:
    ins = build_review_insights(small_workspace_template)
    assert ins is not None and ins.reviews > 1000
    # sentiment (VADER) agrees with the stars on the demo data
    assert ins.sentiment_star_correlation is not None and ins.sentiment_star_correlation > 0.5
    assert len(ins.categories) == 15 and len(ins.products) > 50
    shoes = next(c for c in ins.categories if c.key == "trail-running-shoes")
    assert sum(shoes.ratings.distribution.values()) == shoes.ratings.reviews
    assert 1 <= shoes.ratings.mean_rating <= 5
    labels = " ".join(t.label for t in shoes.themes)
    assert "grip" in labels or "wet rock" in labels  # a theme the demo reviews talk about
    for theme in shoes.themes:
        assert 0 < theme.share <= 1 and theme.mentions <= shoes.ratings.reviews
        assert 1 <= len(theme.snippets) <= 2 and all(len(s) <= 110 for s in theme.snippets)


def test_facts_are_deterministic_and_carry_counts(small_workspace_template: Workspace) -> None:
    a = review_chunks(small_workspace_template)
    b = review_chunks(small_workspace_template)
    assert a is not None and b is not None
    assert [c.chunk_id for c in a] == [c.chunk_id for c in b]
    assert all(c.source == "reviews" and c.kind == "reviews" for c in a)
    theme = next(c for c in a if c.section.startswith("Theme:") and c.product_id)
    assert re.search(r"in \d[\d,]* of \d[\d,]* reviews \(\d+%\)", theme.text)
    summary = next(c for c in a if c.section == "Rating summary" and c.product_id)
    assert "average" in summary.text and "5★" in summary.text


def test_no_reviewer_names_or_ids_in_any_fact(small_workspace_template: Workspace) -> None:
    with small_workspace_template.connect() as con:
        review_ids = {r[0] for r in con.execute("SELECT review_id FROM reviews").fetchall()}
        customer_ids = {r[0] for r in con.execute("SELECT DISTINCT customer_id FROM reviews").fetchall() if r[0]}
        names = set()
        cols = {r[0] for r in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name='customers'").fetchall()}
        for col in ("first_name", "last_name", "name", "email"):
            if col in cols:
                names |= {r[0] for r in con.execute(f"SELECT DISTINCT {col} FROM customers").fetchall() if r[0]}
    chunks = review_chunks(small_workspace_template)
    assert chunks
    text = "\n".join(c.text for c in chunks)
    tokens = set(re.findall(r"[\w@.+-]+", text))
    assert not tokens & review_ids
    assert not tokens & {str(c) for c in customer_ids}
    assert not [n for n in names if re.search(rf"\b{re.escape(n)}\b", text)]  # "Jack" may be in "Jacket"
    assert all(set(c.metadata()) <= {"source", "section", "content_hash", "kind", "title", "product_id",
                                     "category", "product_name"} for c in chunks)


def test_snippets_are_scrubbed() -> None:
    s = scrub("Great jacket! Email me at jane.doe@example.com or call +1 (503) 555-0199, @janed https://x.y/z")
    assert "@example.com" not in s and "555" not in s and "@janed" not in s and "https" not in s


def test_workspace_without_reviews_has_no_insights(empty_ws: Workspace) -> None:
    assert build_review_insights(empty_ws) is None
