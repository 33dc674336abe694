"""The demo builder: determinism, atomicity and the shape of the synthetic brand."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import duckdb
import pytest

from copilot.data import demo
from copilot.data.contract import CONTRACT, LOAD_ORDER
from copilot.data.demo import AS_OF, build_demo_workspace
from copilot.workspace import Workspace, open_workspace


def table_hashes(ws: Workspace) -> dict[str, str]:
    out = {}
    with ws.connect() as con:
        for name in LOAD_ORDER:
            pk = ", ".join(f'"{c}"' for c in CONTRACT[name].primary_key)
            rows = con.execute(f'SELECT * FROM "{name}" ORDER BY {pk}').fetchall()
            out[name] = hashlib.sha256(repr(rows).encode()).hexdigest()
    return out


def q(ws: Workspace, sql: str) -> Any:
    with ws.connect() as con:
        return con.execute(sql).fetchall()


def one(ws: Workspace, sql: str) -> Any:
    return q(ws, sql)[0][0]


def test_same_seed_gives_identical_tables(tmp_path: Path) -> None:
    a = open_workspace(tmp_path / "a")
    b = open_workspace(tmp_path / "b")
    c = open_workspace(tmp_path / "c")
    sa = build_demo_workspace(a, seed=11, n_customers=600)
    sb = build_demo_workspace(b, seed=11, n_customers=600)
    build_demo_workspace(c, seed=12, n_customers=600)
    assert sa.rows == sb.rows
    ha, hb, hc = table_hashes(a), table_hashes(b), table_hashes(c)
    assert ha == hb
    assert ha["orders"] != hc["orders"]
    assert ha["products"] == hc["products"]  # the catalogue does not depend on the seed


def test_summary_and_row_counts(small_workspace: Workspace) -> None:
    counts = {name: one(small_workspace, f'SELECT count(*) FROM "{name}"') for name in LOAD_ORDER}
    assert counts["customers"] == 2_000
    assert counts["products"] == 298
    assert all(v > 0 for v in counts.values()), counts
    # ~10 orders per customer on average
    assert 7 <= counts["orders"] / counts["customers"] <= 13
    assert one(small_workspace, "SELECT count(*) FROM campaigns") >= 24


def test_time_window_and_integrity(small_workspace: Workspace) -> None:
    lo, hi = q(small_workspace, "SELECT min(order_ts)::DATE, max(order_ts)::DATE FROM orders")[0]
    assert (hi - lo).days >= 730
    assert hi < AS_OF
    # foreign keys hold and order totals are the sum of their lines
    assert one(small_workspace, "SELECT count(*) FROM orders o ANTI JOIN customers c USING (customer_id)") == 0
    assert one(small_workspace, "SELECT count(*) FROM order_lines l ANTI JOIN orders o USING (order_id)") == 0
    assert one(small_workspace, "SELECT count(*) FROM order_lines l ANTI JOIN products p USING (product_id)") == 0
    assert one(small_workspace, "SELECT count(*) FROM touches t ANTI JOIN campaigns c USING (campaign_id)") == 0
    assert one(small_workspace, """
        SELECT count(*) FROM orders o JOIN (SELECT order_id, sum(amount) s FROM order_lines GROUP BY 1) l
        USING (order_id) WHERE abs(o.amount - l.s) > 0.011""") == 0
    # nobody orders before signing up
    assert one(small_workspace, """
        SELECT count(*) FROM orders o JOIN customers c USING (customer_id)
        WHERE o.order_ts::DATE < c.signup_date""") == 0


def test_seasonality_and_pareto(small_workspace: Workspace) -> None:
    rev = dict(q(small_workspace, "SELECT month(order_ts), sum(amount) FROM orders GROUP BY 1"))
    assert rev[11] + rev[12] > 2 * rev[2]
    top20 = one(small_workspace, """
        WITH s AS (SELECT c.customer_id, coalesce(sum(o.amount), 0) m FROM customers c
                   LEFT JOIN orders o USING (customer_id) GROUP BY 1),
             r AS (SELECT m, row_number() OVER (ORDER BY m DESC) rk, count(*) OVER () n FROM s)
        SELECT sum(m) FILTER (WHERE rk <= n * 0.2) / sum(m) FROM r""")
    assert top20 >= 0.55


def test_lapsed_customers_and_trail_runners(small_workspace: Workspace) -> None:
    as_of = AS_OF.isoformat()
    at_risk = one(small_workspace, f"""
        SELECT count(*) FROM (SELECT customer_id, count(*) f, max(order_ts) last FROM orders GROUP BY 1)
        WHERE f >= 5 AND DATE '{as_of}' - last::DATE > 180""")
    assert at_risk >= 0.05 * 2_000
    lapsed_trail = one(small_workspace, f"""
        WITH f AS (SELECT customer_id, sum(amount) m, max(order_ts) last FROM orders GROUP BY 1),
             tr AS (SELECT DISTINCT o.customer_id FROM orders o JOIN order_lines USING (order_id)
                    JOIN products p USING (product_id) WHERE p.category = 'trail-running-shoes')
        SELECT count(*) FROM f JOIN tr USING (customer_id)
        WHERE DATE '{as_of}' - last::DATE > 150 AND m > (SELECT quantile_cont(m, 0.8) FROM f)""")
    assert lapsed_trail >= 20


def test_consent_rates_and_pii_shape(small_workspace: Workspace) -> None:
    e, s, p, both = q(small_workspace, """
        SELECT avg(consent_email::INT), avg(consent_sms::INT), avg(consent_push::INT),
               avg((consent_sms AND NOT consent_email)::INT) FROM customers""")[0]
    assert 0.62 <= e <= 0.78
    assert 0.28 <= s <= 0.42
    assert 0.19 <= p <= 0.31
    assert both < 0.06  # SMS consent goes mostly with email consent
    email, phone, cid = q(small_workspace, "SELECT email, phone, customer_id FROM customers LIMIT 1")[0]
    assert email == cid.lower() + "@example.com"
    assert phone.startswith("+1555")


def test_touches_respect_consent_and_signup(small_workspace: Workspace) -> None:
    # consent can only be lost (unsubscribe), so a touch on a channel whose final consent is on is fine;
    # a customer touched on email after unsubscribing from email would be a bug.
    assert one(small_workspace, """
        SELECT count(*) FROM touches t JOIN touches u USING (customer_id, channel)
        WHERE u.unsubscribed AND t.sent_ts > u.sent_ts""") == 0
    assert one(small_workspace, """
        SELECT count(*) FROM touches t JOIN customers c USING (customer_id)
        WHERE t.channel = 'email' AND NOT c.consent_email AND NOT EXISTS (
            SELECT 1 FROM touches u WHERE u.customer_id = t.customer_id AND u.channel = 'email'
            AND u.unsubscribed)""") == 0
    assert one(small_workspace, """
        SELECT count(*) FROM touches t JOIN customers c USING (customer_id)
        WHERE t.sent_ts::DATE < c.signup_date""") == 0
    channels = {r[0] for r in q(small_workspace, "SELECT DISTINCT channel FROM touches")}
    assert channels == {"email", "sms", "push", "paid_social"}


def test_funnel_rates_are_realistic(tmp_path: Path) -> None:
    ws = open_workspace(tmp_path / "ws")
    build_demo_workspace(ws, seed=7, n_customers=8_000)
    rates = {r[0]: r[1:] for r in q(ws, """
        SELECT channel, avg((delivered_ts IS NOT NULL)::INT), avg((opened_ts IS NOT NULL)::INT),
               avg((clicked_ts IS NOT NULL)::INT), avg((converted_ts IS NOT NULL)::INT), avg(unsubscribed::INT)
        FROM touches GROUP BY 1""")}
    deliv, opened, click, conv, unsub = rates["email"]
    assert 0.97 <= deliv <= 0.99 and 0.2 <= opened <= 0.35 and 0.02 <= click <= 0.04
    assert 0.001 <= conv <= 0.005 and 0.001 <= unsub <= 0.004
    deliv, opened, click, conv, _ = rates["sms"]
    assert 0.96 <= deliv <= 0.98 and 0.06 <= click <= 0.10 and conv > rates["email"][3]
    assert 0.05 <= rates["push"][1] <= 0.10
    assert rates["paid_social"][3] < rates["email"][3]
    # converted touches link to a real order of that customer at that moment, with that revenue
    assert one(ws, """
        SELECT count(*) FROM touches t WHERE converted_ts IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM orders o WHERE o.customer_id = t.customer_id AND o.order_ts = t.converted_ts
            AND abs(o.amount - t.revenue) < 0.01)""") == 0
    # paid social costs money; only it reaches customers without consent
    assert one(ws, "SELECT min(cost) FROM campaigns WHERE channel = 'paid_social'") > 0
    # email send time matters: the best weekday converts clearly better than the worst
    by_dow = [r[1] for r in q(ws, """
        SELECT dayofweek(sent_ts), avg((converted_ts IS NOT NULL)::INT) FROM touches
        WHERE channel = 'email' GROUP BY 1""")]
    assert max(by_dow) > 1.8 * min(by_dow)


def test_reviews_words_follow_stars(small_workspace: Workspace) -> None:
    n_reviews, n_lines = q(small_workspace, "SELECT (SELECT count(*) FROM reviews), (SELECT count(*) FROM order_lines)")[0]
    assert 0.05 <= n_reviews / n_lines <= 0.10
    dist = dict(q(small_workspace, "SELECT rating, count(*) FROM reviews GROUP BY 1"))
    assert set(dist) == {1, 2, 3, 4, 5} and dist[5] == max(dist.values())
    good = one(small_workspace, "SELECT avg(rating) FROM reviews WHERE text ILIKE '%love%' OR text ILIKE '%great%'")
    bad = one(small_workspace, """SELECT avg(rating) FROM reviews
        WHERE text ILIKE '%disappoint%' OR text ILIKE '%poor%' OR text ILIKE '%leak%'""")
    assert good - bad > 0.8
    themes = one(small_workspace, """SELECT count(*) FROM reviews r JOIN products p USING (product_id)
        WHERE p.category = 'trail-running-shoes' AND (text ILIKE '%wet rock%' OR text ILIKE '%runs narrow%')""")
    assert themes > 0


def test_failed_rebuild_keeps_the_old_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ws = open_workspace(tmp_path / "ws")
    build_demo_workspace(ws, seed=3, n_customers=300)
    before = table_hashes(ws)
    raw = ws.db_path.read_bytes()

    def boom(con: duckdb.DuckDBPyConnection, table: str, df: Any) -> None:
        if table == "touches":
            raise RuntimeError("disk full")
        original(con, table, df)

    original = demo.insert_frame
    monkeypatch.setattr(demo, "insert_frame", boom)
    with pytest.raises(RuntimeError, match="disk full"):
        build_demo_workspace(ws, seed=4, n_customers=500)
    assert ws.db_path.read_bytes() == raw
    assert table_hashes(ws) == before
    assert not list(ws.root.glob(".*building*"))


def test_reviews_sentiment_agrees_with_stars(small_workspace: Workspace) -> None:
    vader = pytest.importorskip("vaderSentiment.vaderSentiment")
    analyzer = vader.SentimentIntensityAnalyzer()
    rows = q(small_workspace, "SELECT rating, text FROM reviews ORDER BY review_id LIMIT 1500")
    by_star: dict[int, list[float]] = {}
    for rating, text in rows:
        by_star.setdefault(rating, []).append(analyzer.polarity_scores(text)["compound"])
    means = {k: sum(v) / len(v) for k, v in by_star.items()}
    assert means[5] > means[4] > means[3] > means[1]
    assert means[5] - means[1] > 1.0


def test_category_affinities_and_cadence(small_workspace: Workspace) -> None:
    # people who buy trail shoes buy hydration vests far more often than the rest (signal for CF)
    lift = one(small_workspace, """
        WITH b AS (SELECT o.customer_id, bool_or(p.category = 'trail-running-shoes') trail,
                          bool_or(p.category = 'hydration-vests') vest
                   FROM orders o JOIN order_lines USING (order_id) JOIN products p USING (product_id) GROUP BY 1)
        SELECT avg(vest::INT) FILTER (WHERE trail) / avg(vest::INT) FILTER (WHERE NOT trail) FROM b""")
    assert lift > 2.5
    # fast-repurchase categories come back sooner than slow ones
    gaps = dict(q(small_workspace, """
        WITH x AS (SELECT DISTINCT o.customer_id, p.category, o.order_ts::DATE d FROM orders o
                   JOIN order_lines USING (order_id) JOIN products p USING (product_id)),
             g AS (SELECT category, d - lag(d) OVER (PARTITION BY customer_id, category ORDER BY d) gap FROM x)
        SELECT category, median(gap) FROM g WHERE gap IS NOT NULL GROUP BY 1"""))
    fast = max(gaps[c] for c in ("socks", "running-apparel", "trail-running-shoes"))
    slow = min(gaps[c] for c in ("insulated-jackets", "rain-jackets", "headlamps", "backpacks"))
    assert fast < slow
