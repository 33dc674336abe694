"""Uplift targeting vs propensity targeting vs random, by Qini coefficient on held-out campaign runs.

    python benchmarks/bench_uplift.py --knowledge-from /work/ws-demo

Uses the approved plan of ``bench_loop.py`` (a SYNTHETIC 6,000-customer demo). Each "campaign" is an
independent run of it: a fresh random holdout/treated assignment of the frozen audience and simulated
results (``copilot demo simulate-results``), whose effects differ by customer (persuadability by
recency, :data:`copilot.data.simulate.PERSUADABILITY`). The two-model uplift learner
(:mod:`copilot.tools.uplift`) and a propensity model (same features, conversion regardless of arm) are
fitted on the first runs pooled and scored on later runs they never saw. Results go to
``benchmarks/results/uplift.md`` and ``uplift.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_loop import CACHE, LATER, NOW, deps_at, prepared, rerandomise

from copilot.lifecycle import api
from copilot.lifecycle.activation import load_activation
from copilot.lifecycle.readout import ATTRIBUTION_DAYS, outcomes
from copilot.tools.uplift import FEATURES, TwoModelUplift, customer_features, qini_coefficient
from copilot.workspace import open_workspace


def run(base: Path, plan_id: str, seed: int) -> dict[str, np.ndarray]:
    root = CACHE / "scratch" / f"u{seed}"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(base, root, ignore=shutil.ignore_patterns("chroma", "models", "features", "scores"))
    rerandomise(root, plan_id, seed)
    truth = api.simulate(deps_at(root, NOW), plan_id, seed=seed)
    plan = api.show(deps_at(root, LATER), plan_id)
    ws = open_workspace(root)
    _, asg = load_activation(ws, plan_id)
    ids = [str(c) for c in asg["customer_id"]]
    from datetime import timedelta

    out = outcomes(ws, ids, plan.start_date, plan.end_date + timedelta(days=ATTRIBUTION_DAYS))
    x = customer_features(ws, ids, plan.start_date)[list(FEATURES)].to_numpy(dtype=float)
    shutil.rmtree(root, ignore_errors=True)
    return {"x": x, "t": (asg["arm"] == "treated").to_numpy(), "y": out["conv"].to_numpy(dtype=bool),
            "true": np.array([truth.uplift[c] for c in ids])}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--train-runs", type=int, default=20)
    parser.add_argument("--test-runs", type=int, default=20)
    parser.add_argument("--customers", type=int, default=6000)
    parser.add_argument("--knowledge-from", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "results")
    args = parser.parse_args()
    base, plan_id = prepared(args.customers, args.knowledge_from)
    runs = [run(base, plan_id, 1000 + s) for s in range(args.train_runs + args.test_runs)]
    train, test = runs[: args.train_runs], runs[args.train_runs:]
    x = np.concatenate([r["x"] for r in train])
    t = np.concatenate([r["t"] for r in train])
    y = np.concatenate([r["y"] for r in train])
    uplift = TwoModelUplift.fit(x, t, y)
    propensity = HistGradientBoostingClassifier(max_iter=150, learning_rate=0.05, max_depth=3, min_samples_leaf=40,
                                                random_state=0).fit(x, y)
    rng = np.random.default_rng(0)
    rows = []
    for i, r in enumerate(test):
        scores = {
            "uplift (two-model)": uplift.predict(r["x"]),
            "propensity": propensity.predict_proba(r["x"])[:, 1],
            "random": rng.random(len(r["y"])),
            "oracle (true uplift)": r["true"],
        }
        rows.append({"run": i + 1, **{k: qini_coefficient(v, r["t"], r["y"]) for k, v in scores.items()},
                     "corr_uplift_true": float(np.corrcoef(scores["uplift (two-model)"], r["true"])[0, 1])})
    names = ["uplift (two-model)", "propensity", "random", "oracle (true uplift)"]
    mean = {k: float(np.mean([r[k] for r in rows])) for k in [*names, "corr_uplift_true"]}
    wins = sum(r["uplift (two-model)"] > r["propensity"] for r in rows)
    summary = {"train_runs": args.train_runs, "test_runs": args.test_runs, "customers_per_run": len(test[0]["y"]),
               "mean_qini": mean, "uplift_beats_propensity_runs": wins, "load": os.getloadavg(),
               "measured_at": datetime.now(UTC).isoformat()}
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "uplift.json").write_text(json.dumps({"summary": summary, "runs": rows}, indent=2))
    md = [
        "# Uplift targeting vs propensity vs random (SYNTHETIC demo, Qini coefficient)",
        "",
        f"Two-model uplift learner and a propensity model (same features: {', '.join(FEATURES)}) fitted on "
        f"{args.train_runs} runs of one approved campaign plan ({summary['customers_per_run']:,} customers each, fresh "
        f"random holdout per run, effects that differ by customer), scored on {args.test_runs} later runs they never "
        "saw (`benchmarks/bench_uplift.py`). Qini coefficient: the mean, over every cut-off of the ranking, of the "
        "incremental conversions among the top customers above what random targeting gets (higher is better; "
        "0 = random). The holdout is 10% of each run, so each run's figure is noisy: read the mean.",
        "",
        "| run | " + " | ".join(names) + " | corr(uplift score, true uplift) |",
        "|---|" + "---|" * (len(names) + 1),
    ]
    for r in rows:
        md.append(f"| {r['run']} | " + " | ".join(f"{r[k]:.5f}" for k in names) + f" | {r['corr_uplift_true']:.2f} |")
    md.append("| **mean** | " + " | ".join(f"**{mean[k]:.5f}**" for k in names) + f" | {mean['corr_uplift_true']:.2f} |")
    md += ["", f"Uplift beat propensity on {wins}/{len(rows)} held-out runs. Load average "
           f"{summary['load'][0]:.2f} on {os.cpu_count()} CPUs.",
           "", "Limits: the held-out runs re-run the same audience (new randomisation and outcomes), not other "
           "campaigns; the demo's historical campaigns carry no holdouts, so the model learns from approved "
           "plans' read-outs only.", ""]
    (args.out / "uplift.md").write_text("\n".join(md))
    print("\n".join(md))


if __name__ == "__main__":
    main()
