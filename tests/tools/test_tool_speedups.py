"""The speed-ups of issue #14 answer as the slower paths they replace: artifact tables loaded into memory
as views over the Parquet files, a table file rewritten under a store is read again, channel_stats'
funnel as the shared per-channel aggregates over the raw touches."""

from __future__ import annotations

import math
from typing import Any

import duckdb
import pytest
from tool_results import dump, fresh, same

from copilot.deps import Deps
from copilot.tools import artifact_tables
from copilot.tools.audience import audience_filter
from copilot.tools.channels import WEEKDAYS, _best_slots, _funnel, channel_stats, touches_table
from copilot.tools.conditions import And, Consent, RfmSegment
from copilot.tools.event_aggregates import channel_aggregates_sql
from copilot.tools.forecast import forecast
from copilot.tools.propensity import horizon_sql, propensity_summary, score_propensity
from copilot.tools.schemas import (
    AudienceCriteria,
    ChannelQuery,
    ForecastQuery,
    PropensityQuery,
    SegmentQuery,
)
from copilot.tools.segments import segment_lookup
from copilot.tools.stats import wilson

TREE = AudienceCriteria(
    where=And(of=[RfmSegment(segments=["At risk", "Can't lose them"]), Consent(channel="email")])
)
CALLS: list[tuple[str, Any]] = [
    ("segments", lambda d: segment_lookup(d, SegmentQuery(criteria=AudienceCriteria(max_recency_days=180)))),
    (
        "propensity",
        lambda d: score_propensity(d, PropensityQuery(audience=TREE, category="trail-running-shoes")),
    ),
    ("propensity all", lambda d: score_propensity(d, PropensityQuery(horizon_days=60))),
    ("channels", lambda d: channel_stats(d, ChannelQuery(audience=AudienceCriteria(segment="Loyal")))),
    ("channels tree", lambda d: channel_stats(d, ChannelQuery(audience=TREE, channels=["email", "sms"]))),
    (
        "forecast",
        lambda d: forecast(
            d, ForecastQuery(audience=TREE, channels=["email", "sms"], category="trail-running-shoes")
        ),
    ),
    ("forecast all", lambda d: forecast(d, ForecastQuery(channels=["email", "paid_social"]))),
]


def test_tables_in_memory_answer_as_views_over_the_files(deps: Deps, monkeypatch: pytest.MonkeyPatch) -> None:
    in_memory = {name: dump(call(deps)) for name, call in CALLS}
    with deps.artifacts.query() as q:  # the small fixture's tables are memory tables...
        kinds = dict(q.execute("SELECT table_name, table_type FROM information_schema.tables").fetchall())
    assert kinds["cust"] == "BASE TABLE" and kinds["scores"] == "BASE TABLE"
    monkeypatch.setattr(artifact_tables, "MATERIALIZE_MAX_BYTES", -1)  # ...and now views over the files
    views = fresh(deps)
    with views.artifacts.query() as q:
        kinds = dict(q.execute("SELECT table_name, table_type FROM information_schema.tables").fetchall())
    assert kinds["cust"] == "VIEW" and kinds["scores"] == "VIEW"
    for name, call in CALLS:
        same(in_memory[name], dump(call(views)), name)


def test_a_table_file_rewritten_under_the_store_is_read_again(deps: Deps) -> None:
    store = deps.artifacts
    before = score_propensity(deps, PropensityQuery())
    path = deps.workspace.root / store.load("propensity").meta["tables"]["scores"]
    con = duckdb.connect()
    rel = str(path).replace("'", "''")
    con.execute(f"CREATE TABLE s AS SELECT * REPLACE (p / 2 AS p) FROM read_parquet('{rel}')")
    con.execute(f"COPY s TO '{rel}' (FORMAT parquet)")  # what `copilot score` from another process does
    con.close()
    after = score_propensity(deps, PropensityQuery())
    assert after.base_rate == pytest.approx(before.base_rate / 2, rel=1e-5)  # no cached base rate either
    assert after.expected_buyers == pytest.approx(before.expected_buyers / 2, rel=1e-5)


@pytest.mark.parametrize(
    "criteria",
    [AudienceCriteria(), AudienceCriteria(segment="Loyal"), TREE, AudienceCriteria(consent=["sms"])],
)
def test_the_channel_funnel_is_the_shared_aggregates_over_the_touches(
    deps: Deps, criteria: AudienceCriteria
) -> None:
    where, params = audience_filter(deps, criteria)
    touch_where = "TRUE" if where == "TRUE" else f"t.ui IN (SELECT c.user_index FROM cust c WHERE {where})"
    table = touches_table(deps)
    with deps.artifacts.query() as q:
        funnel = _funnel(q, touch_where, params, table)
        slots = _best_slots(q, touch_where, params, table)
        # the shared aggregates (what training reads), and every send slot counted the plain way
        cur = q.execute(
            channel_aggregates_sql(where=touch_where).replace("FROM touches t", f"FROM {table} t"), params
        )
        names = [d[0] for d in cur.description]
        shared = {str(r[0]): dict(zip(names, r, strict=True)) for r in cur.fetchall()}
        plain = q.execute(
            f"""SELECT channel, isodow(sent_ts) AS d, hour(sent_ts) AS h, COUNT(*) AS n, COUNT(converted_ts) AS conv
                FROM {table} t WHERE {touch_where} GROUP BY ALL""",
            params,
        ).fetchall()
    assert funnel.keys() == shared.keys() and funnel
    for ch, row in shared.items():
        same(
            {k: (float(v) if isinstance(v, float) else int(v)) for k, v in row.items() if k != "channel"},
            {
                k: (float(v) if isinstance(v, float) else int(v))
                for k, v in funnel[ch].items()
                if k != "channel"
            },
            ch,
        )
    for ch in shared:
        for kind, pos, names_ in (("day", 1, WEEKDAYS), ("hour", 2, None)):
            counts: dict[int, list[int]] = {}
            for r in plain:
                if r[0] == ch:
                    c = counts.setdefault(int(r[pos]), [0, 0])
                    c[0] += int(r[3])
                    c[1] += int(r[4])
            enough = {k: wilson(v[1], v[0]).low for k, v in sorted(counts.items()) if v[0] >= 100}
            got = slots[ch][0] if kind == "day" else slots[ch][1]
            if len(enough) < 2:
                assert got is None
                continue
            best = max(enough.values())
            firsts = [k for k, v in enough.items() if v == best]
            assert got == (names_[firsts[0] - 1] if names_ else firsts[0]), (ch, kind)


@pytest.mark.parametrize("criteria", [AudienceCriteria(), AudienceCriteria(segment="Loyal"), TREE])
def test_the_forecasts_propensity_is_score_propensity_without_drivers(
    deps: Deps, criteria: AudienceCriteria
) -> None:
    query = PropensityQuery(audience=criteria, category="trail-running-shoes", horizon_days=30)
    where, params = audience_filter(deps, criteria)
    summary, p_window = propensity_summary(deps, query, window_days=7.4, audience=(where, params))
    full = score_propensity(fresh(deps), query)
    assert full.drivers and not summary.drivers
    same(dump(summary), dump(full.model_copy(update={"drivers": []})))
    # the window's mean probability as its own query over the same rows (what the forecast ran before)
    trained = int(deps.artifacts.load("propensity").meta["horizon_days"])
    with deps.artifacts.query() as q:
        row = q.execute(
            f"SELECT AVG({horizon_sql(7, trained)}) FROM scores s JOIN cust c ON c.customer_id = s.customer_id "
            f"WHERE s.category = $cat AND {where}",
            params | {"cat": "trail-running-shoes"},
        ).fetchone()
    assert row is not None and row[0] is not None
    assert math.isclose(p_window, float(row[0]), rel_tol=1e-9)


@pytest.mark.parametrize("category", ["trail-running-shoes", "__any__"])
def test_the_forecasts_history_rates_are_the_plain_counts(deps: Deps, category: str) -> None:
    from copilot.tools.audience_index import audience_index
    from copilot.tools.forecast import _history_rates, _touch_counts

    channels = ["email", "sms", "push", "paid_social"]
    for criteria in (AudienceCriteria(), AudienceCriteria(segment="Loyal"), TREE):
        where, params = audience_filter(deps, criteria)
        rates = _history_rates(deps, audience_index(deps, where, params), category, channels)
        table, _ = _touch_counts(deps)
        with deps.artifacts.query() as q:  # by campaign category name, as the forecast counted before
            audience = (
                "TRUE" if where == "TRUE" else f"t.ui IN (SELECT c.user_index FROM cust c WHERE {where})"
            )
            for scope, w in (("all", "TRUE"), ("audience", audience)):
                rows = q.execute(
                    f"SELECT t.channel, COALESCE(t.category = $cat, FALSE), SUM(t.n), SUM(t.conv) FROM {table} t "
                    f"WHERE {w} GROUP BY ALL",
                    (params if scope == "audience" else {}) | {"cat": category},
                ).fetchall()
                for ch in channels:
                    cat_n = sum(int(r[2]) for r in rows if r[0] == ch and r[1])
                    cat_conv = sum(int(r[3]) for r in rows if r[0] == ch and r[1])
                    all_n = sum(int(r[2]) for r in rows if r[0] == ch)
                    all_conv = sum(int(r[3]) for r in rows if r[0] == ch)
                    assert rates[(ch, scope, True)] == wilson(cat_conv, cat_n), (criteria, scope, ch)
                    assert rates[(ch, scope, False)] == wilson(all_conv, all_n), (criteria, scope, ch)
        assert category == "__any__" or any(rates[(ch, "all", True)].n for ch in channels)


def _audience_tables(deps: Deps) -> set[str]:
    with deps.artifacts.query() as q:
        rows = q.execute("SELECT table_name FROM information_schema.tables").fetchall()
    return {str(r[0]) for r in rows if str(r[0]).startswith("audience_")}


def test_an_audience_with_sub_queries_is_evaluated_once_per_call(deps: Deps) -> None:
    from copilot.tools.audience import materialized
    from copilot.tools.conditions import Bought, Engagement, Not, TopPropensity

    trees = [
        AudienceCriteria(categories_bought=["trail-running-shoes"]),
        AudienceCriteria(where=Engagement(event="clicked", channel="email", within_days=90)),
        AudienceCriteria(where=TopPropensity(category="trail-running-shoes", top_share=0.1)),
        AudienceCriteria(
            where=And(
                of=[
                    Bought(categories=["trail-running-shoes"], within_days=365),
                    Not(of=Bought(categories=["trail-running-shoes"], within_days=90)),
                ]
            )
        ),
    ]
    for crit in trees:
        where, params = audience_filter(deps, crit)
        with deps.artifacts.query() as q:
            direct = sorted(
                r[0] for r in q.execute(f"SELECT customer_id FROM cust c WHERE {where}", params).fetchall()
            )
        with materialized(deps, where, params) as (once, none):
            assert "c.user_index IN (SELECT ui FROM audience_" in once and none == {}
            assert len(_audience_tables(deps)) == 1
            with deps.artifacts.query() as q:
                got = sorted(
                    r[0] for r in q.execute(f"SELECT customer_id FROM cust c WHERE {once}").fetchall()
                )
        assert got == direct and direct, crit.describe()
    assert not _audience_tables(deps)  # every audience table dropped
    plain = audience_filter(deps, AudienceCriteria(segment="Loyal", consent=["email"]))
    with materialized(deps, *plain) as same:  # column tests only: nothing to evaluate once
        assert same == plain
    with pytest.raises(RuntimeError), materialized(deps, *audience_filter(deps, trees[0])):
        raise RuntimeError("a tool failing half-way")
    assert not _audience_tables(deps)


def test_a_table_with_more_rows_than_the_limit_stays_a_view(
    deps: Deps, monkeypatch: pytest.MonkeyPatch
) -> None:
    with deps.artifacts.query() as q:
        n_cust = int(q.execute("SELECT COUNT(*) FROM cust").fetchone()[0])
        n_products = int(q.execute("SELECT COUNT(*) FROM products").fetchone()[0])
    assert n_products < n_cust
    monkeypatch.setattr(artifact_tables, "MATERIALIZE_MAX_ROWS", n_cust - 1)
    store = fresh(deps).artifacts
    with store.query() as q:
        kinds = dict(q.execute("SELECT table_name, table_type FROM information_schema.tables").fetchall())
        assert kinds["cust"] == "VIEW" and kinds["products"] == "BASE TABLE"
        assert int(q.execute("SELECT COUNT(*) FROM cust").fetchone()[0]) == n_cust
