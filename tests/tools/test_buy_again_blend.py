"""The buy-again / discover mix is chosen per workspace on a time split of its own orders (learn_blend),
stored with the recommender and used by the tool; with too little data the prior mix is kept."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pandas as pd
import scipy.sparse as sp
from robustness import shapes

from copilot.deps import Deps
from copilot.settings import load_settings
from copilot.tools import cf
from copilot.tools.buy_again import (
    PRIOR,
    BlendPolicy,
    RepeatContext,
    blend,
    buy_again_for_list,
    discover_top,
    learn_blend,
    repurchase_by_category,
)
from copilot.tools.features import data_as_of, interactions
from copilot.tools.recommend import recommend_products
from copilot.tools.schemas import RecommendQuery
from copilot.tools.stats import ndcg_at_k
from copilot.tools.training import train_all
from copilot.workspace import Workspace

PARAMS = cf.CFParams(factors=8, regularization=1.0, alpha=2.0)


def _favourites_brand(root: Path, n: int = 300, seed: int = 3) -> Workspace:
    """Customers re-buying a few favourites of a 30-product catalogue most weeks, sometimes something else."""
    rng = np.random.default_rng(seed)
    cats = ["dairy", "bakery", "pantry"]
    prods = pd.DataFrame(
        [
            {"product_id": f"G{c}{j:02d}", "name": f"{cat} {j}", "category": cat, "price": 2.0 + j % 5}
            for c, cat in enumerate(cats)
            for j in range(10)
        ]
    )
    cust = pd.DataFrame(
        {
            "customer_id": [f"C{i:04d}" for i in range(n)],
            "signup_date": date(2025, 1, 1),
            "region": "north",
            "consent_email": True,
            "consent_sms": False,
            "consent_push": False,
        }
    )
    orders, lines = [], []
    for k, cid in enumerate(cust["customer_id"]):
        fav = rng.choice(len(prods), size=5, replace=False)
        for week in range(30):
            if rng.random() > 0.75:
                continue
            basket = set(rng.choice(fav, size=int(rng.integers(1, 4)), replace=False).tolist())
            if rng.random() < 0.3:
                basket.add(int(rng.integers(len(prods))))
            oid = f"O{k:04d}{week:02d}"
            ts = shapes.END - timedelta(days=7 * week + float(rng.uniform(0, 7)))
            orders.append((oid, cid, ts, float(prods["price"].to_numpy()[list(basket)].sum())))
            lines += [
                (oid, j + 1, prods["product_id"][p], 1, float(prods["price"][p]))
                for j, p in enumerate(basket)
            ]
    return shapes.write(
        root,
        {
            "customers": cust,
            "products": prods,
            "orders": pd.DataFrame(orders, columns=["order_id", "customer_id", "order_ts", "amount"]),
            "order_lines": pd.DataFrame(
                lines, columns=["order_id", "line_no", "product_id", "quantity", "amount"]
            ),
        },
    )


def _score_window(ws: Workspace, policy: BlendPolicy, method: cf.Method) -> float:
    """Mean nDCG@10 on the last 30 days of a list built from the data before them with ``policy``."""
    with ws.connect(read_only=True) as con:
        as_of = data_as_of(con)
        cut = as_of - timedelta(days=30)
        it = interactions(con, cut)
        items = con.execute("SELECT product_id, category FROM products ORDER BY product_id").df()
        after = con.execute(
            "SELECT DISTINCT o.customer_id, l.product_id FROM orders o JOIN order_lines l "
            f"USING (order_id) WHERE o.order_ts >= TIMESTAMP '{cut}'"
        ).df()
        rep = repurchase_by_category(con, cut)
    users = pd.Index(sorted(it["customer_id"].unique()))
    item_ix = pd.Index(items["product_id"])
    u, i = users.get_indexer(it["customer_id"]), item_ix.get_indexer(it["product_id"])
    matrix = cf.confidence_matrix(u, i, it["n_orders"].to_numpy(), len(users), len(item_ix))
    days = (pd.to_datetime(it["last_ts"]) - pd.Timestamp("1970-01-01")).dt.days.to_numpy(dtype=np.float32)
    recency = sp.csr_matrix((days + 1, (u, i)), shape=matrix.shape)
    model = cf.fit(matrix, method, PARAMS)
    ctx = RepeatContext(items["category"].to_numpy(), rep, (cut - date(1970, 1, 1)).days, policy)
    allowed = np.ones(len(item_ix), dtype=bool)
    out = []
    for cid, bought in after.groupby("customer_id")["product_id"]:
        if cid not in users:
            continue
        uidx = int(users.get_loc(cid))
        top = discover_top(model, matrix[uidx], uidx, allowed, 10)
        again, n_again = buy_again_for_list(ctx, matrix[uidx], recency[uidx], allowed, None, len(top), 10)
        out.append(
            ndcg_at_k(blend([a[0] for a in again], top, n_again, 10), set(item_ix.get_indexer(bought)), 10)
        )
    return float(np.mean(out))


def test_the_mix_learnt_before_a_window_does_at_least_as_well_as_the_prior_on_it(tmp_path: Path) -> None:
    ws = _favourites_brand(tmp_path / "ws")
    with ws.connect(read_only=True) as con:
        learnt = learn_blend(con, data_as_of(con) - timedelta(days=30), "item_cosine", PARAMS)
    assert learnt.validated and learnt.scores[f"{learnt.order}:{learnt.share}"] >= learnt.scores["due:prior"]
    assert (
        learnt.share is not None and learnt.share >= 0.5
    )  # favourites bought every week fill most of the list
    assert _score_window(ws, learnt, "item_cosine") >= _score_window(ws, PRIOR, "item_cosine") - 0.005


def test_too_little_data_keeps_the_prior(tmp_path: Path) -> None:
    ws = shapes.tiny(tmp_path / "ws")  # 50 customers, a handful buying in the last 30 days
    with ws.connect(read_only=True) as con:
        policy = learn_blend(con, data_as_of(con), "item_cosine", PARAMS)
    assert policy == PRIOR and not policy.validated


def test_training_stores_the_mix_and_the_tool_uses_it(tmp_path: Path) -> None:
    ws = _favourites_brand(tmp_path / "ws", n=200)
    deps = Deps(settings=load_settings(ws.root), workspace=ws)
    report = train_all(deps)
    art = deps.artifacts.load("recommender")
    policy = BlendPolicy.model_validate(art.meta["blend"])
    assert policy.validated and policy.share is not None
    step = next(s for s in report.steps if s.name == "recommender")
    assert policy.describe() in step.detail
    with deps.artifacts.query() as q:
        cid = str(
            q.execute("SELECT pseudonym FROM cust ORDER BY frequency DESC, pseudonym LIMIT 1").fetchone()[0]
        )
    recs = recommend_products(deps, RecommendQuery(customer_id=cid, k=10))
    n_again = sum(i.kind == "buy_again" for i in recs.items)
    assert n_again >= min(round(10 * policy.share), 5)
