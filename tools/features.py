"""Feature SQL: every feature the tools' models use, in one place.

The SQL is plain and portable so the Spark backend (``copilot.scale``) can run the same text and
assert identical features:

* time cut-offs are inlined as ``TIMESTAMP 'YYYY-MM-DD HH:MM:SS'`` literals computed in Python
  (no engine-specific interval arithmetic); events strictly before the cut-off count;
* the only dialect difference, whole days between two timestamps, goes through
  :func:`days_between` (``dialect="duckdb"`` or ``"spark"``);
* quantile scores use ``RANK()`` (ties get the same score, so no tie-break is needed) and
  ``FLOOR(5.0 * (rank - 1) / n)``; other windows order by ``customer_id`` last;
* the tables named are those of the data contract (``copilot.data.contract``); the customer set
  can be swapped for a sample relation with ``customers_rel``.

Functions return pandas DataFrames from a DuckDB connection; ``*_sql`` functions return the text.

The portable pieces are in :mod:`copilot.tools.sql_portable`, the model features' names and labels in
:mod:`copilot.tools.feature_names`, the RFM segment map in :mod:`copilot.tools.rfm_segments`, the
event aggregates (purchase matrix, channel funnel, as-of date) in :mod:`copilot.tools.event_aggregates`;
every name stays importable from here.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import duckdb
import pandas as pd

from copilot.tools.event_aggregates import channel_aggregates_sql, data_as_of, interactions, interactions_sql
from copilot.tools.feature_names import (
    CATEGORY_MODEL_FEATURES,
    CONSTANT_PER_CATEGORY,
    CUSTOMER_MODEL_FEATURES,
    FEATURE_LABELS,
    MODEL_FEATURES,
)
from copilot.tools.rfm_segments import PROSPECTS, PROSPECTS_DEFINITION, RFM_SEGMENTS, SEGMENT_NAMES
from copilot.tools.sql_portable import Dialect, days_between, quintile_score, ts_literal

__all__ = [
    "ANY_CATEGORY",
    "CATEGORY_MODEL_FEATURES",
    "CONSTANT_PER_CATEGORY",
    "CUSTOMER_MODEL_FEATURES",
    "FEATURE_LABELS",
    "MODEL_FEATURES",
    "PROSPECTS",
    "PROSPECTS_DEFINITION",
    "RFM_SEGMENTS",
    "SEGMENT_NAMES",
    "Dialect",
    "channel_aggregates_sql",
    "customer_categories",
    "customer_categories_sql",
    "customer_features",
    "customer_features_sql",
    "data_as_of",
    "days_between",
    "interactions",
    "interactions_sql",
    "propensity_rows",
    "propensity_rows_sql",
    "rfm_features",
    "ts_literal",
]

ANY_CATEGORY = "__any__"


# ----------------------------------------------------------------------------------------------
# Customer features (RFM, value tier, activity windows, engagement)
# ----------------------------------------------------------------------------------------------


def customer_features_sql(
    as_of: date | datetime,
    *,
    dialect: Dialect = "duckdb",
    customers_rel: str = "customers",
    horizon_days: int = 30,
) -> str:
    """One row per customer who signed up before ``as_of``: RFM scores and segment, value tier,
    activity in the last 90/365 days, campaign engagement, consent and region.

    ``horizon_days`` sets ``last_year_window_orders``: orders in the same calendar window a year
    earlier (``[as_of - 365d, as_of - 365d + horizon)``), a seasonality signal.

    Size: one SQL statement whose CTEs read top to bottom; split, the query could not be read whole.
    """
    cut = ts_literal(as_of)
    base = as_of if isinstance(as_of, datetime) else datetime.combine(as_of, time())
    d90 = ts_literal(base - timedelta(days=90))
    d365 = ts_literal(base - timedelta(days=365))
    ly_end = ts_literal(base - timedelta(days=365 - horizon_days))
    recency = days_between("a.last_order_ts", cut, dialect)
    tenure = days_between("CAST(c.signup_date AS TIMESTAMP)", cut, dialect)
    seg_case = (
        "CASE "
        + " ".join(
            f"WHEN {cond} THEN '{name.replace(chr(39), chr(39) * 2)}'" for name, cond, _ in RFM_SEGMENTS
        )
        + " END"
    )
    return f"""
WITH cust AS (
    SELECT customer_id, signup_date, region, consent_email, consent_sms, consent_push
    FROM {customers_rel}
    WHERE CAST(signup_date AS TIMESTAMP) < {cut}
),
o AS (
    SELECT customer_id, order_ts, amount FROM orders
    WHERE order_ts < {cut} AND customer_id IN (SELECT customer_id FROM cust)
),
agg AS (
    SELECT
        customer_id,
        COUNT(*) AS frequency,
        SUM(amount) AS monetary,
        MIN(order_ts) AS first_order_ts,
        MAX(order_ts) AS last_order_ts,
        SUM(CASE WHEN order_ts >= {d90} THEN 1 ELSE 0 END) AS orders_90d,
        SUM(CASE WHEN order_ts >= {d365} THEN 1 ELSE 0 END) AS orders_365d,
        SUM(CASE WHEN order_ts >= {d365} THEN amount ELSE 0 END) AS spend_365d,
        SUM(CASE WHEN order_ts >= {d365} AND order_ts < {ly_end} THEN 1 ELSE 0 END) AS last_year_window_orders
    FROM o
    GROUP BY customer_id
),
cats AS (
    SELECT o2.customer_id, COUNT(DISTINCT p.category) AS n_categories
    FROM orders o2
    JOIN order_lines l ON l.order_id = o2.order_id
    JOIN products p ON p.product_id = l.product_id
    WHERE o2.order_ts < {cut} AND o2.customer_id IN (SELECT customer_id FROM cust)
    GROUP BY o2.customer_id
),
eng AS (
    SELECT
        customer_id,
        SUM(CASE WHEN sent_ts >= {d90} THEN 1 ELSE 0 END) AS touches_90d,
        SUM(CASE WHEN sent_ts >= {d90} AND clicked_ts IS NOT NULL AND clicked_ts < {cut} THEN 1 ELSE 0 END)
            AS clicks_90d,
        SUM(CASE WHEN sent_ts >= {d365} AND converted_ts IS NOT NULL AND converted_ts < {cut} THEN 1 ELSE 0 END)
            AS campaign_conversions_365d
    FROM touches
    WHERE sent_ts < {cut} AND customer_id IN (SELECT customer_id FROM cust)
    GROUP BY customer_id
),
buyers AS (
    SELECT
        a.*,
        {recency} AS recency_days,
        {quintile_score("a.last_order_ts")} AS r_score,
        {quintile_score("a.frequency")} AS f_score,
        {quintile_score("a.monetary")} AS m_score,
        1.0 * (RANK() OVER (ORDER BY a.monetary DESC) - 1) / COUNT(*) OVER () AS spend_rank_share
    FROM agg a
),
scored AS (
    SELECT
        b.*,
        CAST(FLOOR((b.f_score + b.m_score + 1) / 2.0) AS INTEGER) AS fm_score
    FROM buyers b
)
SELECT
    c.customer_id,
    c.region,
    CAST(c.consent_email AS INTEGER) AS consent_email,
    CAST(c.consent_sms AS INTEGER) AS consent_sms,
    CAST(c.consent_push AS INTEGER) AS consent_push,
    {tenure} AS tenure_days,
    COALESCE(s.frequency, 0) AS frequency,
    COALESCE(s.monetary, 0.0) AS monetary,
    CASE WHEN s.frequency > 0 THEN s.monetary / s.frequency ELSE NULL END AS aov,
    s.recency_days,
    s.first_order_ts,
    s.last_order_ts,
    COALESCE(s.orders_90d, 0) AS orders_90d,
    COALESCE(s.orders_365d, 0) AS orders_365d,
    COALESCE(s.spend_365d, 0.0) AS spend_365d,
    COALESCE(s.last_year_window_orders, 0) AS last_year_window_orders,
    COALESCE(k.n_categories, 0) AS n_categories,
    COALESCE(e.touches_90d, 0) AS touches_90d,
    COALESCE(e.clicks_90d, 0) AS clicks_90d,
    COALESCE(e.campaign_conversions_365d, 0) AS campaign_conversions_365d,
    s.r_score,
    s.f_score,
    s.m_score,
    s.fm_score,
    CASE WHEN s.frequency IS NULL THEN '{PROSPECTS}' ELSE {seg_case} END AS rfm_segment,
    CASE
        WHEN s.frequency IS NULL THEN 'low'
        WHEN s.spend_rank_share < 0.2 THEN 'high'
        WHEN s.spend_rank_share < 0.5 THEN 'mid'
        ELSE 'low'
    END AS value_tier
FROM cust c
LEFT JOIN scored s ON s.customer_id = c.customer_id
LEFT JOIN cats k ON k.customer_id = c.customer_id
LEFT JOIN eng e ON e.customer_id = c.customer_id
ORDER BY c.customer_id
"""


def customer_features(
    con: duckdb.DuckDBPyConnection,
    as_of: date | datetime,
    *,
    customers_rel: str = "customers",
    horizon_days: int = 30,
) -> pd.DataFrame:
    """Run :func:`customer_features_sql` (one row per customer, ordered by customer_id)."""
    return con.execute(
        customer_features_sql(as_of, customers_rel=customers_rel, horizon_days=horizon_days)
    ).df()


def rfm_features(con: duckdb.DuckDBPyConnection, as_of: date | datetime) -> pd.DataFrame:
    """RFM columns only: customer_id, recency_days, frequency, monetary, r/f/m/fm scores, segment."""
    df = customer_features(con, as_of)
    cols = [
        "customer_id",
        "recency_days",
        "frequency",
        "monetary",
        "r_score",
        "f_score",
        "m_score",
        "fm_score",
        "rfm_segment",
        "value_tier",
    ]
    return df[cols]


# ----------------------------------------------------------------------------------------------
# Customer x category
# ----------------------------------------------------------------------------------------------


def customer_categories_sql(
    as_of: date | datetime, *, dialect: Dialect = "duckdb", customers_rel: str = "customers"
) -> str:
    """One row per (customer, category) bought before ``as_of``: orders, spend, recency."""
    cut = ts_literal(as_of)
    rec = days_between("MAX(o.order_ts)", cut, dialect)
    return f"""
SELECT
    o.customer_id,
    p.category,
    COUNT(DISTINCT o.order_id) AS cat_orders,
    SUM(l.amount) AS cat_spend,
    {rec} AS cat_recency_days
FROM orders o
JOIN order_lines l ON l.order_id = o.order_id
JOIN products p ON p.product_id = l.product_id
JOIN {customers_rel} c ON c.customer_id = o.customer_id
WHERE o.order_ts < {cut}
GROUP BY o.customer_id, p.category
ORDER BY o.customer_id, p.category
"""


def customer_categories(
    con: duckdb.DuckDBPyConnection, as_of: date | datetime, *, customers_rel: str = "customers"
) -> pd.DataFrame:
    return con.execute(customer_categories_sql(as_of, customers_rel=customers_rel)).df()


# ----------------------------------------------------------------------------------------------
# Propensity rows: customer x (category | any) with a time cut-off and an optional label
# ----------------------------------------------------------------------------------------------


def propensity_rows_sql(
    cutoff: date | datetime,
    horizon_days: int,
    *,
    categories: list[str],
    with_label: bool,
    dialect: Dialect = "duckdb",
    customers_rel: str = "customers",
) -> str:
    """Model rows for a cut-off: one per (customer, category) for each of ``categories``
    (use :data:`ANY_CATEGORY` for "any purchase"). Features use events before ``cutoff``;
    with ``with_label``, ``label`` = 1 if the customer bought in the category (any order for
    ``ANY_CATEGORY``) in ``[cutoff, cutoff + horizon)``.

    Size: one SQL statement whose CTEs read top to bottom; split, the query could not be read whole.
    """
    base = cutoff if isinstance(cutoff, datetime) else datetime.combine(cutoff, time())
    cut = ts_literal(base)
    end = ts_literal(base + timedelta(days=horizon_days))
    y0 = ts_literal(base - timedelta(days=365))
    y0_end = ts_literal(base - timedelta(days=365 - horizon_days))
    cat_list = ", ".join("('" + c.replace("'", "''") + "')" for c in categories)
    feats = customer_features_sql(
        base, dialect=dialect, customers_rel=customers_rel, horizon_days=horizon_days
    )
    catfeats = customer_categories_sql(base, dialect=dialect, customers_rel=customers_rel)
    label_cte = ""
    label_col = ""
    label_join = ""
    if with_label:
        label_cte = f""",
future AS (
    SELECT DISTINCT o.customer_id, p.category
    FROM orders o
    JOIN order_lines l ON l.order_id = o.order_id
    JOIN products p ON p.product_id = l.product_id
    WHERE o.order_ts >= {cut} AND o.order_ts < {end} AND o.customer_id IN (SELECT customer_id FROM {customers_rel})
    UNION ALL
    SELECT DISTINCT customer_id, '{ANY_CATEGORY}' AS category
    FROM orders
    WHERE order_ts >= {cut} AND order_ts < {end} AND customer_id IN (SELECT customer_id FROM {customers_rel})
)"""
        label_col = ",\n    CASE WHEN fu.customer_id IS NULL THEN 0 ELSE 1 END AS label"
        label_join = "LEFT JOIN future fu ON fu.customer_id = f.customer_id AND fu.category = k.category"
    return f"""
WITH f AS ({feats}),
cc AS ({catfeats}),
k AS (SELECT * FROM (VALUES {cat_list}) AS t(category)),
cat_year AS (
    SELECT p.category,
           COUNT(DISTINCT o.order_id) AS n_year,
           COUNT(DISTINCT CASE WHEN o.order_ts < {y0_end} THEN o.order_id END) AS n_window
    FROM orders o
    JOIN order_lines l ON l.order_id = o.order_id
    JOIN products p ON p.product_id = l.product_id
    WHERE o.order_ts >= {y0} AND o.order_ts < {cut}
    GROUP BY p.category
    UNION ALL
    SELECT '{ANY_CATEGORY}' AS category,
           COUNT(*) AS n_year,
           SUM(CASE WHEN order_ts < {y0_end} THEN 1 ELSE 0 END) AS n_window
    FROM orders
    WHERE order_ts >= {y0} AND order_ts < {cut}
),
cat_stats AS (
    SELECT category,
           1.0 * n_year / NULLIF((SELECT n_year FROM cat_year WHERE category = '{ANY_CATEGORY}'), 0)
               AS cat_popularity,
           CASE WHEN n_year > 0 THEN (1.0 * n_window / n_year) * (365.0 / {horizon_days}) ELSE NULL END
               AS cat_season_index
    FROM cat_year
){label_cte}
SELECT
    f.customer_id,
    k.category,
    {", ".join("f." + c for c in CUSTOMER_MODEL_FEATURES)},
    CASE WHEN k.category = '{ANY_CATEGORY}' THEN f.frequency ELSE COALESCE(cc.cat_orders, 0) END AS cat_orders,
    CASE WHEN k.category = '{ANY_CATEGORY}' THEN f.monetary ELSE COALESCE(cc.cat_spend, 0.0) END AS cat_spend,
    CASE WHEN k.category = '{ANY_CATEGORY}' THEN f.recency_days ELSE cc.cat_recency_days END AS cat_recency_days,
    CASE
        WHEN k.category = '{ANY_CATEGORY}' THEN CASE WHEN f.frequency > 0 THEN 1.0 ELSE 0.0 END
        WHEN f.monetary > 0 THEN COALESCE(cc.cat_spend, 0.0) / f.monetary
        ELSE 0.0
    END AS cat_share,
    COALESCE(cs.cat_popularity, 0.0) AS cat_popularity,
    cs.cat_season_index{label_col}
FROM f
CROSS JOIN k
LEFT JOIN cc ON cc.customer_id = f.customer_id AND cc.category = k.category
LEFT JOIN cat_stats cs ON cs.category = k.category
{label_join}
ORDER BY k.category, f.customer_id
"""


def propensity_rows(
    con: duckdb.DuckDBPyConnection,
    cutoff: date | datetime,
    horizon_days: int,
    *,
    categories: list[str],
    with_label: bool,
    customers_rel: str = "customers",
) -> pd.DataFrame:
    return con.execute(
        propensity_rows_sql(
            cutoff, horizon_days, categories=categories, with_label=with_label, customers_rel=customers_rel
        )
    ).df()
