"""segment_lookup on the small trained demo workspace."""

from __future__ import annotations

import duckdb
import pytest

from copilot.deps import Deps
from copilot.errors import ToolError
from copilot.tools.schemas import AudienceCriteria, SegmentQuery
from copilot.tools.segments import segment_lookup


def test_no_arguments_lists_every_rfm_segment_and_cluster(deps: Deps, db: duckdb.DuckDBPyConnection) -> None:
    report = segment_lookup(deps, SegmentQuery())
    n_customers = db.execute("SELECT COUNT(*) FROM customers").fetchone()[0]
    revenue = db.execute("SELECT SUM(amount) FROM orders").fetchone()[0]
    rfm = [s for s in report.segments if s.kind == "rfm"]
    clusters = [s for s in report.segments if s.kind == "cluster"]
    assert report.total_customers == n_customers
    assert sum(s.size for s in rfm) == n_customers
    assert sum(s.share for s in rfm) == pytest.approx(1.0, abs=1e-4)
    assert sum(s.revenue_share for s in rfm) == pytest.approx(1.0, abs=1e-4)
    assert sum(s.revenue for s in rfm) == pytest.approx(revenue, abs=1.0)
    assert {"Champions", "Loyal", "At risk", "Hibernating", "Prospects"} <= {s.name for s in rfm}
    assert 3 <= len(clusters) <= 7
    buyers = db.execute("SELECT COUNT(DISTINCT customer_id) FROM orders").fetchone()[0]
    assert sum(s.size for s in clusters) == buyers
    assert all(s.definition for s in report.segments)
    champions = next(s for s in rfm if s.name == "Champions")
    lost = next(s for s in rfm if s.name == "Lost")
    assert champions.median_recency_days < lost.median_recency_days
    assert champions.avg_frequency > lost.avg_frequency
    for s in report.segments:
        assert s.reachable["paid_social"] == s.size
        assert all(0 <= v <= s.size for v in s.reachable.values())
    assert "Champions" in report.to_markdown() and report.summary()


def test_one_segment_by_loose_name(deps: Deps) -> None:
    report = segment_lookup(deps, SegmentQuery(segment="at-risk"))
    assert [s.name for s in report.segments] == ["At risk"]
    cluster_name = next(s.name for s in segment_lookup(deps, SegmentQuery()).segments if s.kind == "cluster")
    assert segment_lookup(deps, SegmentQuery(segment=cluster_name)).segments[0].kind == "cluster"
    assert segment_lookup(deps, SegmentQuery(segment="cluster 1")).segments[0].kind == "cluster"


def test_filter_count_matches_a_hand_count(deps: Deps, db: duckdb.DuckDBPyConnection) -> None:
    crit = AudienceCriteria(categories_bought=["tents"], consent=["email"], regions=["US-West"])
    report = segment_lookup(deps, SegmentQuery(criteria=crit))
    (s,) = report.segments
    expected = db.execute("""
        SELECT COUNT(*) FROM customers c
        WHERE c.consent_email AND c.region = 'US-West' AND c.customer_id IN (
            SELECT o.customer_id FROM orders o JOIN order_lines l USING (order_id)
            JOIN products p USING (product_id) WHERE p.category = 'tents')""").fetchone()[0]
    assert s.kind == "filter" and s.size == expected > 0
    assert s.reachable["email"] == s.size
    assert "tents" in s.definition


def test_unknown_names_list_the_valid_values(deps: Deps) -> None:
    with pytest.raises(ToolError, match=r"Unknown segment 'Whales'.*Champions"):
        segment_lookup(deps, SegmentQuery(segment="Whales"))
    with pytest.raises(ToolError, match=r"Unknown category 'kayaks'.*tents"):
        segment_lookup(deps, SegmentQuery(criteria=AudienceCriteria(categories_bought=["kayaks"])))
    with pytest.raises(ToolError, match="Unknown region"):
        segment_lookup(deps, SegmentQuery(criteria=AudienceCriteria(regions=["Mars"])))
    with pytest.raises(ToolError, match="greater than max"):
        segment_lookup(deps, SegmentQuery(criteria=AudienceCriteria(min_frequency=5, max_frequency=2)))
