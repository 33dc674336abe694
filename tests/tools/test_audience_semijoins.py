"""Audience leaves with sub-queries (issue #14) select the same customers as the SQL they replace: engagement
from the per-customer, per-channel summary of the touches instead of ``EXISTS`` over ``src.touches``; a
category bought (in a window) and the top by propensity from the integer-keyed copies of ``custcat`` and
``scores`` instead of those tables joined by customer id; an audience evaluated once into customer indexes."""

from __future__ import annotations

import math
from datetime import timedelta
from typing import Any

import pytest

from copilot.deps import Deps
from copilot.tools.audience import audience_filter, materialized
from copilot.tools.condition_sql import attach_source
from copilot.tools.conditions import And, Bought, Condition, Engagement, Not, RfmSegment, TopPropensity
from copilot.tools.schemas import AudienceCriteria

CATEGORY = "trail-running-shoes"
EVENTS = ["received", "opened", "clicked", "converted", "unsubscribed"]
_TS = {"received": "sent_ts", "opened": "opened_ts", "clicked": "clicked_ts", "converted": "converted_ts"}


def _new(deps: Deps, cond: Condition) -> set[str]:
    where, params = audience_filter(deps, AudienceCriteria(where=cond))
    with deps.artifacts.query() as q:
        return {str(r[0]) for r in q.execute(f"SELECT c.customer_id FROM cust c WHERE {where}", params).fetchall()}


def _old(deps: Deps, sql: str, params: list[Any]) -> set[str]:
    """Customers of ``cust`` matching ``sql`` (the replaced SQL, ``src`` attached)."""
    with deps.artifacts.query() as q:
        attach_source(deps, q)
        return {str(r[0]) for r in q.execute(f"SELECT c.customer_id FROM cust c WHERE {sql}", params).fetchall()}


def _old_engagement(event: str, channel: str | None, days: int | None, since: object) -> tuple[str, list[Any]]:
    cond: list[str] = ["t.customer_id = c.customer_id"]
    params: list[Any] = []
    ts = "t.sent_ts" if event == "unsubscribed" else "t." + _TS[event]
    cond.append("t.unsubscribed" if event == "unsubscribed" else f"{ts} IS NOT NULL")
    if channel is not None:
        cond.append("t.channel = ?")
        params.append(channel)
    if days is not None:
        cond.append(f"{ts} >= ?")
        params.append(since)
    return f"EXISTS (SELECT 1 FROM src.touches t WHERE {' AND '.join(cond)})", params


@pytest.mark.parametrize("event", EVENTS)
def test_engagement_selects_the_customers_of_exists_over_the_touches(deps: Deps, event: str) -> None:
    as_of = deps.artifacts.load("segments").as_of
    ts = "sent_ts" if event == "unsubscribed" else _TS[event]
    with deps.artifacts.query() as q:  # windows that start on a day with such events: the boundary is tested
        attach_source(deps, q)
        edges = [int(r[0]) for r in q.execute(
            f"SELECT DISTINCT date_diff('day', CAST({ts} AS DATE), ?) AS d FROM src.touches "
            f"WHERE {ts} IS NOT NULL{' AND unsubscribed' if event == 'unsubscribed' else ''} AND d >= 1 "
            "ORDER BY d LIMIT 4", [as_of]).fetchall()]
    assert len(edges) == 4
    nonempty = 0
    for channel in (None, "email", "sms", "push", "paid_social"):
        for days in (None, 30, 365, *edges):
            since = as_of - timedelta(days=days or 0)
            sql, params = _old_engagement(event, channel, days, since)
            want = _old(deps, sql, params)
            leaf = Engagement(event=event, channel=channel, within_days=days)
            assert _new(deps, leaf) == want, (event, channel, days)
            assert _new(deps, Not(of=leaf)) == _old(deps, f"NOT COALESCE({sql}, FALSE)", params), (channel, days)
            nonempty += bool(want)
    assert nonempty >= 6  # the fixture's touches have these events: the comparisons are not of empty sets


def test_bought_selects_the_customers_of_custcat_joined_by_customer_id(deps: Deps) -> None:
    cats = ["rain-jackets", CATEGORY]
    for chosen in ([CATEGORY], cats):
        for days in (None, 7, 30, 90, 365):
            marks = ", ".join("?" for _ in chosen)
            window = "" if days is None else " AND cc.cat_recency_days <= ?"
            sql = f"c.customer_id IN (SELECT cc.customer_id FROM custcat cc WHERE cc.category IN ({marks}){window})"
            want = _old(deps, sql, [*chosen, *([] if days is None else [days])])
            assert want and _new(deps, Bought(categories=chosen, within_days=days)) == want, (chosen, days)
    crit = AudienceCriteria(categories_bought=[CATEGORY])  # the criteria's own field, not a condition tree
    where, params = audience_filter(deps, crit)
    with deps.artifacts.query() as q:
        got = {str(r[0]) for r in q.execute(f"SELECT c.customer_id FROM cust c WHERE {where}", params).fetchall()}
    assert got == _old(deps, "c.customer_id IN (SELECT customer_id FROM custcat WHERE category = ?)", [CATEGORY])


@pytest.mark.parametrize("share", [0.05, 0.3])
def test_top_propensity_selects_the_customers_of_scores_joined_by_customer_id(deps: Deps, share: float) -> None:
    rest_sql, rest = "c2.rfm_segment IN (?, ?)", ["At risk", "Loyal"]
    limit = f"CAST(CEIL({share} * (SELECT COUNT(*) FROM cust c2 WHERE {rest_sql})) AS BIGINT)"
    sql = (f"c.customer_id IN (SELECT s.customer_id FROM scores s JOIN cust c2 USING (customer_id) "
           f"WHERE {rest_sql} AND s.category = ? ORDER BY s.p DESC, s.customer_id LIMIT {limit})")
    want = _old(deps, sql, [*rest, CATEGORY, *rest])
    cond = And(of=[RfmSegment(segments=rest), TopPropensity(category=CATEGORY, top_share=share)])
    assert want and _new(deps, cond) == want
    alone = _old(deps, "c.customer_id IN (SELECT s.customer_id FROM scores s JOIN cust c2 USING (customer_id) "
                 "WHERE s.category = ? ORDER BY s.p DESC, s.customer_id LIMIT 37)", [CATEGORY])
    assert len(alone) == 37 and _new(deps, TopPropensity(category=CATEGORY, top_n=37)) == alone


def test_a_materialised_audience_holds_the_customers_of_its_filter(deps: Deps) -> None:
    as_of = deps.artifacts.load("segments").as_of
    cond = And(of=[Bought(categories=[CATEGORY], within_days=365),
                   Not(of=Engagement(event="opened", channel="email", within_days=90)),
                   TopPropensity(category=CATEGORY, top_share=0.5)])
    where, params = audience_filter(deps, AudienceCriteria(where=cond))
    with materialized(deps, where, params) as (semi, args), deps.artifacts.query() as q:
        assert "SELECT ui FROM audience_" in semi and not args
        got = {str(r[0]) for r in q.execute(f"SELECT c.customer_id FROM cust c WHERE {semi}", args).fetchall()}
    opened, oparams = _old_engagement("opened", "email", 90, as_of - timedelta(days=90))
    base = _old(deps, f"c.customer_id IN (SELECT customer_id FROM custcat WHERE category = ? AND "
                f"cat_recency_days <= 365) AND NOT COALESCE({opened}, FALSE)", [CATEGORY, *oparams])
    assert got == _new(deps, cond) and got <= base and len(got) == math.ceil(0.5 * len(base)) > 0
