"""The purchase-propensity model: training, calibration, holdout metrics and driver curves.

Design (one model for every category):

* rows are (customer, category) pairs plus a (customer, "any purchase") row; the category is a
  feature, so ``score_propensity(category=...)`` works for any category;
* features are computed at a cut-off T from events before T (``features.propensity_rows_sql``);
  the label is a purchase in ``[T, T + horizon)``;
* time split: the base model learns from several older cut-offs (``as_of - 2h``, ``- 3h``, ...)
  with negatives subsampled (and re-weighted) for speed; it is then calibrated on the
  training customers at the latest complete cut-off ``as_of - h`` and evaluated on held-out
  customers at that same cut-off (out-of-time for the base model, out-of-customer for both);
* logistic regression and histogram gradient boosting are both fitted and calibrated; the one
  with the better macro AUC (Brier breaks near-ties) is kept and both sets of metrics are stored.
"""

from __future__ import annotations

import logging
import warnings
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd
from sklearn.calibration import CalibratedClassifierCV
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.frozen import FrozenEstimator
from sklearn.impute import SimpleImputer
from sklearn.inspection import permutation_importance
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import brier_score_loss, roc_auc_score
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import FunctionTransformer, OneHotEncoder, StandardScaler

from copilot.tools.features import ANY_CATEGORY, CONSTANT_PER_CATEGORY, MODEL_FEATURES
from copilot.tools.stats import expected_calibration_error

log = logging.getLogger(__name__)

PD_ROWS_PER_CATEGORY = 100  # holdout rows per category averaged in its partial-dependence curves

LOG_FEATURES = [f for f in MODEL_FEATURES if not f.startswith("consent_") and f not in (
    "cat_share", "cat_popularity", "cat_season_index")]


def prepare(rows: pd.DataFrame, categories: list[str]) -> pd.DataFrame:
    """Model input from feature rows: float features plus a fixed-vocabulary categorical column."""
    x = pd.DataFrame({f: pd.to_numeric(rows[f], errors="coerce").astype("float64") for f in MODEL_FEATURES})
    x["category"] = pd.Categorical(rows["category"].astype(str), categories=categories)
    return x


def _log1p_nonneg(a: Any) -> Any:
    return np.log1p(np.clip(a, 0, None))


def make_logistic(categories: list[str]) -> Pipeline:
    numeric = make_pipeline(
        SimpleImputer(strategy="median", add_indicator=True),
        FunctionTransformer(_log1p_nonneg, feature_names_out="one-to-one"),
        StandardScaler(),
    )
    plain = make_pipeline(SimpleImputer(strategy="median"), StandardScaler())
    pre = ColumnTransformer([
        ("log", numeric, LOG_FEATURES),
        ("plain", plain, [f for f in MODEL_FEATURES if f not in LOG_FEATURES]),
        ("cat", OneHotEncoder(categories=[categories], handle_unknown="ignore"), ["category"]),
    ])
    return Pipeline([("pre", pre), ("clf", LogisticRegression(C=1.0, max_iter=500))])


def make_hgb() -> HistGradientBoostingClassifier:
    return HistGradientBoostingClassifier(
        learning_rate=0.1, max_iter=100, max_leaf_nodes=31, min_samples_leaf=40, l2_regularization=1.0,
        early_stopping=True, validation_fraction=0.15, n_iter_no_change=10, random_state=0,
        categorical_features="from_dtype",
    )


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

    def as_dict(self) -> dict[str, Any]:
        return {
            "auc": self.auc, "macro_auc": self.macro_auc, "ece": self.ece, "brier": self.brier,
            "base_rate": self.base_rate, "rows": self.rows, "positives": self.positives,
            "per_category": self.per_category,
        }


def evaluate(y: npt.NDArray[np.int_], p: npt.NDArray[np.float64], cats: npt.NDArray[Any]) -> Metrics:
    """Pooled and per-category AUC / ECE / Brier. Macro AUC averages categories with >= 10 positives."""
    per: dict[str, dict[str, float]] = {}
    aucs = []
    for c in sorted(set(cats.tolist())):
        m = cats == c
        yc, pc = y[m], p[m]
        entry = {"rows": float(m.sum()), "positives": float(yc.sum()), "base_rate": float(yc.mean()),
                 "mean_p": float(pc.mean()), "brier": float(brier_score_loss(yc, pc)),
                 "ece": float(expected_calibration_error(yc, pc))}
        if 0 < yc.sum() < yc.size:
            entry["auc"] = float(roc_auc_score(yc, pc))
            if yc.sum() >= 10:
                aucs.append(entry["auc"])
        per[c] = entry
    pooled_auc = float(roc_auc_score(y, p)) if 0 < y.sum() < y.size else 0.5
    return Metrics(
        auc=pooled_auc, macro_auc=float(np.mean(aucs)) if aucs else pooled_auc,
        ece=float(expected_calibration_error(y, p)), brier=float(brier_score_loss(y, p)),
        base_rate=float(y.mean()), rows=int(y.size), positives=int(y.sum()), per_category=per,
    )


@dataclass
class FittedPropensity:
    model: Any  # a calibrated classifier with predict_proba
    kind: str
    categories: list[str]
    horizon_days: int
    metrics: dict[str, dict[str, Any]]  # kind -> metrics dict
    importance: dict[str, float]
    #: feature -> {"x": grid, "y": PD averaged over every category's rows,
    #:             "by_category": {category: PD averaged over that category's rows}}
    pd_curves: dict[str, dict[str, Any]]

    def predict(self, rows: pd.DataFrame) -> npt.NDArray[np.float64]:
        x = prepare(rows, self.categories)
        return np.asarray(self.model.predict_proba(x)[:, 1], dtype=np.float64)


def partial_dependence_predictions(model: Any, x: pd.DataFrame, feature: str,
                                   grid: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """Predicted probability of every row of ``x`` with ``feature`` set to each grid value, shape
    (grid, rows) (one predict call)."""
    stacked = pd.concat([x] * grid.size, ignore_index=True)
    stacked[feature] = np.repeat(grid, len(x))
    return np.asarray(model.predict_proba(stacked)[:, 1], dtype=np.float64).reshape(grid.size, len(x))


def partial_dependence_curve(model: Any, x: pd.DataFrame, feature: str,
                             grid: npt.NDArray[np.float64]) -> list[float]:
    """Average predicted probability with ``feature`` set to each grid value (one predict call)."""
    return [float(v) for v in partial_dependence_predictions(model, x, feature, grid).mean(axis=1)]


def _sig(values: npt.NDArray[np.float64]) -> list[float]:
    """Six significant digits (the curves are stored in the model's meta.json)."""
    return [float(f"{v:.6g}") for v in values]


def _pd_sample(x: pd.DataFrame, cats: npt.NDArray[Any], categories: list[str], per_category: int,
               rng: np.random.Generator) -> tuple[pd.DataFrame, npt.NDArray[Any]]:
    """Up to ``per_category`` random rows of each category (its own rows: other features as they are
    for that category), with their categories."""
    picks = [rng.choice(idx, size=min(idx.size, per_category), replace=False)
             for c in categories if (idx := np.flatnonzero(cats == c)).size]
    take = np.sort(np.concatenate(picks)) if picks else np.zeros(0, dtype=np.int64)
    return x.iloc[take].reset_index(drop=True), cats[take]


def _subsample(rows: pd.DataFrame, max_rows: int, rng: np.random.Generator) -> tuple[pd.DataFrame, npt.NDArray[np.float64]]:
    """Keep every positive, subsample negatives to fit ``max_rows``; weights undo the sampling."""
    y = rows["label"].to_numpy()
    pos = np.flatnonzero(y == 1)
    neg = np.flatnonzero(y == 0)
    room = max(max_rows - pos.size, min(neg.size, max_rows // 4))
    rate = min(1.0, room / max(1, neg.size))
    keep_neg = neg[rng.random(neg.size) < rate] if rate < 1 else neg
    idx = np.sort(np.concatenate([pos, keep_neg]))
    w = np.where(y[idx] == 1, 1.0, 1.0 / rate)
    return rows.iloc[idx].reset_index(drop=True), w


def fit_propensity(
    train_rows: pd.DataFrame,
    calib_rows: pd.DataFrame,
    holdout_rows: pd.DataFrame,
    *,
    categories: list[str],
    horizon_days: int,
    max_train_rows: int = 60_000,
    seed: int = 0,
) -> FittedPropensity:
    """Fit, calibrate and evaluate both model families; keep the better (see module docstring)."""
    rng = np.random.default_rng(seed)
    tr, w = _subsample(train_rows, max_train_rows, rng)
    x_tr, y_tr = prepare(tr, categories), tr["label"].to_numpy()
    x_cal, y_cal = prepare(calib_rows, categories), calib_rows["label"].to_numpy()
    x_ho, y_ho = prepare(holdout_rows, categories), holdout_rows["label"].to_numpy()
    cats_ho = holdout_rows["category"].astype(str).to_numpy()
    method = "isotonic" if y_cal.sum() >= 400 else "sigmoid"

    candidates: dict[str, Any] = {}
    metrics: dict[str, dict[str, Any]] = {}
    for kind, est in (("logistic", make_logistic(categories)), ("hist_gradient_boosting", make_hgb())):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", category=UserWarning)  # lbfgs convergence chatter
            if kind == "logistic":
                est.fit(x_tr, y_tr, clf__sample_weight=w)
            else:
                est.fit(x_tr, y_tr, sample_weight=w)
        cal = CalibratedClassifierCV(FrozenEstimator(est), method=method)
        cal.fit(x_cal, y_cal)
        p = cal.predict_proba(x_ho)[:, 1]
        m = evaluate(y_ho, p, cats_ho)
        metrics[kind] = m.as_dict() | {"calibration": method}
        candidates[kind] = cal
        log.info("propensity %s: macro AUC %.3f, ECE %.4f, Brier %.4f", kind, m.macro_auc, m.ece, m.brier)

    lr, gb = metrics["logistic"], metrics["hist_gradient_boosting"]
    if abs(lr["macro_auc"] - gb["macro_auc"]) < 0.005:
        kind = "logistic" if lr["brier"] <= gb["brier"] else "hist_gradient_boosting"
    else:
        kind = "logistic" if lr["macro_auc"] > gb["macro_auc"] else "hist_gradient_boosting"
    model = candidates[kind]

    # drivers: permutation importance (Brier) and partial-dependence curves on a holdout sample
    n_s = min(len(x_ho), 2000)
    sample_idx = np.sort(rng.choice(len(x_ho), size=n_s, replace=False))
    xs, ys = x_ho.iloc[sample_idx], y_ho[sample_idx]
    imp = permutation_importance(model, xs, ys, scoring="neg_brier_score", n_repeats=2, random_state=seed)
    raw = {f: max(0.0, float(v)) for f, v in zip(xs.columns, imp.importances_mean, strict=True)}
    total = sum(raw.values()) or 1.0
    importance = {f: v / total for f, v in sorted(raw.items(), key=lambda kv: -kv[1])}
    # Partial dependence per category: a category's curve averages over that category's own rows, so
    # it is on that category's probability scale (tents ~1%, "any purchase" ~30%), not a pooled mix.
    curves: dict[str, dict[str, Any]] = {}
    pd_x, pd_cats = _pd_sample(x_ho, cats_ho, categories, PD_ROWS_PER_CATEGORY, rng)
    present = [c for c in categories if (pd_cats == c).any()]
    for f in MODEL_FEATURES:
        if f in CONSTANT_PER_CATEGORY or importance.get(f, 0.0) <= 0.0:
            continue
        grid = np.unique(np.quantile(pd_x[f].dropna(), np.linspace(0.02, 0.98, 12))) if pd_x[f].notna().any() \
            else np.zeros(0)
        if grid.size < 2:
            continue
        p = partial_dependence_predictions(model, pd_x, f, grid)
        curves[f] = {
            "x": [float(v) for v in grid],
            "y": _sig(p.mean(axis=1)),
            "by_category": {c: _sig(p[:, pd_cats == c].mean(axis=1)) for c in present},
        }
    return FittedPropensity(model=model, kind=kind, categories=categories, horizon_days=horizon_days,
                            metrics=metrics, importance=importance, pd_curves=curves)


__all__ = ["ANY_CATEGORY", "FittedPropensity", "fit_propensity", "prepare"]
