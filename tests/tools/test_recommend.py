"""recommend_products on the small trained demo workspace."""

from __future__ import annotations

import duckdb
import pytest

from copilot.deps import Deps
from copilot.errors import ToolError
from copilot.tools.recommend import recommend_products
from copilot.tools.schemas import AudienceCriteria, RecommendQuery


def _customers(deps: Deps, n: int, min_orders: int = 3) -> list[tuple[str, str]]:
    with deps.artifacts.query() as q:
        return [(str(a), str(b)) for a, b in q.execute(
            "SELECT customer_id, pseudonym FROM cust WHERE frequency >= ? ORDER BY customer_id LIMIT ?",
            [min_orders, n]).fetchall()]


def _bought(db: duckdb.DuckDBPyConnection, customer_id: str) -> tuple[set[str], set[str]]:
    rows = db.execute("""SELECT DISTINCT l.product_id, p.category FROM orders o JOIN order_lines l USING (order_id)
                         JOIN products p USING (product_id) WHERE o.customer_id = ?""", [customer_id]).fetchall()
    return {r[0] for r in rows}, {r[1] for r in rows}


def test_for_a_customer_excludes_bought_items_and_explains(deps: Deps, db: duckdb.DuckDBPyConnection) -> None:
    """With include_purchased=False (buy-again off: see test_recommend_repeat.py for the blend)."""
    in_bought_categories = 0
    total = 0
    for cid, pseudo in _customers(deps, 20):
        recs = recommend_products(deps, RecommendQuery(customer_id=pseudo, k=5, include_purchased=False))
        products, categories = _bought(db, cid)
        assert recs.for_customer == pseudo and recs.audience_size == 1
        assert len(recs.items) == 5
        assert not {i.product_id for i in recs.items} & products
        assert all(i.reason.startswith("because you bought ") and i.kind == "discover" for i in recs.items)
        assert recs.history
        in_bought_categories += sum(i.category in categories for i in recs.items)
        total += len(recs.items)
    # category affinity: most picks are in categories the customer already buys
    # (a random pick from 15 categories would hit their categories far less often)
    assert in_bought_categories / total > 0.5


def test_customer_accepts_own_id_and_category_filter(deps: Deps) -> None:
    cid, pseudo = _customers(deps, 1)[0]
    recs = recommend_products(deps, RecommendQuery(customer_id=cid, category="socks", k=3))
    assert recs.for_customer == pseudo
    assert [i.category for i in recs.items] == ["socks"] * 3


def test_for_a_segment(deps: Deps) -> None:
    recs = recommend_products(deps, RecommendQuery(audience=AudienceCriteria(segment="Loyal"), k=5))
    assert recs.for_customer is None and recs.audience_size > 10
    assert len(recs.items) == 5
    assert all("similar customers" in i.reason or "not yet bought" in i.reason for i in recs.items)
    scores = [i.score for i in recs.items]
    assert scores == sorted(scores, reverse=True)


def test_customers_without_history_get_best_sellers(deps: Deps) -> None:
    recs = recommend_products(deps, RecommendQuery(audience=AudienceCriteria(segment="Prospects")))
    assert recs.method == "popular"


def test_errors(deps: Deps) -> None:
    with pytest.raises(ToolError, match="Unknown customer"):
        recommend_products(deps, RecommendQuery(customer_id="cus_0000000000"))
    with pytest.raises(ToolError, match="either customer_id or audience"):
        recommend_products(deps, RecommendQuery(customer_id="cus_0000000000",
                                                audience=AudienceCriteria(segment="Loyal")))
