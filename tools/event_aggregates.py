"""Event aggregates over the workspace's tables: the customer x product purchase matrix (for the
recommender), per-channel funnel counts over ``touches``, and the analytics as-of date (the day
after the last order). Portable SQL like :mod:`copilot.tools.features`.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import duckdb
import pandas as pd

from copilot.tools.sql_portable import Dialect, ts_literal


def interactions_sql(as_of: date | datetime) -> str:
    """Customer x product purchase counts before ``as_of`` (the implicit-feedback matrix)."""
    cut = ts_literal(as_of)
    return f"""
SELECT o.customer_id, l.product_id,
       COUNT(DISTINCT o.order_id) AS n_orders,
       SUM(l.quantity) AS quantity,
       MAX(o.order_ts) AS last_ts
FROM orders o
JOIN order_lines l ON l.order_id = o.order_id
WHERE o.order_ts < {cut}
GROUP BY o.customer_id, l.product_id
ORDER BY o.customer_id, l.product_id
"""


def interactions(con: duckdb.DuckDBPyConnection, as_of: date | datetime) -> pd.DataFrame:
    return con.execute(interactions_sql(as_of)).df()


def channel_aggregates_sql(*, where: str = "TRUE", dialect: Dialect = "duckdb") -> str:
    """Per-channel funnel counts over ``touches`` (alias ``t``) filtered by ``where``."""
    return f"""
SELECT
    t.channel,
    COUNT(DISTINCT t.campaign_id) AS campaigns,
    COUNT(*) AS sends,
    COUNT(t.delivered_ts) AS delivered,
    COUNT(t.opened_ts) AS opened,
    COUNT(t.clicked_ts) AS clicked,
    COUNT(t.converted_ts) AS converted,
    COALESCE(SUM(t.revenue), 0.0) AS revenue,
    COALESCE(SUM(t.revenue * t.revenue), 0.0) AS revenue_sq,
    SUM(CASE WHEN t.unsubscribed THEN 1 ELSE 0 END) AS unsubscribed
FROM touches t
WHERE {where}
GROUP BY t.channel
ORDER BY t.channel
"""


def data_as_of(con: duckdb.DuckDBPyConnection) -> date:
    """The analytics date: the day after the last order (today's date is never used)."""
    row = con.execute("SELECT MAX(order_ts) FROM orders").fetchone()
    if row is None or row[0] is None:
        from copilot.errors import MissingArtifactError

        raise MissingArtifactError(
            "The workspace has no orders.", hint="Import orders with `copilot data import`."
        )
    last: datetime = row[0]
    return last.date() + timedelta(days=1)
