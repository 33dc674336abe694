"""forecast's audience as customer indexes (issue #14): the figures summed over per-customer arrays equal the SQL
queries they replace (the propensity summary over the integer-keyed scores, the audience's order totals and
consent counts over ``cust``, its category spend over ``custcat``), to 1e-9 relative (summation order)."""

from __future__ import annotations

import math
from typing import Any

import pytest
from tool_results import dump, same

from copilot.deps import Deps
from copilot.tools.audience import audience_filter
from copilot.tools.audience_index import Audience, audience_index, category_orders, order_counts
from copilot.tools.conditions import And, Consent, RfmSegment, TopPropensity
from copilot.tools.propensity import propensity_summary
from copilot.tools.schemas import AudienceCriteria, PropensityQuery

CRITERIA = [
    AudienceCriteria(),
    AudienceCriteria(segment="Loyal"),
    AudienceCriteria(categories_bought=["rain-jackets"]),
    AudienceCriteria(min_monetary=500),
    AudienceCriteria(where=TopPropensity(category="trail-running-shoes", top_share=0.1)),
    AudienceCriteria(where=And(of=[RfmSegment(segments=["At risk", "Can't lose them"]), Consent(channel="email")])),
    AudienceCriteria(min_monetary=1e12),  # nobody
]
IDS = ["all", "loyal", "bought", "spend", "top", "tree", "nobody"]


def _close(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-12)


@pytest.mark.parametrize("criteria", CRITERIA, ids=IDS)
def test_the_index_holds_the_customers_the_filter_selects(deps: Deps, criteria: AudienceCriteria) -> None:
    where, params = audience_filter(deps, criteria)
    got = audience_index(deps, where, params)
    with deps.artifacts.query() as q:
        want = sorted(int(r[0]) for r in q.execute(f"SELECT c.user_index FROM cust c WHERE {where}", params).fetchall())
        everyone = int(q.execute("SELECT COUNT(*) FROM cust").fetchone()[0])
    if where == "TRUE":
        assert got.ui is None and len(want) == everyone
    else:
        assert got.ui is not None and sorted(got.ui.tolist()) == want


@pytest.mark.parametrize("criteria", CRITERIA, ids=IDS)
def test_the_propensity_summary_over_arrays_is_the_query(deps: Deps, criteria: AudienceCriteria) -> None:
    trained = int(deps.artifacts.load("propensity").meta["horizon_days"])
    where, params = audience_filter(deps, criteria)
    indexed = audience_index(deps, where, params)
    for category, horizon, window in ((None, trained, 7.4), ("trail-running-shoes", 30, float(trained)),
                                      ("rain-jackets", 90, 3.0)):
        query = PropensityQuery(audience=criteria, category=category, horizon_days=horizon)
        want, want_window = propensity_summary(deps, query, window_days=window, audience=(where, params))
        got, got_window = propensity_summary(deps, query, window_days=window, audience=indexed)
        same(dump(got), dump(want), f"{criteria.describe()} {category} {horizon}")
        assert _close(got_window, want_window), (category, horizon, got_window, want_window)
        assert criteria.min_monetary == 1e12 or (want.audience_size > 0 and want.expected_buyers > 0)


_COUNTS_SQL = """SELECT SUM(c.monetary), SUM(c.frequency), STDDEV_SAMP(c.aov), COUNT(c.aov),
       COALESCE(SUM(c.consent_email), 0), COALESCE(SUM(c.consent_sms), 0), COALESCE(SUM(c.consent_push), 0)
FROM cust c WHERE {where}"""
_CATEGORY_SQL = """SELECT SUM(k.cat_spend), SUM(k.cat_orders), STDDEV_SAMP(k.cat_spend / k.cat_orders), COUNT(*)
FROM cust c JOIN custcat k ON k.customer_id = c.customer_id AND k.category = $cat WHERE {where}"""


@pytest.mark.parametrize("criteria", CRITERIA, ids=IDS)
def test_order_totals_over_arrays_are_the_queries(deps: Deps, criteria: AudienceCriteria) -> None:
    """What forecast queried before: ``cust`` filtered by the audience, ``custcat`` joined by customer id."""
    where, params = audience_filter(deps, criteria)
    indexed = audience_index(deps, where, params)
    with deps.artifacts.query() as q:
        row = q.execute(_COUNTS_SQL.format(where=where), params).fetchone()
        assert row is not None
        totals, consent = order_counts(deps, indexed)
        assert all(_close(a, b) for a, b in zip(totals, row[:4], strict=True)), (totals, row)
        assert consent == tuple(int(v) for v in row[4:])
        for category in ("rain-jackets", "trail-running-shoes"):
            want = q.execute(_CATEGORY_SQL.format(where=where), params | {"cat": category}).fetchone()
            assert want is not None
            got = category_orders(deps, category, indexed)
            assert all(_close(a, b) for a, b in zip(got, want, strict=True)), (category, got, want)
    if criteria.min_monetary != 1e12:
        assert row[1] and consent[0] > 0  # the comparisons are not of empty audiences
    everyone = order_counts(deps, Audience(None))
    assert everyone[1][0] >= consent[0]
