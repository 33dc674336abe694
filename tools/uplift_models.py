"""The uplift estimators and their evaluation (see :mod:`copilot.tools.uplift` for the model and its data).

:class:`TwoModelUplift` (a T-learner, what ``copilot train`` fits) and :class:`RLearnerUplift` (compared
with it in ``benchmarks/bench_uplift.py``) learn ``uplift(x) = P(buy | x, treated) - P(buy | x, holdout)``
from randomised holdouts; :func:`balancing_weights` makes both arms the same mix of campaigns when
campaigns held out different shares; :func:`qini_coefficient` scores a ranking (Radcliffe 2007).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier, HistGradientBoostingRegressor

FloatArray = npt.NDArray[np.float64]


@dataclass
class TwoModelUplift:
    """A T-learner: one gradient-boosted classifier per arm; ``predict`` is their difference."""

    treated_model: HistGradientBoostingClassifier
    holdout_model: HistGradientBoostingClassifier

    @classmethod
    def fit(
        cls,
        x: FloatArray,
        treated: npt.NDArray[np.bool_],
        y: npt.NDArray[np.bool_],
        seed: int = 0,
        weight: FloatArray | None = None,
    ) -> TwoModelUplift:
        """``weight``: per-row sample weights (see :func:`balancing_weights` when campaigns differ in their
        treated share)."""

        def model() -> HistGradientBoostingClassifier:
            return HistGradientBoostingClassifier(
                max_iter=150,
                learning_rate=0.05,
                max_depth=3,
                min_samples_leaf=40,
                l2_regularization=1.0,
                random_state=seed,
            )

        w = np.ones(len(y)) if weight is None else weight
        return cls(
            model().fit(x[treated], y[treated], sample_weight=w[treated]),
            model().fit(x[~treated], y[~treated], sample_weight=w[~treated]),
        )

    def predict(self, x: FloatArray) -> FloatArray:
        p1 = self.treated_model.predict_proba(x)[:, 1]
        p0 = self.holdout_model.predict_proba(x)[:, 1]
        return np.asarray(p1 - p0, dtype=np.float64)


@dataclass
class RLearnerUplift:
    """An R-learner (Nie & Wager 2021) for randomised campaigns with known treated shares ``e``.

    Step 1: ``m(x) = P(buy | x)`` whatever the arm, fitted out-of-fold (``folds`` parts) so a row's own outcome
    does not leak into its residual. Step 2: the effect ``tau(x)`` minimises the weighted squared error of
    ``(y - m(x)) / (t - e)`` with weights ``(t - e)^2`` -- equivalently ``y - m(x) ~ (t - e) tau(x)`` --
    so the base rate, which dwarfs a campaign's effect, is taken out before the effect is learned (a
    T-learner learns both arms' base rates and its difference carries both models' errors). ``e`` is the
    campaign's treated share (known: it was randomised)."""

    effect_model: HistGradientBoostingRegressor

    @classmethod
    def fit(
        cls,
        x: FloatArray,
        treated: npt.NDArray[np.bool_],
        y: npt.NDArray[np.bool_],
        e: FloatArray,
        seed: int = 0,
        folds: int = 3,
    ) -> RLearnerUplift:
        yy = y.astype(float)
        m = np.zeros(yy.size)
        part = np.random.default_rng(seed).integers(0, folds, size=yy.size)
        for k in range(folds):
            fit = HistGradientBoostingClassifier(
                max_iter=150,
                learning_rate=0.05,
                max_depth=3,
                min_samples_leaf=40,
                l2_regularization=1.0,
                random_state=seed,
            )
            fit.fit(x[part != k], y[part != k])
            m[part == k] = fit.predict_proba(x[part == k])[:, 1]
        r = treated.astype(float) - e
        safe = np.where(np.abs(r) < 1e-6, 1e-6, r)
        model = HistGradientBoostingRegressor(
            max_iter=100,
            learning_rate=0.05,
            max_depth=3,
            min_samples_leaf=200,
            l2_regularization=1.0,
            random_state=seed,
        )
        model.fit(x, (yy - m) / safe, sample_weight=r * r)
        return cls(model)

    def predict(self, x: FloatArray) -> FloatArray:
        return np.asarray(self.effect_model.predict(x), dtype=np.float64)


def treated_share(group: npt.ArrayLike, treated: npt.NDArray[np.bool_]) -> FloatArray:
    """Each row's campaign's treated share (the randomisation's known probability of being sent)."""
    g = pd.Series(np.asarray(group))
    return np.asarray(
        pd.Series(np.asarray(treated, dtype=float)).groupby(g).transform("mean"), dtype=np.float64
    )


def balancing_weights(group: npt.ArrayLike, treated: npt.NDArray[np.bool_]) -> FloatArray:
    """Inverse-probability weights that give every campaign (``group``) equal weight in both arms.

    Pooled over campaigns whose treated shares differ (92% of an email's audience, 30% of a paid-social one),
    each arm's model would learn mostly from different campaigns -- the holdout model from paid social, the
    treated one from email -- and their difference would mix the campaigns' own base rates into "uplift".
    Weighting a campaign's treated rows by ``1 / share`` and its holdout rows by ``1 / (1 - share)`` (then
    scaling to a mean of 1) makes both arms the same mixture of campaigns, as within one randomised test."""
    g = pd.Series(np.asarray(group))
    t = pd.Series(np.asarray(treated, dtype=float))
    share = t.groupby(g).transform("mean").to_numpy(dtype=float)
    tt = t.to_numpy(dtype=bool)
    w = np.where(tt, 1.0 / np.clip(share, 1e-6, None), 1.0 / np.clip(1.0 - share, 1e-6, None))
    return np.asarray(w / w.mean(), dtype=np.float64) if w.size else w


def qini_curve(score: FloatArray, treated: npt.NDArray[np.bool_], y: npt.NDArray[np.bool_]) -> FloatArray:
    """Incremental conversions among the top-k by ``score``, for k = 0..n (see the module docstring)."""
    order = np.argsort(-score, kind="stable")
    t = treated[order].astype(float)
    yy = y[order].astype(float)
    nt, nc = np.cumsum(t), np.cumsum(1 - t)
    yt, yc = np.cumsum(yy * t), np.cumsum(yy * (1 - t))
    with np.errstate(divide="ignore", invalid="ignore"):
        q = yt - np.where(nc > 0, yc * nt / nc, 0.0)
    return np.concatenate([[0.0], q])


def qini_coefficient(score: FloatArray, treated: npt.NDArray[np.bool_], y: npt.NDArray[np.bool_]) -> float:
    """Mean gap between the Qini curve and the random diagonal over cut-offs (higher is better; 0 = random)."""
    q = qini_curve(score, treated, y)
    n = q.size - 1
    diagonal = np.linspace(0.0, q[-1], n + 1)
    return float(np.trapezoid(q - diagonal) / n) if n else 0.0
