"""The propensity model's features by name: customer-level and customer x category columns of the
feature SQL, the ones constant per category, and each feature's label as a marketer reads it.
"""

from __future__ import annotations

#: Customer-level model features (columns of customer_features_sql).
CUSTOMER_MODEL_FEATURES: list[str] = [
    "recency_days",
    "frequency",
    "monetary",
    "aov",
    "tenure_days",
    "orders_90d",
    "orders_365d",
    "spend_365d",
    "last_year_window_orders",
    "n_categories",
    "touches_90d",
    "clicks_90d",
    "campaign_conversions_365d",
    "consent_email",
    "consent_sms",
    "consent_push",
]
#: Customer x category model features.
CATEGORY_MODEL_FEATURES: list[str] = [
    "cat_orders",
    "cat_spend",
    "cat_recency_days",
    "cat_share",
    "cat_popularity",
    "cat_season_index",
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
