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
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Literal

import duckdb
import pandas as pd

Dialect = Literal["duckdb", "spark"]

ANY_CATEGORY = "__any__"

#: The standard RFM segment map on (R score, FM score), FM = ceil((F + M) / 2), scores 1-5.
#: Evaluated top to bottom; every (R, FM) pair lands in exactly one segment.
RFM_SEGMENTS: list[tuple[str, str, str]] = [
    ("Champions", "r_score = 5 AND fm_score >= 4", "bought very recently, often and spend the most (R 5, FM 4-5)"),
    ("Loyal", "r_score >= 3 AND fm_score >= 4", "buy regularly and spend well (R 3-4, FM 4-5)"),
    ("Potential loyalists", "r_score >= 4 AND fm_score >= 2",
     "recent customers with average frequency and spend (R 4-5, FM 2-3)"),
    ("New customers", "r_score = 5 AND fm_score = 1", "first purchase very recently (R 5, FM 1)"),
    ("Promising", "r_score = 4 AND fm_score = 1", "recent one-off shoppers with low spend so far (R 4, FM 1)"),
    ("Need attention", "r_score = 3 AND fm_score = 3", "above-average customers who are cooling off (R 3, FM 3)"),
    ("About to sleep", "r_score = 3 AND fm_score <= 2", "below-average recency and frequency (R 3, FM 1-2)"),
    ("Can't lose them", "r_score <= 2 AND fm_score = 5",
     "used to buy often and spend the most, but not for a long time (R 1-2, FM 5)"),
    ("At risk", "r_score <= 2 AND fm_score >= 3", "spent well and often, long ago (R 1-2, FM 3-4)"),
    ("Hibernating", "NOT (r_score = 1 AND fm_score = 1)", "last purchase long ago, low frequency and spend "
     "(R 1-2, FM 1-2, except R 1 FM 1)"),
    ("Lost", "TRUE", "lowest recency, frequency and spend (R 1, FM 1)"),
]
PROSPECTS = "Prospects"
PROSPECTS_DEFINITION = "signed up but have not ordered yet"
SEGMENT_NAMES: list[str] = [s[0] for s in RFM_SEGMENTS] + [PROSPECTS]


def ts_literal(value: date | datetime) -> str:
    """A portable timestamp literal; a date means midnight at the start of that day."""
    if not isinstance(value, datetime):
        value = datetime.combine(value, time())
    return f"TIMESTAMP '{value.strftime('%Y-%m-%d %H:%M:%S')}'"


def days_between(start: str, end: str, dialect: Dialect = "duckdb") -> str:
    """SQL for whole calendar days from ``start`` to ``end`` (both timestamp expressions)."""
    if dialect == "spark":
        return f"datediff(CAST({end} AS DATE), CAST({start} AS DATE))"
    return f"date_diff('day', CAST({start} AS DATE), CAST({end} AS DATE))"


def _score(order_by: str) -> str:
    """Quintile score 1-5 from RANK(): ties share a score, no tie-break needed."""
    return f"CAST(1 + FLOOR(5.0 * (RANK() OVER (ORDER BY {order_by}) - 1) / COUNT(*) OVER ()) AS INTEGER)"


# ----------------------------------------------------------------------------------------------
# Customer features (RFM, value tier, activity windows, engagement)
# ----------------------------------------------------------------------------------------------


def customer_features_sql(as_of: date | datetime, *, dialect: Dialect = "duckdb",
                          customers_rel: str = "customers", horizon_days: int = 30) -> str:
    """One row per customer who signed up before ``as_of``: RFM scores and segment, value tier,
    activity in the last 90/365 days, campaign engagement, consent and region.

    ``horizon_days`` sets ``last_year_window_orders``: orders in the same calendar window a year
    earlier (``[as_of - 365d, as_of - 365d + horizon)``), a seasonality signal.
    """
    cut = ts_literal(as_of)
    base = as_of if isinstance(as_of, datetime) else datetime.combine(as_of, time())
    d90 = ts_literal(base - timedelta(days=90))
    d365 = ts_literal(base - timedelta(days=365))
    ly_end = ts_literal(base - timedelta(days=365 - horizon_days))
    recency = days_between("a.last_order_ts", cut, dialect)
    tenure = days_between("CAST(c.signup_date AS TIMESTAMP)", cut, dialect)
    seg_case = "CASE " + " ".join(f"WHEN {cond} THEN '{name.replace(chr(39), chr(39) * 2)}'"
                                  for name, cond, _ in RFM_SEGMENTS) + " END"
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
        {_score("a.last_order_ts")} AS r_score,
        {_score("a.frequency")} AS f_score,
        {_score("a.monetary")} AS m_score,
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


def customer_features(con: duckdb.DuckDBPyConnection, as_of: date | datetime, *,
                      customers_rel: str = "customers", horizon_days: int = 30) -> pd.DataFrame:
    """Run :func:`customer_features_sql` (one row per customer, ordered by customer_id)."""
    return con.execute(customer_features_sql(as_of, customers_rel=customers_rel,
                                             horizon_days=horizon_days)).df()


def rfm_features(con: duckdb.DuckDBPyConnection, as_of: date | datetime) -> pd.DataFrame:
    """RFM columns only: customer_id, recency_days, frequency, monetary, r/f/m/fm scores, segment."""
    df = customer_features(con, as_of)
    cols = ["customer_id", "recency_days", "frequency", "monetary", "r_score", "f_score", "m_score",
            "fm_score", "rfm_segment", "value_tier"]
    return df[cols]


# ----------------------------------------------------------------------------------------------
# Customer x category
# ----------------------------------------------------------------------------------------------


def customer_categories_sql(as_of: date | datetime, *, dialect: Dialect = "duckdb",
                            customers_rel: str = "customers") -> str:
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


def customer_categories(con: duckdb.DuckDBPyConnection, as_of: date | datetime, *,
                        customers_rel: str = "customers") -> pd.DataFrame:
    return con.execute(customer_categories_sql(as_of, customers_rel=customers_rel)).df()


# ----------------------------------------------------------------------------------------------
# Propensity rows: customer x (category | any) with a time cut-off and an optional label
# ----------------------------------------------------------------------------------------------

#: Customer-level model features (columns of customer_features_sql).
CUSTOMER_MODEL_FEATURES: list[str] = [
    "recency_days", "frequency", "monetary", "aov", "tenure_days", "orders_90d", "orders_365d", "spend_365d",
    "last_year_window_orders", "n_categories", "touches_90d", "clicks_90d", "campaign_conversions_365d",
    "consent_email", "consent_sms", "consent_push",
]
#: Customer x category model features.
CATEGORY_MODEL_FEATURES: list[str] = [
    "cat_orders", "cat_spend", "cat_recency_days", "cat_share", "cat_popularity", "cat_season_index",
]
MODEL_FEATURES: list[str] = CUSTOMER_MODEL_FEATURES + CATEGORY_MODEL_FEATURES
#: Features whose value is the same for every customer (excluded from per-audience drivers).
CONSTANT_PER_CATEGORY: set[str] = {"cat_popularity", "cat_season_index"}

FEATURE_LABELS: dict[str, str] = {
    "recency_days": "days since last order",
    "frequency": "number of orders",
    "monetary": "lifetime spend",
    "aov": "average order value",
    "tenure_days": "days since sign-up",
    "orders_90d": "orders in the last 90 days",
    "orders_365d": "orders in the last year",
    "spend_365d": "spend in the last year",
    "last_year_window_orders": "orders in the same season last year",
    "n_categories": "number of categories bought",
    "touches_90d": "campaign messages received in 90 days",
    "clicks_90d": "campaign clicks in 90 days",
    "campaign_conversions_365d": "campaign conversions in the last year",
    "consent_email": "email opt-in",
    "consent_sms": "SMS opt-in",
    "consent_push": "push opt-in",
    "cat_orders": "orders in the category",
    "cat_spend": "spend in the category",
    "cat_recency_days": "days since last purchase in the category",
    "cat_share": "share of spend in the category",
    "cat_popularity": "category's share of recent orders",
    "cat_season_index": "category seasonality for the window",
    "category": "product category",
}


def propensity_rows_sql(cutoff: date | datetime, horizon_days: int, *, categories: list[str],
                        with_label: bool, dialect: Dialect = "duckdb",
                        customers_rel: str = "customers") -> str:
    """Model rows for a cut-off: one per (customer, category) for each of ``categories``
    (use :data:`ANY_CATEGORY` for "any purchase"). Features use events before ``cutoff``;
    with ``with_label``, ``label`` = 1 if the customer bought in the category (any order for
    ``ANY_CATEGORY``) in ``[cutoff, cutoff + horizon)``.
    """
    base = cutoff if isinstance(cutoff, datetime) else datetime.combine(cutoff, time())
    cut = ts_literal(base)
    end = ts_literal(base + timedelta(days=horizon_days))
    y0 = ts_literal(base - timedelta(days=365))
    y0_end = ts_literal(base - timedelta(days=365 - horizon_days))
    cat_list = ", ".join("('" + c.replace("'", "''") + "')" for c in categories)
    feats = customer_features_sql(base, dialect=dialect, customers_rel=customers_rel, horizon_days=horizon_days)
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


def propensity_rows(con: duckdb.DuckDBPyConnection, cutoff: date | datetime, horizon_days: int, *,
                    categories: list[str], with_label: bool, customers_rel: str = "customers") -> pd.DataFrame:
    return con.execute(propensity_rows_sql(cutoff, horizon_days, categories=categories, with_label=with_label,
                                           customers_rel=customers_rel)).df()


# ----------------------------------------------------------------------------------------------
# Interactions (recommendations) and channel aggregates
# ----------------------------------------------------------------------------------------------


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

        raise MissingArtifactError("The workspace has no orders.", hint="Import orders with `copilot data import`.")
    last: datetime = row[0]
    return last.date() + timedelta(days=1)
