"""Feature SQL on a tiny hand-made database whose RFM scores can be computed by hand."""

from __future__ import annotations

from datetime import date, datetime

import duckdb
import pytest

from copilot.data.contract import create_schema
from copilot.tools import features as F


@pytest.fixture
def tiny() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    create_schema(con)
    customers = [  # id, signup
        ("a", "2024-01-01"), ("b", "2024-01-01"), ("c", "2024-01-01"), ("d", "2024-01-01"),
        ("e", "2024-01-01"), ("p", "2024-06-01"), ("late", "2025-06-01"),
    ]
    for cid, signup in customers:
        con.execute("INSERT INTO customers (customer_id, signup_date, region, consent_email, consent_sms, "
                    "consent_push) VALUES (?, ?, 'west', true, false, false)", [cid, signup])
    con.execute("INSERT INTO products VALUES ('P1', 'Tent', 'tents', 100, NULL), ('P2', 'Sock', 'socks', 10, NULL)")
    orders = [  # order, customer, ts, amount, product
        ("o1", "a", "2024-12-30 10:00:00", 100, "P1"), ("o2", "a", "2024-12-20 10:00:00", 100, "P1"),
        ("o3", "a", "2024-12-10 10:00:00", 100, "P2"),
        ("o4", "b", "2024-12-29 10:00:00", 10, "P2"),
        ("o5", "c", "2024-06-01 10:00:00", 500, "P1"), ("o6", "c", "2024-05-01 10:00:00", 500, "P1"),
        ("o7", "d", "2024-03-01 10:00:00", 10, "P2"),
        ("o8", "e", "2024-11-01 10:00:00", 50, "P2"),
        ("o9", "a", "2025-01-05 10:00:00", 100, "P1"),  # after the cut-off: ignored
    ]
    for oid, cid, ts, amount, pid in orders:
        con.execute("INSERT INTO orders VALUES (?, ?, ?, ?)", [oid, cid, ts, amount])
        con.execute("INSERT INTO order_lines VALUES (?, 1, ?, 1, ?)", [oid, pid, amount])
    return con


AS_OF = date(2025, 1, 1)


def test_rfm_scores_and_segments_by_hand(tiny: duckdb.DuckDBPyConnection) -> None:
    df = F.customer_features(tiny, AS_OF).set_index("customer_id")
    assert "late" not in df.index  # signed up after the as-of date
    assert list(df.index) == ["a", "b", "c", "d", "e", "p"]
    assert df.loc["a", "frequency"] == 3 and df.loc["a", "monetary"] == 300
    assert df.loc["a", "recency_days"] == 2 and df.loc["b", "recency_days"] == 3
    # scores: 1 + floor(5 * (rank - 1) / n) over the 5 buyers; ties share a rank
    # recency order (oldest first): d, c, e, b, a -> R 1, 2, 3, 4, 5
    assert df.loc[["d", "c", "e", "b", "a"], "r_score"].tolist() == [1, 2, 3, 4, 5]
    # frequency: b, d, e have 1 order (rank 1 -> F1), c has 2 (rank 4 -> F4), a has 3 (rank 5 -> F5)
    assert df.loc[["b", "d", "e", "c", "a"], "f_score"].tolist() == [1, 1, 1, 4, 5]
    # monetary: b, d = 10 (rank 1 -> M1), e = 50 (rank 3 -> M3), a = 300 (M4), c = 1000 (M5)
    assert df.loc[["b", "d", "e", "a", "c"], "m_score"].tolist() == [1, 1, 3, 4, 5]
    # FM = ceil((F + M) / 2)
    assert df.loc["a", "fm_score"] == 5 and df.loc["c", "fm_score"] == 5 and df.loc["e", "fm_score"] == 2
    assert df.loc["a", "rfm_segment"] == "Champions"  # R5 FM5
    assert df.loc["b", "rfm_segment"] == "Promising"  # R4 FM1
    assert df.loc["c", "rfm_segment"] == "Can't lose them"  # R2 FM5
    assert df.loc["d", "rfm_segment"] == "Lost"  # R1 FM1
    assert df.loc["e", "rfm_segment"] == "About to sleep"  # R3 FM2
    assert df.loc["p", "rfm_segment"] == F.PROSPECTS
    assert df.loc["c", "value_tier"] == "high" and df.loc["p", "value_tier"] == "low"


def test_every_score_pair_has_exactly_one_segment() -> None:
    con = duckdb.connect()
    for r in range(1, 6):
        for fm in range(1, 6):
            hits = [name for name, cond, _ in F.RFM_SEGMENTS
                    if con.execute(f"SELECT {cond} FROM (SELECT {r} AS r_score, {fm} AS fm_score)").fetchone()[0]]
            assert hits, (r, fm)  # the CASE takes the first hit; every pair must have one


def test_propensity_rows_label_and_category_features(tiny: duckdb.DuckDBPyConnection) -> None:
    rows = F.propensity_rows(tiny, datetime(2024, 12, 15), 30, categories=["tents", F.ANY_CATEGORY], with_label=True)
    r = rows.set_index(["customer_id", "category"])
    # a bought a tent on 12-20 and 12-30 (inside [12-15, 01-14)) and socks before the cut-off
    assert r.loc[("a", "tents"), "label"] == 1 and r.loc[("a", F.ANY_CATEGORY), "label"] == 1
    assert r.loc[("a", "tents"), "cat_orders"] == 0  # no tent before the cut-off
    assert r.loc[("a", F.ANY_CATEGORY), "frequency"] == 1  # only o3 is before the cut-off
    assert r.loc[("b", "tents"), "label"] == 0 and r.loc[("b", F.ANY_CATEGORY), "label"] == 1
    assert r.loc[("c", "tents"), "cat_orders"] == 2 and r.loc[("c", "tents"), "cat_share"] == pytest.approx(1.0)
    assert r.loc[("d", "tents"), "label"] == 0


def test_spark_dialect_only_changes_day_arithmetic() -> None:
    duck = F.customer_features_sql(AS_OF)
    spark = F.customer_features_sql(AS_OF, dialect="spark")
    assert "date_diff('day'" in duck and "datediff(" in spark
    assert duck.replace(" ", "").count("RANK()") == spark.replace(" ", "").count("RANK()")
