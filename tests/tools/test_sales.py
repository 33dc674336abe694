"""sales_summary on the small trained demo workspace: every figure equals a direct SQL over orders, order lines and
products; the period, the second period, the categories left out, top_n and the audience narrow it."""

from __future__ import annotations

from datetime import date, timedelta

import duckdb
import pytest

from copilot.deps import Deps
from copilot.errors import ToolError
from copilot.tools.registry import tool, tools
from copilot.tools.sales import sales_summary
from copilot.tools.schemas import AudienceCriteria, SalesQuery

_SQL = """SELECT {key}, SUM(l.amount), COUNT(DISTINCT o.order_id), SUM(l.quantity)
FROM orders o JOIN order_lines l ON l.order_id = o.order_id JOIN products p ON p.product_id = l.product_id
WHERE o.order_ts >= ? AND o.order_ts < ? {more} GROUP BY 1"""


def _direct(db: duckdb.DuckDBPyConnection, since: date, until: date, key: str = "p.category", more: str = "") -> dict[str, tuple[float, int, int]]:
    rows = db.execute(_SQL.format(key=key, more=more), [since, until + timedelta(days=1)]).fetchall()
    return {str(r[0]): (float(r[1]), int(r[2]), int(r[3])) for r in rows}


def _months(db: duckdb.DuckDBPyConnection) -> tuple[tuple[date, date], tuple[date, date]]:
    """The data's last full month before its last order's month, and the month before that."""
    row = db.execute("SELECT CAST(MAX(order_ts) AS DATE) FROM orders").fetchone()
    assert row is not None
    first = row[0].replace(day=1)
    m1_end = first - timedelta(days=1)
    m1 = (m1_end.replace(day=1), m1_end)
    m0_end = m1[0] - timedelta(days=1)
    return m1, (m0_end.replace(day=1), m0_end)


def test_registered_once_for_the_agent() -> None:
    assert [t.name for t in tools()].count("sales_summary") == 1 and tool("sales_summary").agent


def test_by_category_equals_direct_sql_for_a_period(deps: Deps, db: duckdb.DuckDBPyConnection) -> None:
    (since, until), _ = _months(db)
    rep = sales_summary(deps, SalesQuery(since=since, until=until))
    want = _direct(db, since, until)
    assert {r.group for r in rep.rows} == set(want)
    for r in rep.rows:
        rev, n, units = want[r.group]
        assert r.revenue == pytest.approx(rev) and r.orders == n and r.units == units
        assert r.aov == pytest.approx(rev / n) and r.share == pytest.approx(rev / rep.total_revenue)
    assert rep.total_revenue == pytest.approx(sum(v[0] for v in want.values()))
    row = db.execute("SELECT COUNT(*) FROM orders WHERE order_ts >= ? AND order_ts < ?", [since, until + timedelta(days=1)]).fetchone()
    assert row is not None and rep.total_orders == row[0]
    assert [r.revenue for r in rep.rows] == sorted((r.revenue for r in rep.rows), reverse=True)
    assert rep.last_order is not None and rep.last_order >= until
    assert "sales by category" in rep.summary()


def test_the_period_filters_and_no_period_is_all_data(deps: Deps, db: duckdb.DuckDBPyConnection) -> None:
    (since, until), _ = _months(db)
    whole = sales_summary(deps, SalesQuery())
    month = sales_summary(deps, SalesQuery(since=since, until=until))
    row = db.execute("SELECT SUM(amount) FROM order_lines").fetchone()
    assert row is not None and whole.total_revenue == pytest.approx(row[0])
    assert 0 < month.total_revenue < whole.total_revenue


def test_compare_period_gives_both_revenues_and_the_change(deps: Deps, db: duckdb.DuckDBPyConnection) -> None:
    (since, until), (b_since, b_until) = _months(db)
    rep = sales_summary(deps, SalesQuery(since=since, until=until, compare_since=b_since, compare_until=b_until))
    before = _direct(db, b_since, b_until)
    for r in rep.rows:
        base = before.get(r.group, (0.0, 0, 0))[0]
        assert r.compare_revenue == pytest.approx(base)
        if base > 0:
            assert r.change == pytest.approx(r.revenue / base - 1)
    assert rep.compare_total_revenue == pytest.approx(sum(v[0] for v in before.values()))
    assert rep.total_change == pytest.approx(rep.total_revenue / rep.compare_total_revenue - 1)


def test_top_products_excluding_a_category(deps: Deps, db: duckdb.DuckDBPyConnection) -> None:
    (since, until), _ = _months(db)
    rep = sales_summary(deps, SalesQuery(since=since, until=until, group_by="product", exclude_categories=["accessories"], top_n=5))
    want = _direct(db, since, until, key="p.product_id", more="AND p.category <> 'accessories'")
    top = sorted(want.items(), key=lambda kv: -kv[1][0])[:5]
    assert [r.product_id for r in rep.rows] == [k for k, _ in top]
    assert all(r.category != "accessories" for r in rep.rows) and len(rep.rows) == 5
    assert rep.total_revenue == pytest.approx(sum(v[0] for v in want.values()))


def test_included_categories_and_an_audience(deps: Deps, db: duckdb.DuckDBPyConnection) -> None:
    rep = sales_summary(deps, SalesQuery(categories=["tents", "socks"]))
    assert {r.group for r in rep.rows} <= {"tents", "socks"}
    champs = sales_summary(deps, SalesQuery(audience=AudienceCriteria(segment="Champions")))
    assert 0 < champs.total_revenue < sales_summary(deps, SalesQuery()).total_revenue
    assert champs.audience == "segment 'Champions'"


def test_bad_arguments_are_said(deps: Deps) -> None:
    with pytest.raises(ToolError):
        sales_summary(deps, SalesQuery(since=date(2025, 3, 1), until=date(2025, 2, 1)))
    with pytest.raises(ToolError):
        sales_summary(deps, SalesQuery(exclude_categories=["kayaks"]))
