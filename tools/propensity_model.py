"""The purchase-propensity model: training, calibration, holdout metrics and driver curves.

Design (one model for every category):

* rows are (customer, category) pairs plus a (customer, "any purchase") row; the category is a
  feature, so ``score_propensity(category=...)`` works for any category;
* features are computed at a cut-off T from events before T (``features.propensity_rows_sql``);
  the label is a purchase in ``[T, T + horizon)``;
* rows: the training customers at several cut-offs (``as_of - h`` ... ``as_of - (1 + k) h``),
  negatives subsampled (and re-weighted) for speed; evaluation on held-out customers at the latest
  complete cut-off ``as_of - h`` (out-of-customer);
* calibration is out-of-fold (:class:`OutOfFoldCalibrated`): each family is fitted on every
  training row and its calibration map (sigmoid, isotonic from 400 buyers) on out-of-fold
  predictions with folds grouped by customer -- no calibration split is set aside;
* three families are compared: the log1p logistic recipe, a plain standardized logistic (the
  baseline a data scientist tries first) and histogram gradient boosting; the best holdout macro
  AUC (macro Brier breaks near-ties) is kept, per workspace, and every family's metrics are stored.

The metrics and the drivers (importance, partial dependence) are in :mod:`copilot.tools.propensity_eval`.
The classes and functions a fitted model pickles (:class:`FittedPropensity`, :class:`OutOfFoldCalibrated`,
the pipelines' transformers) stay here, so saved models keep loading.
"""

from __future__ import annotations

import logging
import warnings
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.exceptions import ConvergenceWarning
from sklearn.impute import SimpleImputer
from sklearn.isotonic import IsotonicRegression
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedGroupKFold
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import FunctionTransformer, OneHotEncoder, StandardScaler

from copilot.errors import UsageError
from copilot.tools.attributes import AttributeEncoding
from copilot.tools.features import ANY_CATEGORY, MODEL_FEATURES
from copilot.tools.propensity_eval import (
    MIN_EVAL_POSITIVES,
    PD_ROWS_PER_CATEGORY,
    Metrics,
    drivers,
    evaluate,
    partial_dependence_curve,
    partial_dependence_predictions,
)

log = logging.getLogger(__name__)

LOG_FEATURES = [
    f
    for f in MODEL_FEATURES
    if not f.startswith("consent_") and f not in ("cat_share", "cat_popularity", "cat_season_index")
]


def prepare(rows: pd.DataFrame, categories: list[str], extra: list[str] | None = None) -> pd.DataFrame:
    """Model input from feature rows: float features (``extra``: the customer-attribute features the
    model was trained with, :mod:`copilot.tools.attributes`) plus a fixed-vocabulary categorical column."""
    missing = [f for f in extra or [] if f not in rows.columns]
    if missing:
        raise UsageError(
            f"This propensity model uses customer attributes ({missing[0].split(':')[1].split('=')[0]}...), which "
            "these rows do not carry (the Spark backend does not read the customer_attributes table).",
            hint="Score with `copilot score` on the workspace, or retrain with `copilot train --spark`.",
        )
    feats = [*MODEL_FEATURES, *(extra or [])]
    x = pd.DataFrame({f: pd.to_numeric(rows[f], errors="coerce").astype("float64") for f in feats})
    x["category"] = pd.Categorical(rows["category"].astype(str), categories=categories)
    return x


def _log1p_nonneg(a: Any) -> Any:
    return np.log1p(np.clip(a, 0, None))


def make_logistic(categories: list[str], extra: list[str] | None = None) -> Pipeline:
    numeric = make_pipeline(
        SimpleImputer(strategy="median", add_indicator=True),
        FunctionTransformer(_log1p_nonneg, feature_names_out="one-to-one"),
        StandardScaler(),
    )
    plain = make_pipeline(SimpleImputer(strategy="median"), StandardScaler())
    pre = ColumnTransformer(
        [
            ("log", numeric, LOG_FEATURES),
            ("plain", plain, [f for f in MODEL_FEATURES if f not in LOG_FEATURES] + list(extra or [])),
            ("cat", OneHotEncoder(categories=[categories], handle_unknown="ignore"), ["category"]),
        ]
    )
    return Pipeline([("pre", pre), ("clf", LogisticRegression(C=1.0, max_iter=500))])


def make_hgb() -> HistGradientBoostingClassifier:
    return HistGradientBoostingClassifier(
        learning_rate=0.1,
        max_iter=100,
        max_leaf_nodes=31,
        min_samples_leaf=40,
        l2_regularization=1.0,
        early_stopping=True,
        validation_fraction=0.15,
        n_iter_no_change=10,
        random_state=0,
        categorical_features="from_dtype",
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
    #: the customer attributes used as features (None: none; models pickled before attributes have none)
    attributes: AttributeEncoding | None = None

    @property
    def extra_features(self) -> list[str]:
        enc = getattr(self, "attributes", None)
        return enc.features() if enc is not None else []

    def predict(self, rows: pd.DataFrame) -> npt.NDArray[np.float64]:
        x = prepare(rows, self.categories, self.extra_features)
        return np.asarray(self.model.predict_proba(x)[:, 1], dtype=np.float64)


def _subsample(
    rows: pd.DataFrame, max_rows: int, rng: np.random.Generator
) -> tuple[pd.DataFrame, npt.NDArray[np.float64]]:
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


CV_FOLDS = 3  # out-of-fold calibration folds (grouped by customer)
KINDS = ("logistic", "standardized_logistic", "hist_gradient_boosting")


def make_standardized_logistic(categories: list[str], extra: list[str] | None = None) -> Pipeline:
    """The baseline a data scientist tries first: median-imputed, standardized features and a
    one-hot category, plain logistic regression (no log transform)."""
    pre = ColumnTransformer(
        [
            (
                "num",
                make_pipeline(SimpleImputer(strategy="median", keep_empty_features=True), StandardScaler()),
                [*MODEL_FEATURES, *(extra or [])],
            ),
            ("cat", OneHotEncoder(categories=[categories], handle_unknown="ignore"), ["category"]),
        ]
    )
    return Pipeline([("pre", pre), ("clf", LogisticRegression(C=1.0, max_iter=1000))])


def _make(kind: str, categories: list[str], extra: list[str] | None = None) -> Any:
    if kind == "logistic":
        return make_logistic(categories, extra)
    if kind == "standardized_logistic":
        return make_standardized_logistic(categories, extra)
    return make_hgb()


def _fit_base(
    kind: str, categories: list[str], x: pd.DataFrame, y: npt.NDArray[Any], w: npt.NDArray[np.float64]
) -> Any:
    est = _make(kind, categories, [c for c in x.columns if c not in MODEL_FEATURES and c != "category"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", category=UserWarning)  # lbfgs convergence chatter
        warnings.simplefilter("ignore", category=ConvergenceWarning)
        if kind.endswith("logistic"):
            est.fit(x, y, clf__sample_weight=w)
        else:
            est.fit(x, y, sample_weight=w)
    return est


def _logit(p: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    q = np.clip(p, 1e-6, 1 - 1e-6)
    return np.asarray(np.log(q / (1 - q)), dtype=np.float64).reshape(-1, 1)


class OutOfFoldCalibrated(ClassifierMixin, BaseEstimator):
    """A base classifier fitted on every training row, with a calibration map (Platt sigmoid or
    isotonic) fitted on its *out-of-fold* predictions: no rows are set aside for calibration (on
    small data a 20% calibration split cost more AUC than calibration gave back)."""

    def __init__(self, base: Any = None, calibrator: Any = None, method: str = "sigmoid") -> None:
        self.base = base
        self.calibrator = calibrator
        self.method = method
        self.classes_ = np.array([0, 1])

    def fit(self, x: Any, y: Any) -> OutOfFoldCalibrated:  # the parts are fitted by fit_propensity
        return self

    def calibrate(self, raw: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        if self.method == "isotonic":
            return np.asarray(self.calibrator.predict(raw), dtype=np.float64)
        return np.asarray(self.calibrator.predict_proba(_logit(raw))[:, 1], dtype=np.float64)

    def predict_proba(self, x: Any) -> npt.NDArray[np.float64]:
        q = np.clip(self.calibrate(np.asarray(self.base.predict_proba(x)[:, 1], dtype=np.float64)), 0.0, 1.0)
        return np.column_stack([1 - q, q])


def _calibrator(
    method: str, raw: npt.NDArray[np.float64], y: npt.NDArray[Any], w: npt.NDArray[np.float64]
) -> Any:
    if method == "isotonic":
        return IsotonicRegression(out_of_bounds="clip", y_min=0.0, y_max=1.0).fit(raw, y, sample_weight=w)
    return LogisticRegression(C=1e4, max_iter=1000).fit(_logit(raw), y, sample_weight=w)


def _out_of_fold(
    kind: str,
    categories: list[str],
    x: pd.DataFrame,
    y: npt.NDArray[Any],
    w: npt.NDArray[np.float64],
    groups: npt.NDArray[Any],
    seed: int,
) -> npt.NDArray[np.float64]:
    """Each row's prediction by a model fitted on the folds its customer is not in."""
    folds = StratifiedGroupKFold(n_splits=CV_FOLDS, shuffle=True, random_state=seed)
    oof = np.full(len(y), np.nan)
    for tr, va in folds.split(x, y, groups):
        if np.unique(y[tr]).size < 2:  # a fold with one class: its rows keep no out-of-fold prediction
            continue
        est = _fit_base(kind, categories, x.iloc[tr], y[tr], w[tr])
        oof[va] = est.predict_proba(x.iloc[va])[:, 1]
    return oof


def _choose(metrics: dict[str, dict[str, Any]], key: str) -> str:
    """Best macro AUC; within 0.005 of it, the lowest (macro) Brier."""
    best = max(metrics[k][key]["macro_auc"] for k in metrics)
    near = [k for k in metrics if metrics[k][key]["macro_auc"] >= best - 0.005]
    brier = "macro_brier" if all(metrics[k][key]["evaluated_categories"] for k in near) else "brier"
    return min(near, key=lambda k: (metrics[k][key][brier], KINDS.index(k)))


def _calibrated(
    kind: str,
    categories: list[str],
    x_tr: pd.DataFrame,
    y_tr: npt.NDArray[Any],
    w: npt.NDArray[np.float64],
    groups: npt.NDArray[Any],
    cats_tr: npt.NDArray[Any],
    recent: npt.NDArray[np.bool_],
    seed: int,
) -> tuple[OutOfFoldCalibrated, Metrics]:
    """One family fitted on every training row and calibrated on its out-of-fold predictions of the
    ``recent`` rows (every row when those have one class), with its out-of-fold metrics; too few rows
    of one class for folds: the base model's own probabilities (method ``none``)."""
    oof = _out_of_fold(kind, categories, x_tr, y_tr, w, groups, seed)
    ok = ~np.isnan(oof) & recent
    if np.unique(y_tr[ok]).size < 2:  # the latest window alone has one class: calibrate on every window
        ok = ~np.isnan(oof)
    method = "isotonic" if y_tr[ok].sum() >= 400 else "sigmoid"
    base = _fit_base(kind, categories, x_tr, y_tr, w)
    if ok.sum() and np.unique(y_tr[ok]).size == 2:
        model = OutOfFoldCalibrated(base, _calibrator(method, oof[ok], y_tr[ok], w[ok]), method)
        return model, evaluate(y_tr[ok], model.calibrate(oof[ok]), cats_tr[ok])
    model = OutOfFoldCalibrated(base, None, "none")
    return model, evaluate(y_tr, model.predict_proba(x_tr)[:, 1], cats_tr)


def fit_propensity(
    train_rows: pd.DataFrame,
    holdout_rows: pd.DataFrame,
    *,
    categories: list[str],
    horizon_days: int,
    max_train_rows: int = 60_000,
    seed: int = 0,
    kinds: tuple[str, ...] = KINDS,
    attributes: AttributeEncoding | None = None,
) -> FittedPropensity:
    """Fit every model family in ``kinds`` on ``train_rows`` (needs both classes), calibrate each on
    its out-of-fold predictions (folds grouped by customer; only the rows whose boolean column
    ``calibrate`` is true when there is one -- training passes the latest window, so the map
    learns the most recent base rates), evaluate on ``holdout_rows`` (other customers) and keep the best: on the holdout when it has a category with at least
    :data:`MIN_EVAL_POSITIVES` buyers, else on the out-of-fold predictions (``chosen_on``). With
    ``attributes`` the rows carry those customer-attribute features too (``attributes.attach``)."""
    rng = np.random.default_rng(seed)
    extra = attributes.features() if attributes is not None else []
    tr, w = _subsample(train_rows, max_train_rows, rng)
    x_tr, y_tr = prepare(tr, categories, extra), tr["label"].to_numpy().astype(np.int64)
    groups = tr["customer_id"].astype(str).to_numpy()
    cats_tr = tr["category"].astype(str).to_numpy()
    recent = tr["calibrate"].to_numpy(dtype=bool) if "calibrate" in tr else np.ones(len(tr), dtype=bool)
    x_ho, y_ho = prepare(holdout_rows, categories, extra), holdout_rows["label"].to_numpy().astype(np.int64)
    cats_ho = holdout_rows["category"].astype(str).to_numpy()

    candidates: dict[str, OutOfFoldCalibrated] = {}
    metrics: dict[str, dict[str, Any]] = {}
    for kind in kinds:
        model, oof_m = _calibrated(kind, categories, x_tr, y_tr, w, groups, cats_tr, recent, seed)
        ho = evaluate(y_ho, model.predict_proba(x_ho)[:, 1], cats_ho)
        cal = model.method
        metrics[kind] = ho.as_dict() | {
            "calibration": f"{cal} out-of-fold, {CV_FOLDS} folds"
            if cal != "none"
            else "none (too few rows for folds)",
            "out_of_fold": {k: v for k, v in oof_m.as_dict().items() if k != "per_category"},
        }
        candidates[kind] = model
        log.info(
            "propensity %s: holdout macro AUC %.3f over %d categories, out-of-fold %.3f",
            kind,
            ho.macro_auc,
            ho.evaluated_categories,
            oof_m.macro_auc,
        )

    on_holdout = all(metrics[k]["evaluated_categories"] > 0 for k in metrics)
    kind = _choose(
        {k: {"h": m, "o": m["out_of_fold"]} for k, m in metrics.items()}, "h" if on_holdout else "o"
    )
    for k in metrics:
        metrics[k]["chosen_on"] = "holdout" if on_holdout else "out_of_fold"
    model = candidates[kind]

    # drivers: on a holdout sample (on the training rows when there are too few held-out customers)
    x_ev, y_ev, cats_ev = (x_ho, y_ho, cats_ho) if len(x_ho) >= 200 else (x_tr, y_tr, cats_tr)
    importance, curves = drivers(model, x_ev, y_ev, cats_ev, categories, rng, seed)
    return FittedPropensity(
        model=model,
        kind=kind,
        categories=categories,
        horizon_days=horizon_days,
        metrics=metrics,
        importance=importance,
        pd_curves=curves,
        attributes=attributes,
    )


__all__ = [
    "ANY_CATEGORY",
    "MIN_EVAL_POSITIVES",
    "PD_ROWS_PER_CATEGORY",
    "FittedPropensity",
    "Metrics",
    "evaluate",
    "fit_propensity",
    "partial_dependence_curve",
    "partial_dependence_predictions",
    "prepare",
]
