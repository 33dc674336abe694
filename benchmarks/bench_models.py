"""Each model against the baseline a data scientist would try first, with 95% bootstrap intervals.

    python benchmarks/bench_models.py                 # demo (/work/ws-demo or COPILOT_BENCH_DEMO), CDNOW, grocery
    python benchmarks/bench_models.py --only grocery

* **propensity**: copilot's model (the best of three families, out-of-fold calibrated, chosen on the
  holdout) vs a plain standardized logistic regression, both fitted on the same training rows and
  scored on the same held-out customers at the latest complete window; macro AUC and macro Brier
  over categories with >= 20 holdout buyers, intervals by resampling held-out customers.
* **recommender**: a time split -- the model learns from orders before ``as_of - 30 days`` and is
  scored on what each customer bought in the last 30 days (nDCG@10); baselines: most popular,
  buy-again (the customer's most-bought products, then popular ones) and the CF model alone
  (the tool before buy-again existed: bought products excluded); copilot = the tool's blend, its
  buy-again/discover mix chosen as training chooses it (``learn_blend``: a further time split
  inside the data before the cut, so the scored window is never seen).
  Intervals by resampling test customers (up to 3,000).

Results: benchmarks/results/models.md and models.json. Nothing is tuned on these figures.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp

from copilot.data.contract import LOAD_ORDER
from copilot.data.demo import insert_frame, reset_schema
from copilot.tools import cf
from copilot.tools import training as tr
from copilot.tools.buy_again import RepeatContext, blend, buy_again_for_list, learn_blend
from copilot.tools.features import ANY_CATEGORY, data_as_of, interactions
from copilot.tools.propensity_model import MIN_EVAL_POSITIVES, fit_propensity
from copilot.tools.stats import ndcg_at_k
from copilot.workspace import Workspace, open_workspace

RESULTS = Path(__file__).parent / "results"
CACHE = Path(os.environ.get("COPILOT_BENCH_CACHE", "~/.cache/copilot-bench")).expanduser()
B = 200  # bootstrap resamples
K = 10


def _ci(values: np.ndarray) -> list[float]:
    return [round(float(np.percentile(values, 2.5)), 4), round(float(np.percentile(values, 97.5)), 4)]


# --- propensity ------------------------------------------------------------------------------------

def _macro(y: np.ndarray, p: np.ndarray, cats: np.ndarray) -> tuple[float, float]:
    from sklearn.metrics import brier_score_loss, roc_auc_score

    aucs, briers = [], []
    for c in np.unique(cats):
        m = cats == c
        if MIN_EVAL_POSITIVES <= y[m].sum() < m.sum():
            aucs.append(roc_auc_score(y[m], p[m]))
            briers.append(brier_score_loss(y[m], p[m]))
    return (float(np.mean(aucs)) if aucs else float("nan")), (float(np.mean(briers)) if briers else float("nan"))


def bench_propensity(ws: Workspace, h: int) -> dict[str, Any]:
    t0 = time.perf_counter()
    with ws.connect(read_only=True) as con:
        as_of = data_as_of(con)
        cats = [str(r[0]) for r in con.execute("SELECT DISTINCT category FROM products ORDER BY 1").fetchall()]
        all_cats = [*cats, ANY_CATEGORY]
        ids = [str(r[0]) for r in con.execute("SELECT customer_id FROM customers ORDER BY 1").fetchall()]
        train = [i for i in ids if not tr._in_holdout(i)]
        holdout = [i for i in ids if tr._in_holdout(i)]
        frames = []
        for j in range(tr.TRAIN_CUTOFFS + 1):
            sample = tr._sample_ids(train, tr.MAX_CUSTOMERS_PER_CUTOFF, seed=j)
            frames.append(tr._rows_for(con, sample, as_of - timedelta(days=h * (1 + j)), all_cats, with_label=True,
                                       h=h).assign(calibrate=j == 0))
        train_rows = pd.concat(frames, ignore_index=True)
        hold = tr._rows_for(con, tr._sample_ids(holdout, tr.MAX_CUSTOMERS_PER_CUTOFF, seed=98),
                            as_of - timedelta(days=h), all_cats, with_label=True, h=h)
    ours = fit_propensity(train_rows, hold, categories=all_cats, horizon_days=h, max_train_rows=tr.MAX_TRAIN_ROWS)
    base = fit_propensity(train_rows, hold, categories=all_cats, horizon_days=h, max_train_rows=tr.MAX_TRAIN_ROWS,
                          kinds=("standardized_logistic",))
    y = hold["label"].to_numpy().astype(int)
    c = hold["category"].astype(str).to_numpy()
    p_ours, p_base = ours.predict(hold), base.predict(hold)
    cust = hold["customer_id"].astype(str).to_numpy()
    uniq, inv = np.unique(cust, return_inverse=True)
    rows_of = [np.flatnonzero(inv == k) for k in range(uniq.size)]
    rng = np.random.default_rng(0)
    boots = []
    for _ in range(B):
        idx = np.concatenate([rows_of[k] for k in rng.integers(0, uniq.size, uniq.size)])
        a_o, b_o = _macro(y[idx], p_ours[idx], c[idx])
        a_b, b_b = _macro(y[idx], p_base[idx], c[idx])
        boots.append((a_o, a_b, a_o - a_b, b_o, b_b))
    arr = np.array(boots)
    auc_o, brier_o = _macro(y, p_ours, c)
    auc_b, brier_b = _macro(y, p_base, c)
    return {
        "horizon_days": h, "chosen": ours.kind, "holdout_customers": int(uniq.size), "holdout_rows": len(hold),
        "families": {k: round(v["macro_auc"], 4) for k, v in ours.metrics.items()},
        "copilot": {"macro_auc": round(auc_o, 4), "ci": _ci(arr[:, 0]), "macro_brier": round(brier_o, 5)},
        "standardized_logistic": {"macro_auc": round(auc_b, 4), "ci": _ci(arr[:, 1]), "macro_brier": round(brier_b, 5)},
        "auc_difference": {"mean": round(auc_o - auc_b, 4), "ci": _ci(arr[:, 2])},
        "seconds": round(time.perf_counter() - t0, 1),
    }


# --- recommender ------------------------------------------------------------------------------------

def _matrix_of(it: pd.DataFrame, items: pd.DataFrame) -> tuple[sp.csr_matrix, sp.csr_matrix, pd.Index]:
    users = pd.Index(sorted(it["customer_id"].astype(str).unique()))
    item_ix = pd.Index(items["product_id"].astype(str))
    u = users.get_indexer(it["customer_id"].astype(str))
    i = item_ix.get_indexer(it["product_id"].astype(str))
    matrix = cf.confidence_matrix(u, i, it["n_orders"].to_numpy(), len(users), len(item_ix))
    days = (pd.to_datetime(it["last_ts"]) - pd.Timestamp("1970-01-01")).dt.days.to_numpy(dtype=np.float32)
    return matrix, sp.csr_matrix((days + 1, (u, i)), shape=matrix.shape), users


def bench_recommender(ws: Workspace, window: int = 30, max_users: int = 3000) -> dict[str, Any]:
    t0 = time.perf_counter()
    with ws.connect(read_only=True) as con:
        as_of = data_as_of(con)
        cut = as_of - timedelta(days=window)
        it = interactions(con, cut)
        test = con.execute(
            "SELECT DISTINCT o.customer_id, l.product_id FROM orders o JOIN order_lines l ON l.order_id = o.order_id "
            f"WHERE o.order_ts >= TIMESTAMP '{cut}' AND o.order_ts < TIMESTAMP '{as_of}'").df()
        items = con.execute("SELECT product_id, category FROM products ORDER BY product_id").df()
        repurchase = tr.repurchase_by_category(con, cut)
        matrix, recency, users = _matrix_of(it, items)
        params = cf.CFParams(factors=16, regularization=1.0, alpha=2.0)  # as training
        model, _m, reason = cf.choose_and_fit(matrix, params)
        policy = learn_blend(con, cut, model.method, params)  # as training: a time split inside the training data
    item_ix = pd.Index(items["product_id"].astype(str))
    ctx = RepeatContext(categories=items["category"].astype(str).to_numpy(), repurchase=repurchase,
                        as_of_day=(cut - date(1970, 1, 1)).days, policy=policy)
    test = test[test["customer_id"].astype(str).isin(users)]
    truth = test.groupby("customer_id")["product_id"].apply(lambda s: set(item_ix.get_indexer(s.astype(str))))
    chosen = truth.index.to_numpy()
    if chosen.size > max_users:
        chosen = np.sort(np.random.default_rng(1).choice(chosen, size=max_users, replace=False))
    pop = cf.popularity(matrix).astype(np.float64)
    pop_order = np.argsort(-pop, kind="stable")
    allowed = np.ones(len(item_ix), dtype=bool)
    prior = RepeatContext(ctx.categories, ctx.repurchase, ctx.as_of_day)  # the mix before it was learnt
    scores: dict[str, list[float]] = {"most_popular": [], "buy_again": [], "cf_only": [], "copilot": [],
                                      "copilot_prior_mix": []}
    n_again_items = 0
    for cid in chosen:
        uidx = int(users.get_loc(cid))
        row, rec = matrix[uidx], recency[uidx]
        rel = truth[cid]
        bought = row.indices
        scores["most_popular"].append(ndcg_at_k([int(x) for x in pop_order[:K]], rel, K))
        counts = dict(zip(bought.tolist(), row.data.tolist(), strict=True))
        last = dict(zip(rec.indices.tolist(), rec.data.tolist(), strict=True))
        again_base = sorted(bought.tolist(), key=lambda x: (-counts[x], -last.get(x, 0), x))
        fill = [int(x) for x in pop_order if int(x) not in counts]
        scores["buy_again"].append(ndcg_at_k((again_base + fill)[:K], rel, K))
        s = model.scores(row, uidx)
        s[bought] = -np.inf
        top = [int(x) for x in np.argsort(-s, kind="stable")[:K] if np.isfinite(s[x])]  # never a bought item
        scores["cf_only"].append(ndcg_at_k(top, rel, K))
        again, n_again = buy_again_for_list(ctx, row, rec, allowed, None, len(top), K)  # as the tool
        picks = blend([a[0] for a in again], top, n_again, K)
        n_again_items += sum(p in counts for p in picks)
        scores["copilot"].append(ndcg_at_k(picks, rel, K))
        again, n_again = buy_again_for_list(prior, row, rec, allowed, None, len(top), K)
        scores["copilot_prior_mix"].append(ndcg_at_k(blend([a[0] for a in again], top, n_again, K), rel, K))
    arr = {k: np.array(v) for k, v in scores.items()}
    rng = np.random.default_rng(0)
    boot = rng.integers(0, chosen.size, size=(B, chosen.size))
    best_base = max(("most_popular", "buy_again", "cf_only"), key=lambda k: arr[k].mean())
    out: dict[str, Any] = {"test_users": int(chosen.size), "method": model.method, "reason": reason,
                           "re_bought_categories": [c for c, r in repurchase.items() if r["repeats"]],
                           "blend": {"policy": policy.describe(), "reason": policy.reason},
                           "copilot_buy_again_share": round(n_again_items / max(1, K * chosen.size), 3)}
    for k, v in arr.items():
        out[k] = {"ndcg@10": round(float(v.mean()), 4), "ci": _ci(v[boot].mean(axis=1))}
    diff = arr["copilot"] - arr[best_base]
    out["copilot_minus_best_baseline"] = {"baseline": best_base, "mean": round(float(diff.mean()), 4),
                                          "ci": _ci(diff[boot].mean(axis=1))}
    learnt = arr["copilot"] - arr["copilot_prior_mix"]
    out["learnt_minus_prior_mix"] = {"mean": round(float(learnt.mean()), 4), "ci": _ci(learnt[boot].mean(axis=1))}
    out["seconds"] = round(time.perf_counter() - t0, 1)
    return out


# --- data sets ----------------------------------------------------------------------------------------

def grocery_workspace(root: Path, n: int = 1500, seed: int = 11) -> Workspace:
    """Weekly buyers of a 100-product grocery catalogue: each customer has favourites re-bought most weeks."""
    ws = open_workspace(root)
    if ws.exists():
        return ws
    rng = np.random.default_rng(seed)
    cats = ["produce", "dairy", "bakery", "pantry", "household"]
    prods = pd.DataFrame([{"product_id": f"G{c}{j:02d}", "name": f"{cat} {j}", "category": cat, "price": 1.0 + j % 7}
                          for c, cat in enumerate(cats) for j in range(20)])
    end = datetime(2026, 6, 30)
    cust = pd.DataFrame({"customer_id": [f"C{i:05d}" for i in range(n)],
                         "signup_date": [(end - timedelta(days=400)).date()] * n, "region": "north",
                         "consent_email": True, "consent_sms": False, "consent_push": False})
    weights = 1.0 / np.arange(1, len(prods) + 1) ** 0.8
    weights /= weights.sum()
    orders, lines = [], []
    for k, cid in enumerate(cust["customer_id"]):
        fav = rng.choice(len(prods), size=8, replace=False, p=weights)
        weekly = rng.uniform(0.5, 0.95)
        for week in range(52):
            if rng.random() > weekly:
                continue
            ts = end - timedelta(days=7 * week + float(rng.uniform(0, 7)))
            basket = set(rng.choice(fav, size=int(rng.integers(2, 6)), replace=False).tolist())
            if rng.random() < 0.3:
                basket.add(int(rng.choice(len(prods), p=weights)))
            oid = f"O{k:05d}{week:02d}"
            amount = float(prods["price"].to_numpy()[list(basket)].sum())
            orders.append((oid, cid, ts, amount))
            lines += [(oid, n_ + 1, prods["product_id"][p], 1, float(prods["price"][p])) for n_, p in enumerate(basket)]
    tables = {"customers": cust, "products": prods,
              "orders": pd.DataFrame(orders, columns=["order_id", "customer_id", "order_ts", "amount"]),
              "order_lines": pd.DataFrame(lines, columns=["order_id", "line_no", "product_id", "quantity", "amount"])}
    with ws.rebuild_database() as con:
        reset_schema(con)
        for name in LOAD_ORDER:
            if name in tables:
                insert_frame(con, name, tables[name])
    return ws


def datasets(only: str | None) -> dict[str, tuple[Workspace, int]]:
    out: dict[str, tuple[Workspace, int]] = {}
    if only in (None, "demo"):
        out["demo"] = (open_workspace(Path(os.environ.get("COPILOT_BENCH_DEMO", "/work/ws-demo"))), 30)
    if only in (None, "cdnow"):
        from copilot.data.examples import import_example

        ws = open_workspace(CACHE / "cdnow")
        if not ws.exists():
            import_example(ws, "cdnow")
        out["cdnow"] = (ws, 30)
    if only in (None, "grocery"):
        out["grocery"] = (grocery_workspace(CACHE / "grocery"), 7)  # 30 days: every customer buys (one class)
    return out


def to_markdown(results: dict[str, Any]) -> str:
    lines = [f"# Models against first-try baselines ({results['when']}, load {results['load']})\n",
             "## Propensity: copilot's model vs plain standardized logistic (holdout macro AUC, 95% CI)\n",
             "| data | horizon | chosen | copilot AUC | baseline AUC | difference | copilot / baseline Brier |",
             "|---|---|---|---|---|---|---|"]
    for name, r in results["data"].items():
        p = r["propensity"]
        lines.append(f"| {name} | {p['horizon_days']} d | {p['chosen']} | {p['copilot']['macro_auc']} {p['copilot']['ci']} "
                     f"| {p['standardized_logistic']['macro_auc']} {p['standardized_logistic']['ci']} | "
                     f"{p['auc_difference']['mean']:+} {p['auc_difference']['ci']} | {p['copilot']['macro_brier']} / "
                     f"{p['standardized_logistic']['macro_brier']} |")
    lines += ["\n## Recommendations: nDCG@10 on the last 30 days (95% CI)\n",
              "| data | users | copilot (blend) | most popular | buy-again | CF only (old tool) | copilot - best baseline |",
              "|---|---|---|---|---|---|---|"]
    for name, r in results["data"].items():
        q = r["recommender"]
        d = q["copilot_minus_best_baseline"]
        lines.append(f"| {name} | {q['test_users']:,} | {q['copilot']['ndcg@10']} {q['copilot']['ci']} | "
                     f"{q['most_popular']['ndcg@10']} {q['most_popular']['ci']} | {q['buy_again']['ndcg@10']} "
                     f"{q['buy_again']['ci']} | {q['cf_only']['ndcg@10']} {q['cf_only']['ci']} | {d['mean']:+} "
                     f"{d['ci']} vs {d['baseline']} |")
    lines.append("\nThe buy-again/discover mix, chosen per workspace inside the training data:\n")
    for name, r in results["data"].items():
        b = r["recommender"].get("blend")
        if b:
            d = r["recommender"]["learnt_minus_prior_mix"]
            lines.append(f"- {name}: {b['policy']} ({b['reason']}); on the scored window the learnt mix vs the "
                         f"prior mix (due order, share from repeat rates): {d['mean']:+} {d['ci']}")
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", choices=["demo", "cdnow", "grocery"])
    args = ap.parse_args()
    results: dict[str, Any] = {"when": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
                               "load": " ".join(f"{x:.2f}" for x in os.getloadavg()),
                               "machine": platform.platform(), "data": {}}
    for name, (ws, h) in datasets(args.only).items():
        print(f"{name}: propensity", flush=True)
        prop = bench_propensity(ws, h)
        print(f"{name}: recommender", flush=True)
        results["data"][name] = {"propensity": prop, "recommender": bench_recommender(ws)}
        print(json.dumps(results["data"][name], indent=1), flush=True)
    RESULTS.mkdir(exist_ok=True)
    suffix = "" if args.only is None else f"-{args.only}"
    (RESULTS / f"models{suffix}.json").write_text(json.dumps(results, indent=1) + "\n")
    (RESULTS / f"models{suffix}.md").write_text(to_markdown(results))


if __name__ == "__main__":
    main()
