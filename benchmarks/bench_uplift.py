"""Uplift targeting vs propensity targeting vs random, on held-out past campaigns of the demo (Qini).

    python benchmarks/bench_uplift.py                      # 30,000-customer demo (the product's default)
    python benchmarks/bench_uplift.py --customers 6000

A SYNTHETIC demo workspace is built (cached in ``~/.cache/copilot-bench/uplift``). Its past campaigns whose
audience was a coin flip (``all``: 92% of the eligible customers sent, paid social: 30%) keep the rest as a
randomised holdout, and the generator records each customer's *true effect* -- the expected orders the
campaign adds for them, which differ by customer (see ``copilot.data.demo_campaigns``). Campaign-level,
time-ordered split: the models learn from the campaigns that started before :data:`SPLIT`, and are scored on
the later ones, which they never saw.

* uplift: the two-model learner of ``copilot train`` (:class:`copilot.tools.uplift.TwoModelUplift`), same
  features (:data:`copilot.tools.uplift.FEATURES`, as of each campaign's start) and outcome (an order within
  :data:`copilot.tools.uplift.WINDOW_DAYS` days);
* propensity: a classifier of the same outcome on the same rows, arm ignored (who buys, persuaded or not);
* random; oracle: the true effects themselves; feature ceiling: a regressor fitted to the training
  campaigns' *true* effects on the same features -- the best these features allow, not available in practice.

Per held-out campaign: the observed Qini coefficient (:func:`copilot.tools.uplift.qini_coefficient` on the
campaign's treated/holdout outcomes: noisy) and the true Qini -- the same area computed from the known
effects, i.e. the expected incremental orders of sending the top k of the ranking, minus random targeting's,
averaged over k -- and the share of all the campaign's true incremental orders that its top 20% hold.
Results go to ``benchmarks/results/uplift.md`` and ``uplift.json`` with the machine's load.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import time
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier, HistGradientBoostingRegressor

from copilot.data.demo import CAMPAIGN_ARMS_FILE, build_demo_workspace
from copilot.tools.uplift import (
    FEATURES,
    WINDOW_DAYS,
    RLearnerUplift,
    TwoModelUplift,
    balancing_weights,
    feature_rows,
    qini_coefficient,
    treated_share,
    validate,
)
from copilot.workspace import open_workspace

CACHE = Path.home() / ".cache" / "copilot-bench" / "uplift"
SPLIT = date(2025, 11, 1)
TOP = 0.2
NAMES = (
    "uplift (two-model)",
    "uplift (R-learner)",
    "propensity",
    "random",
    "feature ceiling",
    "oracle (true effect)",
)


def true_qini(score: np.ndarray, effect: np.ndarray) -> float:
    """The Qini coefficient of a ranking from the known effects: mean over cut-offs k of (the top k's expected
    incremental orders minus k/n of everyone's), the same area as ``qini_coefficient`` without outcome noise."""
    order = np.argsort(-score, kind="stable")
    curve = np.concatenate([[0.0], np.cumsum(effect[order])])
    n = effect.size
    diagonal = np.linspace(0.0, curve[-1], n + 1)
    return float(np.trapezoid(curve - diagonal) / n) if n else 0.0


def top_share(score: np.ndarray, effect: np.ndarray, share: float = TOP) -> float:
    """Share of all the true incremental orders that the top ``share`` of the ranking holds."""
    k = int(np.ceil(share * effect.size))
    total = float(effect.sum())
    return float(effect[np.argsort(-score, kind="stable")[:k]].sum() / total) if total > 0 else 0.0


def rows_of(customers: int, seed: int, persuasion: float) -> tuple[pd.DataFrame, float]:
    root = CACHE / f"demo-{customers}-s{seed}-p{persuasion:g}"
    ws = open_workspace(root)
    t0 = time.perf_counter()
    if not (root / CAMPAIGN_ARMS_FILE).exists():
        shutil.rmtree(root, ignore_errors=True)
        ws = open_workspace(root)
        build_demo_workspace(ws, seed=seed, n_customers=customers, persuasion=persuasion)
    arms = pd.read_parquet(root / CAMPAIGN_ARMS_FILE)
    with ws.connect() as con:
        con.register("_arms", arms)
        frame = con.execute(
            "SELECT a.*, CAST(c.start_date AS DATE) AS as_of, c.channel FROM _arms a JOIN campaigns c "
            "USING (campaign_id) ORDER BY c.start_date, a.campaign_id, a.customer_id"
        ).df()
        con.unregister("_arms")
        feats = feature_rows(con, frame.assign(key=np.arange(len(frame))))
    return pd.concat(
        [frame.reset_index(drop=True), feats.drop(columns=["key"])], axis=1
    ), time.perf_counter() - t0


def evaluate(customers: int, seed: int, persuasion: float) -> dict[str, Any]:
    t0 = time.perf_counter()
    df, build_s = rows_of(customers, seed, persuasion)
    train = df[df["as_of"] < pd.Timestamp(SPLIT)]
    test = df[df["as_of"] >= pd.Timestamp(SPLIT)]
    x = train[list(FEATURES)].to_numpy(dtype=float)
    t = (train["arm"] == "treated").to_numpy()
    y = train["ordered"].to_numpy(dtype=bool)
    uplift = TwoModelUplift.fit(x, t, y, weight=balancing_weights(train["campaign_id"].to_numpy(), t))
    rlearner = RLearnerUplift.fit(x, t, y, treated_share(train["campaign_id"].to_numpy(), t))
    propensity = HistGradientBoostingClassifier(
        max_iter=150, learning_rate=0.05, max_depth=3, min_samples_leaf=40, random_state=0
    ).fit(x, y)
    ceiling = HistGradientBoostingRegressor(
        max_iter=150, learning_rate=0.05, max_depth=3, min_samples_leaf=40, random_state=0
    ).fit(x, train["true_effect"].to_numpy(dtype=float))
    check = validate(train["campaign_id"].astype(str).to_numpy(), train["as_of"].to_numpy(), x, t, y)
    rng = np.random.default_rng(0)
    rows: list[dict[str, Any]] = []
    for cid, g in test.groupby("campaign_id", sort=False):
        xg = g[list(FEATURES)].to_numpy(dtype=float)
        tg = (g["arm"] == "treated").to_numpy()
        yg = g["ordered"].to_numpy(dtype=bool)
        eff = g["true_effect"].to_numpy(dtype=float)
        scores = {
            "uplift (two-model)": uplift.predict(xg),
            "uplift (R-learner)": rlearner.predict(xg),
            "propensity": propensity.predict_proba(xg)[:, 1],
            "random": rng.random(len(g)),
            "feature ceiling": ceiling.predict(xg),
            "oracle (true effect)": eff,
        }
        rows.append(
            {
                "campaign": str(cid),
                "channel": str(g["channel"].iloc[0]),
                "start": str(g["as_of"].iloc[0].date()),
                "treated": int(tg.sum()),
                "holdout": int((~tg).sum()),
                "observed_lift": float(yg[tg].mean() - yg[~tg].mean()),
                "true_mean_effect": float(eff.mean()),
                "observed": {k: qini_coefficient(v, tg, yg) for k, v in scores.items()},
                "true": {k: true_qini(v, eff) for k, v in scores.items()},
                "top20": {k: top_share(v, eff) for k, v in scores.items()},
                "corr_uplift_true": float(np.corrcoef(scores["uplift (two-model)"], eff)[0, 1]),
                "corr_propensity_true": float(np.corrcoef(scores["propensity"], eff)[0, 1]),
            }
        )
    parts = ("observed", "true", "top20")
    mean = {part: {k: float(np.mean([r[part][k] for r in rows])) for k in NAMES} for part in parts}
    beats = {part: sum(r[part]["uplift (two-model)"] > r[part]["propensity"] for r in rows) for part in parts}
    summary = {
        "customers": customers,
        "seed": seed,
        "persuasion": persuasion,
        "split": str(SPLIT),
        "train_campaigns": int(train["campaign_id"].nunique()),
        "test_campaigns": len(rows),
        "train_rows": {"treated": int(t.sum()), "holdout": int((~t).sum())},
        "test_rows": {
            "treated": int((test["arm"] == "treated").sum()),
            "holdout": int((test["arm"] != "treated").sum()),
        },
        "train_mean_true_effect": float(train["true_effect"].mean()),
        "train_order_rate": float(y.mean()),
        "mean": mean,
        "uplift_beats_propensity": beats,
        "mean_corr_uplift_true": float(np.mean([r["corr_uplift_true"] for r in rows])),
        "mean_corr_propensity_true": float(np.mean([r["corr_propensity_true"] for r in rows])),
        "self_check": {k: v for k, v in check.items()},
        "build_and_feature_seconds": round(build_s, 1),
        "seconds": round(time.perf_counter() - t0, 1),
    }
    return {"summary": summary, "campaigns": rows}


def section(result: dict[str, Any]) -> list[str]:
    s, rows = result["summary"], result["campaigns"]
    m, beats = s["mean"], s["uplift_beats_propensity"]
    title = (
        "The demo workspace as built (persuasion off)"
        if not s["persuasion"]
        else f"A variant with the optional persuasion effect (persuasion = {s['persuasion']:g})"
    )
    md = [
        f"## {title}",
        "",
        f"{s['train_campaigns']} randomised campaigns before {s['split']} to learn from "
        f"({s['train_rows']['treated']:,} treated / {s['train_rows']['holdout']:,} holdout customer-campaigns), "
        f"{s['test_campaigns']} later ones held out. Mean true effect {s['train_mean_true_effect']:.2%} per "
        f"customer-campaign against a {s['train_order_rate']:.0%} chance of ordering within {WINDOW_DAYS} days anyway.",
        "",
        "| mean over held-out campaigns | " + " | ".join(NAMES) + " |",
        "|---|" + "---|" * len(NAMES),
        "| **true Qini** | " + " | ".join(f"**{m['true'][k]:.2f}**" for k in NAMES) + " |",
        "| observed Qini | " + " | ".join(f"{m['observed'][k]:.1f}" for k in NAMES) + " |",
        "| top 20% holds this share of the true incremental orders | "
        + " | ".join(f"{m['top20'][k]:.0%}" for k in NAMES)
        + " |",
        "",
        f"Uplift (two-model, the product's learner) beat propensity on {beats['true']}/{len(rows)} held-out campaigns by true Qini, "
        f"{beats['observed']}/{len(rows)} by observed Qini. Correlation with the true effect, mean over campaigns: "
        f"two-model score {s['mean_corr_uplift_true']:.2f}, propensity {s['mean_corr_propensity_true']:.2f}. "
        f"Self-check of `copilot train` on the training campaigns: {s['self_check']['sentence']}.",
        "",
        "| campaign | channel | start | treated / holdout | observed lift | true mean effect | true Qini: two-model / "
        "R-learner / propensity / random / ceiling / oracle | top 20%: two-model / propensity / oracle | observed "
        "Qini: two-model / propensity / random |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        md.append(
            f"| {r['campaign']} | {r['channel']} | {r['start']} | {r['treated']:,} / {r['holdout']:,} | "
            f"{r['observed_lift']:+.2%} | {r['true_mean_effect']:.2%} | "
            + " / ".join(f"{r['true'][k]:.2f}" for k in NAMES)
            + f" | {r['top20']['uplift (two-model)']:.0%} / {r['top20']['propensity']:.0%} / "
            f"{r['top20']['oracle (true effect)']:.0%} | {r['observed']['uplift (two-model)']:.1f} / "
            f"{r['observed']['propensity']:.1f} / {r['observed']['random']:.1f} |"
        )
    return [*md, ""]


def reading(results: list[dict[str, Any]]) -> list[str]:
    """What the figures say, in words (from the figures)."""
    out = []
    for r in results:
        s = r["summary"]
        m = s["mean"]["true"]
        two, prop, oracle = m["uplift (two-model)"], m["propensity"], m["oracle (true effect)"]
        top = s["mean"]["top20"]
        where = (
            "the demo as built" if not s["persuasion"] else f"the persuasion variant ({s['persuasion']:g})"
        )
        out.append(
            f"- In {where}, the uplift learner's ranking reaches {two / oracle:.0%} of the oracle's true Qini and "
            f"propensity's {prop / oracle:.0%}; the top 20% by uplift holds {top['uplift (two-model)']:.0%} of the true "
            f"incremental orders (random 20%, propensity {top['propensity']:.0%}, oracle "
            f"{top['oracle (true effect)']:.0%}). `copilot train`'s own check on the training campaigns: z = "
            f"{s['self_check']['z']:.1f}."
        )
    return [
        "Reading:",
        "",
        *out,
        "- In the demo as built, a campaign's effect is its funnel (delivered, opened, clicked, converted) at the "
        "customer's engagement, so the persuadable are the engaged buyers, who are also the likeliest to buy: "
        "propensity ranks them well, and the effects are so small against the base rate that the holdouts cannot "
        "teach the uplift learner who they are. With the optional persuasion effect (lapsing customers persuadable, "
        "recent buyers not) the effect runs against the propensity to buy, propensity targeting aims at the wrong "
        "customers, and the uplift learner finds part of the signal. The persuasion effect is off in the demo "
        "workspace because it adds orders, which would change every other table and the figures built on them.",
        "- Observed Qini (what a brand could measure) is noise at these holdout sizes: it disagrees with the true "
        "Qini on several campaigns, and the training self-check does not tell a useful ranking from a useless one "
        "(`copilot train` says 'not shown to beat random targeting' in both variants).",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--customers", type=int, default=30_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--persuasion",
        type=float,
        nargs="+",
        default=[0.0, 1.0],
        help="Variants to run: 0 = the demo as built; > 0 adds the optional persuasion effect.",
    )
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "results")
    args = parser.parse_args()
    t0 = time.perf_counter()
    results = [evaluate(args.customers, args.seed, p) for p in args.persuasion]
    meta = {
        "total_seconds": round(time.perf_counter() - t0, 1),
        "load": os.getloadavg(),
        "cpus": os.cpu_count(),
        "measured_at": datetime.now(UTC).isoformat(),
    }
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "uplift.json").write_text(json.dumps({"variants": results, **meta}, indent=2))
    md = [
        "# Uplift targeting vs propensity vs random on held-out past campaigns (SYNTHETIC demo, Qini)",
        "",
        f"Demo workspace of {args.customers:,} customers (seed {args.seed}). Past campaigns whose audience was a coin "
        "flip (92% of the eligible customers for 'all' campaigns, 30% for paid social) keep the rest as a randomised "
        "holdout; the generator records each customer's true effect, the expected orders the campaign adds for them, "
        "which differ by customer (`copilot/data/demo_campaigns.py`). Campaign-level, time-ordered split: models "
        f"learn from the randomised campaigns before {SPLIT} and are scored on the later ones, never seen "
        f"(`benchmarks/bench_uplift.py`). Outcome: an order within {WINDOW_DAYS} days of the campaign's start; "
        f"features: {', '.join(FEATURES)} as of the start. Uplift (two-model): the learner of `copilot train`, a "
        "T-learner whose arms are weighted to the same mix of campaigns; uplift (R-learner): an alternative, added "
        "after the two-model learner came out near random on a 6,000-customer run of this benchmark, reported "
        "here, not chosen (it did worse at 30,000); propensity: a classifier of the same outcome on the same rows, "
        "arm ignored. Self-check: the validation `copilot train` runs on the training campaigns alone (latest 30% "
        "held out; z = observed Qini / its spread under random rankings).",
        "",
        "True Qini: the mean, over every cut-off k of the ranking, of the expected incremental orders of sending the "
        "top k (from the known effects) minus random targeting's -- no outcome noise. Observed Qini: the same area "
        "from outcomes (treated orders minus holdout orders scaled to the treated count, among the top k) -- what a "
        "brand could measure, noisy. Top 20%: the share of the campaign's true incremental orders in the top fifth "
        "of the ranking (random: 20%). Feature ceiling: a regressor fitted to the training campaigns' true effects "
        "(not available in practice: the best these features allow). Oracle: the true effects.",
        "",
    ]
    for r in results:
        md += section(r)
    md += [*reading(results), ""]
    md += [
        f"Machine: {meta['cpus']} CPUs, load average {meta['load'][0]:.2f} / {meta['load'][1]:.2f} / "
        f"{meta['load'][2]:.2f} at the end; total {meta['total_seconds']:.0f} s.",
        "",
    ]
    (args.out / "uplift.md").write_text("\n".join(md))
    print("\n".join(md))


if __name__ == "__main__":
    main()
