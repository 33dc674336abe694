"""sales_summary: sales by product category or product over a period -- line revenue, orders, units, AOV and share
of revenue -- optionally for an audience, within or without some categories, and beside a second period. Plain
aggregates of the workspace's orders, order lines and products (attached read-only as ``src``); no customer ids."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from copilot.deps import Deps
from copilot.errors import ToolError
from copilot.tools.audience import audience_filter, vocabulary
from copilot.tools.condition_sql import attach_source
from copilot.tools.schema_sales import SalesQuery, SalesReport, SalesRow

_LINES = """
FROM src.orders o JOIN src.order_lines l ON l.order_id = o.order_id JOIN src.products p ON p.product_id = l.product_id
WHERE {where}
"""


def _filter(deps: Deps, query: SalesQuery, since: date | None, until: date | None) -> tuple[str, dict[str, Any]]:
    """The SQL condition on one order line (o, l, p) and its parameters."""
    parts: list[str] = ["TRUE"]
    params: dict[str, Any] = {}
    if since is not None:
        parts.append("o.order_ts >= $since")
        params["since"] = since
    if until is not None:  # inclusive: before the next day
        parts.append("o.order_ts < $until")
        params["until"] = until + timedelta(days=1)
    voc = vocabulary(deps)
    for key, cats, op in (("inc", query.categories, "IN"), ("exc", query.exclude_categories, "NOT IN")):
        if cats:
            params[key] = [voc.category(c) for c in cats]
            parts.append(f"p.category {op} (SELECT UNNEST(${key}))")
    if query.audience is not None and not query.audience.is_empty():
        where, more = audience_filter(deps, query.audience)
        parts.append(f"o.customer_id IN (SELECT c.customer_id FROM cust c WHERE {where})")
        params |= more
    return " AND ".join(parts), params


def _grouped(q: Any, deps: Deps, query: SalesQuery, since: date | None, until: date | None) -> tuple[dict[str, tuple[Any, ...]], tuple[float, int, int]]:
    """Per group (category slug or product id): (label, category, revenue, orders, units); and the totals."""
    where, params = _filter(deps, query, since, until)
    key, label = ("p.category", "p.category") if query.group_by == "category" else ("p.product_id", "ANY_VALUE(p.name)")
    rows = q.execute(
        f"SELECT {key}, {label}, ANY_VALUE(p.category), SUM(l.amount), COUNT(DISTINCT o.order_id), SUM(l.quantity)"
        + _LINES.format(where=where) + f" GROUP BY {key}", params).fetchall()
    tot = q.execute("SELECT COALESCE(SUM(l.amount), 0), COUNT(DISTINCT o.order_id), COALESCE(SUM(l.quantity), 0)"
                    + _LINES.format(where=where), params).fetchone()
    totals = (float(tot[0]), int(tot[1]), int(tot[2])) if tot else (0.0, 0, 0)
    return {str(r[0]): (str(r[1]), str(r[2]), float(r[3] or 0.0), int(r[4]), int(r[5] or 0)) for r in rows}, totals


def _change(now: float, before: float | None) -> float | None:
    return None if before is None or before <= 0 else now / before - 1.0


def sales_summary(deps: Deps, query: SalesQuery) -> SalesReport:
    """Sales by product category (or by product) over a period: revenue (order-line amounts), orders containing the
    group, units, AOV (the group's revenue per such order) and share of the period's revenue, top first; with
    `compare_since`/`compare_until` also each group's revenue in that second period and the change. Narrow with an
    `audience`, `categories` to include or `exclude_categories`, and `top_n`. Empty = by category, all orders.
    Use it for "sales by category last month vs the month before" or "top 10 products by revenue in November"."""
    for a, b, what in ((query.since, query.until, "since"), (query.compare_since, query.compare_until, "compare_since")):
        if a is not None and b is not None and a > b:
            raise ToolError(f"'{what}' ({a}) is after its end ({b}).")
    comparing = query.compare_since is not None or query.compare_until is not None
    with deps.artifacts.query() as q:
        attach_source(deps, q)
        now, totals = _grouped(q, deps, query, query.since, query.until)
        before, before_totals = _grouped(q, deps, query, query.compare_since, query.compare_until) if comparing else ({}, None)
        last = q.execute("SELECT CAST(MAX(order_ts) AS DATE) FROM src.orders").fetchone()
    revenue, orders, units = totals
    rows = [
        SalesRow(group=label, product_id=gid if query.group_by == "product" else None,
                 category=cat if query.group_by == "product" else None, revenue=rev, orders=n, units=u,
                 aov=rev / n if n else None, share=rev / revenue if revenue else 0.0,
                 compare_revenue=(before[gid][2] if gid in before else 0.0) if comparing else None,
                 change=_change(rev, before[gid][2] if gid in before else None) if comparing else None)
        for gid, (label, cat, rev, n, u) in now.items()]
    if query.group_by == "category" and comparing:  # a category sold only in the second period is still listed
        rows += [SalesRow(group=label, revenue=0.0, orders=0, units=0, aov=None, share=0.0, compare_revenue=rev, change=-1.0)
                 for gid, (label, _c, rev, _n, _u) in before.items() if gid not in now]
    rows.sort(key=lambda r: (-r.revenue, -(r.compare_revenue or 0.0), r.group))
    return SalesReport(
        group_by=query.group_by, since=query.since, until=query.until,
        compare_since=query.compare_since, compare_until=query.compare_until,
        rows=rows[: query.top_n] if query.top_n else rows,
        total_revenue=revenue, total_orders=orders, total_units=units, total_aov=revenue / orders if orders else None,
        compare_total_revenue=before_totals[0] if before_totals else None,
        compare_total_orders=before_totals[1] if before_totals else None,
        total_change=_change(revenue, before_totals[0]) if before_totals else None,
        audience=query.audience.describe() if query.audience is not None and not query.audience.is_empty() else "all customers",
        last_order=last[0] if last else None)
