"""segment_lookup: RFM segments, behavioural clusters and ad-hoc audience counts."""

from __future__ import annotations

from typing import Any

import pandas as pd

from copilot.deps import Deps
from copilot.tools.audience import audience_filter, materialized, vocabulary
from copilot.tools.features import PROSPECTS, PROSPECTS_DEFINITION, RFM_SEGMENTS
from copilot.tools.schemas import AudienceCriteria, Channel, SegmentQuery, SegmentReport, SegmentSummary
from copilot.tools.ui_tables import custcat_table

_RFM_DEFINITIONS = {name: definition for name, _, definition in RFM_SEGMENTS} | {
    PROSPECTS: PROSPECTS_DEFINITION
}


def _summaries(deps: Deps, group_sql: str, where: str, params: dict[str, Any]) -> pd.DataFrame:
    sql = f"""
WITH a AS (SELECT {group_sql} AS grp, c.* FROM cust c WHERE {where})
SELECT grp,
       COUNT(*) AS size,
       COALESCE(SUM(monetary), 0) AS revenue,
       COALESCE(SUM(frequency), 0) AS orders,
       MEDIAN(recency_days) AS median_recency,
       AVG(frequency) AS avg_frequency,
       SUM(consent_email) AS email, SUM(consent_sms) AS sms, SUM(consent_push) AS push
FROM a WHERE grp IS NOT NULL GROUP BY grp
"""
    history = custcat_table(deps)  # custcat by integer keys (codes in category order): the same rows
    cat_sql = f"""
WITH a AS (SELECT {group_sql} AS grp, c.user_index AS ui FROM cust c WHERE {where})
SELECT a.grp, k.cat, SUM(k.cat_spend) AS spend
FROM a JOIN {history.name} k ON k.ui = a.ui
WHERE a.grp IS NOT NULL
GROUP BY a.grp, k.cat
ORDER BY a.grp, spend DESC, k.cat
"""
    with deps.artifacts.query() as q:
        df = q.execute(sql, params).df()
        cats = q.execute(cat_sql, params).df()
    cats["category"] = [history.names[int(code)] for code in cats["cat"]]
    top = cats.groupby("grp")["category"].apply(lambda s: [str(x) for x in s.head(3)]).to_dict()
    df["top_categories"] = df["grp"].map(lambda g: top.get(g, []))
    return df


def _to_summary(row: Any, kind: str, definition: str, total: int, total_revenue: float) -> SegmentSummary:
    size = int(row.size)
    reach: dict[Channel, int] = {
        "email": int(row.email or 0),
        "sms": int(row.sms or 0),
        "push": int(row.push or 0),
        "paid_social": size,
    }
    med = None if pd.isna(row.median_recency) else float(row.median_recency)
    revenue = float(row.revenue)
    return SegmentSummary(
        name=str(row.grp),
        kind=kind,
        definition=definition,
        size=size,
        share=round(size / total, 6) if total else 0.0,
        revenue=round(revenue, 2),
        revenue_share=round(revenue / total_revenue, 6) if total_revenue else 0.0,
        avg_order_value=round(revenue / float(row.orders), 2) if row.orders else 0.0,
        median_recency_days=med,
        avg_frequency=round(float(row.avg_frequency or 0.0), 3),
        top_categories=list(row.top_categories),
        reachable=reach,
    )


def segment_lookup(deps: Deps, query: SegmentQuery) -> SegmentReport:
    """Describe customer segments: size, share of customers and revenue, average order value,
    median days since last order, orders per customer, top categories and how many can be reached
    per channel (consent).

    With no arguments, lists EVERY RFM segment (Champions, Loyal, Potential loyalists, New customers,
    Promising, Need attention, About to sleep, Can't lose them, At risk, Hibernating, Lost,
    Prospects) and every behavioural cluster. Give `segment` to describe one of them, or
    `criteria` (recency, frequency, spend, categories bought, region, consent, value tier) to get a
    live count and profile of an ad-hoc audience. Use the returned names as `segment` in other tools.
    """
    deps.artifacts.load("segments")  # checks presence and staleness before any cached answer
    if query.segment is None and (query.criteria is None or query.criteria.is_empty()):
        return deps.artifacts.memo("segment_lookup:all", lambda: _lookup(deps, query))
    return _lookup(deps, query)


def _lookup(deps: Deps, query: SegmentQuery) -> SegmentReport:
    store = deps.artifacts
    seg_art = store.load("segments")
    voc = vocabulary(deps)
    total, total_revenue = store.memo("segment_lookup:totals", lambda: _totals(deps))
    cluster_desc = dict(
        zip(voc.clusters, seg_art.meta.get("clusters", {}).get("descriptions", []), strict=False)
    )
    crit: AudienceCriteria | None = query.criteria
    if crit is not None and not crit.is_empty():
        if query.segment and not crit.segment:
            crit = crit.model_copy(update={"segment": query.segment})
        out = [_audience(deps, crit, total, total_revenue)]
    elif query.segment:
        out = [_named(deps, query.segment, cluster_desc, total, total_revenue)]
    else:
        out = _every(deps, cluster_desc, total, total_revenue)
    return SegmentReport(
        segments=out, total_customers=total, as_of=seg_art.as_of, model_version=seg_art.version
    )


_NO_ROW = {
    "grp": "filter",
    "size": 0,
    "revenue": 0.0,
    "orders": 0,
    "median_recency": None,
    "avg_frequency": 0.0,
    "email": 0,
    "sms": 0,
    "push": 0,
    "top_categories": [],
}


def _audience(deps: Deps, crit: AudienceCriteria, total: int, total_revenue: float) -> SegmentSummary:
    """The profile of an ad-hoc audience (named "audience"), counted live."""
    with materialized(deps, *audience_filter(deps, crit)) as (where, params):
        df = _summaries(deps, "'filter'", where, params)
    if df.empty:
        df = pd.DataFrame([dict(_NO_ROW)])
    s = _to_summary(next(df.itertuples()), "filter", crit.describe(), total, total_revenue)
    return s.model_copy(update={"name": "audience"})


def _named(
    deps: Deps, segment: str, cluster_desc: dict[str, str], total: int, total_revenue: float
) -> SegmentSummary:
    """One RFM segment or cluster: its row of the every-segment table (computed once per model
    version: the same figures as its own query), or an empty profile when nobody is in it."""
    kind, name = vocabulary(deps).segment(segment)
    every = _groups(deps, "c.rfm_segment" if kind == "rfm" else "c.cluster_name")
    df = every[every["grp"] == name]
    definition = _RFM_DEFINITIONS.get(name, "") if kind == "rfm" else cluster_desc.get(name, "")
    if not df.empty:
        return _to_summary(next(df.itertuples()), kind, definition, total, total_revenue)
    return SegmentSummary(
        name=name,
        kind=kind,
        definition=definition,
        size=0,
        share=0.0,
        revenue=0.0,
        revenue_share=0.0,
        avg_order_value=0.0,
        median_recency_days=None,
        avg_frequency=0.0,
        top_categories=[],
        reachable={"email": 0, "sms": 0, "push": 0, "paid_social": 0},
    )


def _every(
    deps: Deps, cluster_desc: dict[str, str], total: int, total_revenue: float
) -> list[SegmentSummary]:
    """Every RFM segment in the vocabulary's order, then every cluster, largest first."""
    out: list[SegmentSummary] = []
    rfm = _groups(deps, "c.rfm_segment").set_index("grp", drop=False)
    for name in vocabulary(deps).rfm_segments:
        if name in rfm.index:
            row = next(rfm.loc[[name]].itertuples())
            out.append(_to_summary(row, "rfm", _RFM_DEFINITIONS[name], total, total_revenue))
    cl = _groups(deps, "c.cluster_name").sort_values("size", ascending=False)
    for row in cl.itertuples():
        out.append(_to_summary(row, "cluster", cluster_desc.get(str(row.grp), ""), total, total_revenue))
    return out


def _totals(deps: Deps) -> tuple[int, float]:
    """(customers, lifetime revenue) of the whole base."""
    with deps.artifacts.query() as q:
        tot = q.execute("SELECT COUNT(*), COALESCE(SUM(monetary), 0) FROM cust").fetchone()
    return (int(tot[0]), float(tot[1])) if tot else (0, 0.0)


def _groups(deps: Deps, col: str) -> pd.DataFrame:
    """Summaries of every RFM segment (``col`` = ``c.rfm_segment``) or cluster (``c.cluster_name``),
    computed once per model version (the store's memo is cleared when the artifacts change). A copy:
    callers may sort or index it."""
    return deps.artifacts.memo(
        f"segment_lookup:groups:{col}", lambda: _summaries(deps, col, "TRUE", {})
    ).copy()
