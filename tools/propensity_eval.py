"""Judging a propensity model: pooled and per-category holdout metrics (AUC, ECE, Brier; macro figures
over the categories with enough buyers), and its drivers -- permutation importance and per-category
partial-dependence curves. Used by :func:`copilot.tools.propensity_model.fit_propensity`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd
from sklearn.inspection import permutation_importance
from sklearn.metrics import brier_score_loss, roc_auc_score

from copilot.tools.features import CONSTANT_PER_CATEGORY, MODEL_FEATURES
from copilot.tools.stats import expected_calibration_error

PD_ROWS_PER_CATEGORY = 100  # holdout rows per category averaged in its partial-dependence curves

#: A category's holdout figures (AUC, ECE, Brier) are reported, and enter the macro averages, only
#: when it has at least this many holdout buyers: below it they are noise (a category nobody
#: bought has ECE 0 and Brier ~0, which says nothing about the model).
MIN_EVAL_POSITIVES = 20


@dataclass
class Metrics:
    auc: float
    macro_auc: float
    ece: float
    brier: float
    base_rate: float
    rows: int
    positives: int
    per_category: dict[str, dict[str, float]] = field(default_factory=dict)
    macro_ece: float = 0.0
    macro_brier: float = 0.0
    evaluated_categories: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "auc": self.auc,
            "macro_auc": self.macro_auc,
            "ece": self.ece,
            "brier": self.brier,
            "macro_ece": self.macro_ece,
            "macro_brier": self.macro_brier,
            "evaluated_categories": self.evaluated_categories,
            "base_rate": self.base_rate,
            "rows": self.rows,
            "positives": self.positives,
            "per_category": self.per_category,
        }


def evaluate(y: npt.NDArray[np.int_], p: npt.NDArray[np.float64], cats: npt.NDArray[Any]) -> Metrics:
    """Pooled and per-category AUC / ECE / Brier. The macro figures average the categories with at
    least :data:`MIN_EVAL_POSITIVES` holdout buyers (``evaluated_categories`` says how many); with
    none, ``macro_auc`` falls back to the pooled AUC and ``evaluated_categories`` is 0."""
    per: dict[str, dict[str, float]] = {}
    aucs, eces, briers = [], [], []
    for c in sorted(set(cats.tolist())):
        m = cats == c
        yc, pc = y[m], p[m]
        entry = {
            "rows": float(m.sum()),
            "positives": float(yc.sum()),
            "base_rate": float(yc.mean()),
            "mean_p": float(pc.mean()),
            "brier": float(brier_score_loss(yc, pc, labels=[0, 1])),
            "ece": float(expected_calibration_error(yc, pc)),
        }
        if 0 < yc.sum() < yc.size:
            entry["auc"] = float(roc_auc_score(yc, pc))
            if yc.sum() >= MIN_EVAL_POSITIVES:
                aucs.append(entry["auc"])
                eces.append(entry["ece"])
                briers.append(entry["brier"])
        per[c] = entry
    if y.size == 0:
        return Metrics(auc=0.5, macro_auc=0.5, ece=0.0, brier=0.0, base_rate=0.0, rows=0, positives=0)
    pooled_auc = float(roc_auc_score(y, p)) if 0 < y.sum() < y.size else 0.5
    return Metrics(
        auc=pooled_auc,
        macro_auc=float(np.mean(aucs)) if aucs else pooled_auc,
        ece=float(expected_calibration_error(y, p)),
        brier=float(brier_score_loss(y, p, labels=[0, 1])),
        base_rate=float(y.mean()),
        rows=int(y.size),
        positives=int(y.sum()),
        per_category=per,
        macro_ece=float(np.mean(eces)) if eces else 0.0,
        macro_brier=float(np.mean(briers)) if briers else 0.0,
        evaluated_categories=len(aucs),
    )


def partial_dependence_predictions(
    model: Any, x: pd.DataFrame, feature: str, grid: npt.NDArray[np.float64]
) -> npt.NDArray[np.float64]:
    """Predicted probability of every row of ``x`` with ``feature`` set to each grid value, shape
    (grid, rows) (one predict call)."""
    stacked = pd.concat([x] * grid.size, ignore_index=True)
    stacked[feature] = np.repeat(grid, len(x))
    return np.asarray(model.predict_proba(stacked)[:, 1], dtype=np.float64).reshape(grid.size, len(x))


def partial_dependence_curve(
    model: Any, x: pd.DataFrame, feature: str, grid: npt.NDArray[np.float64]
) -> list[float]:
    """Average predicted probability with ``feature`` set to each grid value (one predict call)."""
    return [float(v) for v in partial_dependence_predictions(model, x, feature, grid).mean(axis=1)]


def _sig(values: npt.NDArray[np.float64]) -> list[float]:
    """Six significant digits (the curves are stored in the model's meta.json)."""
    return [float(f"{v:.6g}") for v in values]


def _pd_sample(
    x: pd.DataFrame,
    cats: npt.NDArray[Any],
    categories: list[str],
    per_category: int,
    rng: np.random.Generator,
) -> tuple[pd.DataFrame, npt.NDArray[Any]]:
    """Up to ``per_category`` random rows of each category (its own rows: other features as they are
    for that category), with their categories."""
    picks = [
        rng.choice(idx, size=min(idx.size, per_category), replace=False)
        for c in categories
        if (idx := np.flatnonzero(cats == c)).size
    ]
    take = np.sort(np.concatenate(picks)) if picks else np.zeros(0, dtype=np.int64)
    return x.iloc[take].reset_index(drop=True), cats[take]


def drivers(
    model: Any,
    x_ev: pd.DataFrame,
    y_ev: npt.NDArray[Any],
    cats_ev: npt.NDArray[Any],
    categories: list[str],
    rng: np.random.Generator,
    seed: int,
) -> tuple[dict[str, float], dict[str, dict[str, Any]]]:
    """Permutation importance (Brier) on a sample of up to 2,000 rows, and partial-dependence curves
    per category for the features that matter: ``(importance, curves)``."""
    n_s = min(len(x_ev), 2000)
    sample_idx = np.sort(rng.choice(len(x_ev), size=n_s, replace=False))
    xs, ys = x_ev.iloc[sample_idx], y_ev[sample_idx]
    raw: dict[str, float] = dict.fromkeys(xs.columns, 0.0)
    if np.unique(ys).size == 2:
        imp = permutation_importance(model, xs, ys, scoring="neg_brier_score", n_repeats=2, random_state=seed)
        raw = {f: max(0.0, float(v)) for f, v in zip(xs.columns, imp.importances_mean, strict=True)}
    total = sum(raw.values()) or 1.0
    importance = {f: v / total for f, v in sorted(raw.items(), key=lambda kv: -kv[1])}
    # Partial dependence per category: a category's curve averages over that category's own rows, so
    # it is on that category's probability scale (tents ~1%, "any purchase" ~30%), not a pooled mix.
    curves: dict[str, dict[str, Any]] = {}
    pd_x, pd_cats = _pd_sample(x_ev, cats_ev, categories, PD_ROWS_PER_CATEGORY, rng)
    present = [c for c in categories if (pd_cats == c).any()]
    for f in MODEL_FEATURES:
        if f in CONSTANT_PER_CATEGORY or importance.get(f, 0.0) <= 0.0:
            continue
        grid = (
            np.unique(np.quantile(pd_x[f].dropna(), np.linspace(0.02, 0.98, 12)))
            if pd_x[f].notna().any()
            else np.zeros(0)
        )
        if grid.size < 2:
            continue
        p = partial_dependence_predictions(model, pd_x, f, grid)
        curves[f] = {
            "x": [float(v) for v in grid],
            "y": _sig(p.mean(axis=1)),
            "by_category": {c: _sig(p[:, pd_cats == c].mean(axis=1)) for c in present},
        }
    return importance, curves
